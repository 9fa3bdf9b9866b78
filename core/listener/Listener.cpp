// SPDX-License-Identifier: GPL-3.0-or-later
#include "Listener.h"

#include "Config.h"
#include "ListenerServer.h"
#include "processing/ProcessingHost.h"

#include <QCoreApplication>
#include <QThread>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Listener", text);
}
} // namespace

Result<ListenerConfig> ListenerConfig::resolve(const Config& config, const PayFastSettings& payfast)
{
    ListenerConfig c;
    c.payfast = payfast;
    const QString listen = config.isSet(QStringLiteral("IMALI_ITN_LISTEN")) ? config.value(QStringLiteral("IMALI_ITN_LISTEN"))
                                                                          : QStringLiteral("127.0.0.1:8000");
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    c.address = QHostAddress(host);
    if (c.address.isNull() || !portOk || port < 0 || port > 65535)
        return Error::validation(tr("IMALI_ITN_LISTEN must be address:port, such as 127.0.0.1:8000 (got \"%1\")").arg(listen));
    c.port = static_cast<quint16>(port);

    auto allowed = CidrList::parse(config.isSet(QStringLiteral("IMALI_ITN_ALLOWED_SOURCES"))
                                       ? config.value(QStringLiteral("IMALI_ITN_ALLOWED_SOURCES"))
                                       : SenderPolicy::payFastRanges());
    if (!allowed)
        return Error::validation(tr("IMALI_ITN_ALLOWED_SOURCES: %1").arg(allowed.error().message));
    c.allowedSources = *allowed;
    // The tunnel connects over loopback, so loopback is the trusted proxy when listening there.
    const QString proxies = config.isSet(QStringLiteral("IMALI_TRUSTED_PROXIES"))
        ? config.value(QStringLiteral("IMALI_TRUSTED_PROXIES"))
        : (c.address.isLoopback() ? SenderPolicy::loopbackProxies() : QString());
    auto trusted = CidrList::parse(proxies);
    if (!trusted)
        return Error::validation(tr("IMALI_TRUSTED_PROXIES: %1").arg(trusted.error().message));
    c.trustedProxies = *trusted;
    auto stripe = StripeSettings::resolve(config, payfast.environment);
    if (!stripe)
        return stripe.error();
    if (stripe->enabled)
        if (Status s = stripe->checkForWebhook(); !s)
            return s.error();
    c.stripe = *stripe;
    return c;
}

Listener::Listener(QObject* parent)
    : QObject(parent)
{
}

Listener::~Listener()
{
    stop();
}

bool Listener::isRunning() const
{
    return m_thread != nullptr;
}

Result<quint16> Listener::start(Ledger& ledger, const ListenerConfig& config)
{
    if (m_thread)
        return Error::conflict(tr("the listener is already running"));
    // QtSql's driver registry is not thread-safe before first use (QTBUG-112961).
    (void)QSqlDatabase::drivers();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("itn-listener"));
    m_server = new ListenerServer(ledger.location(), ledger.sharedKey(), config);
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &ListenerServer::notificationStored, this, &Listener::notificationStored, Qt::QueuedConnection);
    m_thread->start();
    Result<quint16> started = Error::runtime(tr("the listener thread did not start"));
    QMetaObject::invokeMethod(m_server, [&] { started = m_server->start(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        stop();
        return started;
    }

    m_processingThread = new QThread(this);
    m_processingThread->setObjectName(QStringLiteral("itn-processing"));
    m_processing = new ProcessingHost(ledger.location(), ledger.sharedKey(), config.payfast);
    m_processing->moveToThread(m_processingThread);
    connect(m_processingThread, &QThread::finished, m_processing, &QObject::deleteLater);
    // Queued into the processing thread: the 200 has left before any slow work on the notification starts.
    connect(m_server, &ListenerServer::notificationStored, m_processing, &ProcessingHost::processNow, Qt::QueuedConnection);
    connect(m_processing, &ProcessingHost::processed, this, &Listener::notificationProcessed, Qt::QueuedConnection);
    m_processingThread->start();
    Status processing = Error::runtime(tr("the processing thread did not start"));
    QMetaObject::invokeMethod(m_processing, [&] { processing = m_processing->start(); }, Qt::BlockingQueuedConnection);
    if (!processing) {
        stop();
        return processing.error();
    }
    return started;
}

void Listener::stop()
{
    if (m_thread) {
        // The server first: what it accepted is committed and answered, and handed on for processing.
        QMetaObject::invokeMethod(m_server, [this] { m_server->stop(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread; // its finished signal already queued the server's deletion
        m_thread = nullptr;
        m_server = nullptr;
    }
    if (m_processingThread) {
        QMetaObject::invokeMethod(m_processing, [this] { m_processing->stop(); }, Qt::BlockingQueuedConnection);
        m_processingThread->quit();
        m_processingThread->wait();
        delete m_processingThread;
        m_processingThread = nullptr;
        m_processing = nullptr;
    }
}

} // namespace imali
