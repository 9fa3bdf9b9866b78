// SPDX-License-Identifier: GPL-3.0-or-later
#include "payfast/FormEncoding.h"

#include <QRandomGenerator>
#include <QTest>

using imali::FormFields;

namespace {

/// The recipe from the protocol doc §8, checked there against php -r 'echo urlencode(...)'. It is an
/// independent second opinion on imali::phpUrlEncode(), which is written byte by byte.
QByteArray qtRecipe(const QString& value)
{
    return value.toUtf8().toPercentEncoding(QByteArray(), QByteArrayLiteral("~")).replace("%20", "+");
}

/// A random string mixing ASCII punctuation, controls, Latin-1, the rest of the BMP and astral planes,
/// because each of these encodes to a different number of UTF-8 bytes.
QString randomText(QRandomGenerator& random, int maxLength)
{
    static const QString punctuation = QStringLiteral(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    QString text;
    const int length = random.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i) {
        char32_t codePoint = 0;
        switch (random.bounded(7)) {
        case 0:
        case 1:
            text.append(punctuation.at(random.bounded(punctuation.size())));
            continue;
        case 2:
            codePoint = static_cast<char32_t>(random.bounded(0x20, 0x7F));
            break;
        case 3:
            codePoint = static_cast<char32_t>(random.bounded(0, 0x20));
            break;
        case 4:
            codePoint = static_cast<char32_t>(random.bounded(0xA0, 0x800));
            break;
        case 5: // the BMP without the surrogate range, which UTF-8 cannot carry
            codePoint = static_cast<char32_t>(random.bounded(0x800, 0xF800));
            if (codePoint >= 0xD800)
                codePoint += 0x800;
            break;
        default:
            codePoint = static_cast<char32_t>(random.bounded(0x10000, 0x110000));
            break;
        }
        text.append(QString::fromUcs4(&codePoint, 1));
    }
    return text;
}

} // namespace

/** Checks PHP-compatible urlencode and the strict, order-keeping form parser. */
class tst_FormEncoding : public QObject
{
    Q_OBJECT

private slots:
    void encodesLikePhp_data();
    void encodesLikePhp();
    void randomTextEncodesToSafeBytesAndDecodesBack();
    void parsesForms_data();
    void parsesForms();
    void rejectsMalformedForms_data();
    void rejectsMalformedForms();
    void encodesForms_data();
    void encodesForms();
};

void tst_FormEncoding::encodesLikePhp_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("letters, digits and _.- pass through unchanged")
        << QStringLiteral("AZaz09_.-") << QByteArrayLiteral("AZaz09_.-");
    QTest::newRow("an empty value encodes to nothing") << QString() << QByteArray();
    QTest::newRow("a space becomes a plus")
        << QStringLiteral("First Name") << QByteArrayLiteral("First+Name");
    QTest::newRow("a plus is encoded so it is not read as a space")
        << QStringLiteral("zoe+pay") << QByteArrayLiteral("zoe%2Bpay");
    QTest::newRow("the tilde is encoded, unlike RFC 3986 encoders")
        << QStringLiteral("v1.2~beta") << QByteArrayLiteral("v1.2%7Ebeta");
    QTest::newRow("the characters encodeURIComponent leaves alone are all encoded")
        << QStringLiteral("!'()*") << QByteArrayLiteral("%21%27%28%29%2A");
    QTest::newRow("URL punctuation is encoded with uppercase hex")
        << QStringLiteral("http://a.b/c?d=e&f=g%h#i")
        << QByteArrayLiteral("http%3A%2F%2Fa.b%2Fc%3Fd%3De%26f%3Dg%25h%23i");
    QTest::newRow("e with diaeresis is its two UTF-8 bytes")
        << QStringLiteral("Zo\u00EB") << QByteArrayLiteral("Zo%C3%AB");
    QTest::newRow("an en dash is its three UTF-8 bytes")
        << QStringLiteral("\u2013") << QByteArrayLiteral("%E2%80%93");
    QTest::newRow("an emoji outside the BMP is its four UTF-8 bytes")
        << QString::fromUtf8("\xF0\x9F\x98\x80") << QByteArrayLiteral("%F0%9F%98%80");
    QTest::newRow("NUL, tab, newline and DEL are encoded")
        << QString::fromLatin1("\0\t\n\x7F", 4) << QByteArrayLiteral("%00%09%0A%7F");
    QTest::newRow("a backslash and a quote are encoded, not stripped")
        << QStringLiteral("C:\\\"x\"") << QByteArrayLiteral("C%3A%5C%22x%22");
}

