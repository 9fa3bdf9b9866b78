// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Crypto.h"

#include <QTest>

using namespace imali;

/** AES-256-GCM sealing, HMAC-SHA256 and the helpers around them, against published vectors. */
class tst_Crypto : public QObject
{
    Q_OBJECT

private slots:
    void randomBytesHaveTheRequestedSize_data();
    void randomBytesHaveTheRequestedSize();
    void sealThenOpenRoundTrips_data();
    void sealThenOpenRoundTrips();
    void aesGcmMatchesPublishedVectors_data();
    void aesGcmMatchesPublishedVectors();
    void hmacMatchesPublishedVectors_data();
    void hmacMatchesPublishedVectors();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void everyBitFlipAndTruncationIsDetected_data();
    void everyBitFlipAndTruncationIsDetected();
    void openRefusesKeysOfTheWrongSize_data();
    void openRefusesKeysOfTheWrongSize();
    void twoSealsUseDifferentNonces_data();
    void twoSealsUseDifferentNonces();
    void constantTimeEqualsComparesContents_data();
    void constantTimeEqualsComparesContents();
    void derivedKeysAreIndependentPerLabel_data();
    void derivedKeysAreIndependentPerLabel();
    void secureZeroEmptiesTheArray_data();
    void secureZeroEmptiesTheArray();
};

namespace
{

const QByteArray kRecordId = QByteArrayLiteral("txn:0b7c1e52-9d1f-4b8e-a0f4-2f6f3b1d9e77");

QByteArray testKey()
{
    return QByteArray::fromHex(
        QByteArrayLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
}

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit)
{
    bytes[index] = char(bytes.at(index) ^ (1 << bit));
    return bytes;
}

// An Error must never carry the key, in any of the spellings a log might show.
void verifyNoKeyIn(const QString& message, const QByteArray& key)
{
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(QString::fromLatin1(key.toHex()), Qt::CaseInsensitive));
    QVERIFY(!message.contains(QString::fromLatin1(key.toBase64())));
}

} // namespace

void tst_Crypto::randomBytesHaveTheRequestedSize_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("asking for no bytes gives an empty array") << 0;
    QTest::newRow("asking for one byte gives one byte") << 1;
    QTest::newRow("asking for a GCM nonce gives 12 bytes") << 12;
    QTest::newRow("asking for a ledger key gives 32 bytes") << 32;
    QTest::newRow("asking for a large buffer gives all of it") << 100000;
}

void tst_Crypto::randomBytesHaveTheRequestedSize()
{
    QFETCH(int, size);
    const QByteArray first = randomBytes(size);
    const QByteArray second = randomBytes(size);
    QCOMPARE(first.size(), size);
    QCOMPARE(second.size(), size);
    // Two draws of 12 bytes or more colliding would mean a broken generator.
    if (size >= 12)
        QVERIFY(first != second);
}

void tst_Crypto::sealThenOpenRoundTrips_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("associatedData");
    QTest::newRow("an empty plaintext with no associated data round-trips") << QByteArray() << QByteArray();
    QTest::newRow("a token sealed to its record id round-trips")
        << QByteArrayLiteral("9a6d2c5e-token-7f0b") << kRecordId;
    QTest::newRow("binary with NUL bytes round-trips")
        << QByteArray("\0\1\2\0\377", 5) << QByteArrayLiteral("id");
    QTest::newRow("exactly one AES block round-trips") << QByteArray(16, 'x') << kRecordId;
    QTest::newRow("a megabyte notification round-trips") << randomBytes(1 << 20) << kRecordId;
}

void tst_Crypto::sealThenOpenRoundTrips()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, associatedData);
    const QByteArray sealed = seal(testKey(), plaintext, associatedData);
    QCOMPARE(sealed.size(), plaintext.size() + 1 + 12 + 16);
    QCOMPARE(sealed.at(0), '\x01');
    if (plaintext.size() >= 8)
        QVERIFY(!sealed.contains(plaintext));
    const Result<QByteArray> opened = open(testKey(), sealed, associatedData);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value(), plaintext);
}

