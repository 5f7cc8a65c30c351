// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Variants side by side: every figure of the comparison is the single variant's own analysis, listeners line up
// by headphones or by name, and what differs is marked.

#include "chainbuilder.h"
#include "compare.h"

#include <QTest>

using namespace headroom;

namespace {

const QString kPodcastVariants = QStringLiteral(HEADROOM_SOURCE_DIR "/examples/10-podcast-splitter-or-distribution-amp.headroom");

bool has(const std::vector<const char *> &keys, const char *key)
{
    return std::any_of(keys.begin(), keys.end(), [key](const char *k) { return qstrcmp(k, key) == 0; });
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void figuresAreEachVariantsOwnAnalysis();
    void listenersLineUpByHeadphonesOrName();
    void sameChainsDifferInNothing();
};

void TestCompare::figuresAreEachVariantsOwnAnalysis()
{
    const ProjectLoad load = loadProject(kPodcastVariants);
    QVERIFY2(load.project, qPrintable(load.error));
    const Project &project = *load.project;
    QCOMPARE(project.variants.size(), std::size_t{2});
    const Comparison c = compareVariants(project);
    QCOMPARE(c.rows.size(), std::size_t{4}); // the same four listeners in both
    for (std::size_t v = 0; v < 2; ++v) {
        const Chain &chain = project.variants[v].chain;
        const AnalysisResult alone = analyze(chain);
        for (const ComparisonRow &row : c.rows) {
            const ComparedListener &cell = row.cells[v];
            QVERIFY(cell.result);
            const ListenerResult *own = alone.listener(cell.result->device);
            QVERIFY(own);
            QCOMPARE(cell.result->verdict, own->verdict);
            QCOMPARE(cell.result->maxSpl, own->maxSpl); // exactly: the same engine on the same chain
            QCOMPARE(cell.result->headroomDb, own->headroomDb);
            QCOMPARE(cell.result->hissSpl, own->hissSpl);
            QCOMPARE(cell.volumeDb, driverVolumeDb(chain, *own));
        }
    }
    // The splitter box costs every listener its level; the distribution amp gives each its own channel.
    for (const ComparisonRow &row : c.rows) {
        QCOMPARE(row.cells[0].result->verdict, Verdict::NeedsAmp);
        QCOMPARE(row.cells[1].result->verdict, Verdict::Ok);
        QVERIFY(has(differences(row), "verdict"));
        QVERIFY(has(differences(row), "maxSpl"));
    }
}

void TestCompare::listenersLineUpByHeadphonesOrName()
{
    // Variant B renames the devices but keeps the listener names, drops one listener and adds another.
    const auto phones = [](const char *id, const char *listener) {
        Device d(QString::fromLatin1(id), test::phonesPerVolt(32, 110));
        d.settings.listener = QString::fromLatin1(listener);
        return d;
    };
    Chain a;
    a.devices = {phones("p1", "Host"), phones("p2", "Guest")};
    Chain b;
    b.devices = {phones("x2", "Guest"), phones("x3", "Producer"), phones("x1", "Host")};
    Project project;
    project.variants = {{QStringLiteral("A"), a}, {QStringLiteral("B"), b}};
    const Comparison c = compareVariants(project);
    QCOMPARE(c.rows.size(), std::size_t{3});
    const auto deviceIn = [&](std::size_t row, std::size_t v) {
        const ComparedListener &cell = c.rows[row].cells[v];
        return cell.result ? project.variants[v].chain.devices[static_cast<std::size_t>(cell.result->device)].id : QStringLiteral("-");
    };
    QCOMPARE(deviceIn(0, 0) + deviceIn(0, 1), QStringLiteral("p1x1"));
    QCOMPARE(deviceIn(1, 0) + deviceIn(1, 1), QStringLiteral("p2x2"));
    QCOMPARE(deviceIn(2, 0) + deviceIn(2, 1), QStringLiteral("-x3"));
    QVERIFY(has(differences(c.rows[2]), "verdict")); // in one variant only
    // Only the variants asked for, in the order asked.
    const Comparison reversed = compareVariants(project, {1, 0});
    QCOMPARE(reversed.variants, (std::vector<int>{1, 0}));
    QCOMPARE(reversed.rows.size(), std::size_t{3});
}

void TestCompare::sameChainsDifferInNothing()
{
    const ProjectLoad load = loadProject(kPodcastVariants);
    QVERIFY(load.project);
    Project project;
    project.variants = {{QStringLiteral("A"), load.project->variants[1].chain}, {QStringLiteral("B"), load.project->variants[1].chain}};
    for (const ComparisonRow &row : compareVariants(project).rows)
        QVERIFY(differences(row).empty());
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
