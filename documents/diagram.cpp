// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "diagram.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace headroom {
namespace {

constexpr double kMargin = 24;
constexpr double kHeader = 66; // as qml/DeviceNode.qml draws a node
constexpr double kRow = 30;
constexpr double kLegendHeight = 36;

const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x5b, 0x63, 0x6b);
const QColor kFrame(0x9a, 0xa3, 0xad);

/// The colours of qml/Theme.qml: one per signal class, one per verdict.
QColor signalColour(SignalClass c)
{
    switch (c) {
    case SignalClass::Mic:
        return {0xb0, 0x6f, 0xd6};
    case SignalClass::Instrument:
        return {0xd9, 0x8a, 0x3a};
    case SignalClass::Line:
        return {0x3f, 0x9b, 0xd6};
    case SignalClass::Headphone:
        return {0x2e, 0x9d, 0x57};
    case SignalClass::Digital:
        return {0x7d, 0x85, 0x90};
    case SignalClass::Acoustic:
        return {0xc9, 0xa2, 0x27};
    case SignalClass::Midi:
        return {0xc0, 0x52, 0x7a};
    case SignalClass::Speaker:
        return {0xc2, 0x4a, 0x3a};
    }
    return kMuted;
}

QColor verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Ok:
        return {0x2e, 0x9d, 0x57};
    case Verdict::Marginal:
        return {0xd9, 0x9a, 0x1c};
    case Verdict::NeedsAmp:
    case Verdict::TooQuiet:
        return {0xd2, 0x45, 0x3b};
    case Verdict::NotConnected:
        break;
    }
    return kFrame;
}

QFont font(double pixels, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(static_cast<int>(pixels));
    f.setBold(bold);
    return f;
}

/// A port's row among the ports of its side: inputs down the left edge, outputs down the right, in port order.
int rowOf(const Device &device, int port)
{
    const Direction side = device.ports[static_cast<std::size_t>(port)].direction;
    int row = 0;
    for (int p = 0; p < port; ++p)
        row += device.ports[static_cast<std::size_t>(p)].direction == side;
    return row;
}

QPointF portPoint(const Device &device, int port)
{
    const QSizeF size = drawnNodeSize(device);
    const bool input = device.ports[static_cast<std::size_t>(port)].direction == Direction::In;
    return {device.x + (input ? 0.0 : size.width()), device.y + kHeader + kRow * rowOf(device, port) + kRow / 2};
}

bool drawn(const Device &device, const DiagramOptions &options) { return options.only.isEmpty() || options.only.contains(device.id); }

QRectF devicesBounds(const Chain &chain, const DiagramOptions &options)
{
    QRectF box;
    for (const Device &d : chain.devices)
        if (drawn(d, options))
            box = box.united(QRectF(QPointF(d.x, d.y), drawnNodeSize(d)));
    return box;
}

