// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include <QtGlobal>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <climits>
#include <cstring>
#include <memory>

namespace imali
{

namespace
{

constexpr char kVersion = 0x01;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr int kHeaderBytes = 1 + kNonceBytes;
constexpr int kOverheadBytes = kHeaderBytes + kTagBytes;
constexpr int kMacBytes = 32;

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct MacCtxFree {
    void operator()(EVP_MAC_CTX* ctx) const { EVP_MAC_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;

const unsigned char* bytesOf(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

unsigned char* bytesOf(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

// Fetched once: the audit chain MACs every entry, and a provider lookup per call would
// dominate the cost of hashing a short entry. An EVP_MAC may be shared between threads.
EVP_MAC* hmacAlgorithm()
{
    static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        qFatal("imali: OpenSSL has no HMAC implementation");
    return mac;
}

} // namespace

QByteArray randomBytes(int n)
{
    if (n < 0)
        qFatal("imali: randomBytes(%d): negative size", n);
    QByteArray out(n, Qt::Uninitialized);
    if (n > 0 && RAND_bytes(bytesOf(out), n) != 1)
        qFatal("imali: the system's random number generator failed; refusing to go on without it");
    return out;
}

namespace detail
{

QByteArray sealWithNonce(const QByteArray& key32, const QByteArray& nonce12, const QByteArray& plaintext,
                         const QByteArray& associatedData)
{
    // seal() returns no Result, so anything here that fails is a bug or a broken
    // OpenSSL; an empty "ciphertext" would be stored and the secret silently lost.
    if (key32.size() != kKeyBytes)
        qFatal("imali: seal: the key must be %d bytes", kKeyBytes);
    if (nonce12.size() != kNonceBytes)
        qFatal("imali: seal: the nonce must be %d bytes", kNonceBytes);
    if (plaintext.size() > INT_MAX - kOverheadBytes || associatedData.size() > INT_MAX)
        qFatal("imali: seal: input too large for one AES-GCM message");

    const int plainLength = int(plaintext.size());
    QByteArray out(kOverheadBytes + plainLength, Qt::Uninitialized);
    out[0] = kVersion;
    std::memcpy(out.data() + 1, nonce12.constData(), kNonceBytes);
    unsigned char* const cipherText = bytesOf(out) + kHeaderBytes;

    // The version byte is deliberately not part of the authenticated data: open()
    // refuses unknown versions outright, and keeping AES-GCM's inputs plain lets the
    // known-answer tests check this exact function against the published vectors.
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalWritten = 0;
    bool ok =
        ctx && EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytesOf(key32), bytesOf(nonce12), nullptr);
    if (ok && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &written, bytesOf(associatedData),
                               int(associatedData.size()));
    written = 0;
    if (ok && plainLength > 0)
        ok = EVP_EncryptUpdate(ctx.get(), cipherText, &written, bytesOf(plaintext), plainLength);
    ok = ok && written == plainLength && EVP_EncryptFinal_ex(ctx.get(), cipherText + written, &finalWritten)
        && finalWritten == 0;
    if (ok) {
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, cipherText + plainLength,
                                              kTagBytes),
            OSSL_PARAM_construct_end(),
        };
        ok = EVP_CIPHER_CTX_get_params(ctx.get(), params);
    }
    if (!ok)
        qFatal("imali: AES-256-GCM encryption failed inside OpenSSL");
    return out;
}

} // namespace detail

QByteArray seal(const QByteArray& key32, const QByteArray& plaintext, const QByteArray& associatedData)
{
    return detail::sealWithNonce(key32, randomBytes(kNonceBytes), plaintext, associatedData);
}

Result<QByteArray> open(const QByteArray& key32, const QByteArray& sealed, const QByteArray& associatedData)
{
    if (key32.size() != kKeyBytes)
        return Error::validation(
            QStringLiteral("the encryption key must be %1 bytes, not %2").arg(kKeyBytes).arg(key32.size()));
    if (sealed.isEmpty())
        return Error::integrity(QStringLiteral("the encrypted data is empty"));
    // Checked before the length, so that a later format with a shorter layout is
    // reported as what it is rather than as truncated.
    if (sealed.at(0) != kVersion)
        return Error::integrity(QStringLiteral("the encrypted data has an unknown format version %1")
                                    .arg(int(quint8(sealed.at(0)))));
    if (sealed.size() < kOverheadBytes)
        return Error::integrity(
            QStringLiteral("the encrypted data is truncated: %1 bytes, at least %2 expected")
                .arg(sealed.size())
                .arg(kOverheadBytes));
    if (sealed.size() > INT_MAX || associatedData.size() > INT_MAX)
        return Error::validation(QStringLiteral("the encrypted data is too large to decrypt"));

    const int cipherLength = int(sealed.size()) - kOverheadBytes;
    const unsigned char* const nonce = bytesOf(sealed) + 1;
    const unsigned char* const cipherText = bytesOf(sealed) + kHeaderBytes;
    // OSSL_PARAM wants a writable buffer even for input, so the tag is copied out.
    unsigned char tag[kTagBytes];
    std::memcpy(tag, cipherText + cipherLength, kTagBytes);

    QByteArray plain(cipherLength, Qt::Uninitialized);
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytesOf(key32), nonce, nullptr)) {
        ERR_clear_error();
        return Error::runtime(QStringLiteral("OpenSSL could not set up AES-256-GCM decryption"));
    }
    int written = 0;
    int finalWritten = 0;
    bool ok = true;
    if (!associatedData.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &written, bytesOf(associatedData),
                               int(associatedData.size()));
    written = 0;
    if (ok && cipherLength > 0)
        ok = EVP_DecryptUpdate(ctx.get(), bytesOf(plain), &written, cipherText, cipherLength);
    if (ok) {
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag, kTagBytes),
            OSSL_PARAM_construct_end(),
        };
        ok = EVP_CIPHER_CTX_set_params(ctx.get(), params);
    }
    // Final is where GCM compares tags; until it succeeds the plaintext is unauthenticated.
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), bytesOf(plain) + written, &finalWritten) > 0
        && written + finalWritten == cipherLength;
    if (!ok) {
        // Unauthenticated plaintext must not linger in freed memory, and OpenSSL's
        // per-thread error queue is shared with other users of libcrypto (Qt's TLS).
        secureZero(plain);
        ERR_clear_error();
        return Error::integrity(QStringLiteral(
            "the encrypted data failed its integrity check: wrong key, wrong record, or altered"));
    }
    return plain;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    // Non-const because OSSL_PARAM's constructor takes char*; OpenSSL only reads it.
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(kMacBytes, Qt::Uninitialized);
    size_t outLength = 0;
    // A null key pointer tells OpenSSL "no key given" rather than "the empty key", and
    // init would then fail; so the empty key gets a real (zero-length) buffer.
    static const unsigned char emptyKey = 0;
    const unsigned char* const keyBytes = key.isEmpty() ? &emptyKey : bytesOf(key);
    const MacCtx ctx(EVP_MAC_CTX_new(hmacAlgorithm()));
    const bool ok = ctx && EVP_MAC_init(ctx.get(), keyBytes, size_t(key.size()), params)
        && EVP_MAC_update(ctx.get(), bytesOf(message), size_t(message.size()))
        && EVP_MAC_final(ctx.get(), bytesOf(out), &outLength, size_t(out.size())) && outLength == kMacBytes;
    if (!ok)
        qFatal("imali: HMAC-SHA256 failed inside OpenSSL");
    return out;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    // The length is not secret (MACs and tags have fixed sizes), only the contents are.
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray deriveKey(const QByteArray& key32, const QByteArray& label)
{
    return hmacSha256(key32, label);
}

