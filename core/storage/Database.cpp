// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "PostgresDatabase.h"
#include "SqliteBulkWriter.h"
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QFile>
#include <QSqlError>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}
} // namespace

Database::Database(const DatabaseUrl& url, const QString& name)
    : m_url(url)
    , m_name(name)
{
}

Status Database::createOwnerOnlyFile(const QString& file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::runtime(tr("could not create %1: %2").arg(file, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    return {};
}

Database::~Database()
{
    dropStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, const QString& connectionName)
{
    std::unique_ptr<Database> db;
    if (url.isPostgres())
        db.reset(new PostgresDatabase(url, connectionName));
    else
        db.reset(new SqliteDatabase(url, connectionName));
    if (Status s = db->configure(); !s)
        return s.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::reconnect()
{
    dropStatements();
    QSqlDatabase db = connection();
    db.close();
    m_depth = 0;
    return configure().ok();
}

Status Database::write(const std::function<Status()>& work)
{
    if (m_depth > 0) {
        ++m_depth;
        Status s = work();
        --m_depth;
        return s;
    }
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(beginStatement()))
        return databaseError(tr("could not start a transaction"), begin.lastError());
    m_depth = 1;
    Status s = work();
    m_depth = 0;
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        db.rollback();
        return databaseError(tr("could not commit"), e);
    }
    return {};
}

Status Database::readSnapshot(const std::function<Status()>& work)
{
    if (m_depth > 0)
        return work();
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    const QString statement = isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                           : QStringLiteral("BEGIN");
    if (!begin.exec(statement))
        return databaseError(tr("could not start a read"), begin.lastError());
    m_depth = 1;
    Status s = work();
    m_depth = 0;
    db.rollback(); // nothing was written
    return s;
}

QSqlQuery Database::takeStatement(const QString& statement, bool* prepared) const
{
    const auto it = m_kept.find(statement);
    if (it != m_kept.end() && !it->second.empty()) {
        QSqlQuery query = std::move(it->second.back());
        it->second.pop_back();
        --m_keptCount;
        // It keeps the values last bound (Qt 6.4 can't clear named ones without switching the statement to
        // positional binding): every caller binds every placeholder of its statement, as before.
        *prepared = true;
        return query;
    }
    QSqlQuery query(connection());
    *prepared = query.prepare(statement);
    return query;
}

void Database::keepStatement(const QString& statement, QSqlQuery&& query) const
{
    query.finish(); // ends the result (and SQLite's read of it); the statement stays prepared
    if (m_keptCount >= MaxKeptStatements)
        return;
    std::vector<QSqlQuery>& idle = m_kept[statement];
    if (idle.size() >= 4) // the same text in use at once more deeply than this is rare
        return;
    idle.push_back(std::move(query));
    ++m_keptCount;
}

void Database::dropStatements() const
{
    m_kept.clear();
    m_keptCount = 0;
}

Sql::Sql(const Database& db, const QString& statement)
    : m_db(db)
    , m_statement(statement)
    , m_query(db.takeStatement(statement, &m_prepared))
{
}

Sql::~Sql()
{
    if (m_reusable && m_prepared && m_query.lastError().type() == QSqlError::NoError)
        m_db.keepStatement(m_statement, std::move(m_query));
}

Sql& Sql::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString is text that was never typed: store it as '' (NOT NULL columns).
    // SQL NULL is asked for with an invalid QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Sql& Sql::forwardOnly()
{
    m_reusable = false;
    m_query = QSqlQuery(m_db.connection()); // a fresh statement: the mode applies from prepare on
    m_query.setForwardOnly(true);
    // setForwardOnly resets nothing already bound, but prepare again so the mode applies.
    m_prepared = m_query.prepare(m_statement);
    return *this;
}

Status Sql::exec()
{
    if (!m_prepared || !m_query.exec()) {
        QString first = m_statement.simplified().section(QLatin1Char(' '), 0, 2);
        return databaseError(tr("the database refused \"%1 …\"").arg(first), m_query.lastError());
    }
    return {};
}

qint64 Sql::insertedId()
{
    // SQLite's RETURNING builds a temporary table per row (slow in bulk); its rowid is free.
    if (m_query.isSelect() && m_query.next())
        return m_query.value(0).toLongLong();
    return m_query.lastInsertId().toLongLong();
}

Status Sql::execDirect(const Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement)) {
        QString first = statement.simplified().section(QLatin1Char(' '), 0, 2);
        return databaseError(tr("the database refused \"%1 …\"").arg(first), q.lastError());
    }
    return {};
}

std::unique_ptr<PreparedInsert> PreparedInsert::prepare(const Database& db, const QString& statement)
{
    if (!db.isPostgres())
        if (auto writer = SqliteBulkWriter::open(db, statement))
            return writer;
    return std::make_unique<SqlPreparedInsert>(db, statement);
}

PreparedInsert::~PreparedInsert() = default;

SqlPreparedInsert::SqlPreparedInsert(const Database& db, const QString& statement)
    : m_sql(db, statement)
{
}

PreparedInsert& SqlPreparedInsert::bindInt(qint64 value)
{
    m_sql.query().bindValue(m_next++, value);
    return *this;
}

PreparedInsert& SqlPreparedInsert::bindText(const QString& value)
{
    m_sql.query().bindValue(m_next++, value.isNull() ? QString(QLatin1String("")) : value);
    return *this;
}

PreparedInsert& SqlPreparedInsert::bindUtf8(QByteArrayView utf8)
{
    m_sql.query().bindValue(m_next++, utf8.isEmpty() ? QString(QLatin1String("")) : QString::fromUtf8(utf8));
    return *this;
}

PreparedInsert& SqlPreparedInsert::bindNull()
{
    m_sql.query().bindValue(m_next++, QVariant());
    return *this;
}

Status SqlPreparedInsert::exec()
{
    m_next = 0;
    return m_sql.exec();
}

Error databaseError(const QString& what, const QSqlError& error)
{
    // The driver's text names the failing constraint or the server's complaint; it
    // never holds bound values, and connection errors from libpq carry no password.
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    detail = detail.section(QLatin1Char('\n'), 0, 0);
    return Error::runtime(detail.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, detail));
}

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += rawLine + QLatin1Char('\n');
        const bool dollarOpen = current.count(QLatin1String("$$")) % 2 == 1;
        const bool ends = line.endsWith(QLatin1Char(';'))
            && (!inTrigger || line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                || !current.contains(QRegularExpression(QStringLiteral("\\bBEGIN\\b"))))
            && !dollarOpen;
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace imali
