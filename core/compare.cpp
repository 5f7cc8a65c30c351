// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare.h"

#include "quantity.h"
#include "report.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace headroom {
namespace {

/// Shown figures are rounded to 0.1 dB: closer ones read the same.
constexpr double kShownPrecisionDb = 0.05;

bool sameListener(const Device &a, const Device &b)
{
    return a.id == b.id || (!a.settings.listener.isEmpty() && a.settings.listener == b.settings.listener);
}

ComparedListener cell(const Chain &chain, const AnalysisResult &result, int device)
{
    ComparedListener c;
    c.result = result.listener(device);
    if (!c.result)
        return c;
    c.volumeDb = driverVolumeDb(chain, *c.result);
    for (const Finding &f : result.findings)
        if (f.severity != Severity::Info && (f.device == device || std::find(f.related.begin(), f.related.end(), device) != f.related.end()))
            c.findings.push_back(&f);
    std::stable_sort(c.findings.begin(), c.findings.end(), [](const Finding *a, const Finding *b) { return a->severity > b->severity; });
    return c;
}

} // namespace

int findListener(const Chain &chain, const QString &id)
{
    for (std::size_t d = 0; d < chain.devices.size(); ++d) {
        const Device &device = chain.devices[d];
        if (isListener(device.spec.kind()) && (id.isEmpty() || device.id == id || device.settings.listener == id))
            return static_cast<int>(d);
    }
    return -1;
}

int matchingListener(const Chain &chain, int listener, const Chain &other)
{
    const Device &phones = chain.devices[static_cast<std::size_t>(listener)];
    for (const QString &id : {phones.id, phones.settings.listener, QString()}) // an empty name finds the first
        if (const int found = findListener(other, id); found >= 0)
            return found;
    return -1;
}

Comparison compareVariants(const Project &project, std::vector<int> variants)
{
    if (variants.empty()) {
        variants.resize(project.variants.size());
        std::iota(variants.begin(), variants.end(), 0);
    }
    Comparison out;
    out.variants = variants;
    for (int v : variants)
        out.results.push_back(analyze(project.variants[static_cast<std::size_t>(v)].chain));
    // Rows in the order the listeners first appear; a listener joins the row whose first device it matches.
    std::vector<std::pair<int, int>> firstOfRow; // (column, device) that opened each row
    for (std::size_t column = 0; column < variants.size(); ++column) {
        const Chain &chain = project.variants[static_cast<std::size_t>(variants[column])].chain;
        for (const ListenerResult &l : out.results[column].listeners) {
            const Device &phones = chain.devices[static_cast<std::size_t>(l.device)];
            auto row = std::find_if(firstOfRow.begin(), firstOfRow.end(), [&](const std::pair<int, int> &first) {
                const Chain &other = project.variants[static_cast<std::size_t>(variants[static_cast<std::size_t>(first.first)])].chain;
                return sameListener(other.devices[static_cast<std::size_t>(first.second)], phones)
                    && !out.rows[static_cast<std::size_t>(&first - firstOfRow.data())].cells[column].result;
            });
            if (row == firstOfRow.end()) {
                firstOfRow.emplace_back(static_cast<int>(column), l.device);
                out.rows.push_back(
                    {phones.name() + (phones.settings.listener.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(phones.settings.listener)),
                     std::vector<ComparedListener>(variants.size())});
                row = firstOfRow.end() - 1;
            }
            out.rows[static_cast<std::size_t>(row - firstOfRow.begin())].cells[column] = cell(chain, out.results[column], l.device);
        }
    }
    return out;
}

