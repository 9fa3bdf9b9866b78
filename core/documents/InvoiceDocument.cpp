// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceDocument.h"

#include "BusinessSettings.h"
#include "Clock.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "documents/PayNowLink.h"
#include "documents/PdfFile.h"
#include "qr/QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <set>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDocument", text);
}

/// Text from people, safe inside HTML; line breaks kept (addresses).
QString esc(const QString& text)
{
    QString e = text.trimmed().toHtmlEscaped();
    e.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return e;
}

QString money(Money m)
{
    return m.toDisplayString();
}

QString day(const QString& storedUtc)
{
    return Clock::johannesburgDate(Clock::fromStorage(storedUtc)).toString(Qt::ISODate);
}

// Where the QR code goes in the HTML; replaced by the painted object once the document is laid out.
const QString QrPlaceholder = QStringLiteral("[[imali-pay-now-qr]]");
constexpr int QrObjectType = QTextFormat::UserObject + 1;

/**
 * Paints a QR code into the text flow as filled squares (vectors, so it stays
 * sharp whatever a viewer or printer does), dark runs of a row merged into one
 * rectangle so that no seams show between modules.
 */
class QrTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    QrTextObject(QrCode code, qreal side) : m_code(std::move(code)), m_side(side) { }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat&) override { return {m_side, m_side}; }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&) override
    {
        const int modules = m_code.size() + 2 * QrCode::QuietZone;
        const qreal unit = rect.width() / modules;
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->fillRect(rect, Qt::white);
        for (int y = 0; y < m_code.size(); ++y) {
            int x = 0;
            while (x < m_code.size()) {
                if (!m_code.isDark(x, y)) {
                    ++x;
                    continue;
                }
                const int start = x;
                while (x < m_code.size() && m_code.isDark(x, y))
                    ++x;
                painter->fillRect(QRectF(rect.left() + (start + QrCode::QuietZone) * unit,
                                         rect.top() + (y + QrCode::QuietZone) * unit, (x - start) * unit,
                                         unit),
                                  Qt::black);
            }
        }
        painter->restore();
    }

private:
    QrCode m_code;
    qreal m_side;
};

Status requireSetting(const QMap<QString, QString>& business, const QString& name, const QString& what)
{
    if (!business.value(name).trimmed().isEmpty())
        return {};
    return Error::validation(
        tr("a tax invoice must show the business's %1: set it first (imalictl settings set %2 …)")
            .arg(what, name));
}

QString statusLine(const Invoice& inv)
{
    switch (inv.status) {
    case InvoiceStatus::Paid:
        return tr("PAID");
    case InvoiceStatus::Void:
        return tr("VOID: this invoice was cancelled and is not payable");
    case InvoiceStatus::Refunded:
        return tr("REFUNDED");
    case InvoiceStatus::PartiallyRefunded:
        return tr("PARTIALLY REFUNDED");
    case InvoiceStatus::Open:
        return inv.isOverdue(Clock::today()) ? tr("OVERDUE") : QString();
    case InvoiceStatus::Draft:
        break;
    }
    return {};
}

