// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Impedance-curve exports as a shop's measurement program writes them, for the tests of importing one: a REW export
// of a demo pair (four points, the resonance at 90 Hz) and a file whose frequencies fall on its third line.

#include <QDir>
#include <QFile>

namespace headroom::test {

/// Writes demo.txt (a curve) and falling.txt (none) into `dir`; false when they cannot be written.
[[nodiscard]] inline bool writeCurveExports(const QDir &dir)
{
    const auto write = [&dir](const char *name, const QByteArray &text) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    return write("demo.txt", "* REW impedance export\n20 310.5 12\n90 598 -1.5\n1000 301 2\n20000 380 30\n")
        && write("falling.txt", "20 310 0\n1000 301 0\n500 300 0\n");
}

} // namespace headroom::test
