// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace imali {

class Database;

/** One numbered schema change, read from resources/sql/<engine>/NNN_name.{up,down}.sql. */
struct Migration {
    int version = 0;
    QString name;
    QString upScript;
    QString downScript;
    bool applied = false;
    QString appliedAt;
};

/**
 * Applies and rolls back numbered migrations, each in its own transaction,
 * recording the versions in schema_migrations.
 */
class Migrator
{
public:
    explicit Migrator(Database& db);

    /// Every known migration, with whether and when it was applied.
    Result<QList<Migration>> status();
    /// Applies every pending migration in order; returns how many ran.
    Result<int> up();
    /// Rolls back the latest \a steps migrations; returns how many ran.
    Result<int> down(int steps);
    Result<int> currentVersion();

private:
    Status ensureTable();
    QList<Migration> available() const;
    Status run(const QString& script, const QString& what);

    Database& m_db;
};

} // namespace imali
