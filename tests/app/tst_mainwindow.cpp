// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop app as a person uses it: the real Main.qml window, real keyboard shortcuts, the real file dialogs
// with a typed name, menus, the quick check and the preview. Runs on Xvfb at 1280×720, at 100 % and at 200 % scale.

#include "curveexports.h"
#include "mainwindowtest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTranslator>

using namespace headroom;
using namespace headroom::test;

namespace {

/// Every source text shown as ⟪text⟫: a string on screen without the marks never went through tr() or qsTr().
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return sourceText && *sourceText ? u'⟪' + QString::fromUtf8(sourceText) + u'⟫' : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMainWindow : public MainWindowTest
{
    Q_OBJECT

private slots:
    void windowFitsTheScreen()
    {
        const QRect screen = m_window->screen()->availableGeometry();
        QCOMPARE(screen.size(), QSize(1280, 720));
        QVERIFY(m_window->width() <= screen.width());
        QVERIFY(m_window->height() <= screen.height());
        open("04-podcast-distribution-amp.headroom");
        // The inspector and the findings are inside the window, not cut off at its right edge.
        QQuickItem *findings = nullptr;
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->property("text").toString() == QStringLiteral("Findings") && i->isVisible())
                findings = i;
        QVERIFY(findings);
        QVERIFY(findings->mapToScene(QPointF(findings->width(), 0)).x() <= m_window->width());
    }

    void catalogBannerOffersTheNewCurve()
    {
        // Example 02 as an earlier release saved it, before the catalog had the DT 990 PRO's impedance curve.
        QFile example(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/02-interface-250-ohm-headphones.headroom"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject project = QJsonDocument::fromJson(example.readAll()).object();
        QJsonArray devices = project.value(QStringLiteral("devices")).toArray();
        for (QJsonValueRef device : devices) {
            QJsonObject d = device.toObject();
            QJsonObject spec = d.value(QStringLiteral("spec")).toObject();
            spec.remove(QStringLiteral("impedanceCurve"));
            spec.remove(QStringLiteral("impedanceCurveSource"));
            d.insert(QStringLiteral("spec"), spec);
            device = d;
        }
        project.insert(QStringLiteral("devices"), devices);
        const QString path = m_dir.filePath(QStringLiteral("old.headroom"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QJsonDocument(project).toJson());
        old.close();

        QVERIFY(m_project->open(QUrl::fromLocalFile(path)));
        const QString change = QStringLiteral("Beyerdynamic DT 990 PRO (250 ohm): Impedance curve: none saved, the catalog now has one");
        QTRY_VERIFY(visibleText(change) != nullptr);
        QTRY_VERIFY(visibleTextContaining(QStringLiteral("add the impedance curve to compute by how much")) != nullptr);

        QTest::qWait(200); // laid out with the banner
        clickButton(QStringLiteral("Use the catalog's figures"));
        QTRY_VERIFY(visibleText(change) == nullptr);
        // With the curve, the finding says by how much the 50 Ω output shapes the response.
        QTRY_VERIFY(visibleTextContaining(QStringLiteral("the frequency response varies by 0.4 dB")) != nullptr);
        QVERIFY(m_project->dirty());

        focusCanvas();
        shortcut(Qt::Key_Z); // one step back to the saved figures
        QTRY_VERIFY(visibleTextContaining(QStringLiteral("add the impedance curve to compute by how much")) != nullptr);
    }

    void saveAsTakesTheTypedName()
    {
        open("01-interface-studio-headphones.headroom");
        m_project->session()->moveDevice(
            m_project->session()->devices()->data(m_project->session()->devices()->index(0), DeviceListModel::DeviceIdRole).toString(), 20, 20);
        shortcut(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        typeIntoFileDialog(QStringLiteral("Mein Studio ö"));
        const QString path = m_dir.filePath(QStringLiteral("Mein Studio ö.headroom"));
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral(".headroom"))));
        QCOMPARE(m_project->fileUrl(), QUrl::fromLocalFile(path));
        QVERIFY(!m_project->dirty());
        QVERIFY(m_window->title().contains(QStringLiteral("Mein Studio ö.headroom")));
        QVERIFY(loadProject(path).chain() != nullptr);
        const QVariantList recent = m_project->recentFiles();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.constFirst().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Mein Studio ö.headroom"));
    }

