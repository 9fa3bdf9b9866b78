// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Crypto.h"
#include "crypto/RecoveryCode.h"

#include <QRegularExpression>
#include <QTest>

using namespace imali;

/** The ledger key's recovery code: its format, the spellings it forgives and the typos it catches. */
class tst_RecoveryCode : public QObject
{
    Q_OBJECT

private slots:
    void encodingIsStable_data();
    void encodingIsStable();
    void randomKeysRoundTrip_data();
    void randomKeysRoundTrip();
    void forgivingSpellingsDecode_data();
    void forgivingSpellingsDecode();
    void everySingleCharacterTypoIsDetected_data();
    void everySingleCharacterTypoIsDetected();
    void wrongLengthsAreNamed_data();
    void wrongLengthsAreNamed();
    void badCharactersAreNamed_data();
    void badCharactersAreNamed();
};

namespace
{

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QByteArray countingKey()
{
    QByteArray key(32, '\0');
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(i);
    return key;
}

QString stripHyphens(QString code)
{
    return code.remove(QLatin1Char('-'));
}

} // namespace

void tst_RecoveryCode::encodingIsStable_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("code");
    // Computed independently (Python); a code printed by one version must decode in every later one.
    QTest::newRow("the all-zero key encodes to the published code")
        << QByteArray(32, '\0')
        << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0006-CT0");
    QTest::newRow("the counting key encodes to the published code")
        << countingKey()
        << QStringLiteral("000G-40R4-0M30-E209-185G-R38E-1W81-24GK-2GAH-C5RR-34D1-P70X-3RFP-638");
    QTest::newRow("the all-ones key encodes to the published code")
        << QByteArray(32, '\xff')
        << QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZT-Z5G");
}

void tst_RecoveryCode::encodingIsStable()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, code);
    QCOMPARE(encodeRecoveryCode(key), code);
    const Result<QByteArray> decoded = decodeRecoveryCode(code);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded.value(), key);
}

void tst_RecoveryCode::randomKeysRoundTrip_data()
{
    QTest::addColumn<QByteArray>("key");
    for (int i = 1; i <= 50; ++i)
        QTest::addRow("random key %d survives encoding and decoding", i) << randomBytes(32);
}

void tst_RecoveryCode::randomKeysRoundTrip()
{
    QFETCH(QByteArray, key);
    const QString code = encodeRecoveryCode(key);
    static const QRegularExpression shape(
        QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{3}$"));
    QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
    QCOMPARE(stripHyphens(code).size(), kRecoveryCodeCharacters);
    const Result<QByteArray> decoded = decodeRecoveryCode(code);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded.value(), key);
}

void tst_RecoveryCode::forgivingSpellingsDecode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("key");

    // The counting key's code has plenty of 0s and 1s, which the aliases stand for.
    const QByteArray key = countingKey();
    const QString code = encodeRecoveryCode(key);
    QTest::newRow("the code in lower case decodes") << code.toLower() << key;
    QTest::newRow("the code in mixed case decodes")
        << QStringLiteral("000g-40R4-0m30-e209") + code.mid(19) << key;
    QTest::newRow("the code without hyphens decodes") << stripHyphens(code) << key;
    QTest::newRow("the code with spaces instead of hyphens decodes")
        << QString(code).replace(QLatin1Char('-'), QLatin1Char(' ')) << key;
    QTest::newRow("the code with spaces around its hyphens decodes")
        << QString(code).replace(QStringLiteral("-"), QStringLiteral(" - ")) << key;
    QTest::newRow("the code with surrounding whitespace and a line break decodes")
        << QStringLiteral("  ") + code.left(34) + QStringLiteral("\n") + code.mid(34) + QStringLiteral("\t ")
        << key;
    QTest::newRow("the code with en dashes from a word processor decodes")
        << QString(code).replace(QLatin1Char('-'), QChar(0x2013)) << key;
    QTest::newRow("the code with doubled hyphens decodes")
        << QString(code).replace(QStringLiteral("-"), QStringLiteral("--")) << key;
    QTest::newRow("upper-case I read as 1 decodes")
        << QString(code).replace(QLatin1Char('1'), QLatin1Char('I')) << key;
    QTest::newRow("lower-case i read as 1 decodes")
        << QString(code).replace(QLatin1Char('1'), QLatin1Char('i')) << key;
    QTest::newRow("upper-case L read as 1 decodes")
        << QString(code).replace(QLatin1Char('1'), QLatin1Char('L')) << key;
    QTest::newRow("lower-case l read as 1 decodes")
        << QString(code).replace(QLatin1Char('1'), QLatin1Char('l')) << key;
    QTest::newRow("upper-case O read as 0 decodes")
        << QString(code).replace(QLatin1Char('0'), QLatin1Char('O')) << key;
    QTest::newRow("lower-case o read as 0 decodes")
        << QString(code).replace(QLatin1Char('0'), QLatin1Char('o')) << key;
}

void tst_RecoveryCode::forgivingSpellingsDecode()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, key);
    QVERIFY2(typed != encodeRecoveryCode(key), "the row must differ from the canonical code");
    const Result<QByteArray> decoded = decodeRecoveryCode(typed);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded.value(), key);
}

