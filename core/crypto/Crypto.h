// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <memory>

#include <QByteArray>

namespace imali
{

/// Size of the ledger key and of every key seal() and open() take.
inline constexpr int kKeyBytes = 32;

/// n bytes from OpenSSL's CSPRNG. Aborts (qFatal) if the generator fails: weak keys or
/// nonces would be worse than no program at all.
QByteArray randomBytes(int n);

/// AES-256-GCM under key32 (exactly 32 bytes) with a fresh random nonce. Returns
/// 0x01 (format version) | 12-byte nonce | ciphertext | 16-byte tag. associatedData
/// (the record's id) is authenticated, not stored: open() must be given the same.
/// A key of the wrong size is a programming error and aborts (qFatal), because an
/// empty result could be stored and the data lost.
QByteArray seal(const QByteArray& key32, const QByteArray& plaintext, const QByteArray& associatedData);

/// Reverses seal(). Error::validation if key32 is not 32 bytes; Error::integrity if the
/// input is truncated, altered, of an unknown version, or sealed under another key or
/// associated data. Error messages never contain key material or plaintext.
Result<QByteArray> open(const QByteArray& key32, const QByteArray& sealed, const QByteArray& associatedData);

/// HMAC-SHA256 of message under key: the raw 32 bytes.
QByteArray hmacSha256(const QByteArray& key, const QByteArray& message);

/// Whether a and b hold the same bytes, in time that depends only on their length
/// (different lengths are simply unequal).
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

/// A 32-byte sub-key for one purpose, HMAC-SHA256(key32, label), so that the audit MAC
/// key and the encryption key derived from one ledger key are independent.
QByteArray deriveKey(const QByteArray& key32, const QByteArray& label);

/**
 * An HMAC-SHA256 key set up once, for MACing many messages (every audit entry):
 * each MAC copies the keyed state instead of processing the key again.
 */
class HmacSha256
{
public:
    explicit HmacSha256(const QByteArray& key);
    ~HmacSha256();
    HmacSha256(const HmacSha256&) = delete;
    HmacSha256& operator=(const HmacSha256&) = delete;
    /// Raw 32 bytes, equal to hmacSha256(key, message).
    QByteArray mac(const QByteArray& message) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// Overwrites bytes's buffer (OPENSSL_cleanse, which the optimiser can't drop), then
/// empties it. A buffer shared with another QByteArray is detached first, so the other
/// copy keeps its bytes: wipe every copy of a secret, or better, don't make copies.
void secureZero(QByteArray& bytes);

namespace detail
{

/// seal() with a caller-chosen 12-byte nonce, for known-answer tests only: reusing a
/// nonce under one key breaks GCM, which is why the public API has no such parameter.
QByteArray sealWithNonce(const QByteArray& key32, const QByteArray& nonce12, const QByteArray& plaintext,
                         const QByteArray& associatedData);

} // namespace detail

} // namespace imali
