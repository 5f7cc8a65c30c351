// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The advisor: products tried in a copy of the chain, ranked by the engine's result, wired as a person would. The
// expected figures are hand calculations (written beside each case, tolerance 0.01 dB) or the examples' findings.

#include "advisor.h"
#include "chainbuilder.h"
#include "projectfile.h"
#include "units.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr double kTolerance = 0.01;

/// A headphone amp whose outputs reach `volts` RMS open circuit from 0 Ω, with 20 dB of gain.
Product amp(const QString &id, double volts)
{
    return {id,
            makeSpec(DeviceKind::HeadphoneAmp,
                     {{Field::HpMaxLevelDbu, units::voltsToDbu(volts)}, {Field::HpOutputImpedanceOhm, 0}, {Field::GainDb, 20}})};
}

/// A 1 V, 10 Ω player output into 300 Ω headphones of 100 dB SPL/V, optionally through an amp of `ampVolts`.
Chain playerInto300Ohm(double ampVolts = 0)
{
    ChainBuilder b;
    b.add(QStringLiteral("pc"), playerOutput(1, 10)).add(QStringLiteral("phones"), phonesPerVolt(300, 100));
    if (ampVolts > 0) {
        b.add(QStringLiteral("amp"), amp(QStringLiteral("weak"), ampVolts).spec);
        b.connect(QStringLiteral("pc.hp1"), QStringLiteral("amp.in")).connect(QStringLiteral("amp.out1"), QStringLiteral("phones.in"));
    } else {
        b.connect(QStringLiteral("pc.hp1"), QStringLiteral("phones.in"));
    }
    return b.chain();
}

bool hasCable(const Chain &chain, const QString &from, const QString &to)
{
    return std::any_of(chain.connections.begin(), chain.connections.end(),
                       [&](const Connection &c) { return c.from.toString() == from && c.to.toString() == to; });
}