void tst_FormEncoding::encodesLikePhp()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);

    QCOMPARE(imali::phpUrlEncode(value), encoded);
    QCOMPARE(qtRecipe(value), encoded);
}

void tst_FormEncoding::randomTextEncodesToSafeBytesAndDecodesBack()
{
    QRandomGenerator random(20240115);
    for (int iteration = 0; iteration < 500; ++iteration) {
        const QString key = QStringLiteral("k") + randomText(random, 8);
        const QString value = randomText(random, 40);
        const QByteArray encoded = imali::phpUrlEncode(value);

        for (const char c : encoded) {
            const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '-' || c == '+' || c == '%';
            if (!allowed)
                QFAIL(qPrintable(QStringLiteral("iteration %1: unexpected byte 0x%2 in %3")
                                     .arg(iteration)
                                     .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'))
                                     .arg(QString::fromLatin1(encoded))));
        }
        QCOMPARE(encoded, qtRecipe(value));

        const std::optional<FormFields> decoded = imali::parseForm(imali::phpUrlEncode(key) + '=' + encoded);
        QVERIFY2(decoded.has_value(),
                 qPrintable(QStringLiteral("iteration %1 did not parse").arg(iteration)));
        QCOMPARE(*decoded, (FormFields {{key, value}}));
    }
}

void tst_FormEncoding::parsesForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FormFields>("fields");

    QTest::newRow("an empty body is an empty list") << QByteArray() << FormFields();
    QTest::newRow("a plus decodes as a space")
        << QByteArrayLiteral("name_last=User+01")
        << FormFields {{QStringLiteral("name_last"), QStringLiteral("User 01")}};
    QTest::newRow("%2B decodes as a plus")
        << QByteArrayLiteral("email_address=zoe%2Bpay%40example.co.za")
        << FormFields {{QStringLiteral("email_address"), QStringLiteral("zoe+pay@example.co.za")}};
    QTest::newRow("lowercase hex escapes are accepted")
        << QByteArrayLiteral("a=%c3%ab") << FormFields {{QStringLiteral("a"), QStringLiteral("\u00EB")}};
    QTest::newRow("empty values are kept as empty strings")
        << QByteArrayLiteral("custom_str1=&custom_str2=&merchant_id=10000100")
        << FormFields {{QStringLiteral("custom_str1"), QString()},
                       {QStringLiteral("custom_str2"), QString()},
                       {QStringLiteral("merchant_id"), QStringLiteral("10000100")}};
    QTest::newRow("a pair without an equals sign is a key with an empty value")
        << QByteArrayLiteral("flag&a=1")
        << FormFields {{QStringLiteral("flag"), QString()}, {QStringLiteral("a"), QStringLiteral("1")}};
    QTest::newRow("an equals sign inside a value stays in the value")
        << QByteArrayLiteral("custom_str1=tenant=acme")
        << FormFields {{QStringLiteral("custom_str1"), QStringLiteral("tenant=acme")}};
    QTest::newRow("the order of the body is kept, not sorted")
        << QByteArrayLiteral("z=1&a=2&m=3")
        << FormFields {{QStringLiteral("z"), QStringLiteral("1")},
                       {QStringLiteral("a"), QStringLiteral("2")},
                       {QStringLiteral("m"), QStringLiteral("3")}};
    QTest::newRow("duplicate keys are all kept") << QByteArrayLiteral("a=1&a=2")
                                                 << FormFields {{QStringLiteral("a"), QStringLiteral("1")},
                                                                {QStringLiteral("a"), QStringLiteral("2")}};
    QTest::newRow("%00 decodes to a NUL character")
        << QByteArrayLiteral("a=x%00y") << FormFields {{QStringLiteral("a"), QString::fromLatin1("x\0y", 3)}};
    QTest::newRow("a leading byte order mark in a value is kept, not swallowed")
        << QByteArrayLiteral("a=%EF%BB%BFx") << FormFields {{QStringLiteral("a"), QStringLiteral("\uFEFFx")}};
    QTest::newRow("raw UTF-8 bytes that were not escaped are accepted")
        << QByteArray("a=Zo\xC3\xAB") << FormFields {{QStringLiteral("a"), QStringLiteral("Zo\u00EB")}};
    QTest::newRow("a four-byte sequence decodes to a surrogate pair")
        << QByteArrayLiteral("a=%F0%9F%98%80")
        << FormFields {{QStringLiteral("a"), QString::fromUtf8("\xF0\x9F\x98\x80")}};
}

