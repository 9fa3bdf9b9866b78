// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace imali
{

/** What checking a Stripe-Signature header found. */
enum class StripeSignatureCheck {
    Valid,
    Malformed, ///< no t= timestamp, or no v1= signature (e.g. "t=1, v1=…": " v1" is not the scheme)
    NoMatch, ///< no v1 signature matches the raw body under the endpoint secret
    Expired, ///< valid, but older than the tolerance
};

/**
 * Stripe's webhook signature (stripe-vectors.json, as stripe-node's
 * constructEvent checks it): the header "t=<unix seconds>,v1=<hex>[,v1=…]";
 * each v1 is HMAC-SHA256 under the endpoint secret (the whole "whsec_…"
 * string) of "<t>.<raw body>". Every v1 is tried (secret rotation sends two),
 * compared in constant time; then the timestamp may be at most \a tolerance
 * seconds old (exactly 300 s still passes). A body re-serialised after
 * signing does not verify: always the raw bytes.
 */
class StripeSignature
{
public:
    static constexpr qint64 DefaultToleranceSeconds = 300;

    static StripeSignatureCheck verify(const QByteArray& header, const QByteArray& rawBody,
                                       const QString& secret, qint64 nowSeconds,
                                       qint64 toleranceSeconds = DefaultToleranceSeconds);
    /// The lower-case hex v1 signature of \a rawBody at \a timestamp.
    static QByteArray sign(const QByteArray& rawBody, const QString& secret, qint64 timestamp);
    /// A whole header as Stripe sends it: "t=<timestamp>,v1=<signature>".
    static QByteArray header(const QByteArray& rawBody, const QString& secret, qint64 timestamp);
    /// Words for a log line or an HTTP answer; never the header's contents.
    static QByteArray describe(StripeSignatureCheck check);
};

} // namespace imali
