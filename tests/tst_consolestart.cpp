// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"
#include "ConsoleContext.h"
#include "ConsoleFixtures.h"
#include "ConsoleStart.h"
#include "DatabasePasswordDialog.h"
#include "KeyImportDialog.h"
#include "MainWindow.h"
#include "SettingsView.h"
#include "crypto/Crypto.h"
#include "crypto/RecoveryCode.h"
#include "security/DatabasePasswords.h"
#include "security/KeyStore.h"
#include "security/SecretStore.h"
#include "storage/ChangeWatcher.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace imali;

namespace
{

/// The first desktop: makes the ledger at \a url and hands back its recovery code.
QString makeLedger(const QString& url, const QString& configDir, const QString& keyFile)
{
    LedgerLocation location;
    location.url = *DatabaseUrl::parse(url);
    location.configDir = configDir;
    location.connectionName = QStringLiteral("first-desktop");
    QString code;
    {
        auto ledger = Ledger::open(location, std::make_unique<FileKeyStore>(keyFile));
        if (!ledger)
            return {};
        auto made = (*ledger)->initialise(Environment::Sandbox);
        code = made ? *made : QString();
    }
    QSqlDatabase::removeDatabase(location.connectionName);
    return code;
}

/// Another desktop on the same ledger: its own configuration folder, key file and connection.
std::unique_ptr<Ledger> openOnSecondDesktop(const QString& url, const QTemporaryDir& dir)
{
    LedgerLocation location;
    location.url = *DatabaseUrl::parse(url);
    location.configDir = dir.filePath(QStringLiteral("second/imali"));
    location.connectionName = QStringLiteral("second-desktop");
    auto ledger =
        Ledger::open(location, std::make_unique<FileKeyStore>(dir.filePath(QStringLiteral("second-key"))));
    return ledger ? std::move(ledger).value() : nullptr;
}

/// Runs \a step on each of the next \a times modal dialogs of type T as soon as it is up (the code under
/// test blocks in exec()); stops watching when the returned timer goes.
template<typename T>
[[nodiscard]] std::unique_ptr<QTimer> whenDialogShows(std::function<void(T*)> step, int times = 1)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    auto left = std::make_shared<int>(times);
    QTimer* raw = timer.get();
    QObject::connect(raw, &QTimer::timeout, raw, [raw, step, left] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("handled").toBool())
            return;
        dialog->setProperty("handled", true);
        if (--*left == 0)
            raw->stop();
        step(dialog);
    });
    timer->start();
    return timer;
}

/**
 * Gives the role imali_password_test (which must give a password: scripts/pg-cluster.sh puts a
 * scram-sha-256 line first for it) \a password and \a url's database, and points \a url at the role;
 * empty on success, else what went wrong.
 */
QString giveTheRoleAPassword(DatabaseUrl& url, const QString& password)
{
    const QString role = QStringLiteral("imali_password_test");
    QString problem;
    {
        auto db = Database::open(url, QStringLiteral("role-admin"));
        if (!db)
            return db.error().message;
        Sql exists(**db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = :role"));
        exists.bind(QStringLiteral(":role"), role);
        Status s = exists.exec();
        const bool there = s && exists.next();
        if (s)
            s = Sql::execDirect(
                **db,
                QStringLiteral("%1 ROLE %2 LOGIN PASSWORD '%3'")
                    .arg(there ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), role, password));
        if (s)
            s = Sql::execDirect(**db,
                                QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(url.database, role));
        if (!s)
            problem = s.error().message;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("role-admin"));
    url.user = role;
    url.password.clear();
    return problem;
}

} // namespace

/**
 * The console's way into a ledger: a desktop without the ledger's key is told
 * so and takes the recovery code (a wrong one changes nothing, the right one
 * keeps the key and opens the console); a PostgreSQL role with a password opens
 * with the password only in the (fake) keychain.
 */
