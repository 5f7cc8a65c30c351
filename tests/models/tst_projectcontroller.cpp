// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The project controller as QML uses it: every edit undoable by id, live re-analysis, models that pass
// QAbstractItemModelTester, signals QML binds to.

#include "chainedit.h"
#include "crashtest.h"
#include "gearsearchmodel.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "report.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGuiApplication>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

namespace {

const QString kPodcast = QStringLiteral(HEADROOM_SOURCE_DIR "/examples/04-podcast-distribution-amp.headroom");
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
    void killedAutosaveLeavesAWholeFile();
    void deviceSettingsAndSpecRows();
    void inspectorRowsComeFromTheSettingsTable();
    void selectionAndTabOrder();
    void copyPasteKeepsInnerCables();
    void cutPasteAndDeleteSelection();
    void nudgeIsOneStep();
    void autoArrangeFollowsSignalFlow();
    void replaceKeepsCablesThatFit();
    void replaceAcrossKinds();
    void adapterInsertedBetween();
    void undoTextsNameWhatPeopleSee();
    void catalogChangesOfferedAndTaken();
    void reportWithPartsList();
    void variantsSideBySide();
    void variantsSurviveSaveAndUndo();
};

namespace {

const QUrl kSplitterExample = QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom"));

QPointF position(ProjectController &project, const QString &id)
{
    const QModelIndex row = project.session()->devices()->index(project.session()->devices()->indexOf(id));
    return {project.session()->devices()->data(row, DeviceListModel::XRole).toDouble(),
            project.session()->devices()->data(row, DeviceListModel::YRole).toDouble()};
}

/// No two devices overlap, drawn as the canvas does without a view: 200 wide, 66 + 30 per port row + 8 high.
bool noOverlaps(const Chain &chain)
{
    const auto rect = [](const Device &d) {
        const auto inputs = std::count_if(d.ports.begin(), d.ports.end(), [](const PortSpec &p) { return p.direction == Direction::In; });
        const auto rows = std::max<qsizetype>({inputs, static_cast<qsizetype>(d.ports.size()) - inputs, 1});
        return QRectF(d.x, d.y, 200, 66 + 30 * static_cast<double>(rows) + 8);
    };
    for (std::size_t i = 0; i < chain.devices.size(); ++i)
        for (std::size_t j = i + 1; j < chain.devices.size(); ++j)
            if (rect(chain.devices[i]).intersects(rect(chain.devices[j])))
                return false;
    return true;
}

bool connected(const ProjectController &project, const QString &from, const QString &to)
{
    const auto &cables = project.currentChain().connections;
    return std::any_of(cables.begin(), cables.end(), [&](const Connection &c) { return c.from.toString() == from && c.to.toString() == to; });
}

} // namespace

