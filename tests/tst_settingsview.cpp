// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"
#include "ConsoleContext.h"
#include "ConsoleFixtures.h"
#include "SettingsView.h"
#include "books/BusinessSettings.h"
#include "payfast/PayFastSettings.h"
#include "payfast/PublicUrlCheck.h"
#include "security/DatabasePasswords.h"
#include "security/SecretStore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QtTest>

using namespace imali;

/**
 * The settings page round trip with a fake keychain: business details and
 * the public URL to the ledger, the passphrase to the keychain and never to
 * the INI file, the rest to the INI file; inline validation that saves
 * nothing when a field is wrong; the public URL's reachability and quick
 * tunnel warnings.
 */
class tst_SettingsView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        for (const char* name : {"IMALI_ITN_LISTEN", "IMALI_PUBLIC_URL", "PAYFAST_MERCHANT_ID",
                                 "PAYFAST_MERCHANT_KEY", "PAYFAST_PASSPHRASE", "IMALI_DATABASE_URL"})
            qunsetenv(name);
    }
    void roundTripKeepsThePassphraseOutOfTheIni_data() { testdb::addBackendRows(); }
    void roundTripKeepsThePassphraseOutOfTheIni();
    void anInvalidFieldSavesNothing_data() { testdb::addBackendRows(); }
    void anInvalidFieldSavesNothing();
    void warnsAboutQuickTunnelsAndUnreachableUrls();
    void theDatabasePasswordGoesToTheKeychainOnly_data() { testdb::addBackendRows(); }
    void theDatabasePasswordGoesToTheKeychainOnly();
};

namespace
{
QLineEdit* field(SettingsView& view, const QString& key)
{
    return view.findChild<QLineEdit*>(QStringLiteral("setting_") + key);
}
} // namespace

void tst_SettingsView::roundTripKeepsThePassphraseOutOfTheIni()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    const QString ini = t.filePath(QStringLiteral("imali.ini"));
    auto keychain = std::make_shared<MemorySecretStore>();
    Config config(ini);
    config.setSecretStore(keychain);
    const QString passphrase = QStringLiteral("Secret-Pass_phrase/42");
    {
        ConsoleContext context(t.ledger(), config);
        SettingsView view(context);
        QVERIFY(field(view, QStringLiteral("trading_name")));
        field(view, QStringLiteral("trading_name"))->setText(QStringLiteral("Thandi's Bakery"));
        field(view, QStringLiteral("vat_number"))->setText(QStringLiteral("4123456789"));
        field(view, QStringLiteral("payfast_merchant_id"))->setText(QStringLiteral("10012345"));
        field(view, QStringLiteral("public_url"))->setText(QStringLiteral("https://pay.thandi.co.za"));
        field(view, QStringLiteral("PAYFAST_MERCHANT_KEY"))->setText(QStringLiteral("abcdef123456"));
        field(view, QStringLiteral("PAYFAST_PASSPHRASE"))->setText(passphrase);
        field(view, QStringLiteral("IMALI_ITN_LISTEN"))->setText(QStringLiteral("127.0.0.1:8081"));
        QVERIFY_OK(view.save());
    }
    // Where each value landed.
    BusinessSettings business(t.ledger());
    QCOMPARE(business.value(QStringLiteral("trading_name")).value(), QStringLiteral("Thandi's Bakery"));
    QCOMPARE(business.value(QStringLiteral("public_url")).value(),
             QStringLiteral("https://pay.thandi.co.za"));
    QCOMPARE(keychain->read(QStringLiteral("PAYFAST_PASSPHRASE")).value(), passphrase);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY2(!contents.contains(passphrase.toUtf8()), contents.constData());
    QVERIFY(!contents.contains("PASSPHRASE"));
    QVERIFY(contents.contains("127.0.0.1:8081"));

    // What the console then uses: PayFast's settings see the keychain's passphrase through Config.
    auto payfast = PayFastSettings::resolve(config, t.ledger());
    QVERIFY_OK(payfast);
    QCOMPARE(payfast->passphrase, passphrase);
    QCOMPARE(payfast->merchantId, QStringLiteral("10012345"));
    QCOMPARE(payfast->merchantKey, QStringLiteral("abcdef123456"));
    QCOMPARE(payfast->notifyUrl, QStringLiteral("https://pay.thandi.co.za/api/payments/itn"));

    // A new page shows it all again; a Config without the keychain never finds the passphrase in the INI.
    ConsoleContext context(t.ledger(), config);
    SettingsView again(context);
    QCOMPARE(field(again, QStringLiteral("trading_name"))->text(), QStringLiteral("Thandi's Bakery"));
    QCOMPARE(field(again, QStringLiteral("PAYFAST_PASSPHRASE"))->text(), passphrase);
    QCOMPARE(field(again, QStringLiteral("PAYFAST_PASSPHRASE"))->echoMode(), QLineEdit::Password);
    QCOMPARE(field(again, QStringLiteral("IMALI_ITN_LISTEN"))->text(), QStringLiteral("127.0.0.1:8081"));
    QVERIFY(Config(ini).value(QStringLiteral("PAYFAST_PASSPHRASE")).isEmpty());
}

