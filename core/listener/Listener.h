// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionGuard.h"
#include "Ledger.h"
#include "security/KeyStore.h"
#include "Result.h"
#include "SenderPolicy.h"
#include "payfast/PayFastSettings.h"
#include "stripe/StripeSettings.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QThread;

namespace imali {

class Config;
class ListenerServer;
class ProcessingHost;

/**
 * Where and how the listener runs (SPEC §4: IMALI_ITN_LISTEN, _ALLOWED_SOURCES,
 * _TRUSTED_PROXIES) and whether it takes Stripe's webhook (ENABLE_STRIPE, which
 * then needs STRIPE_WEBHOOK_SECRET).
 */
struct ListenerConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8000;
    CidrList allowedSources;
    CidrList trustedProxies;
    PayFastSettings payfast;
    StripeSettings stripe; ///< off unless ENABLE_STRIPE=true; then its webhook route exists
    HttpLimits limits;

    static Result<ListenerConfig> resolve(const Config& config, const PayFastSettings& payfast);
};

/**
 * The ITN listener: a QHttpServer behind a GuardedTcpServer, running in its
 * own thread with its own database connection, so a GUI in the same process
 * never waits on it; what it keeps is confirmed and booked by a ProcessingHost
 * in a second thread with a second connection. Routes: POST /api/payments/itn, GET /pay/TOKEN,
 * GET /healthz and, only when Stripe is on, POST /api/payments/stripe/webhook;
 * anything else is 404.
 */
class Listener : public QObject
{
    Q_OBJECT

public:
    explicit Listener(QObject* parent = nullptr);
    ~Listener() override;

    /// Opens the ledger again in the listener's thread (with \a ledger's key) and starts listening.
    Result<quint16> start(Ledger& ledger, const ListenerConfig& config);
    /// Stops accepting, finishes what is queued, and joins the thread.
    void stop();
    bool isRunning() const;

signals:
    /// A new notification was stored and waits for processing (queued from the listener thread).
    void notificationStored(qint64 id);
    /// A notification reached an outcome; \a moneyBooked when a payment was booked.
    void notificationProcessed(qint64 id, const QString& outcome, bool moneyBooked);

private:
    QThread* m_thread = nullptr;
    ListenerServer* m_server = nullptr;
    QThread* m_processingThread = nullptr;
    ProcessingHost* m_processing = nullptr;
};

} // namespace imali
