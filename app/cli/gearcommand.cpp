// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "catalogstats.h"
#include "gearlibrary.h"
#include "geardatabase.h"
#include "productformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace headroom::cli {
namespace {

/// Options every gear subcommand shares: where the catalog and the user's gear live.
struct Locations {
    QCommandLineOption catalog{QStringLiteral("catalog"), QCoreApplication::translate("Cli", "The catalog database (default: the installed one)."),
                               QStringLiteral("path")};
    QCommandLineOption user{QStringLiteral("user-db"),
                            QCoreApplication::translate("Cli", "Your gear's database (default: %1).").arg(GearLibrary::defaultUserPath()),
                            QStringLiteral("path")};
    QCommandLineOption format{QStringList{QStringLiteral("f"), QStringLiteral("format")},
                              QCoreApplication::translate("Cli", "Output format: text (default) or json."), QStringLiteral("format"),
                              QStringLiteral("text")};

    QCommandLineOption server = serverOption();

    void addTo(QCommandLineParser &parser) const { parser.addOptions({catalog, user}); }
    [[nodiscard]] GearLibrary open(const QCommandLineParser &parser) const
    {
        return GearLibrary(parser.isSet(catalog) ? parser.value(catalog) : GearLibrary::defaultCatalogPath(),
                           parser.isSet(user) ? parser.value(user) : GearLibrary::defaultUserPath());
    }
};

void printNotices(const GearLibrary &library)
{
    for (const QString &notice : library.notices())
        QTextStream(stderr) << notice << Qt::endl;
}

int printErrors(const QList<ProductError> &errors)
{
    QTextStream err(stderr);
    for (const ProductError &e : errors)
        err << e.toString() << Qt::endl;
    return kExitInvalid;
}

QString kindName(DeviceKind kind) { return QCoreApplication::translate("DeviceKind", kindLabel(kind)); }

/// What a search line adds after a product that is not the catalog's.
QString originText(GearOrigin origin)
{
    switch (origin) {
    case GearOrigin::User:
        return QCoreApplication::translate("Cli", "  (your gear)");
    case GearOrigin::Shared:
        return QCoreApplication::translate("Cli", "  (the shop's gear)");
    case GearOrigin::Catalog:
        break;
    }
    return {};
}

int search(const QStringList &arguments, const Locations &where)
{
    QCommandLineParser parser;
    where.addTo(parser);
    const QCommandLineOption kind(
        QStringLiteral("kind"), QCoreApplication::translate("Cli", "Only this kind (headphones, interface, microphone, …)."), QStringLiteral("kind"));
    const QCommandLineOption filter(QStringLiteral("where"),
                                    QCoreApplication::translate("Cli", "A condition on a figure, e.g. impedanceOhm>=250 (repeatable)."),
                                    QStringLiteral("condition"));
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("Cli", "At most this many results (default 50)."),
                                   QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({kind, filter, limit, where.format, where.server});
    parser.addPositionalArgument(QStringLiteral("text"),
                                 QCoreApplication::translate("Cli", "Words to find in brand, model, variant and aliases (prefixes match)."));
    if (auto done = parseArguments(parser, arguments, QCoreApplication::translate("Cli", "Search the catalog and your gear."), 0, -1))
        return *done;

    GearQuery query;
    query.text = parser.positionalArguments().join(u' ');
    query.limit = parser.value(limit).toInt();
    if (parser.isSet(kind)) {
        query.kind = kindByKey(parser.value(kind));
        if (!query.kind) {
            QTextStream(stderr) << QCoreApplication::translate("Cli", "unknown kind \"%1\"").arg(parser.value(kind)) << Qt::endl;
            return kExitInvalid;
        }
    }
    for (const QString &condition : parser.values(filter)) {
        QString error;
        const auto f = parseSpecFilter(condition, &error);
        if (!f) {
            QTextStream(stderr) << error << Qt::endl;
            return kExitInvalid;
        }
        query.filters << *f;
    }
    GearLibrary library = where.open(parser);
    if (!attachSharedGear(parser, where.server, library))
        return kExitInvalid;
    printNotices(library);
    const QList<GearHit> hits = library.search(query);
    QTextStream out(stdout);
    if (parser.value(where.format) == u"json") {
        QJsonArray array;
        for (const GearHit &h : hits)
            array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                     {QStringLiteral("kind"), QString::fromLatin1(kindKey(h.kind))},
                                     {QStringLiteral("brand"), h.brand},
                                     {QStringLiteral("model"), h.model},
                                     {QStringLiteral("variant"), h.variant},
                                     {QStringLiteral("origin"), QLatin1StringView(originKey(h.origin))}});
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    for (const GearHit &h : hits)
        out << h.id.leftJustified(40) << u' ' << kindName(h.kind).leftJustified(26) << u' ' << h.displayName() << originText(h.origin) << u'\n';
    if (hits.isEmpty())
        out << QCoreApplication::translate("Cli", "nothing found") << u'\n';
    return kExitOk;
}

