// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace headroom::secrets {
namespace {

const QString kService = QStringLiteral("Headroom");
constexpr int kTimeoutMs = 10000; // a store that asks to be unlocked gets this long

/// Runs a job to its end; its error text, or empty.
QString run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    bool done = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done) // a job without a store can finish before the loop runs
        loop.exec();
    if (!done)
        return QStringLiteral("the secret store did not answer");
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

} // namespace

std::optional<QString> read(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    const QString problem = run(job);
    if (job.error() == QKeychain::EntryNotFound) {
        error->clear();
        return std::nullopt;
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return job.textData();
}

QString write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(secret);
    return run(job);
}

QString remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    const QString problem = run(job);
    return job.error() == QKeychain::EntryNotFound ? QString() : problem;
}

} // namespace headroom::secrets
