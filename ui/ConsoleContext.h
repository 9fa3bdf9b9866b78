// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Config.h"
#include "Result.h"
#include "payfast/PayFastSettings.h"

#include <QDateTime>
#include <QObject>

namespace imali
{

class ChangeWatcher;
class Ledger;
class Listener;
class PayFastApiClient;
class Reconciliation;

/**
 * What every view of the console shares: the open ledger, the configuration,
 * and the ITN listener running in its own thread. Views call
 * notifyBooksChanged() after they change the books; the listener's bookings
 * and other processes' or desktops' commits (ChangeWatcher) arrive through
 * the same booksChanged() signal, so the screen follows within a second.
 */
class ConsoleContext : public QObject
{
    Q_OBJECT

public:
    ConsoleContext(Ledger& ledger, Config config, QObject* parent = nullptr);
    ~ConsoleContext() override;

    Ledger& ledger() { return m_ledger; }
    const Config& config() const { return m_config; }
    /// PayFast's settings as they stand now (the public URL may have just been set).
    Result<PayFastSettings> payFastSettings();
    /// A client of PayFast's merchant API with the current settings, owned by \a owner; an error when
    /// PayFast is switched off or its settings are incomplete.
    Result<PayFastApiClient*> createPayFastApi(QObject* owner);

    /// Starts the listener on IMALI_ITN_LISTEN; returns the port it listens on.
    Result<quint16> startListener();
    void stopListener();
    bool isListening() const;
    /// "127.0.0.1:8000" while listening, else empty.
    QString listeningAddress() const { return m_listeningAddress; }
    QDateTime lastNotificationAt() const { return m_lastNotificationAt; }
    /// Why the last start failed, in words for the merchant; empty after a successful start.
    QString listenerError() const { return m_listenerError; }
    /// Sees other processes' and desktops' commits; its changed() becomes booksChanged().
    ChangeWatcher& changeWatcher() { return *m_changes; }

    /// What the catch-up reconciliation on start said, once it finished; empty before.
    QString catchUpMessage() const { return m_catchUpMessage; }

public slots:
    void notifyBooksChanged();
    /// Reconciles the days since the last run with PayFast in the background (report only); the
    /// outcome arrives as catchUpFinished(), in words, also when PayFast is unreachable.
    void startCatchUp();

signals:
    /// Money or documents changed: views reload what they show.
    void booksChanged();
    /// The listener finished with a notification (\a outcome in words, for the status bar).
    void notificationProcessed(qint64 id, const QString& outcome, bool moneyBooked);
    void listenerStateChanged(bool listening);
    void catchUpFinished(const QString& message);

private:
    Ledger& m_ledger;
    Config m_config;
    Listener* m_listener = nullptr;
    ChangeWatcher* m_changes = nullptr;
    QString m_listeningAddress;
    QString m_listenerError;
    QDateTime m_lastNotificationAt;
    Reconciliation* m_catchUp = nullptr;
    QString m_catchUpMessage;

    void finishCatchUp(const QString& message);
};

} // namespace imali
