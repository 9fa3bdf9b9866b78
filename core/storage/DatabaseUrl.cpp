// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseUrl", text);
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    DatabaseUrl url;
    const QString sqlitePrefix = QStringLiteral("sqlite://");
    if (text.startsWith(sqlitePrefix)) {
        url.backend = Backend::Sqlite;
        url.path = text.mid(sqlitePrefix.size());
        if (!url.path.startsWith(QLatin1Char('/')))
            return Error::validation(tr("a SQLite URL needs an absolute path: sqlite:///abs/path/file.sqlite"));
        return url;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("postgresql")
                              && parsed.scheme() != QLatin1String("postgres")))
        return Error::validation(
            tr("the database URL must start with sqlite:/// or postgresql:// (got scheme \"%1\")")
                .arg(parsed.scheme()));
    url.backend = Backend::Postgres;
    url.host = parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host();
    url.port = parsed.port(5432);
    url.user = parsed.userName();
    url.password = parsed.password();
    url.database = parsed.path().mid(1);
    if (url.database.isEmpty() || url.database.contains(QLatin1Char('/')))
        return Error::validation(tr("a PostgreSQL URL must name one database: postgresql://user@host:port/db"));
    return url;
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    DatabaseUrl url;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    url.path = QDir(dir).filePath(QStringLiteral("imali/ledger.sqlite"));
    return url;
}

QString DatabaseUrl::display() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString auth = user;
    if (!password.isEmpty())
        auth += QStringLiteral(":***");
    if (!auth.isEmpty())
        auth += QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(auth, host).arg(port).arg(database);
}

} // namespace imali