void tst_Crypto::aesGcmMatchesPublishedVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("associatedData");
    QTest::addColumn<QByteArray>("cipherText");
    QTest::addColumn<QByteArray>("tag");

    // McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", test cases 13 to 16.
    const QByteArray zeroKey(32, '\0');
    const QByteArray key = QByteArray::fromHex(
        QByteArrayLiteral("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
    const QByteArray nonce = QByteArray::fromHex(QByteArrayLiteral("cafebabefacedbaddecaf888"));
    const QByteArray plain64 = QByteArray::fromHex(
        QByteArrayLiteral("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                          "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255"));
    const QByteArray cipher64 = QByteArray::fromHex(
        QByteArrayLiteral("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                          "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"));

    QTest::newRow("test case 13 (an empty message under the zero key) gives the published tag")
        << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray() << QByteArray()
        << QByteArray::fromHex(QByteArrayLiteral("530f8afbc74536b9a963b4f1c4cb738b"));
    QTest::newRow("test case 14 (one zero block under the zero key) gives the published output")
        << zeroKey << QByteArray(12, '\0') << QByteArray(16, '\0') << QByteArray()
        << QByteArray::fromHex(QByteArrayLiteral("cea7403d4d606b6e074ec5d3baf39d18"))
        << QByteArray::fromHex(QByteArrayLiteral("d0d1c8a799996bf0265b98b5d48ab919"));
    QTest::newRow("test case 15 (64 bytes, no associated data) gives the published output")
        << key << nonce << plain64 << QByteArray() << cipher64
        << QByteArray::fromHex(QByteArrayLiteral("b094dac5d93471bdec1a502270e3cc6c"));
    QTest::newRow("test case 16 (60 bytes with 20 bytes of associated data) gives the published output")
        << key << nonce << plain64.left(60)
        << QByteArray::fromHex(QByteArrayLiteral("feedfacedeadbeeffeedfacedeadbeefabaddad2"))
        << cipher64.left(60) << QByteArray::fromHex(QByteArrayLiteral("76fc6ece0f4e1768cddf8853bb2d551b"));
}

void tst_Crypto::aesGcmMatchesPublishedVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, associatedData);
    QFETCH(QByteArray, cipherText);
    QFETCH(QByteArray, tag);

    const QByteArray expected = QByteArrayLiteral("\x01") + nonce + cipherText + tag;
    const QByteArray sealed = detail::sealWithNonce(key, nonce, plaintext, associatedData);
    QCOMPARE(sealed.toHex(), expected.toHex());

    const Result<QByteArray> opened = open(key, expected, associatedData);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value(), plaintext);
}

void tst_Crypto::hmacMatchesPublishedVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("mac");

    QTest::newRow("RFC 4231 test case 1 (a 20-byte key) gives the published MAC")
        << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
        << QByteArray::fromHex(
               QByteArrayLiteral("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    QTest::newRow("RFC 4231 test case 2 (a key shorter than the output) gives the published MAC")
        << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
        << QByteArray::fromHex(
               QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QTest::newRow("RFC 4231 test case 6 (a key longer than a block) gives the published MAC")
        << QByteArray(131, '\xaa')
        << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray::fromHex(
               QByteArrayLiteral("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    // Value from Python's hmac module; guards the null-pointer edge of EVP_MAC_init.
    QTest::newRow("an empty key and an empty message still give a MAC")
        << QByteArray() << QByteArray()
        << QByteArray::fromHex(
               QByteArrayLiteral("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
}

void tst_Crypto::hmacMatchesPublishedVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, mac);
    QCOMPARE(hmacSha256(key, message).toHex(), mac.toHex());
}

void tst_Crypto::tamperingIsDetected_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<QByteArray>("associatedData");

    const QByteArray key = testKey();
    const QByteArray sealed = seal(key, QByteArrayLiteral("tok_live_5f3a9c1e77b24d08"), kRecordId);
    const qsizetype tagStart = sealed.size() - 16;

    QTest::newRow("a flipped bit in the version byte is refused")
        << key << flipBit(sealed, 0, 1) << kRecordId;
    QTest::newRow("a flipped first bit of the nonce is detected")
        << key << flipBit(sealed, 1, 0) << kRecordId;
    QTest::newRow("a flipped last bit of the nonce is detected")
        << key << flipBit(sealed, 12, 7) << kRecordId;
    QTest::newRow("a flipped first bit of the ciphertext is detected")
        << key << flipBit(sealed, 13, 0) << kRecordId;
    QTest::newRow("a flipped last bit of the ciphertext is detected")
        << key << flipBit(sealed, tagStart - 1, 7) << kRecordId;
    QTest::newRow("a flipped first bit of the tag is detected")
        << key << flipBit(sealed, tagStart, 0) << kRecordId;
    QTest::newRow("a flipped last bit of the tag is detected")
        << key << flipBit(sealed, sealed.size() - 1, 7) << kRecordId;
    QTest::newRow("another record's id as associated data is detected")
        << key << sealed << QByteArrayLiteral("txn:0b7c1e52-9d1f-4b8e-a0f4-2f6f3b1d9e78");
    QTest::newRow("no associated data instead of the record's id is detected")
        << key << sealed << QByteArray();
    QTest::newRow("another random key is detected") << randomBytes(32) << sealed << kRecordId;
    QTest::newRow("a key that differs in one bit is detected") << flipBit(key, 31, 0) << sealed << kRecordId;
    QTest::newRow("a missing last byte is detected") << key << sealed.chopped(1) << kRecordId;
    QTest::newRow("a missing tag is detected") << key << sealed.chopped(16) << kRecordId;
    QTest::newRow("a lone header is detected") << key << sealed.left(13) << kRecordId;
    QTest::newRow("a lone version byte is detected") << key << sealed.left(1) << kRecordId;
    QTest::newRow("an empty input is detected") << key << QByteArray() << kRecordId;
    QTest::newRow("an extra trailing byte is detected") << key << sealed + '\0' << kRecordId;
    QTest::newRow("a ciphertext moved to another nonce is detected")
        << key << QByteArrayLiteral("\x01") + randomBytes(12) + sealed.mid(13) << kRecordId;
}

void tst_Crypto::tamperingIsDetected()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, sealed);
    QFETCH(QByteArray, associatedData);
    const Result<QByteArray> opened = open(key, sealed, associatedData);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Integrity);
    verifyNoKeyIn(opened.error().message, key);
    verifyNoKeyIn(opened.error().message, testKey());
}

void tst_Crypto::everyBitFlipAndTruncationIsDetected_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("a sealed empty plaintext resists every change") << QByteArray();
    QTest::newRow("a sealed one-byte plaintext resists every change") << QByteArrayLiteral("x");
    QTest::newRow("a sealed 40-byte plaintext resists every change") << QByteArray(40, 'p');
}

void tst_Crypto::everyBitFlipAndTruncationIsDetected()
{
    QFETCH(QByteArray, plaintext);
    const QByteArray sealed = seal(testKey(), plaintext, kRecordId);
    for (qsizetype index = 0; index < sealed.size(); ++index) {
        for (int bit = 0; bit < 8; ++bit) {
            const Result<QByteArray> opened = open(testKey(), flipBit(sealed, index, bit), kRecordId);
            if (opened.ok())
                QFAIL(qPrintable(
                    QStringLiteral("a flip of bit %1 of byte %2 went unnoticed").arg(bit).arg(index)));
            QCOMPARE(opened.error().kind, ErrorKind::Integrity);
        }
    }
    for (qsizetype length = 0; length < sealed.size(); ++length) {
        const Result<QByteArray> opened = open(testKey(), sealed.left(length), kRecordId);
        if (opened.ok())
            QFAIL(qPrintable(QStringLiteral("a truncation to %1 bytes went unnoticed").arg(length)));
        QCOMPARE(opened.error().kind, ErrorKind::Integrity);
    }
}

void tst_Crypto::openRefusesKeysOfTheWrongSize_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("an empty key is refused") << QByteArray();
    QTest::newRow("a 16-byte AES-128 key is refused") << QByteArray(16, 'k');
    QTest::newRow("a key one byte short is refused") << testKey().chopped(1);
    QTest::newRow("a key one byte long is refused") << testKey() + 'k';
    QTest::newRow("a key as 64 hex characters is refused") << testKey().toHex();
}

