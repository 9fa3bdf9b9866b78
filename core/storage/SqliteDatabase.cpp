// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sys/stat.h>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SqliteDatabase", text);
}

/// The ledger holds personal data: only its owner may read it (and its WAL files).
void restrictToOwner(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray p = QFile::encodeName(path + suffix);
        ::chmod(p.constData(), S_IRUSR | S_IWUSR);
    }
}
} // namespace

SqliteDatabase::SqliteDatabase(const DatabaseUrl& url, const QString& name)
    : Database(url, name)
{
}

Status SqliteDatabase::configure()
{
    const QFileInfo info(m_url.path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::runtime(tr("could not create the folder %1").arg(info.absolutePath()));
    if (!info.exists()) {
        // Create it empty with owner-only rights before SQLite writes anything into it.
        QFile file(m_url.path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::runtime(tr("could not create %1: %2").arg(m_url.path, file.errorString()));
        file.close();
    }
    restrictToOwner(m_url.path);

    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                     : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_url.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return databaseError(tr("could not open %1").arg(m_url.path), db.lastError());
    QSqlQuery q(db);
    // A 64 MiB page cache keeps a bulk transaction's dirty pages in memory instead of spilling them to the WAL.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-65536"}) {
        if (!q.exec(QLatin1String(pragma)))
            return databaseError(tr("could not configure %1").arg(m_url.path), q.lastError());
    }
    restrictToOwner(m_url.path);
    return {};
}

bool SqliteDatabase::isUniqueViolation(const QSqlError& error) const
{
    // Extended result codes: SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    return error.nativeErrorCode() == QLatin1String("2067") || error.nativeErrorCode() == QLatin1String("1555");
}

bool SqliteDatabase::isConnectionLost(const QSqlError& error) const
{
    // SQLITE_BUSY (5, 517), SQLITE_IOERR (10 and extended), SQLITE_CANTOPEN (14), SQLITE_FULL (13).
    const int code = error.nativeErrorCode().toInt();
    const int primary = code & 0xff;
    return primary == 5 || primary == 6 || primary == 10 || primary == 13 || primary == 14;
}

Status SqliteDatabase::backupTo(const QString& file)
{
    if (QFile::exists(file))
        return Error::validation(tr("%1 already exists; choose a new file for the backup").arg(file));
    // VACUUM INTO fills an empty file: made first, owner-only, so the copy is never readable by others.
    if (Status created = createOwnerOnlyFile(file); !created)
        return created;
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO :file"))) {
        QFile::remove(file);
        return databaseError(tr("could not back up"), q.lastError());
    }
    q.bindValue(QStringLiteral(":file"), QFileInfo(file).absoluteFilePath());
    if (!q.exec()) {
        QFile::remove(file);
        return databaseError(tr("could not back up to %1").arg(file), q.lastError());
    }
    restrictToOwner(file);
    return {};
}

Status SqliteDatabase::restoreFrom(const QString& file)
{
    // Copy the backup's pages into this connection's file in one write transaction,
    // so other connections see either the old ledger or the restored one.
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")))
        return databaseError(tr("could not restore"), q.lastError());
    const QString attach = QStringLiteral("ATTACH DATABASE :file AS backup");
    if (!q.prepare(attach))
        return databaseError(tr("could not restore"), q.lastError());
    q.bindValue(QStringLiteral(":file"), QFileInfo(file).absoluteFilePath());
    if (!q.exec())
        return databaseError(tr("could not open the backup %1").arg(file), q.lastError());
    Status result = write([&]() -> Status {
        QSqlQuery t(db);
        // Drop our tables (triggers go with them), then copy the backup's schema and rows.
        if (!t.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")))
            return databaseError(tr("could not restore"), t.lastError());
        QStringList ours;
        while (t.next())
            ours << t.value(0).toString();
        for (const QString& table : ours) {
            QSqlQuery d(db);
            if (!d.exec(QStringLiteral("DROP TABLE main.\"%1\"").arg(table)))
                return databaseError(tr("could not restore"), d.lastError());
        }
        QSqlQuery schema(db);
        if (!schema.exec(QStringLiteral("SELECT type, name, sql FROM backup.sqlite_master WHERE sql IS NOT NULL "
                                        "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 "
                                        "WHEN 'index' THEN 1 ELSE 2 END")))
            return databaseError(tr("could not read the backup"), schema.lastError());
        QList<QPair<QString, QString>> objects;
        while (schema.next())
            objects.append({schema.value(1).toString(), schema.value(2).toString()});
        QStringList tables;
        for (const auto& [name, sql] : objects) {
            QSqlQuery c(db);
            if (!c.exec(sql))
                return databaseError(tr("could not recreate %1").arg(name), c.lastError());
            if (sql.startsWith(QLatin1String("CREATE TABLE"), Qt::CaseInsensitive)) {
                QSqlQuery copy(db);
                if (!copy.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM backup.\"%1\"").arg(name)))
                    return databaseError(tr("could not copy %1").arg(name), copy.lastError());
            }
        }
        return {};
    });
    QSqlQuery detach(db);
    detach.exec(QStringLiteral("DETACH DATABASE backup"));
    detach.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return result;
}

} // namespace imali
