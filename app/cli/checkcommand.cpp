// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "projectfile.h"
#include "quickcheck.h"

#include <QCoreApplication>
#include <QTextStream>

namespace headroom::cli {
namespace {

/// The products named by `ids`, in order; an id that names none is left in `missing`.
std::vector<Product> findProducts(GearLibrary &library, const QStringList &ids, QString &missing)
{
    std::vector<Product> products;
    for (const QString &id : ids)
        if (const std::optional<GearRecord> record = library.find(id.trimmed()))
            products.push_back({record->id, record->spec});
        else if (missing.isEmpty())
            missing = id.trimmed();
    return products;
}

} // namespace

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto option = [](const char *name, const char *description, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("Cli", description), QString::fromLatin1(value));
    };
    const QCommandLineOption source =
        option("source", QT_TRANSLATE_NOOP("Cli", "Your audio interface, mixer, USB microphone, computer or phone (a gear id)."), "id");
    const QCommandLineOption amp = option(
        "amp", QT_TRANSLATE_NOOP("Cli", "A headphone amp, or the power amplifier of passive speakers, fed from the source (a gear id)."), "id");
    const QCommandLineOption headphones =
        option("headphones", QT_TRANSLATE_NOOP("Cli", "Your headphones: one gear id, or several separated by commas."), "ids");
    const QCommandLineOption monitors = option(
        "monitors",
        QT_TRANSLATE_NOOP("Cli", "Your studio monitors or passive speakers, on the line outputs: one gear id, or several separated by commas."),
        "ids");
    const QCommandLineOption mic =
        option("mic", QT_TRANSLATE_NOOP("Cli", "A microphone into the first input of the interface or mixer (a gear id)."), "id");
    const QCommandLineOption save = option("save", QT_TRANSLATE_NOOP("Cli", "Also write the chain as a .headroom project."), "file");
    const QCommandLineOption format = formatOption();
    const QCommandLineOption pretty(QStringLiteral("pretty"),
                                    QCoreApplication::translate("Cli", "Indent the JSON for people (it is compact by default, for scripts)."));
    const LibraryOptions gear;
    const QCommandLineOption failOnVerdict = failOnVerdictOption();
    parser.addOptions({source, amp, headphones, monitors, mic, save, format, pretty, gear.catalog, gear.userDb, gear.server, failOnVerdict});
    if (auto done = parseArguments(parser, arguments,
                                   QCoreApplication::translate("Cli",
                                                               "Check the gear you have without drawing a chain: Headroom wires it (the computer, "
                                                               "adapters, a splitter where needed) and gives the verdict for each listener."),
                                   0, 0))
        return *done;
    QTextStream err(stderr);
    const QString formatName = parser.value(format);
    if (!parser.isSet(source) || (!parser.isSet(headphones) && !parser.isSet(monitors)) || (formatName != u"text" && formatName != u"json")) {
        err << QCoreApplication::translate("Cli",
                                           "usage: headroom-cli check --source ID --headphones ID[,ID…] | --monitors ID[,ID…] [--amp ID] [--mic ID] "
                                           "[--format text|json] [--save FILE]")
            << Qt::endl;
        return kExitInvalid;
    }
    const std::unique_ptr<GearLibrary> library = openLibrary(parser, gear);
    QString missing;
    const auto ids = [&parser](const QCommandLineOption &o) { return parser.value(o).split(u',', Qt::SkipEmptyParts); };
    const std::vector<Product> sources = findProducts(*library, ids(source), missing);
    const std::vector<Product> amps = findProducts(*library, ids(amp), missing);
    const std::vector<Product> mics = findProducts(*library, ids(mic), missing);
    std::vector<Product> listeners = findProducts(*library, ids(monitors), missing);
    const std::vector<Product> phones = findProducts(*library, ids(headphones), missing);
    listeners.insert(listeners.end(), phones.begin(), phones.end());
    if (!missing.isEmpty() || sources.empty()) {
        err << QCoreApplication::translate("Cli", "No product \"%1\" in the catalog or your gear (see 'headroom-cli gear search')").arg(missing)
            << Qt::endl;
        return kExitInvalid;
    }
    QuickCheckGear chosen{sources.front(), std::nullopt, listeners, std::nullopt};
    if (!amps.empty())
        chosen.amp = amps.front();
    if (!mics.empty())
        chosen.microphone = mics.front();
    const QuickCheck built =
        buildQuickCheck(chosen, {library->products({DeviceKind::Adapter}), library->products({DeviceKind::Splitter})}, roughNodeSize);
    if (!built.chain) {
        err << built.error << Qt::endl;
        return kExitInvalid;
    }
    if (parser.isSet(save))
        if (const QString error = saveProject(*built.chain, parser.value(save)); !error.isEmpty()) {
            err << error << Qt::endl;
            return kExitInvalid;
        }
    const AnalysisResult result = analyze(*built.chain);
    writeAnalysis(*built.chain, result, formatName == u"json", parser.isSet(pretty));
    return verdictExit(result, parser.isSet(failOnVerdict));
}

} // namespace headroom::cli
