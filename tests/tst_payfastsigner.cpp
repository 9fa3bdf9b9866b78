// SPDX-License-Identifier: GPL-3.0-or-later
#include "payfast/PayFastSigner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <iterator>

using imali::FormFields;

namespace {

/// The vectors live outside the source tree (shared with the other implementations), so their folder
/// comes from the environment first and from the build system second.
QString vectorsFile()
{
    QString dir = qEnvironmentVariable("IMALI_VECTORS_DIR");
#ifdef IMALI_SHARED_DIR
    if (dir.isEmpty())
        dir = QStringLiteral(IMALI_SHARED_DIR);
#endif
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("payfast-vectors.json"));
}

/// JSON numbers in the API vectors sign as their decimal text, as PHP's http_build_query prints them.
QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    const qint64 whole = value.toInteger();
    if (static_cast<double>(whole) == value.toDouble())
        return QString::number(whole);
    return QString::number(value.toDouble(), 'g', 17);
}

FormFields pairsFrom(const QJsonArray& array)
{
    FormFields fields;
    for (const QJsonValue pair : array)
        fields.append({pair.toArray().at(0).toString(), scalarText(pair.toArray().at(1))});
    return fields;
}

FormFields pairsFrom(const QJsonObject& object)
{
    FormFields fields;
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.append({it.key(), scalarText(it.value())});
    return fields;
}

QByteArray rowName(const QJsonObject& vector, const QString& suffix = QString())
{
    return (vector.value(QStringLiteral("id")).toString() + QLatin1Char(' ')
            + vector.value(QStringLiteral("description")).toString() + suffix)
        .toUtf8();
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

// Independent encoders for building wrongly signed inputs: the test must not reuse the code under test.
QByteArray phpEncode(const QString& value)
{
    return value.toUtf8().toPercentEncoding(QByteArray(), QByteArrayLiteral("~")).replace("%20", "+");
}

QByteArray uriComponentEncode(const QString& value)
{
    return value.toUtf8().toPercentEncoding(QByteArrayLiteral("!'()*"));
}

QByteArray join(const FormFields& fields, QByteArray (*encode)(const QString&))
{
    QByteArrayList pairs;
    for (const auto& [key, value] : fields)
        pairs.append(key.toUtf8() + '=' + encode(value));
    return pairs.join('&');
}

QString valueOf(const FormFields& fields, const QString& key)
{
    for (const auto& [k, v] : fields) {
        if (k == key)
            return v;
    }
    return QString();
}

FormFields withoutSignature(const FormFields& fields)
{
    FormFields out;
    for (const auto& field : fields) {
        if (field.first != QLatin1String("signature"))
            out.append(field);
    }
    return out;
}

FormFields withSignature(FormFields fields, const QByteArray& signature)
{
    fields = withoutSignature(fields);
    fields.append({QStringLiteral("signature"), QString::fromLatin1(signature)});
    return fields;
}

QByteArray withPassphrase(const QByteArray& canonical, const QString& passphrase)
{
    return canonical + QByteArrayLiteral("&passphrase=") + phpEncode(passphrase);
}

template<typename T>
void shuffle(QList<T>& list, QRandomGenerator& random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, random.bounded(i + 1));
}

QString randomValue(QRandomGenerator& random)
{
    static const QString alphabet =
        QStringLiteral("abcXYZ019 _.-~!'()*/:@&=+%#\\\"\t\u00EB\u00E9\u2013\u00D7")
        + QString::fromUtf8("\xF0\x9F\x98\x80");
    QString value;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i)
        value.append(alphabet.at(random.bounded(alphabet.size())));
    return value;
}

} // namespace

/** Checks the checkout, ITN and API signers and the signature doctor against the shared vectors. */
class tst_PayFastSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void checkoutVectors_data();
    void checkoutVectors();
    void itnVectors_data();
    void itnVectors();
    void apiVectors_data();
    void apiVectors();
    void divergentImplementationsAreExplained_data();
    void divergentImplementationsAreExplained();

    void checkoutSignatureIgnoresInputOrderAndUndocumentedFields();
    void itnSignatureChangesWhenFieldsAreReordered();
    void apiSignatureIgnoresInputOrder();
    void emptyPassphraseMeansNoPassphrase();
    void signingRules_data();
    void signingRules();

    void signaturesEqual_data();
    void signaturesEqual();

    void diagnoseItn_data();
    void diagnoseItn();
    void diagnoseItnNamesAHashedRawBody();
    void diagnoseCheckout_data();
    void diagnoseCheckout();

private:
    QList<QJsonObject> vectorsOfKind(const QString& kind) const;
    QJsonObject vector(const QString& id) const;

    QList<QJsonObject> m_vectors;
};

