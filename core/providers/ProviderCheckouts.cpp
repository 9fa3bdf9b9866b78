// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderCheckouts.h"

#include "BusinessSettings.h"
#include "Config.h"
#include "Ledger.h"
#include "payfast/PayFastProvider.h"
#include "stripe/StripeProvider.h"

#include <QCoreApplication>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("ProviderCheckouts", text);
}
} // namespace

ProviderCheckouts::ProviderCheckouts(Ledger& ledger, const Config& config)
    : m_ledger(ledger), m_config(config)
{
}

bool ProviderCheckouts::isPayFastEnabled(const Config& config)
{
    return config.flag(QStringLiteral("ENABLE_PAYFAST"), true);
}

bool ProviderCheckouts::isStripeEnabled(const Config& config)
{
    return StripeSettings::isEnabled(config);
}

QStringList ProviderCheckouts::enabledProviders(const Config& config)
{
    QStringList names;
    if (isPayFastEnabled(config))
        names << QStringLiteral("payfast");
    if (isStripeEnabled(config))
        names << QStringLiteral("stripe");
    return names;
}

Result<PaymentRequest> ProviderCheckouts::requestPayment(const QString& invoice, const QString& provider,
                                                         bool tokenize)
{
    PaymentRequest request;
    request.provider = provider;
    if (provider == QLatin1String("payfast")) {
        auto settings = PayFastSettings::resolve(m_config, m_ledger);
        if (!settings)
            return settings.error();
        const PayFastProvider payfast(*settings);
        auto created = Checkouts(m_ledger, payfast).createForInvoice(invoice, tokenize);
        if (!created)
            return created.error();
        request.url = settings->paymentLink(created->checkout.linkToken);
        request.checkout = created->checkout;
        request.form = created->form;
        return request;
    }
    if (provider == QLatin1String("stripe")) {
        auto settings = StripeSettings::resolve(m_config, m_ledger.environment());
        if (!settings)
            return settings.error();
        if (Status s = settings->checkForCheckout(); !s)
            return s.error();
        if (settings->publicUrl.isEmpty()) {
            auto stored = BusinessSettings(m_ledger).value(QStringLiteral("public_url"));
            if (!stored)
                return stored.error();
            settings->publicUrl = *stored;
            while (settings->publicUrl.endsWith(QLatin1Char('/')))
                settings->publicUrl.chop(1);
        }
        const StripeProvider stripe(*settings);
        auto created = Checkouts(m_ledger, stripe).createForInvoice(invoice, tokenize);
        if (!created)
            return created.error();
        request.url = created->hosted ? created->hosted->url : QString();
        request.sessionId = created->hosted ? created->hosted->sessionId : QString();
        request.checkout = created->checkout;
        return request;
    }
    return Error::validation(tr("the provider must be payfast or stripe"));
}

} // namespace imali
