// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shop's server through the real window, as a salesperson uses it: connect in Settings, find the shop's gear in
// the library, save a customer's project to the server from the Shop menu, meet a colleague's newer save and keep
// both, and open a shared project from the server's list. Runs on Xvfb at 1280×720 beside a throwaway PostgreSQL
// server (with-postgres.sh).

#include "mainwindowtest.h"

#include "gearfixtures.h"
#include "gearhub.h"
#include "gearlibrary.h"
#include "sharedserver.h"
#include "shopserver.h"

using namespace headroom;
using namespace headroom::test;

class TestShopWindow : public MainWindowTest
{
    Q_OBJECT

    /// The test server as its superuser, migrated and holding one product of the shop's.
    std::unique_ptr<SharedServer> colleague()
    {
        QString error;
        const auto address = ServerAddress::parse(qEnvironmentVariable("HEADROOM_TEST_SERVER"), &error);
        if (!address)
            qFatal("run this test through tests/database/with-postgres.sh, which starts its server");
        auto opened = SharedServer::connect(*address, {}, SharedServer::Purpose::Migrate);
        if (!opened.server || !opened.server->migrate().isEmpty())
            qFatal("cannot set the test server up: %s", qPrintable(opened.error));
        if (opened.server->count() == 0) {
            GearRecord r = test::headphones(QStringLiteral("shop-acme-studio-one"), QStringLiteral("Acme"), QStringLiteral("Studio One"), 32, 100);
            r.price = 199;
            r.currency = QStringLiteral("EUR");
            if (const QString problem = opened.server->insert({r}); !problem.isEmpty())
                qFatal("cannot fill the test server: %s", qPrintable(problem));
        }
        return std::move(opened.server);
    }

    /// Opens a menu of the menu bar and clicks one of its entries, as a person does.
    void chooseFromMenu(const QString &menu, const QString &entry)
    {
        QQuickItem *bar = nullptr;
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->inherits("QQuickMenuBarItem") && i->property("text").toString() == menu)
                bar = i;
        QVERIFY2(bar, qPrintable(menu));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(bar));
        QQuickItem *item = nullptr;
        QTRY_VERIFY2((item = visibleMenuEntry(entry)) != nullptr, qPrintable(entry));
        QTRY_VERIFY(item->isEnabled());
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item));
    }
    /// Clicks an entry of the open context menu once it has finished opening.
    void clickMenuEntry(const QString &text)
    {
        QQuickItem *entry = nullptr;
        QTRY_VERIFY2((entry = visibleMenuEntry(text)) != nullptr, qPrintable(text));
        QTest::qWait(300); // the menu's opening transition
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(entry));
    }
    QQuickItem *visibleMenuEntry(const QString &text) const
    {
        for (QQuickItem *i : allItems(m_window->contentItem()))
            if (i->isVisible() && i->inherits("QQuickMenuItem") && i->property("text").toString() == text && i->width() > 0)
                return i;
        return nullptr;
    }
    void typeInto(const QString &objectName, const QString &text)
    {
        QQuickItem *field = nullptr;
        QTRY_VERIFY2((field = item(objectName)) != nullptr && field->isVisible(), qPrintable(objectName));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(field));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

