// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: any bytes as a product import, CSV or JSON (the first byte chooses, and whether every figure
// needs its own source). Bad rows are refused with a message; rows it accepts are written out and must read back.

#include "productformat.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const ProductFormat format = (data[0] & 1) != 0 ? ProductFormat::Csv : ProductFormat::Json;
    const bool requireSources = (data[0] & 2) != 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const ProductParse parse = parseProducts(bytes, format, QStringLiteral("fuzz"), GearOrigin::User, requireSources);
    if (parse.records.isEmpty() || !parse.errors.isEmpty()) // a file with errors is refused whole
        return 0;
    // What Headroom exports, it must import: the same products, none refused.
    const ProductParse again = parseProducts(writeProducts(parse.records, format), format, QStringLiteral("export"), GearOrigin::User, false);
    if (again.records.size() != parse.records.size() || !again.errors.isEmpty()) {
        std::fprintf(stderr, "exported %lld products, read back %lld with %lld errors%s%s\n", static_cast<long long>(parse.records.size()),
                     static_cast<long long>(again.records.size()), static_cast<long long>(again.errors.size()), again.errors.isEmpty() ? "" : ": ",
                     again.errors.isEmpty() ? "" : qPrintable(again.errors.constFirst().message));
        std::abort();
    }
    return 0;
}
