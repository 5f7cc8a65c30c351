// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Writes JSON text straight into a byte array, for reports of any size: no document tree is built, so writing
// the analysis of a large project costs time and memory in proportion to the text. Numbers are written as Qt's
// QJsonDocument writes them (shortest round-trip form), non-finite numbers as null, text as UTF-8.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace headroom {

enum class JsonStyle : std::uint8_t { Compact, Indented };

class JsonWriter
{
public:
    /// Receives the text in pieces as it is written, so a large report never sits in memory whole.
    using Sink = std::function<void(std::string_view)>;

    explicit JsonWriter(JsonStyle style = JsonStyle::Compact, Sink sink = {}) : m_style(style), m_sink(std::move(sink)) {}

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    /// A member's key (UTF-8); its value follows.
    JsonWriter &key(const char *name);
    JsonWriter &value(double number);
    JsonWriter &value(int number) { return value(static_cast<double>(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *utf8);
    JsonWriter &null();
    /// A value `write` writes, or, when a value was written for the same `id` before, the same text again: the
    /// listeners of one output share one response curve, and its text is made once.
    JsonWriter &sharedValue(const void *id, const std::function<void(JsonWriter &)> &write);

    /// The text written so far (a whole document once every object and array is closed); without a sink.
    [[nodiscard]] QByteArray take() const { return QByteArray(m_out.data(), static_cast<qsizetype>(m_out.size())); }
    /// Hands what is left to the sink.
    void flush();

private:
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);
    void beforeValue();
    void newline();
    void string(std::string_view utf8);

    std::string m_out; ///< grows geometrically; appending to it is cheaper than to a QByteArray
    JsonStyle m_style;
    Sink m_sink;
    std::vector<bool> m_empty; ///< per open object or array: nothing written in it yet
    bool m_afterKey = false;
    int m_holdFlush = 0; ///< while a shared value is written, its text stays in m_out
    std::unordered_map<const void *, std::string> m_shared;
};

} // namespace headroom
