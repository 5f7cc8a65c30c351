// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The .headroom format: every example round-trips, bad input is refused with file, JSON path and problem, saving is
// atomic.

#include "analysis.h"
#include "crashtest.h"
#include "chainbuilder.h"
#include "projectfile.h"
#include "specjson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cstdio>
#include <cstdlib>

using namespace headroom;
using namespace headroom::test;

namespace {

QStringList exampleFiles()
{
    const QDir dir(QStringLiteral(HEADROOM_SOURCE_DIR "/examples"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.headroom")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

/// A minimal valid project with one device whose JSON is spliced in.
QByteArray withDevice(const QByteArray &device, const QByteArray &connections = "[]")
{
    return R"({"format": "headroom-project", "version": 1, "devices": [)" + device + R"(], "connections": )" + connections + "}";
}

const QByteArray kPhones = R"({"id": "hp", "spec": {"kind": "headphones", "figures": {"impedanceOhm": 32}}})";
const QByteArray kPlayer = R"({"id": "pc", "spec": {"kind": "player"}})";

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void specFormsReadAlike();
    void examplesStateTheirVerdict_data();
    void examplesStateTheirVerdict();
    void variantsAreStoredAndVersionOneIsOne();
    void defaultsForMissingFields();
    void invalidInput_data();
    void invalidInput();
    void saveIsAtomic();
    void saveFailureLeavesPreviousFile();
    void killedSaveLeavesAWholeFile();
    void readOnlyFolderKeepsThePreviousFile();
};

void TestProjectFile::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &file : exampleFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    QVERIFY(exampleFiles().size() >= 8);
}

void TestProjectFile::examplesRoundTrip()
{
    QFETCH(QString, path);
    const ProjectLoad first = loadProject(path);
    QVERIFY2(first.project, qPrintable(first.error));
    const QByteArray saved = serializeProject(*first.project);
    const ProjectLoad second = parseProject(saved, QStringLiteral("saved"));
    QVERIFY2(second.project, qPrintable(second.error));
    QCOMPARE(serializeProject(*second.project), saved);
    QCOMPARE(second.project->current, first.project->current);
    QCOMPARE(second.project->variants.size(), first.project->variants.size());
    for (std::size_t v = 0; v < first.project->variants.size(); ++v) {
        const Chain &a = first.project->variants[v].chain;
        const Chain &b = second.project->variants[v].chain;
        QCOMPARE(second.project->variants[v].name, first.project->variants[v].name);
        QCOMPARE(b.devices.size(), a.devices.size());
        for (std::size_t i = 0; i < a.devices.size(); ++i) {
            QVERIFY(b.devices[i].spec == a.devices[i].spec);
            QVERIFY(b.devices[i].settings == a.devices[i].settings);
        }
        QVERIFY(b.connections == a.connections);
    }
}

void TestProjectFile::specFormsReadAlike()
{
    // One specification in the form projects were saved in before (bare values, "sources" beside them, bare arrays
    // with *Source citations) and in the shared form: both read to the same spec, and it writes the shared form.
    const QByteArray older = R"({"kind": "headphones", "brand": "B", "model": "M",
        "figures": {"impedanceOhm": 32, "sensitivity": 100, "sensitivityUnit": "dB/V"},
        "sources": {"impedanceOhm": {"url": "https://example.com/m", "provenance": "measurement", "note": "at 1 kHz"}},
        "impedanceCurve": [[20, 40, 10], [1000, 32, 0], [20000, 35, -5]],
        "impedanceCurveSource": {"url": "https://example.com/curve", "provenance": "measurement"}})";
    const QByteArray shared = R"({"kind": "headphones", "brand": "B", "model": "M", "variant": "",
        "figures": {"impedanceOhm": {"value": 32, "source": "https://example.com/m", "provenance": "measurement", "note": "at 1 kHz"},
                    "sensitivity": {"value": 100}, "sensitivityUnit": {"value": "dB/V"}},
        "impedanceCurve": {"points": [[20, 40, 10], [1000, 32, 0], [20000, 35, -5]], "source": "https://example.com/curve",
                           "provenance": "measurement"}})";
    QList<SpecJsonError> errors;
    const DeviceSpec a = specFromJson(QJsonDocument::fromJson(older).object(), errors);
    const DeviceSpec b = specFromJson(QJsonDocument::fromJson(shared).object(), errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(a == b);
    QCOMPARE(a.curveCitation.url, QStringLiteral("https://example.com/curve"));
    QCOMPARE(a.source(Field::ImpedanceOhm)->note, QStringLiteral("at 1 kHz"));
    const QJsonObject expected = QJsonDocument::fromJson(shared).object();
    const QJsonObject written = specToJson(a); // with the structural figures' defaults too
    QCOMPARE(written.value(u"figures").toObject().value(u"impedanceOhm"), expected.value(u"figures").toObject().value(u"impedanceOhm"));
    QCOMPARE(written.value(u"impedanceCurve"), expected.value(u"impedanceCurve"));

    // An error names where it is, below the specification.
    const DeviceSpec broken = specFromJson(QJsonDocument::fromJson(R"({"kind": "headphones", "figures": {"impedanceOhm": {"value": "x"}},
        "impedanceCurve": {"points": [[20]]}})")
                                               .object(),
                                           errors);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].at, QStringLiteral("figures.impedanceOhm.value"));
    QCOMPARE(errors[1].at, QStringLiteral("impedanceCurve.points[0]"));
    QVERIFY(!broken.has(Field::ImpedanceOhm));
}