void tst_SettingsView::anInvalidFieldSavesNothing()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto keychain = std::make_shared<MemorySecretStore>();
    Config config(t.filePath(QStringLiteral("imali.ini")));
    config.setSecretStore(keychain);
    ConsoleContext context(t.ledger(), config);
    SettingsView view(context);
    field(view, QStringLiteral("trading_name"))->setText(QStringLiteral("Sipho's Garage"));
    field(view, QStringLiteral("PAYFAST_PASSPHRASE"))->setText(QStringLiteral("ok-pass"));
    QTest::keyClicks(field(view, QStringLiteral("vat_number")), QStringLiteral("12345"));
    auto* error = view.findChild<QLabel*>(QStringLiteral("settingError_vat_number"));
    QVERIFY(error);
    QVERIFY2(error->text().contains(QLatin1String("starts with 4")), qPrintable(error->text()));
    const Status saved = view.save();
    QVERIFY(!saved);
    QCOMPARE(BusinessSettings(t.ledger()).value(QStringLiteral("trading_name")).value(), QString());
    QVERIFY(!keychain->read(QStringLiteral("PAYFAST_PASSPHRASE")));
    QVERIFY(!QFile::exists(t.filePath(QStringLiteral("imali.ini"))));
}

void tst_SettingsView::warnsAboutQuickTunnelsAndUnreachableUrls()
{
    OPEN_LEDGER_OR_FAIL(t, QStringLiteral("sqlite"));
    ConsoleContext context(t.ledger(), Config(t.filePath(QStringLiteral("imali.ini"))));
    SettingsView view(context);
    field(view, QStringLiteral("public_url"))->setText(QStringLiteral("http://localhost:8000"));
    QVERIFY2(view.publicUrlNotice().contains(QLatin1String("PayFast can't reach")),
             qPrintable(view.publicUrlNotice()));
    field(view, QStringLiteral("public_url"))
        ->setText(QStringLiteral("https://brave-otter-12.trycloudflare.com"));
    QVERIFY2(view.publicUrlNotice().contains(QLatin1String("changes whenever the tunnel restarts")),
             qPrintable(view.publicUrlNotice()));
    QVERIFY(isQuickTunnelUrl(QStringLiteral("https://abc.ngrok-free.app")));
    QVERIFY(!isQuickTunnelUrl(QStringLiteral("https://pay.myshop.co.za")));
    QVERIFY2(view.findChild<QLabel*>(QStringLiteral("settingsEnvironment"))
                 ->text()
                 .contains(QLatin1String("new live ledger")),
             "the page explains that going live means a new ledger");
}

void tst_SettingsView::theDatabasePasswordGoesToTheKeychainOnly()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    const QString ini = t.filePath(QStringLiteral("imali.ini"));
    auto keychain = std::make_shared<MemorySecretStore>();
    auto databaseKeychain = std::make_shared<MemorySecretStore>();
    Config config(ini);
    config.setSecretStore(keychain);
    config.setDatabaseSecretStore(databaseKeychain);
    const QString url = QStringLiteral("postgresql://shop@db.example.co.za:5433/books");
    const QString password = QStringLiteral("Db-Pa55word!");
    const QString passwordKey = QStringLiteral("IMALI_DATABASE_PASSWORD");
    {
        ConsoleContext context(t.ledger(), config);
        SettingsView view(context);
        QCOMPARE(field(view, passwordKey)->echoMode(), QLineEdit::Password);
        field(view, QStringLiteral("IMALI_DATABASE_URL"))->setText(url);
        field(view, passwordKey)->setText(password);
        QVERIFY_OK(view.save());
        QVERIFY(field(view, passwordKey)->text().isEmpty());
    }
    // In the keychain under user@host:port/db; not among the ledger's secrets, not in the INI file.
    const DatabaseUrl parsed = DatabaseUrl::parse(url).value();
    QCOMPARE(databaseKeychain->read(DatabasePasswords::secretName(parsed)).value(), password);
    QVERIFY(DatabasePasswords::secretName(parsed).contains(QLatin1String("shop@db.example.co.za:5433/books")));
    QVERIFY(!keychain->read(passwordKey));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY2(!contents.contains(password.toUtf8()), contents.constData());
    QVERIFY(!contents.contains("PASSWORD"));
    QVERIFY(contents.contains(url.toUtf8()));
    QVERIFY(Config(ini).value(passwordKey).isEmpty());

    // The next start: the URL from the INI file, its password from the keychain.
    auto location = LedgerLocation::resolve(QString(), ini);
    QVERIFY_OK(location);
    QCOMPARE(location->url.display(), url);
    auto filled = config.databasePasswords().fill(location->url);
    QVERIFY_OK(filled);
    QCOMPARE(filled->password, password);
    QCOMPARE(filled->display(), QStringLiteral("postgresql://shop:***@db.example.co.za:5433/books"));
    // Another account on the same server has none.
    DatabaseUrl other = parsed;
    other.user = QStringLiteral("someone");
    QVERIFY(config.databasePasswords().fill(other)->password.isEmpty());

    // A new page never shows the password, only that one is kept; saving with the field empty keeps it.
    ConsoleContext context(t.ledger(), config);
    SettingsView again(context);
    QVERIFY(field(again, passwordKey)->text().isEmpty());
    QVERIFY2(field(again, passwordKey)->placeholderText().contains(QLatin1String("kept for ") + url),
             qPrintable(field(again, passwordKey)->placeholderText()));
    QVERIFY_OK(again.save());
    QCOMPARE(databaseKeychain->read(DatabasePasswords::secretName(parsed)).value(), password);

    // A password for a SQLite ledger is refused, and nothing is saved.
    field(again, QStringLiteral("IMALI_DATABASE_URL"))->setText(QStringLiteral("sqlite:///tmp/shop.sqlite"));
    field(again, passwordKey)->setText(QStringLiteral("pointless"));
    const Status refused = again.save();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("SQLite ledger has no password")),
             qPrintable(refused.error().message));
    QCOMPARE(Config(ini).value(QStringLiteral("IMALI_DATABASE_URL")), url);
}

QTEST_MAIN(tst_SettingsView)
#include "tst_settingsview.moc"
