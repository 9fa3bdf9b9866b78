// SPDX-License-Identifier: GPL-3.0-or-later
// The form parser and encoder (payfast/FormEncoding): what PayFast posts and what we sign and send.
#include "FuzzCheck.h"

#include "payfast/FormEncoding.h"

#include <cstddef>
#include <cstdint>

using namespace imali;

namespace
{

/// Only [A-Za-z0-9_.-+=&] and %XX with uppercase hex: nothing else may reach a signed string.
bool isWellFormedEncoding(const QByteArray& encoded)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '_' || c == '.' || c == '-' || c == '+' || c == '=' || c == '&';
        if (plain)
            continue;
        if (c != '%' || i + 2 >= encoded.size())
            return false;
        for (const char h : {encoded.at(i + 1), encoded.at(i + 2)})
            if (!((h >= '0' && h <= '9') || (h >= 'A' && h <= 'F')))
                return false;
        i += 2;
    }
    return true;
}

/// Encoding any fields and parsing the result gives the same fields back, in the same order.
void checkRoundTrip(const FormFields& fields)
{
    const QByteArray encoded = encodeForm(fields);
    FUZZ_CHECK(isWellFormedEncoding(encoded));
    QByteArray expected;
    for (const auto& [key, value] : fields) {
        FUZZ_CHECK(phpUrlEncode(key) == fuzz::referenceUrlEncode(key));
        FUZZ_CHECK(phpUrlEncode(value) == fuzz::referenceUrlEncode(value));
        if (!expected.isEmpty())
            expected.append('&');
        expected.append(fuzz::referenceUrlEncode(key) + '=' + fuzz::referenceUrlEncode(value));
    }
    FUZZ_CHECK(encoded == expected);
    const Result<FormFields> again = decodeForm(encoded);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == fields);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    // 1. Bytes as a posted body: parseForm and decodeForm agree; what parses has no empty key and survives
    //    encode -> parse unchanged.
    const Result<FormFields> decoded = decodeForm(body);
    const std::optional<FormFields> parsed = parseForm(body);
    FUZZ_CHECK(decoded.ok() == parsed.has_value());
    if (decoded) {
        FUZZ_CHECK(*decoded == *parsed);
        FUZZ_CHECK(body.isEmpty() == decoded->isEmpty());
        qsizetype pairs = body.isEmpty() ? 0 : body.count('&') + 1;
        FUZZ_CHECK(decoded->size() == pairs);
        for (const auto& [key, value] : *decoded)
            FUZZ_CHECK(!key.isEmpty());
        checkRoundTrip(*decoded);
    } else {
        FUZZ_CHECK(!decoded.error().message.isEmpty());
    }

    // 2. Bytes as field text (pairs split on NUL and 0x01): any UTF-8 a person or PayFast could send
    //    encodes and parses back to itself.
    FormFields fields;
    for (const QByteArray& pair : body.split('\0')) {
        const qsizetype at = pair.indexOf('\x01');
        const QString key = QString::fromUtf8(at < 0 ? pair : pair.left(at));
        const QString value = at < 0 ? QString() : QString::fromUtf8(pair.mid(at + 1));
        if (!key.isEmpty())
            fields.append({key, value});
    }
    checkRoundTrip(fields);
    return 0;
}