int show(const QStringList &arguments, const Locations &where)
{
    QCommandLineParser parser;
    where.addTo(parser);
    parser.addOptions({where.format, where.server});
    parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("Cli", "The product's id (see gear search)."));
    if (auto done = parseArguments(parser, arguments, QCoreApplication::translate("Cli", "Show a product's figures with their sources."), 1, 1))
        return *done;
    GearLibrary library = where.open(parser);
    if (!attachSharedGear(parser, where.server, library))
        return kExitInvalid;
    printNotices(library);
    const std::optional<GearRecord> r = library.find(parser.positionalArguments().first());
    if (!r) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "no product \"%1\"").arg(parser.positionalArguments().first()) << Qt::endl;
        return kExitInvalid;
    }
    QTextStream out(stdout);
    if (parser.value(where.format) == u"json") {
        out << writeProducts({*r}, ProductFormat::Json);
        return kExitOk;
    }
    out << r->spec.displayName() << u'\n'
        << QCoreApplication::translate("Cli", "%1, id %2%3")
               .arg(kindName(r->spec.kind()), r->id,
                    r->origin == GearOrigin::User         ? QCoreApplication::translate("Cli", ", your gear")
                        : r->origin == GearOrigin::Shared ? QCoreApplication::translate("Cli", ", the shop's gear")
                                                          : QString())
        << u'\n';
    if (!r->basedOn.isEmpty())
        out << QCoreApplication::translate("Cli", "based on %1").arg(r->basedOn) << u'\n';
    if (!r->aliases.isEmpty())
        out << QCoreApplication::translate("Cli", "also known as %1").arg(r->aliases.join(QStringLiteral(", "))) << u'\n';
    if (!r->shopText().isEmpty())
        out << QCoreApplication::translate("Cli", "in your shop: %1").arg(r->shopText()) << u'\n';
    out << u'\n';
    qsizetype width = 44;
    for (Field f : fieldsOf(r->spec.kind()))
        width = std::max(width, QCoreApplication::translate("Field", fieldInfo(f).label).size() + 2);
    for (Field f : fieldsOf(r->spec.kind())) {
        const QString label = QCoreApplication::translate("Field", fieldInfo(f).label);
        const auto value = r->spec.value(f);
        if (!value) {
            if (fieldInfo(f).type == FieldType::Number)
                out << "  " << label.leftJustified(width) << QCoreApplication::translate("Cli", "unknown") << u'\n';
            continue;
        }
        out << "  " << label.leftJustified(width) << figureText(f, *value).leftJustified(16);
        if (const FieldSource *s = r->spec.source(f))
            out << QString::fromLatin1(provenanceKey(s->provenance)).leftJustified(13) << s->url;
        out << u'\n';
    }
    if (!r->spec.impedanceCurve().empty()) {
        out << QCoreApplication::translate("Cli", "  impedance curve: %1 points (%2)")
                   .arg(r->spec.impedanceCurve().size())
                   .arg(r->spec.curveCitation.url)
            << u'\n';
        if (!r->spec.curveCitation.note.isEmpty())
            out << "    " << r->spec.curveCitation.note << u'\n';
    }
    if (!r->notes.isEmpty())
        out << u'\n' << r->notes << u'\n';
    return kExitOk;
}

/// Gives a pair of headphones in your gear the impedance curve of a measurement program's text export.
int importCurve(GearLibrary &library, const QString &path, const QString &id, const QString &source, const QString &provenanceText)
{
    const std::optional<Provenance> provenance = provenanceByKey(provenanceText);
    if (!provenance) {
        QTextStream(stderr)
            << QCoreApplication::translate("Cli", "--provenance: \"%1\" is not manufacturer, measurement or estimate").arg(provenanceText)
            << Qt::endl;
        return kExitInvalid;
    }
    const QString note = QCoreApplication::translate("Cli", "imported from %1").arg(QFileInfo(path).fileName());
    const CurveImportReport report = library.importCurve(id, path, Citation{source, *provenance, note});
    if (!report.error.isEmpty()) {
        QTextStream(stderr) << report.error << Qt::endl << QCoreApplication::translate("Cli", "nothing was imported") << Qt::endl;
        return kExitInvalid;
    }
    QTextStream out(stdout);
    const auto points = static_cast<int>(report.curve.points.size());
    out << QCoreApplication::translate("Cli", "%1 now has an impedance curve of %n point(s)", nullptr, points).arg(report.id);
    if (report.curve.points.size() < report.curve.linesRead)
        out << QCoreApplication::translate("Cli", " (%1 in the file, at most %2 per octave kept)")
                   .arg(report.curve.linesRead)
                   .arg(kMaxPointsPerOctave);
    out << u'\n';
    if (!report.curve.hasPhase)
        out << QCoreApplication::translate("Cli", "the file has no phase: the curve is taken as resistive") << u'\n';
    return kExitOk;
}