class tst_ConsoleStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* name :
             {"IMALI_ITN_LISTEN", "IMALI_PUBLIC_URL", "PAYFAST_MERCHANT_ID", "PAYFAST_MERCHANT_KEY",
              "PAYFAST_PASSPHRASE", "IMALI_DATABASE_URL", "IMALI_KEY_FILE", "PGPASSWORD"})
            qunsetenv(name);
    }
    void aDesktopWithoutTheKeyIsToldSo_data() { testdb::addBackendRows(); }
    void aDesktopWithoutTheKeyIsToldSo();
    void aWrongCodeChangesNothing_data() { testdb::addBackendRows(); }
    void aWrongCodeChangesNothing();
    void theRightCodeKeepsTheKeyAndOpensTheConsole_data() { testdb::addBackendRows(); }
    void theRightCodeKeepsTheKeyAndOpensTheConsole();
    void aWrongKeyIsReplacedByTheRightCode();
    void quittingLeavesTheLedgerLocked();
    void aPasswordOnlyInTheKeychainOpensPostgres();
    void aRefusedConnectionAsksForThePassword();
};

void tst_ConsoleStart::aDesktopWithoutTheKeyIsToldSo()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    QTemporaryDir dir;
    const QString code = makeLedger(scratch.url(), dir.filePath(QStringLiteral("first/imali")),
                                    dir.filePath(QStringLiteral("first-key")));
    QVERIFY(!code.isEmpty());
    auto ledger = openOnSecondDesktop(scratch.url(), dir);
    QVERIFY(ledger && ledger->isInitialised());

    QCOMPARE(ConsoleStart::keyState(*ledger), ConsoleStart::KeyState::Missing);
    KeyImportDialog missing(*ledger, KeyImportDialog::Problem::KeyMissing);
    QVERIFY2(missing.message().contains(
                 QStringLiteral("does not hold the key for ledger %1").arg(ledger->ledgerId())),
             qPrintable(missing.message()));
    QVERIFY2(missing.message().contains(QLatin1String("recovery code")), qPrintable(missing.message()));

    // A key that belongs to another ledger: said as plainly.
    QVERIFY_OK(
        FileKeyStore(dir.filePath(QStringLiteral("second-key"))).store(ledger->ledgerId(), randomBytes(32)));
    QCOMPARE(ConsoleStart::keyState(*ledger), ConsoleStart::KeyState::Wrong);
    KeyImportDialog wrong(*ledger, KeyImportDialog::Problem::KeyWrong);
    QVERIFY2(wrong.message().contains(QStringLiteral("does not belong to ledger %1").arg(ledger->ledgerId())),
             qPrintable(wrong.message()));
    QVERIFY(!ledger->isUnlocked());
}

void tst_ConsoleStart::aWrongCodeChangesNothing()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    QTemporaryDir dir;
    const QString code = makeLedger(scratch.url(), dir.filePath(QStringLiteral("first/imali")),
                                    dir.filePath(QStringLiteral("first-key")));
    QVERIFY(!code.isEmpty());
    auto ledger = openOnSecondDesktop(scratch.url(), dir);
    QVERIFY(ledger);
    KeyImportDialog dialog(*ledger, KeyImportDialog::Problem::KeyMissing);
    dialog.show();

    // Another ledger's code (well formed, checksum right) and a mistyped one.
    const QString otherLedgersCode = encodeRecoveryCode(randomBytes(32));
    QString typo = code;
    typo[0] = typo.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    for (const QString& wrong : {otherLedgersCode, typo, QStringLiteral("ABCD-1234")}) {
        dialog.setCode(wrong);
        QVERIFY(!dialog.importCode());
        QVERIFY2(dialog.error().startsWith(QLatin1String("That code did not open this ledger")),
                 qPrintable(dialog.error()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!ledger->isUnlocked());
        QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("second-key"))), "a wrong code wrote a key");
    }
    dialog.setCode(otherLedgersCode);
    (void)dialog.importCode();
    QVERIFY2(dialog.error().contains(QLatin1String("does not belong to ledger")), qPrintable(dialog.error()));
    QVERIFY2(!dialog.error().contains(otherLedgersCode), "the error repeats the code");
}

