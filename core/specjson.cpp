// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "specjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <cmath>

namespace headroom {
namespace {

/// Reads JSON values strictly, appending what is wrong with where it is.
class SpecReader
{
public:
    explicit SpecReader(QList<SpecJsonError> &errors) : m_errors(errors) {}

    void fail(const QString &field, const QString &at, const QString &message) { m_errors.append({field, at, message}); }
    [[nodiscard]] qsizetype errorCount() const { return m_errors.size(); }

    /// A string member, or `fallback` when absent or null.
    QString string(const QJsonObject &o, const char *key, const QString &field, const QString &at, const QString &fallback = {})
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(field, join(at, key), QCoreApplication::translate("ProjectFile", "expected a string"));
            return fallback;
        }
        return v.toString();
    }

    /// A finite number; JSON has no NaN, but strings like "NaN" or "inf" are refused by name.
    std::optional<double> number(const QJsonValue &v, const QString &field, const QString &at)
    {
        if (!v.isDouble()) {
            fail(field, at,
                 v.isString() ? QCoreApplication::translate("ProjectFile", "\"%1\" is not a number").arg(v.toString())
                              : QCoreApplication::translate("ProjectFile", "expected a number"));
            return std::nullopt;
        }
        if (!std::isfinite(v.toDouble())) {
            fail(field, at, QCoreApplication::translate("ProjectFile", "is not a finite number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    /// Rows of `width` numbers (or `width − 1` when the last is optional), as [[a, b, c], …].
    std::vector<std::array<double, 3>> rows(const QJsonValue &v, const QString &field, const QString &at, bool lastOptional, const QString &shape)
    {
        std::vector<std::array<double, 3>> out;
        if (!v.isArray()) {
            fail(field, at, QCoreApplication::translate("ProjectFile", "expected an array"));
            return out;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString rowAt = QStringLiteral("%1[%2]").arg(at).arg(i);
            const QJsonArray row = items.at(i).toArray();
            if (!items.at(i).isArray() || row.size() > 3 || row.size() < (lastOptional ? 2 : 3)) {
                fail(field, rowAt, shape);
                continue;
            }
            std::array<double, 3> values{};
            bool ok = true;
            for (qsizetype k = 0; k < row.size(); ++k) {
                const auto n = number(row.at(k), field, rowAt);
                ok = ok && n;
                values[static_cast<std::size_t>(k)] = n.value_or(0);
            }
            if (ok)
                out.push_back(values);
        }
        return out;
    }

    std::optional<Provenance> provenance(const QJsonObject &o, const QString &field, const QString &at, Provenance fallback)
    {
        const QString key = string(o, "provenance", field, at, QString::fromLatin1(provenanceKey(fallback)));
        const auto p = provenanceByKey(key);
        if (!p)
            fail(field, join(at, "provenance"),
                 QCoreApplication::translate("Products", "provenance \"%1\" is not manufacturer, measurement or estimate").arg(key));
        return p;
    }

    /// {url, provenance, note} under the given names for the address ("url" in citations, "source" in figures).
    Citation citation(const QJsonObject &o, const char *urlKey, const QString &field, const QString &at, Provenance fallback)
    {
        Citation c;
        c.url = string(o, urlKey, field, at);
        c.provenance = provenance(o, field, at, fallback).value_or(fallback);
        c.note = string(o, "note", field, at);
        return c;
    }

    static QString join(const QString &at, const char *key) { return at.isEmpty() ? QString::fromLatin1(key) : at + u'.' + QLatin1StringView(key); }

private:
    QList<SpecJsonError> &m_errors;
};

void readFigures(DeviceSpec &spec, const QJsonObject &o, SpecReader &reader)
{
    const QString kindName = QString::fromLatin1(kindKey(spec.kind()));
    const QJsonValue figuresValue = o.value(u"figures");
    if (!figuresValue.isUndefined() && !figuresValue.isObject())
        reader.fail(QStringLiteral("figures"), QStringLiteral("figures"), QCoreApplication::translate("ProjectFile", "expected an object"));
    const QJsonObject figures = figuresValue.toObject();
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        const QString at = QStringLiteral("figures.") + it.key();
        const auto field = fieldByKey(it.key());
        if (!field || !kindHasField(spec.kind(), *field)) {
            reader.fail(it.key(), at, QCoreApplication::translate("ProjectFile", "is not a figure of a device of kind \"%1\"").arg(kindName));
            continue;
        }
        // The catalog's form carries the figure's source with it; older projects give the bare value.
        const bool cited = it.value().isObject();
        const QJsonValue value = cited ? it.value().toObject().value(u"value") : it.value();
        if (value.isNull() || value.isUndefined()) // unknown, as if absent
            continue;
        QString error;
        if (const auto v = figureFromJson(*field, value, &error))
            spec.set(*field, *v);
        else
            reader.fail(it.key(), cited ? at + QStringLiteral(".value") : at, error);
        if (cited && it.value().toObject().contains(u"source")) {
            const Citation c = reader.citation(it.value().toObject(), "source", it.key(), at, Provenance::Manufacturer);
            spec.sources.append({*field, c.url, c.provenance, c.note});
        }
    }
    // Older projects: {"sources": {"impedanceOhm": {"url", "provenance", "note"}}}.
    const QJsonObject sources = o.value(u"sources").toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QString at = QStringLiteral("sources.") + it.key();
        const auto field = fieldByKey(it.key());
        if (!field || !kindHasField(spec.kind(), *field)) {
            reader.fail(it.key(), at, QCoreApplication::translate("ProjectFile", "is not a figure of a device of kind \"%1\"").arg(kindName));
            continue;
        }
        const Citation c = reader.citation(it.value().toObject(), "url", it.key(), at, Provenance::Manufacturer);
        spec.sources.append({*field, c.url, c.provenance, c.note});
    }
}

/// A table given as {"<rows>": [...], "source", "provenance", "note"}, or (older projects) as the bare array with its
/// citation under `oldCitationKey`.
template <typename Set>
void readTable(const QJsonObject &o, const char *key, const char *rowsKey, const char *oldCitationKey, Provenance fallback, bool lastOptional,
               const QString &shape, Citation &citation, SpecReader &reader, Set set)
{
    const QString field = QString::fromLatin1(key);
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (v.isObject()) {
        set(reader.rows(v.toObject().value(QLatin1StringView(rowsKey)), field, SpecReader::join(field, rowsKey), lastOptional, shape));
        citation = reader.citation(v.toObject(), "source", field, field, fallback);
        return;
    }
    set(reader.rows(v, field, field, lastOptional, shape));
    if (const QJsonValue c = o.value(QLatin1StringView(oldCitationKey)); c.isObject())
        citation = reader.citation(c.toObject(), "url", field, QString::fromLatin1(oldCitationKey), fallback);
}

QJsonObject citedTable(const char *rowsKey, const QJsonArray &rows, const Citation &c)
{
    QJsonObject o{{QString::fromLatin1(rowsKey), rows}};
    if (!c.url.isEmpty()) {
        o.insert(u"source", c.url);
        o.insert(u"provenance", QString::fromLatin1(provenanceKey(c.provenance)));
    }
    if (!c.note.isEmpty())
        o.insert(u"note", c.note);
    return o;
}

} // namespace

QJsonObject specToJson(const DeviceSpec &spec)
{
    QJsonObject figures;
    for (Field f : fieldsOf(spec.kind())) {
        const auto value = spec.value(f);
        if (!value)
            continue;
        QJsonObject figure{{QStringLiteral("value"), figureToJson(f, *value)}};
        if (const FieldSource *s = spec.source(f)) {
            figure.insert(u"source", s->url);
            figure.insert(u"provenance", QString::fromLatin1(provenanceKey(s->provenance)));
            if (!s->note.isEmpty())
                figure.insert(u"note", s->note);
        }
        figures.insert(QLatin1StringView(fieldInfo(f).key), figure);
    }
    QJsonObject o{{QStringLiteral("kind"), QString::fromLatin1(kindKey(spec.kind()))},
                  {QStringLiteral("brand"), spec.brand},
                  {QStringLiteral("model"), spec.model},
                  {QStringLiteral("variant"), spec.variant},
                  {QStringLiteral("figures"), figures}};
    if (!spec.impedanceCurve().empty()) {
        QJsonArray points;
        for (const ImpedancePoint &p : spec.impedanceCurve())
            points.append(QJsonArray{p.hz, p.ohms, p.phaseDeg});
        o.insert(u"impedanceCurve", citedTable("points", points, spec.curveCitation));
    }
    if (!spec.levelByLoad().empty()) {
        QJsonArray ranges;
        for (const LoadLevel &l : spec.levelByLoad())
            ranges.append(QJsonArray{l.fromOhm, l.toOhm, l.volts});
        o.insert(u"levelByLoad", citedTable("ranges", ranges, spec.levelCitation));
    }
    return o;
}

DeviceSpec specFromJson(const QJsonObject &o, QList<SpecJsonError> &errors)
{
    SpecReader reader(errors);
    const QString kindName = reader.string(o, "kind", QStringLiteral("kind"), {});
    const auto kind = kindByKey(kindName);
    if (!kind) {
        reader.fail(QStringLiteral("kind"), QStringLiteral("kind"),
                    kindName.isEmpty() ? QCoreApplication::translate("ProjectFile", "is missing")
                                       : QCoreApplication::translate("ProjectFile", "unknown kind \"%1\"").arg(kindName));
        return DeviceSpec(DeviceKind::Headphones);
    }
    DeviceSpec spec(*kind);
    spec.brand = reader.string(o, "brand", QStringLiteral("brand"), {});
    spec.model = reader.string(o, "model", QStringLiteral("model"), {});
    spec.variant = reader.string(o, "variant", QStringLiteral("variant"), {});
    readFigures(spec, o, reader);
    readTable(o, "impedanceCurve", "points", "impedanceCurveSource", Provenance::Measurement, true,
              QCoreApplication::translate("ProjectFile", "expected [hertz, ohms] or [hertz, ohms, phase in degrees]"), spec.curveCitation, reader,
              [&spec](const auto &rows) {
                  std::vector<ImpedancePoint> points;
                  for (const auto &[hz, ohms, phase] : rows)
                      points.push_back({hz, ohms, phase});
                  spec.setImpedanceCurve(std::move(points));
              });
    readTable(o, "levelByLoad", "ranges", "levelByLoadSource", Provenance::Manufacturer, false,
              QCoreApplication::translate("ProjectFile", "expected [from ohms, to ohms, volts]"), spec.levelCitation, reader,
              [&spec](const auto &rows) {
                  std::vector<LoadLevel> ranges;
                  for (const auto &[from, to, volts] : rows)
                      ranges.push_back({from, to, volts});
                  spec.setLevelByLoad(std::move(ranges));
              });
    return spec;
}

} // namespace headroom
