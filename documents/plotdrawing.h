// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A listener's plots drawn with QPainter, the same drawing in the app (models/listenerplot), in SVG and PNG files and
// in the full report: the gain structure of the listener's path, SPL against the volume setting, and the
// frequency-response change with the headphones' impedance.

#include "plots.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace headroom {

/// The plots' colours; the app passes its theme's (light or dark), documents use the light ones.
struct PlotColours {
    QColor background{Qt::white};
    QColor text{0x1f, 0x23, 0x28};
    QColor grid{0xd0, 0xd7, 0xde};
    QColor average{0x3f, 0x9b, 0xd6};
    QColor peak{0x2e, 0x9d, 0x57};
    QColor target{0x5b, 0x63, 0x6b};
    QColor warning{0xd9, 0x9a, 0x1c};
    QColor error{0xd2, 0x45, 0x3b};
};

enum class PlotKind : std::uint8_t { GainStructure, SplVersusVolume, Response };

/// What one plot of a listener shows, computed once per change of the chain (the SPL curve runs the engine at each
/// volume setting), so that painting it again (a resize, a copy) costs no analysis.
struct PlotFigures {
    PlotKind kind = PlotKind::GainStructure;
    QString listener; ///< who listens, for the title; empty when the device is not a pair of headphones
    std::vector<GainStage> stages;
    SplVolumeCurve volume;
    ResponsePlot response;
};

[[nodiscard]] PlotFigures plotFigures(PlotKind kind, const Chain &chain, const AnalysisResult &result, int listenerDevice);
/// Paints one plot into `area`, with its title, axes, legend and marks.
void paintPlot(QPainter &painter, const QRectF &area, const PlotFigures &figures, const PlotColours &colours = {});
/// A plot as an image of `size` canvas pixels at `scale` device pixels each, and as an SVG document.
[[nodiscard]] QImage plotImage(QSize size, double scale, const PlotFigures &figures);
[[nodiscard]] QByteArray plotSvg(QSize size, const PlotFigures &figures);
/// Writes a plot by the file's suffix, .svg or .png (at `size` pixels), atomically; "" or why not.
[[nodiscard]] QString writePlot(const QString &path, QSize size, const PlotFigures &figures);

} // namespace headroom