private slots:
    void salespersonWorksWithTheShopServer()
    {
        std::unique_ptr<SharedServer> other = colleague();
        const QString address = qEnvironmentVariable("HEADROOM_TEST_SERVER");

        // Settings → Shared gear and projects: the address, Connect, and the window says what the shop shares.
        // The password, asked to be remembered, goes to the system's keyring or nowhere: never into the settings.
        shortcut(Qt::Key_Comma);
        typeInto(QStringLiteral("serverField"), address);
        typeInto(QStringLiteral("passwordField"), QStringLiteral("s3cret-word"));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item(QStringLiteral("rememberPassword"))));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item(QStringLiteral("connectServer"))));
        QTRY_VERIFY(ShopServer::instance().online());
        const QString status = item(QStringLiteral("serverStatus"))->property("text").toString();
        QVERIFY2(status.startsWith(QStringLiteral("Connected to %1 as headroom: 1 shared product(s)").arg(address)), qPrintable(status));
        QVERIFY2(ShopServer::instance().passwordRemembered() || status.contains(QStringLiteral("the password is kept until Headroom closes")),
                 qPrintable(status));
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains(address.toUtf8()));
        QVERIFY(!stored.contains("s3cret-word"));
        QCOMPARE(item(QStringLiteral("passwordField"))->property("text").toString(), QString()); // not left on screen
        clickButton(QStringLiteral("Close"));

        // The shop's product is in the library, marked as the shop's.
        typeInto(QStringLiteral("librarySearch"), QStringLiteral("acme studio"));
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = item(QStringLiteral("gear:shop-acme-studio-one"))) != nullptr);
        QTRY_VERIFY(visibleText(QStringLiteral("Acme Studio One (shop)")));

        // A product of one's own goes to the shop from its row's menu, and comes off it the same way.
        QCOMPARE(GearHub::instance().library()->addUserGear(test::headphones({}, QStringLiteral("Zeta"), QStringLiteral("Home One"), 64, 98)),
                 QString());
        emit GearHub::instance().userGearChanged();
        typeInto(QStringLiteral("librarySearch"), QStringLiteral("zeta home"));
        QTRY_VERIFY((row = item(QStringLiteral("gear:user-zeta-home-one"))) != nullptr && row->isVisible());
        QTest::mouseClick(m_window, Qt::RightButton, {}, centreOf(row));
        clickMenuEntry(QStringLiteral("Share with the Shop"));
        QTRY_VERIFY2((row = item(QStringLiteral("gear:shop-zeta-home-one"))) != nullptr && row->isVisible(),
                     qPrintable(item(QStringLiteral("shopMessage"))->property("text").toString()));
        QCOMPARE(other->count(), 2);
        QTRY_VERIFY(!visibleMenuEntry(QStringLiteral("Share with the Shop")));
        QTest::mouseClick(m_window, Qt::RightButton, {}, centreOf(row));
        clickMenuEntry(QStringLiteral("Remove from the Shop's Gear"));
        QTRY_COMPARE(other->count(), 1);
        QTRY_VERIFY(item(QStringLiteral("gear:shop-zeta-home-one")) == nullptr);

        // A customer's project goes to the server from the Shop menu.
        open("01-interface-studio-headphones.headroom");
        chooseFromMenu(QStringLiteral("S&hop"), QStringLiteral("&Save to the Shop's Server"));
        QTRY_COMPARE(m_project->sharedName(), QStringLiteral("01-interface-studio-headphones"));
        QString error;
        QList<SharedProjectInfo> onServer = other->projects(&error);
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(onServer[0].revision, 1);

        // A colleague saves it in the meantime: saving again is refused, and this one is kept as a copy beside it.
        const std::optional<SharedProject> theirs = other->openProject(onServer[0].id, &error);
        QVERIFY(theirs);
        QCOMPARE(other->saveProject(theirs->info.id, theirs->info.name, theirs->document, theirs->info.revision).error, QString());
        m_project->session()->select(m_project->currentChain().devices.front().id);
        chooseFromMenu(QStringLiteral("S&hop"), QStringLiteral("&Save to the Shop's Server"));
        QTRY_VERIFY(visibleText(QStringLiteral("Saved by someone else")));
        QTest::qWait(300);
        QVERIFY(m_window->grabWindow().save(QStringLiteral(HEADROOM_BINARY_DIR "/shop-conflict.png")));
        clickButton(QStringLiteral("Save Mine as a Copy…"));
        QTRY_COMPARE(item(QStringLiteral("sharedCopyName"))->property("text").toString(), QStringLiteral("01-interface-studio-headphones (copy)"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_project->sharedName(), QStringLiteral("01-interface-studio-headphones (copy)"));
        onServer = other->projects(&error);
        QCOMPARE(onServer.size(), 2);
        QCOMPARE(onServer[0].revision, 2); // the colleague's save stands

        // Another customer's project opens from the server's list.
        m_project->newProject();
        chooseFromMenu(QStringLiteral("S&hop"), QStringLiteral("&Open from the Shop's Server…"));
        QQuickItem *entry = nullptr;
        QTRY_VERIFY((entry = item(QStringLiteral("sharedProject:01-interface-studio-headphones"))) != nullptr && entry->isVisible());
        QTest::mouseDClick(m_window, Qt::LeftButton, {}, centreOf(entry));
        QTRY_COMPARE(m_project->sharedName(), QStringLiteral("01-interface-studio-headphones"));
        QVERIFY2(m_project->title().contains(QStringLiteral("01-interface-studio-headphones")), qPrintable(m_project->title()));
        QVERIFY(!m_project->currentChain().devices.empty());
        QTest::qWait(200);
        QVERIFY(m_window->grabWindow().save(QStringLiteral(HEADROOM_BINARY_DIR "/shop-window.png")));

        // A server out of reach: the library says the window works on without the shop's gear.
        QVERIFY(ShopServer::instance().connectTo(QStringLiteral("postgresql://headroom@127.0.0.1:1/headroom"), {}, false));
        QTRY_VERIFY(item(QStringLiteral("shopStatus"))->isVisible());
        QVERIFY2(
            item(QStringLiteral("shopStatus"))->property("text").toString().startsWith(QStringLiteral("Working offline, without the shop's gear")),
            qPrintable(item(QStringLiteral("shopStatus"))->property("text").toString()));
        QTRY_VERIFY(item(QStringLiteral("gear:shop-acme-studio-one")) == nullptr);

        ShopServer::instance().forget();
        QVERIFY(!ShopServer::instance().configured());
    }
};

int main(int argc, char **argv) { return runWindowTest<TestShopWindow>(argc, argv); }
#include "tst_shopwindow.moc"
