// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayFastSettings.h"

#include "BusinessSettings.h"
#include "Config.h"
#include "Ledger.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PayFastSettings", text);
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}
} // namespace

Status PayFastSettings::checkPassphrase(const QString& passphrase)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_/-]*$"));
    if (!allowed.match(passphrase).hasMatch())
        return Error::validation(tr("the PayFast passphrase may only hold letters, digits, \"-\", \"_\" and \"/\""));
    if (passphrase.size() > 100)
        return Error::validation(tr("the PayFast passphrase is too long"));
    return {};
}

QString PayFastSettings::paymentLink(const QString& token) const
{
    return publicUrl + QStringLiteral("/pay/") + token;
}

Result<PayFastSettings> PayFastSettings::resolve(const Config& config, Ledger& ledger)
{
    PayFastSettings s;
    s.environment = ledger.environment();
    const bool live = s.environment == Environment::Live;
    s.enabled = config.flag(QStringLiteral("ENABLE_PAYFAST"), true);
    BusinessSettings stored(ledger);

    s.merchantId = config.value(QStringLiteral("PAYFAST_MERCHANT_ID"));
    if (s.merchantId.isEmpty()) {
        auto fromLedger = stored.value(QStringLiteral("payfast_merchant_id"));
        if (!fromLedger)
            return fromLedger.error();
        s.merchantId = *fromLedger;
    }
    s.merchantKey = config.value(QStringLiteral("PAYFAST_MERCHANT_KEY"));
    if (!live) {
        // PayFast's shared sandbox account, so a new ledger works before any setup.
        if (s.merchantId.isEmpty())
            s.merchantId = QLatin1String(SandboxMerchantId);
        if (s.merchantKey.isEmpty() && s.merchantId == QLatin1String(SandboxMerchantId))
            s.merchantKey = QLatin1String(SandboxMerchantKey);
    }
    if (!QRegularExpression(QStringLiteral("^\\d{1,8}$")).match(s.merchantId).hasMatch())
        return Error::validation(tr("the PayFast merchant id must be a number of up to 8 digits (set PAYFAST_MERCHANT_ID "
                                    "or imalictl settings set payfast_merchant_id)"));
    if (s.merchantKey.isEmpty() || s.merchantKey.size() > 100)
        return Error::validation(tr("the PayFast merchant key is missing: set PAYFAST_MERCHANT_KEY"));

    s.passphrase = config.value(QStringLiteral("PAYFAST_PASSPHRASE"));
    if (Status p = checkPassphrase(s.passphrase); !p)
        return p.error();
    if (live && s.passphrase.isEmpty())
        return Error::validation(tr("a live ledger needs the PayFast passphrase: set PAYFAST_PASSPHRASE"));

    s.publicUrl = config.value(QStringLiteral("IMALI_PUBLIC_URL"));
    if (s.publicUrl.isEmpty()) {
        auto fromLedger = stored.value(QStringLiteral("public_url"));
        if (!fromLedger)
            return fromLedger.error();
        s.publicUrl = *fromLedger;
    }
    s.publicUrl = withoutTrailingSlash(s.publicUrl);
    if (!s.publicUrl.isEmpty()) {
        const QUrl url(s.publicUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return Error::validation(tr("IMALI_PUBLIC_URL must be an http(s) base URL such as https://pay.myshop.co.za"));
        if (live && url.scheme() != QLatin1String("https"))
            return Error::validation(tr("a live ledger's public URL must use https"));
    }
    s.notifyUrl = config.value(QStringLiteral("PAYFAST_NOTIFY_URL"));
    if (s.notifyUrl.isEmpty() && !s.publicUrl.isEmpty())
        s.notifyUrl = s.publicUrl + QStringLiteral("/api/payments/itn");
    s.returnUrl = config.value(QStringLiteral("PAYFAST_RETURN_URL"));
    s.cancelUrl = config.value(QStringLiteral("PAYFAST_CANCEL_URL"));

    const QString host = live ? QStringLiteral("https://www.payfast.co.za") : QStringLiteral("https://sandbox.payfast.co.za");
    s.processUrl = host + QStringLiteral("/eng/process");
    s.validateUrl = host + QStringLiteral("/eng/query/validate");
    s.apiUrl = QStringLiteral("https://api.payfast.co.za");
    for (const auto& [name, target] : {std::pair{QStringLiteral("PAYFAST_PROCESS_URL"), &s.processUrl},
                                       std::pair{QStringLiteral("PAYFAST_VALIDATE_URL"), &s.validateUrl},
                                       std::pair{QStringLiteral("PAYFAST_API_URL"), &s.apiUrl}}) {
        const QString override = config.value(name);
        if (override.isEmpty())
            continue;
        if (live)
            return Error::validation(tr("%1 is refused on a live ledger: live payments only go to PayFast").arg(name));
        *target = override;
    }
    s.serverConfirmation = config.flag(QStringLiteral("PAYFAST_SERVER_CONFIRMATION"), true);
    if (live && !s.serverConfirmation)
        return Error::validation(tr("PAYFAST_SERVER_CONFIRMATION cannot be switched off on a live ledger"));
    return s;
}

} // namespace imali