std::vector<const char *> differences(const ComparisonRow &row)
{
    const ComparedListener *first = nullptr;
    std::vector<const char *> out;
    const auto note = [&out](const char *key) {
        if (std::find(out.begin(), out.end(), key) == out.end())
            out.push_back(key);
    };
    for (const ComparedListener &c : row.cells) {
        if (!c.result) {
            note("verdict");
            continue;
        }
        if (!first) {
            first = &c;
            continue;
        }
        const auto apart = [](double a, double b) { return std::abs(a - b) >= 2 * kShownPrecisionDb; };
        if (c.result->verdict != first->result->verdict)
            note("verdict");
        if (apart(c.result->maxSpl, first->result->maxSpl))
            note("maxSpl");
        if (apart(c.result->headroomDb, first->result->headroomDb))
            note("headroom");
        if (apart(c.volumeDb, first->volumeDb))
            note("volume");
        if (apart(c.result->hissSpl, first->result->hissSpl))
            note("hiss");
        const auto codes = [](const ComparedListener &x) {
            std::vector<FindingCode> v;
            for (const Finding *f : x.findings)
                v.push_back(f->code);
            std::sort(v.begin(), v.end());
            return v;
        };
        if (codes(c) != codes(*first))
            note("findings");
    }
    return out;
}

namespace {

/// A row of the text table: the label, then one column per variant.
QString tableLine(bool differs, const QString &label, const QStringList &cells, qsizetype width)
{
    QString line = (differs ? QStringLiteral("* ") : QStringLiteral("  ")) + label.leftJustified(18);
    for (const QString &c : cells)
        line += QStringLiteral("  ") + c.leftJustified(width);
    while (line.endsWith(u' '))
        line.chop(1);
    return line;
}

QString findingsText(const ComparedListener &c)
{
    QStringList titles;
    for (const Finding *f : c.findings)
        if (!titles.contains(findingTitle(f->code)))
            titles << findingTitle(f->code);
    return titles.isEmpty() ? QCoreApplication::translate("Comparison", "none") : titles.join(QStringLiteral(", "));
}

} // namespace

int findingCount(const AnalysisResult &result, Severity severity)
{
    return static_cast<int>(
        std::count_if(result.findings.begin(), result.findings.end(), [severity](const Finding &f) { return f.severity == severity; }));
}

QString comparisonText(const Project &project, const Comparison &comparison)
{
    QStringList names;
    for (int v : comparison.variants)
        names << project.variants[static_cast<std::size_t>(v)].name;
    QStringList totals;
    for (const AnalysisResult &result : comparison.results) {
        const int errors = findingCount(result, Severity::Error);
        const int warnings = findingCount(result, Severity::Warning);
        totals << QCoreApplication::translate("Comparison", "%1, %2")
                      .arg(errors == 1 ? QCoreApplication::translate("Comparison", "1 error")
                                       : QCoreApplication::translate("Comparison", "%1 errors").arg(errors),
                           warnings == 1 ? QCoreApplication::translate("Comparison", "1 warning")
                                         : QCoreApplication::translate("Comparison", "%1 warnings").arg(warnings));
    }
    qsizetype width = QCoreApplication::translate("Comparison", "not in this variant").size();
    for (const QString &text : names + totals)
        width = std::max(width, text.size());
    QStringList out;
    const QString title = project.chain().title;
    out << (title.isEmpty() ? QCoreApplication::translate("Comparison", "Headroom comparison")
                            : QCoreApplication::translate("Comparison", "Headroom comparison: %1").arg(title))
        << QString();
    out << tableLine(false, QString(), names, width);
    out << tableLine(false, QCoreApplication::translate("Comparison", "in all"), totals, width);
    for (const ComparisonRow &row : comparison.rows) {
        const std::vector<const char *> differ = differences(row);
        const auto differs = [&differ](const char *key) { return std::find(differ.begin(), differ.end(), key) != differ.end(); };
        const auto cells = [&row](const std::function<QString(const ComparedListener &)> &text) {
            QStringList list;
            for (const ComparedListener &c : row.cells)
                list << (c.result ? text(c) : QCoreApplication::translate("Comparison", "not in this variant"));
            return list;
        };
        out << QString() << row.name;
        out << tableLine(differs("verdict"), QCoreApplication::translate("Comparison", "verdict"),
                         cells([](const ComparedListener &c) { return verdictWord(*c.result); }), width);
        out << tableLine(differs("maxSpl"), QCoreApplication::translate("Comparison", "max SPL"), cells([](const ComparedListener &c) {
                             return QCoreApplication::translate("Comparison", "%1 dB SPL").arg(formatNumber(c.result->maxSpl));
                         }),
                         width);
        out << tableLine(differs("headroom"), QCoreApplication::translate("Comparison", "to the target"), cells([](const ComparedListener &c) {
                             return QCoreApplication::translate("Comparison", "%1 dB").arg(formatNumber(c.result->headroomDb));
                         }),
                         width);
        out << tableLine(
            differs("volume"), QCoreApplication::translate("Comparison", "volume"),
            cells([](const ComparedListener &c) { return QCoreApplication::translate("Comparison", "%1 dB").arg(formatNumber(c.volumeDb)); }), width);
        out << tableLine(differs("hiss"), QCoreApplication::translate("Comparison", "hiss"), cells([](const ComparedListener &c) {
                             return QCoreApplication::translate("Comparison", "%1 dB SPL").arg(formatNumber(c.result->hissSpl));
                         }),
                         width);
        // Problems are a sentence per variant, too long for a column.
        out << tableLine(differs("findings"), QCoreApplication::translate("Comparison", "problems"), {}, width);
        for (std::size_t v = 0; v < row.cells.size(); ++v)
            out << QStringLiteral("    %1: %2")
                       .arg(project.variants[static_cast<std::size_t>(comparison.variants[v])].name,
                            row.cells[v].result ? findingsText(row.cells[v]) : QCoreApplication::translate("Comparison", "not in this variant"));
    }
    out << QString()
        << QCoreApplication::translate("Comparison",
                                       "* the variants differ here; max SPL at full volume, \"to the target\" from there to the peak target");
    return out.join(u'\n') + u'\n';
}

