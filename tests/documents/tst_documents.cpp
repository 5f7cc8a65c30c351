// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Documents checked for what they say, not only that a file appears: the diagram's SVG parses and names every device
// and every cable's level, the PNG has the asked size, the reports' PDF text (pdftotext, as a reader's PDF viewer
// extracts it) holds every listener's verdict with its figures, the summary is one page, and the cable schedule has
// a row per cable.

#include "diagram.h"
#include "projectfile.h"
#include "reportdocument.h"
#include "reportmodel.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace headroom;

namespace {

struct Analysed {
    Chain chain;
    AnalysisResult result;
};

Analysed example(const QString &name)
{
    const ProjectLoad load = loadProject(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/") + name);
    Chain chain = load.chain() ? *load.chain() : Chain{};
    AnalysisResult result = analyze(chain);
    return {std::move(chain), std::move(result)};
}

/// The text a tool reads from a PDF: pdftotext's, with lines joined (a name may wrap).
QString pdfText(const QString &path)
{
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}); // reading order: a table cell stays together
    if (!tool.waitForFinished(30000) || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified(); // ligatures as letters
}

int pdfPages(const QString &path)
{
    QProcess tool;
    tool.start(QStringLiteral("pdfinfo"), {path});
    tool.waitForFinished(30000);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(tool.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// Every text element of an SVG, joined by spaces, and whether the document parsed.
std::pair<bool, QString> svgText(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts << xml.readElementText().simplified();
    return {!xml.hasError(), texts.join(u' ')};
}

QStringList examples()
{
    return QDir(QStringLiteral(HEADROOM_SOURCE_DIR "/examples")).entryList({QStringLiteral("*.headroom")}, QDir::Files, QDir::Name);
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (Debian package poppler-utils) is needed");
        QVERIFY(m_dir.isValid());
    }

    void diagramNamesEveryDeviceAndCable_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : examples())
            QTest::newRow(qPrintable(name)) << name;
    }
    void diagramNamesEveryDeviceAndCable()
    {
        QFETCH(QString, file);
        const Analysed a = example(file);
        QVERIFY(!a.chain.devices.empty());
        const auto [parsed, text] = svgText(diagramSvg(a.chain, a.result));
        QVERIFY(parsed);
        for (const Device &d : a.chain.devices)
            QVERIFY2(text.contains(d.name()), qPrintable(d.name()));
        for (const Connection &c : a.chain.connections) {
            const int to = a.chain.indexOf(c.to.device);
            const PortResult &r = a.result.port(to, a.chain.devices[static_cast<std::size_t>(to)].portIndex(c.to.port));
            if (r.reached) // the level the canvas shows on the cable (dBu by default)
                QVERIFY2(text.contains(formatLevel(r.rms, r.signalClass, LevelUnit::Dbu)), qPrintable(c.to.toString()));
        }
    }

