// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Config.h"
#include "Ledger.h"
#include "Result.h"

#include <QJsonValue>
#include <QMultiMap>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace imali {

/** The words of one imalictl call: positionals, --options (repeatable) and flags. */
class CliArguments
{
public:
    /// Parses \a args; --json, --live and other flags take no value, every other option takes one.
    static Result<CliArguments> parse(const QStringList& args);

    QStringList positionals;
    QString option(const QString& name) const { return m_options.value(name); }
    QStringList options(const QString& name) const;
    bool has(const QString& name) const { return m_options.contains(name) || m_flags.contains(name); }
    bool flag(const QString& name) const { return m_flags.contains(name); }
    /// Options given that \a allowed does not name (a typo, usually).
    QStringList unknown(const QStringList& allowed) const;

private:
    QMultiMap<QString, QString> m_options;
    QStringList m_flags;
};

/** Everything a command needs: its arguments, output streams and the ledger, opened on demand. */
class CliContext
{
public:
    CliContext(CliArguments args, QTextStream& out, QTextStream& err);
    ~CliContext();

    const CliArguments& args() const { return m_args; }
    bool json() const { return m_args.flag(QStringLiteral("json")); }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// The ledger, initialised (as sandbox, if never before) and unlocked.
    Result<Ledger*> ledger();
    /// The ledger opened and migrated, but not initialised or unlocked.
    Result<Ledger*> openLedger();
    Result<LedgerLocation> location() const;
    /// The environment and the INI file (--config, else imali.ini in the config folder).
    Config config() const;

    /// Prints one JSON document (pretty) on stdout.
    void printJson(const QJsonValue& value);
    /// Prints the error on stderr and returns its exit code (2 for bad input, 1 otherwise).
    int fail(const Error& error);
    int usage(const QString& message) { return fail(Error::validation(message)); }
    /// Fails with a usage error when an option outside \a allowed was given.
    std::optional<int> rejectUnknown(const QStringList& allowed);

private:
    CliArguments m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Ledger> m_ledger;
};

int exitCodeFor(const Error& error);

// Command groups; each returns the process exit code.
int runLedgerCommand(CliContext& ctx);
int runSettingsCommand(CliContext& ctx);
int runMigrateCommand(CliContext& ctx);
int runCustomerCommand(CliContext& ctx);
int runInvoiceCommand(CliContext& ctx);
int runPaymentCommand(CliContext& ctx);
int runRefundCommand(CliContext& ctx);
int runAuditCommand(CliContext& ctx);
int runBackupCommand(CliContext& ctx);
int runRestoreCommand(CliContext& ctx);
int runDemoCommand(CliContext& ctx);
int runCheckoutCommand(CliContext& ctx);
int runPayFastCommand(CliContext& ctx);
int runServeCommand(CliContext& ctx);
int runItnCommand(CliContext& ctx);
int runExceptionsCommand(CliContext& ctx);
int runExportCommand(CliContext& ctx);
int runPaymentMethodCommand(CliContext& ctx);
int runReconcileCommand(CliContext& ctx);
/// A refund of a PayFast payment through PayFast's API (imalictl refund on a PayFast transaction).
int runPayFastRefund(CliContext& ctx, qint64 transactionId);
int runInvoicePdfCommand(CliContext& ctx);

} // namespace imali
