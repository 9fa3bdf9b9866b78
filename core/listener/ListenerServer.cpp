// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListenerServer.h"

#include "GroupCommit.h"
#include "HttpAnswer.h"
#include "ItnIntake.h"
#include "NotificationStore.h"
#include "PaymentPage.h"
#include "payfast/PayFastProvider.h"
#include "security/KeyStore.h"
#include "stripe/StripeWebhookIntake.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace imali {


ListenerServer::ListenerServer(LedgerLocation location, std::unique_ptr<KeyStore> key, ListenerConfig config)
    : m_location(std::move(location))
    , m_key(std::move(key))
    , m_config(std::move(config))
{
}

ListenerServer::~ListenerServer() = default;

int ListenerServer::filterHead(const RequestHead& head)
{
    // Step 0: a flooding sender that is not allowed gets 429 before its body is read.
    const QHostAddress sender = m_senders->senderOf(head.peer, head.forwardedFor);
    if (m_senders->isThrottled(sender)) {
        m_store->noteRefused(sender, 429, QStringLiteral("flood limit"));
        return 429;
    }
    return 0;
}

void ListenerServer::noteRefusal(const QHostAddress& peer, const QByteArray& forwardedFor, int status,
                                 const QString& reason)
{
    const QHostAddress sender = m_senders->senderOf(peer, forwardedFor);
    m_store->noteRefused(sender, status, reason);
    // A refusal counts toward the flood limit only when it can be pinned on a sender: never on our
    // own tunnel, whose address stands in for every client whose head was too broken to name one.
    const bool onlyTheTunnel = m_config.trustedProxies.contains(peer) && sender.isEqual(peer, QHostAddress::TolerantConversion);
    if (status >= 400 && status < 500 && !onlyTheTunnel)
        m_senders->recordRefusal(sender);
}

