#include "commands.h"

#include "analysis.h"
#include "projectfile.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace headroom::cli {

int analyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Analyse a .headroom project: a verdict for each listener, the findings, and the levels at every stage."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    QCoreApplication::translate("Cli", "Output format: text (default) or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .headroom project."));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return kExitInvalid;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    const QString formatName = parser.value(format);
    if (parser.positionalArguments().size() != 1 || (formatName != u"text" && formatName != u"json")) {
        err << QCoreApplication::translate("Cli", "usage: headroom-cli analyze FILE [--format text|json]") << Qt::endl;
        return kExitInvalid;
    }
    const ProjectLoad load = loadProject(parser.positionalArguments().first());
    if (!load.chain) {
        err << load.error << Qt::endl;
        return kExitInvalid;
    }
    const AnalysisResult result = analyze(*load.chain);
    QTextStream out(stdout);
    if (formatName == u"json")
        out << QJsonDocument(jsonReport(*load.chain, result)).toJson(QJsonDocument::Indented);
    else
        out << textReport(*load.chain, result);
    return kExitOk;
}

} // namespace headroom::cli
