// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PayFastSettings.h"
#include "providers/PaymentProvider.h"

namespace imali {

/** PayFast: checkout forms signed exactly as PayFast verifies them (payfast-protocol.md §2). */
class PayFastProvider final : public PaymentProvider
{
public:
    explicit PayFastProvider(PayFastSettings settings);

    QString name() const override { return QStringLiteral("payfast"); }
    Result<CheckoutForm> checkout(const CheckoutRequest& request) const override;
    const PayFastSettings& settings() const { return m_settings; }

    /// PayFast's smallest live payment.
    static constexpr qint64 LiveMinimumCents = 500;

private:
    PayFastSettings m_settings;
};

} // namespace imali
