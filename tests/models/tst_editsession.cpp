// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The editing session as QML uses it: every edit undoable by id, live re-analysis, models that pass
// QAbstractItemModelTester, signals QML binds to, the inspector's rows, selection, clipboard and arrangement.

#include "chainedit.h"
#include "gearsearchmodel.h"
#include "projectcontroller.h"
#include "projecttests.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace headroom;
using namespace headroom::test;

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void modelsAreValid();
    void addConnectUndoRedo();
    void refusedConnectionSaysWhy();
    void deleteRestoresCables();
    void moveKeepsRowsAndMerges();
    void settingsChangeTheVerdict();
    void duplicateCopiesSettings();
    void inspectorRowsComeFromTheSettingsTable();
    void deviceSettingsAndSpecRows();
    void selectionAndTabOrder();
    void copyPasteKeepsInnerCables();
    void cutPasteAndDeleteSelection();
    void nudgeIsOneStep();
    void autoArrangeFollowsSignalFlow();
    void replaceKeepsCablesThatFit();
    void replaceAcrossKinds();
    void adapterInsertedBetween();
    void undoTextsNameWhatPeopleSee();
};

void TestEditSession::modelsAreValid()
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

void TestEditSession::addConnectUndoRedo()
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

void TestEditSession::refusedConnectionSaysWhy()
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

void TestEditSession::deleteRestoresCables()
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

void TestEditSession::moveKeepsRowsAndMerges()
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

void TestEditSession::settingsChangeTheVerdict()
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

void TestEditSession::duplicateCopiesSettings()
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

void TestEditSession::inspectorRowsComeFromTheSettingsTable()
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

void TestEditSession::deviceSettingsAndSpecRows()
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

void TestEditSession::selectionAndTabOrder()
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

void TestEditSession::copyPasteKeepsInnerCables()
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

void TestEditSession::cutPasteAndDeleteSelection()
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

void TestEditSession::nudgeIsOneStep()
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

void TestEditSession::autoArrangeFollowsSignalFlow()
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

void TestEditSession::replaceKeepsCablesThatFit()
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

void TestEditSession::replaceAcrossKinds()
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
    QVERIFY(!offered.contains(QStringLiteral("sennheiser-hd-600"))); // no output for the listener's cable
    QVERIFY(!offered.contains(QStringLiteral("shure-sm58")));
    picker.setText(QStringLiteral("l30")); // the list shows the first 200; typing finds the rest
    QCOMPARE(picker.data(picker.index(0), GearSearchModel::GearIdRole).toString(), QStringLiteral("topping-l30"));
    picker.setText(QStringLiteral("sm58"));
    QCOMPARE(picker.rowCount(), 0);

    // The amplifier becomes a splitter and keeps both cables.
    QVERIFY(project.session()->replaceDevice(QStringLiteral("magni"), QStringLiteral("generic-y-splitter-3-5mm-1x2")));
    QCOMPARE(project.currentChain().device(u"magni")->spec.kind(), DeviceKind::Splitter);
    QVERIFY(connected(project, QStringLiteral("cable.out"), QStringLiteral("magni.in")));
    QVERIFY(connected(project, QStringLiteral("magni.out1"), QStringLiteral("hd600.in")));
    QCOMPARE(project.session()->connections()->rowCount(), 4);
}

void TestEditSession::adapterInsertedBetween()
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

void TestEditSession::undoTextsNameWhatPeopleSee()
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

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
    TestEditSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_editsession.moc"