void TestProjectFile::variantsAreStoredAndVersionOneIsOne()
{
    // A version-1 file is one variant; two variants are written as version 2 and come back in order, the open one
    // open; one variant is written in the version-1 layout, which earlier versions read.
    const ProjectLoad v1 = parseProject(withDevice(kPhones), QStringLiteral("v1.headroom"));
    QVERIFY2(v1.project, qPrintable(v1.error));
    QCOMPARE(v1.project->variants.size(), std::size_t{1});
    QCOMPARE(v1.project->variants.front().name, QStringLiteral("Variant 1"));
    Project project = *v1.project;
    project.variants.push_back({project.freshName(), project.chain()});
    project.variants.back().chain.devices.front().settings.listener = QStringLiteral("Guest");
    project.current = 1;
    const QByteArray two = serializeProject(project);
    QVERIFY(two.contains("\"version\": 2"));
    const ProjectLoad back = parseProject(two, QStringLiteral("v2.headroom"));
    QVERIFY2(back.project, qPrintable(back.error));
    QCOMPARE(back.project->variants.size(), std::size_t{2});
    QCOMPARE(back.project->variants[1].name, QStringLiteral("Variant 2"));
    QCOMPARE(back.project->current, 1);
    QCOMPARE(back.chain()->devices.front().settings.listener, QStringLiteral("Guest"));
    QVERIFY(back.project->variants[0].chain.devices.front().settings.listener.isEmpty());
    project.variants.pop_back();
    project.current = 0;
    QVERIFY(serializeProject(project).contains("\"version\": 1"));
    QVERIFY(!serializeProject(project).contains("variants"));
}

void TestProjectFile::examplesStateTheirVerdict_data() { examplesRoundTrip_data(); }

void TestProjectFile::examplesStateTheirVerdict()
{
    QFETCH(QString, path);
    const ProjectLoad load = loadProject(path);
    QVERIFY(load.chain());
    QVERIFY2(load.chain()->description.contains(u"Expected verdict"), qPrintable(path));
    QVERIFY(!load.chain()->title.isEmpty());
}