    void saveAsAsksBeforeOverwriting()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.headroom"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        open("01-interface-studio-headphones.headroom");
        shortcut(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = fileDialog()) != nullptr);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        type(edit, QStringLiteral("keep"));
        bool asked = false;
        answerNextMessageBox(QMessageBox::No, &asked);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(asked);
        QVERIFY(fileDialog()); // still choosing
        dialog->reject();
        QTRY_VERIFY(!fileDialog());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
        QVERIFY(m_project->fileUrl().isEmpty() || m_project->fileUrl() != QUrl::fromLocalFile(path));
    }

    void exportReportInEachFormat_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("file");
        QTest::newRow("summary") << QStringLiteral("Summary for a customer") << QStringLiteral("Bericht für Kunden.pdf");
        QTest::newRow("full") << QStringLiteral("Engineering report (") << QStringLiteral("Bericht für Techniker.pdf");
        QTest::newRow("web page") << QStringLiteral("web page") << QStringLiteral("Bericht für Kunden.html");
        QTest::newRow("text") << QStringLiteral("Text report") << QStringLiteral("Bericht für Kunden.txt");
        QTest::newRow("json") << QStringLiteral("JSON report") << QStringLiteral("Bericht für Kunden.json");
    }
    void exportReportInEachFormat()
    {
        QFETCH(QString, filter);
        QFETCH(QString, file);
        open("03-y-splitter-two-headphones.headroom");
        shortcut(Qt::Key_E);
        typeIntoFileDialog(QFileInfo(file).completeBaseName(), filter);
        QFile report(m_dir.filePath(file));
        QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(report.fileName()));
        QByteArray text = report.readAll();
        if (file.endsWith(QStringLiteral(".pdf"))) { // what a PDF reader extracts: the summary is one page, the full report more
            QVERIFY(text.startsWith("%PDF"));
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {report.fileName()});
            QVERIFY(info.waitForFinished(30000));
            const bool summary = filter.startsWith(u"Summary");
            QCOMPARE(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), summary);
            QProcess pdftotext;
            pdftotext.start(QStringLiteral("pdftotext"), {report.fileName(), QStringLiteral("-")});
            QVERIFY(pdftotext.waitForFinished(30000));
            text = pdftotext.readAllStandardOutput();
        }
        QVERIFY(text.contains("DT 770 PRO"));
        if (file.endsWith(QStringLiteral(".json")))
            QVERIFY(QJsonDocument::fromJson(text).isObject());
        else if (file.endsWith(QStringLiteral(".txt")))
            QVERIFY(text.startsWith("Headroom analysis"));
        else
            QVERIFY(text.contains("needs an amp"));
    }

    void plotsFollowTheListenerAndSave()
    {
        // View → Plots for the selected headphones: the SPL curve is drawn in the plot's colours, follows an edit, and
        // Save… writes the same drawing as SVG.
        open("02-interface-250-ohm-headphones.headroom");
        m_project->session()->select(QStringLiteral("dt990"));
        shortcut(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QQuickWindow *plots = nullptr;
        QTRY_VERIFY((plots = plotsWindow()) != nullptr && plots->isExposed());
        const auto named = [plots](const QString &name) {
            for (QQuickItem *i : allItems(plots->contentItem()))
                if (i->objectName() == name)
                    return i;
            return static_cast<QQuickItem *>(nullptr);
        };
        QQuickItem *volumeTab = named(QStringLiteral("plotTab:volume"));
        QVERIFY(volumeTab);
        QTest::mouseClick(plots, Qt::LeftButton, {}, volumeTab->mapToScene(QPointF(volumeTab->width() / 2, volumeTab->height() / 2)).toPoint());
        QQuickItem *volume = named(QStringLiteral("plot"));
        QVERIFY(volume);
        QTRY_COMPARE(volume->property("kind").toString(), QStringLiteral("volume"));
        QCOMPARE(volume->property("listener").toString(), QStringLiteral("dt990"));
        QTRY_VERIFY(volume->height() > 100);
        const auto drawn = [&] {
            const QImage shot = plots->grabWindow();
            const QRect area = volume->mapRectToScene(QRectF(0, 0, volume->width(), volume->height())).toRect();
            int blue = 0;
            for (int y = area.top(); y < area.bottom(); ++y)
                for (int x = area.left(); x < area.right(); ++x)
                    blue += shot.pixelColor(x, y) == QColor(0x3f, 0x9b, 0xd6); // the average's line
            return blue;
        };
        QTRY_VERIFY(drawn() > 100);
        const QImage before = plots->grabWindow();
        m_project->session()->setSetting(QStringLiteral("scarlett"), QStringLiteral("hp1"), QStringLiteral("volumeDb"),
                                         -20.0); // the "now" mark moves
        QTRY_VERIFY(plots->grabWindow() != before);
        QQuickItem *save = named(QStringLiteral("savePlot"));
        QVERIFY(save);
        QTest::mouseClick(plots, Qt::LeftButton, {}, save->mapToScene(QPointF(save->width() / 2, save->height() / 2)).toPoint());
        typeIntoFileDialog(QStringLiteral("Kurve"), QStringLiteral("SVG"));
        QFile svg(m_dir.filePath(QStringLiteral("Kurve.svg")));
        QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(svg.fileName()));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("against the volume setting"));
        plots->close();
    }

    void diagramPrintedThroughThePrintDialog()
    {
        // Ctrl+P opens the system's print dialog; printing to a PDF file there puts the diagram on the page.
        open("03-y-splitter-two-headphones.headroom");
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        bool seen = false;
        QTimer guard; // the dialog runs its own event loop: answer it from inside
        QObject::connect(&guard, &QTimer::timeout, &guard, [&] {
            auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            seen = true;
            guard.stop();
            if (auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("filename")))
                file->setText(pdf);
            dialog->accept();
        });
        guard.start(50);
        shortcut(Qt::Key_P);
        QTRY_VERIFY(seen);
        QTRY_VERIFY(QFileInfo::exists(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(u"Focusrite Scarlett 2i2"), qPrintable(words));
    }

    void diagramExportedFromTheMenu()
    {
        open("03-y-splitter-two-headphones.headroom");
        shortcut(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        typeIntoFileDialog(QStringLiteral("Signalkette"), QStringLiteral("SVG"));
        QFile svg(m_dir.filePath(QStringLiteral("Signalkette.svg")));
        QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(svg.fileName()));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        for (const Device &d : m_project->currentChain().devices)
            QVERIFY2(drawing.contains(d.name().section(u' ', 0, 1).toUtf8()), qPrintable(d.name()));
    }

    void previewExportInEachFormat_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("file");
        QTest::newRow("wav") << QStringLiteral("WAV") << QStringLiteral("Vorschau ö.wav");
        QTest::newRow("flac") << QStringLiteral("FLAC") << QStringLiteral("Vorschau ö.flac");
    }
    void previewExportInEachFormat()
    {
        QFETCH(QString, filter);
        QFETCH(QString, file);
        open("01-interface-studio-headphones.headroom");
        QQuickItem *render = item(QStringLiteral("previewRender"));
        QVERIFY(render);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(render));
        QQuickItem *exportButton = item(QStringLiteral("previewExport"));
        QTRY_VERIFY_WITH_TIMEOUT(exportButton->isEnabled(), 20000);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(exportButton));
        typeIntoFileDialog(QStringLiteral("Vorschau ö"), filter);
        const QFileInfo written(m_dir.filePath(file));
        QTRY_VERIFY2(written.exists(), qPrintable(written.filePath()));
        QVERIFY(QFileInfo(written.filePath()).size() > 1000);
    }

    void quickCheckAndAdviceAnswerTheSeedQuestion()
    {
        // The beginner's first minute on an empty window: "What do you have?" A Scarlett 2i2 (4th Gen), no amp, a
        // DT 990 PRO 250 Ω, no microphone: marginal. "What would fix it?" on the finding lists headphone amps from
        // the catalog; Apply on the first makes the listener OK; Ctrl+Z restores the chain the quick check built.
        quickCheckInterfaceAndHeadphones(QStringLiteral("scarlett 2i2 4th"), QStringLiteral("Focusrite Scarlett 2i2 (4th Gen)"),
                                         QStringLiteral("dt 990 pro 250"), QStringLiteral("Beyerdynamic DT 990 PRO (250 ohm)"));
        const auto verdict = [this] {
            return m_project->session()->listeners()->data(m_project->session()->listeners()->index(0), ListenerListModel::VerdictRole).toString();
        };
        QTRY_COMPARE(verdict(), QStringLiteral("marginal"));
        QVERIFY(!item(QStringLiteral("quickCheckOffer"))->isVisible());
        QCOMPARE(m_project->session()->undoText(), QStringLiteral("Quick check"));
        verifyNoOverlaps();
        const QByteArray before = serializeProject(m_project->currentChain());

        QQuickItem *ask = nullptr;
        for (QQuickItem *i : itemsNamed(QStringLiteral("whatWouldFixIt")))
            if (i->isVisible())
                ask = i;
        QVERIFY(ask);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(ask));
        QQuickItem *apply = nullptr;
        QTRY_VERIFY((apply = item(QStringLiteral("applySuggestion0"))) != nullptr && apply->isVisible());
        QTest::qWait(300); // the dialog's opening transition
        const std::size_t devices = m_project->currentChain().devices.size();
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(apply));
        QTRY_COMPARE(verdict(), QStringLiteral("ok"));
        QCOMPARE(m_project->currentChain().devices.size(), devices + 1); // the amp is in the chain, wired
        shortcut(Qt::Key_Z);
        QTRY_COMPARE(serializeProject(m_project->currentChain()), before);
        QCOMPARE(verdict(), QStringLiteral("marginal"));
        shortcut(Qt::Key_Z); // and before the quick check, the empty window asking its question
        QTRY_VERIFY(item(QStringLiteral("quickCheckOffer"))->isVisible());
    }

    void variantsComparedInTheWindow()
    {
        // A retailer's question: the podcast on a distribution amp, or on a cheap splitter box? Ctrl+Shift+D makes
        // a variant, the splitter takes the amp's place there, each variant gets its name, and Ctrl+Shift+C puts
        // them side by side with each variant's own figures.
        open("04-podcast-distribution-amp.headroom");
        focusCanvas();
        shortcut(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_project->variantNames().size(), 2);
        QVERIFY(item(QStringLiteral("variantChooser"))->isVisible());
        QVERIFY(m_project->session()->replaceDevice(QStringLiteral("ha400"), QStringLiteral("generic-splitter-box-6-35mm-1x4")));
        const auto rename = [this](int variant, const QString &name) {
            QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("renameVariantDialog"));
            QVERIFY(dialog);
            QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, variant));
            QQuickItem *field = item(QStringLiteral("variantName"));
            QTRY_VERIFY(field && field->hasActiveFocus());
            for (const QChar c : name)
                QTest::keyClick(m_window, c.toLatin1());
            QTest::keyClick(m_window, Qt::Key_Return);
            QTRY_COMPARE(m_project->variantNames().at(variant), name);
        };
        rename(1, QStringLiteral("Splitter box"));
        rename(0, QStringLiteral("Distribution amp"));
        QVERIFY(m_window->title().contains(u"Splitter box"));

        shortcut(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QQuickItem *cell = nullptr;
        QTRY_VERIFY((cell = item(QStringLiteral("compare:Beyerdynamic DT 770 PRO (80 ohm) (Guest):maxSpl:1"))) != nullptr && cell->isVisible());
        const Project project = m_project->currentProject();
        for (int v = 0; v < 2; ++v) {
            const Chain &chain = project.variants[static_cast<std::size_t>(v)].chain;
            const AnalysisResult alone = analyze(chain);
            const ListenerResult *guest = alone.listener(chain.indexOf(u"phones3"));
            QVERIFY(guest);
            const auto shown = [&](const char *key) {
                return item(QStringLiteral("compare:Beyerdynamic DT 770 PRO (80 ohm) (Guest):%1:%2").arg(QLatin1StringView(key)).arg(v))
                    ->property("text")
                    .toString();
            };
            QCOMPARE(shown("maxSpl"), QStringLiteral("%1 dB SPL").arg(QLocale().toString(guest->maxSpl, 'f', 1)));
            QCOMPARE(shown("verdict"), verdictWord(guest->verdict));
        }
        QTest::keyClick(m_window, Qt::Key_Escape);
    }

    void measuredCurveThroughTheGearForm()
    {
        // A shop measured its demo pair with REW: Add your own gear…, the model typed, Import… and the export's name
        // typed into the file dialog, Save. A file that is no curve is refused in the form with its line.
        QTemporaryDir dir;
        QVERIFY(writeCurveExports(QDir(dir.path())));
        clickButton(QStringLiteral("Add your own gear…"));
        QQuickItem *model = nullptr;
        QTRY_VERIFY((model = item(QStringLiteral("gearModel"))) != nullptr && model->isVisible());
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(model));
        QTRY_VERIFY(model->hasActiveFocus());
        for (const QChar c : QStringLiteral("Demo pair"))
            QTest::keyClick(m_window, c.toLatin1());
        QQuickItem *summary = item(QStringLiteral("gearCurveSummary"));
        QVERIFY(summary && summary->isVisible());
        QCOMPARE(summary->property("text").toString(), QStringLiteral("none: the nominal impedance at every frequency"));
        clickButton(QStringLiteral("Import…"));
        typeIntoFileDialog(dir.filePath(QStringLiteral("falling.txt")));
        QQuickItem *error = item(QStringLiteral("gearCurveError"));
        QTRY_COMPARE(error->property("text").toString(), QStringLiteral("falling.txt: line 3: the frequencies must rise, and 500 Hz does not"));
        clickButton(QStringLiteral("Import…"));
        typeIntoFileDialog(dir.filePath(QStringLiteral("demo.txt")));
        QTRY_COMPARE(summary->property("text").toString(), QStringLiteral("4 point(s), 20 Hz to 20 kHz, 301 to 598 Ω"));
        QVERIFY(!error->isVisible());
        clickButton(QStringLiteral("Save"));
        QTRY_VERIFY(!model->isVisible());
        GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
        const std::optional<GearRecord> saved = library.find(QStringLiteral("user-demo-pair"));
        QVERIFY(saved);
        QCOMPARE(saved->spec.impedanceCurve().size(), std::size_t{4});
        QCOMPARE(saved->spec.impedanceCurve()[1].ohms, 598.0);
        QVERIFY(library.removeUserGear(QStringLiteral("user-demo-pair")).isEmpty()); // the next scale's run starts without it
    }

    void quickCheckSaysWhyItCannotWire()
    {
        // A laptop's jack has no microphone input: the check ends with the headphones, never asking for one.
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item(QStringLiteral("startQuickCheck"))));
        QTest::qWait(300);
        clickButton(QStringLiteral("Computer or phone"));
        pickInQuickCheck(QStringLiteral("macbook air"), QStringLiteral("Apple MacBook Air headphone jack (2024 (M3))"));
        clickButton(QStringLiteral("Next"));
        clickButton(QStringLiteral("Skip"));
        pickInQuickCheck(QStringLiteral("hd 600"), QStringLiteral("Sennheiser HD 600"));
        clickButton(QStringLiteral("Sennheiser HD 600")); // two of the same
        clickButton(QStringLiteral("Check"));
        QTRY_COMPARE(m_project->session()->listeners()->rowCount(), 2);
    }

    void quickCheckOnAnOutputWithoutFiguresIsUnsure()
    {
        // Most interfaces publish no headphone level. A Behringer UMC204HD with a DT 770 PRO 250 Ω is 7.9 dB short
        // on the typical figures, and has 6.8 dB to spare if its output matches the strongest interface output known:
        // the chip says it is unsure, and a finding says what the verdict depends on.
        quickCheckInterfaceAndHeadphones(QStringLiteral("umc204hd"), QStringLiteral("Behringer U-PHORIA UMC204HD"), QStringLiteral("dt 770 pro 250"),
                                         QStringLiteral("Beyerdynamic DT 770 PRO (250 ohm)"));
        QTRY_VERIFY(visibleTextContaining(QStringLiteral("(250 ohm): unsure: 7.9 dB short, or 6.8 dB to spare")) != nullptr);
        QVERIFY(visibleTextContaining(QStringLiteral("depends on its headphone output's unknown maximum level and output impedance")));
        verifyNoOverlaps();
    }

    void quickCheckForPassiveSpeakers()
    {
        // A Scarlett, then from the Power amplifier tab a Cambridge Audio AXA35, then from the Passive speakers tab a
        // pair of KEF LS50 Meta: the amplifier goes on the first line output, the speakers on the amplifier, and its
        // volume comes down to their 100 dB SPL target (physics.md §6).
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item(QStringLiteral("startQuickCheck"))));
        QTest::qWait(300); // the dialog's opening transition
        pickInQuickCheck(QStringLiteral("scarlett 2i2 4th"), QStringLiteral("Focusrite Scarlett 2i2 (4th Gen)"));
        clickButton(QStringLiteral("Next"));
        clickButton(QStringLiteral("Power amplifier"));
        pickInQuickCheck(QStringLiteral("axa35"), QStringLiteral("Cambridge Audio AXA35"));
        clickButton(QStringLiteral("Next"));
        clickButton(QStringLiteral("Passive speakers"));
        pickInQuickCheck(QStringLiteral("ls50 meta"), QStringLiteral("KEF LS50 Meta"));
        clickButton(QStringLiteral("Next"));
        clickButton(QStringLiteral("Check"));
        QTRY_COMPARE(m_project->session()->listeners()->rowCount(), 1);
        const Chain chain = m_project->currentChain();
        const auto feeding = [&chain](const char *device) {
            const Connection *c = chain.connectionInto({QString::fromLatin1(device), QStringLiteral("in")});
            return c ? c->from.device + u'.' + c->from.port : QString();
        };
        QCOMPARE(feeding("power-amp"), QStringLiteral("interface.line_out1"));
        QCOMPARE(feeding("passive-speaker"), QStringLiteral("power-amp.out"));
        const AnalysisResult result = analyze(chain);
        const ListenerResult *pair = result.listener(chain.indexOf(u"passive-speaker"));
        QVERIFY(pair);
        QCOMPARE(pair->verdict, Verdict::Ok);
        QVERIFY(std::abs(pair->peakSpl - 100) < 0.05); // the volume search stops within 0.01 dB
        verifyNoOverlaps();
    }

    void quickCheckForAPodcastOnAMixer()
    {
        // A podcaster's console: the Mixer tab, a RØDECaster Pro II, no amp, a pair of HD 600 and, from the Studio
        // monitors tab, a pair of JBL 305P MkII, then a PodMic. Headroom wires the microphone into the first input,
        // the headphones on the console's headphone output and the monitors on its line outputs, and judges both.
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item(QStringLiteral("startQuickCheck"))));
        QTest::qWait(300); // the dialog's opening transition
        clickButton(QStringLiteral("Mixer"));
        pickInQuickCheck(QStringLiteral("rodecaster pro"), QStringLiteral("RODE RODECaster Pro II"));
        clickButton(QStringLiteral("Next"));
        clickButton(QStringLiteral("Skip")); // no headphone amp
        pickInQuickCheck(QStringLiteral("hd 600"), QStringLiteral("Sennheiser HD 600"));
        clickButton(QStringLiteral("Studio monitors"));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item(QStringLiteral("quickCheckSearch"))));
        QTest::keyClick(m_window, Qt::Key_End);
        for (int i = 0; i < 6; ++i) // clear "hd 600" as a person would
            QTest::keyClick(m_window, Qt::Key_Backspace);
        pickInQuickCheck(QStringLiteral("305p"), QStringLiteral("JBL 305P MkII"));
        clickButton(QStringLiteral("Next"));
        pickInQuickCheck(QStringLiteral("podmic"), QStringLiteral("RODE PodMic"));
        clickButton(QStringLiteral("Check"));
        QTRY_COMPARE(m_project->session()->listeners()->rowCount(), 2);
        const Chain chain = m_project->currentChain(); // as the quick check built it
        const auto feeding = [&chain](const char *device, const char *port) {
            const Connection *c = chain.connectionInto({QString::fromLatin1(device), QString::fromLatin1(port)});
            return c ? c->from.device + u'.' + c->from.port : QString();
        };
        QCOMPARE(feeding("mixer", "in1"), QStringLiteral("microphone.out"));
        QCOMPARE(feeding("monitor", "in"), QStringLiteral("mixer.line_out1"));
        QCOMPARE(feeding("headphones", "in"), QStringLiteral("mixer.hp1"));
        QCOMPARE(feeding("mixer", "usb"), QStringLiteral("player.usb"));
        verifyNoOverlaps();

        // The voice's fader down 10 dB in the inspector: on the bus it meets the computer's music at −18 dBFS, so the
        // monitors drop by the power sum's change (physics.md §3, "Mixers and podcast consoles").
        const AnalysisResult before = analyze(chain);
        const double voiceDbfs = *before.port(chain.indexOf(u"mixer"), 0).dbfs;
        const auto monitorsSpl = [](const AnalysisResult &r, const Chain &c) { return r.listener(c.indexOf(u"monitor"))->averageSpl; };
        QQuickItem *node = item(QStringLiteral("node:mixer"));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, node->mapToScene(QPointF(node->width() / 2, 12)).toPoint());
        QTRY_COMPARE(m_project->session()->currentDevice(), QStringLiteral("mixer"));
        QQuickItem *fader = nullptr; // the first fader is input 1's
        QTRY_VERIFY(!itemsNamed(QStringLiteral("setting:faderDb")).isEmpty()
                    && (fader = itemsNamed(QStringLiteral("setting:faderDb")).front())->isVisible());
        QQuickItem *spin = nullptr;
        for (QQuickItem *i : allItems(fader))
            if (i->inherits("QQuickSpinBox"))
                spin = i;
        QVERIFY(spin);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(spin));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        for (const char c : QByteArray("-10"))
            QTest::keyClick(m_window, c);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_project->session()->setting(QStringLiteral("mixer"), QStringLiteral("in1"), QStringLiteral("faderDb")).toDouble(), -10.0);
        const Chain after = m_project->currentChain();
        const auto power = [](double db) { return std::pow(10.0, db / 10); };
        const double drop = 10 * std::log10((power(voiceDbfs - 10) + power(-18)) / (power(voiceDbfs) + power(-18)));
        QCOMPARE_LE(std::abs(monitorsSpl(analyze(after), after) - monitorsSpl(before, chain) - drop), 0.01);
    }

    void previewNeverContradictsTheAnalysisSilently()
    {
        // The podcast mix: the rendered music and voices meet in peaks above the power sum the analysis assumes, so
        // the preview clips a few samples at the interface's line output where the analysis leaves 1.2 dB of
        // headroom (physics.md §3); the panel must say why the two differ.
        open("04-podcast-distribution-amp.headroom");
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item(QStringLiteral("previewRender"))));
        QObject *preview = item(QStringLiteral("previewPanel"))->property("preview").value<QObject *>();
        QTRY_VERIFY_WITH_TIMEOUT(preview->property("rendered").toBool(), 20000);
        const QString summary = preview->property("summaryA").toString();
        QVERIFY2(summary.contains(QStringLiteral("clips at")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("the analysis finds headroom there")), qPrintable(summary));
    }

    void savingFromTheUnsavedPromptThenOpens()
    {
        // Unsaved work, then Open: the prompt's Save asks where, saves, and then the open dialog still comes.
        QVERIFY(!m_project->session()->addKind(QStringLiteral("player"), 0, 0).isEmpty());
        shortcut(Qt::Key_O);
        QQuickItem *save = nullptr;
        QTRY_VERIFY((save = button(QStringLiteral("Save"))) != nullptr);
        QVERIFY(m_project->dirty());
        // Click once the dialog has laid out its buttons and finished opening.
        QTRY_VERIFY(save->parentItem()->parentItem()->width() > 0);
        QTest::qWait(300);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(save));
        typeIntoFileDialog(QStringLiteral("first draft"));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("first draft.headroom"))));
        typeIntoFileDialog(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom"));
        QTRY_COMPARE(m_project->fileName(), QStringLiteral("03-y-splitter-two-headphones.headroom"));
    }

    void menusShowShortcuts()
    {
        // Save As has its shortcut even without a platform theme, and the menu says which.
        bool found = false;
        for (QObject *o : m_window->findChildren<QObject *>())
            if (o->inherits("QQuickAction") && o->property("text").toString() == QStringLiteral("Save &As…"))
                found = o->property("shortcut").toString() == QStringLiteral("Ctrl+Shift+S");
        QVERIFY(found);
    }

    void everyShownStringIsMarkedForTranslation()
    {
        // The window made anew under a pseudo-translation, the podcast open with the amp selected, then the settings,
        // the gear form and the quick check: every text on screen with words in it is marked, or is data (a product's
        // or a device's name, a unit symbol).
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        const auto removePseudo = qScopeGuard([&pseudo] { QCoreApplication::removeTranslator(&pseudo); });
        closeWindow();
        openWindow();
        open("04-podcast-distribution-amp.headroom");
        m_project->session()->select(QStringLiteral("ha400"));
        QTest::qWait(100);
        QSet<QString> data;
        GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
        for (int k = 0; k < kDeviceKindCount; ++k)
            for (const Product &p : library.products({static_cast<DeviceKind>(k)}))
                data << p.spec.displayName() << QStringLiteral("%1 %2").arg(p.spec.brand, p.spec.model);
        for (const Device &d : m_project->currentChain().devices)
            data << d.name() << d.spec.displayName() << d.id;
        // Unit symbols and a currency code read the same in every language (dBu stays dBu).
        for (int f = 0; f < kFieldCount; ++f)
            data << QString::fromUtf8(fieldInfo(static_cast<Field>(f)).unit);
        data << QStringLiteral("EUR");
        static const QRegularExpression words(QStringLiteral("\\p{L}{2,}"));
        QStringList unmarked;
        const auto look = [&](const QString &where) {
            for (QQuickItem *i : allItems(m_window->contentItem())) {
                if (!i->isVisible())
                    continue;
                for (const char *property : {"text", "placeholderText", "title"}) {
                    const QString text = i->property(property).toString();
                    if (!text.contains(u'⟪') && text.contains(words) && !data.contains(text.trimmed()))
                        unmarked << QStringLiteral("%1: %2.%3: %4")
                                        .arg(where, QLatin1StringView(i->metaObject()->className()), QLatin1StringView(property), text);
                }
            }
        };
        look(QStringLiteral("the window"));
        shortcut(Qt::Key_Comma); // Edit → Settings…
        QTRY_VERIFY(item(QStringLiteral("languageBox")) && item(QStringLiteral("languageBox"))->isVisible());
        look(QStringLiteral("the settings"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        clickButton(QStringLiteral("⟪Add your own gear…⟫"));
        QTRY_VERIFY(item(QStringLiteral("gearModel")) && item(QStringLiteral("gearModel"))->isVisible());
        look(QStringLiteral("the gear form"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        shortcut(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // File → Quick Check…
        QTest::qWait(200);
        look(QStringLiteral("the quick check"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        unmarked.removeDuplicates();
        QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(u'\n')));
    }

    void germanNumbersAndWholeButtons()
    {
        open("05-sm7b-on-56-db-preamp.headroom");
        shortcut(Qt::Key_Comma); // Edit → Settings…
        QQuickItem *languages = nullptr;
        QTRY_VERIFY((languages = item(QStringLiteral("languageBox"))) && languages->isVisible());
        // Both choices show what is chosen (the system's language and look, at first), never an empty box.
        for (const char *box : {"languageBox", "appearanceBox"})
            QVERIFY2(!item(QLatin1StringView(box))->property("displayText").toString().isEmpty(), box);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(languages));
        QQuickItem *deutsch = nullptr;
        QTRY_VERIFY((deutsch = visibleText(QStringLiteral("Deutsch"))) != nullptr);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(deutsch));
        QTRY_COMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(languages->property("displayText").toString(), QStringLiteral("Deutsch"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QQuickItem *chip = item(QStringLiteral("verdict:sm7b"));
        QTRY_VERIFY2(chip->property("shortText").toString().contains(QStringLiteral("7,4 dB")), qPrintable(chip->property("shortText").toString()));
        m_project->session()->select(QStringLiteral("sm7b"));
        QTest::qWait(50);
        verifyNoCutButtons();
    }

    void verdictStripKeepsItsHeight()
    {
        QQuickItem *canvas = item(QStringLiteral("canvas"));
        QVERIFY(canvas);
        const qreal top = canvas->mapToScene(QPointF(0, 0)).y();
        open("04-podcast-distribution-amp.headroom"); // four listeners
        QCOMPARE(canvas->mapToScene(QPointF(0, 0)).y(), top);
        open("05-sm7b-on-56-db-preamp.headroom"); // a microphone's verdict, no listener
        QCOMPARE(canvas->mapToScene(QPointF(0, 0)).y(), top);
    }

    void microphoneVerdictInTheStrip()
    {
        open("05-sm7b-on-56-db-preamp.headroom");
        QQuickItem *chip = item(QStringLiteral("verdict:sm7b"));
        QVERIFY(chip);
        QVERIFY(chip->isVisible());
        QVERIFY2(chip->property("shortText").toString().contains(QStringLiteral("7.4 dB short of gain")),
                 qPrintable(chip->property("shortText").toString()));
    }
};

int main(int argc, char **argv) { return runWindowTest<TestMainWindow>(argc, argv); }

#include "tst_mainwindow.moc"