void tst_ConsoleStart::theRightCodeKeepsTheKeyAndOpensTheConsole()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    QTemporaryDir dir;
    const QString code = makeLedger(scratch.url(), dir.filePath(QStringLiteral("first/imali")),
                                    dir.filePath(QStringLiteral("first-key")));
    QVERIFY(!code.isEmpty());
    auto ledger = openOnSecondDesktop(scratch.url(), dir);
    QVERIFY(ledger);

    // The merchant first mistypes, reads the error, then types the code as written down (lower case, spaces).
    QString seenError;
    bool stayedOpen = false;
    const auto watching = whenDialogShows<KeyImportDialog>([&](KeyImportDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("recoveryCode"))->setText(QStringLiteral("ABCD-1234"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importKey")), Qt::LeftButton);
        seenError = dialog->error();
        stayedOpen = dialog->isVisible();
        dialog->findChild<QLineEdit*>(QStringLiteral("recoveryCode"))
            ->setText(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importKey")), Qt::LeftButton);
    });
    QVERIFY_OK(ConsoleStart::unlock(*ledger));
    QVERIFY2(seenError.startsWith(QLatin1String("That code did not open this ledger")),
             qPrintable(seenError));
    QVERIFY(stayedOpen);
    QVERIFY(ledger->isUnlocked());
    // Kept where the CLI keeps it: the next start needs no code.
    QVERIFY_OK(FileKeyStore(dir.filePath(QStringLiteral("second-key"))).load(ledger->ledgerId()));
    QCOMPARE(ConsoleStart::keyState(*ledger), ConsoleStart::KeyState::Held);

    // The console opens, writes to the books, and Settings says which ledger and that the key is here.
    ConsoleContext context(*ledger, Config(dir.filePath(QStringLiteral("second/imali/imali.ini"))));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY_OK(fixtures::customer(*ledger, QStringLiteral("Thandi")));
    auto* settings = window.findChild<SettingsView*>();
    QVERIFY(settings);
    QVERIFY2(settings->ledgerKeyState().startsWith(ledger->ledgerId()),
             qPrintable(settings->ledgerKeyState()));
    QVERIFY2(settings->ledgerKeyState().contains(QLatin1String("This desktop holds its key")),
             qPrintable(settings->ledgerKeyState()));
}

void tst_ConsoleStart::aWrongKeyIsReplacedByTheRightCode()
{
    SCRATCH_OR_FAIL(scratch, QStringLiteral("sqlite"));
    QTemporaryDir dir;
    const QString code = makeLedger(scratch.url(), dir.filePath(QStringLiteral("first/imali")),
                                    dir.filePath(QStringLiteral("first-key")));
    QVERIFY(!code.isEmpty());
    auto ledger = openOnSecondDesktop(scratch.url(), dir);
    QVERIFY(ledger);
    FileKeyStore keys(dir.filePath(QStringLiteral("second-key")));
    const QByteArray wrongKey = randomBytes(32);
    QVERIFY_OK(keys.store(ledger->ledgerId(), wrongKey));

    QString message;
    const auto watching = whenDialogShows<KeyImportDialog>([&](KeyImportDialog* dialog) {
        message = dialog->message();
        dialog->setCode(code);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importKey")), Qt::LeftButton);
    });
    QVERIFY_OK(ConsoleStart::unlock(*ledger));
    QVERIFY2(message.contains(QLatin1String("does not belong to ledger")), qPrintable(message));
    QVERIFY(ledger->isUnlocked());
    auto kept = keys.load(ledger->ledgerId());
    QVERIFY_OK(kept);
    QVERIFY(*kept != wrongKey);
    QVERIFY_OK(FileKeyStore(dir.filePath(QStringLiteral("first-key"))).load(ledger->ledgerId()));
    QCOMPARE(*kept, FileKeyStore(dir.filePath(QStringLiteral("first-key"))).load(ledger->ledgerId()).value());
}

void tst_ConsoleStart::quittingLeavesTheLedgerLocked()
{
    SCRATCH_OR_FAIL(scratch, QStringLiteral("sqlite"));
    QTemporaryDir dir;
    QVERIFY(!makeLedger(scratch.url(), dir.filePath(QStringLiteral("first/imali")),
                        dir.filePath(QStringLiteral("first-key")))
                 .isEmpty());
    auto ledger = openOnSecondDesktop(scratch.url(), dir);
    QVERIFY(ledger);
    const auto watching = whenDialogShows<KeyImportDialog>([](KeyImportDialog* dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("quit")), Qt::LeftButton);
    });
    const Status s = ConsoleStart::unlock(*ledger);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("stays locked")), qPrintable(s.error().message));
    QVERIFY(!ledger->isUnlocked());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("second-key"))));
}

