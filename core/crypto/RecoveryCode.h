// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace imali
{

/// Number of code characters (separators not counted) in a recovery code: the 32 key
/// bytes and a 2-byte checksum are 272 bits, 55 base32 characters.
inline constexpr int kRecoveryCodeCharacters = 55;

/// The ledger key as the recovery code a person copies to another desktop: Crockford
/// base32 of the key and the first 2 bytes of its SHA-256, upper case, in groups of 4
/// joined by '-' (13 groups of 4 and a last of 3). key32 must be 32 bytes; anything else
/// is a programming error and aborts (qFatal).
QString encodeRecoveryCode(const QByteArray& key32);

/// The 32-byte key back from a recovery code as a person typed it: case-insensitive,
/// I and L read as 1 and O as 0, spaces and hyphens (and other whitespace and dashes
/// that copy and paste bring in) ignored. Error::validation, one line, for a wrong
/// length, an invalid character (named, with its 1-based position in the text as
/// typed) or a checksum mismatch. The checksum misses a given typo with probability
/// 1 in 65,536, so almost every mistyped character is caught rather than guaranteed.
Result<QByteArray> decodeRecoveryCode(const QString& code);

} // namespace imali
