// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "listenerplot.h"

#include "projectcontroller.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>

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
        m_changed = connect(project->session(), &EditSession::changed, this, &ListenerPlot::recompute); // every edit, undo and redo
    recompute();
    emit projectChanged();
}

void ListenerPlot::setListener(const QString &id)
{
    if (id == m_listener)
        return;
    m_listener = id;
    recompute();
    emit listenerChanged();
}

void ListenerPlot::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    recompute();
    emit kindChanged();
}

void ListenerPlot::recompute()
{
    m_figures = m_project
        ? plotFigures(plotKind(), m_project->currentChain(), m_project->session()->result(), m_project->currentChain().indexOf(m_listener))
        : PlotFigures{};
    update();
}

void ListenerPlot::paint(QPainter *painter)
{
    PlotColours colours;
    colours.background = m_background;
    colours.text = m_text;
    colours.grid = m_grid;
    colours.target = m_text;
    paintPlot(*painter, boundingRect(), m_figures, colours);
}

bool ListenerPlot::save(const QUrl &url)
{
    if (!m_project)
        return false;
    return m_project->reportError(writePlot(url.toLocalFile(), (size() * 2).toSize(), m_figures));
}

void ListenerPlot::copy() { QGuiApplication::clipboard()->setImage(plotImage(size().toSize(), 2, m_figures)); }

} // namespace headroom