QString html(const InvoiceDocument& d)
{
    const Invoice& inv = d.invoice;
    const bool tax = inv.taxInvoice;
    const auto& b = d.business;
    QString h;
    h += QStringLiteral("<html><body>");
    if (d.environment == Environment::Sandbox)
        h += QStringLiteral("<p style=\"color:#b40000; font-weight:bold;\">")
            + esc(tr("SANDBOX: a test invoice from a sandbox ledger; no real money is involved"))
            + QStringLiteral("</p>");

    // Title and supplier. SARS: the words "Tax Invoice" in a prominent place, the supplier's name,
    // address and VAT registration number.
    h += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\" valign=\"top\">");
    h += QStringLiteral("<p style=\"font-size:20pt; font-weight:bold;\">") + esc(d.title())
        + QStringLiteral("</p>");
    const QString status = statusLine(inv);
    if (!status.isEmpty())
        h += QStringLiteral("<p style=\"font-size:12pt; font-weight:bold; color:#b40000;\">") + esc(status)
            + QStringLiteral("</p>");
    h += QStringLiteral("</td><td width=\"50%\" valign=\"top\" align=\"right\">");
    h +=
        QStringLiteral("<p><b>") + esc(b.value(QStringLiteral("trading_name"))) + QStringLiteral("</b><br/>");
    if (!b.value(QStringLiteral("address")).isEmpty())
        h += esc(b.value(QStringLiteral("address"))) + QStringLiteral("<br/>");
    if (tax)
        h += esc(tr("VAT number: %1").arg(b.value(QStringLiteral("vat_number")))) + QStringLiteral("<br/>");
    if (!b.value(QStringLiteral("registration_number")).isEmpty())
        h += esc(tr("Registration number: %1").arg(b.value(QStringLiteral("registration_number"))))
            + QStringLiteral("<br/>");
    if (!b.value(QStringLiteral("email")).isEmpty())
        h += esc(b.value(QStringLiteral("email"))) + QStringLiteral("<br/>");
    if (!b.value(QStringLiteral("phone")).isEmpty())
        h += esc(b.value(QStringLiteral("phone")));
    h += QStringLiteral("</p></td></tr></table>");

    // Number and dates, and the recipient.
    h += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td width=\"50%\" valign=\"top\">");
    h += QStringLiteral("<p><b>") + esc(tr("Bill to")) + QStringLiteral("</b><br/>") + esc(d.customer.name)
        + QStringLiteral("<br/>");
    if (!d.customer.address.isEmpty())
        h += esc(d.customer.address) + QStringLiteral("<br/>");
    if (!d.customer.vatNumber.isEmpty())
        h += esc(tr("VAT number: %1").arg(d.customer.vatNumber)) + QStringLiteral("<br/>");
    if (!d.customer.email.isEmpty())
        h += esc(d.customer.email);
    h += QStringLiteral("</p></td><td width=\"50%\" valign=\"top\" align=\"right\"><p>");
    h += esc(tr("Invoice number: %1").arg(inv.number)) + QStringLiteral("<br/>");
    h += esc(tr("Date of issue: %1").arg(inv.issueDate.toString(Qt::ISODate))) + QStringLiteral("<br/>");
    if (inv.dueDate.isValid())
        h += esc(tr("Due date: %1").arg(inv.dueDate.toString(Qt::ISODate))) + QStringLiteral("<br/>");
    h += QStringLiteral("</p></td></tr></table>");

    // The lines: description, quantity, unit price; for a tax invoice the value, VAT and rate of each.
    const QString th = QStringLiteral("<th style=\"background-color:#e6e6e6;\" align=\"%1\">%2</th>");
    const QString tdl = QStringLiteral("<td>%1</td>");
    const QString tdr = QStringLiteral("<td align=\"right\">%1</td>");
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\"><thead><tr>");
    h += th.arg(QStringLiteral("left"), esc(tr("Description")));
    h += th.arg(QStringLiteral("right"), esc(tr("Quantity")));
    h += th.arg(QStringLiteral("right"),
                esc(!tax                       ? tr("Unit price")
                        : inv.pricesIncludeVat ? tr("Unit price incl. VAT")
                                               : tr("Unit price excl. VAT")));
    if (tax) {
        h += th.arg(QStringLiteral("right"), esc(tr("Excl. VAT")));
        h += th.arg(QStringLiteral("right"), esc(tr("VAT rate")));
        h += th.arg(QStringLiteral("right"), esc(tr("VAT")));
    }
    h += th.arg(QStringLiteral("right"), esc(tax ? tr("Incl. VAT") : tr("Amount")));
    h += QStringLiteral("</tr></thead>");
    std::set<int> rates;
    for (const InvoiceLine& l : inv.lines) {
        rates.insert(l.vatRate.basisPoints());
        h += QStringLiteral("<tr>") + tdl.arg(esc(l.description)) + tdr.arg(esc(l.quantity.toString()))
            + tdr.arg(esc(money(l.unitPrice)));
        if (tax)
            h += tdr.arg(esc(money(l.amounts.net))) + tdr.arg(esc(l.vatRate.toString() + QLatin1Char('%')))
                + tdr.arg(esc(money(l.amounts.vat)));
        h += tdr.arg(esc(money(l.amounts.gross))) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    // Totals, then what has happened to the invoice since, down to the balance due.
    const auto totalRow = [&tdr](const QString& label, const QString& amount, bool bold = false) {
        const QString l = bold ? QStringLiteral("<b>") + esc(label) + QStringLiteral("</b>") : esc(label);
        const QString a = bold ? QStringLiteral("<b>") + esc(amount) + QStringLiteral("</b>") : esc(amount);
        return QStringLiteral("<tr>") + tdr.arg(l) + tdr.arg(a) + QStringLiteral("</tr>");
    };
    h +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td width=\"40%\"></td>"
                       "<td width=\"60%\"><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    if (tax) {
        h += totalRow(tr("Subtotal excl. VAT"), money(inv.subtotal));
        const QString vatLabel = rates.size() == 1
            ? tr("VAT at %1%").arg(VatRate::fromBasisPoints(*rates.begin()).toString())
            : tr("VAT");
        h += totalRow(vatLabel, money(inv.vat));
        h += totalRow(tr("Total incl. VAT"), money(inv.total), true);
    } else {
        h += totalRow(tr("Total"), money(inv.total), true);
    }
    for (const CreditNote& n : inv.creditNotes)
        h += totalRow(tr("Credit note %1 (%2)").arg(n.number, day(n.createdAt)), money(Money() - n.total));
    for (const Transaction& t : inv.transactions) {
        if (t.status != QLatin1String("complete"))
            continue;
        const QString how = t.provider == QLatin1String("manual") ? t.method : t.provider;
        if (t.kind == QLatin1String("refund"))
            h += totalRow(tr("Refund (%1, %2)").arg(how, day(t.createdAt)), money(t.gross));
        else
            h += totalRow(tr("Payment received (%1, %2)").arg(how, day(t.createdAt)),
                          money(Money() - t.gross));
    }
    if (!inv.amountWrittenOff.isZero())
        h += totalRow(tr("Written off"), money(Money() - inv.amountWrittenOff));
    h += totalRow(tr("Balance due"), money(inv.balance()), true);
    h += QStringLiteral("</table></td></tr></table>");
    if (tax && inv.pricesIncludeVat)
        h += QStringLiteral("<p>") + esc(tr("Prices include VAT.")) + QStringLiteral("</p>");

    // How to pay: EFT and the "Pay now" code, only while something is owed.
    if (inv.status == InvoiceStatus::Open && inv.balance() > Money()) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><td width=\"55%\" "
                            "valign=\"top\">");
        const QString bank = b.value(QStringLiteral("bank_name"));
        const QString account = b.value(QStringLiteral("bank_account_number"));
        if (!bank.isEmpty() || !account.isEmpty()) {
            h += QStringLiteral("<p><b>") + esc(tr("Pay by EFT")) + QStringLiteral("</b><br/>");
            h += esc(tr("Bank: %1").arg(bank)) + QStringLiteral("<br/>");
            h += esc(tr("Account holder: %1").arg(b.value(QStringLiteral("bank_account_holder"))))
                + QStringLiteral("<br/>");
            h += esc(tr("Account number: %1").arg(account)) + QStringLiteral("<br/>");
            h += esc(tr("Branch code: %1").arg(b.value(QStringLiteral("bank_branch_code"))))
                + QStringLiteral("<br/>");
            h += esc(tr("Reference: %1").arg(inv.number)) + QStringLiteral("</p>");
        }
        h += QStringLiteral("</td><td width=\"45%\" valign=\"top\" align=\"right\">");
        if (!d.payNowUrl.isEmpty()) {
            h += QStringLiteral("<p align=\"right\"><b>") + esc(tr("Pay now")) + QStringLiteral("</b> ")
                + esc(tr("(scan with your phone's camera)")) + QStringLiteral("</p>");
            h += QStringLiteral("<p align=\"right\">") + QrPlaceholder + QStringLiteral("</p>");
            h += QStringLiteral("<p align=\"right\" style=\"font-size:7pt;\">") + esc(d.payNowUrl)
                + QStringLiteral("</p>");
        }
        h += QStringLiteral("</td></tr></table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}
} // namespace