void tst_PayFastSigner::initTestCase()
{
    const QString path = vectorsFile();
    QVERIFY2(!path.isEmpty(), "set IMALI_VECTORS_DIR to the folder holding payfast-vectors.json");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(": ") + file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const QJsonArray vectors = document.object().value(QStringLiteral("vectors")).toArray();
    for (const QJsonValue value : vectors)
        m_vectors.append(value.toObject());
    // Each kind has its own data-driven test; a vector of an unknown kind would silently go untested.
    for (const QJsonObject& v : std::as_const(m_vectors)) {
        const QString kind = v.value(QStringLiteral("kind")).toString();
        QVERIFY2(kind == QLatin1String("checkout") || kind == QLatin1String("itn")
                     || kind == QLatin1String("api"),
                 qPrintable(QStringLiteral("unknown kind in ") + v.value(QStringLiteral("id")).toString()));
    }
    QVERIFY(!vectorsOfKind(QStringLiteral("checkout")).isEmpty());
    QVERIFY(!vectorsOfKind(QStringLiteral("itn")).isEmpty());
    QVERIFY(!vectorsOfKind(QStringLiteral("api")).isEmpty());
}

QList<QJsonObject> tst_PayFastSigner::vectorsOfKind(const QString& kind) const
{
    QList<QJsonObject> out;
    std::copy_if(m_vectors.begin(), m_vectors.end(), std::back_inserter(out), [&kind](const QJsonObject& v) {
        return v.value(QStringLiteral("kind")).toString() == kind;
    });
    return out;
}

QJsonObject tst_PayFastSigner::vector(const QString& id) const
{
    for (const QJsonObject& v : m_vectors) {
        if (v.value(QStringLiteral("id")).toString() == id)
            return v;
    }
    return {};
}

void tst_PayFastSigner::checkoutVectors_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("expectedString");
    QTest::addColumn<QByteArray>("expectedSignature");

    for (const QJsonObject& v : vectorsOfKind(QStringLiteral("checkout"))) {
        QTest::newRow(rowName(v).constData())
            << pairsFrom(v.value(QStringLiteral("fields")).toArray())
            << v.value(QStringLiteral("passphrase")).toString()
            << v.value(QStringLiteral("expected_param_string")).toString().toUtf8()
            << v.value(QStringLiteral("expected_signature")).toString().toUtf8();
    }
}

void tst_PayFastSigner::checkoutVectors()
{
    QFETCH(FormFields, fields);
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, expectedString);
    QFETCH(QByteArray, expectedSignature);

    const imali::SignedString signedString = imali::signCheckout(fields, passphrase);
    QCOMPARE(signedString.canonical, expectedString);
    QCOMPARE(signedString.signature, expectedSignature);
    QCOMPARE(imali::signPayFast(imali::SignatureKind::Checkout, fields, passphrase).signature,
             expectedSignature);

    // The masked string is the canonical one with only the passphrase value hidden.
    const QString secret = passphrase.trimmed();
    if (!secret.isEmpty()) {
        const QByteArray encodedSecret = phpEncode(secret);
        QVERIFY(expectedString.endsWith(QByteArrayLiteral("&passphrase=") + encodedSecret));
        QCOMPARE(signedString.maskedCanonical,
                 expectedString.chopped(encodedSecret.size()) + QByteArrayLiteral("***"));
    } else {
        QCOMPARE(signedString.maskedCanonical, expectedString);
    }
}

void tst_PayFastSigner::itnVectors_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("expectedString");
    QTest::addColumn<QByteArray>("expectedSignature");
    QTest::addColumn<bool>("expectedValid");
    QTest::addColumn<QByteArray>("expectedValidateBody");

    for (const QJsonObject& v : vectorsOfKind(QStringLiteral("itn"))) {
        const FormFields fields = pairsFrom(v.value(QStringLiteral("fields")).toArray());
        // The posted signature is the one inside the fields; the vector repeats it for clarity.
        QCOMPARE(valueOf(fields, QStringLiteral("signature")),
                 v.value(QStringLiteral("posted_signature")).toString());
        QTest::newRow(rowName(v).constData())
            << fields << v.value(QStringLiteral("passphrase")).toString()
            << v.value(QStringLiteral("expected_param_string")).toString().toUtf8()
            << v.value(QStringLiteral("expected_signature")).toString().toUtf8()
            << v.value(QStringLiteral("expected_signature_valid")).toBool()
            << v.value(QStringLiteral("validate_post_body")).toString().toUtf8();
    }
}

