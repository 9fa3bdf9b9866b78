// SPDX-License-Identifier: GPL-3.0-or-later
// A payment link's QR code must scan back to exactly the link, read by an independent decoder.
#include "QrDecode.h"
#include "qr/QrCode.h"
#include "qr/QrImage.h"

#include <QtTest>

using namespace imali;

class TestQrCode : public QObject
{
    Q_OBJECT
private slots:
    void scansBackToTheLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("payment link")
            << QStringLiteral("https://pay.example.co.za/pay/3q2+7w-_xYz0123456789abcdefABCDEF");
        QTest::newRow("sandbox checkout")
            << QStringLiteral("https://sandbox.payfast.co.za/eng/process?merchant_id=10000100&amount=1150.00"
                              "&item_name=Invoice+INV-000042&signature=0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        QTest::newRow("non-ASCII") << QStringLiteral("Betaal faktuur vir Zoë se Koffie — R 1 150,00");
    }
    void scansBackToTheLink()
    {
        QFETCH(QString, text);
        const auto code = QrCode::encode(text);
        QVERIFY2(code, qPrintable(code ? QString() : code.error().message));
        QVERIFY(code->size() >= 21); // version 1 is the smallest symbol
        const QImage image = qrCodeImage(*code, 4);
        QCOMPARE(image.width(), (code->size() + 2 * QrCode::QuietZone) * 4);
        QCOMPARE(testqr::decode(image), text);
    }

    void refusesWhatCannotBeEncoded()
    {
        QVERIFY(!QrCode::encode(QString()));
        const auto tooLong = QrCode::encode(QString(4000, QLatin1Char('x'))); // > 2331 bytes at level M
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().kind, ErrorKind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
