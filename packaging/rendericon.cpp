// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the application icon's SVG to a square PNG of one size, at build time: the SVG is the only drawing kept.
// Usage: rendericon ICON.svg SIZE OUT.png

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.value(2).toInt(&ok);
    QSvgRenderer svg(args.value(1));
    if (args.size() != 4 || !ok || size <= 0 || !svg.isValid()) {
        QTextStream(stderr) << "usage: rendericon ICON.svg SIZE OUT.png (a valid SVG and a positive size)\n";
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!image.save(args.value(3))) {
        QTextStream(stderr) << "cannot write " << args.value(3) << '\n';
        return 1;
    }
    return 0;
}
