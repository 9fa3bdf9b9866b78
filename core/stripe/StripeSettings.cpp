// SPDX-License-Identifier: GPL-3.0-or-later
#include "StripeSettings.h"

#include "Config.h"

#include <QCoreApplication>
#include <QUrl>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("StripeSettings", text);
}
} // namespace

bool StripeSettings::isEnabled(const Config& config)
{
    return config.flag(QStringLiteral("ENABLE_STRIPE"), false);
}

Result<StripeSettings> StripeSettings::resolve(const Config& config, Environment environment)
{
    StripeSettings s;
    s.environment = environment;
    s.enabled = isEnabled(config);
    if (!s.enabled)
        return s;
    const bool live = environment == Environment::Live;
    s.secretKey = config.value(QStringLiteral("STRIPE_SECRET_KEY"));
    s.webhookSecret = config.value(QStringLiteral("STRIPE_WEBHOOK_SECRET"));
    s.publicUrl = config.value(QStringLiteral("IMALI_PUBLIC_URL"));
    while (s.publicUrl.endsWith(QLatin1Char('/')))
        s.publicUrl.chop(1);
    if (!s.secretKey.isEmpty()) {
        // Secret (sk_) and restricted (rk_) keys say which mode they act in; never show the key itself.
        const QString mode = live ? QStringLiteral("live_") : QStringLiteral("test_");
        if (!s.secretKey.startsWith(QStringLiteral("sk_") + mode)
            && !s.secretKey.startsWith(QStringLiteral("rk_") + mode))
            return Error::validation(
                live ? tr("STRIPE_SECRET_KEY must be a live key (sk_live_…) on a live ledger")
                     : tr("STRIPE_SECRET_KEY must be a test key (sk_test_…) on a sandbox ledger"));
    }
    if (!s.webhookSecret.isEmpty() && !s.webhookSecret.startsWith(QLatin1String("whsec_")))
        return Error::validation(tr("STRIPE_WEBHOOK_SECRET must be the endpoint's signing secret (whsec_…)"));
    const QString apiOverride = config.value(QStringLiteral("STRIPE_API_URL"));
    s.apiUrl = apiOverride.isEmpty() ? QLatin1String(DefaultApiUrl) : apiOverride;
    while (s.apiUrl.endsWith(QLatin1Char('/')))
        s.apiUrl.chop(1);
    if (!apiOverride.isEmpty()) {
        if (live)
            return Error::validation(
                tr("STRIPE_API_URL is refused on a live ledger: live payments only go to Stripe"));
        const QUrl url(s.apiUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return Error::validation(tr("STRIPE_API_URL must be an http(s) base URL"));
    }
    return s;
}

Status StripeSettings::checkForCheckout() const
{
    if (!enabled)
        return Error::validation(tr("Stripe is switched off; set ENABLE_STRIPE=true to use it"));
    if (secretKey.isEmpty())
        return Error::validation(tr("Stripe needs its secret key: set STRIPE_SECRET_KEY"));
    return {};
}

Status StripeSettings::checkForWebhook() const
{
    if (!enabled)
        return Error::validation(tr("Stripe is switched off; set ENABLE_STRIPE=true to use it"));
    if (webhookSecret.isEmpty())
        return Error::validation(
            tr("Stripe's webhook needs the endpoint's signing secret: set STRIPE_WEBHOOK_SECRET"));
    return {};
}

} // namespace imali