void tst_RecoveryCode::everySingleCharacterTypoIsDetected_data()
{
    QTest::addColumn<QByteArray>("key");
    // Fixed keys keep the test deterministic: a truncated SHA-256 misses a given typo with
    // probability 2^-16, so with 1,705 typos per code a random key would fail now and then.
    QTest::newRow("every typo in the all-zero key's code is caught") << QByteArray(32, '\0');
    QTest::newRow("every typo in the counting key's code is caught") << countingKey();
    QTest::newRow("every typo in the all-ones key's code is caught") << QByteArray(32, '\xff');
    QTest::newRow("every typo in an arbitrary fixed key's code is caught") << QByteArray::fromHex(
        QByteArrayLiteral("7d1c0f3e9a2b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5"));
}

void tst_RecoveryCode::everySingleCharacterTypoIsDetected()
{
    QFETCH(QByteArray, key);
    const QString code = stripHyphens(encodeRecoveryCode(key));
    const QString expected = QStringLiteral("the recovery code has a typo: its checksum does not match");
    int typos = 0;
    for (int position = 0; position < code.size(); ++position) {
        for (const QChar replacement : kAlphabet) {
            if (replacement == code.at(position))
                continue;
            QString typo = code;
            typo[position] = replacement;
            const Result<QByteArray> decoded = decodeRecoveryCode(typo);
            if (decoded.ok())
                QFAIL(qPrintable(QStringLiteral("%1 instead of %2 at position %3 went unnoticed")
                                     .arg(replacement)
                                     .arg(code.at(position))
                                     .arg(position + 1)));
            QCOMPARE(decoded.error().kind, ErrorKind::Validation);
            QCOMPARE(decoded.error().message, expected);
            ++typos;
        }
    }
    QCOMPARE(typos, kRecoveryCodeCharacters * 31);
}

void tst_RecoveryCode::wrongLengthsAreNamed_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    const QString code = encodeRecoveryCode(countingKey());
    const QString bare = stripHyphens(code);
    QTest::newRow("an empty code is refused with its length")
        << QString() << QStringLiteral("the recovery code has 0 characters; expected 55");
    QTest::newRow("only hyphens and spaces is refused with its length")
        << QStringLiteral(" - - ") << QStringLiteral("the recovery code has 0 characters; expected 55");
    QTest::newRow("a code missing its last character is refused with its length")
        << code.chopped(1) << QStringLiteral("the recovery code has 54 characters; expected 55");
    QTest::newRow("a code missing its last group is refused with its length")
        << code.chopped(4) << QStringLiteral("the recovery code has 52 characters; expected 55");
    QTest::newRow("a code with one character too many is refused with its length")
        << code + QLatin1Char('0') << QStringLiteral("the recovery code has 56 characters; expected 55");
    QTest::newRow("a code pasted twice is refused with its length")
        << code + code << QStringLiteral("the recovery code has 110 characters; expected 55");
    QTest::newRow("a code with a skipped character in the middle is refused with its length")
        << bare.left(20) + bare.mid(21) << QStringLiteral("the recovery code has 54 characters; expected 55");
}

void tst_RecoveryCode::wrongLengthsAreNamed()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const Result<QByteArray> decoded = decodeRecoveryCode(typed);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, ErrorKind::Validation);
    QCOMPARE(decoded.error().message, message);
}

void tst_RecoveryCode::badCharactersAreNamed_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    const QString code = encodeRecoveryCode(countingKey());
    const auto withAt = [&code](int index, const QString& replacement) {
        return code.left(index) + replacement + code.mid(index + 1);
    };
    QTest::newRow("a U is named with its position")
        << withAt(5, QStringLiteral("U"))
        << QStringLiteral("the recovery code has an invalid character 'U' at position 6");
    QTest::newRow("a lower-case u is named as typed")
        << withAt(0, QStringLiteral("u"))
        << QStringLiteral("the recovery code has an invalid character 'u' at position 1");
    QTest::newRow("punctuation is named with its position")
        << withAt(67, QStringLiteral("!"))
        << QStringLiteral("the recovery code has an invalid character '!' at position 68");
    QTest::newRow("an accented letter is named with its position")
        << withAt(10, QStringLiteral("\u00e9"))
        << QStringLiteral("the recovery code has an invalid character '\u00e9' at position 11");
    QTest::newRow("an emoji counts as one character in the position") << QStringLiteral("\U0001F600X")
            + code << QStringLiteral("the recovery code has an invalid character '\U0001F600' at position 1");
    QTest::newRow("a lone surrogate half is named by its code point")
        << withAt(2, QString(QChar(0xD800)))
        << QStringLiteral("the recovery code has an invalid character U+D800 at position 3");
    QTest::newRow("an invisible control character is named by its code point")
        << withAt(3, QString(QChar(0x0007)))
        << QStringLiteral("the recovery code has an invalid character U+0007 at position 4");
    QTest::newRow("an underscore instead of a hyphen is named")
        << withAt(4, QStringLiteral("_"))
        << QStringLiteral("the recovery code has an invalid character '_' at position 5");
    QTest::newRow("the first of several bad characters is the one named")
        << QStringLiteral("ab*d-#fgh")
        << QStringLiteral("the recovery code has an invalid character '*' at position 3");
}

void tst_RecoveryCode::badCharactersAreNamed()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const Result<QByteArray> decoded = decodeRecoveryCode(typed);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, ErrorKind::Validation);
    QCOMPARE(decoded.error().message, message);
}

QTEST_GUILESS_MAIN(tst_RecoveryCode)
#include "tst_recoverycode.moc"
