// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The project as a document, as QML uses it: files, autosave and recovery, recent files and examples, the catalog's
// newer figures, reports and variants. The editing session has its own tests (tst_editsession).

#include "crashtest.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "projecttests.h"
#include "report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr int kDoublings = 3; ///< the podcast example duplicated three times over: 88 devices

/// The child's work in killedAutosaveLeavesAWholeFile: moves every device of a large project one step at a time,
/// autosaving after each move, until it is killed.
[[noreturn]] void editForever()
{
    ProjectController project;
    project.setAutosaveDelay(std::chrono::milliseconds(0));
    if (!project.open(QUrl::fromLocalFile(kPodcast)))
        std::exit(2);
    for (int i = 0; i < kDoublings; ++i) {
        project.session()->selectAll();
        project.session()->duplicateSelection();
    }
    project.session()->selectAll();
    for (;;) {
        project.session()->moveSelection(1, 0);
        QCoreApplication::processEvents(); // the autosave timer fires
    }
}

} // namespace

class TestProjectController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void openSaveRoundTrip();
    void badFileReportsError();
    void recentFilesAndExamples();
    void autosaveAndRecovery();
    void killedAutosaveLeavesAWholeFile();
    void catalogChangesOfferedAndTaken();
    void reportWithPartsList();
    void variantsSideBySide();
    void variantsSurviveSaveAndUndo();
};

void TestProjectController::openSaveRoundTrip()
{
    QTemporaryDir dir;
    ProjectController project;
    QSignalSpy clean(&project, &ProjectController::cleanChanged);
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/01-interface-studio-headphones.headroom"))));
    project.session()->moveDevice(QStringLiteral("m50x"), 1000, 40);
    QVERIFY(project.dirty());
    const QUrl target = QUrl::fromLocalFile(dir.filePath(QStringLiteral("copy")));
    QVERIFY(project.saveAs(target));
    QVERIFY(!project.dirty());
    QVERIFY(project.fileUrl().toLocalFile().endsWith(u"copy.headroom"));
    ProjectController again;
    QVERIFY(again.open(project.fileUrl()));
    QCOMPARE(again.session()
                 ->devices()
                 ->data(again.session()->devices()->index(again.session()->devices()->indexOf(QStringLiteral("m50x"))), DeviceListModel::XRole)
                 .toDouble(),
             1000.0);
    QVERIFY(clean.count() >= 2);
}

void TestProjectController::badFileReportsError()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.headroom")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();
    ProjectController project;
    project.session()->addKind(QStringLiteral("player"), 0, 0);
    QVERIFY(!project.open(QUrl::fromLocalFile(bad.fileName())));
    QVERIFY(project.lastError().contains(u"bad.headroom"));
    QCOMPARE(project.session()->devices()->rowCount(), 1); // the open project is untouched
}

void TestProjectController::recentFilesAndExamples()
{
    QTemporaryDir dir;
    ProjectController project;
    project.session()->addKind(QStringLiteral("player"), 0, 0);
    QSignalSpy recent(&project, &ProjectController::recentFilesChanged);
    QVERIFY(project.saveAs(QUrl::fromLocalFile(dir.filePath(QStringLiteral("a.headroom")))));
    QCOMPARE(recent.count(), 1);
    QCOMPARE(project.recentFiles().first().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("a.headroom"));
    // The build copies the examples beside the catalog, where the app looks for them.
    QVERIFY(ProjectController::examples().size() >= 8);
}

void TestProjectController::autosaveAndRecovery()
{
    QFile::remove(ProjectController::autosavePath());
    {
        ProjectController crashed;
        crashed.session()->addKind(QStringLiteral("player"), 0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ProjectController::autosavePath()), 5000); // written shortly after the edit
        // Simulate a crash: the process ends with unsaved work; the destructor keeps it for recovery.
    }
    QVERIFY(QFile::exists(ProjectController::autosavePath()));
    ProjectController next;
    QVERIFY(next.recoveryAvailable());
    QVERIFY(next.recover());
    QCOMPARE(next.session()->devices()->rowCount(), 1);
    QVERIFY(next.dirty());
    QVERIFY(!next.recoveryAvailable());
    next.discardRecovery();
    next.session()->undo(); // back to an empty, clean project: nothing left to recover on exit
}

