// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geareditor.h"

#include "gearhub.h"
#include "gearlibrary.h"
#include "gearsearchmodel.h"
#include "curvetext.h"
#include "productformat.h"
#include "quantity.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace headroom {
namespace {

const char *typeKey(FieldType t)
{
    switch (t) {
    case FieldType::Number:
        return "number";
    case FieldType::Count:
        return "count";
    case FieldType::Flag:
        return "flag";
    case FieldType::Choice:
        return "choice";
    }
    return "number";
}

/// A choice's name for people: connectors have labels, other choices are shown by their key ("dynamic", "dB/mW").
QString choiceLabel(const FieldInfo &info, std::size_t i)
{
    if (info.choices.size() == kConnectorCount)
        return QCoreApplication::translate("Connector", connectorLabel(static_cast<Connector>(i)));
    return QString::fromLatin1(info.choices[i]);
}

/// A figure as the form shows it: numbers in the user's locale, flags "true"/"false", choices by key.
QString formText(Field f, double value)
{
    const QJsonValue json = figureToJson(f, value);
    if (json.isBool())
        return json.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (json.isString())
        return json.toString();
    return QLocale().toString(value, 'g', 10);
}

/// The JSON value for typed text, or an error message.
std::optional<QJsonValue> formValue(Field f, const QString &text, QString *error)
{
    switch (fieldInfo(f).type) {
    case FieldType::Flag:
        return QJsonValue(text == u"true");
    case FieldType::Choice:
        return QJsonValue(text);
    case FieldType::Count:
    case FieldType::Number:
        break;
    }
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok); // "0.5" typed on a German system
    if (!ok) {
        *error = QCoreApplication::translate("GearEditor", "\"%1\" is not a number").arg(text);
        return std::nullopt;
    }
    return QJsonValue(v);
}

} // namespace

GearEditor::GearEditor(QObject *parent) : GearEditor(GearHub::instance().library(), parent) {}

GearEditor::GearEditor(std::shared_ptr<GearLibrary> library, QObject *parent) : QObject(parent), m_library(std::move(library))
{
    connect(this, &GearEditor::gearChanged, &GearHub::instance(), &GearHub::userGearChanged);
    startNew(QStringLiteral("headphones"));
}

GearEditor::~GearEditor() = default;

void GearEditor::setText(QString &member, const QString &text)
{
    if (member == text)
        return;
    member = text;
    emit formChanged();
}

void GearEditor::setBrand(const QString &text) { setText(m_brand, text); }
void GearEditor::setModel(const QString &text) { setText(m_model, text); }
void GearEditor::setVariant(const QString &text) { setText(m_variant, text); }
void GearEditor::setSource(const QString &text) { setText(m_source, text); }
void GearEditor::setProvenance(const QString &key) { setText(m_provenance, key); }
void GearEditor::setPrice(const QString &text) { setText(m_price, text); }
void GearEditor::setCurrency(const QString &code) { setText(m_currency, code); }
void GearEditor::setStockNote(const QString &text) { setText(m_stockNote, text); }
void GearEditor::setLevelByLoad(const QString &text) { setText(m_levelByLoad, text); }

bool GearEditor::hasOutputs() const
{
    const auto kind = kindByKey(m_kind);
    return kind && kindHasField(*kind, Field::HpMaxLevelDbu);
}

bool GearEditor::hasCurve() const
{
    const auto kind = kindByKey(m_kind);
    return kind && kindHasField(*kind, Field::ImpedanceOhm);
}

QString GearEditor::curveSummary() const
{
    if (m_curve.empty())
        return {};
    const auto [low, high] = std::minmax_element(m_curve.begin(), m_curve.end(), [](const auto &a, const auto &b) { return a.ohms < b.ohms; });
    const QLocale locale;
    const auto points = static_cast<int>(m_curve.size());
    return QCoreApplication::translate("GearEditor", "%n point(s), %1 to %2, %3 to %4 Ω", nullptr, points)
        .arg(formatFrequency(m_curve.front().hz), formatFrequency(m_curve.back().hz), locale.toString(low->ohms, 'g', 3),
             locale.toString(high->ohms, 'g', 3));
}

bool GearEditor::importCurve(const QUrl &file)
{
    QFile in(file.toLocalFile());
    const QString name = QFileInfo(in.fileName()).fileName();
    if (!in.open(QIODevice::ReadOnly)) {
        m_curveError = QCoreApplication::translate("GearEditor", "%1 cannot be read: %2").arg(name, in.errorString());
        emit formChanged();
        return false;
    }
    const CurveText curve = readCurveText(in.readAll());
    if (!curve.error.isEmpty()) {
        m_curveError = QStringLiteral("%1: %2").arg(name, curve.error);
        emit formChanged();
        return false;
    }
    m_curve = curve.points;
    m_curveNote = QCoreApplication::translate("GearEditor", "imported from %1").arg(name);
    m_curveError.clear();
    emit formChanged();
    return true;
}

