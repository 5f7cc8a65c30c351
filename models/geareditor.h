// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The "your gear" editor: a new product of a kind, or an editable copy of a catalog entry, typed in as a form and
// checked exactly as an import is (database/productformat) before it is saved to the user database.

#include "impedance.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace headroom {

class GearLibrary;

class GearEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The kind's key; changing it starts a new product of that kind.
    Q_PROPERTY(QString kind READ kind NOTIFY formChanged)
    Q_PROPERTY(QString brand READ brand WRITE setBrand NOTIFY formChanged)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY formChanged)
    Q_PROPERTY(QString variant READ variant WRITE setVariant NOTIFY formChanged)
    /// Where the typed figures come from: a URL, given to every figure.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY formChanged)
    /// "manufacturer", "measurement" or "estimate", for every figure.
    Q_PROPERTY(QString provenance READ provenance WRITE setProvenance NOTIFY formChanged)
    /// One entry per figure of the kind: {key, label, unit, type ("number", "count", "flag", "choice"), text,
    /// choices [{key, label}] starting with "" for unknown, hint (where to find it), error}.
    Q_PROPERTY(QVariantList fields READ fields NOTIFY formChanged)
    /// A shop's price as typed in the user's locale ("" = none), its currency code, and a stock note: shown with
    /// the advice.
    Q_PROPERTY(QString price READ price WRITE setPrice NOTIFY formChanged)
    Q_PROPERTY(QString currency READ currency WRITE setCurrency NOTIFY formChanged)
    Q_PROPERTY(QString stockNote READ stockNote WRITE setStockNote NOTIFY formChanged)
    /// An output that senses its load: its level per range of loads as typed, "0-150: 1.25; 150-1000: 3" (ohms:
    /// volts RMS), "" for none; only kinds with headphone outputs (hasOutputs) have one.
    Q_PROPERTY(QString levelByLoad READ levelByLoad WRITE setLevelByLoad NOTIFY formChanged)
    Q_PROPERTY(bool hasOutputs READ hasOutputs NOTIFY formChanged)
    /// Headphones may carry an impedance curve, imported from a measurement program's text export (importCurve()).
    Q_PROPERTY(bool hasCurve READ hasCurve NOTIFY formChanged)
    /// The curve in a line ("481 points, 20 Hz to 20 kHz, 38 to 498 Ω"), "" without one.
    Q_PROPERTY(QString curveSummary READ curveSummary NOTIFY formChanged)
    /// Why the last file chosen gave no curve ("line 4: the frequencies must rise, and 500 Hz does not"), "" if it did.
    Q_PROPERTY(QString curveError READ curveError NOTIFY formChanged)
    /// The user entry being edited; "" for a new one.
    Q_PROPERTY(QString gearId READ gearId NOTIFY formChanged)
    /// What is wrong beyond single figures (a duplicate, an unwritable database).
    Q_PROPERTY(QString error READ error NOTIFY formChanged)
    /// [{key, label}] of the kinds a product can be.
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)

public:
    /// Edits your gear in the app's shared library (GearHub), which tells everyone else of each change.
    explicit GearEditor(QObject *parent = nullptr);
    GearEditor(std::shared_ptr<GearLibrary> library, QObject *parent = nullptr);
    ~GearEditor() override;

    [[nodiscard]] QString kind() const { return m_kind; }
    [[nodiscard]] QString brand() const { return m_brand; }
    void setBrand(const QString &text);
    [[nodiscard]] QString model() const { return m_model; }
    void setModel(const QString &text);
    [[nodiscard]] QString variant() const { return m_variant; }
    void setVariant(const QString &text);
    [[nodiscard]] QString source() const { return m_source; }
    void setSource(const QString &text);
    [[nodiscard]] QString provenance() const { return m_provenance; }
    void setProvenance(const QString &key);
    [[nodiscard]] QVariantList fields() const;
    [[nodiscard]] QString price() const { return m_price; }
    void setPrice(const QString &text);
    [[nodiscard]] QString currency() const { return m_currency; }
    void setCurrency(const QString &code);
    [[nodiscard]] QString stockNote() const { return m_stockNote; }
    void setStockNote(const QString &text);
    [[nodiscard]] QString levelByLoad() const { return m_levelByLoad; }
    void setLevelByLoad(const QString &text);
    [[nodiscard]] bool hasOutputs() const;
    [[nodiscard]] bool hasCurve() const;
    [[nodiscard]] QString curveSummary() const;
    [[nodiscard]] QString curveError() const { return m_curveError; }
    [[nodiscard]] QString gearId() const { return m_gearId; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] static QVariantList kinds();

    /// An empty form for a product of a kind.
    Q_INVOKABLE void startNew(const QString &kindKey);
    /// A form filled from a product: your own is edited in place, a catalog entry becomes a copy of your own.
    Q_INVOKABLE bool startCopy(const QString &gearId);
    /// The text typed for a figure ("" = unknown); flags take "true"/"false", choices their key.
    Q_INVOKABLE void setFieldText(const QString &key, const QString &text);
    /// Checks the form and saves it; returns the saved product's id, or "" with the problems in `fields` and `error`.
    Q_INVOKABLE QString save();
    /// Reads a measured impedance curve from a text export (database/curvetext.h) into the form; false with the
    /// reason in `curveError` when the file holds none (the form keeps the curve it had).
    Q_INVOKABLE bool importCurve(const QUrl &file);
    Q_INVOKABLE void clearCurve();
    /// Deletes one of your products (never a catalog entry).
    Q_INVOKABLE bool remove(const QString &gearId);

signals:
    void formChanged();
    /// Your gear changed: searches should run again.
    void gearChanged();

private:
    void setText(QString &member, const QString &text);

    std::shared_ptr<GearLibrary> m_library;
    QString m_kind;
    QString m_brand, m_model, m_variant, m_source;
    QString m_price, m_currency, m_stockNote, m_levelByLoad;
    QString m_provenance = QStringLiteral("manufacturer");
    QString m_gearId;
    QString m_basedOn;
    QString m_error;
    std::vector<ImpedancePoint> m_curve;
    QString m_curveNote; ///< where the curve came from, kept with its citation
    QString m_curveError;
    QMap<QString, QString> m_texts;  ///< field key → typed text
    QMap<QString, QString> m_errors; ///< field key → what is wrong with it
};

} // namespace headroom