void tst_Crypto::openRefusesKeysOfTheWrongSize()
{
    QFETCH(QByteArray, key);
    const QByteArray sealed = seal(testKey(), QByteArrayLiteral("secret"), kRecordId);
    const Result<QByteArray> opened = open(key, sealed, kRecordId);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Validation);
    verifyNoKeyIn(opened.error().message, testKey());
    if (key.size() >= 8)
        verifyNoKeyIn(opened.error().message, key);
}

void tst_Crypto::twoSealsUseDifferentNonces_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("sealing an empty plaintext twice gives two different outputs") << QByteArray();
    QTest::newRow("sealing the same token twice gives two different outputs")
        << QByteArrayLiteral("same token");
}

void tst_Crypto::twoSealsUseDifferentNonces()
{
    QFETCH(QByteArray, plaintext);
    const QByteArray first = seal(testKey(), plaintext, kRecordId);
    const QByteArray second = seal(testKey(), plaintext, kRecordId);
    QVERIFY(first.mid(1, 12) != second.mid(1, 12));
    QVERIFY(first.mid(13) != second.mid(13));
    QCOMPARE(open(testKey(), first, kRecordId).value(), plaintext);
    QCOMPARE(open(testKey(), second, kRecordId).value(), plaintext);
}

void tst_Crypto::constantTimeEqualsComparesContents_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    const QByteArray mac = hmacSha256(testKey(), QByteArrayLiteral("entry"));
    QTest::newRow("two empty arrays are equal") << QByteArray() << QByteArray() << true;
    QTest::newRow("a MAC equals itself") << mac << QByteArray(mac) << true;
    QTest::newRow("MACs differing in the last bit are unequal") << mac << flipBit(mac, 31, 0) << false;
    QTest::newRow("MACs differing in the first bit are unequal") << mac << flipBit(mac, 0, 7) << false;
    QTest::newRow("a prefix of a MAC is unequal") << mac << mac.left(16) << false;
    QTest::newRow("an empty array and a MAC are unequal") << QByteArray() << mac << false;
}

