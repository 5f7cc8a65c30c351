// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filechooser.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QWindow>

namespace headroom {
namespace {

constexpr auto kLastFolderKey = "lastFolder";

/// Every suffix the filters name: a typed name that ends in one of them keeps it.
QStringList suffixesOf(const QStringList &filters)
{
    QStringList suffixes;
    static const QRegularExpression pattern(QStringLiteral(R"(\*\.([A-Za-z0-9]+))"));
    for (const QString &filter : filters)
        for (auto it = pattern.globalMatch(filter); it.hasNext();)
            suffixes << it.next().captured(1).toLower();
    return suffixes;
}

} // namespace

FileChooser::FileChooser(QObject *parent) : QObject(parent) {}

FileChooser::~FileChooser() { delete m_dialog; }

bool FileChooser::isVisible() const { return m_dialog && m_dialog->isVisible(); }

QString FileChooser::suffixOf(const QString &nameFilter)
{
    const QStringList suffixes = suffixesOf({nameFilter});
    return suffixes.value(0);
}

QString FileChooser::lastFolder()
{
    const QString folder = QSettings().value(QLatin1StringView(kLastFolderKey)).toString();
    return QFileInfo(folder).isDir() ? folder : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileChooser::open()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new QFileDialog(nullptr, m_title, lastFolder());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setNameFilters(m_nameFilters);
    if (m_saving) {
        m_dialog->setAcceptMode(QFileDialog::AcceptSave);
        m_dialog->setFileMode(QFileDialog::AnyFile);
        m_dialog->setDefaultSuffix(suffixOf(m_nameFilters.value(0)));
        // The suffix follows the format chosen in the dialog.
        connect(m_dialog, &QFileDialog::filterSelected, m_dialog,
                [dialog = m_dialog.data()](const QString &filter) { dialog->setDefaultSuffix(suffixOf(filter)); });
        if (!m_suggestedName.isEmpty())
            m_dialog->selectFile(m_suggestedName);
    } else {
        m_dialog->setFileMode(QFileDialog::ExistingFile);
    }
    connect(m_dialog, &QDialog::finished, this, &FileChooser::finish);
    m_dialog->winId(); // creates the native window, so it can stay above the one that asked
    if (QWindow *owner = QGuiApplication::focusWindow(); owner && m_dialog->windowHandle())
        m_dialog->windowHandle()->setTransientParent(owner);
    m_dialog->open();
    emit visibleChanged();
}

void FileChooser::close()
{
    if (m_dialog)
        m_dialog->reject();
}

void FileChooser::finish(int result)
{
    QFileDialog *dialog = m_dialog;
    const QString chosen = dialog ? dialog->selectedFiles().value(0) : QString();
    const int filterIndex = dialog ? static_cast<int>(m_nameFilters.indexOf(dialog->selectedNameFilter())) : -1;
    m_dialog.clear(); // deletes itself on close
    emit visibleChanged();
    if (result != QDialog::Accepted || chosen.isEmpty() || QFileInfo(chosen).isDir()) {
        emit rejected();
        return;
    }
    QString path = chosen;
    if (m_saving && !suffixesOf(m_nameFilters).contains(QFileInfo(path).suffix().toLower())) {
        // "My.Studio" has a suffix of its own, so the dialog appended none and asked about the wrong file.
        path += QLatin1Char('.') + suffixOf(m_nameFilters.value(std::max(filterIndex, 0)));
        if (QFileInfo::exists(path)
            && QMessageBox::question(nullptr, m_title,
                                     QCoreApplication::translate("FileChooser", "%1 already exists. Replace it?").arg(QFileInfo(path).fileName()))
                != QMessageBox::Yes) {
            emit rejected();
            return;
        }
    }
    QSettings().setValue(QLatin1StringView(kLastFolderKey), QFileInfo(path).absolutePath());
    emit accepted(QUrl::fromLocalFile(path), filterIndex);
}

} // namespace headroom