void TestProjectFile::defaultsForMissingFields()
{
    const ProjectLoad load = parseProject(withDevice(kPhones), QStringLiteral("min.headroom"));
    QVERIFY2(load.chain(), qPrintable(load.error));
    const Device &d = load.chain()->devices.front();
    QCOMPARE(d.settings.targetPeakSplDb, 110.0);
    QCOMPARE(d.x, 0.0);
    QVERIFY(!d.spec.has(Field::Sensitivity));
    QCOMPARE(d.spec.count(Field::SensitivityUnit), int(SensitivityUnit::DbPerMw));
    // No version at all: read as version 1.
    QVERIFY(parseProject(R"({"devices": []})", QStringLiteral("v.headroom")).chain());
    // A level table and an impedance curve keep where they were read, through a save and a read.
    DeviceSpec jack = makeSpec(DeviceKind::Player, {});
    jack.setLevelByLoad({{0, 150, 1.25}, {150, 1000, 3.0}});
    jack.levelCitation = {QStringLiteral("https://support.apple.com/en-us/HT212856"), Provenance::Manufacturer,
                          QStringLiteral("Apple's support page")};
    DeviceSpec phones = makeSpec(DeviceKind::Headphones, {{Field::ImpedanceOhm, 300}});
    phones.setImpedanceCurve({{20, 420, 30}, {1000, 300, 5}, {20000, 330, 20}});
    phones.curveCitation = {QStringLiteral("https://example.com/hd600-impedance"), Provenance::Measurement, {}};
    Chain cited;
    cited.devices.emplace_back(QStringLiteral("mac"), jack);
    cited.devices.emplace_back(QStringLiteral("hd600"), phones);
    const ProjectLoad back = parseProject(serializeProject(cited), QStringLiteral("cited.headroom"));
    QVERIFY2(back.chain(), qPrintable(back.error));
    QCOMPARE(back.chain()->devices[0].spec.levelCitation, jack.levelCitation);
    QCOMPARE(back.chain()->devices[1].spec.curveCitation, phones.curveCitation);
    // The tone's older key reads as the tone, and is written with today's.
    const ProjectLoad sine =
        parseProject(withDevice(R"({"id": "pc", "spec": {"kind": "player"}, "settings": {"program": "sine"}})"), QStringLiteral("sine.headroom"));
    QVERIFY2(sine.chain(), qPrintable(sine.error));
    QCOMPARE(sine.chain()->devices.front().settings.programme, Programme::Tone);
    QVERIFY(serializeProject(*sine.project).contains(R"("program": "tone")"));
}

