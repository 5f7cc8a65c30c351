// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gearrank.h"

#include <QRegularExpression>

#include <algorithm>

namespace headroom {
namespace {

/// The best match of a term among the words of a text: 2 when a word equals it, 1 when a word starts with it.
/// With `squeezed`, spaces and hyphens do not separate words ("HD 600" holds the word "hd600"). Walks the text in
/// place: ranking runs on every candidate, so it allocates nothing.
double wordMatch(QStringView text, QStringView term, bool squeezed)
{
    const auto joins = [squeezed](QChar c) { return c.isLetterOrNumber() || (squeezed && (c == u' ' || c == u'-')); };
    double best = 0;
    for (qsizetype i = 0; i < text.size() && best < 2;) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        // Compare the term with the word from i, skipping joiners inside the word when squeezed.
        qsizetype k = i;
        qsizetype matched = 0;
        while (k < text.size() && joins(text[k]) && matched < term.size()) {
            if (text[k].isLetterOrNumber()) {
                if (text[k].toCaseFolded() != term[matched])
                    break;
                ++matched;
            }
            ++k;
        }
        qsizetype end = k;
        while (end < text.size() && joins(text[end]))
            ++end;
        if (matched == term.size()) {
            bool rest = false;
            for (qsizetype r = k; r < end && !rest; ++r)
                rest = text[r].isLetterOrNumber();
            best = std::max(best, rest ? 1.0 : 2.0);
        }
        i = squeezed ? end : std::max(end, i + 1);
    }
    return best;
}

/// How well a product matches the terms: per term the best of its fields, where a whole word counts twice a
/// word's prefix and the model weighs most, then aliases and run-together names ("hd600"), then the brand, then the
/// variant. `names` is model, aliases, brand and variant separated by U+001F.
double relevance(const QStringList &terms, QStringView names)
{
    const QList<QStringView> parts = names.split(QChar(0x1f));
    const QStringView model = parts.value(0);
    const QStringView aliases = parts.value(1);
    const QStringView brand = parts.value(2);
    const QStringView variant = parts.value(3);
    double score = 0;
    for (const QString &term : terms)
        score += std::max({5.0 * wordMatch(model, term, false), 3.0 * wordMatch(aliases, term, false), 3.0 * wordMatch(model, term, true),
                           2.0 * wordMatch(brand, term, false), 1.0 * wordMatch(variant, term, false)});
    return score;
}

} // namespace

QStringList searchTerms(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("\\p{M}"));
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    const QString plain = text.normalized(QString::NormalizationForm_KD).remove(marks).toLower(); // "Sé" → "se"
    QStringList terms;
    for (auto it = words.globalMatch(plain); it.hasNext();)
        terms << it.next().captured();
    return terms;
}

QString rankNames(const QString &model, const QString &aliases, const QString &brand, const QString &variant)
{
    return model + QChar(0x1f) + aliases + QChar(0x1f) + brand + QChar(0x1f) + variant;
}

std::vector<std::pair<qint64, double>> rankByRelevance(const QStringList &terms, std::vector<RankCandidate> candidates, int limit)
{
    struct Ranked {
        qint64 key;
        double score;
        QString names;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(candidates.size());
    static const QRegularExpression marks(QStringLiteral("\\p{M}"));
    for (RankCandidate &c : candidates) {
        // Folded like the search terms, so "Röde" matches "rode" (plain ASCII needs no folding).
        if (std::any_of(c.names.cbegin(), c.names.cend(), [](QChar ch) { return ch.unicode() > 0x7f; }))
            c.names = c.names.normalized(QString::NormalizationForm_KD).remove(marks);
        const double score = relevance(terms, c.names);
        ranked.push_back({c.key, score, std::move(c.names)});
    }
    const auto keep = std::min<std::size_t>(ranked.size(), static_cast<std::size_t>(std::max(0, limit)));
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return QString::compare(a.names, b.names, Qt::CaseInsensitive) < 0;
    });
    std::vector<std::pair<qint64, double>> best;
    best.reserve(keep);
    for (std::size_t i = 0; i < keep; ++i)
        best.emplace_back(ranked[i].key, ranked[i].score);
    return best;
}

} // namespace headroom
