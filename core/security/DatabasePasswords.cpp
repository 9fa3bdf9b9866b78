// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabasePasswords.h"

#include "SecretStore.h"

#include <QCoreApplication>
#include <QUrl>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabasePasswords", text);
}
} // namespace

QString DatabasePasswords::scope()
{
    return QStringLiteral("database");
}

QString DatabasePasswords::secretName(const DatabaseUrl& url)
{
    const QString account =
        QStringLiteral("%1@%2:%3/%4").arg(url.user, url.host).arg(url.port).arg(url.database);
    return QStringLiteral("IMALI_DATABASE_PASSWORD:")
        + QString::fromLatin1(QUrl::toPercentEncoding(account, "@:/"));
}

Result<DatabaseUrl> DatabasePasswords::fill(DatabaseUrl url) const
{
    if (!url.isPostgres() || !url.password.isEmpty() || !m_store)
        return url;
    auto stored = m_store->read(secretName(url));
    if (stored) {
        url.password = *stored;
        return url;
    }
    if (stored.error().kind == ErrorKind::NotFound)
        return url;
    return Error::runtime(
        tr("could not read the password for %1: %2").arg(url.display(), stored.error().message));
}

bool DatabasePasswords::has(const DatabaseUrl& url) const
{
    return m_store && url.isPostgres() && m_store->read(secretName(url)).ok();
}

Status DatabasePasswords::save(const DatabaseUrl& url, const QString& password)
{
    if (!m_store)
        return Error::runtime(tr("no keychain or secret file is available to keep the database password"));
    if (!url.isPostgres())
        return Error::validation(tr("a SQLite ledger has no password"));
    return m_store->write(secretName(url), password);
}

QString DatabasePasswords::describe() const
{
    return m_store ? m_store->describe() : tr("nowhere (no keychain or secret file is available)");
}

} // namespace imali
