// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayNowLink.h"

#include "Checkouts.h"
#include "Config.h"
#include "Ledger.h"
#include "Records.h"
#include "payfast/PayFastProvider.h"
#include "payfast/PayFastSettings.h"

#include <QCoreApplication>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("PayNowLink", text);
}
} // namespace

Result<PayNowLink> payNowLinkFor(Ledger& ledger, const Config& config, const Invoice& invoice)
{
    PayNowLink link;
    if (invoice.status != InvoiceStatus::Open || invoice.balance() <= Money()) {
        link.missingReason =
            tr("nothing to pay on invoice %1 (%2)").arg(invoice.reference(), toString(invoice.status));
        return link;
    }
    auto settings = PayFastSettings::resolve(config, ledger);
    if (!settings)
        return settings.error();
    if (!settings->enabled) {
        link.missingReason = tr("PayFast is switched off (ENABLE_PAYFAST=false)");
        return link;
    }
    if (settings->publicUrl.isEmpty()) {
        link.missingReason = tr("no public URL is set, so there is no payment link to print "
                                "(imalictl settings set public_url https://…, or IMALI_PUBLIC_URL)");
        return link;
    }
    const PayFastProvider payfast(*settings);
    Checkouts checkouts(ledger, payfast);
    auto open = checkouts.openForInvoice(invoice.id, PayNowMinDaysLeft);
    if (!open)
        return open.error();
    if (*open) {
        link.url = settings->paymentLink((*open)->linkToken);
        return link;
    }
    auto created = checkouts.createForInvoice(QString::number(invoice.id), false);
    if (!created)
        return created.error();
    link.url = settings->paymentLink(created->checkout.linkToken);
    return link;
}

} // namespace imali