void TestProjectController::killedAutosaveLeavesAWholeFile()
{
    // A session editing an 88-device project and autosaving after every edit, killed with SIGKILL at 30 random
    // moments: the autosave is always one whole version of the project, never a part.
    const ProjectLoad example = loadProject(kPodcast);
    QVERIFY(example.chain());
    const std::size_t devices = example.chain()->devices.size() << kDoublings;
    const std::size_t connections = example.chain()->connections.size() << kDoublings;
    const QString path = ProjectController::autosavePath();
    QSet<double> versions; // where the first device stood in each autosave: edits were under way
    for (int run = 0; run < 30; ++run) {
        QFile::remove(path); // else the child would keep it for recovery and not autosave
        QProcess editor;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HEADROOM_TEST_EDIT_FOREVER"), QStringLiteral("1"));
        editor.setProcessEnvironment(env);
        editor.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(editor.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000); // the first autosave is done
        QVERIFY2(headroom::test::killAtRandom(editor, 1, 600), editor.readAllStandardError().constData());
        const ProjectLoad saved = loadProject(path);
        QVERIFY2(saved.chain(), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(saved.error)));
        QCOMPARE(saved.chain()->devices.size(), devices);
        QCOMPARE(saved.chain()->connections.size(), connections);
        versions.insert(saved.chain()->devices.front().x);
    }
    QFile::remove(path);
    QVERIFY2(versions.size() > 1, "every run was killed at the same version");
    qInfo("30 editing sessions killed at random: %lld different autosaves found whole", versions.size());
}

void TestProjectController::catalogChangesOfferedAndTaken()
{
    // A project saved when the catalog said the M50x had 40 Ω (it says 38 Ω now).
    QTemporaryDir dir;
    Chain chain = *loadProject(kSplitterExample.toLocalFile()).chain();
    DeviceSpec old = chain.device(u"m50x")->spec;
    old.set(Field::ImpedanceOhm, 40);
    chain.device(u"m50x")->setSpec(old);
    const QString path = dir.filePath(QStringLiteral("old.headroom"));
    QVERIFY(saveProject(chain, path).isEmpty());

    ProjectController project;
    QSignalSpy changes(&project, &ProjectController::catalogChangesChanged);
    QVERIFY(project.open(QUrl::fromLocalFile(path)));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(project.catalogChanges().size(), 1);
    QVERIFY2(project.catalogChanges().first().contains(QStringLiteral("40 Ω")), qPrintable(project.catalogChanges().first()));
    QVERIFY(project.catalogChanges().first().contains(QStringLiteral("38 Ω")));
    QCOMPARE(project.currentChain().device(u"m50x")->spec.value(Field::ImpedanceOhm), 40.0); // saved figures until asked

    project.updateFromCatalog();
    QVERIFY(project.catalogChanges().isEmpty());
    QCOMPARE(project.currentChain().device(u"m50x")->spec.value(Field::ImpedanceOhm), 38.0);
    QVERIFY(connected(project, QStringLiteral("split.out1"), QStringLiteral("m50x.in")));
    QVERIFY(project.dirty());
    project.session()->undo(); // one step back to the saved figures
    QCOMPARE(project.currentChain().device(u"m50x")->spec.value(Field::ImpedanceOhm), 40.0);

    QVERIFY(project.open(QUrl::fromLocalFile(path)));
    project.keepSavedFigures();
    QVERIFY(project.catalogChanges().isEmpty());
    QCOMPARE(project.currentChain().device(u"m50x")->spec.value(Field::ImpedanceOhm), 40.0);
}

void TestProjectController::reportWithPartsList()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/04-podcast-distribution-amp.headroom"))));
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(project.exportReport(QUrl::fromLocalFile(text)));
    QFile file(text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QVERIFY(report.contains(u"Listeners"));
    // Two SM7Bs, two M50x, two DT 770: each product once with its count; the voices are not parts.
    QVERIFY2(report.contains(u"  2 × Shure SM7B (shure-sm7b)"), qPrintable(report));
    QCOMPARE(report.count(u"Shure SM7B ("), 1);
    QVERIFY(!report.section(QStringLiteral("Parts list"), 1).contains(u"Voice"));

    const QString json = dir.filePath(QStringLiteral("report.json"));
    QVERIFY(project.exportReport(QUrl::fromLocalFile(json)));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QVERIFY(object.contains(u"listeners"));
    QCOMPARE(object[u"parts"].toArray().first()[u"count"].toInt(), 2);

    QSignalSpy error(&project, &ProjectController::errorChanged);
    QVERIFY(!project.exportReport(QUrl::fromLocalFile(dir.filePath(QStringLiteral("no/such/dir/report.txt")))));
    QCOMPARE(error.count(), 1);
}

