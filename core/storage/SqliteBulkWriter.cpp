// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteBulkWriter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QStringEncoder>

#include <sqlite3.h>

#include <cstring>
#include <optional>

namespace imali {

SqliteBulkWriter::SqliteBulkWriter(sqlite3* handle, const QString& statement)
    : m_db(handle)
    , m_text(statement)
{
    const QByteArray sql = statement.toUtf8();
    // PERSISTENT: the statement lives for a whole batch, so keep it out of SQLite's lookaside memory.
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_row.reserve(1024);
    m_texts.reserve(size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteBulkWriter::~SqliteBulkWriter()
{
    sqlite3_finalize(m_statement);
}

std::unique_ptr<PreparedInsert> SqliteBulkWriter::open(const Database& db, const QString& statement)
{
    // QSQLITE hands out its connection as a QVariant holding a sqlite3*. Debian's driver links the
    // system libsqlite3.so.0, the library we link, so the handle is valid for our calls too.
    const QSqlDatabase connection = db.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* const raw = *static_cast<sqlite3* const*>(handle.constData());
    if (!raw)
        return nullptr;
    return std::make_unique<SqliteBulkWriter>(raw, statement);
}

PreparedInsert& SqliteBulkWriter::bindInt(qint64 value)
{
    if (m_statement) // a failed prepare is reported by exec()
        sqlite3_bind_int64(m_statement, m_next, value);
    ++m_next;
    return *this;
}

PreparedInsert& SqliteBulkWriter::bindText(const QString& value)
{
    // Encoded straight into the row buffer, with no QByteArray per value.
    QStringEncoder toUtf8(QStringEncoder::Utf8);
    const qsizetype offset = m_row.size();
    m_row.resize(offset + toUtf8.requiredSpace(value.size()));
    const char* const end = toUtf8.appendToBuffer(m_row.data() + offset, value);
    m_row.resize(end - m_row.constData());
    m_texts.push_back({m_next++, offset, m_row.size() - offset});
    return *this;
}

PreparedInsert& SqliteBulkWriter::bindUtf8(QByteArrayView utf8)
{
    const qsizetype offset = m_row.size();
    m_texts.push_back({m_next++, offset, utf8.size()});
    // resize and memcpy: QByteArray::append goes through the general (and slower) insert().
    m_row.resize(offset + utf8.size());
    if (!utf8.isEmpty())
        std::memcpy(m_row.data() + offset, utf8.data(), size_t(utf8.size()));
    return *this;
}

PreparedInsert& SqliteBulkWriter::bindNull()
{
    if (m_statement)
        sqlite3_bind_null(m_statement, m_next);
    ++m_next;
    return *this;
}

Status SqliteBulkWriter::exec()
{
    const int bound = m_next - 1;
    m_next = 1;
    if (!m_statement) {
        m_row.resize(0);
        m_texts.clear();
        return failure();
    }
    Q_ASSERT_X(bound == sqlite3_bind_parameter_count(m_statement), "SqliteBulkWriter::exec",
               "every placeholder needs a value for every row");
    Q_UNUSED(bound);
    // m_row no longer grows for this row, so pointers into it hold until the step is done.
    // (A pointer is never null here: that would bind SQL NULL, and empty text must stay ''.)
    for (const PendingText& text : m_texts)
        sqlite3_bind_text(m_statement, text.index, m_row.constData() + text.offset, int(text.size), SQLITE_STATIC);
    const int code = sqlite3_step(m_statement);
    const std::optional<Error> error = code == SQLITE_DONE || code == SQLITE_ROW
        ? std::nullopt
        : std::optional(failure()); // before reset, which may reword the message
    sqlite3_reset(m_statement);
    // Unbind before m_row is reused, so the statement never points at stale bytes.
    sqlite3_clear_bindings(m_statement);
    m_row.resize(0); // keeps the capacity
    m_texts.clear();
    if (error)
        return *error;
    return {};
}

qint64 SqliteBulkWriter::insertedId()
{
    return sqlite3_last_insert_rowid(m_db);
}

Error SqliteBulkWriter::failure() const
{
    // Worded as Sql::exec words it: the statement's first words and SQLite's reason, never the values.
    const QString what = QCoreApplication::translate("Database", "the database refused \"%1 …\"")
                             .arg(m_text.simplified().section(QLatin1Char(' '), 0, 2));
    const QString detail = m_statement ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_prepareError;
    return Error::runtime(detail.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, detail));
}

} // namespace imali
