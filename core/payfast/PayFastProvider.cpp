// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayFastProvider.h"

#include "PayFastSigner.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PayFastProvider", text);
}

/// A South African mobile number as PayFast's form wants it (0821234567), or empty.
QString cellNumber(const QString& phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    if (digits.startsWith(QLatin1String("27")) && digits.size() == 11)
        digits = QLatin1Char('0') + digits.mid(2);
    return digits.size() == 10 && digits.startsWith(QLatin1Char('0')) ? digits : QString();
}

/// PayFast's documented limits (payfast-protocol.md §2.1), in characters.
const QHash<QString, int>& fieldLimits()
{
    static const QHash<QString, int> limits{
        {QStringLiteral("merchant_id"), 8},    {QStringLiteral("name_first"), 100},
        {QStringLiteral("name_last"), 100},    {QStringLiteral("email_address"), 100},
        {QStringLiteral("cell_number"), 100},  {QStringLiteral("m_payment_id"), 100},
        {QStringLiteral("item_name"), 100},    {QStringLiteral("item_description"), 255},
        {QStringLiteral("payment_method"), 3},
    };
    return limits;
}
} // namespace

PayFastProvider::PayFastProvider(PayFastSettings settings)
    : m_settings(std::move(settings))
{
}

Result<CheckoutForm> PayFastProvider::checkout(const CheckoutRequest& request) const
{
    if (!m_settings.enabled)
        return Error::validation(tr("PayFast is switched off (ENABLE_PAYFAST=false)"));
    // Both are required on every form (protocol §2.1); the id is PayFast's account number, ASCII digits only.
    static const QRegularExpression merchantIdShape(QStringLiteral("^[0-9]{1,8}$"));
    if (!merchantIdShape.match(m_settings.merchantId).hasMatch())
        return Error::validation(
            tr("the PayFast merchant id must be a number of up to 8 digits (PAYFAST_MERCHANT_ID)"));
    if (m_settings.merchantKey.trimmed().isEmpty())
        return Error::validation(tr("the PayFast merchant key is missing: set PAYFAST_MERCHANT_KEY"));
    const bool live = m_settings.environment == Environment::Live;
    if (request.amount.isNegative())
        return Error::validation(tr("a checkout amount cannot be negative"));
    if (request.amount.isZero() && !(request.tokenize && !request.invoice))
        return Error::validation(tr("there is nothing to pay: only a card-saving checkout with no invoice may be R 0.00"));
    if (live && !request.amount.isZero() && request.amount.cents() < LiveMinimumCents)
        return Error::validation(tr("PayFast takes live payments of R 5.00 or more; this one is %1")
                                     .arg(request.amount.toString()));
    if (request.tokenize && m_settings.passphrase.isEmpty())
        return Error::validation(tr("saving a card needs the PayFast passphrase: set PAYFAST_PASSPHRASE"));
    if (m_settings.notifyUrl.isEmpty())
        return Error::validation(tr("PayFast can only reach a public address: set the public URL first "
                                    "(imalictl settings set public_url https://…, or IMALI_PUBLIC_URL)"));

    const QString name = request.customer.name.trimmed();
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    const QString first = space < 0 ? name : name.left(space);
    const QString last = space < 0 ? QString() : name.mid(space + 1).trimmed();

    FormFields fields{{QStringLiteral("merchant_id"), m_settings.merchantId},
                      {QStringLiteral("merchant_key"), m_settings.merchantKey},
                      {QStringLiteral("return_url"), m_settings.returnUrl},
                      {QStringLiteral("cancel_url"), m_settings.cancelUrl},
                      {QStringLiteral("notify_url"), m_settings.notifyUrl},
                      {QStringLiteral("name_first"), first},
                      {QStringLiteral("name_last"), last},
                      {QStringLiteral("email_address"), request.customer.email.trimmed()},
                      {QStringLiteral("cell_number"), cellNumber(request.customer.phone)},
                      {QStringLiteral("m_payment_id"), request.mPaymentId},
                      {QStringLiteral("amount"), request.amount.toString()},
                      {QStringLiteral("item_name"), request.itemName.trimmed()},
                      {QStringLiteral("item_description"), request.itemDescription.trimmed()}};
    if (request.tokenize) {
        fields.append({QStringLiteral("payment_method"), QStringLiteral("cc")});
        fields.append({QStringLiteral("subscription_type"), QStringLiteral("2")});
    }
    if (fields.at(11).second.isEmpty())
        return Error::validation(tr("PayFast needs an item name"));
    for (const auto& [key, value] : fields) {
        const int limit = fieldLimits().value(key, 0);
        if (limit > 0 && value.size() > limit)
            return Error::validation(tr("PayFast's %1 takes at most %2 characters; this one has %3")
                                         .arg(key).arg(limit).arg(value.size()));
    }
    // Only non-empty fields are posted (and signed); the signer orders them as PayFast documents.
    FormFields posted;
    for (const auto& field : fields)
        if (!field.second.isEmpty())
            posted.append(field);
    const SignedString signedForm = signCheckout(posted, m_settings.passphrase);
    FormFields ordered;
    for (const QString& key : checkoutSignedFields())
        for (const auto& field : posted)
            if (field.first == key)
                ordered.append(field);
    return CheckoutForm{m_settings.processUrl, ordered, QString::fromLatin1(signedForm.signature)};
}

} // namespace imali
