// SPDX-License-Identifier: GPL-3.0-or-later
// The signature checks (payfast/PayFastSigner): what decides whether an ITN is PayFast's, and what
// may be shown or logged about it.
#include "FuzzCheck.h"

#include "payfast/FormEncoding.h"
#include "payfast/PayFastSigner.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace imali;

namespace
{

bool isLowerHexMd5(const QByteArray& s)
{
    return s.size() == 32 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

/// The fields of \a body: parsed when it is a valid form, else split on '&' and '=' as they are, so
/// that any text at all reaches the signer.
FormFields fieldsOf(const QByteArray& body)
{
    if (auto parsed = parseForm(body))
        return *parsed;
    FormFields fields;
    for (const QByteArray& pair : body.split('&')) {
        const qsizetype at = pair.indexOf('=');
        fields.append({QString::fromUtf8(at < 0 ? pair : pair.left(at)),
                       at < 0 ? QString() : QString::fromUtf8(pair.mid(at + 1))});
    }
    return fields;
}

/// The ITN rule written again from payfast-protocol.md §4.3: the fields as received up to `signature`,
/// key=urlencode(value) joined by '&', then "&passphrase=..." when there is one; MD5 in lowercase hex.
QByteArray referenceItnCanonical(const FormFields& fields, const QString& passphrase)
{
    QByteArray canonical;
    for (const auto& [key, value] : fields) {
        if (key == QLatin1String("signature"))
            break;
        if (!canonical.isEmpty())
            canonical.append('&');
        canonical.append(fuzz::referenceUrlEncode(key) + '=' + fuzz::referenceUrlEncode(value));
    }
    if (!passphrase.isEmpty()) {
        if (!canonical.isEmpty())
            canonical.append('&');
        canonical.append("passphrase=" + fuzz::referenceUrlEncode(passphrase));
    }
    return canonical;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The first line is the passphrase, the rest the posted body.
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QString passphrase = QString::fromUtf8(newline < 0 ? QByteArray() : input.left(newline));
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);
    const FormFields received = fieldsOf(body);

    // Signing follows the protocol exactly, and the masked string differs from the real one only where
    // the passphrase was.
    const SignedString itn = signItn(received, passphrase);
    const QByteArray expectedCanonical = referenceItnCanonical(received, passphrase);
    FUZZ_CHECK(itn.canonical == expectedCanonical);
    FUZZ_CHECK(isLowerHexMd5(itn.signature));
    FUZZ_CHECK(itn.signature == QCryptographicHash::hash(expectedCanonical, QCryptographicHash::Md5).toHex());
    if (passphrase.isEmpty()) {
        FUZZ_CHECK(itn.maskedCanonical == itn.canonical);
    } else {
        const QByteArray tail = "passphrase=" + fuzz::referenceUrlEncode(passphrase);
        FUZZ_CHECK(itn.canonical.endsWith(tail));
        FUZZ_CHECK(itn.maskedCanonical == itn.canonical.chopped(tail.size() - 11) + "***");
    }
    // The body sent to PayFast's validate endpoint is the same string without the passphrase.
    FUZZ_CHECK(validatePostBody(received) == referenceItnCanonical(received, QString()));

    // verifyItn accepts the right signature in the first `signature` field and nothing else.
    FormFields signedFields;
    for (const auto& field : received) {
        if (field.first == QLatin1String("signature"))
            break;
        signedFields.append(field);
    }
    const QByteArray good = signItn(signedFields, passphrase).signature;
    FormFields posted = signedFields;
    posted.append({QStringLiteral("signature"), QString::fromLatin1(good)});
    FUZZ_CHECK(verifyItn(posted, passphrase));
    FUZZ_CHECK(!verifyItn(signedFields, passphrase)); // no signature field at all
    for (const qsizetype at : {qsizetype(0), qsizetype(31)}) {
        QByteArray wrong = good;
        wrong[at] = wrong.at(at) == '0' ? '1' : '0';
        posted.last().second = QString::fromLatin1(wrong);
        FUZZ_CHECK(!verifyItn(posted, passphrase));
    }
    posted.last().second = QString::fromLatin1(good.toUpper());
    FUZZ_CHECK(verifyItn(posted, passphrase) == (good.toUpper() == good)); // hex case is not folded
    posted.last().second = QString::fromLatin1(good);
    FUZZ_CHECK(!verifyItn(posted, passphrase + QStringLiteral("x"))); // another passphrase

    // signaturesEqual is plain equality, whatever the lengths.
    const QByteArray other = body.left(32);
    FUZZ_CHECK(signaturesEqual(good, other) == (good == other));
    FUZZ_CHECK(signaturesEqual(other, other));

    // Nothing meant to be shown repeats the passphrase, in any encoding. A marker that cannot occur in the
    // input (hex of a hash of it) makes the passphrase distinctive.
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    const QString marker = QString::fromLatin1(digest.toHex().left(16));
    const QString secret = passphrase + marker;
    FUZZ_CHECK(!signItn(received, secret).maskedCanonical.contains(marker.toLatin1()));
    FUZZ_CHECK(!signCheckout(received, secret).maskedCanonical.contains(marker.toLatin1()));
    // The signature doctor retries dozens of rules, so it runs on one input in eight (chosen by the same
    // hash, so a saved crash reproduces).
    if (static_cast<unsigned char>(digest.at(0)) < 32) {
        QStringList doctor = diagnoseItn(received, secret, body);
        doctor += diagnoseCheckout(received, secret, body.left(32));
        for (const QString& sentence : std::as_const(doctor))
            FUZZ_CHECK(!sentence.contains(marker));
    }

    // Checkout: input order does not matter (a repeated key signs its last value), fields outside the
    // documented ones are ignored, and the passphrase is trimmed.
    FormFields lastValues;
    for (const auto& field : received) {
        auto same = std::find_if(lastValues.begin(), lastValues.end(),
                                 [&field](const auto& kept) { return kept.first == field.first; });
        if (same != lastValues.end())
            same->second = field.second;
        else
            lastValues.append(field);
    }
    const QByteArray checkout = signCheckout(received, passphrase).signature;
    FormFields reversed(lastValues.crbegin(), lastValues.crend());
    FUZZ_CHECK(signCheckout(reversed, passphrase).signature == checkout);
    FormFields withExtras = received;
    withExtras.prepend({QStringLiteral("setup"), QStringLiteral("{\"x\":1}")});
    withExtras.append({QStringLiteral("signature"), QStringLiteral("0123")});
    FUZZ_CHECK(signCheckout(withExtras, passphrase).signature == checkout);
    FUZZ_CHECK(signCheckout(received, QStringLiteral(" \t") + passphrase + QStringLiteral(" ")).signature
               == checkout);

    // API: `testing` is left out wherever it is, and it makes no difference which of headers, query and
    // body a field came in.
    const qsizetype third = received.size() / 3;
    const FormFields headers = received.mid(0, third);
    const FormFields query = received.mid(third, third);
    const FormFields apiBody = received.mid(2 * third);
    const QByteArray api = signApi(headers, query, apiBody, passphrase).signature;
    FUZZ_CHECK(signApi(received, {}, {}, passphrase).signature == api);
    FormFields testingQuery = query;
    testingQuery.append({QStringLiteral("testing"), QStringLiteral("true")});
    FUZZ_CHECK(signApi(headers, testingQuery, apiBody, passphrase).signature == api);
    return 0;
}
