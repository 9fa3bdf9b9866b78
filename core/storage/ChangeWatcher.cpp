// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeWatcher.h"

#include "Database.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

Q_LOGGING_CATEGORY(lcChanges, "imali.changes", QtInfoMsg)

namespace imali
{

namespace
{
// SQLite's data_version is per connection and cheap (no I/O when nothing changed).
constexpr int SqlitePollMs = 300;
// How often the PostgreSQL listening connection is checked: a dropped connection delivers nothing.
constexpr int PostgresCheckMs = 1000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("imali-changes-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    if (m_db.isPostgres()) {
        m_timer->setInterval(PostgresCheckMs);
        connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::checkPostgres);
    } else {
        m_timer->setInterval(SqlitePollMs);
        connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::pollSqlite);
    }
}

ChangeWatcher::~ChangeWatcher()
{
    m_timer->stop();
    if (m_listening) {
        const QString name = m_listening->connectionName();
        m_listening.reset();
        QSqlDatabase::removeDatabase(name);
    }
}

Status ChangeWatcher::start()
{
    m_timer->start();
    if (!m_db.isPostgres()) {
        pollSqlite();
        return {};
    }
    return subscribe();
}

void ChangeWatcher::pollSqlite()
{
    // Inside the caller's own transaction data_version says nothing new; wait for it to end.
    if (m_db.inTransaction())
        return;
    Sql q(m_db, QStringLiteral("PRAGMA data_version"));
    if (!q.exec() || !q.next())
        return;
    const qint64 version = q.int64(0);
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (moved)
        emit changed();
}

Status ChangeWatcher::subscribe()
{
    if (!m_listening) {
        auto opened = Database::open(m_db.url(), nextConnectionName());
        if (!opened)
            return opened.error();
        m_listening = std::move(opened).value();
    } else if (!m_listening->reconnect()) {
        return Error::runtime(tr("could not reconnect to %1 for live updates").arg(m_db.url().display()));
    }
    if (Status s = Sql::execDirect(
            *m_listening, QStringLiteral("SET application_name = '%1'").arg(QLatin1String(ApplicationName)));
        !s)
        return s;
    QSqlDriver* driver = m_listening->connection().driver();
    // A reconnect gives a fresh driver state; subscribe again and listen to this driver only once.
    if (driver->subscribedToNotifications().contains(QLatin1String(Channel)))
        driver->unsubscribeFromNotification(QLatin1String(Channel));
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    if (!driver->subscribeToNotification(QLatin1String(Channel)))
        return databaseError(tr("could not listen for changes"), driver->lastError());
    connect(driver, &QSqlDriver::notification, this, [this](const QString& name) {
        if (name == QLatin1String(Channel))
            emit changed();
    });
    m_subscribed = true;
    emit subscriptionChanged(true);
    return {};
}

void ChangeWatcher::checkPostgres()
{
    if (m_subscribed && m_listening && m_listening->connection().isOpen()) {
        QSqlQuery ping(m_listening->connection());
        if (ping.exec(QStringLiteral("SELECT 1")))
            return;
        qCInfo(lcChanges) << "live-update connection lost:" << ping.lastError().text();
        m_subscribed = false;
        emit subscriptionChanged(false);
    }
    if (Status s = subscribe(); !s) {
        qCInfo(lcChanges) << "live updates paused:" << s.error().message;
        return;
    }
    ++m_reconnections;
    // Changes committed while we were away sent their NOTIFY to nobody: make the console reload once.
    emit changed();
}

} // namespace imali
