// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "diagram.h"
#include "plotdrawing.h"
#include "reportdocument.h"
#include "reportmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace headroom::cli {
namespace {

/// Text or JSON, as `analyze` writes them, into a file.
QString writeAnalysisFile(const QString &path, const Chain &chain, const AnalysisResult &result, bool json)
{
    const QByteArray data = json ? jsonReport(chain, result) : textReport(chain, result).toUtf8();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return {};
    return QCoreApplication::translate("Report", "%1: the report could not be written: %2").arg(path, file.errorString());
}

} // namespace

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("Cli", "The file to write: .pdf or .html (a report), .svg, .png (the diagram), .txt or .json."),
        QStringLiteral("file"));
    const QCommandLineOption summary(QStringLiteral("summary"),
                                     QCoreApplication::translate("Cli", "A one-page summary to hand a customer (the default)."));
    const QCommandLineOption full(QStringLiteral("full"), QCoreApplication::translate("Cli", "The full engineering report."));
    const QCommandLineOption variant(QStringLiteral("variant"),
                                     QCoreApplication::translate("Cli", "The variant to report on (default: the one last edited)."),
                                     QStringLiteral("name"));
    const QCommandLineOption shop(QStringLiteral("shop"), QCoreApplication::translate("Cli", "The shop's name, printed on the summary."),
                                  QStringLiteral("name"));
    const QCommandLineOption scale(QStringLiteral("scale"), QCoreApplication::translate("Cli", "Pixels per canvas pixel of a PNG (default 2)."),
                                   QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption plot(
        QStringLiteral("plot"),
        QCoreApplication::translate("Cli", "With .svg or .png: a listener's plot instead of the diagram: gain, volume or response."),
        QStringLiteral("kind"));
    const QCommandLineOption listener(QStringLiteral("listener"),
                                      QCoreApplication::translate("Cli", "The headphones' device id for --plot (default: the first)."),
                                      QStringLiteral("id"));
    const LibraryOptions gear;
    parser.addOptions({out, summary, full, variant, shop, scale, plot, listener, gear.catalog, gear.userDb, gear.server});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .headroom project."));
    if (auto done =
            parseArguments(parser, arguments,
                           QCoreApplication::translate("Cli",
                                                       "Write a report of a project to hand over: a one-page summary or a full engineering "
                                                       "report as PDF or HTML, the chain's diagram as SVG, PNG or PDF, or the analysis as text "
                                                       "or JSON."),
                           0, -1))
        return *done;
    QTextStream err(stderr);
    const QString usage = QCoreApplication::translate(
        "Cli",
        "usage: headroom-cli report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full] [--variant NAME] [--shop NAME] [--scale N] "
        "[--plot gain|volume|response [--listener ID]]");
    bool scaleOk = false;
    const double pixels = parser.value(scale).toDouble(&scaleOk);
    const QString suffix = QFileInfo(parser.value(out)).suffix().toLower();
    static const QStringList kPlots{QStringLiteral("gain"), QStringLiteral("volume"), QStringLiteral("response")};
    static const QStringList kSuffixes{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("svg"),
                                       QStringLiteral("png"), QStringLiteral("txt"),  QStringLiteral("json")};
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out) || !kSuffixes.contains(suffix) || (parser.isSet(summary) && parser.isSet(full))
        || !scaleOk || !(pixels > 0 && pixels <= 8)
        || (parser.isSet(plot) && (!kPlots.contains(parser.value(plot)) || (suffix != u"svg" && suffix != u"png")))) {
        err << usage << Qt::endl;
        return kExitInvalid;
    }
    ProjectLoad load = loadProject(parser.positionalArguments().first());
    if (!load.project) {
        err << load.error << Qt::endl;
        return kExitInvalid;
    }
    Project &project = *load.project;
    if (parser.isSet(variant)) {
        const int index = project.indexOf(parser.value(variant));
        if (index < 0) {
            QStringList names;
            for (const Variant &v : project.variants)
                names << v.name;
            err << QCoreApplication::translate("Cli", "No variant \"%1\" in %2; it has: %3")
                       .arg(parser.value(variant), parser.positionalArguments().first(), names.join(QStringLiteral(", ")))
                << Qt::endl;
            return kExitInvalid;
        }
        project.current = index;
    }
    const Chain &chain = project.chain();
    const AnalysisResult result = analyze(chain);
    const QString path = parser.value(out);
    QString error;
    if (suffix == u"txt" || suffix == u"json") {
        error = writeAnalysisFile(path, chain, result, suffix == u"json");
    } else if (parser.isSet(plot)) {
        const int index = parser.isSet(listener) ? chain.indexOf(parser.value(listener))
            : result.listeners.empty()           ? -1
                                                 : result.listeners.front().device;
        if (!result.listener(index)) {
            err << QCoreApplication::translate("Cli", "No headphones \"%1\" in %2").arg(parser.value(listener), parser.positionalArguments().first())
                << Qt::endl;
            return kExitInvalid;
        }
        const PlotKind kind = parser.value(plot) == u"gain" ? PlotKind::GainStructure
            : parser.value(plot) == u"volume"               ? PlotKind::SplVersusVolume
                                                            : PlotKind::Response;
        error = writePlot(path, (QSizeF(800, 360) * pixels).toSize(), plotFigures(kind, chain, result, index));
    } else if (suffix == u"svg" || suffix == u"png") {
        error = writeDiagram(path, chain, result, pixels);
    } else {
        const std::unique_ptr<GearLibrary> library = openLibrary(parser, gear);
        const std::vector<Product> candidates = library->products(kAdvisedKinds);
        const ReportModel model = buildReportModel(chain, result, &candidates);
        const QString variantName = project.variants.size() > 1 ? project.variants[static_cast<std::size_t>(project.current)].name : QString();
        error = writeReport(path, chain, result, model, parser.isSet(full) ? ReportForm::Full : ReportForm::Summary,
                            {parser.value(shop), QDate::currentDate(), variantName});
    }
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return kExitInvalid;
    }
    return kExitOk;
}

} // namespace headroom::cli
