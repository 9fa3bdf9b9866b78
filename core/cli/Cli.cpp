// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CliContext.h"

#include <QCoreApplication>

#include <cstdio>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}

const char* Usage = QT_TRANSLATE_NOOP("imalictl", R"(usage: imalictl COMMAND [options] [--db URL] [--config FILE] [--json] | --help | --version

  ledger init [--live] | ledger key import CODE
  settings show | settings set NAME VALUE
  migrate up | migrate down [--steps N] | migrate status
  customer add --name N [--email E] [--phone P] [--address A] [--vat-number V]
  customer list | customer archive ID | customer anonymise ID
  invoice create --customer ID --line "DESC;QTY;UNIT_PRICE[;VAT%]"... [--prices-include-vat] [--due YYYY-MM-DD] [--issue]
  invoice issue ID | invoice void ID | invoice list [--status S] | invoice show ID
  invoice pdf ID --out FILE              (the customer's PDF, "Tax Invoice" when VAT-registered, with a
                                          "Pay now" QR code for its payment link when a public URL is set)
  payment record ID --amount A --method cash|eft|card [--reference R] [--write-off-rest REASON]
  payment exceptions | payment allocate TRANSACTION --invoice ID
  itn list [--since T] | itn show ID | itn replay ID
  refund TRANSACTION --amount A --reason TEXT [--notify-buyer yes|no]
         [--bank-holder H --bank-name N --bank-branch B --bank-account A --bank-type current|savings]
                                         (PayFast payments through PayFast's API; manual ones recorded by hand)
  payment-method list [--customer ID] | payment-method add --customer ID
  payment-method edit PM [--label L] [--default] | payment-method remove PM
  payment-method charge PM --invoice ID  (PayFast's ad hoc API; the ITN settles the invoice)
  reconcile --from YYYY-MM-DD --to YYYY-MM-DD [--book-missing]
  checkout ID [--provider payfast|stripe] [--tokenize]   (stripe: ENABLE_STRIPE=true, STRIPE_SECRET_KEY)
  payfast sign --kind checkout|itn|api   (fields form-encoded on stdin; PAYFAST_PASSPHRASE)
  serve                                  (the ITN listener, and Stripe's webhook when enabled, until SIGINT or SIGTERM)
  audit verify
  backup --out FILE | restore FILE
  export --report transactions|invoices|vat|summary --format csv|pdf --from YYYY-MM-DD --to YYYY-MM-DD --out FILE
  export --report aging --as-of YYYY-MM-DD --format csv|pdf --out FILE
                                         (CSV with FILE.anchor beside it; PDF with totals and the audit
                                          chain head, at most 1,000,000 rows)
  demo --customers N --invoices N [--payments]

Exit codes: 0 success, 1 runtime failure, 2 usage or validation error.
)");
} // namespace

int runCli(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto parsed = CliArguments::parse(arguments);
    if (!parsed) {
        err << QStringLiteral("imalictl: ") << parsed.error().message << QLatin1Char('\n');
        return 2;
    }
    CliContext ctx(*parsed, out, err);
    const QString command = parsed->positionals.value(0);
    if (parsed->flag(QStringLiteral("version"))) {
        out << QStringLiteral("imalictl ") << QCoreApplication::applicationVersion() << QLatin1Char('\n');
        return 0;
    }
    if (command.isEmpty() || parsed->flag(QStringLiteral("help"))) {
        (command.isEmpty() && !parsed->flag(QStringLiteral("help")) ? err : out) << tr(Usage);
        return command.isEmpty() && !parsed->flag(QStringLiteral("help")) ? 2 : 0;
    }
    const QHash<QString, int (*)(CliContext&)> commands{
        {QStringLiteral("ledger"), runLedgerCommand},   {QStringLiteral("settings"), runSettingsCommand},
        {QStringLiteral("migrate"), runMigrateCommand}, {QStringLiteral("customer"), runCustomerCommand},
        {QStringLiteral("invoice"), runInvoiceCommand}, {QStringLiteral("payment"), runPaymentCommand},
        {QStringLiteral("refund"), runRefundCommand},   {QStringLiteral("audit"), runAuditCommand},
        {QStringLiteral("backup"), runBackupCommand},   {QStringLiteral("restore"), runRestoreCommand},
        {QStringLiteral("demo"), runDemoCommand},       {QStringLiteral("checkout"), runCheckoutCommand},
        {QStringLiteral("payfast"), runPayFastCommand},     {QStringLiteral("serve"), runServeCommand},
        {QStringLiteral("itn"), runItnCommand},
        {QStringLiteral("export"), runExportCommand},
        {QStringLiteral("payment-method"), runPaymentMethodCommand},
        {QStringLiteral("reconcile"), runReconcileCommand},
    };
    const auto handler = commands.value(command);
    if (!handler)
        return ctx.usage(tr("unknown command \"%1\"; run imalictl --help").arg(command));
    return handler(ctx);
}

} // namespace imali