void TestProjectFile::invalidInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad JSON") << QByteArray("{\"devices\": [\n  {\"id\": }") << "bad.headroom: not valid JSON at line 2";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "bad.headroom: $: expected a JSON object";
    QTest::newRow("newer version") << QByteArray(R"({"version": 7})")
                                   << "bad.headroom: $.version: the file was saved by a newer Headroom (format version 7)";
    QTest::newRow("other format") << QByteArray(R"({"format": "something"})") << "$.format: \"something\" is not a Headroom project";
    QTest::newRow("unknown kind") << withDevice(R"({"id": "x", "spec": {"kind": "theremin"}})")
                                  << "$.devices[0].spec.kind: unknown kind \"theremin\"";
    QTest::newRow("missing kind") << withDevice(R"({"id": "x", "spec": {}})") << "$.devices[0].spec.kind: is missing";
    QTest::newRow("negative impedance") << withDevice(R"({"id": "hp", "spec": {"kind": "headphones", "figures": {"impedanceOhm": -32}}})")
                                        << "$.devices[0].spec.figures.impedanceOhm: -32 is outside the sane range";
    QTest::newRow("NaN as a string") << withDevice(R"({"id": "hp", "spec": {"kind": "headphones", "figures": {"impedanceOhm": "NaN"}}})")
                                     << "$.devices[0].spec.figures.impedanceOhm: \"NaN\" is not a number";
    QTest::newRow("figure of another kind") << withDevice(R"({"id": "hp", "spec": {"kind": "headphones", "figures": {"gainDb": 10}}})")
                                            << "$.devices[0].spec.figures.gainDb: is not a figure of a device of kind \"headphones\"";
    QTest::newRow("bad choice") << withDevice(R"({"id": "hp", "spec": {"kind": "headphones", "figures": {"sensitivityUnit": "dB/W"}}})")
                                << "$.devices[0].spec.figures.sensitivityUnit: expected one of dB/mW, dB/V";
    QTest::newRow("bad curve") << withDevice(R"({"id": "hp", "spec": {"kind": "headphones", "impedanceCurve": [[1000, 32], [100, 40]]}})")
                               << "$.devices[0].spec.impedanceCurve: needs rising frequencies";
    QTest::newRow("duplicate id") << withDevice(kPhones + "," + kPhones) << "$.devices[1].id: \"hp\" is used by another device";
    QTest::newRow("bad id") << withDevice(R"({"id": "a.b", "spec": {"kind": "player"}})") << "$.devices[0].id: \"a.b\" may hold only";
    QTest::newRow("dangling connection") << withDevice(kPlayer, R"([{"from": "pc.hp1", "to": "amp.in"}])")
                                         << "$.connections[0].to: no device \"amp\"";
    QTest::newRow("unknown port") << withDevice(kPlayer + "," + kPhones, R"([{"from": "pc.hp9", "to": "hp.in"}])")
                                  << "$.connections[0].from: device \"pc\" has no port \"hp9\"";
    QTest::newRow("wrong direction") << withDevice(kPlayer + "," + kPhones, R"([{"from": "hp.in", "to": "pc.hp1"}])")
                                     << "$.connections[0].from: \"hp.in\" is an input";
    QTest::newRow("settings of an unknown port") << withDevice(
        R"({"id": "pc", "spec": {"kind": "player"}, "settings": {"ports": {"hp7": {"volumeDb": -3}}}})")
                                                 << "$.devices[0].settings.ports.hp7: device \"pc\" has no port \"hp7\"";
    QTest::newRow("volume above full") << withDevice(R"({"id": "pc", "spec": {"kind": "player"}, "settings": {"ports": {"hp1": {"volumeDb": 6}}}})")
                                       << "$.devices[0].settings.ports.hp1.volumeDb: 6 is outside -120…0 dB";
    QTest::newRow("negative distance") << withDevice(R"({"id": "v", "spec": {"kind": "acoustic-source"}, "settings": {"distanceM": -1}})")
                                       << "$.devices[0].settings.distanceM: -1 is outside 0.005…10 m";
    // Finite but absurd: found by probing, these gave "clipping by inf dB" and null figures.
    QTest::newRow("programme level of 7000 dBFS") << withDevice(R"({"id": "pc", "spec": {"kind": "player"}, "settings": {"levelDbfs": 7000}})")
                                                  << "$.devices[0].settings.levelDbfs: 7000 is outside -120…3 dBFS";
    QTest::newRow("peak target of -7000 dB SPL") << withDevice(
        R"({"id": "p", "spec": {"kind": "headphones"}, "settings": {"targetPeakSplDb": -7000}})")
                                                 << "$.devices[0].settings.targetPeakSplDb: -7000 is outside 60…140 dB SPL";
    QTest::newRow("voice at 7000 dB SPL") << withDevice(R"({"id": "v", "spec": {"kind": "acoustic-source"}, "settings": {"splDb": 7000}})")
                                          << "$.devices[0].settings.splDb: 7000 is outside 0…150 dB SPL";
    QTest::newRow("pickup at 7000 dBV") << withDevice(R"({"id": "g", "spec": {"kind": "instrument"}, "settings": {"levelDbv": 7000}})")
                                        << "$.devices[0].settings.levelDbv: 7000 is outside -80…20 dBV";
    QTest::newRow("curve point at 1e-300 ohms")
        << withDevice(R"({"id": "p", "spec": {"kind": "headphones", "impedanceCurve": [[20, 1e-300], [1000, 32]]}})")
        << "$.devices[0].spec.impedanceCurve: needs rising frequencies from 1 Hz to 200 kHz, magnitudes from 1 to 1000000 Ω";
    QTest::newRow("curve point at 1.7e308 ohms") << withDevice(
        R"({"id": "p", "spec": {"kind": "headphones", "impedanceCurve": [[20, 32], [1000, 1.7e308]]}})")
                                                 << "$.devices[0].spec.impedanceCurve: needs rising frequencies";
    QTest::newRow("unknown programme") << withDevice(R"({"id": "pc", "spec": {"kind": "player"}, "settings": {"program": "polka"}})")
                                       << "$.devices[0].settings.program: expected speech, music, pink-noise, tone or sweep";
    QTest::newRow("no variants") << QByteArray(R"({"version": 2, "variants": []})") << "$.variants: needs at least one variant";
    QTest::newRow("unnamed variant") << QByteArray(R"({"version": 2, "variants": [{"devices": []}]})") << "$.variants[0].name: is missing";
    QTest::newRow("two variants of one name") << QByteArray(R"({"version": 2, "variants": [{"name": "A"}, {"name": "A"}]})")
                                              << "$.variants[1].name: \"A\" is used by another variant";
    QTest::newRow("current variant missing") << QByteArray(R"({"version": 2, "currentVariant": "B", "variants": [{"name": "A"}]})")
                                             << "$.currentVariant: no variant is named \"B\"";
    QTest::newRow("bad device in a variant") << QByteArray(
        R"({"version": 2, "variants": [{"name": "A"}, {"name": "B", "devices": [{"id": "x", "spec": {}}]}]})")
                                             << "$.variants[1].devices[0].spec.kind: is missing";
    QTest::newRow("level ranges that overlap") << withDevice(
        R"({"id": "mac", "spec": {"kind": "player", "levelByLoad": [[0, 200, 1.25], [150, 1000, 3]]}})")
                                               << "$.devices[0].spec.levelByLoad: needs ranges of rising loads that do not overlap";
    QTest::newRow("level range of two numbers") << withDevice(R"({"id": "mac", "spec": {"kind": "player", "levelByLoad": [[0, 150]]}})")
                                                << "$.devices[0].spec.levelByLoad[0]: expected [from ohms, to ohms, volts]";
    QTest::newRow("level ranges on headphones") << withDevice(R"({"id": "hp", "spec": {"kind": "headphones", "levelByLoad": [[0, 150, 1]]}})")
                                                << "$.devices[0].spec.levelByLoad: only a headphone output has a level per load";
    QTest::newRow("string where a number goes") << withDevice(R"({"id": "pc", "spec": {"kind": "player"}, "position": {"x": "left"}})")
                                                << "$.devices[0].position.x: \"left\" is not a number";
}