void tst_PayFastSigner::itnVectors()
{
    QFETCH(FormFields, fields);
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, expectedString);
    QFETCH(QByteArray, expectedSignature);
    QFETCH(bool, expectedValid);
    QFETCH(QByteArray, expectedValidateBody);

    const imali::SignedString signedString = imali::signItn(fields, passphrase);
    QCOMPARE(signedString.canonical, expectedString);
    QCOMPARE(signedString.signature, expectedSignature);
    QCOMPARE(imali::verifyItn(fields, passphrase), expectedValid);
    QCOMPARE(imali::validatePostBody(fields), expectedValidateBody);
    QVERIFY(!signedString.maskedCanonical.contains(phpEncode(passphrase)) || passphrase.isEmpty());

    // The same ITN as PayFast posts it on the wire: encoded, then parsed back by our own parser.
    const std::optional<FormFields> received = imali::parseForm(imali::encodeForm(fields));
    QVERIFY(received.has_value());
    QCOMPARE(*received, fields);
    QCOMPARE(imali::verifyItn(*received, passphrase), expectedValid);

    const QString diagnosis = imali::diagnoseItn(fields, passphrase).join(QLatin1Char(' '));
    QCOMPARE(diagnosis.contains(QStringLiteral("is valid")), expectedValid);
}

void tst_PayFastSigner::apiVectors_data()
{
    QTest::addColumn<FormFields>("headers");
    QTest::addColumn<FormFields>("query");
    QTest::addColumn<FormFields>("body");
    QTest::addColumn<FormFields>("flatFields");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("expectedString");
    QTest::addColumn<QByteArray>("expectedSignature");

    for (const QJsonObject& v : vectorsOfKind(QStringLiteral("api"))) {
        QTest::newRow(rowName(v).constData())
            << pairsFrom(v.value(QStringLiteral("headers")).toArray())
            << pairsFrom(v.value(QStringLiteral("query")).toArray())
            << pairsFrom(v.value(QStringLiteral("body_json")).toObject())
            << pairsFrom(v.value(QStringLiteral("fields")).toArray())
            << v.value(QStringLiteral("passphrase")).toString()
            << v.value(QStringLiteral("expected_param_string")).toString().toUtf8()
            << v.value(QStringLiteral("expected_signature")).toString().toUtf8();
    }
}

void tst_PayFastSigner::apiVectors()
{
    QFETCH(FormFields, headers);
    QFETCH(FormFields, query);
    QFETCH(FormFields, body);
    QFETCH(FormFields, flatFields);
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, expectedString);
    QFETCH(QByteArray, expectedSignature);

    const imali::SignedString signedString = imali::signApi(headers, query, body, passphrase);
    QCOMPARE(signedString.canonical, expectedString);
    QCOMPARE(signedString.signature, expectedSignature);
    QCOMPARE(imali::signPayFast(imali::SignatureKind::Api, flatFields, passphrase).signature,
             expectedSignature);
    QVERIFY(signedString.maskedCanonical.contains(QByteArrayLiteral("passphrase=***")));
    QVERIFY(!signedString.maskedCanonical.contains(phpEncode(passphrase)));

    // Sandbox requests add ?testing=true, which is never signed.
    FormFields sandboxQuery = query;
    sandboxQuery.append({QStringLiteral("testing"), QStringLiteral("true")});
    QCOMPARE(imali::signApi(headers, sandboxQuery, body, passphrase).signature, expectedSignature);
}

void tst_PayFastSigner::divergentImplementationsAreExplained_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("theirSignature");
    QTest::addColumn<QString>("expectedCause");

    // What the protocol doc §6 says each divergence comes from, so the doctor must name it.
    const QList<std::pair<QString, QString>> causes {
        {QStringLiteral("C17 payfast-php-sdk"), QStringLiteral("\"0\" were dropped")},
        {QStringLiteral("C28 payfast-php-sdk"), QStringLiteral("\"0\" were dropped")},
        {QStringLiteral("C23 payfast-php-sdk"), QStringLiteral("URL-encoded twice")},
        {QStringLiteral("C33 payfast-php-sdk"), QStringLiteral("caller's order instead")},
        {QStringLiteral("C33 node-payfast"), QStringLiteral("merchant_id and merchant_key moved first")},
        {QStringLiteral("C05 node-payfast"), QStringLiteral("encodeURIComponent")},
        {QStringLiteral("C08 node-payfast"), QStringLiteral("encodeURIComponent")},
        {QStringLiteral("C29 node-payfast"), QStringLiteral("encodeURIComponent")},
        {QStringLiteral("I10 payfast-php-sdk"), QStringLiteral("stripslashes()")},
    };
    for (const QJsonObject& v : m_vectors) {
        const QJsonObject others = v.value(QStringLiteral("other_implementations")).toObject();
        for (auto it = others.begin(); it != others.end(); ++it) {
            const QJsonObject other = it.value().toObject();
            if (other.value(QStringLiteral("agrees")).toBool())
                continue;
            const QString id = v.value(QStringLiteral("id")).toString();
            QString cause;
            for (const auto& [prefix, text] : causes) {
                if ((id + QLatin1Char(' ') + it.key()).startsWith(prefix))
                    cause = text;
            }
            QTest::newRow(
                (id + QStringLiteral(": what ") + it.key() + QStringLiteral(" computes is explained"))
                    .toUtf8()
                    .constData())
                << v.value(QStringLiteral("kind")).toString()
                << pairsFrom(v.value(QStringLiteral("fields")).toArray())
                << v.value(QStringLiteral("passphrase")).toString()
                << other.value(QStringLiteral("signature")).toString().toUtf8() << cause;
        }
    }
}