void TestProjectController::modelsAreValid()
{
    ProjectController project;
    QAbstractItemModelTester devices(project.session()->devices(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester connections(project.session()->connections(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findings(project.session()->findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listeners(project.session()->listeners(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom"))));
    QCOMPARE(project.session()->devices()->rowCount(), 6);
    QCOMPARE(project.session()->connections()->rowCount(), 5);
    QCOMPARE(project.session()->listeners()->rowCount(), 2);
    QVERIFY(project.session()->findings()->rowCount() > 0);
    project.session()->moveDevice(QStringLiteral("m50x"), 40, 40);
    project.session()->undo();
    project.newProject();
    QCOMPARE(project.session()->devices()->rowCount(), 0);
}

void TestProjectController::addConnectUndoRedo()
{
    ProjectController project;
    QSignalSpy changed(&project, &ProjectController::changed);
    QSignalSpy undoState(project.session(), &EditSession::undoStateChanged);
    const QString iface = project.session()->addGear(QStringLiteral("focusrite-scarlett-2i2-4th-gen"), 0, 0);
    const QString phones = project.session()->addGear(QStringLiteral("beyerdynamic-dt-990-pro-250"), 300, 0);
    QCOMPARE(iface, QStringLiteral("scarlett-2i2"));
    QVERIFY(!phones.isEmpty());
    QVERIFY(project.dirty());
    QVERIFY(project.session()->connectPorts(iface, QStringLiteral("hp1"), phones, QStringLiteral("in")));
    QCOMPARE(project.session()->connections()->rowCount(), 1);
    QCOMPARE(project.session()->listeners()->data(project.session()->listeners()->index(0), ListenerListModel::VerdictRole).toString(),
             QStringLiteral("marginal"));
    QVERIFY(changed.count() >= 3);
    QVERIFY(undoState.count() >= 3);

    project.session()->undo(); // the cable
    QCOMPARE(project.session()->connections()->rowCount(), 0);
    QCOMPARE(project.session()->listeners()->data(project.session()->listeners()->index(0), ListenerListModel::VerdictRole).toString(),
             QStringLiteral("not-connected"));
    project.session()->undo(); // the headphones
    QCOMPARE(project.session()->devices()->rowCount(), 1);
    project.session()->redo();
    project.session()->redo();
    QCOMPARE(project.session()->devices()->rowCount(), 2);
    QCOMPARE(project.session()->connections()->rowCount(), 1);
}

void TestProjectController::refusedConnectionSaysWhy()
{
    ProjectController project;
    const QString mic = project.session()->addGear(QStringLiteral("shure-sm7b"), 0, 0);
    const QString phones = project.session()->addGear(QStringLiteral("sennheiser-hd-600"), 300, 0);
    QSignalSpy error(&project, &ProjectController::errorChanged);
    QVERIFY(!project.session()->connectPorts(phones, QStringLiteral("in"), mic, QStringLiteral("out"))); // input to output
    QCOMPARE(error.count(), 1);
    QVERIFY(!project.lastError().isEmpty());
    QCOMPARE(project.session()->connections()->rowCount(), 0);
    const QVariantMap check = project.session()->checkConnection(mic, QStringLiteral("out"), phones, QStringLiteral("in"));
    QVERIFY(!check.value(QStringLiteral("refused")).toBool());
    QVERIFY(check.value(QStringLiteral("reason")).toString().contains(u"too low")); // mic level into headphones
    QVERIFY(check.value(QStringLiteral("needsAdapter")).toBool());                  // XLR into a 6.35 mm jack
}

void TestProjectController::deleteRestoresCables()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom"))));
    project.session()->removeDevice(QStringLiteral("split"));
    QCOMPARE(project.session()->devices()->rowCount(), 5);
    QCOMPARE(project.session()->connections()->rowCount(), 2); // the splitter's three cables went with it
    project.session()->undo();
    QCOMPARE(project.session()->devices()->rowCount(), 6);
    QCOMPARE(project.session()->connections()->rowCount(), 5);
    QCOMPARE(project.session()->devices()->indexOf(QStringLiteral("split")), 3); // back in its place
}

void TestProjectController::moveKeepsRowsAndMerges()
{
    ProjectController project;
    const QString id = project.session()->addKind(QStringLiteral("player"), 0, 0);
    QSignalSpy reset(project.session()->devices(), &QAbstractItemModel::modelReset);
    QSignalSpy data(project.session()->devices(), &QAbstractItemModel::dataChanged);
    project.session()->moveDevice(id, 20, 0);
    project.session()->moveDevice(id, 40, 0);
    project.session()->moveDevice(id, 60, 20);
    QCOMPARE(reset.count(), 0); // delegates survive a drag
    QCOMPARE(data.count(), 3);
    QCOMPARE(project.session()->devices()->data(project.session()->devices()->index(0), DeviceListModel::XRole).toDouble(), 60.0);
    project.session()->undo(); // one step for the whole drag
    QCOMPARE(project.session()->devices()->data(project.session()->devices()->index(0), DeviceListModel::XRole).toDouble(), 0.0);
}

void TestProjectController::settingsChangeTheVerdict()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/07-condenser-phantom-off.headroom"))));
    const auto hasPhantomOff = [&] {
        for (int r = 0; r < project.session()->findings()->rowCount(); ++r)
            if (project.session()->findings()->data(project.session()->findings()->index(r), FindingListModel::CodeRole).toString() == u"phantom-off")
                return true;
        return false;
    };
    QVERIFY(hasPhantomOff());
    project.session()->setSetting(QStringLiteral("scarlett"), QStringLiteral("in1"), QStringLiteral("phantom"), true);
    QVERIFY(!hasPhantomOff());
    QCOMPARE(project.session()->setting(QStringLiteral("scarlett"), QStringLiteral("in1"), QStringLiteral("phantom")).toBool(), true);
    project.session()->undo();
    QVERIFY(hasPhantomOff());
}

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

void TestProjectController::duplicateCopiesSettings()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/08-double-amping.headroom"))));
    project.session()->select(QStringLiteral("magni"));
    project.session()->duplicateSelection();
    const QString copy = project.session()->currentDevice();
    QCOMPARE(copy, QStringLiteral("magni-2"));
    QCOMPARE(project.session()->setting(copy, QStringLiteral("out1"), QStringLiteral("volumeDb")).toDouble(), -10.0);
    project.session()->undo();
    QCOMPARE(project.session()->devices()->indexOf(copy), -1);
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

void TestProjectController::inspectorRowsComeFromTheSettingsTable()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/04-podcast-distribution-amp.headroom"))));
    DeviceSettingsModel *model = project.session()->settings();
    QCOMPARE(model->rowCount(), 0); // nothing selected
    const auto rows = [model] {
        QStringList keys;
        for (int r = 0; r < model->rowCount(); ++r)
            keys << model->data(model->index(r), DeviceSettingsModel::PortRole).toString() + u':'
                    + model->data(model->index(r), DeviceSettingsModel::KeyRole).toString();
        return keys;
    };
    const auto row = [&](const QString &portAndKey) { return static_cast<int>(rows().indexOf(portAndKey)); };
    const auto value = [&](const QString &portAndKey, int role) { return model->data(model->index(row(portAndKey)), role); };

    // The interface: gain, 48 V and Hi-Z on each combo input, volume on the line and headphone outputs (not on USB),
    // direct monitoring; the gain unset shows the one the engine applies, within the product's range.
    project.session()->select(QStringLiteral("scarlett"));
    QCOMPARE(rows(),
             QStringList({u"in1:gainDb"_qs, u"in1:phantom"_qs, u"in1:hiZ"_qs, u"in2:gainDb"_qs, u"in2:phantom"_qs, u"in2:hiZ"_qs,
                          u"line_out1:volumeDb"_qs, u"hp1:volumeDb"_qs, u":directMonitor"_qs}));
    QVERIFY(value(u"in1:gainDb"_qs, DeviceSettingsModel::AutomaticRole).toBool());
    const double applied = value(u"in1:gainDb"_qs, DeviceSettingsModel::ValueRole).toDouble();
    const int scarlett = project.currentChain().indexOf(u"scarlett");
    QCOMPARE(
        applied,
        *analyze(project.currentChain()).port(scarlett, project.currentChain().devices[static_cast<std::size_t>(scarlett)].portIndex(u"in1")).gainDb);
    QCOMPARE(value(u"in1:gainDb"_qs, DeviceSettingsModel::ToRole).toDouble(), 69.0); // the published 69 dB range from a typical 0 dB
    QVERIFY(value(u"in1:gainDb"_qs, DeviceSettingsModel::GroupStartRole).toBool());
    QVERIFY(!value(u"in1:phantom"_qs, DeviceSettingsModel::GroupStartRole).toBool());

    // An edit through the inspector's row is one undo step; undo brings the row back to automatic.
    model->edit(row(u"in1:gainDb"_qs), 40);
    QCOMPARE(project.session()->setting(u"scarlett"_qs, u"in1"_qs, u"gainDb"_qs).toDouble(), 40.0);
    QVERIFY(!value(u"in1:gainDb"_qs, DeviceSettingsModel::AutomaticRole).toBool());
    QCOMPARE(value(u"in1:gainDb"_qs, DeviceSettingsModel::ValueRole).toDouble(), 40.0);
    project.session()->undo();
    QVERIFY(value(u"in1:gainDb"_qs, DeviceSettingsModel::AutomaticRole).toBool());
    QCOMPARE(value(u"in1:gainDb"_qs, DeviceSettingsModel::ValueRole).toDouble(), applied);

    // A voice: its distance shown in centimetres and stored in metres; a distance the file would refuse is refused
    // here too, with the reason, and nothing changes.
    project.session()->select(QStringLiteral("host1"));
    QCOMPARE(value(u":distanceM"_qs, DeviceSettingsModel::UnitRole).toString(), u"cm"_qs);
    QCOMPARE(value(u":distanceM"_qs, DeviceSettingsModel::ValueRole).toDouble(), 7.6);
    model->edit(row(u":distanceM"_qs), 15);
    QCOMPARE(project.session()->setting(u"host1"_qs, {}, u"distanceM"_qs).toDouble(), 0.15);
    const QString lastStep = project.session()->undoText();
    project.session()->setSetting(u"host1"_qs, {}, u"distanceM"_qs, 0.0);
    QCOMPARE(project.session()->setting(u"host1"_qs, {}, u"distanceM"_qs).toDouble(), 0.15);
    QCOMPARE(project.session()->undoText(), lastStep);
    QVERIFY2(project.lastError().contains(u"0 is outside 0.005…10 m"), qPrintable(project.lastError()));
    QCOMPARE(value(u":splDb"_qs, DeviceSettingsModel::ValueRole).toDouble(), kDefaultSourceSplDb); // unset: speech at 74 dB SPL
}

void TestProjectController::deviceSettingsAndSpecRows()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/02-interface-250-ohm-headphones.headroom"))));
    const auto verdict = [&] {
        return project.session()->listeners()->data(project.session()->listeners()->index(0), ListenerListModel::VerdictRole).toString();
    };
    QCOMPARE(verdict(), QStringLiteral("marginal"));
    project.session()->setSetting(QStringLiteral("dt990"), QString(), QStringLiteral("targetPeakSplDb"), 105); // compressed pop
    QCOMPARE(verdict(), QStringLiteral("ok"));
    project.session()->undo();
    QCOMPARE(verdict(), QStringLiteral("marginal"));
    project.session()->setSetting(QStringLiteral("dt990"), QString(), QStringLiteral("listener"), QStringLiteral("Ana"));
    QCOMPARE(project.session()->listeners()->data(project.session()->listeners()->index(0), ListenerListModel::NameRole).toString(),
             QStringLiteral("Ana"));

    const QVariantList rows = project.session()->specRows(QStringLiteral("dt990"));
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

void TestProjectController::selectionAndTabOrder()
{
    ProjectController project;
    QVERIFY(project.open(kSplitterExample));
    QSignalSpy selection(project.session(), &EditSession::selectionChanged);
    project.session()->select(QStringLiteral("m50x"));
    project.session()->select(QStringLiteral("dt770"), true);
    QCOMPARE(project.session()->selection(), QStringList({QStringLiteral("m50x"), QStringLiteral("dt770")}));
    QCOMPARE(project.session()->currentDevice(), QStringLiteral("dt770"));
    project.session()->select(QStringLiteral("m50x"), true); // toggled out
    QCOMPARE(project.session()->selection(), QStringList{QStringLiteral("dt770")});
    QCOMPARE(selection.count(), 3);
    project.session()->setSelection({QStringLiteral("ghost"), QStringLiteral("split"), QStringLiteral("split")});
    QCOMPARE(project.session()->selection(), QStringList{QStringLiteral("split")}); // unknown ids and repeats dropped
    project.session()->selectAll();
    QCOMPARE(project.session()->selection().size(), 6);
    project.session()->select(QString());
    QVERIFY(project.session()->selection().isEmpty());

    // Tab walks left to right (then top to bottom) and wraps; Shift+Tab walks back.
    QStringList walked;
    for (int i = 0; i < 7; ++i) {
        project.session()->selectNext();
        walked << project.session()->currentDevice();
    }
    QCOMPARE(walked.first(), walked.last());
    for (int i = 1; i < 6; ++i)
        QVERIFY2(position(project, walked[i - 1]).x() <= position(project, walked[i]).x(), qPrintable(walked.join(u' ')));
    project.session()->selectNext(true);
    QCOMPARE(project.session()->currentDevice(), walked[5]);

    // A deleted device leaves the selection; undo does not bring the selection back.
    project.session()->select(QStringLiteral("split"));
    project.session()->removeDevice(QStringLiteral("split"));
    QVERIFY(project.session()->selection().isEmpty());
}

void TestProjectController::copyPasteKeepsInnerCables()
{
    ProjectController project;
    QVERIFY(project.open(kSplitterExample));
    QVERIFY(!project.session()->canPaste() || QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("application/x-headroom")));
    project.session()->setSelection({QStringLiteral("split"), QStringLiteral("m50x"), QStringLiteral("dt770")});
    QSignalSpy clipboard(project.session(), &EditSession::clipboardChanged);
    project.session()->copySelection();
    QVERIFY(clipboard.count() >= 1);
    QVERIFY(project.session()->canPaste());
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"\"connections\""));

    QSignalSpy changed(&project, &ProjectController::changed);
    QVERIFY(project.session()->paste());
    QCOMPARE(changed.count(), 1); // one analysis for the whole paste
    QCOMPARE(project.session()->devices()->rowCount(), 9);
    QCOMPARE(project.session()->connections()->rowCount(), 7); // the two splitter cables came along, the one into it did not
    QCOMPARE(project.session()->selection(), QStringList({QStringLiteral("split-2"), QStringLiteral("m50x-2"), QStringLiteral("dt770-2")}));
    QVERIFY(connected(project, QStringLiteral("split-2.out1"), QStringLiteral("m50x-2.in")));
    // The copy moves as one block (its layout kept) on to ground where it covers nothing.
    const QPointF shift = position(project, QStringLiteral("m50x-2")) - position(project, QStringLiteral("m50x"));
    QVERIFY(shift != QPointF());
    QCOMPARE(position(project, QStringLiteral("dt770-2")) - position(project, QStringLiteral("dt770")), shift);
    QVERIFY(noOverlaps(project.currentChain()));
    QVERIFY(project.session()->paste()); // a second paste lands elsewhere again
    QVERIFY(position(project, QStringLiteral("m50x-3")) != position(project, QStringLiteral("m50x-2")));
    QVERIFY(noOverlaps(project.currentChain()));
    project.session()->undo();
    project.session()->undo();
    QCOMPARE(project.session()->devices()->rowCount(), 6);
    QCOMPARE(project.session()->connections()->rowCount(), 5);

    // Something else on the clipboard is not pasted; a damaged fragment is refused with a message.
    QGuiApplication::clipboard()->setText(QStringLiteral("hello"));
    QVERIFY(!project.session()->canPaste());
    QVERIFY(!project.session()->paste());
    auto *bad = new QMimeData;
    bad->setData(QStringLiteral("application/x-headroom"), "{\"format\": \"headroom\", \"devices\": 3}");
    QGuiApplication::clipboard()->setMimeData(bad);
    QSignalSpy error(&project, &ProjectController::errorChanged);
    QVERIFY(!project.session()->paste());
    QCOMPARE(error.count(), 1);
    QCOMPARE(project.session()->devices()->rowCount(), 6);
}

void TestProjectController::cutPasteAndDeleteSelection()
{
    ProjectController project;
    QVERIFY(project.open(kSplitterExample));
    const QPointF where = position(project, QStringLiteral("m50x"));
    project.session()->setSelection({QStringLiteral("m50x"), QStringLiteral("dt770")});
    project.session()->cutSelection();
    QCOMPARE(project.session()->devices()->rowCount(), 4);
    QVERIFY(project.session()->paste()); // back where they were, under their own ids
    QCOMPARE(position(project, QStringLiteral("m50x")), where);
    project.session()->setSelection({QStringLiteral("m50x"), QStringLiteral("dt770"), QStringLiteral("split")});
    project.session()->removeSelection();
    QCOMPARE(project.session()->devices()->rowCount(), 3);
    QCOMPARE(project.session()->undoText(), QStringLiteral("Delete 3 devices"));
    project.session()->undo(); // one step brings all three and their cables back
    QCOMPARE(project.session()->devices()->rowCount(), 6);
    QCOMPARE(project.session()->connections()->rowCount(), 3); // the cut cables into the headphones went with the cut
}

void TestProjectController::nudgeIsOneStep()
{
    ProjectController project;
    QVERIFY(project.open(kSplitterExample));
    const QPointF a = position(project, QStringLiteral("m50x"));
    const QPointF b = position(project, QStringLiteral("dt770"));
    project.session()->setSelection({QStringLiteral("m50x"), QStringLiteral("dt770")});
    project.session()->moveSelection(20, -20);
    QCOMPARE(position(project, QStringLiteral("m50x")), a + QPointF(20, -20));
    QCOMPARE(position(project, QStringLiteral("dt770")), b + QPointF(20, -20));
    project.session()->undo();
    QCOMPARE(position(project, QStringLiteral("m50x")), a);
    QCOMPARE(position(project, QStringLiteral("dt770")), b);
}

void TestProjectController::autoArrangeFollowsSignalFlow()
{
    ProjectController project;
    QVERIFY(project.open(kSplitterExample));
    // Scramble: every device at the same spot.
    project.session()->selectAll();
    for (const Device &d : project.currentChain().devices)
        project.session()->moveDevice(d.id, 0, 0);
    project.session()->autoArrange({{QStringLiteral("scarlett"), QVariantMap{{QStringLiteral("width"), 240}, {QStringLiteral("height"), 200}}}});
    for (const Connection &c : project.currentChain().connections)
        QVERIFY2(position(project, c.from.device).x() < position(project, c.to.device).x(),
                 qPrintable(c.from.toString() + QStringLiteral(" → ") + c.to.toString()));
    // The wide interface pushes the next column: 0 + 240 + 100.
    QCOMPARE(position(project, QStringLiteral("adapter")).x() - position(project, QStringLiteral("scarlett")).x(), 340.0);
    QCOMPARE(project.session()->undoText(), QStringLiteral("Arrange by signal flow"));
    project.session()->undo();
    QCOMPARE(position(project, QStringLiteral("adapter")), QPointF(0, 0));
}

void TestProjectController::replaceKeepsCablesThatFit()
{
    ProjectController project;
    QVERIFY(project.open(kSplitterExample));
    const double before = project.session()->listeners()->data(project.session()->listeners()->index(0), ListenerListModel::MaxSplRole).toDouble();
    // Headphones for headphones: the cable stays, the listener's figures change.
    QVERIFY(project.session()->replaceDevice(QStringLiteral("m50x"), QStringLiteral("sennheiser-hd-600")));
    QVERIFY(connected(project, QStringLiteral("split.out1"), QStringLiteral("m50x.in")));
    QCOMPARE(project.currentChain().device(u"m50x")->catalogId, QStringLiteral("sennheiser-hd-600"));
    QVERIFY(project.session()->listeners()->data(project.session()->listeners()->index(0), ListenerListModel::MaxSplRole).toDouble() != before);
    // A microphone takes no headphone cable: it goes, undo brings it back.
    QVERIFY(project.session()->replaceDevice(QStringLiteral("dt770"), QStringLiteral("shure-sm58")));
    QVERIFY(!connected(project, QStringLiteral("split.out2"), QStringLiteral("dt770.in")));
    project.session()->undo();
    QVERIFY(connected(project, QStringLiteral("split.out2"), QStringLiteral("dt770.in")));
    QCOMPARE(project.currentChain().device(u"dt770")->catalogId, QStringLiteral("beyerdynamic-dt-770-pro-80"));
    QSignalSpy error(&project, &ProjectController::errorChanged);
    QVERIFY(!project.session()->replaceDevice(QStringLiteral("m50x"), QStringLiteral("no-such-product")));
    QCOMPARE(error.count(), 1);
}

void TestProjectController::replaceAcrossKinds()
{
    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/08-double-amping.headroom"))));
    // The picker for the Magni offers products of any kind that take its two cables.
    GearSearchModel picker;
    picker.setProject(&project);
    picker.setReplacing(QStringLiteral("magni"));
    QStringList offered;
    for (int row = 0; row < picker.rowCount(); ++row)
        offered << picker.data(picker.index(row), GearSearchModel::GearIdRole).toString();
    QVERIFY2(offered.contains(QStringLiteral("generic-y-splitter-3-5mm-1x2")), qPrintable(offered.join(u' ')));
    QVERIFY(offered.contains(QStringLiteral("topping-l30")));
    QVERIFY(!offered.contains(QStringLiteral("sennheiser-hd-600"))); // no output for the listener's cable
    QVERIFY(!offered.contains(QStringLiteral("shure-sm58")));
    picker.setText(QStringLiteral("sm58"));
    QCOMPARE(picker.rowCount(), 0);

    // The amplifier becomes a splitter and keeps both cables.
    QVERIFY(project.session()->replaceDevice(QStringLiteral("magni"), QStringLiteral("generic-y-splitter-3-5mm-1x2")));
    QCOMPARE(project.currentChain().device(u"magni")->spec.kind(), DeviceKind::Splitter);
    QVERIFY(connected(project, QStringLiteral("cable.out"), QStringLiteral("magni.in")));
    QVERIFY(connected(project, QStringLiteral("magni.out1"), QStringLiteral("hd600.in")));
    QCOMPARE(project.session()->connections()->rowCount(), 4);
}

void TestProjectController::adapterInsertedBetween()
{
    ProjectController project;
    const QString iface = project.session()->addGear(QStringLiteral("focusrite-scarlett-2i2-4th-gen"), 0, 0);
    const QString phones = project.session()->addGear(QStringLiteral("audio-technica-ath-m50x"), 400, 100);
    const QVariantMap check = project.session()->checkConnection(iface, QStringLiteral("hp1"), phones, QStringLiteral("in"));
    QVERIFY(check.value(QStringLiteral("needsAdapter")).toBool());
    QVERIFY(project.session()->connectThroughAdapter(iface, QStringLiteral("hp1"), phones, QStringLiteral("in")));
    const Device *adapter = project.currentChain().device(u"adapter");
    QVERIFY(adapter);
    QCOMPARE(adapter->catalogId, QStringLiteral("generic-adapter-6-35mm-jack-to-3-5mm"));
    // Between the two: right of the interface (200 wide as the canvas draws it here), level with the headphones;
    // the 150-unit gap is too narrow, so the headphones moved right to make room, a cable's lane on each side.
    const Device *moved = project.currentChain().device(phones);
    QCOMPARE(adapter->y, moved->y);
    QVERIFY(adapter->x >= 200 + kCableLane);
    QVERIFY(adapter->x + 200 + kCableLane <= moved->x);
    QVERIFY(noOverlaps(project.currentChain()));
    QVERIFY(connected(project, iface + QStringLiteral(".hp1"), QStringLiteral("adapter.in")));
    QVERIFY(connected(project, QStringLiteral("adapter.out"), phones + QStringLiteral(".in")));
    project.session()->undo(); // adapter and both cables in one step
    QCOMPARE(project.session()->devices()->rowCount(), 2);
    QCOMPARE(project.session()->connections()->rowCount(), 0);
}

void TestProjectController::undoTextsNameWhatPeopleSee()
{
    ProjectController project;
    const QString computer = project.session()->addKind(QStringLiteral("player"), 0, 0);
    const QString iface = project.session()->addGear(QStringLiteral("focusrite-scarlett-2i2-4th-gen"), 300, 0);
    const QString phones = project.session()->addGear(QStringLiteral("audio-technica-ath-m50x"), 600, 0);
    const QString ifaceName = project.currentChain().device(iface)->name();
    const QString computerName = project.currentChain().device(computer)->name();
    const auto saysNamesNotIds = [&](const QStringList &names) {
        const QString text = project.session()->undoText();
        for (const QString &name : names)
            QVERIFY2(text.contains(name), qPrintable(text + QStringLiteral(" lacks ") + name));
        for (const QString &id : {QStringLiteral("scarlett-2i2."), QStringLiteral(".in1"), QStringLiteral("gainDb"), QStringLiteral(".hp1")})
            QVERIFY2(!text.contains(id), qPrintable(text));
    };

    QVERIFY(project.session()->connectPorts(computer, QStringLiteral("usb"), iface, QStringLiteral("usb")));
    saysNamesNotIds({QStringLiteral("Connect"), computerName, ifaceName, QStringLiteral("USB playback")});
    project.session()->setSetting(iface, QStringLiteral("in1"), QStringLiteral("gainDb"), 30);
    QCOMPARE(project.session()->undoText(), QStringLiteral("Change Gain of %1 input 1").arg(ifaceName));
    saysNamesNotIds({});
    project.session()->setSetting(phones, QString(), QStringLiteral("targetPeakSplDb"), 105);
    QCOMPARE(project.session()->undoText(), QStringLiteral("Change Peak target of Audio-Technica ATH-M50x"));
    QVERIFY(project.session()->connectThroughAdapter(iface, QStringLiteral("hp1"), phones, QStringLiteral("in")));
    saysNamesNotIds({ifaceName + QStringLiteral(" headphone output 1"), QStringLiteral("ATH-M50x plug"), QStringLiteral("through an adapter")});
    project.session()->disconnectInput(phones, QStringLiteral("in"));
    saysNamesNotIds({QStringLiteral("Disconnect"), QStringLiteral("ATH-M50x plug")});
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