QByteArray ListenerServer::health(int* status)
{
    Sql ping(m_ledger->db(), QStringLiteral("SELECT 1"));
    Status ok = ping.exec();
    if (!ok && m_ledger->db().reconnect()) {
        Sql again(m_ledger->db(), QStringLiteral("SELECT 1"));
        ok = again.exec();
    }
    *status = ok ? 200 : 503;
    const QJsonObject body = ok ? QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                              {QStringLiteral("database"), QStringLiteral("ok")}}
                                : QJsonObject{{QStringLiteral("status"), QStringLiteral("unavailable")},
                                              {QStringLiteral("database"), ok.error().message}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<quint16> ListenerServer::start()
{
    auto ledger = Ledger::openUnlocked(m_location, QStringLiteral("listener-%1").arg(reinterpret_cast<quintptr>(this)), std::move(m_key));
    if (!ledger)
        return ledger.error();
    m_ledger = std::move(ledger).value();
    m_senders = std::make_unique<SenderPolicy>(m_config.allowedSources, m_config.trustedProxies);
    m_store = std::make_unique<NotificationStore>(*m_ledger);
    m_intake = std::make_unique<ItnIntake>(m_config.payfast, *m_senders, *m_store);
    m_commits = new GroupCommit(*m_store, this);
    connect(m_commits, &GroupCommit::stored, this, &ListenerServer::notificationStored);

    m_http = new QHttpServer(this);
    m_http->route(QStringLiteral("/api/payments/itn"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      ItnRequest itn{request.remoteAddress(), request.value(QByteArrayLiteral("X-Forwarded-For")),
                                     request.value(QByteArrayLiteral("Content-Type")), request.body()};
                      // The guard checked Content-Length; this catches a body that disagrees with it.
                      const QByteArray declared = request.value(QByteArrayLiteral("Content-Length"));
                      if (declared.toLongLong() != itn.body.size()) {
                          writeHttpAnswer(responder, 400, QByteArrayLiteral("body does not match Content-Length\n"),
                                 QByteArrayLiteral("text/plain"));
                          responder.socket()->abort();
                          return;
                      }
                      const ItnVerdict verdict = m_intake->examine(itn);
                      if (verdict.refusal)
                          writeHttpAnswer(responder, verdict.refusal->httpStatus, verdict.refusal->body, QByteArrayLiteral("text/plain"));
                      else
                          m_commits->add(verdict.notification, std::move(responder)); // 200 once committed
                  });
    if (m_config.stripe.enabled) {
        // Only registered when Stripe is on: otherwise the path falls to the 404 handler like any other.
        m_stripeIntake = std::make_unique<StripeWebhookIntake>(m_config.stripe, *m_senders, *m_store);
        m_http->route(QStringLiteral("/api/payments/stripe/webhook"), QHttpServerRequest::Method::Post,
                      [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                          StripeWebhookRequest delivery{request.remoteAddress(), request.value(QByteArrayLiteral("X-Forwarded-For")),
                                                        request.value(QByteArrayLiteral("Content-Type")),
                                                        request.value(QByteArrayLiteral("Stripe-Signature")), request.body()};
                          const QByteArray declared = request.value(QByteArrayLiteral("Content-Length"));
                          if (declared.toLongLong() != delivery.body.size()) {
                              writeHttpAnswer(responder, 400, QByteArrayLiteral("body does not match Content-Length\n"),
                                     QByteArrayLiteral("text/plain"));
                              responder.socket()->abort();
                              return;
                          }
                          const ItnAnswer result = m_stripeIntake->receive(delivery);
                          writeHttpAnswer(responder, result.httpStatus, result.body, QByteArrayLiteral("text/plain"));
                          if (result.notificationId > 0)
                              emit notificationStored(result.notificationId);
                      });
    }
    m_http->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest&, QHttpServerResponder&& responder) {
                      int status = 200;
                      const QByteArray body = health(&status);
                      writeHttpAnswer(responder, status, body, QByteArrayLiteral("application/json"));
                  });
    m_http->route(QStringLiteral("/pay/<arg>"), QHttpServerRequest::Method::Get,
                  [this](const QString& token, const QHttpServerRequest&, QHttpServerResponder&& responder) {
                      const PayFastProvider provider(m_config.payfast);
                      auto link = Checkouts(*m_ledger, provider).openLink(token);
                      if (!link) {
                          writeHttpAnswer(responder, 503, QByteArrayLiteral("temporarily unavailable; try again shortly\n"),
                                 QByteArrayLiteral("text/plain"));
                          return;
                      }
                      const PaymentPage page = PaymentPage::render(*link, m_ledger->environment());
                      ConnectionGuard* guard = ConnectionGuard::of(responder.socket());
                      responder.write(page.html,
                                      {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")},
                                       {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                                       {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")},
                                       {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
                                       {QByteArrayLiteral("Content-Security-Policy"), page.contentSecurityPolicy}},
                                      static_cast<QHttpServerResponder::StatusCode>(page.status));
                      if (guard)
                          guard->requestAnswered();
                  });
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        noteRefusal(request.remoteAddress(), request.value(QByteArrayLiteral("X-Forwarded-For")), 404,
                    QStringLiteral("no such route"));
        writeHttpAnswer(responder, 404, QByteArrayLiteral("not found\n"), QByteArrayLiteral("text/plain"));
    });

    ConnectionGuard::Hooks hooks;
    hooks.admit = [this](const RequestHead& head) { return filterHead(head); };
    hooks.refused = [this](const RequestHead& head, int status, const QByteArray& reason) {
        noteRefusal(head.peer, head.forwardedFor, status, QString::fromUtf8(reason));
    };
    m_tcp = new GuardedTcpServer(m_config.limits, hooks);
    if (!m_tcp->listen(m_config.address, m_config.port)) {
        const QString reason = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return Error::runtime(QCoreApplication::translate("Listener", "could not listen on %1:%2: %3").arg(m_config.address.toString()).arg(m_config.port).arg(reason));
    }
    m_http->bind(m_tcp); // takes ownership

    m_flush = new QTimer(this);
    connect(m_flush, &QTimer::timeout, this, [this] { (void)m_store->flushRefused(); });
    m_flush->start(1000);
    return m_tcp->serverPort();
}

void ListenerServer::stop()
{
    if (m_tcp)
        m_tcp->close(); // no new connections; answers already written stay written
    if (m_flush)
        m_flush->stop();
    if (m_commits)
        m_commits->flush(); // what was accepted is kept and answered before the store goes
    delete m_commits;
    m_commits = nullptr;
    if (m_store)
        (void)m_store->flushRefused();
    delete m_http;
    m_http = nullptr;
    m_tcp = nullptr;
    m_intake.reset();
    m_stripeIntake.reset();
    m_store.reset();
    m_senders.reset();
    m_ledger.reset();
}

} // namespace imali
