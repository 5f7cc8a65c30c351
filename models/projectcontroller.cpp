// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "projectcontroller.h"

#include "appsettings.h"
#include "compare.h"
#include "diagram.h"
#include "diagramprinter.h"
#include "gearhub.h"
#include "gearlibrary.h"
#include "projectfile.h"
#include "report.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace headroom {
namespace {

constexpr int kRecentFiles = 8;
constexpr std::chrono::milliseconds kAutosaveDelay{2000}; // after the last edit: a burst of edits is written once

} // namespace

ProjectController::ProjectController(QObject *parent) : ProjectController(GearHub::instance().library(), parent) {}

ProjectController::ProjectController(std::shared_ptr<GearLibrary> library, QObject *parent)
    : QObject(parent)
    , m_library(std::move(library))
    , m_session(*m_library)
{
    QUndoStack &undo = m_session.undoStack();
    connect(&undo, &QUndoStack::cleanChanged, this, &ProjectController::cleanChanged);
    connect(&m_session, &EditSession::changed, this, &ProjectController::changed);
    connect(&m_session, &EditSession::failed, this, &ProjectController::fail);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, &ProjectController::autosave);
    connect(&undo, &QUndoStack::indexChanged, this, [this] {
        if (m_recoveryChecked)
            m_autosave.start();
    });
    m_recoveryChecked = !recoveryAvailable(); // an old autosave is never overwritten before the user decides
    QCoreApplication::instance()->installEventFilter(this);
}

ProjectController::~ProjectController()
{
    m_session.undoStack().disconnect(this);
    // A clean exit: saved work needs no recovery; unsaved work stays in the autosave file for next time.
    if (m_recoveryChecked && !dirty())
        QFile::remove(autosavePath());
}

bool ProjectController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        m_session.reanalyse();
    return QObject::eventFilter(watched, event);
}

QString ProjectController::autosavePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).absoluteFilePath(QStringLiteral("Headroom/autosave.headroom"));
}

bool ProjectController::recoveryAvailable() const { return !m_recoveryChecked && QFile::exists(autosavePath()); }

void ProjectController::autosave()
{
    if (!dirty()) {
        QFile::remove(autosavePath());
        return;
    }
    QDir().mkpath(QFileInfo(autosavePath()).absolutePath());
    if (const QString error = saveProject(currentProject(), autosavePath()); !error.isEmpty())
        qWarning("autosave failed: %s", qPrintable(error));
}

bool ProjectController::recover()
{
    const ProjectLoad load = loadProject(autosavePath());
    m_recoveryChecked = true;
    emit recoveryChanged();
    if (!load.chain()) {
        fail(load.error);
        return false;
    }
    resetTo(singleVariant(Chain{}), {});
    // One undoable edit, so the project shows as unsaved and can be saved or undone.
    changeProject(*load.project, QCoreApplication::translate("Edit", "Recover unsaved work"));
    checkCatalog();
    return true;
}

void ProjectController::discardRecovery()
{
    // Kept beside, not deleted: the user may change their mind.
    const QString path = autosavePath();
    QFile::remove(path + QStringLiteral(".discarded"));
    QFile::rename(path, path + QStringLiteral(".discarded"));
    m_recoveryChecked = true;
    emit recoveryChanged();
}

QVariantList ProjectController::recentFiles() const
{
    QVariantList list;
    for (const QString &path : QSettings().value(QStringLiteral("recentFiles")).toStringList())
        if (QFileInfo::exists(path))
            list.append(QVariantMap{{QStringLiteral("title"), QFileInfo(path).fileName()},
                                    {QStringLiteral("path"), QDir::toNativeSeparators(path)},
                                    {QStringLiteral("url"), QUrl::fromLocalFile(path)}});
    return list;
}

