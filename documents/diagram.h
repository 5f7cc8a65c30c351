// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The chain as a drawing, the way the canvas shows it: each device where it stands, its ports, the cables coloured by
// what they carry with the level on each, each listener framed in its verdict's colour, and a legend. Painted with
// QPainter, so one drawing becomes SVG (QSvgGenerator), PNG (QImage) and PDF (QPdfWriter) alike.

#include "analysis.h"
#include "chain.h"
#include "quantity.h"
#include "report.h"

#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace headroom {

/// The size the canvas draws a device at (qml/DeviceNode.qml): 66 px of header and 30 px a port row; as wide as its
/// port names side by side and its title need, within 200–460 px (the title counts up to 340 px).
[[nodiscard]] QSizeF drawnNodeSize(const Device &device);

struct DiagramOptions {
    LevelUnit unit = LevelUnit::Dbu; ///< the level on each cable
    QStringList only;                ///< device ids to draw (the selection); empty: all
};

/// The drawing's size in canvas pixels, margins and legend included.
[[nodiscard]] QSizeF diagramSize(const Chain &chain, const DiagramOptions &options = {});
/// Paints the diagram with its top-left corner at the painter's origin, in canvas pixels.
void paintDiagram(QPainter &painter, const Chain &chain, const AnalysisResult &result, const DiagramOptions &options = {});
/// The diagram as an image, `scale` device pixels per canvas pixel, on white.
[[nodiscard]] QImage diagramImage(const Chain &chain, const AnalysisResult &result, double scale, const DiagramOptions &options = {});
/// The diagram as an SVG document.
[[nodiscard]] QByteArray diagramSvg(const Chain &chain, const AnalysisResult &result, const DiagramOptions &options = {});
/// Writes the diagram by the file's suffix: .svg, .png (at `scale`) or .pdf (one page that fits it); "" or why not.
[[nodiscard]] QString writeDiagram(const QString &path, const Chain &chain, const AnalysisResult &result, double scale = 2,
                                   const DiagramOptions &options = {});

} // namespace headroom
