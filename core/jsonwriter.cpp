// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace headroom {

JsonWriter &JsonWriter::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_empty.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty)
        newline();
    m_out += bracket;
    if (m_empty.empty() && m_style == JsonStyle::Indented)
        m_out += '\n';
    return *this;
}

void JsonWriter::newline()
{
    if (m_style == JsonStyle::Compact)
        return;
    m_out += '\n';
    m_out.append(4 * m_empty.size(), ' ');
}

void JsonWriter::flush()
{
    if (m_sink && !m_out.empty()) {
        m_sink(m_out);
        m_out.clear(); // keeps its capacity
    }
}

void JsonWriter::beforeValue()
{
    constexpr std::size_t kChunk = 1 << 16;
    if (m_out.size() >= kChunk && m_holdFlush == 0)
        flush();
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;
    if (!m_empty.back())
        m_out += ',';
    m_empty.back() = false;
    newline();
}

JsonWriter &JsonWriter::key(const char *name)
{
    beforeValue();
    string(name);
    m_out += m_style == JsonStyle::Compact ? ":" : ": ";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null(); // JSON has no ±∞ or NaN (docs/analysis-json.md "Units and null")
    beforeValue();
    // The shortest text that reads back as the same double: what QJsonDocument writes, without a temporary.
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, number).ptr;
    m_out.append(text, static_cast<std::size_t>(end - text));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    beforeValue();
    const QByteArray utf8 = text.toUtf8();
    string(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    return *this;
}

JsonWriter &JsonWriter::value(const char *utf8)
{
    beforeValue();
    string(utf8);
    return *this;
}

JsonWriter &JsonWriter::sharedValue(const void *id, const std::function<void(JsonWriter &)> &write)
{
    beforeValue();
    if (const auto known = m_shared.find(id); known != m_shared.end()) {
        m_out += known->second;
        return *this;
    }
    m_afterKey = true; // the separator is written: the value's own first step must not write another
    const std::size_t start = m_out.size();
    ++m_holdFlush;
    write(*this);
    --m_holdFlush;
    m_shared.emplace(id, m_out.substr(start));
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

void JsonWriter::string(std::string_view utf8)
{
    // RFC 8259 §7: quote, backslash and control characters are escaped; everything else is copied in runs.
    const auto plain = [](char c) { return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20; };
    m_out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (plain(c))
            continue;
        m_out.append(utf8.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            m_out += "\\u00";
            m_out += kHex[(c >> 4) & 0xf];
            m_out += kHex[c & 0xf];
        }
        }
    }
    m_out.append(utf8.data() + run, utf8.size() - run);
    m_out += '"';
}

} // namespace headroom
