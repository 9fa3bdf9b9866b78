// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"
#include "ConsoleStart.h"
#include "Language.h"
#include "Ledger.h"
#include "MainWindow.h"
#include "security/DatabasePasswords.h"
#include "security/KeychainKeyStore.h"
#include "security/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("imali"));
    QApplication::setApplicationName(QStringLiteral("imali"));
    QApplication::setApplicationVersion(QStringLiteral(IMALI_VERSION));

    // The language first, so that every string after this is in it ("language" = "en" or "af").
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--language"));
        at >= 0 && at + 1 < args.size() && imali::Language::available().contains(args.at(at + 1)))
        QSettings().setValue(QStringLiteral("language"), args.at(at + 1));
    imali::Language::install(imali::Language::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Merchant console for PayFast payments"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QApplication::translate("main", "Database URL."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("config"), QApplication::translate("main", "INI file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("language"),
                      QApplication::translate("main", "The console's language from now on: en or af."),
                      QStringLiteral("CODE")});
    parser.process(app);

    using namespace imali;
    auto location =
        LedgerLocation::resolve(parser.value(QStringLiteral("db")), parser.value(QStringLiteral("config")));
    if (!location) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "imali"), location.error().message);
        return 2;
    }
    // The database password from this desktop's keychain (or owner-only file) when the URL has none;
    // with none kept there, libpq reads PGPASSWORD or PGPASSFILE; refused, the console asks for it.
    auto databaseSecrets = std::make_shared<DesktopSecretStore>(FileSecretStore::defaultPath(location->configDir),
                                                                DatabasePasswords::scope());
    DatabasePasswords databasePasswords(databaseSecrets);
    // The keychain first; the owner-only key file where no keychain answers (headless, minimal desktops).
    auto ledger = ConsoleStart::openLedgerAsking(*location, databasePasswords, [&location] {
        return std::make_unique<DesktopKeyStore>(FileKeyStore::defaultPath(location->configDir));
    });
    if (!ledger) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "imali"), ledger.error().message);
        return 1;
    }
    if (!(*ledger)->isInitialised()) {
        // First start: a sandbox ledger, and its recovery code shown once.
        auto code = (*ledger)->initialise(Environment::Sandbox);
        if (!code) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "imali"), code.error().message);
            return 1;
        }
        QMessageBox::information(
            nullptr, QApplication::translate("main", "Your ledger's recovery code"),
            QApplication::translate("main",
                                    "imali created a sandbox ledger. Its key is kept in %1.\n\n"
                                    "Write down this recovery code; it is shown only now. Another desktop "
                                    "needs it to open this ledger:\n\n%2")
                .arg((*ledger)->keys().describe(), *code));
    }
    // A ledger made on another desktop: its recovery code, typed here, brings the key.
    if (Status s = ConsoleStart::unlock(**ledger); !s) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "imali"), s.error().message);
        return 1;
    }
    const QString iniFile = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config"))
                                                                    : Config::defaultIniFile(location->configDir);
    // Secrets (the PayFast passphrase) come from the keychain, or the owner-only file where none answers.
    Config config(iniFile);
    config.setSecretStore(std::make_shared<DesktopSecretStore>(FileSecretStore::defaultPath(location->configDir),
                                                               (*ledger)->ledgerId()));
    config.setDatabaseSecretStore(databaseSecrets);
    ConsoleContext context(**ledger, config);
    MainWindow window(context);
    window.show();
    // The listener runs from the start, in its own thread; a console that can't listen still works.
    if (auto port = context.startListener(); !port)
        QMessageBox::warning(&window, QApplication::translate("main", "imali"),
                             QApplication::translate("main",
                                                     "The ITN listener did not start, so payments made "
                                                     "now are not seen until it does: %1")
                                 .arg(port.error().message));
    // Catch up with PayFast's history once the window is up; it answers in the status bar, never blocks.
    QTimer::singleShot(0, &context, &ConsoleContext::startCatchUp);
    return QApplication::exec();
}