/// Adds products from a file to the user's gear, all or none: `gear add` (one product, usually) and `gear import`
/// (a retailer's catalog, with a dry run, or a measured impedance curve for one product).
int importProducts(const QStringList &arguments, const Locations &where, bool isImport, const QString &description, const QString &fileHelp)
{
    QCommandLineParser parser;
    where.addTo(parser);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QCoreApplication::translate("Cli", "Check the file and report what would be added; change nothing."));
    const QCommandLineOption curveFor(QStringLiteral("curve-for"),
                                      QCoreApplication::translate("Cli",
                                                                  "The file is a measured impedance curve (REW, ARTA, LIMP, DATS text "
                                                                  "export or CSV: hertz, ohms, phase) for these headphones; a catalog "
                                                                  "product gets a copy in your gear."),
                                      QStringLiteral("id"));
    const QCommandLineOption source(QStringLiteral("source"), QCoreApplication::translate("Cli", "Where the curve was published (a web address)."),
                                    QStringLiteral("url"));
    const QCommandLineOption provenance(QStringLiteral("provenance"),
                                        QCoreApplication::translate("Cli", "manufacturer, measurement or estimate (default: measurement)."),
                                        QStringLiteral("kind"), QStringLiteral("measurement"));
    if (isImport)
        parser.addOptions({dryRun, curveFor, source, provenance});
    parser.addPositionalArgument(QStringLiteral("file"), fileHelp);
    if (auto done = parseArguments(parser, arguments, description, 1, 1))
        return *done;
    GearLibrary library = where.open(parser);
    printNotices(library);
    if (isImport && parser.isSet(curveFor))
        return importCurve(library, parser.positionalArguments().first(), parser.value(curveFor), parser.value(source), parser.value(provenance));
    const ImportReport report = library.importFile(parser.positionalArguments().first(), isImport && parser.isSet(dryRun));
    if (!report.errors.isEmpty()) {
        printErrors(report.errors);
        QTextStream(stderr) << QCoreApplication::translate("Cli", "nothing was imported") << Qt::endl;
        return kExitInvalid;
    }
    QTextStream(stdout) << (report.dryRun ? QCoreApplication::translate("Cli", "%n product(s) would be added", nullptr, report.added)
                                          : QCoreApplication::translate("Cli", "added %n product(s) to your gear", nullptr, report.added))
                        << u'\n';
    return kExitOk;
}

int add(const QStringList &arguments, const Locations &where)
{
    return importProducts(arguments, where, false,
                          QCoreApplication::translate("Cli", "Add products to your gear: all of them or, on any error, none."),
                          QCoreApplication::translate("Cli", "A product (or an array of them) in the catalog's JSON format."));
}

int remove(const QStringList &arguments, const Locations &where)
{
    QCommandLineParser parser;
    where.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("Cli", "The id of a product in your gear."));
    if (auto done = parseArguments(parser, arguments, QCoreApplication::translate("Cli", "Remove a product from your gear."), 1, 1))
        return *done;
    GearLibrary library = where.open(parser);
    printNotices(library);
    if (const QString error = library.removeUserGear(parser.positionalArguments().first()); !error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return kExitInvalid;
    }
    return kExitOk;
}

int import(const QStringList &arguments, const Locations &where)
{
    return importProducts(arguments, where, true,
                          QCoreApplication::translate("Cli", "Import products into your gear: all of them or, on any error, none."),
                          QCoreApplication::translate("Cli", "A CSV or JSON file of products, or with --curve-for a measured impedance curve."));
}

int exportAll(const QStringList &arguments, const Locations &where)
{
    QCommandLineParser parser;
    where.addTo(parser);
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    QCoreApplication::translate("Cli", "csv or json (default: from the output file's name, else json)."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                    QCoreApplication::translate("Cli", "Write to this file instead of standard output."), QStringLiteral("file"));
    parser.addOptions({format, output});
    if (auto done = parseArguments(parser, arguments, QCoreApplication::translate("Cli", "Export the whole catalog plus your gear."), 0, 0))
        return *done;
    const QString name = parser.value(format).isEmpty() ? parser.value(output) : QStringLiteral("x.") + parser.value(format);
    if (!parser.value(format).isEmpty() && parser.value(format) != u"csv" && parser.value(format) != u"json") {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "unknown format \"%1\"").arg(parser.value(format)) << Qt::endl;
        return kExitInvalid;
    }
    GearLibrary library = where.open(parser);
    printNotices(library);
    const QByteArray data = library.exportAll(productFormatOf(name));
    if (!parser.isSet(output)) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write(data);
        return kExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "%1: cannot be written: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return kExitInvalid;
    }
    return kExitOk;
}