void TestProjectFile::invalidInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const ProjectLoad load = parseProject(json, QStringLiteral("bad.headroom"));
    QVERIFY(!load.chain());
    QVERIFY2(load.error.contains(expected), qPrintable(load.error));
    QVERIFY(load.error.startsWith(u"bad.headroom: "));
}

void TestProjectFile::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.headroom"));
    const Chain chain = *loadProject(exampleFiles().first()).chain();
    QVERIFY(saveProject(chain, path).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.headroom")}); // no temporary left behind
    const ProjectLoad back = loadProject(path);
    QVERIFY(back.chain());
    QCOMPARE(serializeProject(*back.chain()), serializeProject(chain));
}

void TestProjectFile::saveFailureLeavesPreviousFile()
{
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/p.headroom"));
    const QString error = saveProject(Chain{}, missingDir);
    QVERIFY(error.contains(missingDir));

    // A directory standing where the file should go: the save fails and the directory is untouched.
    const QString occupied = dir.filePath(QStringLiteral("taken.headroom"));
    QVERIFY(QDir().mkpath(occupied + QStringLiteral("/keep")));
    QVERIFY(!saveProject(Chain{}, occupied).isEmpty());
    QVERIFY(QFileInfo(occupied + QStringLiteral("/keep")).isDir());
}