QString InvoiceDocument::title() const
{
    return invoice.taxInvoice ? tr("Tax Invoice") : tr("Invoice");
}

Result<InvoiceDocument> loadInvoiceDocument(Ledger& ledger, const QString& reference)
{
    InvoiceDocument d;
    auto invoice = Invoices(ledger).get(reference);
    if (!invoice)
        return invoice.error();
    if (invoice->status == InvoiceStatus::Draft)
        return Error::conflict(
            tr("invoice %1 is a draft: it has no number yet, so it can't be sent; issue it first "
               "(imalictl invoice issue %2)")
                .arg(invoice->reference())
                .arg(invoice->id));
    d.invoice = *invoice;
    auto customer = Customers(ledger).get(invoice->customerId);
    if (!customer)
        return customer.error();
    d.customer = *customer;
    auto business = BusinessSettings(ledger).all();
    if (!business)
        return business.error();
    d.business = *business;
    d.environment = ledger.environment();

    if (d.business.value(QStringLiteral("trading_name")).trimmed().isEmpty())
        return Error::validation(tr("an invoice must show the business's name: set it first "
                                    "(imalictl settings set trading_name …)"));
    if (d.invoice.taxInvoice) {
        if (Status s = requireSetting(d.business, QStringLiteral("address"), tr("address")); !s)
            return s.error();
        if (Status s = requireSetting(d.business, QStringLiteral("vat_number"), tr("VAT number")); !s)
            return s.error();
        if (d.invoice.total.cents() > FullTaxInvoiceAboveCents
            && (d.customer.name.trimmed().isEmpty() || d.customer.address.trimmed().isEmpty()))
            return Error::validation(
                tr("invoice %1 is over R5,000, so its tax invoice must show the customer's name "
                   "and address: add customer %2's address first")
                    .arg(d.invoice.number)
                    .arg(d.customer.id));
    }
    return d;
}

