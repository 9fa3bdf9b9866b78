// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace imali {

/**
 * Where the ledger lives: "sqlite:///abs/path/file.sqlite" or
 * "postgresql://user@host:port/db". A password, if the URL carries one, is
 * kept apart and never shown: display() masks it as "***".
 */
struct DatabaseUrl {
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString password; ///< secret; from the URL only if given there

    static Result<DatabaseUrl> parse(const QString& text);
    /// The SQLite file in the platform's data location.
    static DatabaseUrl defaultSqlite();
    /// The URL with the password masked, for status bars, logs and errors.
    QString display() const;
    bool isPostgres() const { return backend == Backend::Postgres; }
};

} // namespace imali