namespace {

/// Two versions of a large project (the podcast example, its devices repeated): a save writes one or the other.
std::array<QByteArray, 2> twoVersions()
{
    Chain chain = *loadProject(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/04-podcast-distribution-amp.headroom")).chain();
    const std::vector<Device> block = chain.devices;
    for (int copy = 1; copy < 60; ++copy)
        for (Device d : block) {
            d.id += QStringLiteral("-%1").arg(copy);
            chain.devices.push_back(d);
        }
    Chain other = chain;
    other.title = QStringLiteral("second version");
    return {serializeProject(chain), serializeProject(other)};
}

/// The child's work in killedSaveLeavesAWholeFile: saves the two versions in turn until it is killed.
[[noreturn]] void saveForever(const QString &path)
{
    const std::array<QByteArray, 2> versions = twoVersions();
    const std::array<Chain, 2> chains{*parseProject(versions[0], {}).chain(), *parseProject(versions[1], {}).chain()};
    for (std::size_t i = 0;; ++i)
        if (!saveProject(chains[i % 2], path).isEmpty())
            std::exit(2);
}

/// The child's work in readOnlyFolderKeepsThePreviousFile: saves the second version once; any error on stderr.
[[noreturn]] void saveOnce(const QString &path)
{
    const QString error = saveProject(*parseProject(twoVersions()[1], {}).chain(), path);
    std::fputs(qPrintable(error), stderr);
    std::exit(error.isEmpty() ? 0 : 1);
}

} // namespace

void TestProjectFile::killedSaveLeavesAWholeFile()
{
    // A program saving (or autosaving: the same saveProject) a 660-device project over and over, killed with
    // SIGKILL at 30 random moments: the file is always one whole version, never a mixture or a part.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.headroom"));
    const std::array<QByteArray, 2> versions = twoVersions();
    for (int run = 0; run < 30; ++run) {
        QProcess saver;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HEADROOM_TEST_SAVE_FOREVER"), path);
        saver.setProcessEnvironment(env);
        saver.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(saver.waitForStarted());
        QTRY_VERIFY(QFile::exists(path)); // the first save is done
        headroom::test::killAtRandom(saver, 1, 60);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content == versions[0] || content == versions[1],
                 qPrintable(QStringLiteral("run %1: %2 bytes of neither version").arg(run).arg(content.size())));
        QVERIFY(parseProject(content, path).chain());
        QFile::remove(path);
    }
}

void TestProjectFile::readOnlyFolderKeepsThePreviousFile()
{
    // Saving over a project in a folder the user may not write to (mode 0555; the file itself writable): refused
    // with the file's name, the file untouched, nothing added to the folder.
    QTemporaryDir dir;
    const auto mode = [](bool writable) {
        return QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | (writable ? QFile::WriteOwner : QFile::Permissions{});
    };
    QVERIFY(QFile::setPermissions(dir.path(), mode(true)));
    const QString path = dir.filePath(QStringLiteral("project.headroom"));
    const QByteArray before = twoVersions()[0];
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
    QVERIFY(QFile::setPermissions(dir.path(), mode(false)));
    QProcess saver;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HEADROOM_TEST_SAVE_ONCE"), path);
    saver.setProcessEnvironment(env);
    headroom::test::startUnprivileged(saver, QCoreApplication::applicationFilePath(), {});
    QVERIFY(saver.waitForFinished(60000));
    const QByteArray err = saver.readAllStandardError();
    QVERIFY(QFile::setPermissions(dir.path(), mode(true))); // to clean up
    QCOMPARE(saver.exitCode(), 1);
    QVERIFY2(err.contains(path.toUtf8()), err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("project.headroom")});
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("HEADROOM_TEST_SAVE_FOREVER"); !path.isEmpty())
        saveForever(path);
    if (const QString path = qEnvironmentVariable("HEADROOM_TEST_SAVE_ONCE"); !path.isEmpty())
        saveOnce(path);
    TestProjectFile test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_projectfile.moc"
