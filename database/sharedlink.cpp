// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sharedlink.h"

#include "gearlibrary.h"
#include "productformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace headroom {
namespace {

constexpr const char *kCopyFormat = "headroom-shared-gear";
constexpr int kCopyVersion = 1;

} // namespace

std::optional<SharedGearCopy> readSharedGearCopy(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    const auto fail = [&](const QString &why) {
        *error = QCoreApplication::translate("SharedLink", "the local copy of the shop's gear (%1) cannot be read: %2").arg(path, why);
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (o.value(u"format").toString() != QLatin1StringView(kCopyFormat) || o.value(u"version").toInt() != kCopyVersion)
        return fail(QCoreApplication::translate("SharedLink", "not a copy this Headroom writes"));
    SharedGearCopy copy{o.value(u"server").toString(), QDateTime::fromString(o.value(u"syncedAt").toString(), Qt::ISODate), {}};
    const ProductParse parse = parseProducts(QJsonDocument(o.value(u"products").toArray()).toJson(QJsonDocument::Compact), ProductFormat::Json, path,
                                             GearOrigin::User, false);
    if (!parse.errors.isEmpty())
        return fail(parse.errors.first().toString());
    const QJsonObject revisions = o.value(u"revisions").toObject();
    for (const GearRecord &r : parse.records) {
        if (!revisions.value(r.id).isDouble())
            return fail(QCoreApplication::translate("SharedLink", "%1 has no revision").arg(r.id));
        copy.snapshot.revisions[r.id] = static_cast<qint64>(revisions.value(r.id).toDouble());
    }
    copy.snapshot.records = parse.records;
    return copy;
}

QString writeSharedGearCopy(const QString &path, const SharedGearCopy &copy)
{
    QJsonObject revisions;
    for (const auto &[id, revision] : copy.snapshot.revisions)
        revisions.insert(id, static_cast<double>(revision));
    const QJsonObject o{{QStringLiteral("format"), QLatin1StringView(kCopyFormat)},
                        {QStringLiteral("version"), kCopyVersion},
                        {QStringLiteral("server"), copy.server},
                        {QStringLiteral("syncedAt"), copy.syncedAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("revisions"), revisions},
                        {QStringLiteral("products"), QJsonDocument::fromJson(writeProducts(copy.snapshot.records, ProductFormat::Json)).array()}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return QCoreApplication::translate("SharedLink", "cannot keep a local copy of the shop's gear in %1: %2").arg(path, file.errorString());
    return {};
}

SharedLink::SharedLink(QString copyPath) : m_copyPath(std::move(copyPath)) {}

SharedLink::~SharedLink() = default;

QString SharedLink::defaultCopyPath() { return QFileInfo(GearLibrary::defaultUserPath()).dir().absoluteFilePath(QStringLiteral("shared-gear.json")); }

SharedStatus SharedLink::connect(const ServerAddress &address, const QString &password)
{
    m_address = address;
    m_server.reset();
    QString copyError;
    std::optional<SharedGearCopy> copy = readSharedGearCopy(m_copyPath, &copyError);
    // A copy from another server is no starting point: its revisions mean nothing here.
    m_copy = copy && copy->server == address.url() ? std::move(*copy) : SharedGearCopy{address.url(), {}, {}};
    SharedServer::Opened opened = SharedServer::connect(address, password);
    if (!opened.server)
        return offline(copyError.isEmpty() ? opened.error : QStringLiteral("%1; %2").arg(opened.error, copyError));
    m_server = std::move(opened.server);
    return refresh();
}

SharedStatus SharedLink::refresh()
{
    if (!m_server)
        return offline(QCoreApplication::translate("SharedLink", "not connected"));
    SharedGearCopy updated = m_copy;
    if (const QString error = m_server->sync(updated.snapshot); !error.isEmpty()) {
        m_server.reset();
        return offline(error);
    }
    updated.syncedAt = QDateTime::currentDateTimeUtc();
    m_copy = std::move(updated);
    SharedStatus status{true, {}, m_copy.syncedAt, static_cast<int>(m_copy.snapshot.records.size())};
    //: %1 the server's address, %2 the login, %n how many products the shop shares
    status.message = QCoreApplication::translate("SharedLink", "Connected to %1 as %2: %n shared product(s)", nullptr, status.products)
                         .arg(m_address.url(), m_server->user());
    if (QString error = writeSharedGearCopy(m_copyPath, m_copy); !error.isEmpty())
        status.message += QStringLiteral(" (%1)").arg(error);
    return status;
}

void SharedLink::close()
{
    m_server.reset();
    m_copy = {};
}

SharedStatus SharedLink::offline(const QString &why)
{
    SharedStatus status{false, {}, m_copy.syncedAt, static_cast<int>(m_copy.snapshot.records.size())};
    if (!m_copy.syncedAt.isValid()) {
        m_copy.snapshot = {};
        //: %1 why the server could not be used
        status.message = QCoreApplication::translate("SharedLink", "Working offline, without the shop's gear: %1").arg(why);
        return status;
    }
    //: %1 why the server could not be used, %2 when the copy was fetched
    status.message = QCoreApplication::translate("SharedLink", "Working offline with the shop's gear as fetched %2: %1")
                         .arg(why, QLocale().toString(m_copy.syncedAt.toLocalTime(), QLocale::ShortFormat));
    return status;
}

} // namespace headroom
