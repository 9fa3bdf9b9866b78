// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

/**
 * Fresh, empty ledgers for a store suite, one per backend: a SQLite file in a
 * temporary folder, and a new database on the throwaway PostgreSQL cluster
 * that scripts/test.sh starts (IMALI_TEST_POSTGRES_URL points at it). Without
 * that variable the PostgreSQL rows fail, unless IMALI_TEST_NO_POSTGRES=1 says
 * that this run deliberately leaves PostgreSQL out.
 */
namespace testdb {

inline QStringList backends()
{
    if (qEnvironmentVariable("IMALI_TEST_NO_POSTGRES") == QLatin1String("1"))
        return {QStringLiteral("sqlite")};
    return {QStringLiteral("sqlite"), QStringLiteral("postgres")};
}

inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString& b : backends())
        QTest::newRow(qPrintable(QStringLiteral("on ") + b)) << b;
}

/// Owns one throwaway ledger store; the PostgreSQL database is dropped on destruction.
class Scratch
{
public:
    explicit Scratch(const QString& backend)
    {
        if (backend == QLatin1String("sqlite")) {
            m_url = QStringLiteral("sqlite://%1/ledger.sqlite").arg(m_dir.path());
            return;
        }
        const QString server = qEnvironmentVariable("IMALI_TEST_POSTGRES_URL");
        if (server.isEmpty()) {
            m_error = QStringLiteral("IMALI_TEST_POSTGRES_URL is not set: run the tests through scripts/test.sh, "
                                     "or set IMALI_TEST_NO_POSTGRES=1 to leave PostgreSQL out on purpose");
            return;
        }
        m_server = *imali::DatabaseUrl::parse(server);
        m_dbName = QStringLiteral("imali_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        {
            QSqlDatabase admin = adminConnection();
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_dbName)))
                m_error = q.lastError().text();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("testdb-admin"));
        imali::DatabaseUrl url = m_server;
        url.database = m_dbName;
        m_url = url.display();
    }
    ~Scratch()
    {
        if (m_dbName.isEmpty())
            return;
        {
            QSqlDatabase admin = adminConnection();
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dbName));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("testdb-admin"));
    }
    QString url() const { return m_url; }
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }

private:
    QSqlDatabase adminConnection() const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("testdb-admin"));
        db.setHostName(m_server.host);
        db.setPort(m_server.port);
        db.setUserName(m_server.user);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.open();
        return db;
    }

    QTemporaryDir m_dir;
    imali::DatabaseUrl m_server;
    QString m_dbName;
    QString m_url;
    QString m_error;
};

} // namespace testdb

#define SCRATCH_OR_FAIL(var, backend)                                                                            \
    testdb::Scratch var(backend);                                                                                \
    QVERIFY2(var.error().isEmpty(), qPrintable(var.error()))
