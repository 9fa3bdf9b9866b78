// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl demo.
#include "CliContext.h"

#include "DemoData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

namespace imali {

int runDemoCommand(CliContext& ctx)
{
    if (auto bad = ctx.rejectUnknown({QStringLiteral("customers"), QStringLiteral("invoices"), QStringLiteral("payments")}))
        return *bad;
    DemoSize size;
    bool ok = true;
    if (ctx.args().has(QStringLiteral("customers")))
        size.customers = ctx.args().option(QStringLiteral("customers")).toInt(&ok);
    bool ok2 = true;
    if (ctx.args().has(QStringLiteral("invoices")))
        size.invoices = ctx.args().option(QStringLiteral("invoices")).toInt(&ok2);
    if (!ok || !ok2)
        return ctx.usage(QCoreApplication::translate("imalictl", "--customers and --invoices take whole numbers"));
    size.payments = ctx.args().flag(QStringLiteral("payments"));
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    QElapsedTimer timer;
    timer.start();
    if (Status s = DemoData(**ledger).generate(size); !s)
        return ctx.fail(s.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("customers"), size.customers},
                                  {QStringLiteral("invoices"), size.invoices},
                                  {QStringLiteral("payments"), size.payments},
                                  {QStringLiteral("seconds"), seconds}});
    else
        ctx.out() << QCoreApplication::translate("imalictl", "Added %1 customers and %2 invoices in %3 s.\n")
                         .arg(size.customers).arg(size.invoices).arg(seconds, 0, 'f', 1);
    return 0;
}

} // namespace imali
