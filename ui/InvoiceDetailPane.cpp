// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceDetailPane.h"

#include "Clock.h"
#include "InvoiceStatusText.h"
#include "Records.h"

namespace imali
{

namespace
{

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, esc(cell));
    return html + QStringLiteral("</tr>");
}

// Stored times are UTC ("2026-11-26T19:53:12Z"); staff read them in South African time.
QString localTime(const QString& storedUtc)
{
    const QDateTime utc = QDateTime::fromString(storedUtc, Qt::ISODateWithMs);
    if (!utc.isValid())
        return storedUtc;
    return utc.toOffsetFromUtc(2 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

InvoiceDetailPane::InvoiceDetailPane(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("invoiceDetail"));
    setAccessibleName(tr("Invoice details"));
    setOpenLinks(false);
    showNothing();
}

void InvoiceDetailPane::showNothing()
{
    setHtml(QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Select an invoice to see its lines, payments and history."))));
}

void InvoiceDetailPane::showInvoice(const Invoice& inv)
{
    const bool overdue = inv.isOverdue(Clock::today());
    QString html = QStringLiteral("<h3>%1 · %2</h3>")
                       .arg(esc(inv.reference()), esc(invoiceStatusText(inv.status, overdue)));
    html +=
        QStringLiteral("<p>%1<br>%2</p>")
            .arg(esc(tr("Customer: %1").arg(inv.customerName)),
                 esc(tr("Issued %1 · due %2")
                         .arg(inv.issueDate.isValid() ? inv.issueDate.toString(Qt::ISODate) : tr("not yet"),
                              inv.dueDate.isValid() ? inv.dueDate.toString(Qt::ISODate) : tr("not set"))));

    html += QStringLiteral("<h4>%1</h4><table border=0 cellspacing=0 cellpadding=3 width=100%>")
                .arg(esc(tr("Lines")));
    html +=
        row({tr("Description"), tr("Qty"), tr("Unit price"), tr("VAT %"), tr("Net"), tr("VAT"), tr("Gross")},
            true);
    for (const InvoiceLine& l : inv.lines)
        html += row({l.description, l.quantity.toString(), l.unitPrice.toString(), l.vatRate.toString(),
                     l.amounts.net.toString(), l.amounts.vat.toString(), l.amounts.gross.toString()});
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Subtotal R %1 · VAT R %2 · Total R %3 · Balance due R %4")
                             .arg(inv.subtotal.toString(), inv.vat.toString(), inv.total.toString(),
                                  inv.balance().toString())));

    if (!inv.transactions.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellpadding=3 width=100%>")
                    .arg(esc(tr("Payments and refunds")));
        html += row({tr("When"), tr("Kind"), tr("Method"), tr("Gross"), tr("Fee"), tr("Net"), tr("Status")},
                    true);
        for (const Transaction& t : inv.transactions)
            html +=
                row({localTime(t.createdAt), t.kind == QLatin1String("refund") ? tr("Refund") : tr("Payment"),
                     t.provider == QLatin1String("manual") ? t.method : t.provider, t.gross.toString(),
                     t.fee.toString(), t.net.toString(), t.status});
        html += QStringLiteral("</table>");
    }
    if (!inv.creditNotes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellpadding=3 width=100%>").arg(esc(tr("Credit notes")));
        html += row({tr("Number"), tr("When"), tr("Total"), tr("Reason")}, true);
        for (const CreditNote& c : inv.creditNotes)
            html += row({c.number, localTime(c.createdAt), c.total.toString(), c.reason});
        html += QStringLiteral("</table>");
    }

    // What happened, oldest first.
    QList<std::pair<QString, QString>> events {{inv.createdAt, tr("Created as a draft")}};
    if (inv.issueDate.isValid())
        events.append({inv.issueDate.toString(Qt::ISODate), tr("Issued as %1").arg(inv.number)});
    for (const Transaction& t : inv.transactions)
        events.append({t.createdAt,
                       (t.kind == QLatin1String("refund") ? tr("Refunded R %1") : tr("Paid R %1"))
                           .arg(t.gross.toString())});
    for (const CreditNote& c : inv.creditNotes)
        events.append({c.createdAt, tr("Credit note %1 for R %2").arg(c.number, c.total.toString())});
    if (inv.status == InvoiceStatus::Void)
        events.append({QString(), tr("Voided")});
    html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Timeline")));
    for (const auto& [when, what] : events)
        html += QStringLiteral("<li>%1 %2</li>")
                    .arg(esc(when.isEmpty() ? QString() : localTime(when)), esc(what));
    html += QStringLiteral("</ul>");
    setHtml(html);
}

} // namespace imali