void tst_FormEncoding::parsesForms()
{
    QFETCH(QByteArray, body);
    QFETCH(FormFields, fields);

    const std::optional<FormFields> parsed = imali::parseForm(body);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, fields);
}

void tst_FormEncoding::rejectsMalformedForms_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("a lone continuation byte is invalid UTF-8") << QByteArrayLiteral("a=%80");
    QTest::newRow("a truncated two-byte sequence is invalid UTF-8") << QByteArrayLiteral("a=%C3");
    QTest::newRow("an overlong encoding of a slash is invalid UTF-8") << QByteArrayLiteral("a=%C0%AF");
    QTest::newRow("an encoded surrogate is invalid UTF-8") << QByteArrayLiteral("a=%ED%A0%80");
    QTest::newRow("a code point above U+10FFFF is invalid UTF-8") << QByteArrayLiteral("a=%F4%90%80%80");
    QTest::newRow("a raw 0xFF byte is invalid UTF-8") << QByteArray("a=\xFF");
    QTest::newRow("invalid UTF-8 in a key is rejected too") << QByteArrayLiteral("%FE=1");
    QTest::newRow("a percent sign at the end is a bad escape") << QByteArrayLiteral("a=100%");
    QTest::newRow("a percent sign with one hex digit is a bad escape") << QByteArrayLiteral("a=%4");
    QTest::newRow("a percent sign with non-hex digits is a bad escape") << QByteArrayLiteral("a=%G1");
    QTest::newRow("a bad escape in a key is rejected too") << QByteArrayLiteral("a%zz=1");
    QTest::newRow("a pair with an empty key is rejected") << QByteArrayLiteral("=value");
    QTest::newRow("an empty pair between two ampersands is rejected") << QByteArrayLiteral("a=1&&b=2");
    QTest::newRow("a trailing ampersand is rejected") << QByteArrayLiteral("a=1&");
}

void tst_FormEncoding::rejectsMalformedForms()
{
    QFETCH(QByteArray, body);

    QVERIFY(!imali::parseForm(body).has_value());
    const imali::Result<FormFields> decoded = imali::decodeForm(body);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, imali::ErrorKind::Validation);
    QVERIFY(decoded.error().message.startsWith(QStringLiteral("form pair ")));
}

void tst_FormEncoding::encodesForms_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("no fields encode to an empty body") << FormFields() << QByteArray();
    QTest::newRow("pairs are joined with ampersands in the given order")
        << FormFields {{QStringLiteral("b"), QStringLiteral("1")}, {QStringLiteral("a"), QString()}}
        << QByteArrayLiteral("b=1&a=");
    QTest::newRow("keys and values are both PHP-encoded")
        << FormFields {{QStringLiteral("a b"), QStringLiteral("x&y=z")}}
        << QByteArrayLiteral("a+b=x%26y%3Dz");
}

void tst_FormEncoding::encodesForms()
{
    QFETCH(FormFields, fields);
    QFETCH(QByteArray, body);

    QCOMPARE(imali::encodeForm(fields), body);
    QCOMPARE(imali::parseForm(body), std::optional<FormFields>(fields));
}

QTEST_GUILESS_MAIN(tst_FormEncoding)
#include "tst_formencoding.moc"