Chain example(const char *name) { return *loadProject(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/") + QLatin1StringView(name)).chain(); }

} // namespace

class TestAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void headphoneAmpRankedByResult()
    {
        // Before: 1 V·300/310 into 100 dB SPL/V → 99.71 dB SPL, 10.29 dB short of 110. An 8 V amp from 0 Ω:
        // 100 + 20·log10(8) = 118.06 → 8.06 dB to spare; a 2 V amp: 106.02 → still 3.98 dB short.
        const Chain chain = playerInto300Ohm();
        const std::vector<Suggestion> s = advise(chain, analyze(chain), {amp(QStringLiteral("weak"), 2), amp(QStringLiteral("strong"), 8)});
        QCOMPARE(s.size(), std::size_t{2});
        QCOMPARE(s[0].candidateId, QStringLiteral("strong"));
        QVERIFY(s[0].solved);
        QCOMPARE(s[0].kind, AdviceKind::AddHeadphoneAmp);
        QVERIFY(std::abs(s[0].before - (100 + 20 * std::log10(300.0 / 310) - 110)) < kTolerance);
        QVERIFY2(std::abs(s[0].after - (100 + 20 * std::log10(8.0) - 110)) < kTolerance, qPrintable(QString::number(s[0].after)));
        QVERIFY(!s[1].solved);
        QVERIFY(std::abs(s[1].after - (100 + 20 * std::log10(2.0) - 110)) < kTolerance);
        // The player has no line output: the amp takes its headphone output, and the headphones move to the amp.
        QVERIFY(hasCable(s[0].chain, QStringLiteral("pc.hp1"), s[0].changedDevice + QStringLiteral(".in")));
        QVERIFY(hasCable(s[0].chain, s[0].changedDevice + QStringLiteral(".out1"), QStringLiteral("phones.in")));
        QVERIFY(!hasCable(s[0].chain, QStringLiteral("pc.hp1"), QStringLiteral("phones.in")));
        QVERIFY(std::any_of(s[0].cleared.begin(), s[0].cleared.end(), [](const Finding &f) { return f.code == FindingCode::NeedsHeadphoneAmp; }));
        QCOMPARE(advise(chain, analyze(chain), {amp(QStringLiteral("weak"), 2), amp(QStringLiteral("strong"), 8)}, 1).size(), std::size_t{1});
    }

    void ampFedFromAFreeLineOutput()
    {
        // The Scarlett's DT 990 PRO 250 Ω is marginal on its headphone output; the amp goes on a free line output.
        const Chain chain = example("02-interface-250-ohm-headphones.headroom");
        const std::vector<Suggestion> s = advise(chain, analyze(chain), {amp(QStringLiteral("strong"), 8)});
        QCOMPARE(s.size(), std::size_t{1});
        QCOMPARE(s[0].problem, FindingCode::Marginal);
        QVERIFY(s[0].solved);
        QVERIFY(hasCable(s[0].chain, QStringLiteral("scarlett.line_out1"), s[0].changedDevice + QStringLiteral(".in")));
        QVERIFY(hasCable(s[0].chain, s[0].changedDevice + QStringLiteral(".out1"), QStringLiteral("dt990.in")));
        QCOMPARE(s[0].chain.devices.size(), chain.devices.size() + 1);
    }

    void weakAmpReplaced()
    {
        // A 2 V amp falls short (106.02 dB SPL); an 8 V one in its place, on its cables, reaches 118.06 dB SPL.
        const Chain chain = playerInto300Ohm(2);
        const std::vector<Suggestion> s = advise(chain, analyze(chain), {amp(QStringLiteral("strong"), 8)});
        QCOMPARE(s.size(), std::size_t{1});
        QCOMPARE(s[0].problem, FindingCode::AmpTooWeak);
        QCOMPARE(s[0].kind, AdviceKind::ReplaceHeadphoneAmp);
        QCOMPARE(s[0].changedDevice, QStringLiteral("amp"));
        QCOMPARE(s[0].chain.connections, chain.connections);
        QVERIFY(std::abs(s[0].after - (100 + 20 * std::log10(8.0) - 110)) < kTolerance);
    }

    void inlinePreampForAShortMicrophone()
    {
        // The example's SM7B needs 63.4 dB of the preamp's 56 (7.4 short); a +27 dB booster leaves 27 − 7.4 = 19.6 dB
        // to spare, on 48 V, with the gain no longer pinned at the maximum.
        const Chain chain = example("05-sm7b-on-56-db-preamp.headroom");
        const Product booster{QStringLiteral("booster"), makeSpec(DeviceKind::InlinePreamp, {{Field::GainDb, 27}})};
        const std::vector<Suggestion> s = advise(chain, analyze(chain), {booster, amp(QStringLiteral("amp"), 8)});
        QCOMPARE(s.size(), std::size_t{1}); // an amp is no answer to a microphone
        QCOMPARE(s[0].kind, AdviceKind::AddInlinePreamp);
        QVERIFY(s[0].solved);
        QVERIFY(std::abs(s[0].before + 7.4) < 0.05); // the finding's own figure, rounded in its message
        QVERIFY(std::abs(s[0].after - (27 + s[0].before)) < kTolerance);
        QVERIFY(s[0].added.empty());
        const Device &input = *s[0].chain.device(QStringLiteral("iface"));
        const PortSettings &port = input.settings.ports[static_cast<std::size_t>(input.portIndex(u"in1"))];
        QVERIFY(port.phantom);
        QVERIFY(std::isnan(port.gainDb));
        QVERIFY(hasCable(s[0].chain, QStringLiteral("sm7b.out"), s[0].changedDevice + QStringLiteral(".in")));
    }

    void distributionAmpReplacesASplitter()
    {
        // The Y-splitter costs its two listeners level; a two-channel amp takes its place, fed from the Scarlett's
        // free line output, a channel each, each turned down to put its listener's peaks on the target.
        const Chain chain = example("03-y-splitter-two-headphones.headroom");
        Product two = amp(QStringLiteral("two"), 8);
        two.spec.set(Field::Channels, 2);
        const AnalysisResult result = analyze(chain);
        const auto splitter =
            std::find_if(result.findings.begin(), result.findings.end(), [](const Finding &f) { return f.code == FindingCode::SplitterLoading; });
        QVERIFY(splitter != result.findings.end());
        const std::vector<Suggestion> s = adviseFor(chain, result, *splitter, {two, amp(QStringLiteral("one"), 8)});
        QCOMPARE(s.size(), std::size_t{1}); // a one-channel amp has no place for the second listener
        QCOMPARE(s[0].kind, AdviceKind::ReplaceSplitter);
        QVERIFY(s[0].solved);
        QVERIFY(s[0].after > 0);
        QCOMPARE(s[0].chain.indexOf(s[0].changedDevice), splitter->device); // in the splitter's place
        QVERIFY(hasCable(s[0].chain, QStringLiteral("scarlett.line_out1"), s[0].changedDevice + QStringLiteral(".in")));
        QVERIFY(hasCable(s[0].chain, s[0].changedDevice + QStringLiteral(".out1"), QStringLiteral("m50x.in")));
        QVERIFY(hasCable(s[0].chain, s[0].changedDevice + QStringLiteral(".out2"), QStringLiteral("dt770.in")));
        for (const ListenerResult &l : s[0].result.listeners) // peaks on the 110 dB SPL target (±0.01 dB)
            QVERIFY2(std::abs(l.peakSpl - l.targetPeakSpl) < kTolerance, qPrintable(QString::number(l.peakSpl)));
    }

    void otherHeadphonesOnTheSameOutput()
    {
        // 1 V from 10 Ω. 32 Ω at 110 dB SPL/V: 110 + 20·log10(32/42) = 107.64, still 2.36 dB short; 300 Ω at
        // 112 dB SPL/V: 112 + 20·log10(300/310) = 111.72, 1.72 dB to spare. The listener keeps its name and cable.
        ChainBuilder b;
        b.add(QStringLiteral("pc"), playerOutput(1, 10)).add(QStringLiteral("phones"), phonesPerVolt(300, 100));
        b.connect(QStringLiteral("pc.hp1"), QStringLiteral("phones.in"));
        b.settings(QStringLiteral("phones")).listener = QStringLiteral("Guest");
        const Chain &chain = b.chain();
        const std::vector<Suggestion> s =
            advise(chain, analyze(chain), {{QStringLiteral("low"), phonesPerVolt(32, 110)}, {QStringLiteral("high"), phonesPerVolt(300, 112)}});
        QCOMPARE(s.size(), std::size_t{2});
        QCOMPARE(s[0].kind, AdviceKind::ReplaceHeadphones);
        QCOMPARE(s[0].candidateId, QStringLiteral("high"));
        QVERIFY(s[0].solved);
        QVERIFY2(std::abs(s[0].after - (112 + 20 * std::log10(300.0 / 310) - 110)) < kTolerance, qPrintable(QString::number(s[0].after)));
        QVERIFY(!s[1].solved);
        QVERIFY(std::abs(s[1].after - (110 + 20 * std::log10(32.0 / 42) - 110)) < kTolerance);
        QCOMPARE(s[0].changedDevice, QStringLiteral("phones"));
        QCOMPARE(s[0].chain.device(u"phones")->settings.listener, QStringLiteral("Guest"));
        QCOMPARE(s[0].chain.connections, chain.connections);
    }

    void anotherInterface()
    {
        // The Scarlett's DT 990 PRO is 0.4 dB short; an interface whose headphone output gives 20 dBu (7.75 V) from
        // 0 Ω reaches sensitivity + 20·log10(7.75 V), on the same cables. No interface is offered for a laptop's jack.
        const Chain chain = example("02-interface-250-ohm-headphones.headroom");
        const AnalysisResult before = analyze(chain);
        const Product strong{QStringLiteral("strong-interface"),
                             makeSpec(DeviceKind::Interface,
                                      {{Field::ComboInputs, 2},
                                       {Field::LineOutputs, 1},
                                       {Field::HeadphoneOutputs, 1},
                                       {Field::HpMaxLevelDbu, 20},
                                       {Field::HpOutputImpedanceOhm, 0},
                                       {Field::HpConnector, static_cast<double>(Connector::Trs635)}})};
        const std::vector<Suggestion> s = advise(chain, before, {strong});
        QCOMPARE(s.size(), std::size_t{1});
        QCOMPARE(s[0].kind, AdviceKind::ReplaceInterface);
        QCOMPARE(s[0].changedDevice, QStringLiteral("scarlett"));
        QVERIFY(s[0].solved);
        const double sensitivity = before.listeners.front().sensitivityDbPerV;
        QVERIFY2(std::abs(s[0].after - (sensitivity + 20 * std::log10(units::dbuToVolts(20)) - 110)) < kTolerance,
                 qPrintable(QString::number(s[0].after)));
        QCOMPARE(s[0].chain.connections, chain.connections);
        const Chain laptop = playerInto300Ohm();
        QVERIFY(advise(laptop, analyze(laptop), {strong}).empty());
    }

    void nothingToFix()
    {
        const Chain chain = example("01-interface-studio-headphones.headroom");
        QVERIFY(advise(chain, analyze(chain), {amp(QStringLiteral("strong"), 8)}).empty());
    }
};

QTEST_GUILESS_MAIN(TestAdvisor)
#include "tst_advisor.moc"