void tst_ConsoleStart::aPasswordOnlyInTheKeychainOpensPostgres()
{
    const QString server = qEnvironmentVariable("IMALI_TEST_POSTGRES_URL");
    if (server.isEmpty())
        QFAIL("IMALI_TEST_POSTGRES_URL is not set");
    SCRATCH_OR_FAIL(scratch, QStringLiteral("postgres"));
    QTemporaryDir dir;
    // No password file for libpq to fall back on: the keychain is the only place the password is.
    qputenv("PGPASSFILE", dir.filePath(QStringLiteral("no-pgpass")).toUtf8());

    const QString password = QStringLiteral("pw-") + QString::fromLatin1(randomBytes(12).toHex());
    auto parsed = DatabaseUrl::parse(scratch.url());
    QVERIFY_OK(parsed);
    DatabaseUrl url = *parsed;
    const QString roleProblem = giveTheRoleAPassword(url, password);
    QVERIFY2(roleProblem.isEmpty(), qPrintable(roleProblem));
    {
        auto refused = Database::open(url, QStringLiteral("no-password"));
        QVERIFY2(
            !refused,
            "the role connected without a password: the cluster's pg_hba.conf lacks the scram-sha-256 line "
            "for imali_password_test (start it with scripts/pg-cluster.sh)");
        QVERIFY2(!refused.error().message.contains(password), "an error shows the password");
    }
    QSqlDatabase::removeDatabase(QStringLiteral("no-password"));

    // The password reaches the keychain the way a merchant puts it there: Settings' connection test.
    auto keychain = std::make_shared<MemorySecretStore>();
    {
        OPEN_LEDGER_OR_FAIL(t, QStringLiteral("sqlite"));
        Config config(t.filePath(QStringLiteral("imali.ini")));
        config.setDatabaseSecretStore(keychain);
        ConsoleContext context(t.ledger(), config);
        SettingsView view(context);
        view.findChild<QLineEdit*>(QStringLiteral("setting_IMALI_DATABASE_URL"))->setText(url.display());
        view.findChild<QLineEdit*>(QStringLiteral("setting_IMALI_DATABASE_PASSWORD"))
            ->setText(QStringLiteral("wrong"));
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QVERIFY2(view.connectionResult().startsWith(QLatin1String("Could not connect")),
                 qPrintable(view.connectionResult()));
        QVERIFY2(!keychain->read(DatabasePasswords::secretName(url)), "a password that failed was kept");
        view.findChild<QLineEdit*>(QStringLiteral("setting_IMALI_DATABASE_PASSWORD"))->setText(password);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QVERIFY2(view.connectionResult().startsWith(QLatin1String("Connected")),
                 qPrintable(view.connectionResult()));
        QVERIFY2(!view.connectionResult().contains(password), qPrintable(view.connectionResult()));
    }
    QCOMPARE(keychain->read(DatabasePasswords::secretName(url)).value(), password);

    // The console's start: the URL has no password, the keychain has it.
    LedgerLocation location;
    location.url = url;
    location.configDir = dir.filePath(QStringLiteral("imali"));
    location.connectionName = QStringLiteral("console-with-password");
    DatabasePasswords passwords(keychain);
    bool asked = false;
    const auto watching = whenDialogShows<DatabasePasswordDialog>([&](DatabasePasswordDialog* dialog) {
        asked = true;
        dialog->reject();
    });
    auto opened = ConsoleStart::openLedgerAsking(location, passwords, [&dir] {
        return std::make_unique<FileKeyStore>(dir.filePath(QStringLiteral("key")));
    });
    QVERIFY_OK(opened);
    QVERIFY2(!asked, "asked for a password the keychain has");
    Ledger& ledger = **opened;
    QVERIFY_OK(ledger.initialise(Environment::Sandbox));
    QVERIFY_OK(ConsoleStart::unlock(ledger));
    QVERIFY_OK(fixtures::customer(ledger, QStringLiteral("Lerato")));

    // Every connection the console opens from there (live updates, the listener's thread) has it too.
    qputenv("IMALI_ITN_LISTEN", "127.0.0.1:0");
    qputenv("PAYFAST_MERCHANT_ID", "10000100");
    const auto restore = qScopeGuard([] {
        qunsetenv("IMALI_ITN_LISTEN");
        qunsetenv("PAYFAST_MERCHANT_ID");
        qunsetenv("PGPASSFILE");
    });
    Config config(dir.filePath(QStringLiteral("imali/imali.ini")));
    config.setDatabaseSecretStore(keychain);
    ConsoleContext context(ledger, config);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(context.changeWatcher().isSubscribed());
    auto port = context.startListener();
    QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
    context.stopListener();
    // Nowhere on screen, nor in the INI file.
    for (const QLabel* label : window.findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(password), qPrintable(label->text()));
    for (const QLineEdit* edit : window.findChildren<QLineEdit*>())
        QVERIFY2(!edit->text().contains(password), qPrintable(edit->objectName()));
    QFile ini(config.iniFile());
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains(password.toUtf8()));
}