void tst_PayFastSigner::divergentImplementationsAreExplained()
{
    QFETCH(QString, kind);
    QFETCH(FormFields, fields);
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, theirSignature);
    QFETCH(QString, expectedCause);

    const QStringList sentences = kind == QLatin1String("itn")
        ? imali::diagnoseItn(withSignature(fields, theirSignature), passphrase)
        : imali::diagnoseCheckout(fields, passphrase, theirSignature);
    const QString diagnosis = sentences.join(QLatin1Char(' '));
    QVERIFY2(diagnosis.contains(QStringLiteral("Likely cause:")), qPrintable(diagnosis));
    QVERIFY2(diagnosis.contains(expectedCause), qPrintable(diagnosis));
    QVERIFY2(passphrase.isEmpty() || !diagnosis.contains(passphrase),
             "the diagnosis must not reveal the passphrase");
}

void tst_PayFastSigner::checkoutSignatureIgnoresInputOrderAndUndocumentedFields()
{
    QRandomGenerator random(4242);
    const QStringList& documented = imali::checkoutSignedFields();
    QCOMPARE(documented.size(), 34);
    const FormFields undocumented {
        {QStringLiteral("setup"),
         QStringLiteral("{\"split_payment\":{\"merchant_id\":10000105,\"percentage\":10}}")},
        {QStringLiteral("source"), QStringLiteral("imali")},
        {QStringLiteral("signature"), QStringLiteral("0123456789abcdef0123456789abcdef")},
    };

    // Every checkout vector, shuffled many times and salted with fields PayFast does not sign.
    for (const QJsonObject& v : vectorsOfKind(QStringLiteral("checkout"))) {
        const FormFields fields = pairsFrom(v.value(QStringLiteral("fields")).toArray());
        const QString passphrase = v.value(QStringLiteral("passphrase")).toString();
        const QByteArray expected = v.value(QStringLiteral("expected_signature")).toString().toUtf8();
        for (int i = 0; i < 20; ++i) {
            FormFields shuffled = fields + undocumented.mid(0, random.bounded(undocumented.size() + 1));
            shuffle(shuffled, random);
            QCOMPARE(imali::signCheckout(shuffled, passphrase).signature, expected);
        }
    }

    // Random forms: any subset of the documented fields with awkward values, in any order.
    for (int iteration = 0; iteration < 300; ++iteration) {
        FormFields fields;
        for (const QString& key : documented) {
            if (random.bounded(2) == 0)
                fields.append({key, randomValue(random)});
        }
        const QString passphrase = random.bounded(3) == 0 ? QString() : randomValue(random);
        const QByteArray reference = imali::signCheckout(fields, passphrase).signature;
        FormFields shuffled = fields + undocumented;
        shuffle(shuffled, random);
        QCOMPARE(imali::signCheckout(shuffled, passphrase).signature, reference);
    }
}