void TestProjectController::variantsSideBySide()
{
    // The podcast as a retailer shows it: the distribution amp as it is, and a copy with a 4-way splitter box in
    // the amp's place (it keeps the amp's cables). The comparison's figures are each variant's own analysis.
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(kPodcast)));
    QCOMPARE(project.variantNames().size(), 1);
    project.duplicateVariant();
    QCOMPARE(project.variantNames().size(), 2);
    QCOMPARE(project.currentVariant(), 1);
    QVERIFY(project.session()->replaceDevice(QStringLiteral("ha400"), QStringLiteral("generic-splitter-box-6-35mm-1x4")));
    QVERIFY(project.renameVariant(0, QStringLiteral("Distribution amp")));
    QVERIFY(project.renameVariant(1, QStringLiteral("Y-splitter")));
    QVERIFY(!project.renameVariant(1, QStringLiteral("Distribution amp"))); // taken
    QVERIFY(!project.renameVariant(1, QStringLiteral("  ")));
    QCOMPARE(project.variantNames(), (QStringList{QStringLiteral("Distribution amp"), QStringLiteral("Y-splitter")}));

    const Project saved = project.currentProject();
    const QVariantMap comparison = project.compareVariants();
    QCOMPARE(comparison.value(QStringLiteral("variants")).toStringList(), project.variantNames());
    const QVariantList rows = comparison.value(QStringLiteral("rows")).toList();
    QCOMPARE(rows.size(), 4);
    for (std::size_t v = 0; v < 2; ++v) {
        const Chain &chain = saved.variants[v].chain;
        const AnalysisResult alone = analyze(chain);
        QCOMPARE(alone.listeners.size(), std::size_t{4});
        for (const ListenerResult &l : alone.listeners) {
            const QString name = chain.devices[static_cast<std::size_t>(l.device)].name()
                + QStringLiteral(" (%1)").arg(chain.devices[static_cast<std::size_t>(l.device)].settings.listener);
            const auto row =
                std::find_if(rows.begin(), rows.end(), [&](const QVariant &r) { return r.toMap().value(QStringLiteral("name")) == name; });
            QVERIFY2(row != rows.end(), qPrintable(name));
            const QVariantMap cell = row->toMap().value(QStringLiteral("cells")).toList().at(static_cast<qsizetype>(v)).toMap();
            QCOMPARE(cell.value(QStringLiteral("verdict")).toString(), verdictKey(l.verdict));
            QCOMPARE(cell.value(QStringLiteral("maxSpl")).toString(), QStringLiteral("%1 dB SPL").arg(QLocale().toString(l.maxSpl, 'f', 1)));
            QCOMPARE(cell.value(QStringLiteral("headroom")).toString(), QStringLiteral("%1 dB").arg(QLocale().toString(l.headroomDb, 'f', 1)));
            QCOMPARE(cell.value(QStringLiteral("hiss")).toString(), QStringLiteral("%1 dB SPL").arg(QLocale().toString(l.hissSpl, 'f', 1)));
            QCOMPARE(cell.value(QStringLiteral("volume")).toString(),
                     QStringLiteral("%1 dB").arg(QLocale().toString(driverVolumeDb(chain, l), 'f', 1)));
            // The splitter box costs each listener level; the amp does not: the verdicts differ and are marked.
            QVERIFY(row->toMap().value(QStringLiteral("differences")).toStringList().contains(QStringLiteral("maxSpl")));
        }
    }
}

void TestProjectController::variantsSurviveSaveAndUndo()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(kPodcast)));
    const QByteArray original = serializeProject(project.currentChain());
    project.duplicateVariant();
    project.session()->removeDevice(QStringLiteral("phones4"));
    QCOMPARE(project.session()->undoText(), QStringLiteral("Delete Beyerdynamic DT 770 PRO (80 ohm)"));
    project.switchVariant(0);
    QCOMPARE(serializeProject(project.currentChain()), original); // the first variant never saw the edit
    QTemporaryDir dir;
    const QUrl url = QUrl::fromLocalFile(dir.filePath(QStringLiteral("two.headroom")));
    QVERIFY(project.saveAs(url));

    ProjectController reopened;
    QVERIFY(reopened.open(url));
    QCOMPARE(reopened.variantNames(), project.variantNames());
    QCOMPARE(reopened.currentVariant(), 0);
    reopened.switchVariant(1);
    QCOMPARE(reopened.session()->listeners()->rowCount(), 3);

    // Undo walks back through the switch, the edit and the copy, to the example as it was.
    QVERIFY(!project.removeVariant(5));
    QVERIFY(project.removeVariant(1));
    QCOMPARE(project.variantNames().size(), 1);
    QVERIFY(!project.removeVariant(0)); // never the last
    while (project.session()->canUndo())
        project.session()->undo();
    QCOMPARE(project.variantNames().size(), 1);
    QCOMPARE(serializeProject(project.currentChain()), original);
    QVERIFY(project.dirty()); // the saved file holds two variants
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
    if (qEnvironmentVariableIsSet("HEADROOM_TEST_EDIT_FOREVER"))
        editForever();
    TestProjectController test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_projectcontroller.moc"
