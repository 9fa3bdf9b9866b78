// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentPage.h"

#include <QCoreApplication>
#include <QUrl>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PaymentPage", text);
}

QByteArray page(const QString& title, const QString& body, bool sandbox)
{
    const QString banner = sandbox ? QStringLiteral("<p class=\"sandbox\">%1</p>")
                                         .arg(tr("SANDBOX: a test payment; no real money moves.").toHtmlEscaped())
                                   : QString();
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<meta name=\"robots\" content=\"noindex\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:32em;margin:2em auto;padding:0 1em}"
                          ".sandbox{background:#fff3cd;color:#664d03;padding:.5em;font-weight:bold}"
                          "button{font-size:1.2em;padding:.6em 1.2em}</style></head>"
                          "<body>%2<h1>%1</h1>%3</body></html>\n")
        .arg(title.toHtmlEscaped(), banner, body)
        .toUtf8();
}
} // namespace

PaymentPage PaymentPage::render(const OpenedLink& link, Environment environment)
{
    const bool sandbox = environment == Environment::Sandbox;
    PaymentPage result;
    result.contentSecurityPolicy = QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    switch (link.state) {
    case LinkState::Unknown:
        result.status = 404;
        result.html = page(tr("This payment link is not valid"), QStringLiteral("<p>%1</p>").arg(tr("Please ask the business for a new link.").toHtmlEscaped()), sandbox);
        return result;
    case LinkState::Expired:
        result.status = 410;
        result.html = page(tr("This payment link has expired"), QStringLiteral("<p>%1</p>").arg(tr("Please ask the business for a new link.").toHtmlEscaped()), sandbox);
        return result;
    case LinkState::Closed:
        result.status = 410;
        result.html = page(tr("This payment link is closed"), QStringLiteral("<p>%1</p>").arg(tr("Please ask the business for a new link.").toHtmlEscaped()), sandbox);
        return result;
    case LinkState::Paid:
        result.status = 200;
        result.html = page(tr("This invoice has been paid"), QStringLiteral("<p>%1</p>").arg(tr("Thank you. Nothing more is due on this link.").toHtmlEscaped()), sandbox);
        return result;
    case LinkState::Hosted:
        result.status = 200;
        result.html = page(tr("This payment is handled by the card processor"),
                           QStringLiteral("<p>%1</p>").arg(tr("If you have just paid, thank you: the business will see your payment shortly. "
                                                               "Otherwise, please use the payment link the business sent you.").toHtmlEscaped()),
                           sandbox);
        return result;
    case LinkState::Payable:
        break;
    }
    QString inputs;
    for (const auto& [key, value] : link.form.fields)
        inputs += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    inputs += QStringLiteral("<input type=\"hidden\" name=\"signature\" value=\"%1\">").arg(link.form.signature.toHtmlEscaped());
    const QString body = QStringLiteral("<p>%1</p><form method=\"post\" action=\"%2\">%3<button type=\"submit\">%4</button></form>")
                             .arg(tr("Invoice %1: %2 due.").arg(link.invoiceNumber, link.checkout.amount.toDisplayString()).toHtmlEscaped(),
                                  link.form.action.toHtmlEscaped(), inputs,
                                  tr("Pay %1 with PayFast").arg(link.checkout.amount.toDisplayString()).toHtmlEscaped());
    result.status = 200;
    // The form may post only to PayFast's process address.
    const QUrl action(link.form.action);
    result.contentSecurityPolicy += QByteArrayLiteral("; form-action ") + action.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString().toUtf8();
    result.html = page(tr("Pay invoice %1").arg(link.invoiceNumber), body, sandbox);
    return result;
}

} // namespace imali
