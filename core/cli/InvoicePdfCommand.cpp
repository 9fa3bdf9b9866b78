// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl invoice pdf: the customer's invoice as a PDF, with its "Pay now" QR code.
#include "CliContext.h"

#include "documents/InvoiceDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}
} // namespace

int runInvoicePdfCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    const QString usage = tr("usage: imalictl invoice pdf ID --out FILE");
    if (auto bad = ctx.rejectUnknown({QStringLiteral("out")}))
        return *bad;
    if (p.size() != 3)
        return ctx.usage(usage);
    const QString out = ctx.args().option(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usage(tr("give the file to write with --out FILE; %1").arg(usage));
    const QFileInfo outInfo(out);
    if (outInfo.isDir())
        return ctx.usage(tr("--out %1 is a folder; give a file name").arg(out));
    if (!outInfo.absoluteDir().exists())
        return ctx.usage(tr("the folder of --out %1 does not exist").arg(out));

    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    auto pdf = writeInvoicePdf(**ledger, ctx.config(), p.at(2), out);
    if (!pdf)
        return ctx.fail(pdf.error());
    // A missing code is worth knowing about, but the PDF is still good to send (EFT details are on it).
    if (pdf->payNowUrl.isEmpty() && !pdf->payNowMissing.isEmpty())
        ctx.err()
            << tr("imalictl: note: no \"Pay now\" QR code on the invoice: %1\n").arg(pdf->payNowMissing);
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject {{QStringLiteral("file"), pdf->file},
                         {QStringLiteral("number"), pdf->number},
                         {QStringLiteral("title"), pdf->title},
                         {QStringLiteral("pages"), pdf->pages},
                         {QStringLiteral("pay_now_url"),
                          pdf->payNowUrl.isEmpty() ? QJsonValue() : QJsonValue(pdf->payNowUrl)},
                         {QStringLiteral("pay_now_missing"),
                          pdf->payNowMissing.isEmpty() ? QJsonValue() : QJsonValue(pdf->payNowMissing)}});
    } else {
        ctx.out() << tr("Wrote %1 %2 to %3.\n").arg(pdf->title, pdf->number, pdf->file);
        if (!pdf->payNowUrl.isEmpty())
            ctx.out() << tr("Its \"Pay now\" QR code opens %1\n").arg(pdf->payNowUrl);
    }
    return 0;
}

} // namespace imali
