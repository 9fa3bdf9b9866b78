// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "StripeSettings.h"
#include "payfast/FormEncoding.h"

#include <QString>

namespace imali
{

/** A Checkout Session Stripe made: its id and the hosted page the customer opens. */
struct StripeSession {
    QString id;
    QString url;
};

/**
 * Stripe's REST API, the calls imali makes: form-encoded bodies, the secret
 * key as a bearer token, an Idempotency-Key so a retried call never makes a
 * second session. Calls wait (in a local event loop) up to \a timeoutMs;
 * they never run inside a database write. Errors never carry the key.
 */
class StripeClient
{
public:
    explicit StripeClient(StripeSettings settings);

    Result<StripeSession> createCheckoutSession(const FormFields& form, const QString& idempotencyKey,
                                                int timeoutMs = 30000) const;

    /// \a text with anything shaped like a Stripe key or signing secret replaced by ***.
    static QString redactSecrets(QString text);

private:
    StripeSettings m_settings;
};

} // namespace imali