void ProjectController::remember(const QUrl &url)
{
    QSettings settings;
    QStringList paths = settings.value(QStringLiteral("recentFiles")).toStringList();
    paths.removeAll(url.toLocalFile());
    paths.prepend(url.toLocalFile());
    settings.setValue(QStringLiteral("recentFiles"), paths.mid(0, kRecentFiles));
    emit recentFilesChanged();
}

QVariantList ProjectController::examples()
{
    // Installed beside the catalog: share/headroom/examples.
    const QDir dir(QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/headroom/examples")));
    QVariantList list;
    for (const QString &name : dir.entryList({QStringLiteral("*.headroom")}, QDir::Files, QDir::Name)) {
        const ProjectLoad load = loadProject(dir.filePath(name));
        if (load.chain())
            list.append(QVariantMap{{QStringLiteral("title"), load.chain()->title.isEmpty() ? name : load.chain()->title},
                                    {QStringLiteral("description"), load.chain()->description},
                                    {QStringLiteral("url"), QUrl::fromLocalFile(dir.filePath(name))}});
    }
    return list;
}

QString ProjectController::title() const
{
    const QString name = !m_fileUrl.isEmpty() ? QFileInfo(m_fileUrl.toLocalFile()).fileName()
        : !m_shared.name.isEmpty()            ? m_shared.name
                                              : QCoreApplication::translate("Project", "Untitled");
    return currentChain().title.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(currentChain().title, name);
}

QString ProjectController::fileName() const { return m_fileUrl.isEmpty() ? QString() : QFileInfo(m_fileUrl.toLocalFile()).fileName(); }

QString ProjectController::baseName() const
{
    if (!m_fileUrl.isEmpty())
        return QFileInfo(m_fileUrl.toLocalFile()).completeBaseName();
    if (!m_shared.name.isEmpty())
        return m_shared.name;
    return currentChain().title.isEmpty() ? QCoreApplication::translate("Project", "Untitled") : currentChain().title;
}

void ProjectController::fail(const QString &message)
{
    m_lastError = message;
    emit errorChanged();
}

void ProjectController::resetTo(Project project, const QUrl &url)
{
    m_project = std::move(project);
    emit variantsChanged();
    m_fileUrl = url;
    setShared({});
    emit fileChanged();
    emit replaced();
    m_session.resetChain(m_project.chain());
}

void ProjectController::newProject()
{
    resetTo(singleVariant(Chain{}), {});
    keepSavedFigures();
}

void ProjectController::checkCatalog()
{
    QStringList lines;
    for (const CatalogChange &c : m_library->changesSince(currentChain()))
        lines << QCoreApplication::translate("Project", "%1: %2").arg(currentChain().device(c.deviceId)->name(), c.text());
    if (lines != m_catalogChanges) {
        m_catalogChanges = lines;
        emit catalogChangesChanged();
    }
}

void ProjectController::updateFromCatalog()
{
    m_session.takeCatalogFigures();
    keepSavedFigures();
}

void ProjectController::keepSavedFigures()
{
    if (m_catalogChanges.isEmpty())
        return;
    m_catalogChanges.clear();
    emit catalogChangesChanged();
}

bool ProjectController::open(const QUrl &url)
{
    const ProjectLoad load = loadProject(url.toLocalFile());
    if (!load.chain()) {
        fail(load.error);
        return false;
    }
    resetTo(*load.project, url);
    remember(url);
    checkCatalog();
    return true;
}

bool ProjectController::save()
{
    if (m_fileUrl.isEmpty()) {
        fail(QCoreApplication::translate("Project", "Choose where to save the project first"));
        return false;
    }
    return saveAs(m_fileUrl);
}

bool ProjectController::saveAs(const QUrl &url)
{
    QString path = url.toLocalFile();
    if (!path.endsWith(QStringLiteral(".headroom")))
        path += QStringLiteral(".headroom");
    if (const QString error = saveProject(currentProject(), path); !error.isEmpty()) {
        fail(error);
        return false;
    }
    m_fileUrl = QUrl::fromLocalFile(path);
    m_session.undoStack().setClean();
    remember(m_fileUrl);
    emit fileChanged();
    emit changed();
    return true;
}

bool ProjectController::exportReport(const QUrl &url, const QString &form)
{
    const QString path = url.toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Chain &chain = currentChain();
    const AnalysisResult &result = m_session.result();
    QString error;
    if (suffix == u"pdf" || suffix == u"html" || suffix == u"htm") {
        const std::vector<Product> candidates = m_library->products(kAdvisedKinds);
        error =
            writeReport(path, chain, result, buildReportModel(chain, result, &candidates), form == u"full" ? ReportForm::Full : ReportForm::Summary,
                        {AppSettings::shopName(), QDate::currentDate(),
                         m_project.variants.size() > 1 ? m_project.variants[static_cast<std::size_t>(m_project.current)].name : QString()});
    } else {
        const QByteArray data = suffix == u"json" ? jsonReport(chain, result) : textReport(chain, result).toUtf8();
        // Written beside and renamed over the target: a failed export never leaves half a report.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            error = QCoreApplication::translate("Project", "%1: the report could not be written: %2").arg(path, file.errorString());
    }
    return reportError(error);
}

bool ProjectController::printDiagram() { return headroom::printDiagram(currentChain(), m_session.result(), m_session.unit()); }

bool ProjectController::reportError(const QString &error)
{
    if (!error.isEmpty())
        fail(error);
    return error.isEmpty();
}

bool ProjectController::exportDiagram(const QUrl &url, bool selectionOnly)
{
    return reportError(writeDiagram(url.toLocalFile(), currentChain(), m_session.result(), 2,
                                    {m_session.unit(), selectionOnly ? m_session.selection() : QStringList()}));
}

/// A change of the whole project (variants added, renamed, deleted, switched) as one undo step.
class ProjectController::ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(ProjectController &host, Project before, Project after, const QString &text)
        : QUndoCommand(text)
        , m_host(host)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_host.setProject(m_after); }
    void undo() override { m_host.setProject(m_before); }

