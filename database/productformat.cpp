// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "productformat.h"

#include "specjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

bool isUrl(const QString &s)
{
    // QUrl lets control characters and undecodable bytes (U+FFFD) through in places; no web address holds them.
    if (std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter; }))
        return false;
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

/// A host given as an IP address names a machine, not a publisher: such mirrors move, and a reader cannot tell whose
/// page it was. The catalog cites the maker's or the publisher's own address.
bool isBareIpAddress(const QString &url)
{
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    const QString host = QUrl(url).host();
    return host.contains(u':') || ipv4.match(host).hasMatch();
}

/// The checks every product gets, whichever format it came from.
void validateRecord(const GearRecord &r, const QString &location, bool requireSources, QList<ProductError> &errors)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const auto fail = [&](const QString &field, const QString &message) { errors.append({location, field, message}); };
    const auto requirePublisher = [&](const QString &field, const QString &url) {
        if (requireSources && isBareIpAddress(url))
            fail(field,
                 QCoreApplication::translate("Products", "source \"%1\" is an IP address; cite the maker's or publisher's own web address").arg(url));
    };
    if (!idPattern.match(r.id).hasMatch())
        fail(QStringLiteral("id"), QCoreApplication::translate("Products", "\"%1\" is not an id of lowercase letters, digits and hyphens").arg(r.id));
    if (r.spec.model.trimmed().isEmpty())
        fail(QStringLiteral("model"), QCoreApplication::translate("Products", "is missing"));
    for (const SpecError &e : r.spec.validate())
        fail(e.key, e.message);
    for (Field f : fieldsOf(r.spec.kind())) {
        if (!r.spec.has(f))
            continue;
        const FieldSource *source = r.spec.source(f);
        const QString key = QString::fromLatin1(fieldInfo(f).key);
        // Structural fields (counts, switches, connectors) have defaults; measured figures need a source.
        if (!source && requireSources && fieldInfo(f).type == FieldType::Number)
            fail(key, QCoreApplication::translate("Products", "has no source"));
        else if (source && !isUrl(source->url))
            fail(key, QCoreApplication::translate("Products", "source \"%1\" is not a web address").arg(source->url));
        else if (source)
            requirePublisher(key, source->url);
    }
    // A rated power means nothing without its load, and the other way round.
    for (const PowerRatingFields &rating : kPowerRatings)
        if (r.spec.has(rating.power) != r.spec.has(rating.load))
            fail(QString::fromLatin1(fieldInfo(rating.power).key),
                 QCoreApplication::translate("Products", "a rated power needs its load, and a load its power"));
    // Your own measurement may have no web page; the catalog's curves always have one.
    if (!r.spec.impedanceCurve().empty() && (requireSources || !r.spec.curveCitation.url.isEmpty()) && !isUrl(r.spec.curveCitation.url))
        fail(QStringLiteral("impedanceCurve"), QCoreApplication::translate("Products", "has no source"));
    else if (!r.spec.impedanceCurve().empty())
        requirePublisher(QStringLiteral("impedanceCurve"), r.spec.curveCitation.url);
    if (!r.spec.levelByLoad().empty() && (requireSources || !r.spec.levelCitation.url.isEmpty()) && !isUrl(r.spec.levelCitation.url))
        fail(QStringLiteral("levelByLoad"), QCoreApplication::translate("Products", "has no source"));
    else if (!r.spec.levelByLoad().empty())
        requirePublisher(QStringLiteral("levelByLoad"), r.spec.levelCitation.url);
    // Prices are a shop's own: the catalog names none, and a price says its currency.
    if ((r.price || !r.stockNote.isEmpty()) && r.origin == GearOrigin::Catalog)
        fail(QStringLiteral("price"),
             QCoreApplication::translate("Products", "the catalog carries no prices or stock notes; add them to your own gear"));
    else if (r.price && (!std::isfinite(*r.price) || *r.price < 0 || *r.price > 1e9))
        fail(QStringLiteral("price"), QCoreApplication::translate("Products", "%1 is not a price").arg(*r.price));
    else if (r.price && !isCurrencyCode(r.currency))
        fail(QStringLiteral("price"),
             QCoreApplication::translate("Products", "currency \"%1\" is not a three-letter code such as EUR or USD").arg(r.currency));
}

