// SPDX-License-Identifier: GPL-3.0-or-later
#include "StripeSignature.h"

#include "crypto/Crypto.h"

#include <QList>

namespace imali
{

namespace
{
bool allDigits(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}
} // namespace

QByteArray StripeSignature::sign(const QByteArray& rawBody, const QString& secret, qint64 timestamp)
{
    return hmacSha256(secret.toUtf8(), QByteArray::number(timestamp) + '.' + rawBody).toHex();
}

QByteArray StripeSignature::header(const QByteArray& rawBody, const QString& secret, qint64 timestamp)
{
    return QByteArrayLiteral("t=") + QByteArray::number(timestamp) + QByteArrayLiteral(",v1=")
        + sign(rawBody, secret, timestamp);
}

StripeSignatureCheck StripeSignature::verify(const QByteArray& header, const QByteArray& rawBody,
                                             const QString& secret, qint64 nowSeconds,
                                             qint64 toleranceSeconds)
{
    // Items split on ',' and each on '=', with no trimming: Stripe's own parser does the same.
    qint64 timestamp = -1;
    QList<QByteArray> signatures;
    for (const QByteArray& item : header.split(',')) {
        const QList<QByteArray> kv = item.split('=');
        if (kv.size() < 2)
            continue;
        if (kv.at(0) == "t" && allDigits(kv.at(1)))
            timestamp = kv.at(1).toLongLong();
        else if (kv.at(0) == "v1")
            signatures.append(kv.at(1));
    }
    if (timestamp < 0 || signatures.isEmpty() || secret.isEmpty())
        return StripeSignatureCheck::Malformed;
    const QByteArray expected = sign(rawBody, secret, timestamp);
    bool found = false;
    for (const QByteArray& candidate : std::as_const(signatures))
        found = constantTimeEquals(expected, candidate) || found; // try them all, whichever matches
    if (!found)
        return StripeSignatureCheck::NoMatch;
    if (toleranceSeconds > 0 && nowSeconds - timestamp > toleranceSeconds)
        return StripeSignatureCheck::Expired;
    return StripeSignatureCheck::Valid;
}

QByteArray StripeSignature::describe(StripeSignatureCheck check)
{
    switch (check) {
    case StripeSignatureCheck::Valid:
        return QByteArrayLiteral("valid");
    case StripeSignatureCheck::Malformed:
        return QByteArrayLiteral("no timestamp or v1 signature in Stripe-Signature");
    case StripeSignatureCheck::NoMatch:
        return QByteArrayLiteral("no Stripe signature matches the body");
    case StripeSignatureCheck::Expired:
        return QByteArrayLiteral("Stripe signature timestamp outside the tolerance");
    }
    return {};
}

} // namespace imali
