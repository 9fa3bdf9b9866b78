// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace imali {

/**
 * A ledger shared by several desktops. Writes take row locks in the order
 * Database documents; backups are pg_dump archives. The password comes from
 * the URL, PGPASSWORD or PGPASSFILE (libpq reads the last two itself).
 */
class PostgresDatabase final : public Database
{
public:
    PostgresDatabase(const DatabaseUrl& url, const QString& name);

    QString forUpdate() const override { return QStringLiteral(" FOR UPDATE"); }
    bool isUniqueViolation(const QSqlError& error) const override;
    bool isConnectionLost(const QSqlError& error) const override;
    Status backupTo(const QString& file) override;
    Status restoreFrom(const QString& file) override;
    QString migrationsPath() const override { return QStringLiteral(":/sql/postgres"); }

protected:
    Status configure() override;
    QString beginStatement() const override { return QStringLiteral("BEGIN"); }

private:
    Status runClientTool(const QString& program, const QStringList& arguments, const QString& what);
};

} // namespace imali
