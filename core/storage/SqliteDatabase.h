// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace imali {

/**
 * The embedded default: WAL with synchronous=FULL (a 200 to PayFast must
 * survive a power cut), foreign keys on, a busy timeout, and BEGIN IMMEDIATE
 * for every write so a reader never has to upgrade to a writer mid-way.
 */
class SqliteDatabase final : public Database
{
public:
    SqliteDatabase(const DatabaseUrl& url, const QString& name);

    QString forUpdate() const override { return {}; }
    bool isUniqueViolation(const QSqlError& error) const override;
    bool isConnectionLost(const QSqlError& error) const override;
    Status backupTo(const QString& file) override;
    Status restoreFrom(const QString& file) override;
    QString migrationsPath() const override { return QStringLiteral(":/sql/sqlite"); }

protected:
    Status configure() override;
    QString beginStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
};

} // namespace imali