void paintCable(QPainter &painter, const Chain &chain, const AnalysisResult &result, const Connection &c, const DiagramOptions &options)
{
    const Device *from = chain.device(c.from.device);
    const Device *to = chain.device(c.to.device);
    if (!from || !to || !drawn(*from, options) || !drawn(*to, options))
        return;
    const int out = from->portIndex(c.from.port);
    const int in = to->portIndex(c.to.port);
    if (out < 0 || in < 0)
        return;
    const QPointF a = portPoint(*from, out);
    const QPointF b = portPoint(*to, in);
    const double pull = std::max(60.0, std::abs(b.x() - a.x()) / 2);
    QPainterPath path(a);
    path.cubicTo(a + QPointF(pull, 0), b - QPointF(pull, 0), b);
    const SignalClass cls = primaryClass(from->ports[static_cast<std::size_t>(out)].classes);
    // MIDI cables dashed, as on the canvas: they carry notes and controls, not a level.
    painter.setPen(QPen(signalColour(cls), 2, cls == SignalClass::Midi ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    const PortResult &r = result.port(chain.indexOf(to->id), in);
    const QString label = r.reached ? formatLevel(r.rms, r.signalClass, options.unit) : QString();
    if (label.isEmpty())
        return;
    painter.setFont(font(10));
    const QSizeF text = QFontMetricsF(painter.font()).size(Qt::TextSingleLine, label) + QSizeF(8, 4);
    const QRectF box(path.pointAtPercent(0.5) - QPointF(text.width() / 2, text.height() / 2), text);
    painter.setPen(QPen(kFrame, 0.5));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(kText);
    painter.drawText(box, Qt::AlignCenter, label);
}

void paintNode(QPainter &painter, const Device &device, const AnalysisResult &result, int index)
{
    const QRectF box(QPointF(device.x, device.y), drawnNodeSize(device));
    const ListenerResult *listener = result.listener(index);
    painter.setPen(QPen(listener ? verdictColour(listener->verdict) : kFrame, listener ? 2.5 : 1));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(box, 6, 6);
    // The whole name, on two lines where one is too short (a document names every product in full).
    painter.setPen(kText);
    painter.setFont(font(12, true));
    const QFontMetricsF titleMetrics(painter.font());
    const QRectF title = box.adjusted(10, 8, -10, 0);
    const bool wraps = titleMetrics.horizontalAdvance(device.name()) > title.width();
    painter.drawText(QRectF(title.topLeft(), QSizeF(title.width(), wraps ? 2 * titleMetrics.lineSpacing() : titleMetrics.lineSpacing())),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, device.name());
    painter.setPen(kMuted);
    painter.setFont(font(10));
    painter.drawText(box.adjusted(10, wraps ? 8 + 2 * titleMetrics.lineSpacing() : 26, -10, 0), Qt::AlignLeft | Qt::AlignTop,
                     QCoreApplication::translate("DeviceKind", kindLabel(device.spec.kind())));
    painter.setFont(font(11));
    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
        const PortSpec &port = device.ports[static_cast<std::size_t>(p)];
        const QPointF at = portPoint(device, p);
        const bool input = port.direction == Direction::In;
        painter.setPen(Qt::NoPen);
        painter.setBrush(signalColour(primaryClass(port.classes)));
        painter.drawEllipse(at, 4, 4);
        painter.setPen(kText);
        const QRectF label(input ? at.x() + 8 : box.left() + 8, at.y() - kRow / 2, box.width() / 2 - 8, kRow);
        painter.drawText(input ? label : label.translated(box.width() / 2 - 16, 0), (input ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                         portLabel(port));
    }
}

void paintLegend(QPainter &painter, const Chain &chain, const DiagramOptions &options, double top)
{
    QList<SignalClass> classes;
    bool headphones = false;
    bool monitors = false;
    for (const Device &d : chain.devices) {
        if (!drawn(d, options))
            continue;
        headphones = headphones || d.spec.kind() == DeviceKind::Headphones;
        monitors = monitors || isSpeakers(d.spec.kind());
        for (const PortSpec &p : d.ports)
            if (p.direction == Direction::Out && !classes.contains(primaryClass(p.classes)))
                classes << primaryClass(p.classes);
    }
    painter.setFont(font(10));
    const QFontMetricsF metrics(painter.font());
    double x = kMargin;
    const auto entry = [&](const QColor &colour, const QString &text, bool frame) {
        painter.setPen(QPen(colour, frame ? 2.5 : 2));
        painter.setBrush(frame ? QBrush(Qt::white) : QBrush(Qt::NoBrush));
        if (frame)
            painter.drawRoundedRect(QRectF(x, top + 10, 16, 12), 3, 3);
        else
            painter.drawLine(QPointF(x, top + 16), QPointF(x + 16, top + 16));
        painter.setPen(kText);
        painter.drawText(QPointF(x + 22, top + 20), text);
        x += 22 + metrics.horizontalAdvance(text) + 18;
    };
    for (SignalClass c : classes)
        entry(signalColour(c), QCoreApplication::translate("SignalClass", signalClassLabel(c)), false);
    if (!headphones && !monitors)
        return;
    for (Verdict v : {Verdict::Ok, Verdict::Marginal})
        entry(verdictColour(v), verdictWord(v), true);
    if (headphones)
        entry(verdictColour(Verdict::NeedsAmp), verdictWord(Verdict::NeedsAmp), true);
    if (monitors)
        entry(verdictColour(Verdict::TooQuiet), verdictWord(Verdict::TooQuiet), true);
}

} // namespace

QSizeF drawnNodeSize(const Device &d)
{
    const auto inputs = std::count_if(d.ports.begin(), d.ports.end(), [](const PortSpec &p) { return p.direction == Direction::In; });
    const auto rows = std::max<qsizetype>({inputs, static_cast<qsizetype>(d.ports.size()) - inputs, 1});
    const QSizeF size(200, kHeader + kRow * static_cast<double>(rows) + 8);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return size;
    const QFontMetricsF port(font(11));
    double widest[2] = {0, 0};
    for (const PortSpec &p : d.ports)
        widest[p.direction == Direction::In ? 0 : 1] =
            std::max({widest[p.direction == Direction::In ? 0 : 1], port.horizontalAdvance(portLabel(p)),
                      port.horizontalAdvance(QCoreApplication::translate("Connector", connectorLabel(p.connector))) * 9 / 11});
    const double width = std::max({size.width(), widest[0] + widest[1] + 64, std::min(QFontMetricsF(font(12, true)).horizontalAdvance(d.name()) + 44, 340.0)});
    return {std::min(width, 460.0), size.height()};
}

QSizeF diagramSize(const Chain &chain, const DiagramOptions &options)
{
    const QRectF box = devicesBounds(chain, options);
    return {std::max(box.width(), 320.0) + 2 * kMargin, box.height() + 2 * kMargin + kLegendHeight};
}

void paintDiagram(QPainter &painter, const Chain &chain, const AnalysisResult &result, const DiagramOptions &options)
{
    const QRectF box = devicesBounds(chain, options);
    const QSizeF size = diagramSize(chain, options);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.translate(kMargin - box.left(), kMargin - box.top());
    for (const Connection &c : chain.connections)
        paintCable(painter, chain, result, c, options);
    for (std::size_t d = 0; d < chain.devices.size(); ++d)
        if (drawn(chain.devices[d], options))
            paintNode(painter, chain.devices[d], result, static_cast<int>(d));
    painter.restore();
    paintLegend(painter, chain, options, size.height() - kLegendHeight - kMargin / 2);
}

QImage diagramImage(const Chain &chain, const AnalysisResult &result, double scale, const DiagramOptions &options)
{
    const QSizeF size = diagramSize(chain, options) * scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintDiagram(painter, chain, result, options);
    return image;
}

QByteArray diagramSvg(const Chain &chain, const AnalysisResult &result, const DiagramOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const QSizeF size = diagramSize(chain, options);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(chain.title.isEmpty() ? QCoreApplication::translate("Report", "Signal chain") : chain.title);
    svg.setDescription(QCoreApplication::translate("Report", "Drawn by Headroom"));
    QPainter painter(&svg);
    paintDiagram(painter, chain, result, options);
    painter.end();
    return buffer.data();
}

QString writeDiagram(const QString &path, const Chain &chain, const AnalysisResult &result, double scale, const DiagramOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto cannot = [&path](const QString &why) { return QCoreApplication::translate("Report", "%1: the diagram could not be written: %2").arg(path, why); };
    if (suffix != u"png" && suffix != u"svg" && suffix != u"pdf")
        return cannot(QCoreApplication::translate("Report", "choose a file ending in .svg, .png or .pdf"));
    if (suffix == u"png" && !(scale > 0 && scale <= 8))
        return cannot(QCoreApplication::translate("Report", "the scale must lie between 0 and 8"));
    // Written beside and renamed over the target: a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannot(file.errorString());
    bool written = false;
    if (suffix == u"png") {
        written = diagramImage(chain, result, scale, options).save(&file, "PNG");
    } else if (suffix == u"svg") {
        const QByteArray data = diagramSvg(chain, result, options);
        written = file.write(data) == data.size();
    } else {
        QPdfWriter pdf(&file);
        const QSizeF size = diagramSize(chain, options);
        pdf.setResolution(96); // one canvas pixel, one PDF pixel
        pdf.setPageSize(QPageSize(size * 0.75, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        written = painter.begin(&pdf);
        if (written) {
            paintDiagram(painter, chain, result, options);
            written = painter.end();
        }
    }
    if (!written || !file.commit())
        return cannot(file.errorString());
    return {};
}

} // namespace headroom