void tst_PayFastSigner::itnSignatureChangesWhenFieldsAreReordered()
{
    QRandomGenerator random(777);
    for (int iteration = 0; iteration < 300; ++iteration) {
        FormFields fields;
        const int count = 2 + random.bounded(10);
        for (int i = 0; i < count; ++i) // distinct keys, so any other order is a different string
            fields.append({QStringLiteral("field_%1").arg(i), randomValue(random)});
        const QString passphrase = random.bounded(2) == 0 ? QString() : QStringLiteral("jt7NOE43FZPn");
        const QByteArray original = imali::signItn(fields, passphrase).signature;

        FormFields reordered = fields;
        while (reordered == fields)
            shuffle(reordered, random);
        QVERIFY(imali::signItn(reordered, passphrase).signature != original);
        QVERIFY(imali::verifyItn(withSignature(fields, original), passphrase));
        QVERIFY(!imali::verifyItn(withSignature(reordered, original), passphrase));
    }

    // The real ITN vectors: swapping any two neighbours before the signature breaks them.
    for (const QJsonObject& v : vectorsOfKind(QStringLiteral("itn"))) {
        if (!v.value(QStringLiteral("expected_signature_valid")).toBool())
            continue;
        const FormFields fields = pairsFrom(v.value(QStringLiteral("fields")).toArray());
        const QString passphrase = v.value(QStringLiteral("passphrase")).toString();
        QVERIFY(imali::verifyItn(fields, passphrase));
        for (qsizetype i = 0; i + 2 < fields.size(); ++i) {
            FormFields swapped = fields;
            swapped.swapItemsAt(i, i + 1);
            QVERIFY2(!imali::verifyItn(swapped, passphrase),
                     qPrintable(v.value(QStringLiteral("id")).toString() + QStringLiteral(" swap at ")
                                + QString::number(i)));
        }
    }
}

void tst_PayFastSigner::apiSignatureIgnoresInputOrder()
{
    QRandomGenerator random(31337);
    for (const QJsonObject& v : vectorsOfKind(QStringLiteral("api"))) {
        FormFields fields = pairsFrom(v.value(QStringLiteral("fields")).toArray());
        const QString passphrase = v.value(QStringLiteral("passphrase")).toString();
        const QByteArray expected = v.value(QStringLiteral("expected_signature")).toString().toUtf8();
        for (int i = 0; i < 20; ++i) {
            shuffle(fields, random);
            QCOMPARE(imali::signApi(fields, {}, {}, passphrase).signature, expected);
        }
    }
}

void tst_PayFastSigner::emptyPassphraseMeansNoPassphrase()
{
    const QJsonObject c01 = vector(QStringLiteral("C01"));
    QVERIFY(!c01.isEmpty());
    const FormFields fields = pairsFrom(c01.value(QStringLiteral("fields")).toArray());
    const QByteArray expected = c01.value(QStringLiteral("expected_signature")).toString().toUtf8();
    QCOMPARE(imali::signCheckout(fields, QString()).signature, expected);
    QCOMPARE(imali::signCheckout(fields, QStringLiteral("   ")).signature, expected);
    QVERIFY(!imali::signCheckout(fields, QString()).canonical.contains("passphrase"));
    QVERIFY(!imali::signItn(fields, QString()).canonical.contains("passphrase"));
    QVERIFY(!imali::signApi(fields, {}, {}, QString()).canonical.contains("passphrase"));
}