void secureZero(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace imali

namespace imali {

struct HmacSha256::State {
    MacCtx keyed;
};

HmacSha256::HmacSha256(const QByteArray& key)
    : m_state(std::make_unique<State>())
{
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    static const unsigned char emptyKey = 0;
    const unsigned char* const keyBytes = key.isEmpty() ? &emptyKey : bytesOf(key);
    m_state->keyed.reset(EVP_MAC_CTX_new(hmacAlgorithm()));
    if (!m_state->keyed || !EVP_MAC_init(m_state->keyed.get(), keyBytes, size_t(key.size()), params))
        qFatal("imali: HMAC-SHA256 set-up failed inside OpenSSL");
}

HmacSha256::~HmacSha256() = default;

QByteArray HmacSha256::mac(const QByteArray& message) const
{
    QByteArray out(kMacBytes, Qt::Uninitialized);
    size_t outLength = 0;
    const MacCtx ctx(EVP_MAC_CTX_dup(m_state->keyed.get()));
    const bool ok = ctx && EVP_MAC_update(ctx.get(), bytesOf(message), size_t(message.size()))
        && EVP_MAC_final(ctx.get(), bytesOf(out), &outLength, size_t(out.size())) && outLength == kMacBytes;
    if (!ok)
        qFatal("imali: HMAC-SHA256 failed inside OpenSSL");
    return out;
}

} // namespace imali