/// Two products with one id, or one brand + model + variant, anywhere in what was read (several files included).
void checkDuplicates(ProductParse &parse)
{
    const QList<GearRecord> &records = parse.records;
    const QStringList &locations = parse.locations;
    QList<ProductError> &errors = parse.errors;
    QHash<QString, qsizetype> ids;
    QHash<QString, qsizetype> identities;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const GearRecord &r = records[i];
        if (const auto it = ids.constFind(r.id); it != ids.cend())
            errors.append(
                {locations[i], QStringLiteral("id"), QCoreApplication::translate("Products", "\"%1\" is used by %2 too").arg(r.id, locations[*it])});
        ids.insert(r.id, i);
        const QString identity = QStringList{r.spec.brand, r.spec.model, r.spec.variant}.join(u'\x1f').toCaseFolded();
        if (const auto it = identities.constFind(identity); it != identities.cend())
            errors.append({locations[i], QStringLiteral("model"),
                           QCoreApplication::translate("Products", "the same brand, model and variant as %1").arg(locations[*it])});
        identities.insert(identity, i);
    }
}

// ---- JSON -------------------------------------------------------------------------------------------------

GearRecord recordFromJson(const QJsonObject &o, const QString &location, GearOrigin origin, QList<ProductError> &errors)
{
    const auto fail = [&](const QString &field, const QString &message) { errors.append({location, field, message}); };
    GearRecord r;
    r.origin = origin;
    r.id = o.value(u"id").toString();
    QList<SpecJsonError> specErrors;
    r.spec = specFromJson(o, specErrors);
    for (const SpecJsonError &e : specErrors)
        fail(e.field, e.message);
    r.notes = o.value(u"notes").toString();
    r.basedOn = o.value(u"basedOn").toString();
    r.stockNote = o.value(u"stockNote").toString();
    if (const QJsonValue price = o.value(u"price"); !price.isUndefined() && !price.isNull()) {
        const QJsonValue amount = price.toObject().value(u"amount");
        if (!amount.isDouble())
            fail(QStringLiteral("price"),
                 QCoreApplication::translate("Products", "needs an amount and a currency: {\"amount\": 249, \"currency\": \"EUR\"}"));
        else
            r.price = amount.toDouble();
        r.currency = price.toObject().value(u"currency").toString();
    }
    for (const QJsonValue &alias : o.value(u"aliases").toArray())
        r.aliases << alias.toString();
    return r;
}

/// Reads one product in the JSON form both formats share; validates it only when it was read without errors.
void readRecord(const QJsonObject &product, const QString &location, GearOrigin origin, bool requireSources, ProductParse &result)
{
    const qsizetype before = result.errors.size();
    GearRecord r = recordFromJson(product, location, origin, result.errors);
    if (result.errors.size() == before)
        validateRecord(r, location, requireSources, result.errors);
    result.locations << location;
    result.records.append(std::move(r));
}

ProductParse parseJson(const QByteArray &data, const QString &fileName, GearOrigin origin, bool requireSources)
{
    ProductParse result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype line = data.left(parseError.offset).count('\n') + 1;
        result.errors.append({QStringLiteral("%1:%2").arg(fileName).arg(line),
                              {},
                              QCoreApplication::translate("Products", "not valid JSON: %1").arg(parseError.errorString())});
        return result;
    }
    // One product or an array of them.
    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString location = doc.isArray() ? QStringLiteral("%1: $[%2]").arg(fileName).arg(i) : QStringLiteral("%1: $").arg(fileName);
        if (!items.at(i).isObject()) {
            result.errors.append({location, {}, QCoreApplication::translate("Products", "expected a product object")});
            continue;
        }
        readRecord(items.at(i).toObject(), location, origin, requireSources, result);
    }
    return result;
}

