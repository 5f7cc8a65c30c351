// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Your gear's database when things go wrong around it, driven through headroom-cli as separate processes: another
// program holding it locked, a full disk, two imports at once, an import killed at a random moment. Whatever
// happens, nothing is moved aside unless the file is really damaged, nothing is deleted, and each import is all or
// nothing.

#include "clirunner.h"
#include "crashtest.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom::test;

namespace {

/// How many times each race is run: often in the plain build, a few times under the sanitizers, where every CLI run
/// is several times slower and the question is memory safety, not the odds of hitting a window.
#ifdef HEADROOM_SANITIZED
constexpr int kRaceRuns = 5;
#else
constexpr int kRaceRuns = 30;
#endif

/// The catalog the build compiled (the gear commands read it beside your gear).
const QStringList kCatalog{QStringLiteral("--catalog"), QStringLiteral(HEADROOM_BINARY_DIR "/share/headroom/catalog.sqlite")};

/// A CSV of `count` headphones whose brand is `brand`.
QByteArray productsCsv(const QString &brand, int count)
{
    QByteArray csv = "kind,brand,model,impedanceOhm,sensitivity,sensitivityUnit,source\n";
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("headphones,%1,Model %2,%3,100,dB/mW,https://example.com/%2\n").arg(brand).arg(i).arg(16 + i % 300).toUtf8();
    return csv;
}

/// How many of the user's products are of this brand (its ids start with user-<brand>-), read by the CLI.
int countOf(const QString &userDb, const QString &brand)
{
    const CliRun run = runCli(QStringList{QStringLiteral("gear"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--user-db"), userDb}
                              + kCatalog);
    if (run.exitCode != 0)
        return -1;
    return static_cast<int>(run.out.count(QStringLiteral("\nuser-%1-").arg(brand.toLower()).toUtf8()));
}

} // namespace

class TestCliDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void lockedDatabaseIsLeftAlone();
    void fullDiskMovesNothingAside();
    void twoImportsAtOnceIntoANewDatabase();
    void killedImportIsAllOrNothing();
    void killedExportKeepsThePreviousFile();

private:
    [[nodiscard]] QString userDb() const { return m_dir->filePath(QStringLiteral("user.sqlite")); }
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }
    [[nodiscard]] QStringList asideFiles() const { return QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}); }
    [[nodiscard]] QStringList exportArguments(const QString &out) const
    {
        return QStringList{QStringLiteral("gear"),      QStringLiteral("export"),
                           QStringLiteral("--format"),  QStringLiteral("json"),
                           QStringLiteral("--out"),     out,
                           QStringLiteral("--user-db"), userDb()}
        + kCatalog;
    }
    [[nodiscard]] QStringList importArguments(const QString &file) const
    {
        return QStringList{QStringLiteral("gear"), QStringLiteral("import"), file, QStringLiteral("--user-db"), userDb()} + kCatalog;
    }
    /// headroom-cli gear import FILE into your gear, started (not waited for).
    void startImport(QProcess &process, const QString &file) const
    {
        process.setProcessEnvironment(cliEnvironment());
        process.start(QStringLiteral(HEADROOM_CLI), importArguments(file));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDatabase::lockedDatabaseIsLeftAlone()
{
    QCOMPARE(runCli(importArguments(write(QStringLiteral("a.csv"), productsCsv(QStringLiteral("Alpha"), 3)))).exitCode, 0);
    // Another program takes the database for itself and keeps it (sqlite3 in exclusive locking mode).
    QProcess holder;
    holder.start(QStringLiteral("stdbuf"), {QStringLiteral("-o0"), QStringLiteral("sqlite3"), userDb()}); // answers at once
    QVERIFY(holder.waitForStarted());
    holder.write("PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nDELETE FROM products WHERE 0;\nSELECT 'locked';\n");
    QByteArray said;
    QTRY_VERIFY2((said += holder.readAllStandardOutput() + holder.readAllStandardError()).contains("locked"), said.constData());

    const CliRun run = runCli(importArguments(write(QStringLiteral("b.csv"), productsCsv(QStringLiteral("Beta"), 2))));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("locked") && run.err.contains("left as it is"), run.err.constData());
    QVERIFY(!run.err.contains("damaged"));
    holder.write("COMMIT;\n.quit\n");
    QVERIFY(holder.waitForFinished());

    QVERIFY(asideFiles().isEmpty());
    QCOMPARE(countOf(userDb(), QStringLiteral("Alpha")), 3);
    QCOMPARE(countOf(userDb(), QStringLiteral("Beta")), 0);
}

void TestCliDatabase::fullDiskMovesNothingAside()
{
    // A disk that fills up while a new database is being created: the shell ignores SIGXFSZ and limits the file
    // size, so SQLite's writes fail as on a full disk.
    const QString file = write(QStringLiteral("a.csv"), productsCsv(QStringLiteral("Alpha"), 3));
    QProcess full;
    full.setProcessEnvironment(cliEnvironment());
    full.start(QStringLiteral("bash"),
               QStringList{QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 8; exec \"$@\""), QStringLiteral("bash"),
                           QStringLiteral(HEADROOM_CLI)}
                   + importArguments(file));
    QVERIFY(full.waitForFinished(60000));
    const QByteArray err = full.readAllStandardError();
    QVERIFY2(full.exitCode() != 0, err.constData());
    QVERIFY2(!err.contains("damaged") && asideFiles().isEmpty(), err.constData());
    QVERIFY2(err.contains("full") || err.contains("disk") || err.contains("I/O"), err.constData());

    // With room again, the same import works in the same file: nothing was lost or left half-made.
    const CliRun again = runCli(importArguments(file));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(countOf(userDb(), QStringLiteral("Alpha")), 3);
    QVERIFY(asideFiles().isEmpty());
}