void writeJsonComparison(JsonWriter &json, const Project &project, const Comparison &comparison)
{
    json.key("format").value("headroom-comparison");
    json.key("listeners").beginArray();
    for (const ComparisonRow &row : comparison.rows) {
        json.beginObject().key("cells").beginArray();
        for (std::size_t v = 0; v < row.cells.size(); ++v) {
            const ComparedListener &c = row.cells[v];
            if (!c.result) {
                json.null();
                continue;
            }
            const Chain &chain = project.variants[static_cast<std::size_t>(comparison.variants[v])].chain;
            json.beginObject();
            json.key("device").value(chain.devices[static_cast<std::size_t>(c.result->device)].id);
            json.key("findings").beginArray();
            for (const Finding *f : c.findings)
                json.value(codeKey(f->code));
            json.endArray();
            json.key("headroom").beginObject().key("unit").value("dB").key("value").value(c.result->headroomDb).endObject();
            json.key("hiss").beginObject().key("unit").value("dB SPL").key("value").value(c.result->hissSpl).endObject();
            json.key("maxSpl").beginObject().key("unit").value("dB SPL").key("value").value(c.result->maxSpl).endObject();
            json.key("verdict").value(verdictKey(c.result->verdict));
            json.key("volume").beginObject().key("unit").value("dB").key("value").value(c.volumeDb).endObject();
            json.endObject();
        }
        json.endArray();
        json.key("differences").beginArray();
        for (const char *key : differences(row))
            json.value(key);
        json.endArray();
        json.key("name").value(row.name).endObject();
    }
    json.endArray();
    json.key("variants").beginArray();
    for (std::size_t v = 0; v < comparison.variants.size(); ++v) {
        json.beginObject().key("errors").value(findingCount(comparison.results[v], Severity::Error));
        json.key("name").value(project.variants[static_cast<std::size_t>(comparison.variants[v])].name);
        json.key("warnings").value(findingCount(comparison.results[v], Severity::Warning)).endObject();
    }
    json.endArray();
}

} // namespace headroom
