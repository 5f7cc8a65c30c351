// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// 50,000 generated products for the search benchmarks, the same on every engine.

#include "gearrecord.h"

#include <QList>
#include <QStringList>
#include <QTest>

#include <random>

namespace headroom::bench {

constexpr int kProducts = 50000;

/// Products named like real ones: 60 brands, model words with numbers, several kinds, sourced figures.
inline QList<GearRecord> generate()
{
    const QStringList brands{"Sennheiser",
                             "Beyerdynamic",
                             "Audio-Technica",
                             "AKG",
                             "Sony",
                             "Shure",
                             "Focusrite",
                             "PreSonus",
                             "Audient",
                             "MOTU",
                             "RME",
                             "Universal Audio",
                             "Steinberg",
                             "Behringer",
                             "Rode",
                             "Neumann",
                             "Schiit",
                             "JDS Labs",
                             "Topping",
                             "FiiO",
                             "Fostex",
                             "Koss",
                             "HiFiMAN",
                             "Audeze",
                             "Focal",
                             "Grado",
                             "Philips",
                             "Samson",
                             "Tascam",
                             "Zoom",
                             "Yamaha",
                             "Roland",
                             "Arturia",
                             "Native Instruments",
                             "M-Audio",
                             "ESI",
                             "SSL",
                             "Apogee",
                             "Antelope",
                             "Lewitt",
                             "Electro-Voice",
                             "Sontronics",
                             "Warm Audio",
                             "Aston",
                             "Mackie",
                             "ART",
                             "Klark Teknik",
                             "Triton",
                             "Cloud",
                             "Drop",
                             "Moondrop",
                             "Etymotic",
                             "Westone",
                             "Campfire",
                             "Meze",
                             "Dan Clark",
                             "Stax",
                             "Ultrasone",
                             "Marshall",
                             "Bose"};
    const QStringList words{"Studio", "Pro", "Monitor", "Reference", "Air", "Go", "Mini", "Max", "Classic", "One", "Live", "Solo"};
    const DeviceKind kinds[] = {DeviceKind::Headphones, DeviceKind::Microphone, DeviceKind::Interface, DeviceKind::HeadphoneAmp};
    std::mt19937 random(42);
    QList<GearRecord> records;
    records.reserve(kProducts);
    for (int i = 0; i < kProducts; ++i) {
        GearRecord r;
        r.id = QStringLiteral("generated-%1").arg(i);
        r.spec = DeviceSpec(kinds[random() % 4]);
        r.spec.brand = brands[int(random() % brands.size())];
        r.spec.model = QStringLiteral("%1 %2%3").arg(words[int(random() % words.size())]).arg(random() % 1000).arg(QChar(u'A' + int(random() % 26)));
        r.spec.variant = QString::number(i);
        const auto set = [&](Field f, unsigned long v) {
            r.spec.set(f, static_cast<double>(v));
            r.spec.sources.append({f, QStringLiteral("https://example.com/%1").arg(i), Provenance::Manufacturer, {}});
        };
        if (r.spec.kind() == DeviceKind::Headphones) {
            set(Field::ImpedanceOhm, 16 + random() % 600);
            set(Field::Sensitivity, 90 + random() % 30);
        } else if (r.spec.kind() == DeviceKind::Interface) {
            set(Field::GainMaxDb, 40 + random() % 35);
        } else if (r.spec.kind() == DeviceKind::Microphone) {
            set(Field::SensitivityMvPerPa, 1 + random() % 40);
        } else {
            set(Field::HpRatedPowerMw, 50 + random() % 3000);
            set(Field::HpRatedPowerLoadOhm, 32);
        }
        records.append(std::move(r));
    }
    return records;
}

/// The queries both benchmarks time: text prefixes, kind and figure filters.
inline void searchRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("filter");
    QTest::newRow("one-letter prefix 's'") << "s" << -1 << "";
    QTest::newRow("brand prefix 'senn'") << "senn" << -1 << "";
    QTest::newRow("brand and model 'beyer studio 4'") << "beyer studio 4" << -1 << "";
    QTest::newRow("headphones >= 250 ohm, no text") << "" << int(DeviceKind::Headphones) << "impedanceOhm>=250";
    QTest::newRow("'pro' interfaces >= 60 dB") << "pro" << int(DeviceKind::Interface) << "gainMaxDb>=60";
    QTest::newRow("no match 'zzzz'") << "zzzz" << -1 << "";
}

/// The current row's query.
inline GearQuery rowQuery()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, filter);
    GearQuery query;
    query.text = text;
    if (kind >= 0)
        query.kind = DeviceKind(kind);
    if (!filter.isEmpty())
        query.filters << *parseSpecFilter(filter, nullptr);
    return query;
}

} // namespace headroom::bench
