// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotdrawing.h"

#include "plots.h"

#include "quantity.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

QFont font(double pixels, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(static_cast<int>(pixels));
    f.setBold(bold);
    return f;
}

/// A plot area with its data ranges; x may be logarithmic.
struct Axes {
    QRectF frame;
    double x0, x1, y0, y1;
    bool logX = false;

    [[nodiscard]] double fx(double x) const
    {
        const double t = logX ? std::log(x / x0) / std::log(x1 / x0) : (x - x0) / (x1 - x0);
        return frame.left() + t * frame.width();
    }
    [[nodiscard]] double fy(double y) const { return frame.bottom() - (y - y0) / (y1 - y0) * frame.height(); }
    [[nodiscard]] QPointF at(double x, double y) const { return {fx(x), fy(std::clamp(y, y0, y1))}; }
};

void drawGrid(QPainter &p, const Axes &a, const std::vector<double> &xTicks, double yStep, const QString &xLabel, const QString &yLabel,
              const PlotColours &c)
{
    p.setFont(font(10));
    const QFontMetricsF m(p.font());
    for (double x : xTicks) {
        p.setPen(QPen(c.grid, 0.5));
        p.drawLine(QPointF(a.fx(x), a.frame.top()), QPointF(a.fx(x), a.frame.bottom()));
        p.setPen(c.text);
        const QString label = x >= 1000 && a.logX ? QStringLiteral("%1k").arg(x / 1000) : formatNumber(x, 0);
        p.drawText(QPointF(a.fx(x) - m.horizontalAdvance(label) / 2, a.frame.bottom() + m.ascent() + 3), label);
    }
    for (double y = std::ceil(a.y0 / yStep) * yStep; y <= a.y1 + 1e-9; y += yStep) {
        p.setPen(QPen(c.grid, 0.5));
        p.drawLine(QPointF(a.frame.left(), a.fy(y)), QPointF(a.frame.right(), a.fy(y)));
        p.setPen(c.text);
        const QString label = formatNumber(y, yStep < 1 ? 1 : 0);
        p.drawText(QPointF(a.frame.left() - m.horizontalAdvance(label) - 4, a.fy(y) + m.ascent() / 2 - 1), label);
    }
    p.setPen(QPen(c.text, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(a.frame);
    p.drawText(QPointF(a.frame.center().x() - m.horizontalAdvance(xLabel) / 2, a.frame.bottom() + 2 * m.height() + 2), xLabel);
    p.save();
    p.translate(a.frame.left() - 38, a.frame.center().y() + m.horizontalAdvance(yLabel) / 2);
    p.rotate(-90);
    p.drawText(QPointF(0, 0), yLabel);
    p.restore();
}

void drawLine(QPainter &p, const Axes &a, const std::vector<double> &xs, const std::vector<double> &ys, const QPen &pen)
{
    if (xs.empty() || xs.size() != ys.size())
        return;
    QPainterPath path(a.at(xs.front(), ys.front()));
    for (std::size_t i = 1; i < xs.size(); ++i)
        path.lineTo(a.at(xs[i], ys[i]));
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

void drawLegend(QPainter &p, QPointF at, const std::vector<std::pair<QPen, QString>> &entries, const PlotColours &c)
{
    p.setFont(font(10));
    const QFontMetricsF m(p.font());
    for (const auto &[pen, text] : entries) {
        p.setPen(pen);
        p.drawLine(at + QPointF(0, -4), at + QPointF(18, -4));
        p.setPen(c.text);
        p.drawText(at + QPointF(22, 0), text);
        at.rx() += 22 + m.horizontalAdvance(text) + 16;
    }
}


void paintNothing(QPainter &p, const QRectF &area, const QString &why, const PlotColours &c)
{
    p.setPen(c.text);
    p.setFont(font(12));
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, why);
}

void paintSplVolume(QPainter &p, const QRectF &area, const PlotFigures &f, const PlotColours &c)
{
    const SplVolumeCurve &curve = f.volume;
    if (curve.points.empty())
        return paintNothing(p, area, QCoreApplication::translate("Plot", "Nothing plays at these headphones."), c);
    std::vector<double> volume, average, peak;
    for (const VolumePoint &v : curve.points) {
        volume.push_back(v.volumeDb);
        average.push_back(v.averageSpl);
        peak.push_back(v.peakSpl);
    }
    const double top = std::ceil((std::max(*std::max_element(peak.begin(), peak.end()), curve.targetPeakSpl) + 5) / 10) * 10;
    const double bottom = std::floor((*std::min_element(average.begin(), average.end()) - 5) / 10) * 10;
    const Axes a{area.adjusted(56, 44, -16, -44), kLowestPlottedVolumeDb, 0, bottom, top};
    p.setPen(c.text);
    p.setFont(font(12, true));
    p.drawText(QPointF(area.left() + 8, area.top() + 16), QCoreApplication::translate("Plot", "SPL at %1's ears against the volume setting").arg(f.listener));
    drawGrid(p, a, {-60, -50, -40, -30, -20, -10, 0}, 10, QCoreApplication::translate("Plot", "Volume (dB below full)"), QCoreApplication::translate("Plot", "dB SPL"), c);
    const auto level = [&](double y, const QColor &colour, const QString &label) {
        p.setPen(QPen(colour, 1.2, Qt::DashLine));
        p.drawLine(a.at(a.x0, y), a.at(a.x1, y));
        p.setFont(font(10));
        p.drawText(a.at(a.x0, y) + QPointF(4, -3), label);
    };
    level(curve.targetPeakSpl, c.target, QCoreApplication::translate("Plot", "peak target %1 dB SPL").arg(formatNumber(curve.targetPeakSpl, 0)));
    level(curve.exposureSpl, c.warning, QCoreApplication::translate("Plot", "85 dB(A): hearing risk beyond 8 h a day"));
    if (curve.clipVolumeDb) {
        p.setPen(QPen(c.error, 1.5));
        p.drawLine(QPointF(a.fx(*curve.clipVolumeDb), a.frame.top()), QPointF(a.fx(*curve.clipVolumeDb), a.frame.bottom()));
        p.drawText(QPointF(a.fx(*curve.clipVolumeDb) + 4, a.frame.top() + 12), QCoreApplication::translate("Plot", "clips from here"));
    }
    p.setPen(QPen(c.text, 1, Qt::DotLine));
    p.drawLine(QPointF(a.fx(curve.currentVolumeDb), a.frame.top()), QPointF(a.fx(curve.currentVolumeDb), a.frame.bottom()));
    p.drawText(QPointF(a.fx(curve.currentVolumeDb) - 30, a.frame.top() - 4), QCoreApplication::translate("Plot", "now"));
    drawLine(p, a, volume, average, QPen(c.average, 2));
    drawLine(p, a, volume, peak, QPen(c.peak, 2));
    drawLegend(p, QPointF(area.left() + 56, area.top() + 32), {{QPen(c.average, 2), QCoreApplication::translate("Plot", "average")}, {QPen(c.peak, 2), QCoreApplication::translate("Plot", "peaks")}}, c);
}

void paintResponse(QPainter &p, const QRectF &area, const PlotFigures &f, const PlotColours &c)
{
    const ResponsePlot &plot = f.response;
    if (plot.hz.empty())
        return paintNothing(p, area, QCoreApplication::translate("Plot", "Nothing plays at these headphones."), c);
    p.setPen(c.text);
    p.setFont(font(12, true));
    p.drawText(QPointF(area.left() + 8, area.top() + 16), QCoreApplication::translate("Plot", "Response change at %1's ears, and the headphones' impedance").arg(f.listener));
    const std::vector<double> ticks{20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000};
    const double split = area.top() + 28 + (area.height() - 28) * 0.55;
    // Above: the deviation, with the ±0.5 dB band people do not hear (physics.md §4).
    double worst = 1;
    for (double d : plot.deviationDb)
        worst = std::max(worst, std::ceil(std::abs(d) * 2) / 2);
    const Axes dev{QRectF(QPointF(area.left() + 56, area.top() + 32), QPointF(area.right() - 16, split - 40)), 20, 20000, -worst, worst, true};
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(c.peak.red(), c.peak.green(), c.peak.blue(), 40));
    p.drawRect(QRectF(dev.at(20, 0.5), dev.at(20000, -0.5)));
    drawGrid(p, dev, ticks, worst > 3 ? 1 : 0.5, QCoreApplication::translate("Plot", "Frequency (Hz)"), QCoreApplication::translate("Plot", "dB vs 1 kHz"), c);
    if (plot.deviationDb.empty())
        paintNothing(p, dev.frame, QCoreApplication::translate("Plot", "No impedance curve is known for these headphones: the change cannot be computed."), c);
    else
        drawLine(p, dev, plot.hz, plot.deviationDb, QPen(c.average, 2));
    // Below: |Z(f)|, or the nominal impedance when no curve is known.
    const auto [low, high] = std::minmax_element(plot.impedanceOhm.begin(), plot.impedanceOhm.end());
    const double step = std::pow(10.0, std::floor(std::log10(std::max(1.0, *high - *low + 1))));
    const Axes z{QRectF(QPointF(area.left() + 56, split), QPointF(area.right() - 16, area.bottom() - 44)), 20, 20000,
                 std::floor(*low / step) * step - step, std::ceil(*high / step) * step + step, true};
    drawGrid(p, z, ticks, step, QCoreApplication::translate("Plot", "Frequency (Hz)"), QCoreApplication::translate("Plot", "Ω"), c);
    drawLine(p, z, plot.hz, plot.impedanceOhm, QPen(plot.curveKnown ? c.peak : c.target, 2, plot.curveKnown ? Qt::SolidLine : Qt::DashLine));
}

/// Every stage of the path as a column, in dB re its own clip point (0 = clip), so that stages in dBu, dBFS and dB
/// SPL line up by what matters: the headroom above the peaks and the margin of the average over the noise.
void paintGainStructure(QPainter &p, const QRectF &area, const PlotFigures &f, const PlotColours &c)
{
    const std::vector<GainStage> &stages = f.stages;
    if (stages.empty())
        return paintNothing(p, area, QCoreApplication::translate("Plot", "Nothing plays at these headphones."), c);
    const auto reference = [](const GainStage &s) { return s.clip.value_or(s.peak); };
    double lowest = -20, highest = 10;
    for (const GainStage &s : stages) {
        lowest = std::min(lowest, (s.noise ? std::max(*s.noise, s.average - 120) : s.average) - reference(s));
        highest = std::max(highest, s.peak - reference(s));
    }
    p.setPen(c.text);
    p.setFont(font(12, true));
    p.drawText(QPointF(area.left() + 8, area.top() + 16),
               QCoreApplication::translate("Plot", "Gain structure of %1's path: each stage re its clip point").arg(f.listener));
    const Axes a{area.adjusted(56, 40, -16, -64), 0, static_cast<double>(stages.size()), std::floor(lowest / 10) * 10, std::ceil(highest / 10) * 10};
    drawGrid(p, a, {}, 10, QString(), QCoreApplication::translate("Plot", "dB re the clip point"), c);
    const double column = a.frame.width() / static_cast<double>(stages.size());
    p.setFont(font(9));
    const QFontMetricsF m(p.font());
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const GainStage &s = stages[i];
        const double ref = reference(s);
        const double x = a.frame.left() + column * (static_cast<double>(i) + 0.5);
        const double w = std::min(28.0, column * 0.4);
        if (s.noise) { // from the noise floor up: the usable range
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(c.grid.red(), c.grid.green(), c.grid.blue(), 120));
            p.drawRect(QRectF(QPointF(x - w / 2, a.fy(std::max(*s.noise - ref, a.y0))), QPointF(x + w / 2, a.fy(s.average - ref))));
            p.setPen(QPen(c.text, 1));
            p.drawLine(QPointF(x - w / 2, a.fy(std::max(*s.noise - ref, a.y0))), QPointF(x + w / 2, a.fy(std::max(*s.noise - ref, a.y0))));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(c.average);
        p.drawRect(QRectF(QPointF(x - w / 2, a.fy(s.average - ref)), QPointF(x + w / 2, a.fy(std::min(s.peak - ref, a.y1)))));
        p.setPen(QPen(c.peak, 2.5));
        p.drawLine(QPointF(x - w / 2 - 3, a.fy(s.peak - ref)), QPointF(x + w / 2 + 3, a.fy(s.peak - ref)));
        if (s.clip) {
            p.setPen(QPen(s.limiting ? c.error : c.target, s.limiting ? 2.5 : 1.2));
            p.drawLine(QPointF(x - w / 2 - 6, a.fy(0)), QPointF(x + w / 2 + 6, a.fy(0)));
            p.setPen(s.limiting ? c.error : c.text);
            p.drawText(QPointF(x - w / 2, a.fy(0) - 3), QCoreApplication::translate("Plot", "%1 dB").arg(formatNumber(*s.clip - s.peak)));
        } else { // drawn from its peak down: a stage that does not clip has no headroom to show
            p.setPen(c.text);
            p.drawText(QRectF(x - column / 2, a.fy(0) - 16, column, 14), Qt::AlignHCenter | Qt::AlignBottom,
                       QCoreApplication::translate("Plot", "no clip point"));
        }
        // Under the column: where it is and its levels in its own unit.
        p.setPen(c.text);
        const QRectF label(x - column / 2 + 2, a.frame.bottom() + 4, column - 4, 30);
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m.elidedText(s.name, Qt::ElideMiddle, 2 * (column - 4)));
        p.drawText(QRectF(label.left(), label.bottom(), label.width(), 26), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   QCoreApplication::translate("Plot", "%1 / %2 %3").arg(formatNumber(s.average), formatNumber(s.peak), s.unit));
    }
    drawLegend(p, QPointF(area.left() + 56, area.top() + 32),
               {{QPen(c.average, 6), QCoreApplication::translate("Plot", "average to peak")},
                {QPen(c.peak, 2.5), QCoreApplication::translate("Plot", "peak")},
                {QPen(c.target, 1.2), QCoreApplication::translate("Plot", "clip point, headroom above the peak")},
                {QPen(c.error, 2.5), QCoreApplication::translate("Plot", "clips first")},
                {QPen(c.text, 1), QCoreApplication::translate("Plot", "noise floor")}},
               c);
}

} // namespace

