// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every translation is complete and faithful in form: no message unfinished, obsolete or vanished, and every
// translation keeps its source's placeholders (%1, %n …), so no figure goes missing in another language.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(HEADROOM_SOURCE_DIR "/translations"));
        for (const QString &name : dir.entryList({QStringLiteral("headroom_*.ts")}))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void complete()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found << it.next().captured();
            found.sort();
            found.removeDuplicates();
            return found;
        };
        QString source;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1: \"%2\" is %3").arg(QFileInfo(path).fileName(), source, type)));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements); // plural forms included
                QVERIFY2(placeholders(text) == placeholders(source),
                         qPrintable(QStringLiteral("%1: \"%2\" → \"%3\"").arg(QFileInfo(path).fileName(), source, text)));
                ++messages;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 600);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
