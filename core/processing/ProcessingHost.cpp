// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessingHost.h"

#include "ItnProcessor.h"

namespace imali
{

ProcessingHost::ProcessingHost(LedgerLocation location, std::unique_ptr<KeyStore> key,
                               PayFastSettings settings)
    : m_location(std::move(location)), m_key(std::move(key)), m_settings(std::move(settings))
{
}

ProcessingHost::~ProcessingHost() = default;

Status ProcessingHost::start()
{
    auto ledger = Ledger::openUnlocked(m_location, QStringLiteral("processing-%1").arg(reinterpret_cast<quintptr>(this)), std::move(m_key));
    if (!ledger)
        return ledger.error();
    m_ledger = std::move(ledger).value();
    m_processor = new ItnProcessor(*m_ledger, m_settings, this);
    connect(m_processor, &ItnProcessor::processed, this, &ProcessingHost::processed);
    m_processor->start();
    return {};
}

void ProcessingHost::stop()
{
    delete m_processor;
    m_processor = nullptr;
    m_ledger.reset();
}

void ProcessingHost::processNow(qint64 id)
{
    if (m_processor) // arrivals queued behind stop() are picked up from the database on the next start
        m_processor->processNow(id);
}

} // namespace imali