void tst_PayFastSigner::signingRules_data()
{
    QTest::addColumn<imali::SignatureKind>("kind");
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("canonical");

    using imali::SignatureKind;
    const auto field = [](const char* key, const QString& value) {
        return QPair<QString, QString>(QString::fromLatin1(key), value);
    };
    const auto amount = field("amount", QStringLiteral("5.00"));

    QTest::newRow(
        "checkout: a whitespace-only value is signed as key= because emptiness is tested before trimming")
        << SignatureKind::Checkout << FormFields {amount, field("item_description", QStringLiteral("  "))}
        << QString() << QByteArrayLiteral("amount=5.00&item_description=");
    QTest::newRow("checkout: trimming strips NUL and vertical tab but not a non-breaking space")
        << SignatureKind::Checkout
        << FormFields {field("item_name", QString::fromLatin1("\0\x0B x\t\r\n", 7)),
                       field("item_description", QStringLiteral("\u00A0y\u00A0"))}
        << QString() << QByteArrayLiteral("item_name=x&item_description=%C2%A0y%C2%A0");
    QTest::newRow("checkout: a key given twice signs its last value")
        << SignatureKind::Checkout
        << FormFields {field("amount", QStringLiteral("1.00")), field("item_name", QStringLiteral("A")),
                       amount}
        << QString() << QByteArrayLiteral("amount=5.00&item_name=A");
    QTest::newRow("checkout: fica_idnumber, notify_method and currency are not signed")
        << SignatureKind::Checkout
        << FormFields {field("fica_idnumber", QStringLiteral("8001015009087")),
                       field("notify_method", QStringLiteral("post")),
                       field("currency", QStringLiteral("ZAR")), amount}
        << QString() << QByteArrayLiteral("amount=5.00");
    QTest::newRow("checkout: the passphrase is trimmed and encoded once")
        << SignatureKind::Checkout << FormFields {amount} << QStringLiteral(" pay/fast ")
        << QByteArrayLiteral("amount=5.00&passphrase=pay%2Ffast");
    // The §2.1 table, written out again here so that an edit to the signer's copy cannot go unnoticed.
    const QStringList table = QStringLiteral("merchant_id merchant_key return_url cancel_url notify_url "
                                             "name_first name_last email_address cell_number "
                                             "m_payment_id amount item_name item_description custom_int1 "
                                             "custom_int2 custom_int3 custom_int4 custom_int5 "
                                             "custom_str1 custom_str2 custom_str3 custom_str4 custom_str5 "
                                             "email_confirmation confirmation_address "
                                             "payment_method subscription_type billing_date recurring_amount "
                                             "frequency cycles subscription_notify_email "
                                             "subscription_notify_webhook subscription_notify_buyer")
                                  .split(QLatin1Char(' '));
    FormFields reversed;
    QByteArrayList inTableOrder;
    for (qsizetype i = table.size() - 1; i >= 0; --i)
        reversed.append({table.at(i), QString::number(i)});
    for (qsizetype i = 0; i < table.size(); ++i)
        inTableOrder.append(table.at(i).toUtf8() + '=' + QByteArray::number(i));
    QTest::newRow("checkout: all 34 documented fields given in reverse are signed in table order")
        << SignatureKind::Checkout << reversed << QString() << inTableOrder.join('&');
    QTest::newRow("ITN: fields after the signature are not signed")
        << SignatureKind::Itn
        << FormFields {amount, field("signature", QStringLiteral("x")), field("late", QStringLiteral("y"))}
        << QString() << QByteArrayLiteral("amount=5.00");
    QTest::newRow("ITN: values and the passphrase are not trimmed")
        << SignatureKind::Itn << FormFields {field("name_last", QStringLiteral(" Nkosi "))}
        << QStringLiteral(" p ") << QByteArrayLiteral("name_last=+Nkosi+&passphrase=+p+");
    QTest::newRow("ITN: duplicate keys are signed in received order")
        << SignatureKind::Itn << FormFields {field("a", QStringLiteral("2")), field("a", QStringLiteral("1"))}
        << QString() << QByteArrayLiteral("a=2&a=1");
    QTest::newRow("API: keys sort by bytes, so '-' sorts before '_' and both before letters")
        << SignatureKind::Api
        << FormFields {field("itn", QStringLiteral("true")),    field("merchant-id", QStringLiteral("1")),
                       field("item_name", QStringLiteral("b")), field("m_payment_id", QStringLiteral("c")),
                       field("item_description", QString()),    field("testing", QStringLiteral("true"))}
        << QStringLiteral("p")
        << QByteArrayLiteral(
               "item_description=&item_name=b&itn=true&m_payment_id=c&merchant-id=1&passphrase=p");
}

void tst_PayFastSigner::signingRules()
{
    QFETCH(imali::SignatureKind, kind);
    QFETCH(FormFields, fields);
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, canonical);

    const imali::SignedString signedString = imali::signPayFast(kind, fields, passphrase);
    QCOMPARE(signedString.canonical, canonical);
    QCOMPARE(signedString.signature, md5(canonical));
    if (kind == imali::SignatureKind::Itn)
        QCOMPARE(imali::validatePostBody(fields), imali::signItn(fields, QString()).canonical);
}

void tst_PayFastSigner::signaturesEqual_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    const QByteArray signature = QByteArrayLiteral("4078bca2c8987e0e0c4e7230f2f46323");
    QTest::newRow("identical signatures are equal") << signature << signature << true;
    QTest::newRow("a difference in the last character is found")
        << signature << QByteArrayLiteral("4078bca2c8987e0e0c4e7230f2f46324") << false;
    QTest::newRow("a difference in the first character is found")
        << signature << QByteArrayLiteral("5078bca2c8987e0e0c4e7230f2f46323") << false;
    QTest::newRow("uppercase hex is not folded to lowercase") << signature << signature.toUpper() << false;
    QTest::newRow("a prefix is not equal") << signature << signature.left(31) << false;
    QTest::newRow("a longer string is not equal") << signature << signature + '0' << false;
    QTest::newRow("an empty signature is not equal to a real one") << QByteArray() << signature << false;
    QTest::newRow("a difference only in the high bit is found")
        << QByteArrayLiteral("a") << QByteArray("\xE1") << false;
    QTest::newRow("a zero byte does not hide a length difference")
        << QByteArray("ab", 2) << QByteArray("ab\0", 3) << false;
}

void tst_PayFastSigner::signaturesEqual()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(imali::signaturesEqual(a, b), equal);
    QCOMPARE(imali::signaturesEqual(b, a), equal);
}

