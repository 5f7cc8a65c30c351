// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A listener's plot in the window: the same drawing as in documents (documents/plotdrawing.h), in the theme's
// colours, redrawn after every edit; it can be copied or saved as SVG or PNG.

#include "plotdrawing.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace headroom {

class ProjectController;

class ListenerPlot : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(headroom::ProjectController *project READ project WRITE setProject NOTIFY projectChanged)
    /// The headphones' device id.
    Q_PROPERTY(QString listener MEMBER m_listener WRITE setListener NOTIFY listenerChanged)
    /// "gain" (the gain structure of the path), "volume" (SPL against the volume setting) or "response" (the response
    /// change and the impedance).
    Q_PROPERTY(QString kind MEMBER m_kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QColor backgroundColor MEMBER m_background NOTIFY coloursChanged)
    Q_PROPERTY(QColor textColor MEMBER m_text NOTIFY coloursChanged)
    Q_PROPERTY(QColor gridColor MEMBER m_grid NOTIFY coloursChanged)

public:
    explicit ListenerPlot(QQuickItem *parent = nullptr);

    [[nodiscard]] ProjectController *project() const { return m_project; }
    void setProject(ProjectController *project);
    void setListener(const QString &id);
    void setKind(const QString &kind);
    void paint(QPainter *painter) override;

    /// Writes the plot as .svg or .png (twice the size shown, for print); false with the project's lastError.
    Q_INVOKABLE bool save(const QUrl &url);
    /// Puts the plot on the clipboard as an image.
    Q_INVOKABLE void copy();

signals:
    void projectChanged();
    void listenerChanged();
    void kindChanged();
    void coloursChanged();

private:
    [[nodiscard]] PlotKind plotKind() const
    {
        return m_kind == u"response" ? PlotKind::Response : m_kind == u"gain" ? PlotKind::GainStructure : PlotKind::SplVersusVolume;
    }
    /// Computes the figures again: the chain, the headphones or the kind of plot changed.
    void recompute();

    QPointer<ProjectController> m_project;
    QString m_listener;
    QString m_kind = QStringLiteral("volume");
    QColor m_background{Qt::white};
    QColor m_text{Qt::black};
    QColor m_grid{Qt::lightGray};
    QMetaObject::Connection m_changed;
    PlotFigures m_figures; ///< what paint(), copy() and save() draw
};

} // namespace headroom