private:
    ProjectController &m_host;
    Project m_before;
    Project m_after;
};

Project ProjectController::currentProject() const
{
    Project project = m_project;
    project.chain() = currentChain();
    return project;
}

QStringList ProjectController::variantNames() const
{
    QStringList names;
    for (const Variant &v : m_project.variants)
        names << v.name;
    return names;
}

void ProjectController::setProject(Project project)
{
    m_project = std::move(project);
    emit variantsChanged();
    m_session.setChain(m_project.chain());
}

void ProjectController::changeProject(Project after, const QString &text)
{
    m_session.undoStack().push(new ProjectCommand(*this, currentProject(), std::move(after), text));
}

void ProjectController::switchVariant(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_project.variants.size() || index == m_project.current)
        return;
    Project after = currentProject();
    after.current = index;
    changeProject(std::move(after),
                  QCoreApplication::translate("Edit", "Switch to %1").arg(m_project.variants[static_cast<std::size_t>(index)].name));
}

void ProjectController::duplicateVariant()
{
    Project after = currentProject();
    const QString name = after.freshName();
    after.variants.insert(after.variants.begin() + after.current + 1, {name, currentChain()});
    after.current += 1;
    changeProject(std::move(after), QCoreApplication::translate("Edit", "Duplicate as %1").arg(name));
}

bool ProjectController::renameVariant(int index, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (index < 0 || static_cast<std::size_t>(index) >= m_project.variants.size())
        return false;
    if (trimmed.isEmpty() || (m_project.indexOf(trimmed) >= 0 && m_project.indexOf(trimmed) != index)) {
        fail(trimmed.isEmpty() ? QCoreApplication::translate("Project", "A variant needs a name")
                               : QCoreApplication::translate("Project", "Another variant is called \"%1\"").arg(trimmed));
        return false;
    }
    Project after = currentProject();
    const QString old = after.variants[static_cast<std::size_t>(index)].name;
    if (old == trimmed)
        return true;
    after.variants[static_cast<std::size_t>(index)].name = trimmed;
    changeProject(std::move(after), QCoreApplication::translate("Edit", "Rename %1 to %2").arg(old, trimmed));
    return true;
}

