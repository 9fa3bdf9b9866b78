// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QByteArray>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace imali {

/**
 * PreparedInsert straight on the QSQLITE connection's sqlite3 handle: integers
 * and UTF-8 text go to sqlite3_bind_* without QVariants, name lookups or the
 * UTF-16 round trip Qt's driver makes, which for a million-row demo costs as
 * much as SQLite's own work. It runs inside the transaction the caller opened
 * through Database::write, like any Sql on that connection.
 */
class SqliteBulkWriter final : public PreparedInsert
{
public:
    /// Null when \a db's driver does not expose a sqlite3 handle (then use SqlPreparedInsert).
    static std::unique_ptr<PreparedInsert> open(const Database& db, const QString& statement);
    SqliteBulkWriter(sqlite3* handle, const QString& statement);
    ~SqliteBulkWriter() override;
    SqliteBulkWriter(const SqliteBulkWriter&) = delete;
    SqliteBulkWriter& operator=(const SqliteBulkWriter&) = delete;

    PreparedInsert& bindInt(qint64 value) override;
    PreparedInsert& bindText(const QString& value) override;
    PreparedInsert& bindUtf8(QByteArrayView utf8) override;
    PreparedInsert& bindNull() override;
    Status exec() override;
    qint64 insertedId() override;

private:
    /// A text value waiting in m_row for exec() to bind.
    struct PendingText {
        int index;
        qsizetype offset;
        qsizetype size;
    };
    Error failure() const;

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QString m_text;         // for error messages
    QString m_prepareError; // set when the statement could not be prepared; exec() reports it
    int m_next = 1;         // SQLite numbers placeholders from 1
    // The row's text, copied here and bound without a copy (SQLITE_STATIC) when the row is
    // complete: SQLite's own copies (SQLITE_TRANSIENT) cost a malloc and free per value.
    QByteArray m_row;
    std::vector<PendingText> m_texts;
};

} // namespace imali