Result<InvoicePdf> writeInvoicePdf(const InvoiceDocument& d, const QString& outFile)
{
    if (outFile.isEmpty())
        return Error::validation(tr("give a file to write the invoice to"));
    const QString path = QFileInfo(outFile).absoluteFilePath();
    PdfFile pdf(path);
    if (Status s = pdf.open(d.title() + QLatin1Char(' ') + d.invoice.number, QPageLayout::Portrait, 15); !s)
        return s.error();

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf.writer()); // lay out in the PDF's units
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text copies and searches as typed
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QFont small = font;
    small.setPointSizeF(7);
    const QFontMetricsF footerMetrics(small, &pdf.writer());
    const qreal footerHeight = footerMetrics.height() * 2;
    const QSizeF page(pdf.pageRect().width(), pdf.pageRect().height() - footerHeight);
    doc.setPageSize(page);

    std::unique_ptr<QrTextObject> qr;
    if (!d.payNowUrl.isEmpty()) {
        auto code = QrCode::encode(d.payNowUrl);
        if (!code)
            return code.error();
        qr = std::make_unique<QrTextObject>(*code, pdf.mm(34));
        doc.documentLayout()->registerHandler(QrObjectType, qr.get());
    }
    doc.setHtml(html(d));
    if (qr) {
        QTextCursor found = doc.find(QrPlaceholder);
        if (found.isNull())
            return Error::runtime(tr("could not place the QR code on the invoice"));
        QTextCharFormat object;
        object.setObjectType(QrObjectType);
        found.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    QPainter& painter = pdf.painter();
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            if (Status s = pdf.newPage(); !s)
                return s.error();
        painter.save();
        painter.translate(0, -p * page.height());
        doc.drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
        painter.restore();
        // Every page names its document, in case the pages part.
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        const QString footer =
            tr("%1 %2 · %3 · page %4 of %5")
                .arg(d.title(), d.invoice.number, d.business.value(QStringLiteral("trading_name")),
                     QString::number(p + 1), QString::number(pages));
        painter.drawText(QPointF(0, pdf.pageRect().height() - footerMetrics.descent()), footer);
        painter.setPen(Qt::black);
    }
    if (Status s = pdf.commit(); !s)
        return s.error();
    InvoicePdf result;
    result.file = path;
    result.number = d.invoice.number;
    result.title = d.title();
    result.payNowUrl = d.payNowUrl;
    result.payNowMissing = d.payNowMissing;
    result.pages = pages;
    return result;
}

Result<InvoicePdf> writeInvoicePdf(Ledger& ledger, const Config& config, const QString& reference,
                                   const QString& outFile)
{
    auto document = loadInvoiceDocument(ledger, reference);
    if (!document)
        return document.error();
    auto link = payNowLinkFor(ledger, config, document->invoice);
    if (!link)
        return link.error();
    document->payNowUrl = link->url;
    document->payNowMissing = link->missingReason;
    return writeInvoicePdf(*document, outFile);
}

} // namespace imali

#include "InvoiceDocument.moc"
