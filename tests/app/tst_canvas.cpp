// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The canvas as a person uses it in the real window: cables dragged with the mouse and released exactly on a port,
// products dragged from the library, layouts without overlaps, the inspector through undo. Runs on Xvfb at
// 1280×720, at 100 % and at 200 % scale.

#include "mainwindowtest.h"
#include "chainedit.h"

using namespace headroom;
using namespace headroom::test;
using namespace Qt::StringLiterals;

class TestCanvas : public MainWindowTest
{
    Q_OBJECT

private slots:
    void cableReleasedExactlyOnAnInputConnects_data()
    {
        QTest::addColumn<QPoint>("offset");
        QTest::newRow("on the dot") << QPoint(0, 0);
        QTest::newRow("8 px beside it") << QPoint(-8, 5);
    }
    void cableReleasedExactlyOnAnInputConnects()
    {
        QFETCH(QPoint, offset);
        const QString iface = m_project->session()->addGear(QStringLiteral("focusrite-scarlett-2i2-4th-gen"), 0, 0);
        const QString phones = m_project->session()->addGear(QStringLiteral("sennheiser-hd-600"), 400, 0);
        focusCanvas();
        shortcut(Qt::Key_0); // zoom to fit, where a person sees both
        QTest::qWait(50);
        QQuickItem *out = item(QStringLiteral("out:") + iface + QStringLiteral(".hp1"));
        QQuickItem *in = item(QStringLiteral("in:") + phones + QStringLiteral(".in"));
        QVERIFY(out && in);
        const QPoint from = centreOf(out);
        const QPoint to = centreOf(in) + offset;
        QTest::mousePress(m_window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 10; ++step) {
            const QPoint at = from + (to - from) * step / 10;
            QTest::mouseMove(m_window, at);
            // The cable's end sits under the pointer, not a drag threshold behind it.
            QQuickItem *pending = item(QStringLiteral("pendingCable"));
            const QPointF end = pending->mapToScene(pending->property("to").toPointF());
            QVERIFY2((end - QPointF(at)).manhattanLength() <= 2, qPrintable(QStringLiteral("step %1").arg(step)));
        }
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, to);
        QTRY_COMPARE(m_project->session()->connections()->count(), 1);
        QVERIFY(!item(QStringLiteral("pendingCable"))->isVisible());
    }

    void wiresStayDrawnThroughEdits()
    {
        open("03-y-splitter-two-headphones.headroom");
        const auto checkWires = [this](const char *when) {
            QTest::qWait(20);
            const QList<QQuickItem *> wires = itemsNamed(QStringLiteral("wire:"));
            QVERIFY2(wires.size() == m_project->session()->connections()->count(), when);
            for (QQuickItem *wire : wires) {
                QVERIFY2(wire->isVisible(), qPrintable(wire->objectName() + QLatin1Char(' ') + QLatin1StringView(when)));
                // Each end sits on its port's dot.
                const QStringList ends = wire->objectName().mid(5).split(u'>');
                QQuickItem *out = item(QStringLiteral("out:") + ends[0]);
                QQuickItem *in = item(QStringLiteral("in:") + ends[1]);
                QVERIFY2(out && in, when);
                QVERIFY2((wire->mapToScene(wire->property("from").toPointF()) - QPointF(centreOf(out))).manhattanLength() <= 2, when);
                QVERIFY2((wire->mapToScene(wire->property("to").toPointF()) - QPointF(centreOf(in))).manhattanLength() <= 2, when);
            }
        };
        checkWires("opened");
        m_project->session()->select(m_project->session()->addKind(QStringLiteral("player"), 0, 0));
        checkWires("after adding a device");
        focusCanvas();
        shortcut(Qt::Key_Z);
        checkWires("after undo");
        shortcut(Qt::Key_A);
        shortcut(Qt::Key_C);
        shortcut(Qt::Key_V);
        checkWires("after paste");
        shortcut(Qt::Key_Delete, Qt::NoModifier);
        checkWires("after delete");
        shortcut(Qt::Key_Z);
        checkWires("after undoing the delete");
    }

    void newDevicesLandOnFreeGround()
    {
        open("03-y-splitter-two-headphones.headroom");
        // Three computers from the library's button, a paste and a duplicate: nothing lands on anything.
        for (int i = 0; i < 3; ++i) {
            QQuickItem *computer = button(QStringLiteral("Computer"));
            QVERIFY(computer);
            QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(computer));
        }
        focusCanvas();
        shortcut(Qt::Key_A);
        shortcut(Qt::Key_C);
        shortcut(Qt::Key_V);
        shortcut(Qt::Key_D);
        QTest::qWait(50);
        QCOMPARE(itemsNamed(QStringLiteral("node:")).size(), m_project->session()->devices()->count());
        verifyNoOverlaps();
    }

    void examplesHaveNoOverlaps_data()
    {
        QTest::addColumn<QString>("example");
        for (const QString &name : QDir(QStringLiteral(HEADROOM_SOURCE_DIR "/examples")).entryList({QStringLiteral("*.headroom")}))
            QTest::newRow(qPrintable(name)) << name;
    }
    void examplesHaveNoOverlaps()
    {
        // Also: the command line and the advisor place devices by roughNodeSize, so it is never smaller than the node
        // the window draws, or a chain they arranged would overlap here.
        QFETCH(QString, example);
        open(example.toUtf8().constData());
        verifyNoOverlaps();
        for (const Device &d : m_project->currentChain().devices) {
            const QQuickItem *node = item(QStringLiteral("node:") + d.id);
            QVERIFY(node);
            const QSizeF rough = roughNodeSize(d);
            QVERIFY2(node->width() <= rough.width() + 0.5 && node->height() <= rough.height() + 0.5,
                     qPrintable(QStringLiteral("%1: drawn %2×%3, rough %4×%5")
                                    .arg(d.id)
                                    .arg(node->width())
                                    .arg(node->height())
                                    .arg(rough.width())
                                    .arg(rough.height())));
        }
    }

    void productDraggedFromTheLibraryLandsUnderThePointer()
    {
        QQuickItem *search = nullptr;
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->property("placeholderText").toString().startsWith(QStringLiteral("Search gear")))
                search = i;
        QVERIFY(search);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(search));
        for (const char c : "HD 600")
            if (c != 0)
                QTest::keyClick(m_window, c);
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = item(QStringLiteral("gear:sennheiser-hd-600"))) != nullptr);
        QQuickItem *canvas = item(QStringLiteral("canvas"));
        // Grabbed near the row's right end, dropped in the middle of the canvas.
        const QPoint from = row->mapToScene(QPointF(row->width() - 20, row->height() / 2)).toPoint();
        const QPoint to = centreOf(canvas);
        QTest::mousePress(m_window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 12; ++step)
            QTest::mouseMove(m_window, from + (to - from) * step / 12);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, to);
        QTRY_COMPARE(m_project->session()->devices()->count(), 1);
        const QList<QQuickItem *> nodes = itemsNamed(QStringLiteral("node:"));
        QCOMPARE(nodes.size(), 1);
        // The pointer is at the start of the new node's title (within the grid's snap), whichever part of the row
        // was grabbed.
        const QPointF at = nodes[0]->mapFromScene(QPointF(to));
        QVERIFY2(at.x() >= 0 && at.x() <= 48 && at.y() >= 0 && at.y() <= 28,
                 qPrintable(QStringLiteral("pointer at %1,%2 in the node").arg(at.x()).arg(at.y())));
    }

    void monitorsFollowTheListeningDistance()
    {
        // A person drags a pair of monitors from the library next to an interface, wires its line outputs to them with
        // the mouse, and types the couch's distance into the inspector: the verdict and the node follow (physics.md §6).
        const QString iface = m_project->session()->addGear(QStringLiteral("focusrite-scarlett-2i2-4th-gen"), 0, 0);
        QQuickItem *search = item(QStringLiteral("librarySearch"));
        QVERIFY(search);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(search));
        for (const char c : QByteArray("305P"))
            QTest::keyClick(m_window, c);
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = item(QStringLiteral("gear:jbl-305p-mkii"))) != nullptr);
        QQuickItem *canvas = item(QStringLiteral("canvas"));
        const QPoint from = row->mapToScene(QPointF(row->width() - 20, row->height() / 2)).toPoint();
        const QPoint to = canvas->mapToScene(QPointF(canvas->width() * 0.7, canvas->height() * 0.3)).toPoint();
        QTest::mousePress(m_window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 12; ++step)
            QTest::mouseMove(m_window, from + (to - from) * step / 12);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, to);
        QTRY_COMPARE(m_project->session()->devices()->count(), 2);
        QString monitors;
        for (QQuickItem *node : itemsNamed(QStringLiteral("node:")))
            if (node->objectName() != QStringLiteral("node:") + iface)
                monitors = node->objectName().mid(5);
        focusCanvas();
        shortcut(Qt::Key_0); // zoom to fit, where a person sees both
        QTest::qWait(50);
        QQuickItem *out = item(QStringLiteral("out:") + iface + QStringLiteral(".line_out1"));
        QQuickItem *in = item(QStringLiteral("in:") + monitors + QStringLiteral(".in"));
        QVERIFY(out && in);
        QTest::mousePress(m_window, Qt::LeftButton, {}, centreOf(out));
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(m_window, centreOf(out) + (centreOf(in) - centreOf(out)) * step / 10);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, centreOf(in));
        QTRY_COMPARE(m_project->session()->connections()->count(), 1);
        ListenerListModel *listeners = m_project->session()->listeners();
        QTRY_COMPARE(listeners->rowCount(), 1);
        QCOMPARE(listeners->data(listeners->index(0), ListenerListModel::VerdictRole).toString(), QStringLiteral("ok"));

        QQuickItem *node = item(QStringLiteral("node:") + monitors);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, node->mapToScene(QPointF(node->width() / 2, 12)).toPoint());
        QTRY_COMPARE(m_project->session()->currentDevice(), monitors);
        QQuickItem *field = nullptr;
        QTRY_VERIFY((field = item(QStringLiteral("setting:listeningDistanceM"))) != nullptr && field->isVisible());
        QQuickItem *spin = nullptr;
        for (QQuickItem *i : allItems(field))
            if (i->inherits("QQuickSpinBox"))
                spin = i;
        QVERIFY(spin);
        QCOMPARE(spin->property("value").toInt(), 100); // 1 m, in centimetres
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(spin));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        for (const char c : QByteArray("600"))
            QTest::keyClick(m_window, c);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_project->session()->setting(monitors, {}, QStringLiteral("listeningDistanceM")).toDouble(), 6.0);
        // 6 m: the speakers' 108 dB SPL at 1 m, +3 dB for the pair, −15.6 dB for the distance: 95.5 dB SPL, 4.5 dB short.
        QTRY_COMPARE(listeners->data(listeners->index(0), ListenerListModel::VerdictRole).toString(), QStringLiteral("too-quiet"));
        QVERIFY(listeners->data(listeners->index(0), ListenerListModel::SummaryRole).toString().contains(QStringLiteral("at 6.0 m")));
        FindingListModel *findings = m_project->session()->findings();
        bool tooQuiet = false;
        for (int i = 0; i < findings->rowCount(); ++i)
            tooQuiet = tooQuiet || findings->data(findings->index(i), FindingListModel::CodeRole).toString() == QStringLiteral("monitors-too-quiet");
        QVERIFY(tooQuiet);
        // Kept to look at: build/monitors-window-1.png at 100 %, -2 at 200 %.
        QVERIFY(m_window->grabWindow().save(
            QStringLiteral(HEADROOM_BINARY_DIR "/monitors-window-%1.png").arg(qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s))));
    }

    void wireLabelsStayClearOfNodes_data() { examplesHaveNoOverlaps_data(); }
    void wireLabelsStayClearOfNodes()
    {
        QFETCH(QString, example);
        open(example.toUtf8().constData());
        // At 100 %, where every label is drawn (zoom to fit may have left them out).
        focusCanvas();
        QQuickItem *canvas = item(QStringLiteral("canvas"));
        while (canvas->property("zoom").toReal() < 1.0)
            shortcut(Qt::Key_Plus);
        QList<QRectF> labels;
        for (QQuickItem *label : itemsNamed(QStringLiteral("wireLabel")))
            if (label->isVisible())
                labels << sceneRect(label);
        QVERIFY(!labels.isEmpty());
        for (const QQuickItem *node : itemsNamed(QStringLiteral("node:"))) {
            for (const QRectF &label : labels)
                QVERIFY2(!label.intersects(sceneRect(node)),
                         qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 covered by a label at %6,%7 %8×%9")
                                        .arg(node->objectName())
                                        .arg(sceneRect(node).x())
                                        .arg(sceneRect(node).y())
                                        .arg(sceneRect(node).width())
                                        .arg(sceneRect(node).height())
                                        .arg(label.x())
                                        .arg(label.y())
                                        .arg(label.width())
                                        .arg(label.height())));
        }
        for (qsizetype i = 0; i < labels.size(); ++i)
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].intersects(labels[j]), "two labels overlap");
        // Zoomed out, where they would be a few pixels high, they are left out.
        while (canvas->property("zoom").toReal() >= 0.6)
            shortcut(Qt::Key_Minus);
        for (QQuickItem *label : itemsNamed(QStringLiteral("wireLabel")))
            QVERIFY(!label->isVisible());
    }

    void inspectorFieldsFollowUndo()
    {
        // Click the headphones, type a new peak target into the inspector, then undo: the field shows the old
        // target again, as the analysis does.
        open("02-interface-250-ohm-headphones.headroom");
        QQuickItem *node = item(QStringLiteral("node:dt990"));
        QVERIFY(node);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, node->mapToScene(QPointF(node->width() / 2, 12)).toPoint());
        QTRY_COMPARE(m_project->session()->currentDevice(), QStringLiteral("dt990"));
        QQuickItem *field = nullptr;
        QTRY_VERIFY((field = item(QStringLiteral("setting:targetPeakSplDb"))) != nullptr && field->isVisible());
        QQuickItem *spin = nullptr;
        for (QQuickItem *i : allItems(field))
            if (i->inherits("QQuickSpinBox"))
                spin = i;
        QVERIFY(spin);
        QCOMPARE(spin->property("value").toInt(), 110);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(spin));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        for (const char c : QByteArray("105"))
            QTest::keyClick(m_window, c);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_project->session()->setting(QStringLiteral("dt990"), {}, QStringLiteral("targetPeakSplDb")).toDouble(), 105.0);
        QCOMPARE(m_project->session()->listeners()->data(m_project->session()->listeners()->index(0), ListenerListModel::VerdictRole).toString(),
                 QStringLiteral("ok"));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, node->mapToScene(QPointF(node->width() / 2, 12)).toPoint()); // focus off the field
        shortcut(Qt::Key_Z);
        QTRY_COMPARE(m_project->session()->setting(QStringLiteral("dt990"), {}, QStringLiteral("targetPeakSplDb")).toDouble(), 110.0);
        QTRY_COMPARE(spin->property("value").toInt(), 110);
    }
};

int main(int argc, char **argv) { return runWindowTest<TestCanvas>(argc, argv); }

#include "tst_canvas.moc"