void tst_ConsoleStart::aRefusedConnectionAsksForThePassword()
{
    const QString server = qEnvironmentVariable("IMALI_TEST_POSTGRES_URL");
    if (server.isEmpty())
        QFAIL("IMALI_TEST_POSTGRES_URL is not set");
    SCRATCH_OR_FAIL(scratch, QStringLiteral("postgres"));
    QTemporaryDir dir;
    qputenv("PGPASSFILE", dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
    const auto restore = qScopeGuard([] { qunsetenv("PGPASSFILE"); });
    const QString password = QStringLiteral("pw-") + QString::fromLatin1(randomBytes(12).toHex());
    auto parsed = DatabaseUrl::parse(scratch.url());
    QVERIFY_OK(parsed);
    DatabaseUrl url = *parsed;
    const QString roleProblem = giveTheRoleAPassword(url, password);
    QVERIFY2(roleProblem.isEmpty(), qPrintable(roleProblem));
    LedgerLocation location;
    location.url = url;
    location.configDir = dir.filePath(QStringLiteral("imali"));
    location.connectionName = QStringLiteral("console-asking");
    const auto keys = [&dir] { return std::make_unique<FileKeyStore>(dir.filePath(QStringLiteral("key"))); };

    // A new desktop: nothing in the keychain. The merchant mistypes once, then types the password.
    auto keychain = std::make_shared<MemorySecretStore>();
    DatabasePasswords passwords(keychain);
    QStringList problems;
    int attempt = 0;
    const auto watching = whenDialogShows<DatabasePasswordDialog>(
        [&](DatabasePasswordDialog* dialog) {
            problems << dialog->problem();
            dialog->setPassword(attempt++ == 0 ? QStringLiteral("mistyped") : password);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("connectDatabase")),
                              Qt::LeftButton);
        },
        2);
    auto opened = ConsoleStart::openLedgerAsking(location, passwords, keys);
    QVERIFY_OK(opened);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(QLatin1String("no password supplied")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QLatin1String("password authentication failed")),
             qPrintable(problems.at(1)));
    for (const QString& text : std::as_const(problems))
        QVERIFY2(!text.contains(password) && !text.contains(QLatin1String("mistyped")), qPrintable(text));
    // Only the password that connected is kept, for this account.
    QCOMPARE(keychain->read(DatabasePasswords::secretName(url)).value(), password);
    QVERIFY_OK((*opened)->initialise(Environment::Sandbox));
    opened->reset();

    // Quitting instead: a clear error, nothing kept.
    auto empty = std::make_shared<MemorySecretStore>();
    DatabasePasswords none(empty);
    const auto watchingAgain = whenDialogShows<DatabasePasswordDialog>([](DatabasePasswordDialog* dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("quit")), Qt::LeftButton);
    });
    auto refused = ConsoleStart::openLedgerAsking(location, none, keys);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(
                 QLatin1String("could not connect to postgresql://imali_password_test@")),
             qPrintable(refused.error().message));
    QVERIFY(!empty->read(DatabasePasswords::secretName(url)));
}

QTEST_MAIN(tst_ConsoleStart)
#include "tst_consolestart.moc"
