// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The streaming JSON writer: what it writes parses back to the same values QJsonDocument would give, in both
// styles; strings are escaped as RFC 8259 asks; non-finite numbers become null; a shared value is written once and
// repeated as the same text.

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace headroom;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void styles_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("compact") << int(JsonStyle::Compact);
        QTest::newRow("indented") << int(JsonStyle::Indented);
    }
    void styles()
    {
        QFETCH(int, style);
        JsonWriter json{JsonStyle(style)};
        const QString text = QStringLiteral("quote \" backslash \\ tab \t newline \n bell \a Ω");
        json.beginObject()
            .key("a")
            .beginArray()
            .value(1.5)
            .value(-3.5e-7)
            .value(110)
            .value(true)
            .null()
            .endArray()
            .key("empty")
            .beginArray()
            .endArray()
            .key("inf")
            .value(std::numeric_limits<double>::infinity())
            .key("nan")
            .value(std::numeric_limits<double>::quiet_NaN())
            .key("o")
            .beginObject()
            .key("text")
            .value(text)
            .endObject()
            .endObject();
        const QByteArray written = json.take();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(written, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + QString::fromUtf8(written)));
        const QJsonObject expected{{QStringLiteral("a"), QJsonArray{1.5, -3.5e-7, 110, true, QJsonValue::Null}},
                                   {QStringLiteral("empty"), QJsonArray{}},
                                   {QStringLiteral("inf"), QJsonValue::Null},
                                   {QStringLiteral("nan"), QJsonValue::Null},
                                   {QStringLiteral("o"), QJsonObject{{QStringLiteral("text"), text}}}};
        QCOMPARE(o, expected);
        // Numbers as QJsonDocument writes them, the shortest text that reads back as the same double.
        QVERIFY(written.contains("-3.5e-07"));
        QVERIFY(written.contains("\"a\":") || written.contains("\"a\": "));
        QCOMPARE(written.count('\n'), JsonStyle(style) == JsonStyle::Compact ? 0 : 15);
        QVERIFY(written.contains("\\u0007"));
    }

    void sharedValueRepeatsItsText()
    {
        JsonWriter json;
        int calls = 0;
        const int id = 0;
        const auto curve = [&calls](JsonWriter &w) {
            ++calls;
            w.beginArray().value(1).value(2).endArray();
        };
        json.beginArray().sharedValue(&id, curve).sharedValue(&id, curve).endArray();
        QCOMPARE(json.take(), QByteArray("[[1,2],[1,2]]"));
        QCOMPARE(calls, 1);
    }

    void sinkReceivesEverything()
    {
        std::string received;
        JsonWriter json(JsonStyle::Compact, [&received](std::string_view text) { received += text; });
        json.beginArray();
        for (int i = 0; i < 100000; ++i)
            json.value(i);
        json.endArray();
        json.flush();
        const QJsonArray array = QJsonDocument::fromJson(QByteArray::fromStdString(received)).array();
        QCOMPARE(array.size(), 100000);
        QCOMPARE(array.last().toInt(), 99999);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
