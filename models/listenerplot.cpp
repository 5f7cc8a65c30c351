// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "listenerplot.h"

#include "projectcontroller.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

namespace headroom {

ListenerPlot::ListenerPlot(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    connect(this, &ListenerPlot::coloursChanged, this, [this] { update(); });
}

void ListenerPlot::setProject(ProjectController *project)
{
    if (project == m_project)
        return;
    disconnect(m_changed);
    m_project = project;
    if (project)
        m_changed = connect(project->session(), &EditSession::changed, this, [this] { update(); }); // every edit, undo and redo
    update();
    emit projectChanged();
}

void ListenerPlot::setListener(const QString &id)
{
    if (id == m_listener)
        return;
    m_listener = id;
    update();
    emit listenerChanged();
}

void ListenerPlot::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    update();
    emit kindChanged();
}

int ListenerPlot::listenerIndex() const { return m_project ? m_project->currentChain().indexOf(m_listener) : -1; }

void ListenerPlot::paint(QPainter *painter)
{
    if (!m_project)
        return;
    PlotColours colours;
    colours.background = m_background;
    colours.text = m_text;
    colours.grid = m_grid;
    colours.target = m_text;
    paintPlot(*painter, boundingRect(), plotKind(), m_project->currentChain(), m_project->session()->result(), listenerIndex(), colours);
}

bool ListenerPlot::save(const QUrl &url)
{
    if (!m_project)
        return false;
    return m_project->reportError(
        writePlot(url.toLocalFile(), (size() * 2).toSize(), plotKind(), m_project->currentChain(), m_project->session()->result(), listenerIndex()));
}

void ListenerPlot::copy()
{
    if (!m_project)
        return;
    QImage image((size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    paintPlot(painter, QRectF(QPointF(0, 0), size() * 2), plotKind(), m_project->currentChain(), m_project->session()->result(), listenerIndex());
    painter.end();
    QGuiApplication::clipboard()->setImage(image);
}

} // namespace headroom