bool ProjectController::removeVariant(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_project.variants.size() || m_project.variants.size() < 2)
        return false;
    Project after = currentProject();
    const QString name = after.variants[static_cast<std::size_t>(index)].name;
    after.variants.erase(after.variants.begin() + index);
    if (after.current > index || after.current == static_cast<int>(after.variants.size()))
        after.current -= 1;
    changeProject(std::move(after), QCoreApplication::translate("Edit", "Delete variant %1").arg(name));
    return true;
}

bool ProjectController::applySuggestionAsVariant(int index)
{
    const Suggestion *taken = m_session.suggestion(index);
    if (!taken)
        return false;
    const Suggestion s = *taken;
    Project after = currentProject();
    QString name = suggestionChange(s);
    for (int n = 2; after.indexOf(name) >= 0; ++n)
        name = QStringLiteral("%1 (%2)").arg(suggestionChange(s)).arg(n);
    after.variants.insert(after.variants.begin() + after.current + 1, {name, s.chain});
    after.current += 1;
    changeProject(std::move(after), QCoreApplication::translate("Edit", "%1 as a variant").arg(suggestionChange(s)));
    m_session.forgetSuggestions();
    m_session.setSelection({s.changedDevice});
    return true;
}

QVariantMap ProjectController::compareVariants(const QList<int> &variants) const
{
    const Project project = currentProject();
    std::vector<int> which;
    for (int v : variants)
        if (v >= 0 && static_cast<std::size_t>(v) < project.variants.size())
            which.push_back(v);
    const Comparison comparison = headroom::compareVariants(project, which);
    const auto db = [](double v, const char *unit) { return QStringLiteral("%1 %2").arg(QLocale().toString(v, 'f', 1), QLatin1StringView(unit)); };
    QVariantList names, totals, rows;
    for (std::size_t v = 0; v < comparison.variants.size(); ++v) {
        names << project.variants[static_cast<std::size_t>(comparison.variants[v])].name;
        totals << QCoreApplication::translate("Project", "%1 errors, %2 warnings")
                      .arg(findingCount(comparison.results[v], Severity::Error))
                      .arg(findingCount(comparison.results[v], Severity::Warning));
    }
    for (const ComparisonRow &row : comparison.rows) {
        QVariantList cells, differs;
        for (const ComparedListener &c : row.cells) {
            if (!c.result) {
                cells << QVariantMap{{QStringLiteral("present"), false}};
                continue;
            }
            QStringList problems;
            for (const Finding *f : c.findings)
                if (!problems.contains(findingTitle(f->code)))
                    problems << findingTitle(f->code);
            cells << QVariantMap{{QStringLiteral("present"), true},
                                 {QStringLiteral("verdict"), verdictKey(c.result->verdict)},
                                 {QStringLiteral("verdictText"), verdictWord(*c.result)},
                                 {QStringLiteral("maxSpl"), db(c.result->maxSpl, "dB SPL")},
                                 {QStringLiteral("headroom"), db(c.result->headroomDb, "dB")},
                                 {QStringLiteral("volume"), db(c.volumeDb, "dB")},
                                 {QStringLiteral("hiss"), db(c.result->hissSpl, "dB SPL")},
                                 {QStringLiteral("problems"), problems.join(QStringLiteral(", "))}};
        }
        for (const char *key : differences(row))
            differs << QString::fromLatin1(key);
        rows << QVariantMap{{QStringLiteral("name"), row.name}, {QStringLiteral("cells"), cells}, {QStringLiteral("differences"), differs}};
    }
    return {{QStringLiteral("variants"), names}, {QStringLiteral("totals"), totals}, {QStringLiteral("rows"), rows}};
}

} // namespace headroom