QJsonObject recordToJson(const GearRecord &r)
{
    QJsonObject o = specToJson(r.spec);
    o.insert(u"id", r.id);
    o.insert(u"aliases", QJsonArray::fromStringList(r.aliases));
    if (r.origin != GearOrigin::Catalog)
        o.insert(u"origin", QLatin1StringView(originKey(r.origin)));
    if (!r.basedOn.isEmpty())
        o.insert(u"basedOn", r.basedOn);
    if (!r.notes.isEmpty())
        o.insert(u"notes", r.notes);
    if (r.price)
        o.insert(u"price", QJsonObject{{QStringLiteral("amount"), *r.price}, {QStringLiteral("currency"), r.currency}});
    if (!r.stockNote.isEmpty())
        o.insert(u"stockNote", r.stockNote);
    return o;
}

// ---- CSV (RFC 4180: comma-separated, double quotes around fields with commas, quotes or line breaks) ---------

struct CsvRow {
    int line; ///< where the row starts, 1-based
    QStringList cells;
};

QList<CsvRow> readCsv(const QString &data)
{
    QList<CsvRow> rows;
    CsvRow row{1, {}};
    QString cell;
    bool quoted = false;
    int line = 1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data[i];
        if (quoted) {
            if (c == u'"' && i + 1 < data.size() && data[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                line += c == u'\n';
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.cells << cell;
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < data.size() && data[i + 1] == u'\n')
                ++i;
            row.cells << cell;
            cell.clear();
            if (!(row.cells.size() == 1 && row.cells.first().isEmpty()))
                rows.append(row);
            row = {++line, {}};
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.cells.isEmpty()) {
        row.cells << cell;
        rows.append(row);
    }
    return rows;
}

/// A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) gets a leading
/// apostrophe, as OWASP advises against CSV injection; so does text that starts with an apostrophe, so reading drops
/// exactly one and every text comes back as it was. Numbers are written as they are.
QString csvText(const QString &s)
{
    static const QString kLeaders = QStringLiteral("=+-@\t\r'");
    return !s.isEmpty() && kLeaders.contains(s.front()) ? u'\'' + s : s;
}

/// A cell as written, without the apostrophe csvText() added.
QString csvUnescaped(const QString &s) { return s.startsWith(u'\'') ? s.mid(1) : s; }

QString csvCell(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

const QStringList kCsvIdentity{QStringLiteral("id"),         QStringLiteral("kind"),    QStringLiteral("brand"),    QStringLiteral("model"),
                               QStringLiteral("variant"),    QStringLiteral("aliases"), QStringLiteral("notes"),    QStringLiteral("source"),
                               QStringLiteral("provenance"), QStringLiteral("price"),   QStringLiteral("currency"), QStringLiteral("stockNote")};

/// A figure cell as JSON: numbers, true/false for flags, names for choices.
QJsonValue cellValue(Field f, const QString &cell)
{
    const FieldType type = fieldInfo(f).type;
    if (type == FieldType::Flag) {
        const QString lower = cell.trimmed().toLower();
        if (lower == u"true" || lower == u"yes" || lower == u"1")
            return true;
        if (lower == u"false" || lower == u"no" || lower == u"0")
            return false;
        return cell;
    }
    if (type == FieldType::Choice)
        return cell.trimmed();
    bool ok = false;
    const double v = cell.trimmed().toDouble(&ok);
    // "nan" and "inf" read as numbers but are none: kept as text, they are refused as "not a number" with the field.
    return ok && std::isfinite(v) ? QJsonValue(v) : QJsonValue(cell);
}

ProductParse parseCsv(const QByteArray &data, const QString &fileName, GearOrigin origin, bool requireSources)
{
    ProductParse result;
    QList<CsvRow> rows = readCsv(QString::fromUtf8(data));
    for (CsvRow &row : rows)
        for (QString &c : row.cells)
            c = csvUnescaped(c);
    if (rows.isEmpty()) {
        result.errors.append({fileName, {}, QCoreApplication::translate("Products", "is empty")});
        return result;
    }
    const QStringList header = rows.first().cells;
    for (const QString &required : {QStringLiteral("kind"), QStringLiteral("model")})
        if (!header.contains(required))
            result.errors.append({QStringLiteral("%1:1").arg(fileName), required,
                                  QCoreApplication::translate("Products", "the header has no \"%1\" column").arg(required)});
    for (const QString &column : header) {
        const QString key = column.section(u'.', 0, 0);
        if (!kCsvIdentity.contains(column) && !fieldByKey(key))
            result.errors.append({QStringLiteral("%1:1").arg(fileName), column, QCoreApplication::translate("Products", "unknown column")});
    }
    if (!result.errors.isEmpty())
        return result;

    for (qsizetype i = 1; i < rows.size(); ++i) {
        const CsvRow &row = rows[i];
        const QString location = QStringLiteral("%1:%2").arg(fileName).arg(row.line);
        if (row.cells.size() != header.size()) {
            result.errors.append(
                {location, {}, QCoreApplication::translate("Products", "%1 cells where the header has %2").arg(row.cells.size()).arg(header.size())});
            continue;
        }
        const auto cell = [&](const QString &column) { return row.cells.value(header.indexOf(column)).trimmed(); };
        // Rebuild the product as the JSON format has it, so both formats share one reader.
        QJsonObject figures;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &column = header[c];
            const auto field = fieldByKey(column);
            if (!field || row.cells[c].trimmed().isEmpty())
                continue;
            const QString source =
                cell(column + QStringLiteral(".source")).isEmpty() ? cell(QStringLiteral("source")) : cell(column + QStringLiteral(".source"));
            const QString provenance = cell(column + QStringLiteral(".provenance")).isEmpty() ? cell(QStringLiteral("provenance"))
                                                                                              : cell(column + QStringLiteral(".provenance"));
            QJsonObject figure{{QStringLiteral("value"), cellValue(*field, row.cells[c])}};
            if (!source.isEmpty())
                figure.insert(u"source", source);
            if (!provenance.isEmpty())
                figure.insert(u"provenance", provenance);
            if (const QString note = cell(column + QStringLiteral(".note")); !note.isEmpty())
                figure.insert(u"note", note);
            figures.insert(column, figure);
        }
        QString id = cell(QStringLiteral("id"));
        if (id.isEmpty())
            id = (origin == GearOrigin::User ? QStringLiteral("user-") : QString())
                + slugify(QStringList{cell(QStringLiteral("brand")), cell(QStringLiteral("model")), cell(QStringLiteral("variant"))}.join(u' '));
        QJsonObject product{{QStringLiteral("id"), id},
                            {QStringLiteral("kind"), cell(QStringLiteral("kind"))},
                            {QStringLiteral("brand"), cell(QStringLiteral("brand"))},
                            {QStringLiteral("model"), cell(QStringLiteral("model"))},
                            {QStringLiteral("variant"), cell(QStringLiteral("variant"))},
                            {QStringLiteral("notes"), cell(QStringLiteral("notes"))},
                            {QStringLiteral("aliases"), QJsonArray::fromStringList(cell(QStringLiteral("aliases")).split(u';', Qt::SkipEmptyParts))},
                            {QStringLiteral("figures"), figures}};
        if (const QString price = cell(QStringLiteral("price")); !price.isEmpty()) {
            bool ok = false;
            const double amount = price.toDouble(&ok);
            product.insert(u"price",
                           QJsonObject{{QStringLiteral("amount"), ok ? QJsonValue(amount) : QJsonValue(price)},
                                       {QStringLiteral("currency"), cell(QStringLiteral("currency"))}});
        }
        if (const QString note = cell(QStringLiteral("stockNote")); !note.isEmpty())
            product.insert(u"stockNote", note);
        readRecord(product, location, origin, requireSources, result);
    }
    return result;
}

QByteArray writeCsv(const QList<GearRecord> &records)
{
    // Columns: identity, then for every figure any product has: value, source, provenance, note.
    QList<Field> used;
    for (int f = 0; f < kFieldCount; ++f)
        for (const GearRecord &r : records)
            if (r.spec.has(static_cast<Field>(f)) && kindHasField(r.spec.kind(), static_cast<Field>(f))) {
                used << static_cast<Field>(f);
                break;
            }
    QStringList header{QStringLiteral("id"),       QStringLiteral("kind"),     QStringLiteral("brand"), QStringLiteral("model"),
                       QStringLiteral("variant"),  QStringLiteral("aliases"),  QStringLiteral("notes"), QStringLiteral("price"),
                       QStringLiteral("currency"), QStringLiteral("stockNote")};
    for (Field f : used) {
        const QString key = QString::fromLatin1(fieldInfo(f).key);
        header << key << key + QStringLiteral(".source") << key + QStringLiteral(".provenance") << key + QStringLiteral(".note");
    }
    QStringList lines{header.join(u',')};
    for (const GearRecord &r : records) {
        QStringList cells{r.id,
                          QString::fromLatin1(kindKey(r.spec.kind())),
                          csvText(r.spec.brand),
                          csvText(r.spec.model),
                          csvText(r.spec.variant),
                          csvText(r.aliases.join(u';')),
                          csvText(r.notes),
                          r.price ? QString::number(*r.price, 'f', 2) : QString(),
                          csvText(r.currency),
                          csvText(r.stockNote)};
        for (Field f : used) {
            const auto value = r.spec.value(f);
            const FieldSource *s = r.spec.source(f);
            const QJsonValue json = value && kindHasField(r.spec.kind(), f) ? figureToJson(f, *value) : QJsonValue();
            cells << (json.isBool()         ? (json.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : json.isString() ? csvText(json.toString())
                          : json.isDouble() ? QString::number(json.toDouble(), 'g', 12)
                                            : QString())
                  << (s ? csvText(s->url) : QString()) << (s ? QString::fromLatin1(provenanceKey(s->provenance)) : QString())
                  << (s ? csvText(s->note) : QString());
        }
        QStringList escaped;
        for (const QString &c : cells)
            escaped << csvCell(c);
        lines << escaped.join(u',');
    }
    return lines.join(u'\n').toUtf8() + '\n';
}

} // namespace

QString ProductError::toString() const
{
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(location, message) : QStringLiteral("%1: %2: %3").arg(location, field, message);
}

ProductFormat productFormatOf(const QString &fileName)
{
    return fileName.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? ProductFormat::Csv : ProductFormat::Json;
}

ProductParse parseProducts(const QByteArray &data, ProductFormat format, const QString &fileName, GearOrigin origin, bool requireSources)
{
    ProductParse result =
        format == ProductFormat::Csv ? parseCsv(data, fileName, origin, requireSources) : parseJson(data, fileName, origin, requireSources);
    checkDuplicates(result);
    return result;
}

ProductParse parseProductFiles(const QStringList &paths, GearOrigin origin, bool requireSources)
{
    ProductParse all;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            all.errors.append({path, {}, QCoreApplication::translate("Products", "cannot be read: %1").arg(file.errorString())});
            continue;
        }
        const QString name = QFileInfo(path).fileName();
        const ProductParse one = productFormatOf(path) == ProductFormat::Csv ? parseCsv(file.readAll(), name, origin, requireSources)
                                                                             : parseJson(file.readAll(), name, origin, requireSources);
        all.records += one.records;
        all.errors += one.errors;
        all.locations += one.locations;
    }
    checkDuplicates(all);
    return all;
}

QByteArray writeProducts(const QList<GearRecord> &records, ProductFormat format)
{
    if (format == ProductFormat::Csv)
        return writeCsv(records);
    QJsonArray array;
    for (const GearRecord &r : records)
        array.append(recordToJson(r));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace headroom