void tst_PayFastSigner::diagnoseItn_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("expectedCause");

    const QString passphrase = QStringLiteral("jt7NOE43FZPn");
    // I03 has everything the mistakes need: unicode, an apostrophe, '&', '=', '+' and empty fields.
    const FormFields i03 =
        withoutSignature(pairsFrom(vector(QStringLiteral("I03")).value(QStringLiteral("fields")).toArray()));
    QVERIFY(!i03.isEmpty());
    const QByteArray correct = md5(withPassphrase(join(i03, phpEncode), passphrase));

    QTest::newRow("a correctly signed ITN is reported as valid")
        << withSignature(i03, correct) << passphrase << QStringLiteral("The posted signature is valid.");
    QTest::newRow("an ITN signed with another passphrase is blamed on the passphrase")
        << withSignature(i03, md5(withPassphrase(join(i03, phpEncode), QStringLiteral("another-secret"))))
        << passphrase << QStringLiteral("No variant matched; the passphrase is the likely cause");
    QTest::newRow("an ITN checked without the passphrase it was signed with is blamed on the passphrase")
        << withSignature(i03, correct) << QString()
        << QStringLiteral("No variant matched; the passphrase is the likely cause");
    QTest::newRow("an ITN signed without the passphrase is named")
        << withSignature(i03, md5(join(i03, phpEncode))) << passphrase
        << QStringLiteral("computed without the passphrase");

    FormFields sorted = i03;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QTest::newRow("an ITN signed with its fields sorted alphabetically is named")
        << withSignature(i03, md5(withPassphrase(join(sorted, phpEncode), passphrase))) << passphrase
        << QStringLiteral("sorted alphabetically");

    FormFields documentedOrder = i03;
    const QStringList& documented = imali::checkoutSignedFields();
    std::stable_sort(documentedOrder.begin(), documentedOrder.end(),
                     [&documented](const auto& a, const auto& b) {
                         const auto rank = [&documented](const QString& key) {
                             const qsizetype index = documented.indexOf(key);
                             return index < 0 ? documented.size() : index;
                         };
                         return rank(a.first) < rank(b.first);
                     });
    QTest::newRow("an ITN signed in checkout order is named")
        << withSignature(i03, md5(withPassphrase(join(documentedOrder, phpEncode), passphrase))) << passphrase
        << QStringLiteral("documented order");

    // Posted with whitespace around name_last, signed over I03's "Nkosi": the trimmed value.
    FormFields untrimmed = i03;
    for (qsizetype i = 0; i < untrimmed.size(); ++i) {
        if (untrimmed.at(i).first == QLatin1String("name_last"))
            untrimmed[i].second = QStringLiteral(" Nkosi\t");
    }
    QTest::newRow("a value trimmed before hashing is named")
        << withSignature(untrimmed, md5(withPassphrase(join(i03, phpEncode), passphrase))) << passphrase
        << QStringLiteral("values were trimmed");

    FormFields nonEmpty = i03;
    nonEmpty.removeIf([](const auto& field) { return field.second.isEmpty(); });
    QTest::newRow("skipped empty fields are named")
        << withSignature(i03, md5(withPassphrase(join(nonEmpty, phpEncode), passphrase))) << passphrase
        << QStringLiteral("empty fields were skipped");
    QTest::newRow("encodeURIComponent-style encoding is named")
        << withSignature(i03, md5(withPassphrase(join(i03, uriComponentEncode), passphrase))) << passphrase
        << QStringLiteral("encodeURIComponent-style (~!'()* left unencoded, %20 for a space)");

    QTest::newRow("a tampered amount cannot be explained and points at the passphrase or tampering")
        << pairsFrom(vector(QStringLiteral("I11")).value(QStringLiteral("fields")).toArray()) << passphrase
        << QStringLiteral("fields were changed after signing");
    QTest::newRow("a missing signature field is reported")
        << i03 << passphrase << QStringLiteral("no signature field");
    QTest::newRow("a signature in uppercase hex is reported")
        << withSignature(i03, correct.toUpper()) << passphrase << QStringLiteral("uppercase hex");
    QTest::newRow("a signature that is not an MD5 is reported")
        << withSignature(i03, QByteArrayLiteral("not-a-signature")) << passphrase
        << QStringLiteral("not an MD5 in lowercase hex");
}

void tst_PayFastSigner::diagnoseItn()
{
    QFETCH(FormFields, fields);
    QFETCH(QString, passphrase);
    QFETCH(QString, expectedCause);

    const QString diagnosis = imali::diagnoseItn(fields, passphrase).join(QLatin1Char(' '));
    QVERIFY2(diagnosis.contains(expectedCause), qPrintable(diagnosis));
    QVERIFY2(passphrase.isEmpty() || !diagnosis.contains(passphrase),
             "the diagnosis must not reveal the passphrase");
}

