// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace imali {

/**
 * One connection to the ledger's store, owned by the thread that opened it.
 * SQLite and PostgreSQL sit behind this interface; the SQL the services run is
 * written once, and only the places where the engines differ (write locks,
 * error codes, backups) are virtual.
 *
 * Lock order on PostgreSQL (to rule out deadlocks), always taken in this order
 * within one transaction: number_sequences → customers → invoices → checkouts →
 * transactions → audit_head.
 */
class Database
{
public:
    virtual ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating the SQLite file if needed) under \a connectionName, in this thread.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, const QString& connectionName);

    const DatabaseUrl& url() const { return m_url; }
    bool isPostgres() const { return m_url.isPostgres(); }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_name; }

    /**
     * Runs \a work in one write transaction: committed when it succeeds,
     * rolled back when it fails. Nested calls join the outer transaction.
     */
    Status write(const std::function<Status()>& work);
    bool inTransaction() const { return m_depth > 0; }
    /// Runs \a work on one consistent snapshot (several reads that must agree with each other).
    Status readSnapshot(const std::function<Status()>& work);

    /// " RETURNING id" where the engine needs it to report a new row's id (see Sql::insertedId).
    QString returningId() const { return isPostgres() ? QStringLiteral(" RETURNING id") : QString(); }
    /// " FOR UPDATE" where row locks exist; SQLite's write lock already covers the whole file.
    virtual QString forUpdate() const = 0;
    virtual bool isUniqueViolation(const QSqlError& error) const = 0;
    /// True when the server or file cannot be reached at all (PayFast should retry later).
    virtual bool isConnectionLost(const QSqlError& error) const = 0;
    /// Writes a consistent copy of the whole ledger to \a file.
    virtual Status backupTo(const QString& file) = 0;
    /// Replaces the whole ledger with the copy in \a file (checked by the caller first).
    virtual Status restoreFrom(const QString& file) = 0;
    /// Folder of numbered migrations in the resources.
    virtual QString migrationsPath() const = 0;
    /// Reopens after the server went away; true when the connection works again.
    bool reconnect();

    /// A prepared statement for \a statement: one this connection kept from an earlier use, or a new one
    /// (\a prepared says whether preparing worked). Reuse spares PostgreSQL a PREPARE and a DEALLOCATE
    /// round trip per statement, most of a booking's cost there.
    QSqlQuery takeStatement(const QString& statement, bool* prepared) const;
    /// Gives a finished statement back for the next use of the same text (a bounded number are kept).
    void keepStatement(const QString& statement, QSqlQuery&& query) const;
    static constexpr int MaxKeptStatements = 256;

protected:
    Database(const DatabaseUrl& url, const QString& name);
    /// Creates \a file empty with mode 0600 (it must not exist), so a backup written into it is never
    /// readable by others, not even while it is being written.
    static Status createOwnerOnlyFile(const QString& file);
    virtual Status configure() = 0;
    virtual QString beginStatement() const = 0;
    DatabaseUrl m_url;
    QString m_name;

private:
    /// Before the connection closes: no statement may outlive it.
    void dropStatements() const;
    int m_depth = 0;
    mutable std::unordered_map<QString, std::vector<QSqlQuery>> m_kept; // QSqlQuery is move-only
    mutable int m_keptCount = 0;
};

/** A prepared statement whose failures become Errors naming what was attempted. */
class Sql
{
public:
    Sql(const Database& db, const QString& statement);
    ~Sql();
    Sql(const Sql&) = delete;
    Sql& operator=(const Sql&) = delete;
    /// Binds a value; pass QVariant() for SQL NULL (a null QString binds as '').
    Sql& bind(const QString& placeholder, const QVariant& value);
    /// For exports: rows are streamed rather than cached.
    Sql& forwardOnly();
    Status exec();
    /// Runs a statement that can't be prepared (DDL on PostgreSQL), with no bound values.
    static Status execDirect(const Database& db, const QString& statement);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    /// The id of the row an INSERT … returningId() just made.
    qint64 insertedId();
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlError lastError() const { return m_query.lastError(); }
    QSqlQuery& query() { return m_query; }

private:
    const Database& m_db;
    QString m_statement;
    bool m_prepared = false;
    bool m_reusable = true; ///< false once switched to forward-only (exports): not handed on
    QSqlQuery m_query;
};

/**
 * An INSERT prepared once and run for many rows inside the caller's write
 * transaction (demo data, audit batches). Values are bound in the order of the
 * statement's `?` placeholders; exec() inserts the row and starts the next one.
 * prepare() picks the implementation: on SQLite a direct writer, because Qt's
 * per-row binding (QVariants, UTF-16 text) costs about as much as the insert.
 */
class PreparedInsert
{
public:
    /// The fastest implementation for \a db's engine; add db.returningId() to \a statement for insertedId().
    static std::unique_ptr<PreparedInsert> prepare(const Database& db, const QString& statement);
    virtual ~PreparedInsert();

    virtual PreparedInsert& bindInt(qint64 value) = 0;
    /// A null QString binds as '', as with Sql::bind.
    virtual PreparedInsert& bindText(const QString& value) = 0;
    /// Text given as UTF-8 bytes, copied before this returns.
    virtual PreparedInsert& bindUtf8(QByteArrayView utf8) = 0;
    virtual PreparedInsert& bindNull() = 0;
    /// Inserts the row from the values bound since the last exec().
    virtual Status exec() = 0;
    /// The id of the row exec() just made.
    virtual qint64 insertedId() = 0;
};

/** PreparedInsert over Sql (QSqlQuery): any engine; PostgreSQL's and single rows' path. */
class SqlPreparedInsert final : public PreparedInsert
{
public:
    SqlPreparedInsert(const Database& db, const QString& statement);
    PreparedInsert& bindInt(qint64 value) override;
    PreparedInsert& bindText(const QString& value) override;
    PreparedInsert& bindUtf8(QByteArrayView utf8) override;
    PreparedInsert& bindNull() override;
    Status exec() override;
    qint64 insertedId() override { return m_sql.insertedId(); }

private:
    Sql m_sql;
    int m_next = 0; // position of the next placeholder to bind
};

/// Turns a driver error into one line for people, without bound values.
Error databaseError(const QString& what, const QSqlError& error);

/// Splits a migration script into statements (trigger bodies and $$ blocks kept whole).
QStringList splitSqlScript(const QString& script);

} // namespace imali