void TestCliDatabase::twoImportsAtOnceIntoANewDatabase()
{
    const QString alpha = write(QStringLiteral("a.csv"), productsCsv(QStringLiteral("Alpha"), 20));
    const QString beta = write(QStringLiteral("b.csv"), productsCsv(QStringLiteral("Beta"), 20));
    for (int round = 0; round < kRaceRuns / 2; ++round) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(userDb() + suffix);
        QProcess a, b;
        startImport(a, alpha);
        startImport(b, beta);
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        const QByteArray errors = a.readAllStandardError() + b.readAllStandardError();
        QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, errors.constData());
        QVERIFY2(asideFiles().isEmpty(), errors.constData());
        QCOMPARE(countOf(userDb(), QStringLiteral("Alpha")), 20);
        QCOMPARE(countOf(userDb(), QStringLiteral("Beta")), 20);
    }
}

void TestCliDatabase::killedImportIsAllOrNothing()
{
    // Your gear before: five products, in one file (a finished CLI leaves no -wal behind).
    QCOMPARE(runCli(importArguments(write(QStringLiteral("a.csv"), productsCsv(QStringLiteral("Alpha"), 5)))).exitCode, 0);
    const QString before = m_dir->filePath(QStringLiteral("before.sqlite"));
    QVERIFY(QFile::copy(userDb(), before));
    const QString bulk = write(QStringLiteral("bulk.csv"), productsCsv(QStringLiteral("Bulk"), 400));
    // Kill times spread over the second half of an import, where it writes: time one first.
    QElapsedTimer timer;
    timer.start();
    QProcess probe;
    startImport(probe, bulk);
    QVERIFY(probe.waitForFinished(60000));
    const qint64 span = std::max<qint64>(timer.elapsed(), 20);
    int finished = 0;
    for (int run = 0; run < kRaceRuns; ++run) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(userDb() + suffix);
        QVERIFY(QFile::copy(before, userDb()));
        QProcess import;
        startImport(import, bulk);
        QVERIFY(import.waitForStarted());
        killAtRandom(import, span / 2, span * 11 / 10);
        const int imported = countOf(userDb(), QStringLiteral("Bulk"));
        QVERIFY2(imported == 0 || imported == 400, qPrintable(QStringLiteral("run %1: %2 of 400 imported").arg(run).arg(imported)));
        QCOMPARE(countOf(userDb(), QStringLiteral("Alpha")), 5);
        QVERIFY(asideFiles().isEmpty());
        finished += imported == 400 ? 1 : 0;
    }
    qInfo("%d imports killed at random: %d had finished, %d left nothing", kRaceRuns, finished, kRaceRuns - finished);
}

void TestCliDatabase::killedExportKeepsThePreviousFile()
{
    // An export of the catalog and 5 products of yours, then kRaceRuns exports with 3,005 over it, each killed with SIGKILL at a random moment: the
    // file is always the old export or the whole new one, never a part.
    QCOMPARE(runCli(importArguments(write(QStringLiteral("a.csv"), productsCsv(QStringLiteral("Alpha"), 5)))).exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("gear.json"));
    QCOMPARE(runCli(exportArguments(out)).exitCode, 0);
    const auto contents = [&out] {
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = contents();
    QCOMPARE(runCli(importArguments(write(QStringLiteral("bulk.csv"), productsCsv(QStringLiteral("Bulk"), 3000)))).exitCode, 0);
    const QString wholeCopy = m_dir->filePath(QStringLiteral("whole.json"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runCli(exportArguments(wholeCopy)).exitCode, 0);
    const qint64 span = std::max<qint64>(timer.elapsed(), 20);
    QFile whole(wholeCopy);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray after = whole.readAll();
    QVERIFY(after.count("\"id\"") >= before.count("\"id\"") + 3000); // 3,005 products of yours against 5, beside the catalog

    int killed = 0;
    for (int run = 0; run < kRaceRuns; ++run) {
        QCOMPARE(write(QStringLiteral("gear.json"), before), out);
        QProcess exporter;
        exporter.setProcessEnvironment(cliEnvironment());
        exporter.start(QStringLiteral(HEADROOM_CLI), exportArguments(out));
        QVERIFY(exporter.waitForStarted());
        killed += killAtRandom(exporter, span / 4, span * 11 / 10) ? 1 : 0;
        const QByteArray now = contents();
        QVERIFY2(now == before || now == after, qPrintable(QStringLiteral("run %1: %2 bytes of neither export").arg(run).arg(now.size())));
        QVERIFY(asideFiles().isEmpty());
    }
    qInfo("%d exports with 3,005 products killed at random: %d were killed, %d had finished", kRaceRuns, killed, kRaceRuns - killed);
}

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_clidatabase.moc"