    void pngHasTheAskedSize()
    {
        const Analysed a = example(QStringLiteral("03-y-splitter-two-headphones.headroom"));
        const QString path = m_dir.filePath(QStringLiteral("chain.png"));
        QCOMPARE(writeDiagram(path, a.chain, a.result, 1.5), QString());
        const QSizeF expected = diagramSize(a.chain) * 1.5;
        QCOMPARE(QImage(path).size(), expected.toSize());
        QVERIFY(!writeDiagram(m_dir.filePath(QStringLiteral("chain.gif")), a.chain, a.result).isEmpty()); // refused, with the reason
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("chain.gif"))));
    }

    void summaryIsOnePageWithEveryVerdict_data() { diagramNamesEveryDeviceAndCable_data(); }
    void summaryIsOnePageWithEveryVerdict()
    {
        QFETCH(QString, file);
        const Analysed a = example(file);
        const ReportModel model = buildReportModel(a.chain, a.result);
        const QString path = m_dir.filePath(file + QStringLiteral(".pdf"));
        QCOMPARE(writeReport(path, a.chain, a.result, model, ReportForm::Summary, {QStringLiteral("Music Corner"), QDate(2026, 12, 4), QString()}),
                 QString());
        QCOMPARE(pdfPages(path), 1);
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Music Corner"));
        for (const ListenerResult &l : a.result.listeners) {
            const ReportListener &listener = model.listeners[static_cast<std::size_t>(&l - a.result.listeners.data())];
            QVERIFY2(text.contains(listener.name), qPrintable(listener.name));
            QVERIFY2(text.contains(verdictWord(l.verdict)), qPrintable(listener.name));
            if (l.verdict != Verdict::NotConnected) // the figure a beginner reads: how far above or below the target
                QVERIFY2(text.contains(formatNumber(std::abs(l.headroomDb)) + QStringLiteral(" dB")), qPrintable(text));
        }
        for (const Part &p : partsList(a.chain))
            QVERIFY2(text.contains(p.name), qPrintable(p.name));
    }

    void fullReportHasTheCableScheduleAndLevels()
    {
        const Analysed a = example(QStringLiteral("04-podcast-distribution-amp.headroom"));
        const ReportModel model = buildReportModel(a.chain, a.result);
        QCOMPARE(model.cables.size(), a.chain.connections.size()); // a row per cable
        const QString path = m_dir.filePath(QStringLiteral("full.pdf"));
        QCOMPARE(writeReport(path, a.chain, a.result, model, ReportForm::Full, {}), QString());
        const QString text = pdfText(path);
        for (const ReportCable &c : model.cables)
            QVERIFY2(text.contains(c.from) && text.contains(c.to), qPrintable(c.from + QStringLiteral(" → ") + c.to));
        for (const ReportFinding &f : model.findings)
            QVERIFY2(text.contains(f.text.left(40)), qPrintable(f.text));
        for (const ReportLevelRow &r : model.levels)
            QVERIFY2(text.contains(r.port), qPrintable(r.port));
        // Pictures: the diagram, then each listener's three plots (pdfimages lists one line per image after two of header).
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QVERIFY(images.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size() - 2, 1 + 3 * static_cast<int>(a.result.listeners.size()));
        // The same model as HTML: one file, the diagram inside it.
        const QString html = m_dir.filePath(QStringLiteral("full.html"));
        QCOMPARE(writeReport(html, a.chain, a.result, model, ReportForm::Full, {}), QString());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(u"data:image/svg+xml;base64,"));
        QCOMPARE(page.count(u"<li class=\"cable\">"), static_cast<int>(a.chain.connections.size()));
    }

    void summaryOfAnOutputWithoutFiguresIsUnsure()
    {
        // A retailer's printout for an interface that publishes no headphone figures: short on the typical ones,
        // 6.8 dB to spare on the strongest known (tst_unknownoutputs works the figures by hand).
        Chain chain;
        chain.devices.emplace_back(QStringLiteral("interface"), DeviceSpec(DeviceKind::Interface));
        DeviceSpec phones(DeviceKind::Headphones);
        phones.set(Field::ImpedanceOhm, 250);
        phones.set(Field::Sensitivity, 102);
        phones.set(Field::SensitivityUnit, static_cast<double>(SensitivityUnit::DbPerV));
        chain.devices.emplace_back(QStringLiteral("phones"), phones);
        chain.connections.push_back({{QStringLiteral("interface"), QStringLiteral("hp1")}, {QStringLiteral("phones"), QStringLiteral("in")}});
        const AnalysisResult result = analyze(chain);
        const ReportModel model = buildReportModel(chain, result);
        QCOMPARE(model.listeners.size(), std::size_t{1});
        const QString expected = QStringLiteral("Unsure: 7.9 dB short if the output is as weak as a typical one, 6.8 dB to spare");
        QVERIFY2(model.listeners.front().plain.startsWith(expected), qPrintable(model.listeners.front().plain));
        QCOMPARE(model.listeners.front().verdictText, QStringLiteral("unsure"));
        const QString path = m_dir.filePath(QStringLiteral("unsure.pdf"));
        QCOMPARE(writeReport(path, chain, result, model, ReportForm::Summary, {}), QString());
        QVERIFY2(pdfText(path).contains(expected), qPrintable(pdfText(path)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