void tst_Crypto::constantTimeEqualsComparesContents()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(constantTimeEquals(a, b), equal);
    QCOMPARE(constantTimeEquals(b, a), equal);
}

void tst_Crypto::derivedKeysAreIndependentPerLabel_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("otherLabel");
    QTest::newRow("the audit key differs from the encryption key")
        << QByteArrayLiteral("imali audit mac v1") << QByteArrayLiteral("imali encryption v1");
    QTest::newRow("labels differing in one character give different keys")
        << QByteArrayLiteral("imali audit mac v1") << QByteArrayLiteral("imali audit mac v2");
    QTest::newRow("an empty label differs from a non-empty one") << QByteArray() << QByteArrayLiteral("x");
}

void tst_Crypto::derivedKeysAreIndependentPerLabel()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, otherLabel);
    const QByteArray derived = deriveKey(testKey(), label);
    QCOMPARE(derived.size(), 32);
    QCOMPARE(derived, hmacSha256(testKey(), label));
    QCOMPARE(deriveKey(testKey(), label), derived);
    QVERIFY(derived != deriveKey(testKey(), otherLabel));
    QVERIFY(derived != testKey());
    QVERIFY(derived != deriveKey(flipBit(testKey(), 0, 0), label));
    // A derived key is a valid sealing key.
    QCOMPARE(open(derived, seal(derived, label, otherLabel), otherLabel).value(), label);
}

void tst_Crypto::secureZeroEmptiesTheArray_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("a key is wiped and emptied") << testKey();
    QTest::newRow("an empty array stays empty") << QByteArray();
    QTest::newRow("a large buffer is wiped and emptied") << QByteArray(1 << 16, 's');
}

void tst_Crypto::secureZeroEmptiesTheArray()
{
    QFETCH(QByteArray, secret);
    QByteArray original(secret.constData(), secret.size()); // a deep copy, unaffected
    QByteArray shared = secret; // shares secret's buffer
    secureZero(secret);
    QVERIFY(secret.isEmpty());
    // Documented behaviour: a shared buffer is detached, never wiped under another owner.
    QCOMPARE(shared, original);
    secureZero(shared);
    QVERIFY(shared.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Crypto)
#include "tst_crypto.moc"
