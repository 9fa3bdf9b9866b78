// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"

#include "Ledger.h"
#include "listener/Listener.h"
#include "storage/ChangeWatcher.h"

namespace imali
{

ConsoleContext::ConsoleContext(Ledger& ledger, Config config, QObject* parent)
    : QObject(parent), m_ledger(ledger), m_config(std::move(config)), m_listener(new Listener(this))
{
    connect(m_listener, &Listener::notificationProcessed, this,
            [this](qint64 id, const QString& outcome, bool moneyBooked) {
                m_lastNotificationAt = QDateTime::currentDateTimeUtc();
                emit notificationProcessed(id, outcome, moneyBooked);
                if (moneyBooked)
                    emit booksChanged();
            });
    m_changes = new ChangeWatcher(m_ledger.db(), this);
    connect(m_changes, &ChangeWatcher::changed, this, &ConsoleContext::booksChanged);
    // Without live updates the console still works; pages refresh on their own actions.
    if (Status s = m_changes->start(); !s)
        qWarning("live updates unavailable: %s", qPrintable(s.error().message));
}

ConsoleContext::~ConsoleContext()
{
    stopListener();
}

Result<PayFastSettings> ConsoleContext::payFastSettings()
{
    return PayFastSettings::resolve(m_config, m_ledger);
}

Result<quint16> ConsoleContext::startListener()
{
    if (m_listener->isRunning())
        return Error::conflict(tr("the listener is already running on %1").arg(m_listeningAddress));
    auto port = [this]() -> Result<quint16> {
        auto payfast = payFastSettings();
        if (!payfast)
            return payfast.error();
        auto config = ListenerConfig::resolve(m_config, *payfast);
        if (!config)
            return config.error();
        auto started = m_listener->start(m_ledger, *config);
        if (started)
            m_listeningAddress = QStringLiteral("%1:%2").arg(config->address.toString()).arg(*started);
        return started;
    }();
    m_listenerError = port ? QString() : port.error().message;
    emit listenerStateChanged(port.ok());
    return port;
}

void ConsoleContext::stopListener()
{
    if (!m_listener->isRunning())
        return;
    m_listener->stop();
    m_listeningAddress.clear();
    emit listenerStateChanged(false);
}

bool ConsoleContext::isListening() const
{
    return m_listener->isRunning();
}

void ConsoleContext::notifyBooksChanged()
{
    emit booksChanged();
}

} // namespace imali
