// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PostgresDatabase", text);
}
} // namespace

PostgresDatabase::PostgresDatabase(const DatabaseUrl& url, const QString& name)
    : Database(url, name)
{
}

Status PostgresDatabase::configure()
{
    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                     : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setDatabaseName(m_url.database);
    if (!m_url.password.isEmpty())
        db.setPassword(m_url.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=imali"));
    if (!db.open())
        return databaseError(tr("could not connect to %1").arg(m_url.display()), db.lastError());
    QSqlQuery q(db);
    // Server NOTICEs ("relation already exists, skipping") would go to stderr through libpq.
    if (!q.exec(QStringLiteral("SET client_min_messages TO warning")) || !q.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return databaseError(tr("could not configure the session"), q.lastError());
    return {};
}

bool PostgresDatabase::isUniqueViolation(const QSqlError& error) const
{
    return error.nativeErrorCode() == QLatin1String("23505");
}

bool PostgresDatabase::isConnectionLost(const QSqlError& error) const
{
    const QString state = error.nativeErrorCode();
    // Class 08 (connection exception), 57P0x (server shutting down), or no SQLSTATE
    // at all, which QPSQL reports when the socket is gone.
    return state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) || state.isEmpty()
        || !connection().isOpen();
}

Status PostgresDatabase::runClientTool(const QString& program, const QStringList& arguments, const QString& what)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_url.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), m_url.password); // child only, never on a command line
    process.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--host"), m_url.host, QStringLiteral("--port"), QString::number(m_url.port),
                     QStringLiteral("--no-password")};
    if (!m_url.user.isEmpty())
        args << QStringLiteral("--username") << m_url.user;
    process.start(program, args + arguments);
    if (!process.waitForStarted(10000))
        return Error::runtime(tr("%1 failed: could not run %2 (is the PostgreSQL client installed?)").arg(what, program));
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message = QString::fromLocal8Bit(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        return Error::runtime(tr("%1 failed: %2").arg(what, message));
    }
    return {};
}

Status PostgresDatabase::backupTo(const QString& file)
{
    if (QFile::exists(file))
        return Error::validation(tr("%1 already exists; choose a new file for the backup").arg(file));
    // pg_dump writes into a file made first, owner-only, so the dump is never readable by others.
    if (Status created = createOwnerOnlyFile(file); !created)
        return created;
    Status s = runClientTool(QStringLiteral("pg_dump"),
                             {QStringLiteral("--format=custom"), QStringLiteral("--file"), file,
                              QStringLiteral("--dbname"), m_url.database},
                             tr("the backup"));
    if (s)
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    else
        QFile::remove(file);
    return s;
}

Status PostgresDatabase::restoreFrom(const QString& file)
{
    return runClientTool(QStringLiteral("pg_restore"),
                         {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
                          QStringLiteral("--no-owner"), QStringLiteral("--dbname"), m_url.database, file},
                         tr("the restore"));
}

} // namespace imali
