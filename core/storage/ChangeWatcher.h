// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace imali
{

class Database;

/**
 * Tells the console that someone else changed the ledger: imalictl serve,
 * the console's own listener thread, or another desktop. On PostgreSQL it
 * LISTENs on channel "imali_books" (migration 007 NOTIFYs on every commit to
 * the books) on a dedicated connection, checks that connection every second
 * and reconnects and resubscribes when the server dropped it. On SQLite it
 * polls PRAGMA data_version on the caller's connection, which changes when
 * another connection commits. Lives in the thread of \a db's connection.
 */
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* Channel = "imali_books";
    /// The PostgreSQL application_name of the listening connection (for pg_stat_activity).
    static constexpr const char* ApplicationName = "imali live updates";

    /// Watches \a db's ledger; \a db must outlive the watcher.
    explicit ChangeWatcher(Database& db, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    /// Starts watching; an error when the listening connection can't be opened (it keeps retrying).
    Status start();
    bool isSubscribed() const { return m_subscribed; }
    /// How many times the listening connection was lost and restored.
    int reconnections() const { return m_reconnections; }

signals:
    /// The ledger changed outside this connection (several commits may come as one signal).
    void changed();
    /// The PostgreSQL listening connection was lost (false) or is back and subscribed (true).
    void subscriptionChanged(bool subscribed);

private:
    void pollSqlite();
    void checkPostgres();
    Status subscribe();

    Database& m_db;
    std::unique_ptr<Database> m_listening;
    QTimer* m_timer = nullptr;
    qint64 m_dataVersion = -1;
    bool m_subscribed = false;
    int m_reconnections = 0;
};

} // namespace imali
