// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"

#include "Ledger.h"
#include "listener/Listener.h"
#include "storage/ChangeWatcher.h"
#include "payfast/PayFastApiClient.h"
#include "payfast/Reconciliation.h"

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

Result<PayFastApiClient*> ConsoleContext::createPayFastApi(QObject* owner)
{
    auto settings = payFastSettings();
    if (!settings)
        return settings.error();
    if (!settings->enabled)
        return Error::validation(tr("PayFast is switched off (ENABLE_PAYFAST=false)"));
    return new PayFastApiClient(*settings, owner);
}

void ConsoleContext::startCatchUp()
{
    if (m_catchUp)
        return;
    auto api = createPayFastApi(this);
    if (!api)
        return finishCatchUp(tr("Reconciliation with PayFast did not run: %1").arg(api.error().message));
    m_catchUp = new Reconciliation(m_ledger, **api, *api);
    m_catchUp->catchUp(
        Reconciliation::Booking::ReportOnly, [this, client = *api](Result<ReconciliationReport> r) {
            QString message;
            if (!r)
                message = tr("Reconciliation with PayFast did not finish: %1").arg(r.error().message);
            else if (r->differences.isEmpty())
                message = tr("Reconciled with PayFast from %1 to %2: the books agree.")
                              .arg(r->from.toString(Qt::ISODate), r->to.toString(Qt::ISODate));
            else
                message =
                    tr("Reconciled with PayFast from %1 to %2: %3 difference(s); see the Reconcile page.")
                        .arg(r->from.toString(Qt::ISODate), r->to.toString(Qt::ISODate))
                        .arg(r->differences.size());
            if (r && !r->settledRefunds.isEmpty())
                emit booksChanged();
            m_catchUp = nullptr;
            client->deleteLater(); // owns the reconciliation too; not deleted while its callback runs
            finishCatchUp(message);
        });
}

void ConsoleContext::finishCatchUp(const QString& message)
{
    m_catchUpMessage = message;
    emit catchUpFinished(message);
}

} // namespace imali
