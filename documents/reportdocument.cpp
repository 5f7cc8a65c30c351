// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportdocument.h"

#include "diagram.h"
#include "plotdrawing.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace headroom {
namespace {

constexpr double kDiagramWidth = 640; // in the document's units: the width of the text on an A4 page
constexpr auto kDiagramResource = "headroom-diagram.png";
constexpr PlotKind kPlotKinds[] = {PlotKind::GainStructure, PlotKind::SplVersusVolume, PlotKind::Response};

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Ok:
        return QStringLiteral("#1e7a42");
    case Verdict::Marginal:
        return QStringLiteral("#8a5a00");
    case Verdict::NeedsAmp:
    case Verdict::TooQuiet:
        return QStringLiteral("#b3261e");
    case Verdict::NotConnected:
        break;
    }
    return QStringLiteral("#5b636b");
}

QString table(const QStringList &headings, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &h : headings)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(h));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString partsSection(const ReportModel &model, bool withSources)
{
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(escaped(QCoreApplication::translate("Report", "Parts list")));
    for (const ReportPart &p : model.parts) {
        html += QStringLiteral("<li>%1 × %2").arg(p.part.count).arg(escaped(p.part.name));
        if (withSources && !p.sources.isEmpty()) {
            QStringList links;
            for (const QString &url : p.sources)
                links << QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(url));
            html += QStringLiteral("<br/><small>%1 %2</small>").arg(escaped(QCoreApplication::translate("Report", "Figures from:")), links.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString listenersSection(const ReportModel &model, ReportForm form)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("Report", "Will each listener hear it loud enough?")));
    if (model.listeners.empty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(QCoreApplication::translate("Report", "There are no headphones in this chain.")));
    for (const ReportListener &l : model.listeners) {
        html += QStringLiteral("<p><b>%1</b>: <b><font color=\"%2\">%3</font></b> — %4")
                    .arg(escaped(l.name), verdictColour(l.verdict), escaped(l.verdictText), escaped(l.plain));
        if (form == ReportForm::Full || l.estimated)
            html += QStringLiteral("<br/><small>%1</small>").arg(escaped(l.figures));
        html += QStringLiteral("</p>");
    }
    return html;
}

QString header(const ReportModel &model, ReportForm form, const ReportHeader &h)
{
    const QString title = model.title.isEmpty() ? QCoreApplication::translate("Report", "Your signal chain") : model.title;
    QString html = QStringLiteral("<h1>%1</h1><p>").arg(escaped(title));
    html += escaped(form == ReportForm::Summary ? QCoreApplication::translate("Report", "Summary, %1").arg(QLocale().toString(h.date, QLocale::LongFormat))
                                                : QCoreApplication::translate("Report", "Engineering report, %1").arg(QLocale().toString(h.date, QLocale::LongFormat)));
    if (!h.variant.isEmpty())
        html += QStringLiteral("<br/>") + escaped(QCoreApplication::translate("Report", "Variant: %1").arg(h.variant));
    if (!h.shopName.isEmpty())
        html += QStringLiteral("<br/>") + escaped(QCoreApplication::translate("Report", "Prepared by %1").arg(h.shopName));
    html += QStringLiteral("</p>");
    if (!model.description.isEmpty() && form == ReportForm::Full)
        html += QStringLiteral("<p>%1</p>").arg(escaped(model.description));
    return html;
}

} // namespace

