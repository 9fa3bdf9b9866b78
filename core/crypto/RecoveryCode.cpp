// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryCode.h"

#include "Crypto.h"

#include <QChar>
#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <utility>

namespace imali
{

namespace
{

// Crockford's alphabet: no I, L, O (confused with 1 and 0) and no U.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kChecksumBytes = 2;
constexpr int kPayloadBytes = kKeyBytes + kChecksumBytes;
constexpr int kPaddingBits = kRecoveryCodeCharacters * 5 - kPayloadBytes * 8;
constexpr int kGroupSize = 4;
static_assert(kPaddingBits >= 0 && kPaddingBits < 5, "the code length must fit the payload exactly");

QByteArray checksumOf(const QByteArray& key)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(key.constData(), size_t(key.size()), digest, &length, EVP_sha256(), nullptr))
        qFatal("imali: SHA-256 failed inside OpenSSL");
    QByteArray checksum(reinterpret_cast<const char*>(digest), kChecksumBytes);
    // Only 2 bytes are kept; the rest of the key's hash has no business lingering on the stack.
    OPENSSL_cleanse(digest, sizeof digest);
    return checksum;
}

// The value of one typed character, or -1 if it is not part of the alphabet.
int symbolValue(char32_t c)
{
    if (c >= U'a' && c <= U'z')
        c = c - U'a' + U'A';
    // Crockford's aliases: what a person may read off a screen or a printout.
    if (c == U'I' || c == U'L')
        c = U'1';
    else if (c == U'O')
        c = U'0';
    for (int i = 0; i < 32; ++i) {
        if (c == char32_t(kAlphabet[i]))
            return i;
    }
    return -1;
}

// Word processors and chat apps turn '-' into dashes and add non-breaking spaces, so
// those are separators too.
bool isSeparator(char32_t c)
{
    return c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || QChar::isSpace(c);
}

QString describeCharacter(char32_t c, QStringView typed)
{
    if (QChar::isPrint(c))
        return QStringLiteral("'%1'").arg(typed);
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString encodeRecoveryCode(const QByteArray& key32)
{
    if (key32.size() != kKeyBytes)
        qFatal("imali: encodeRecoveryCode: the key must be %d bytes", kKeyBytes);

    QByteArray payload = key32 + checksumOf(key32);
    QString code;
    code.reserve(kRecoveryCodeCharacters + kRecoveryCodeCharacters / kGroupSize);
    int written = 0;
    const auto put = [&](unsigned value) {
        if (written > 0 && written % kGroupSize == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[value & 31U]);
        ++written;
    };
    unsigned buffer = 0;
    int bits = 0;
    for (const char byte : std::as_const(payload)) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            put(buffer >> bits);
        }
        buffer &= (1U << bits) - 1;
    }
    if (bits > 0)
        put(buffer << (5 - bits));
    secureZero(payload);
    return code;
}

Result<QByteArray> decodeRecoveryCode(const QString& code)
{
    QByteArray symbols;
    symbols.reserve(kRecoveryCodeCharacters);
    int position = 0; // in characters as the person sees them, so an emoji counts once
    for (qsizetype i = 0; i < code.size(); ++i) {
        char32_t c = code.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < code.size() && code.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(code.at(i), code.at(i + 1));
            width = 2;
        }
        ++position;
        if (!isSeparator(c)) {
            const int value = symbolValue(c);
            if (value < 0) {
                secureZero(symbols);
                return Error::validation(
                    QStringLiteral("the recovery code has an invalid character %1 at position %2")
                        .arg(describeCharacter(c, QStringView(code).mid(i, width)))
                        .arg(position));
            }
            symbols += char(value);
        }
        i += width - 1;
    }
    if (symbols.size() != kRecoveryCodeCharacters) {
        const qsizetype count = symbols.size();
        secureZero(symbols);
        return Error::validation(QStringLiteral("the recovery code has %1 characters; expected %2")
                                     .arg(count)
                                     .arg(kRecoveryCodeCharacters));
    }

    QByteArray payload;
    payload.reserve(kPayloadBytes);
    unsigned buffer = 0;
    int bits = 0;
    for (const char symbol : std::as_const(symbols)) {
        buffer = (buffer << 5) | quint8(symbol);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            payload += char(buffer >> bits);
            buffer &= (1U << bits) - 1;
        }
    }
    secureZero(symbols);
    // The last character carries padding bits after the payload; the encoder writes
    // zeros there, so anything else is a typo that the checksum alone could not see.
    const bool paddingClean = bits == kPaddingBits && buffer == 0;
    QByteArray key = payload.left(kKeyBytes);
    const bool checksumMatches = constantTimeEquals(payload.mid(kKeyBytes), checksumOf(key));
    secureZero(payload);
    if (!paddingClean || !checksumMatches) {
        secureZero(key);
        return Error::validation(QStringLiteral("the recovery code has a typo: its checksum does not match"));
    }
    return key;
}

} // namespace imali