void tst_PayFastSigner::diagnoseItnNamesAHashedRawBody()
{
    // A sender that hashed its own body (with %20 for spaces) rather than PHP urlencode of the values.
    const QString passphrase = QStringLiteral("jt7NOE43FZPn");
    const QByteArray unsignedBody =
        QByteArrayLiteral("m_payment_id=R-1&item_name=Two%20words&amount_gross=10.00");
    const QByteArray signature = md5(unsignedBody + QByteArrayLiteral("&passphrase=") + passphrase.toUtf8());
    const QByteArray rawBody = unsignedBody + QByteArrayLiteral("&signature=") + signature;
    const std::optional<FormFields> received = imali::parseForm(rawBody);
    QVERIFY(received.has_value());
    QVERIFY(!imali::verifyItn(*received, passphrase));

    const QString withBody = imali::diagnoseItn(*received, passphrase, rawBody).join(QLatin1Char(' '));
    QVERIFY2(withBody.contains(QStringLiteral("raw POST body was hashed")), qPrintable(withBody));
    // Without the raw body the doctor recognises the encoder instead: %20 for a space.
    const QString withoutBody = imali::diagnoseItn(*received, passphrase).join(QLatin1Char(' '));
    QVERIFY2(withoutBody.contains(QStringLiteral("encodeURIComponent")), qPrintable(withoutBody));
}

void tst_PayFastSigner::diagnoseCheckout_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("expectedCause");

    const auto fieldsOf = [this](const char* id) {
        return pairsFrom(vector(QString::fromLatin1(id)).value(QStringLiteral("fields")).toArray());
    };
    const auto expectedOf = [this](const char* id) {
        return vector(QString::fromLatin1(id))
            .value(QStringLiteral("expected_signature"))
            .toString()
            .toUtf8();
    };
    const QString sandbox = QStringLiteral("jt7NOE43FZPn");

    QTest::newRow("a correctly signed form is reported as valid")
        << fieldsOf("C03") << sandbox << expectedOf("C03") << QStringLiteral("is valid");

    const FormFields c33 = fieldsOf("C33");
    QTest::newRow("a form signed in the caller's order instead of the documented order is named")
        << c33 << sandbox << md5(withPassphrase(join(c33, phpEncode), sandbox))
        << QStringLiteral("caller's order instead of PayFast's documented order");

    const FormFields c23 = fieldsOf("C23");
    const QString spaced = QStringLiteral("my secret pass");
    QTest::newRow("a passphrase encoded twice is named")
        << c23 << spaced
        << md5(join(c23, phpEncode) + QByteArrayLiteral("&passphrase=")
               + phpEncode(QString::fromLatin1(phpEncode(spaced))))
        << QStringLiteral("URL-encoded twice");

    FormFields c17 = fieldsOf("C17");
    FormFields noZeros = c17;
    noZeros.removeIf([](const auto& field) { return field.second == QLatin1String("0"); });
    QTest::newRow("dropped \"0\" values are named")
        << c17 << sandbox << md5(withPassphrase(join(noZeros, phpEncode), sandbox))
        << QStringLiteral("whose value is \"0\" were dropped");

    const FormFields c05 = fieldsOf("C05");
    QTest::newRow("untrimmed values are named")
        << c05 << sandbox << md5(withPassphrase(join(c05, phpEncode), sandbox))
        << QStringLiteral("values were not trimmed");

    FormFields withSource = fieldsOf("C02");
    withSource.append({QStringLiteral("source"), QStringLiteral("WooCommerce")});
    QTest::newRow("a signed undocumented field is named")
        << withSource << sandbox << md5(withPassphrase(join(withSource, phpEncode), sandbox))
        << QStringLiteral("undocumented fields");

    QTest::newRow("a form signed with another passphrase is blamed on the passphrase")
        << fieldsOf("C02") << QStringLiteral("another-secret") << expectedOf("C02")
        << QStringLiteral("No variant matched; the passphrase is the likely cause");
}

void tst_PayFastSigner::diagnoseCheckout()
{
    QFETCH(FormFields, fields);
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, signature);
    QFETCH(QString, expectedCause);

    const QString diagnosis = imali::diagnoseCheckout(fields, passphrase, signature).join(QLatin1Char(' '));
    QVERIFY2(diagnosis.contains(expectedCause), qPrintable(diagnosis));
    QVERIFY2(passphrase.isEmpty() || !diagnosis.contains(passphrase),
             "the diagnosis must not reveal the passphrase");
}

QTEST_GUILESS_MAIN(tst_PayFastSigner)
#include "tst_payfastsigner.moc"