PlotFigures plotFigures(PlotKind kind, const Chain &chain, const AnalysisResult &result, int listenerDevice)
{
    PlotFigures f;
    f.kind = kind;
    if (!result.listener(listenerDevice))
        return f;
    const Device &device = chain.devices[static_cast<std::size_t>(listenerDevice)];
    f.listener = device.settings.listener.isEmpty() ? device.name() : device.settings.listener;
    if (kind == PlotKind::GainStructure)
        f.stages = gainStructure(chain, result, listenerDevice);
    else if (kind == PlotKind::SplVersusVolume)
        f.volume = splVersusVolume(chain, result, listenerDevice);
    else
        f.response = responsePlot(chain, result, listenerDevice);
    return f;
}

void paintPlot(QPainter &painter, const QRectF &area, const PlotFigures &figures, const PlotColours &colours)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, colours.background);
    if (figures.listener.isEmpty())
        paintNothing(painter, area, QCoreApplication::translate("Plot", "Choose a pair of headphones."), colours);
    else if (figures.kind == PlotKind::GainStructure)
        paintGainStructure(painter, area, figures, colours);
    else if (figures.kind == PlotKind::SplVersusVolume)
        paintSplVolume(painter, area, figures, colours);
    else
        paintResponse(painter, area, figures, colours);
    painter.restore();
}

QImage plotImage(QSize size, double scale, const PlotFigures &figures)
{
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPlot(painter, QRectF(QPointF(0, 0), QSizeF(size)), figures);
    painter.end();
    return image;
}

QByteArray plotSvg(QSize size, const PlotFigures &figures)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
    QPainter painter(&svg);
    paintPlot(painter, QRectF(QPointF(0, 0), QSizeF(size)), figures);
    painter.end();
    return buffer.data();
}

QString writePlot(const QString &path, QSize size, const PlotFigures &figures)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto cannot = [&path](const QString &why) { return QCoreApplication::translate("Plot", "%1: the plot could not be written: %2").arg(path, why); };
    if (suffix != u"svg" && suffix != u"png")
        return cannot(QCoreApplication::translate("Plot", "choose a file ending in .svg or .png"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannot(file.errorString());
    const QByteArray data = suffix == u"png" ? QByteArray() : plotSvg(size, figures);
    const bool written = suffix == u"png" ? plotImage(size, 1, figures).save(&file, "PNG") : file.write(data) == data.size();
    if (!written || !file.commit())
        return cannot(file.errorString());
    return {};
}

} // namespace headroom
