// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The "your gear" form: figures typed as text are checked as an import is, a catalog entry is edited as a copy,
// your own entries are updated and deleted, the catalog never is.

#include "curveexports.h"
#include "geareditor.h"
#include "gearlibrary.h"
#include "gearsearchmodel.h"
#include "projectcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace headroom;

namespace {

QVariantMap field(const GearEditor &editor, const QString &key)
{
    for (const QVariant &f : editor.fields())
        if (f.toMap().value(QStringLiteral("key")) == key)
            return f.toMap();
    return {};
}

} // namespace

class TestGearEditor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(GearLibrary::defaultUserPath()); // every test starts with no gear of its own
    }
    void newProductCheckedAndSaved();
    void catalogEntryEditedAsCopy();
    void removeOnlyYourOwn();
    void shopPriceAndStock();
    void levelPerLoadTyped();
    void measuredCurveImported();
    void everyPartOfTheAppSeesYourGearAtOnce();
    void theLibraryListsEveryProduct();
};

void TestGearEditor::newProductCheckedAndSaved()
{
    GearEditor editor;
    editor.startNew(QStringLiteral("headphones"));
    QCOMPARE(field(editor, QStringLiteral("impedanceOhm")).value(QStringLiteral("unit")).toString(), QStringLiteral("Ω"));
    editor.setBrand(QStringLiteral("Acme"));
    editor.setModel(QStringLiteral("Studio Two"));
    editor.setSource(QStringLiteral("https://example.com/studio-two.pdf"));
    editor.setFieldText(QStringLiteral("impedanceOhm"), QStringLiteral("-80"));
    editor.setFieldText(QStringLiteral("sensitivity"), QStringLiteral("loud"));
    QVERIFY(editor.save().isEmpty());
    QVERIFY2(!field(editor, QStringLiteral("sensitivity")).value(QStringLiteral("error")).toString().isEmpty(), "not a number");

    editor.setFieldText(QStringLiteral("sensitivity"), QStringLiteral("98"));
    QVERIFY(editor.save().isEmpty()); // now the range check runs: a negative impedance is refused
    QVERIFY(!field(editor, QStringLiteral("impedanceOhm")).value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(field(editor, QStringLiteral("sensitivity")).value(QStringLiteral("error")).toString().isEmpty());

    editor.setFieldText(QStringLiteral("impedanceOhm"), QStringLiteral("80"));
    editor.setFieldText(QStringLiteral("sensitivityUnit"), QStringLiteral("dB/mW"));
    QSignalSpy gear(&editor, &GearEditor::gearChanged);
    const QString id = editor.save();
    QVERIFY2(id.startsWith(u"user-"), qPrintable(editor.error()));
    QCOMPARE(gear.count(), 1);
    GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
    const std::optional<GearRecord> saved = library.find(id);
    QVERIFY(saved);
    QCOMPARE(saved->origin, GearOrigin::User);
    QCOMPARE(saved->spec.value(Field::ImpedanceOhm), 80.0);
    QCOMPARE(saved->spec.source(Field::ImpedanceOhm)->url, QStringLiteral("https://example.com/studio-two.pdf"));

    // Saving again updates the same entry; a second product with the same name is refused.
    editor.setFieldText(QStringLiteral("impedanceOhm"), QStringLiteral("250"));
    QCOMPARE(editor.save(), id);
    QCOMPARE(library.find(id)->spec.value(Field::ImpedanceOhm), 250.0);
    GearEditor other;
    other.startNew(QStringLiteral("headphones"));
    other.setBrand(QStringLiteral("Acme"));
    other.setModel(QStringLiteral("Studio Two"));
    QVERIFY(other.save().isEmpty());
    QVERIFY2(other.error().contains(u"exists"), qPrintable(other.error()));
}

void TestGearEditor::catalogEntryEditedAsCopy()
{
    GearEditor editor;
    QVERIFY(editor.startCopy(QStringLiteral("sennheiser-hd-600")));
    QCOMPARE(editor.kind(), QStringLiteral("headphones"));
    QVERIFY(editor.gearId().isEmpty()); // a new entry of your own
    QVERIFY(editor.variant().contains(u"my copy"));
    QCOMPARE(field(editor, QStringLiteral("impedanceOhm")).value(QStringLiteral("text")).toString(), QStringLiteral("300"));
    QVERIFY(editor.source().startsWith(u"http"));
    const QString id = editor.save();
    QVERIFY2(id.startsWith(u"user-"), qPrintable(editor.error()));
    GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
    QCOMPARE(library.find(id)->basedOn, QStringLiteral("sennheiser-hd-600"));
    QCOMPARE(library.find(QStringLiteral("sennheiser-hd-600"))->origin, GearOrigin::Catalog); // untouched

    // Your own entry opens for editing in place.
    QVERIFY(editor.startCopy(id));
    QCOMPARE(editor.gearId(), id);
    QVERIFY(!editor.startCopy(QStringLiteral("no-such-product")));
}

void TestGearEditor::shopPriceAndStock()
{
    // A shop copies a catalog product and adds its price and stock; bad prices are refused with the reason.
    GearEditor editor;
    QVERIFY(editor.startCopy(QStringLiteral("sennheiser-hd-600")));
    QVERIFY(editor.price().isEmpty());
    editor.setPrice(QStringLiteral("cheap"));
    QVERIFY(editor.save().isEmpty());
    QVERIFY2(editor.error().contains(u"cheap"), qPrintable(editor.error()));
    editor.setPrice(QLocale().toString(349.0, 'f', 2));
    editor.setCurrency(QStringLiteral("euro"));
    QVERIFY(editor.save().isEmpty());
    QVERIFY2(editor.error().contains(u"three-letter"), qPrintable(editor.error()));
    editor.setCurrency(QStringLiteral("eur")); // taken as EUR
    editor.setStockNote(QStringLiteral("2 in the Main Street store"));
    const QString id = editor.save();
    QVERIFY2(!id.isEmpty(), qPrintable(editor.error()));
    GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
    const GearRecord saved = *library.find(id);
    QCOMPARE(saved.price, std::optional<double>(349));
    QCOMPARE(saved.currency, QStringLiteral("EUR"));
    QCOMPARE(saved.stockNote, QStringLiteral("2 in the Main Street store"));
    QVERIFY(editor.startCopy(id)); // and it comes back into the form
    QCOMPARE(editor.price(), QLocale().toString(349.0, 'f', 2));
    QCOMPARE(editor.stockNote(), saved.stockNote);
}

void TestGearEditor::levelPerLoadTyped()
{
    // A laptop jack that senses its load, typed as a person reads Apple's statement; nonsense is refused with the reason.
    GearEditor editor;
    editor.startNew(QStringLiteral("player"));
    QVERIFY(editor.hasOutputs());
    editor.setModel(QStringLiteral("Laptop jack"));
    editor.setSource(QStringLiteral("https://example.com/jack"));
    editor.setLevelByLoad(QStringLiteral("0-150: lots"));
    QVERIFY(editor.save().isEmpty());
    QVERIFY2(editor.error().contains(u"0-150: lots"), qPrintable(editor.error()));
    editor.setLevelByLoad(QStringLiteral("0-200: 1; 150-1000: 3"));
    QVERIFY(editor.save().isEmpty());
    QVERIFY2(editor.error().contains(u"overlap"), qPrintable(editor.error()));
    editor.setLevelByLoad(QStringLiteral("0-150: %1; 150-1000: 3").arg(QLocale().toString(1.25)));
    const QString id = editor.save();
    QVERIFY2(!id.isEmpty(), qPrintable(editor.error()));
    GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
    const GearRecord saved = *library.find(id);
    QVERIFY((saved.spec.levelByLoad() == std::vector<LoadLevel>{{0, 150, 1.25}, {150, 1000, 3}}));
    QCOMPARE(saved.spec.levelCitation.url, QStringLiteral("https://example.com/jack"));
    QVERIFY(editor.startCopy(id));
    QCOMPARE(editor.levelByLoad(), QStringLiteral("0-150: %1; 150-1000: 3").arg(QLocale().toString(1.25)));
    editor.startNew(QStringLiteral("headphones"));
    QVERIFY(!editor.hasOutputs());
}

void TestGearEditor::measuredCurveImported()
{
    // A shop measures its demo pair with REW and imports the export; a file that is no curve is refused with the line,
    // and the curve the form had stays.
    QTemporaryDir dir;
    QVERIFY(test::writeCurveExports(QDir(dir.path())));
    GearEditor editor;
    editor.startNew(QStringLiteral("headphones"));
    QVERIFY(editor.hasCurve());
    QCOMPARE(editor.curveSummary(), QString());
    editor.setModel(QStringLiteral("Demo pair"));
    editor.setProvenance(QStringLiteral("measurement"));
    QVERIFY(editor.importCurve(QUrl::fromLocalFile(dir.filePath(QStringLiteral("demo.txt")))));
    QCOMPARE(editor.curveSummary(), QStringLiteral("4 point(s), 20 Hz to 20 kHz, 301 to 598 Ω"));
    QVERIFY(!editor.importCurve(QUrl::fromLocalFile(dir.filePath(QStringLiteral("falling.txt")))));
    QCOMPARE(editor.curveError(), QStringLiteral("falling.txt: line 3: the frequencies must rise, and 500 Hz does not"));
    QCOMPARE(editor.curveSummary(), QStringLiteral("4 point(s), 20 Hz to 20 kHz, 301 to 598 Ω"));
    const QString id = editor.save(); // your own measurement needs no web address
    QVERIFY2(!id.isEmpty(), qPrintable(editor.error()));
    GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
    const GearRecord saved = *library.find(id);
    QVERIFY((saved.spec.impedanceCurve() == std::vector<ImpedancePoint>{{20, 310.5, 12}, {90, 598, -1.5}, {1000, 301, 2}, {20000, 380, 30}}));
    QCOMPARE(saved.spec.curveCitation.provenance, Provenance::Measurement);
    QCOMPARE(saved.spec.curveCitation.note, QStringLiteral("imported from demo.txt"));
    QCOMPARE(saved.spec.referenceImpedance(0).real(), 301 * std::cos(2 * 3.14159265358979 / 180)); // the curve's 1 kHz point
    // Editing it again shows the curve; removing it saves a product without one.
    QVERIFY(editor.startCopy(id));
    QCOMPARE(editor.curveSummary(), QStringLiteral("4 point(s), 20 Hz to 20 kHz, 301 to 598 Ω"));
    editor.clearCurve();
    QCOMPARE(editor.save(), id);
    QVERIFY(GearLibrary(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath()).find(id)->spec.impedanceCurve().empty());
    editor.startNew(QStringLiteral("microphone"));
    QVERIFY(!editor.hasCurve());
}

void TestGearEditor::removeOnlyYourOwn()
{
    GearEditor editor;
    editor.startNew(QStringLiteral("splitter"));
    editor.setBrand(QStringLiteral("Acme"));
    editor.setModel(QStringLiteral("Split"));
    const QString id = editor.save();
    QVERIFY2(!id.isEmpty(), qPrintable(editor.error()));
    QVERIFY(!editor.remove(QStringLiteral("sennheiser-hd-600")));
    QVERIFY(editor.error().contains(u"catalog"));
    QVERIFY(editor.remove(id));
    GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
    QVERIFY(!library.find(id));
}

void TestGearEditor::everyPartOfTheAppSeesYourGearAtOnce()
{
    // The library panel, the project and the form share one library: a product saved in the form is found by the
    // panel's search and placed by the project without anyone asking them to look again; deleted, it is gone.
    GearSearchModel panel;
    panel.setText(QStringLiteral("Acme Studio Three"));
    QCOMPARE(panel.rowCount(), 0);
    ProjectController project;
    GearEditor editor;
    editor.startNew(QStringLiteral("headphones"));
    editor.setBrand(QStringLiteral("Acme"));
    editor.setModel(QStringLiteral("Studio Three"));
    const QString id = editor.save();
    QVERIFY2(id.startsWith(u"user-"), qPrintable(editor.error()));
    QCOMPARE(panel.rowCount(), 1);
    QVERIFY(!project.session()->addGear(id, 0, 0).isEmpty());
    QVERIFY(editor.remove(id));
    QCOMPARE(panel.rowCount(), 0);
}

QTEST_MAIN(TestGearEditor)
void TestGearEditor::theLibraryListsEveryProduct()
{
    // Scrolling the library reaches every product of the catalog (256), all kinds or one kind, with nothing held back.
    GearLibrary library(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
    std::size_t all = 0;
    for (int k = 0; k < kDeviceKindCount; ++k)
        all += library.products({static_cast<DeviceKind>(k)}).size();
    QVERIFY(all > 250);
    GearSearchModel list;
    QCOMPARE(static_cast<std::size_t>(list.rowCount()), all);
    QVERIFY(!list.more());
    list.setKind(QStringLiteral("headphones"));
    QCOMPARE(static_cast<std::size_t>(list.rowCount()), library.products({DeviceKind::Headphones}).size());
    QVERIFY(!list.more());
}

#include "tst_geareditor.moc"
