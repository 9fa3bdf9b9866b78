// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormEncoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace imali {

/// PayFast's three signature rules; they differ in field selection, order, trimming and empty values.
enum class SignatureKind {
    Checkout, ///< documented field order, empty values skipped, values and passphrase trimmed
    Itn, ///< received order up to `signature`, empty values signed, nothing trimmed
    Api, ///< headers + query + body + passphrase sorted by key bytes, `testing` left out
};

/** What was hashed and the resulting signature; only maskedCanonical is safe to show or log. */
struct SignedString {
    QByteArray canonical; ///< the exact bytes hashed, passphrase included: a secret
    QByteArray signature; ///< lowercase hex MD5 of canonical
    QByteArray maskedCanonical; ///< canonical with the passphrase value replaced by "***"
};

/// Signs with the rule of `kind`. For Api, `fields` is headers, query and body fields together.
/// An empty passphrase (after trimming, for Checkout) means "no passphrase": nothing is appended.
SignedString signPayFast(SignatureKind kind, const FormFields& fields, const QString& passphrase);

/// Checkout form signature. Any input order gives the same result; only the documented fields
/// (checkoutSignedFields()) are signed, so `setup`, `source`, `signature` and the like are ignored.
/// A key given twice signs its last value, as PHP's $_POST would hold it.
SignedString signCheckout(const FormFields& fields, const QString& passphrase);

/// ITN signature over the fields as received, stopping at `signature`.
SignedString signItn(const FormFields& received, const QString& passphrase);

/// Merchant API signature; a `testing` parameter is left out wherever it appears.
SignedString signApi(const FormFields& headers, const FormFields& query, const FormFields& body,
                     const QString& passphrase);

/// The 34 checkout fields PayFast signs, in the order they are signed (protocol §2.1).
const QStringList& checkoutSignedFields();

/// Compares two signatures in time that depends only on their lengths. Hex case is not folded:
/// PayFast signatures are lowercase.
bool signaturesEqual(const QByteArray& a, const QByteArray& b);

/// True when the posted `signature` field matches the ITN rule; false when it is missing.
bool verifyItn(const FormFields& received, const QString& passphrase);

/// Body to POST to /eng/query/validate: the received fields up to `signature`, without it and
/// without the passphrase, encoded with phpUrlEncode().
QByteArray validatePostBody(const FormFields& received);

/// Sentences for a person explaining why an ITN's posted signature does not verify: it retries the
/// common mistakes (sorting, checkout order, trimming, skipped empties, other encoders, stripslashes(),
/// passphrase handling and, when `rawBody` is given, hashing the raw body) and names the ones that
/// reproduce the posted signature. When the signature is valid it says so. Never contains the passphrase.
QStringList diagnoseItn(const FormFields& received, const QString& passphrase,
                        const QByteArray& rawBody = QByteArray());

/// The same for a checkout form and the signature that was sent with it (caller order instead of
/// documented order, double-encoded passphrase, dropped "0" values, untrimmed values, and so on).
QStringList diagnoseCheckout(const FormFields& fields, const QString& passphrase,
                             const QByteArray& postedSignature);

} // namespace imali