QString reportHtml(const ReportModel &model, ReportForm form, const ReportImages &images, const ReportHeader &h)
{
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>%1</title>"
                                  "<style>body{font-family:sans-serif;max-width:60em;margin:auto;color:#1f2328}"
                                  "table{border-collapse:collapse}th,td{border:1px solid #9aa3ad}small{color:#5b636b}</style>"
                                  "</head><body>")
                       .arg(escaped(model.title.isEmpty() ? QCoreApplication::translate("Report", "Your signal chain") : model.title));
    html += header(model, form, h);
    html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\"/></p>")
                .arg(images.diagram)
                .arg(kDiagramWidth)
                .arg(escaped(QCoreApplication::translate("Report", "The signal chain, with the level on each cable")));
    html += listenersSection(model, form);
    for (std::size_t i = 0; i < images.plots.size() && i < model.listeners.size(); ++i) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(model.listeners[i].name));
        for (const QString &plot : images.plots[i])
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"/></p>").arg(plot).arg(kDiagramWidth);
    }
    if (!model.advice.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(escaped(QCoreApplication::translate("Report", "What would fix it")));
        for (const QString &a : model.advice)
            html += QStringLiteral("<li>%1</li>").arg(escaped(a));
        html += QStringLiteral("</ul>");
    }
    if (form == ReportForm::Full) {
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("Report", "Findings")));
        QList<QStringList> findings;
        for (const ReportFinding &f : model.findings)
            findings << QStringList{QString::fromLatin1(severityKey(f.severity)), f.text};
        html += findings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(escaped(QCoreApplication::translate("Report", "none"))) : table({QCoreApplication::translate("Report", "Severity"), QCoreApplication::translate("Report", "Finding")}, findings);
        // A numbered list rather than a table: each cable reads as one line, however long the product names.
        html += QStringLiteral("<h2>%1</h2><ol>").arg(escaped(QCoreApplication::translate("Report", "Cable schedule")));
        for (const ReportCable &c : model.cables) {
            QString line = QCoreApplication::translate("Report", "%1 → %2: %3 plug into %4 socket, %5, %6").arg(c.from, c.to, c.plug, c.socket, c.signal, c.level);
            if (!c.adapter.isEmpty())
                line += QCoreApplication::translate("Report", "; needs an adapter %1").arg(c.adapter);
            html += QStringLiteral("<li class=\"cable\">%1</li>").arg(escaped(line));
        }
        html += QStringLiteral("</ol>");
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("Report", "Levels per stage")));
        QList<QStringList> levels;
        for (const ReportLevelRow &r : model.levels)
            levels << QStringList{r.port + (r.estimated ? QStringLiteral(" ~") : QString()), r.level, r.dbfs, r.load, r.current, r.headroom, r.noise};
        html += table({QCoreApplication::translate("Report", "Port"), QCoreApplication::translate("Report", "Level"), QCoreApplication::translate("Report", "dBFS"), QCoreApplication::translate("Report", "Load Ω"), QCoreApplication::translate("Report", "Current"), QCoreApplication::translate("Report", "Headroom"), QCoreApplication::translate("Report", "Noise")}, levels);
    }
    html += partsSection(model, form == ReportForm::Full);
    html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(QCoreApplication::translate("Report", "Figures marked as estimates rest on typical values where a product's own are not published. Made with Headroom.")));
    return html + QStringLiteral("</body></html>");
}

QString writeReport(const QString &path, const Chain &chain, const AnalysisResult &result, const ReportModel &model, ReportForm form,
                    const ReportHeader &h)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto cannot = [&path](const QString &why) { return QCoreApplication::translate("Report", "%1: the report could not be written: %2").arg(path, why); };
    if (suffix != u"pdf" && suffix != u"html" && suffix != u"htm")
        return cannot(QCoreApplication::translate("Report", "choose a file ending in .pdf or .html"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannot(file.errorString());
    bool written = false;
    // The full report draws each listener's plots (documents/plotdrawing.h) after the verdicts.
    const QSize plotSize(static_cast<int>(kDiagramWidth), 300);
    std::vector<int> listeners;
    if (form == ReportForm::Full)
        for (const ListenerResult &l : result.listeners)
            listeners.push_back(l.device);
    ReportImages images;
    if (suffix == u"pdf") {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(96); // the document's units are CSS pixels: the text is 680 px wide
        QTextDocument document;
        document.setPageSize(QSizeF(pdf.width(), pdf.height()));
        images.diagram = QString::fromLatin1(kDiagramResource);
        document.addResource(QTextDocument::ImageResource, QUrl(images.diagram), diagramImage(chain, result, 3));
        for (std::size_t i = 0; i < listeners.size(); ++i) {
            QStringList names;
            for (PlotKind kind : kPlotKinds) {
                names << QStringLiteral("plot-%1-%2.png").arg(i).arg(static_cast<int>(kind));
                document.addResource(QTextDocument::ImageResource, QUrl(names.back()), plotImage(plotSize, 2, plotFigures(kind, chain, result, listeners[i])));
            }
            images.plots.push_back(names);
        }
        document.setHtml(reportHtml(model, form, images, h));
        pdf.setTitle(model.title);
        pdf.setCreator(QStringLiteral("Headroom"));
        document.print(&pdf);
        written = true;
    } else {
        const auto inlined = [](const QByteArray &svg) { return QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(svg.toBase64()); };
        images.diagram = inlined(diagramSvg(chain, result));
        for (int listener : listeners) {
            QStringList sources;
            for (PlotKind kind : kPlotKinds)
                sources << inlined(plotSvg(plotSize, plotFigures(kind, chain, result, listener)));
            images.plots.push_back(sources);
        }
        const QByteArray html = reportHtml(model, form, images, h).toUtf8();
        written = file.write(html) == html.size();
    }
    if (!written || !file.commit())
        return cannot(file.errorString());
    return {};
}

} // namespace headroom
