// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace imali {

/// Ordered key/value pairs of a form body. Order is kept because ITN signatures depend on it; duplicates are
/// kept because dropping one silently would change what was signed.
using FormFields = QList<QPair<QString, QString>>;

/// PHP urlencode() of the UTF-8 bytes: [A-Za-z0-9_.-] unchanged, space to '+', every other byte to
/// uppercase %XX. PayFast hashes exactly this, so no other percent-encoder (QUrl, QUrlQuery) may be used.
QByteArray phpUrlEncode(const QString& value);

/// Parses application/x-www-form-urlencoded text keeping order and duplicates: '+' is a space, %XX a byte,
/// and each key and value must then be valid UTF-8. A pair without '=' is a key with an empty value.
/// Rejects malformed % escapes, invalid UTF-8 and empty keys (so "a=1&&b=2" and a trailing '&' are
/// rejected too); the error says which pair, never its contents.
Result<FormFields> decodeForm(const QByteArray& body);

/// decodeForm() without the reason: std::nullopt on any malformed input. An empty body is an empty list.
std::optional<FormFields> parseForm(const QByteArray& body);

/// key=value pairs joined by '&', both sides encoded with phpUrlEncode().
QByteArray encodeForm(const FormFields& fields);

} // namespace imali
