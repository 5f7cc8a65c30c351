// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The real Main.qml window, loaded afresh for every test, and what a person does with it: find an item, click a
// button, type into a file dialog, answer a message box. The window tests derive from it.

#include "appsettings.h"
#include "chainmodels.h"
#include "gearlibrary.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "report.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonDocument>
#include <QPrintDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(HeadroomPlugin)
Q_IMPORT_QML_PLUGIN(Headroom_ModelsPlugin)

namespace headroom::test {

/// Items in the scene, found through their visual children as well as their QObject children (Repeater
/// delegates and popups are only the former).
inline QList<QQuickItem *> allItems(QQuickItem *root)
{
    QList<QQuickItem *> items{root};
    for (QQuickItem *child : root->childItems())
        items += allItems(child);
    return items;
}

inline QString exampleUrl(const char *name)
{
    return QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/") + QLatin1StringView(name)).toString();
}

class MainWindowTest : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    ProjectController *m_project = nullptr;
    QTemporaryDir m_dir;

    QQuickItem *item(const QString &objectName) const
    {
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->objectName() == objectName)
                return i;
        return nullptr;
    }
    QList<QQuickItem *> itemsNamed(const QString &prefix) const
    {
        QList<QQuickItem *> found;
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->objectName().startsWith(prefix))
                found << i;
        return found;
    }
    /// Where an item's centre is in the window, for mouse events.
    static QRectF sceneRect(const QQuickItem *item)
    {
        return {item->mapToScene(QPointF(0, 0)), item->mapToScene(QPointF(item->width(), item->height()))};
    }
    static QPoint centreOf(const QQuickItem *item) { return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint(); }
    /// A visible button (Qt Quick) with this text, e.g. in a message dialog.
    QQuickItem *button(const QString &text) const
    {
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->isVisible() && i->inherits("QQuickAbstractButton") && i->property("text").toString() == text)
                return i;
        return nullptr;
    }
    static QQuickWindow *plotsWindow()
    {
        for (QWindow *w : QGuiApplication::topLevelWindows())
            if (auto *q = qobject_cast<QQuickWindow *>(w); q && q->isVisible() && q->title() == u"Plots")
                return q;
        return nullptr;
    }
    static QFileDialog *fileDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible())
                return d;
        return nullptr;
    }
    /// Answers the next message box (shown with its own event loop, so the test cannot wait for it) as a person
    /// would, by clicking one of its buttons; `answered` tells whether one came.
    static void answerNextMessageBox(QMessageBox::StandardButton choice, bool *answered)
    {
        auto *poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, choice, answered] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); box && box->isVisible()) {
                *answered = true;
                QTest::mouseClick(box->button(choice), Qt::LeftButton);
                poll->deleteLater();
            }
        });
        poll->start(20);
    }
    /// Types text as a keyboard does, one key event per character (QTest::keyClicks handles ASCII only).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, c.unicode() < 128 ? QTest::asciiToKey(c.toLatin1()) : Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
    }
    /// Types a name into the open file dialog, picks the name filter that contains `filter` and accepts with Enter.
    static void typeIntoFileDialog(const QString &name, const QString &filter = {})
    {
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = fileDialog()) != nullptr);
        if (!filter.isEmpty()) {
            auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
            QVERIFY(types);
            const int index = types->findText(filter, Qt::MatchContains);
            QVERIFY2(index >= 0, qPrintable(filter));
            types->setFocus();
            while (types->currentIndex() != index)
                QTest::keyClick(types, types->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        }
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(edit);
        // The name completer lists the folder's files as it reads them; on a slow machine its list could open just
        // before Return and take the key, and the dialog would stay open. The whole name is typed, so none is needed.
        edit->setCompleter(nullptr);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        type(edit, name);
        // A message box here (an unexpected "file not found", "replace it?") would block the test: say what it says.
        auto *guard = new QTimer;
        QString unexpected;
        QObject::connect(guard, &QTimer::timeout, guard, [&unexpected] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); box && box->isVisible()) {
                unexpected = box->text();
                box->reject();
            }
        });
        guard->start(50);
        QTest::keyClick(edit, Qt::Key_Return);
        delete guard;
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        const QPointer<QFileDialog> closing(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(closing.isNull(), 30000); // closed and gone (the next one may already be open); slow when the machine is busy
    }
    void shortcut(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        m_window->requestActivate();
        QTest::keyClick(m_window, key, modifiers);
    }
    /// A click on an empty corner of the canvas, as a person does before using its keys.
    void focusCanvas()
    {
        QQuickItem *canvas = item(QStringLiteral("canvas"));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, canvas->mapToScene(QPointF(4, 4)).toPoint());
    }
    void open(const char *example)
    {
        QVERIFY(m_project->open(QUrl(exampleUrl(example))));
        QTest::qWait(50); // the nodes are laid out and the view fitted
    }

    /// Clicks a visible button (or list row) with this text, waiting for it to appear.
    void clickButton(const QString &text)
    {
        QQuickItem *b = nullptr;
        QTRY_VERIFY2((b = button(text)) != nullptr, qPrintable(text));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(b));
    }
    /// Types into the quick check's search field and picks the row with this name.
    void pickInQuickCheck(const QString &search, const QString &name)
    {
        QQuickItem *field = item(QStringLiteral("quickCheckSearch"));
        QVERIFY(field);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(field));
        for (const QChar c : search)
            QTest::keyClick(m_window, c.toLatin1());
        clickButton(name);
    }

    /// The quick check on an empty window with an interface, no amp, one pair of headphones and no microphone.
    void quickCheckInterfaceAndHeadphones(const QString &interfaceSearch, const QString &interfaceName, const QString &phonesSearch,
                                          const QString &phonesName)
    {
        QQuickItem *start = item(QStringLiteral("startQuickCheck"));
        QVERIFY(start && start->isVisible());
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(start));
        QTest::qWait(300); // the dialog's opening transition
        pickInQuickCheck(interfaceSearch, interfaceName);
        clickButton(QStringLiteral("Next"));
        clickButton(QStringLiteral("Skip")); // no headphone amp
        pickInQuickCheck(phonesSearch, phonesName);
        clickButton(QStringLiteral("Next"));
        clickButton(QStringLiteral("Check")); // no microphone
    }

    /// A visible text item (a label, a menu or list entry) showing exactly this text.
    QQuickItem *visibleText(const QString &text) const
    {
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->isVisible() && i->property("text").toString() == text && i->width() > 0)
                return i;
        return nullptr;
    }
    /// A visible text item whose text contains this.
    QQuickItem *visibleTextContaining(const QString &part) const
    {
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->isVisible() && i->property("text").toString().contains(part) && i->width() > 0)
                return i;
        return nullptr;
    }
    /// Every visible button shows its whole text, inside the window.
    void verifyNoCutButtons() const
    {
        for (QQuickItem *i : allItems(m_window->contentItem())) {
            if (!i->isVisible() || !i->inherits("QQuickButton") || i->property("text").toString().isEmpty())
                continue;
            const auto *content = i->property("contentItem").value<QQuickItem *>();
            const QString name = i->property("text").toString();
            QVERIFY2(content->implicitWidth() <= content->width() + 0.5, qPrintable(name + QStringLiteral(" is cut")));
            QVERIFY2(i->mapToScene(QPointF(i->width(), 0)).x() <= m_window->width(), qPrintable(name + QStringLiteral(" is outside the window")));
        }
    }

    void verifyNoOverlaps() const
    {
        const QList<QQuickItem *> nodes = itemsNamed(QStringLiteral("node:"));
        for (qsizetype i = 0; i < nodes.size(); ++i)
            for (qsizetype j = i + 1; j < nodes.size(); ++j) {
                const QRectF a(nodes[i]->position(), nodes[i]->size());
                const QRectF b(nodes[j]->position(), nodes[j]->size());
                QVERIFY2(!a.intersects(b), qPrintable(nodes[i]->objectName() + QStringLiteral(" covers ") + nodes[j]->objectName()));
            }
    }

protected:
    /// Loads Main.qml into a new window and waits until it is shown and active.
    void openWindow()
    {
        // Any QML warning (a TypeError, a binding loop, a polish loop) is a bug.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(R"(\.qml:\d+|TypeError|ReferenceError|[Bb]inding loop|[Pp]olish)")));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("lastFolder"), m_dir.path());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Headroom/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_project = m_window->property("project").value<ProjectController *>();
        QVERIFY(m_project);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void closeWindow()
    {
        if (QFileDialog *d = fileDialog())
            d->reject();
        m_project->newProject();       // no unsaved-changes prompt on the way out
        AppSettings().setLanguage({}); // the next test starts in the system's language, as a new user would
        m_engine.reset();
        m_window = nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // never touch the user's own gear or settings
    }

    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
};

/// Runs a window test with a home of its own, so that runs in parallel (the 200 % one) do not share settings in
/// ~/.qttest.
template <typename Test>
int runWindowTest(int argc, char **argv)
{
    const QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Headroom"));
    QApplication::setOrganizationName(QStringLiteral("Headroom"));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace headroom::test
