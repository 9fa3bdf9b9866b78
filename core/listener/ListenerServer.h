// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Listener.h"

#include <QObject>

#include <memory>

class QHttpServer;
class QTimer;

namespace imali {

class GroupCommit;
class GuardedTcpServer;
class ItnIntake;
class NotificationStore;
class StripeWebhookIntake;

/**
 * The part of the listener that lives in its thread: server, routes, connection and stores. It
 * only takes notifications in; ProcessingHost confirms and books them on a thread of its own.
 */
class ListenerServer : public QObject
{
    Q_OBJECT

public:
    ListenerServer(LedgerLocation location, std::unique_ptr<KeyStore> key, ListenerConfig config);
    ~ListenerServer() override;

    /// Runs in the listener thread; returns the port or the reason it could not listen.
    Result<quint16> start();
    void stop();

signals:
    void notificationStored(qint64 id);

private:
    int filterHead(const RequestHead& head);
    /// Logs a refusal in the ring buffer and counts it toward the sender's flood limit.
    void noteRefusal(const QHostAddress& peer, const QByteArray& forwardedFor, int status, const QString& reason);
    QByteArray health(int* status);

    LedgerLocation m_location;
    std::unique_ptr<KeyStore> m_key;
    ListenerConfig m_config;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<SenderPolicy> m_senders;
    std::unique_ptr<NotificationStore> m_store;
    std::unique_ptr<ItnIntake> m_intake;
    std::unique_ptr<StripeWebhookIntake> m_stripeIntake; ///< only when Stripe is on
    QHttpServer* m_http = nullptr;
    GuardedTcpServer* m_tcp = nullptr;
    QTimer* m_flush = nullptr;
    GroupCommit* m_commits = nullptr;
};

} // namespace imali
