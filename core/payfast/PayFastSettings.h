// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Environment.h"
#include "Result.h"

#include <QString>

namespace imali {

class Config;
class Ledger;

/**
 * PayFast's credentials and addresses for one ledger, resolved from the
 * configuration (SPEC §4) and what the ledger stores, with the live-mode
 * rules of SPEC §3 checked: a passphrase is required, server confirmation
 * stays on, and the URL overrides are refused.
 */
struct PayFastSettings {
    Environment environment = Environment::Sandbox;
    bool enabled = true;
    QString merchantId;
    QString merchantKey;
    QString passphrase; ///< secret
    QString publicUrl;
    QString notifyUrl;
    QString returnUrl;
    QString cancelUrl;
    QString processUrl;
    QString validateUrl;
    QString apiUrl;
    bool serverConfirmation = true;

    static constexpr const char* SandboxMerchantId = "10000100";
    static constexpr const char* SandboxMerchantKey = "46f0cd694581a";

    /// Resolves and checks; a clear error names the first rule broken.
    static Result<PayFastSettings> resolve(const Config& config, Ledger& ledger);
    /// Only letters, digits, "-", "_" and "/" (PayFast's rule, which also avoids encoding bugs).
    static Status checkPassphrase(const QString& passphrase);
    /// The customer's payment link for a checkout token.
    QString paymentLink(const QString& token) const;
};

} // namespace imali
