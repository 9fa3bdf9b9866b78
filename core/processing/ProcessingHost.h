// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ledger.h"
#include "Result.h"
#include "payfast/PayFastSettings.h"
#include "security/KeyStore.h"

#include <QObject>

#include <memory>

namespace imali
{

class ItnProcessor;

/**
 * The listener's ItnProcessor in a thread of its own, on a database
 * connection of its own: confirming and booking never delays the listener's
 * answers, which only wait for their own commit.
 */
class ProcessingHost : public QObject
{
    Q_OBJECT

public:
    ProcessingHost(LedgerLocation location, std::unique_ptr<KeyStore> key, PayFastSettings settings);
    ~ProcessingHost() override;

    /// Runs in the host's thread: opens the ledger and picks up whatever is pending.
    Status start();
    /// Runs in the host's thread; a confirmation still in flight is retried on the next start.
    void stop();
    /// A new arrival: processed now, whatever its schedule says.
    void processNow(qint64 id);

signals:
    void processed(qint64 id, const QString& outcome, bool moneyBooked);

private:
    LedgerLocation m_location;
    std::unique_ptr<KeyStore> m_key;
    PayFastSettings m_settings;
    std::unique_ptr<Ledger> m_ledger;
    ItnProcessor* m_processor = nullptr;
};

} // namespace imali
