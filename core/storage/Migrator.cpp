// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Migrator", text);
}

QString readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

Migrator::Migrator(Database& db)
    : m_db(db)
{
}

Status Migrator::ensureTable()
{
    return Sql::execDirect(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
}

QList<Migration> Migrator::available() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(.+)\\.up\\.sql$"));
    QMap<int, Migration> byVersion;
    const QDir dir(m_db.migrationsPath());
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.upScript = readResource(dir.filePath(file));
        m.downScript = readResource(dir.filePath(QStringLiteral("%1_%2.down.sql").arg(match.captured(1), m.name)));
        byVersion.insert(m.version, m);
    }
    return byVersion.values();
}

Status Migrator::run(const QString& script, const QString& what)
{
    for (const QString& statement : splitSqlScript(script)) {
        if (Status s = Sql::execDirect(m_db, statement); !s)
            return Error::runtime(tr("%1: %2").arg(what, s.error().message));
    }
    return {};
}

Result<QList<Migration>> Migrator::status()
{
    if (Status s = ensureTable(); !s)
        return s.error();
    QMap<int, QString> applied;
    Sql q(m_db, QStringLiteral("SELECT version, applied_at FROM schema_migrations"));
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        applied.insert(static_cast<int>(q.int64(0)), q.text(1));
    QList<Migration> all = available();
    for (Migration& m : all) {
        m.applied = applied.contains(m.version);
        m.appliedAt = applied.value(m.version);
    }
    return all;
}

Result<int> Migrator::currentVersion()
{
    auto all = status();
    if (!all)
        return all.error();
    int version = 0;
    for (const Migration& m : *all)
        if (m.applied)
            version = std::max(version, m.version);
    return version;
}

Result<int> Migrator::up()
{
    auto all = status();
    if (!all)
        return all.error();
    int ran = 0;
    for (const Migration& m : *all) {
        if (m.applied)
            continue;
        Status s = m_db.write([&]() -> Status {
            // Re-check inside the write lock: another desktop may have migrated meanwhile.
            Sql check(m_db, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = :v"));
            check.bind(QStringLiteral(":v"), m.version);
            if (Status c = check.exec(); !c)
                return c;
            if (check.next())
                return {};
            if (Status r = run(m.upScript, tr("migration %1 (%2)").arg(m.version).arg(m.name)); !r)
                return r;
            Sql record(m_db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                            "VALUES (:v, :n, :at)"));
            record.bind(QStringLiteral(":v"), m.version)
                .bind(QStringLiteral(":n"), m.name)
                .bind(QStringLiteral(":at"), Clock::toStorage(Clock::nowUtc()));
            ++ran;
            return record.exec();
        });
        if (!s)
            return s.error();
    }
    return ran;
}

Result<int> Migrator::down(int steps)
{
    if (steps < 1)
        return Error::validation(tr("--steps must be at least 1"));
    auto all = status();
    if (!all)
        return all.error();
    int ran = 0;
    for (auto it = all->crbegin(); it != all->crend() && ran < steps; ++it) {
        const Migration& m = *it;
        if (!m.applied)
            continue;
        if (m.downScript.isEmpty())
            return Error::runtime(tr("migration %1 (%2) has no down script").arg(m.version).arg(m.name));
        Status s = m_db.write([&]() -> Status {
            if (Status r = run(m.downScript, tr("rolling back migration %1 (%2)").arg(m.version).arg(m.name)); !r)
                return r;
            Sql record(m_db, QStringLiteral("DELETE FROM schema_migrations WHERE version = :v"));
            record.bind(QStringLiteral(":v"), m.version);
            return record.exec();
        });
        if (!s)
            return s.error();
        ++ran;
    }
    return ran;
}

} // namespace imali
