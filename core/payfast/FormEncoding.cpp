// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormEncoding.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>

namespace imali {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FormEncoding", text);
}

bool isPhpUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
        || c == '-';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// '+' to space and %XX to a byte; std::nullopt for a '%' not followed by two hex digits.
std::optional<QByteArray> percentDecode(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '+') {
            out.append(' ');
        } else if (c == '%') {
            if (i + 2 >= raw.size())
                return std::nullopt;
            const int high = hexValue(raw.at(i + 1));
            const int low = hexValue(raw.at(i + 2));
            if (high < 0 || low < 0)
                return std::nullopt;
            out.append(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

/// Strict UTF-8: Qt's decoder flags overlong forms, surrogates and code points above U+10FFFF. A leading
/// U+FEFF is kept as a character, because the default decoder would silently drop it from a signed value.
std::optional<QString> strictUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QByteArray phpUrlEncode(const QString& value)
{
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isPhpUnreserved(c)) {
            out.append(c);
        } else if (c == ' ') {
            out.append('+');
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hexDigits[byte >> 4]);
            out.append(hexDigits[byte & 0x0F]);
        }
    }
    return out;
}

Result<FormFields> decodeForm(const QByteArray& body)
{
    FormFields fields;
    if (body.isEmpty())
        return fields;

    const QList<QByteArray> pairs = body.split('&');
    for (qsizetype index = 0; index < pairs.size(); ++index) {
        const QByteArray& pair = pairs.at(index);
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView rawKey = eq < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(eq);
        const QByteArrayView rawValue = eq < 0 ? QByteArrayView() : QByteArrayView(pair).sliced(eq + 1);
        const QString position = QString::number(index + 1);

        if (rawKey.isEmpty())
            return Error::validation(tr("form pair %1 has an empty key").arg(position));
        const std::optional<QByteArray> keyBytes = percentDecode(rawKey);
        const std::optional<QByteArray> valueBytes = percentDecode(rawValue);
        if (!keyBytes || !valueBytes)
            return Error::validation(tr("form pair %1 has a malformed %-escape").arg(position));
        const std::optional<QString> key = strictUtf8(*keyBytes);
        const std::optional<QString> value = strictUtf8(*valueBytes);
        if (!key || !value)
            return Error::validation(tr("form pair %1 is not valid UTF-8").arg(position));
        fields.append({*key, *value});
    }
    return fields;
}

std::optional<FormFields> parseForm(const QByteArray& body)
{
    Result<FormFields> decoded = decodeForm(body);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

QByteArray encodeForm(const FormFields& fields)
{
    QByteArray out;
    bool first = true;
    for (const auto& [key, value] : fields) {
        if (!first)
            out.append('&');
        first = false;
        out.append(phpUrlEncode(key));
        out.append('=');
        out.append(phpUrlEncode(value));
    }
    return out;
}

} // namespace imali
