// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gearrecord.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace headroom {

const char *originKey(GearOrigin origin)
{
    switch (origin) {
    case GearOrigin::User:
        return "user";
    case GearOrigin::Shared:
        return "shared";
    case GearOrigin::Catalog:
        break;
    }
    return "catalog";
}

GearOrigin originByKey(const QString &key)
{
    if (key == u"user")
        return GearOrigin::User;
    return key == u"shared" ? GearOrigin::Shared : GearOrigin::Catalog;
}

QString GearHit::displayName() const
{
    QString name = QStringList{brand, model}.join(u' ').trimmed();
    if (!variant.isEmpty())
        name += QStringLiteral(" (%1)").arg(variant);
    return name;
}

std::optional<SpecFilter> parseSpecFilter(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([A-Za-z0-9]+)\\s*(>=|<=|=)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*$"));
    const auto fail = [error](QString message) {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return fail(QCoreApplication::translate("Gear", "\"%1\" is not a filter like impedanceOhm>=250").arg(text));
    const auto field = fieldByKey(m.captured(1));
    if (!field)
        return fail(QCoreApplication::translate("Gear", "\"%1\" is not a figure").arg(m.captured(1)));
    const QString op = m.captured(2);
    return SpecFilter{*field,
                      op == u">="       ? SpecFilter::Op::AtLeast
                          : op == u"<=" ? SpecFilter::Op::AtMost
                                        : SpecFilter::Op::Equal,
                      m.captured(3).toDouble()};
}

QString slugify(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString slug = text.normalized(QString::NormalizationForm_KD).toLower();
    slug.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    slug.replace(separators, QStringLiteral("-"));
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString GearRecord::priceText() const
{
    if (!price)
        return {};
    // The locale's own currency as its people write it ("249,00 €"); another one with its code ("249.00 GBP").
    const QLocale locale;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.toCurrencyString(*price, locale.currencySymbol(), 2);
    return QStringLiteral("%1 %2").arg(locale.toString(*price, 'f', 2), currency);
}

QString GearRecord::shopText() const
{
    QStringList parts{priceText(), stockNote};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

bool isCurrencyCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(code).hasMatch();
}

} // namespace headroom
