// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// List models that show one analysed chain to QML: its devices, cables, findings and listeners. Each is refreshed
// from a chain and its analysis; when the set of rows is unchanged only the data changes, so QML keeps its delegates
// (a drag in progress survives re-analysis).

#include "analysis.h"
#include "quantity.h"
#include "chain.h"

#include <QAbstractListModel>

#include <algorithm>
#include <vector>
#include <QtQml/qqmlregistration.h>

namespace headroom {

/// How levels on wires are shown.

/// A list model refreshed wholesale: rows are replaced, or only their data changes when the same rows remain.
class RefreshingListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    [[nodiscard]] int count() const { return rowCount(); }
signals:
    void countChanged();

public:
    using QAbstractListModel::QAbstractListModel;

protected:
    template <typename Row, typename Key>
    void replaceRows(QList<Row> &rows, QList<Row> fresh, Key key)
    {
        const bool sameRows = rows.size() == fresh.size()
            && std::equal(rows.begin(), rows.end(), fresh.begin(), [&](const Row &a, const Row &b) { return key(a) == key(b); });
        if (!sameRows) {
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
            emit countChanged();
            return;
        }
        // Only rows whose data changed are announced, so a drag updates one delegate, not every one.
        std::vector<bool> changed(static_cast<std::size_t>(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i)
            changed[static_cast<std::size_t>(i)] = !(rows[i] == fresh[i]);
        rows = std::move(fresh);
        for (std::size_t first = 0; first < changed.size(); ++first) {
            if (!changed[first])
                continue;
            std::size_t last = first;
            while (last + 1 < changed.size() && changed[last + 1])
                ++last;
            emit dataChanged(index(static_cast<int>(first)), index(static_cast<int>(last)));
            first = last;
        }
    }
};

/// Devices on the canvas with their ports and the worst finding about them.
class DeviceListModel : public headroom::RefreshingListModel // qualified, so that QML tools find the base
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by EditSession")
public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1, ///< stable id
        NameRole,                        ///< label or product name
        KindRole,                        ///< kind key ("headphones")
        KindLabelRole,                   ///< translated kind
        XRole,
        YRole,
        InputsRole,   ///< [{id, label, connector, signal}]
        OutputsRole,  ///< [{id, label, connector, signal, level}]
        SeverityRole, ///< worst finding: −1 none, 0 info, 1 warning, 2 error
        SummaryRole,  ///< one line under the name: a listener's verdict, a preamp's gain …
        EstimatedRole ///< depends on typical values
    };
    using RefreshingListModel::RefreshingListModel;
    void refresh(const Chain &chain, const AnalysisResult &result, LevelUnit unit);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE [[nodiscard]] int indexOf(const QString &deviceId) const;
    /// Every role of a device by id, for views that show one device (the inspector); empty when there is none.
    Q_INVOKABLE [[nodiscard]] QVariantMap device(const QString &deviceId) const;

private:
    struct Row {
        QString id, name, kind, kindLabel, summary;
        double x, y;
        QVariantList inputs, outputs;
        int severity;
        bool estimated;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> m_rows;
};

/// Cables, each with the level it carries in the chosen unit.
class ConnectionListModel : public headroom::RefreshingListModel // qualified, so that QML tools find the base
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by EditSession")
public:
    /// LabelledRole: the first cable from its output, the one that shows the output's level.
    enum Role { FromDeviceRole = Qt::UserRole + 1, FromPortRole, ToDeviceRole, ToPortRole, LabelRole, SignalRole, LabelledRole };
    using RefreshingListModel::RefreshingListModel;
    void refresh(const Chain &chain, const AnalysisResult &result, LevelUnit unit);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString fromDevice, fromPort, toDevice, toPort, label, signal;
        bool labelled;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> m_rows;
};

/// Findings, worst first, in plain language.
class FindingListModel : public headroom::RefreshingListModel // qualified, so that QML tools find the base
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by EditSession")
public:
    /// AdvisableRole: gear could fix it (ProjectController::suggestionsFor).
    enum Role { SeverityRole = Qt::UserRole + 1, CodeRole, MessageRole, DeviceIdRole, EstimatedRole, AdvisableRole };
    using RefreshingListModel::RefreshingListModel;
    void refresh(const Chain &chain, const AnalysisResult &result);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        int severity;
        QString code, message, deviceId;
        bool estimated;
        bool advisable;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> m_rows;
};

/// Verdicts for the strip: one per listener (`refresh`), or one per microphone or instrument with a problem at the
/// input it reaches (`refreshSources`).
class ListenerListModel : public headroom::RefreshingListModel // qualified, so that QML tools find the base
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by EditSession")
public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        NameRole,
        VerdictRole, ///< "ok", "marginal", "needs-amp", "too-quiet", "not-connected"; sources: "ok", "warning", "error"
        SummaryRole, ///< the whole verdict in a sentence
        MaxSplRole,
        HeadroomRole,
        ShortRole, ///< a few words for a compact chip: "OK, 4.1 dB to spare", "7.4 dB short of gain"
        SourceRole ///< a microphone or instrument rather than a listener
    };
    using RefreshingListModel::RefreshingListModel;
    void refresh(const Chain &chain, const AnalysisResult &result);
    void refreshSources(const Chain &chain, const AnalysisResult &result);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString id, name, verdict, summary, shortText;
        double maxSpl, headroom;
        bool source;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> m_rows;
};

/// Every programme a source can play, as {key, label} for a choice list, the labels translated.
[[nodiscard]] QVariantList programmeChoices();

} // namespace headroom