void GearEditor::clearCurve()
{
    m_curve.clear();
    m_curveNote.clear();
    m_curveError.clear();
    emit formChanged();
}

QVariantList GearEditor::kinds()
{
    QVariantList list = GearSearchModel::kinds();
    list.removeFirst(); // "all gear" is a filter, not a kind
    return list;
}

void GearEditor::startNew(const QString &kindKey)
{
    if (!kindByKey(kindKey))
        return;
    m_kind = kindKey;
    m_brand.clear();
    m_model.clear();
    m_variant.clear();
    m_price.clear();
    m_stockNote.clear();
    m_levelByLoad.clear();
    m_curve.clear();
    m_curveNote.clear();
    m_curveError.clear();
    // The shop's own currency by default.
    m_currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    m_gearId.clear();
    m_basedOn.clear();
    m_error.clear();
    m_texts.clear();
    m_errors.clear();
    emit formChanged();
}

bool GearEditor::startCopy(const QString &gearId)
{
    const std::optional<GearRecord> original = m_library->find(gearId);
    std::optional<GearRecord> copy = m_library->copyForEditing(gearId);
    if (!original || !copy)
        return false;
    startNew(QString::fromLatin1(kindKey(copy->spec.kind())));
    const bool own = original->origin == GearOrigin::User;
    m_gearId = own ? copy->id : QString();
    m_basedOn = copy->basedOn;
    m_brand = copy->spec.brand;
    m_model = copy->spec.model;
    m_variant = copy->spec.variant;
    if (copy->price) {
        m_price = QLocale().toString(*copy->price, 'f', 2);
        m_currency = copy->currency;
    }
    m_stockNote = copy->stockNote;
    QStringList ranges;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "1000", as people type it
    for (const LoadLevel &r : copy->spec.levelByLoad())
        ranges << QStringLiteral("%1-%2: %3").arg(locale.toString(r.fromOhm), locale.toString(r.toOhm), locale.toString(r.volts));
    m_levelByLoad = ranges.join(QStringLiteral("; "));
    m_curve = copy->spec.impedanceCurve();
    m_curveNote = copy->spec.curveCitation.note;
    for (Field f : fieldsOf(copy->spec.kind()))
        if (const auto v = copy->spec.value(f))
            m_texts.insert(QString::fromLatin1(fieldInfo(f).key), formText(f, *v));
    if (!copy->spec.sources.isEmpty()) {
        m_source = copy->spec.sources.constFirst().url;
        m_provenance = QString::fromLatin1(provenanceKey(copy->spec.sources.constFirst().provenance));
    }
    emit formChanged();
    return true;
}

void GearEditor::setFieldText(const QString &key, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_texts.value(key) == trimmed)
        return;
    if (trimmed.isEmpty())
        m_texts.remove(key);
    else
        m_texts.insert(key, trimmed);
    m_errors.remove(key);
    emit formChanged();
}

QVariantList GearEditor::fields() const
{
    QVariantList list;
    for (Field f : fieldsOf(*kindByKey(m_kind))) {
        const FieldInfo &info = fieldInfo(f);
        const QString key = QString::fromLatin1(info.key);
        QVariantList choices{
            QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), QCoreApplication::translate("GearEditor", "unknown")}}};
        for (std::size_t i = 0; i < info.choices.size(); ++i)
            choices.append(
                QVariantMap{{QStringLiteral("key"), QString::fromLatin1(info.choices[i])}, {QStringLiteral("label"), choiceLabel(info, i)}});
        list.append(QVariantMap{{QStringLiteral("key"), key},
                                {QStringLiteral("label"), QCoreApplication::translate("Field", info.label)},
                                {QStringLiteral("unit"), QString::fromUtf8(info.unit)},
                                {QStringLiteral("type"), QString::fromLatin1(typeKey(info.type))},
                                {QStringLiteral("text"), m_texts.value(key)},
                                {QStringLiteral("choices"), choices},
                                {QStringLiteral("hint"), QCoreApplication::translate("Field", info.whereToFind)},
                                {QStringLiteral("error"), m_errors.value(key)}});
    }
    return list;
}

