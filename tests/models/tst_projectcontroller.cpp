// The project controller as QML uses it: every edit undoable by id, live re-analysis, models that pass
// QAbstractItemModelTester, signals QML binds to.

#include "projectcontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

class TestProjectController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
        QFile::remove(ProjectController::autosavePath());
    }
    void modelsAreValid();
    void addConnectUndoRedo();
    void refusedConnectionSaysWhy();
    void deleteRestoresCables();
    void moveKeepsRowsAndMerges();
    void settingsChangeTheVerdict();
    void openSaveRoundTrip();
    void badFileReportsError();
    void duplicateCopiesSettings();
    void recentFilesAndExamples();
    void autosaveAndRecovery();
    void deviceSettingsAndSpecRows();
};

void TestProjectController::modelsAreValid()
{
    ProjectController project;
    QAbstractItemModelTester devices(project.devices(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester connections(project.connections(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findings(project.findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listeners(project.listeners(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom"))));
    QCOMPARE(project.devices()->rowCount(), 6);
    QCOMPARE(project.connections()->rowCount(), 5);
    QCOMPARE(project.listeners()->rowCount(), 2);
    QVERIFY(project.findings()->rowCount() > 0);
    project.moveDevice(QStringLiteral("m50x"), 40, 40);
    project.undo();
    project.newProject();
    QCOMPARE(project.devices()->rowCount(), 0);
}

void TestProjectController::addConnectUndoRedo()
{
    ProjectController project;
    QSignalSpy changed(&project, &ProjectController::changed);
    QSignalSpy undoState(&project, &ProjectController::undoStateChanged);
    const QString iface = project.addGear(QStringLiteral("focusrite-scarlett-2i2-4th-gen"), 0, 0);
    const QString phones = project.addGear(QStringLiteral("beyerdynamic-dt-990-pro-250"), 300, 0);
    QCOMPARE(iface, QStringLiteral("scarlett-2i2"));
    QVERIFY(!phones.isEmpty());
    QVERIFY(project.dirty());
    QVERIFY(project.connectPorts(iface, QStringLiteral("hp1"), phones, QStringLiteral("in")));
    QCOMPARE(project.connections()->rowCount(), 1);
    QCOMPARE(project.listeners()->data(project.listeners()->index(0), ListenerListModel::VerdictRole).toString(), QStringLiteral("marginal"));
    QVERIFY(changed.count() >= 3);
    QVERIFY(undoState.count() >= 3);

    project.undo(); // the cable
    QCOMPARE(project.connections()->rowCount(), 0);
    QCOMPARE(project.listeners()->data(project.listeners()->index(0), ListenerListModel::VerdictRole).toString(), QStringLiteral("not-connected"));
    project.undo(); // the headphones
    QCOMPARE(project.devices()->rowCount(), 1);
    project.redo();
    project.redo();
    QCOMPARE(project.devices()->rowCount(), 2);
    QCOMPARE(project.connections()->rowCount(), 1);
}

void TestProjectController::refusedConnectionSaysWhy()
{
    ProjectController project;
    const QString mic = project.addGear(QStringLiteral("shure-sm7b"), 0, 0);
    const QString phones = project.addGear(QStringLiteral("sennheiser-hd-600"), 300, 0);
    QSignalSpy error(&project, &ProjectController::errorChanged);
    QVERIFY(!project.connectPorts(phones, QStringLiteral("in"), mic, QStringLiteral("out"))); // input to output
    QCOMPARE(error.count(), 1);
    QVERIFY(!project.lastError().isEmpty());
    QCOMPARE(project.connections()->rowCount(), 0);
    const QVariantMap check = project.checkConnection(mic, QStringLiteral("out"), phones, QStringLiteral("in"));
    QVERIFY(!check.value(QStringLiteral("refused")).toBool());
    QVERIFY(check.value(QStringLiteral("reason")).toString().contains(u"too low")); // mic level into headphones
    QVERIFY(check.value(QStringLiteral("needsAdapter")).toBool());                   // XLR into a 6.35 mm jack
}

void TestProjectController::deleteRestoresCables()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom"))));
    project.removeDevice(QStringLiteral("split"));
    QCOMPARE(project.devices()->rowCount(), 5);
    QCOMPARE(project.connections()->rowCount(), 2); // the splitter's three cables went with it
    project.undo();
    QCOMPARE(project.devices()->rowCount(), 6);
    QCOMPARE(project.connections()->rowCount(), 5);
    QCOMPARE(project.devices()->indexOf(QStringLiteral("split")), 3); // back in its place
}

void TestProjectController::moveKeepsRowsAndMerges()
{
    ProjectController project;
    const QString id = project.addKind(QStringLiteral("player"), 0, 0);
    QSignalSpy reset(project.devices(), &QAbstractItemModel::modelReset);
    QSignalSpy data(project.devices(), &QAbstractItemModel::dataChanged);
    project.moveDevice(id, 20, 0);
    project.moveDevice(id, 40, 0);
    project.moveDevice(id, 60, 20);
    QCOMPARE(reset.count(), 0); // delegates survive a drag
    QCOMPARE(data.count(), 3);
    QCOMPARE(project.devices()->data(project.devices()->index(0), DeviceListModel::XRole).toDouble(), 60.0);
    project.undo(); // one step for the whole drag
    QCOMPARE(project.devices()->data(project.devices()->index(0), DeviceListModel::XRole).toDouble(), 0.0);
}

void TestProjectController::settingsChangeTheVerdict()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/07-condenser-phantom-off.headroom"))));
    const auto hasPhantomOff = [&] {
        for (int r = 0; r < project.findings()->rowCount(); ++r)
            if (project.findings()->data(project.findings()->index(r), FindingListModel::CodeRole).toString() == u"phantom-off")
                return true;
        return false;
    };
    QVERIFY(hasPhantomOff());
    project.setPortSetting(QStringLiteral("scarlett"), QStringLiteral("in1"), QStringLiteral("phantom"), true);
    QVERIFY(!hasPhantomOff());
    QCOMPARE(project.portSetting(QStringLiteral("scarlett"), QStringLiteral("in1"), QStringLiteral("phantom")).toBool(), true);
    project.undo();
    QVERIFY(hasPhantomOff());
}

void TestProjectController::openSaveRoundTrip()
{
    QTemporaryDir dir;
    ProjectController project;
    QSignalSpy clean(&project, &ProjectController::cleanChanged);
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/01-interface-studio-headphones.headroom"))));
    project.moveDevice(QStringLiteral("m50x"), 1000, 40);
    QVERIFY(project.dirty());
    const QUrl target = QUrl::fromLocalFile(dir.filePath(QStringLiteral("copy")));
    QVERIFY(project.saveAs(target));
    QVERIFY(!project.dirty());
    QVERIFY(project.fileUrl().toLocalFile().endsWith(u"copy.headroom"));
    ProjectController again;
    QVERIFY(again.open(project.fileUrl()));
    QCOMPARE(again.devices()->data(again.devices()->index(again.devices()->indexOf(QStringLiteral("m50x"))), DeviceListModel::XRole).toDouble(), 1000.0);
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
    project.addKind(QStringLiteral("player"), 0, 0);
    QVERIFY(!project.open(QUrl::fromLocalFile(bad.fileName())));
    QVERIFY(project.lastError().contains(u"bad.headroom"));
    QCOMPARE(project.devices()->rowCount(), 1); // the open project is untouched
}

void TestProjectController::duplicateCopiesSettings()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/08-double-amping.headroom"))));
    const QString copy = project.duplicateDevice(QStringLiteral("magni"));
    QCOMPARE(copy, QStringLiteral("magni-2"));
    QCOMPARE(project.portSetting(copy, QStringLiteral("out1"), QStringLiteral("volumeDb")).toDouble(), -10.0);
    project.undo();
    QCOMPARE(project.devices()->indexOf(copy), -1);
}

void TestProjectController::recentFilesAndExamples()
{
    QTemporaryDir dir;
    ProjectController project;
    project.addKind(QStringLiteral("player"), 0, 0);
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
        crashed.addKind(QStringLiteral("player"), 0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ProjectController::autosavePath()), 5000); // written shortly after the edit
        // Simulate a crash: the process ends with unsaved work; the destructor keeps it for recovery.
    }
    QVERIFY(QFile::exists(ProjectController::autosavePath()));
    ProjectController next;
    QVERIFY(next.recoveryAvailable());
    QVERIFY(next.recover());
    QCOMPARE(next.devices()->rowCount(), 1);
    QVERIFY(next.dirty());
    QVERIFY(!next.recoveryAvailable());
    next.discardRecovery();
    next.undo(); // back to an empty, clean project: nothing left to recover on exit
}

void TestProjectController::deviceSettingsAndSpecRows()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/02-interface-250-ohm-headphones.headroom"))));
    const auto verdict = [&] { return project.listeners()->data(project.listeners()->index(0), ListenerListModel::VerdictRole).toString(); };
    QCOMPARE(verdict(), QStringLiteral("marginal"));
    project.setDeviceSetting(QStringLiteral("dt990"), QStringLiteral("targetPeakSplDb"), 105); // compressed pop
    QCOMPARE(verdict(), QStringLiteral("ok"));
    project.undo();
    QCOMPARE(verdict(), QStringLiteral("marginal"));
    project.setDeviceSetting(QStringLiteral("dt990"), QStringLiteral("listener"), QStringLiteral("Ana"));
    QCOMPARE(project.listeners()->data(project.listeners()->index(0), ListenerListModel::NameRole).toString(), QStringLiteral("Ana"));

    const QVariantList rows = project.specRows(QStringLiteral("dt990"));
    const auto row = [&](const QString &label) {
        for (const QVariant &r : rows)
            if (r.toMap().value(QStringLiteral("label")).toString() == label)
                return r.toMap();
        return QVariantMap{};
    };
    QCOMPARE(row(QStringLiteral("Nominal impedance")).value(QStringLiteral("value")).toString(), QStringLiteral("250 \u03a9"));
    QVERIFY(row(QStringLiteral("Nominal impedance")).value(QStringLiteral("url")).toString().startsWith(u"https://"));
    QCOMPARE(row(QStringLiteral("Maximum input power")).value(QStringLiteral("value")).toString(), QStringLiteral("unknown")); // no typical value
    QCOMPARE(row(QStringLiteral("Plug")).value(QStringLiteral("value")).toString(), QStringLiteral("3.5 mm TRS"));
}

QTEST_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"