/// Reads product files, catalog rules: every figure needs a source.
int validate(const QStringList &arguments, const Locations &)
{
    QCommandLineParser parser;
    const QCommandLineOption stats(QStringLiteral("stats"),
                                   QCoreApplication::translate("Cli",
                                                               "Also print, per kind, how many products have the figures the verdicts "
                                                               "depend on, and where the figures come from (a Markdown table)."));
    parser.addOption(stats);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Cli", "Product files (CSV or JSON) to check with the catalog's rules."),
                                 QStringLiteral("files…"));
    if (auto done = parseArguments(
            parser, arguments,
            QCoreApplication::translate("Cli", "Check product files: every product parses, every figure is sane and has a source."), 1, -1))
        return *done;
    const ProductParse parsed = parseProductFiles(parser.positionalArguments(), GearOrigin::Catalog);
    if (!parsed.errors.isEmpty())
        return printErrors(parsed.errors);
    QTextStream out(stdout);
    out << QCoreApplication::translate("Cli", "%n product(s), no problems", nullptr, static_cast<int>(parsed.records.size())) << u'\n';
    if (parser.isSet(stats))
        out << u'\n' << statsTable(catalogStats(parsed.records));
    return kExitOk;
}

int compile(const QStringList &arguments, const Locations &)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                    QCoreApplication::translate("Cli", "The catalog database to write."), QStringLiteral("file"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("Cli", "The catalog's JSON files."), QStringLiteral("files…"));
    if (auto done =
            parseArguments(parser, arguments, QCoreApplication::translate("Cli", "Build the read-only catalog database from its JSON files."), 1, -1))
        return *done;
    if (!parser.isSet(output)) {
        QTextStream(stderr) << parser.helpText();
        return kExitInvalid;
    }
    const ProductParse parsed = parseProductFiles(parser.positionalArguments(), GearOrigin::Catalog);
    if (!parsed.errors.isEmpty())
        return printErrors(parsed.errors);
    // Built beside the target and renamed over it, so a failed build never leaves half a catalog.
    const QString target = parser.value(output);
    const QString temporary = target + QStringLiteral(".building");
    QFile::remove(temporary);
    QString error;
    {
        GearDatabase::Opened db = GearDatabase::open(temporary, GearDatabase::Access::ReadWrite);
        error = db.database ? db.database->insert(parsed.records) : db.error;
        if (error.isEmpty())
            error = db.database->finishCatalog();
    }
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    if (error.isEmpty() && (!QFile::exists(target) || QFile::remove(target)) && QFile::rename(temporary, target)) {
        QTextStream(stdout) << QCoreApplication::translate("Cli", "%1: %n product(s)", nullptr, static_cast<int>(parsed.records.size())).arg(target)
                            << u'\n';
        return kExitOk;
    }
    QFile::remove(temporary);
    QTextStream(stderr) << QCoreApplication::translate("Cli", "%1: cannot be built: %2").arg(target, error) << Qt::endl;
    return kExitInvalid;
}

} // namespace

QString gearUsage()
{
    return QCoreApplication::translate("Cli",
                                       "  gear search [TEXT] [--kind K] [--where FIGURE>=N]   find products\n"
                                       "  gear show ID                 a product's figures and sources\n"
                                       "  gear add FILE                add a product (JSON) to your gear\n"
                                       "  gear remove ID               remove a product from your gear\n"
                                       "  gear import FILE [--dry-run] import a CSV or JSON file into your gear\n"
                                       "  gear import CURVE --curve-for ID [--source URL]\n"
                                       "                               a measured impedance curve for headphones\n"
                                       "  gear export [--format csv|json] [--out FILE]\n"
                                       "  gear validate FILES…         check product files\n"
                                       "  gear compile --out DB FILES… build the catalog database\n");
}

int gearCommand(const QStringList &arguments)
{
    const Locations where;
    const auto with = [&where](int (*handler)(const QStringList &, const Locations &)) {
        return [&where, handler](const QStringList &rest) { return handler(rest, where); };
    };
    return runSubcommand(arguments,
                         {{"search", with(search)},
                          {"show", with(show)},
                          {"add", with(add)},
                          {"remove", with(remove)},
                          {"import", with(import)},
                          {"export", with(exportAll)},
                          {"validate", with(validate)},
                          {"compile", with(compile)}},
                         QCoreApplication::translate("Cli", "unknown gear command \"%1\"\n"),
                         QCoreApplication::translate("Cli", "Usage: headroom-cli gear COMMAND [OPTIONS]\n") + gearUsage());
}

} // namespace headroom::cli