QString GearEditor::save()
{
    m_errors.clear();
    m_error.clear();
    QJsonObject figures;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        QString error;
        const std::optional<QJsonValue> value = formValue(*fieldByKey(it.key()), it.value(), &error);
        if (!value) {
            m_errors.insert(it.key(), error);
            continue;
        }
        QJsonObject figure{{QStringLiteral("value"), *value}, {QStringLiteral("provenance"), m_provenance}};
        if (!m_source.isEmpty())
            figure.insert(QStringLiteral("source"), m_source);
        figures.insert(it.key(), figure);
    }
    QJsonObject extras; // beside the figures: price, stock note, level per load, impedance curve
    if (!m_stockNote.trimmed().isEmpty())
        extras.insert(QStringLiteral("stockNote"), m_stockNote.trimmed());
    if (!m_price.trimmed().isEmpty()) {
        bool ok = false;
        const double amount = QLocale().toDouble(m_price.trimmed(), &ok);
        if (!ok) {
            m_error = QCoreApplication::translate("GearEditor", "Price: \"%1\" is not a number").arg(m_price.trimmed());
            emit formChanged();
            return {};
        }
        extras.insert(QStringLiteral("price"),
                      QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), m_currency.trimmed().toUpper()}});
    }
    if (!m_levelByLoad.trimmed().isEmpty()) {
        // "from-to: volts" ranges separated by semicolons, numbers as the locale writes them.
        static const QRegularExpression range(QStringLiteral(R"(^\s*([^-:\s]+)\s*-\s*([^:\s]+)\s*:\s*(\S+)\s*$)"));
        QJsonArray ranges;
        for (const QString &part : m_levelByLoad.split(u';', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = range.match(part);
            bool ok[3] = {false, false, false};
            const QLocale locale;
            const double from = m.hasMatch() ? locale.toDouble(m.captured(1), &ok[0]) : 0;
            const double to = m.hasMatch() ? locale.toDouble(m.captured(2), &ok[1]) : 0;
            const double volts = m.hasMatch() ? locale.toDouble(m.captured(3), &ok[2]) : 0;
            if (!ok[0] || !ok[1] || !ok[2]) {
                m_error = QCoreApplication::translate("GearEditor", "Level per load: \"%1\" is not a range; write ohms and volts as in 0-150: 1.25")
                              .arg(part.trimmed());
                emit formChanged();
                return {};
            }
            ranges.append(QJsonArray{from, to, volts});
        }
        extras.insert(
            QStringLiteral("levelByLoad"),
            QJsonObject{{QStringLiteral("ranges"), ranges}, {QStringLiteral("source"), m_source}, {QStringLiteral("provenance"), m_provenance}});
    }
    if (!m_curve.empty()) {
        QJsonArray points;
        for (const ImpedancePoint &p : m_curve)
            points.append(QJsonArray{p.hz, p.ohms, p.phaseDeg});
        QJsonObject curve{{QStringLiteral("points"), points}, {QStringLiteral("provenance"), m_provenance}};
        if (!m_source.isEmpty())
            curve.insert(QStringLiteral("source"), m_source);
        if (!m_curveNote.isEmpty())
            curve.insert(QStringLiteral("note"), m_curveNote);
        extras.insert(QStringLiteral("impedanceCurve"), curve);
    }
    const QString name = QStringList{m_brand, m_model, m_variant}.join(u' ').simplified();
    const QString id = m_gearId.isEmpty() ? m_library->uniqueUserId(slugify(name.isEmpty() ? m_kind : name)) : m_gearId;
    QJsonObject product{{QStringLiteral("id"), id},
                        {QStringLiteral("kind"), m_kind},
                        {QStringLiteral("brand"), m_brand.trimmed()},
                        {QStringLiteral("model"), m_model.trimmed()},
                        {QStringLiteral("variant"), m_variant.trimmed()},
                        {QStringLiteral("basedOn"), m_basedOn},
                        {QStringLiteral("figures"), figures}};
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it)
        product.insert(it.key(), it.value());
    // The same reading and checks as an import, one source for all figures allowed.
    const ProductParse parse = parseProducts(QJsonDocument(QJsonArray{product}).toJson(), ProductFormat::Json,
                                             QCoreApplication::translate("GearEditor", "the form"), GearOrigin::User, false);
    const QMap<QString, QString> names{{QStringLiteral("brand"), QCoreApplication::translate("GearEditor", "Brand")},
                                       {QStringLiteral("model"), QCoreApplication::translate("GearEditor", "Model")},
                                       {QStringLiteral("variant"), QCoreApplication::translate("GearEditor", "Variant")},
                                       {QStringLiteral("price"), QCoreApplication::translate("GearEditor", "Price")},
                                       {QStringLiteral("levelByLoad"), QCoreApplication::translate("GearEditor", "Level per load")},
                                       {QStringLiteral("impedanceCurve"), QCoreApplication::translate("GearEditor", "Impedance curve")}};
    for (const ProductError &e : parse.errors) {
        if (fieldByKey(e.field))
            m_errors.insert(e.field, e.message);
        else
            m_error = e.field.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(names.value(e.field, e.field), e.message);
    }
    if (!m_errors.isEmpty() || !m_error.isEmpty() || parse.records.isEmpty()) {
        emit formChanged();
        return {};
    }
    const GearRecord &record = parse.records.constFirst();
    m_error = m_gearId.isEmpty() ? m_library->addUserGear(record) : m_library->updateUserGear(record);
    if (!m_error.isEmpty()) {
        emit formChanged();
        return {};
    }
    m_gearId = record.id; // saving again updates this entry
    emit formChanged();
    emit gearChanged();
    return record.id;
}

bool GearEditor::remove(const QString &gearId)
{
    m_error = m_library->removeUserGear(gearId);
    emit formChanged();
    if (!m_error.isEmpty())
        return false;
    emit gearChanged();
    return true;
}

} // namespace headroom
