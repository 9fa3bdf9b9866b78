// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

/** A test's own look into a ledger that other processes write: a fresh connection per question. */
namespace testdb
{

/// The first column of the first row of \a statement on the ledger at \a url; -1 and \a error set on failure.
inline qint64 scalarAt(const QString& url, const QString& statement, QString* error)
{
    const QString name = QStringLiteral("ledger-query-") + QUuid::createUuid().toString(QUuid::Id128);
    qint64 value = -1;
    {
        auto parsed = imali::DatabaseUrl::parse(url);
        if (!parsed) {
            *error = parsed.error().message;
            return -1;
        }
        QSqlDatabase db;
        if (parsed->isPostgres()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(parsed->host);
            db.setPort(parsed->port);
            db.setUserName(parsed->user);
            db.setPassword(parsed->password);
            db.setDatabaseName(parsed->database);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(parsed->path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                *error = q.lastError().text();
            else if (q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace testdb
