// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl checkout and payfast sign (the signature doctor).
#include "CliContext.h"

#include "Checkouts.h"
#include "payfast/PayFastProvider.h"
#include "providers/ProviderCheckouts.h"
#include "payfast/PayFastSigner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}
} // namespace

int runCheckoutCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    if (p.size() != 2)
        return ctx.usage(tr("usage: imalictl checkout ID [--provider payfast|stripe] [--tokenize]"));
    if (auto bad = ctx.rejectUnknown({QStringLiteral("provider"), QStringLiteral("tokenize")}))
        return *bad;
    const QString provider = ctx.args().has(QStringLiteral("provider")) ? ctx.args().option(QStringLiteral("provider"))
                                                                        : QStringLiteral("payfast");
    if (provider != QLatin1String("payfast") && provider != QLatin1String("stripe"))
        return ctx.usage(tr("--provider must be payfast or stripe"));
    const Config config = ctx.config();
    if (provider == QLatin1String("stripe") && !ProviderCheckouts::isStripeEnabled(config))
        return ctx.usage(tr("Stripe is switched off; set ENABLE_STRIPE=true to use it"));
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    auto created = ProviderCheckouts(**ledger, config).requestPayment(p.at(1), provider, ctx.args().flag(QStringLiteral("tokenize")));
    if (!created)
        return ctx.fail(created.error());
    if (provider == QLatin1String("stripe")) {
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("url"), created->url},
                                      {QStringLiteral("session_id"), created->sessionId},
                                      {QStringLiteral("m_payment_id"), created->checkout.mPaymentId},
                                      {QStringLiteral("amount"), created->checkout.amount.toString()}});
        else
            ctx.out() << tr("Stripe checkout for %1 (%2):\n  %3\n").arg(p.at(1), created->checkout.amount.toString(), created->url);
        return 0;
    }
    const QString& link = created->url;
    QJsonArray fields;
    for (const auto& [key, value] : created->form.fields)
        fields.append(QJsonArray{key, value});
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("url"), link},
                                  {QStringLiteral("action"), created->form.action},
                                  {QStringLiteral("fields"), fields},
                                  {QStringLiteral("m_payment_id"), created->checkout.mPaymentId},
                                  {QStringLiteral("signature"), created->form.signature},
                                  {QStringLiteral("amount"), created->checkout.amount.toString()},
                                  {QStringLiteral("expires_at"), created->checkout.expiresAt}});
    } else {
        ctx.out() << tr("Payment link for %1 (%2, expires %3):\n  %4\n")
                         .arg(p.at(1), created->checkout.amount.toString(), created->checkout.expiresAt, link);
    }
    return 0;
}

int runPayFastCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    if (p.value(1) != QLatin1String("sign") || p.size() != 2)
        return ctx.usage(tr("usage: imalictl payfast sign --kind checkout|itn|api < fields"));
    if (auto bad = ctx.rejectUnknown({QStringLiteral("kind")}))
        return *bad;
    const QString kindName = ctx.args().option(QStringLiteral("kind"));
    SignatureKind kind;
    if (kindName == QLatin1String("checkout"))
        kind = SignatureKind::Checkout;
    else if (kindName == QLatin1String("itn"))
        kind = SignatureKind::Itn;
    else if (kindName == QLatin1String("api"))
        kind = SignatureKind::Api;
    else
        return ctx.usage(tr("--kind must be checkout, itn or api"));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(Error::runtime(tr("could not read the fields from standard input")));
    const QByteArray body = in.read(1024 * 1024).trimmed();
    auto fields = decodeForm(body);
    if (!fields)
        return ctx.usage(tr("the fields on standard input are not a valid form: %1").arg(fields.error().message));
    const QString passphrase = qEnvironmentVariable("PAYFAST_PASSPHRASE");
    const SignedString result = signPayFast(kind, *fields, passphrase);

    QString posted;
    bool hasPosted = false;
    for (const auto& [key, value] : *fields)
        if (key == QLatin1String("signature")) {
            posted = value;
            hasPosted = true;
        }
    QJsonObject out{{QStringLiteral("canonical"), QString::fromUtf8(result.maskedCanonical)},
                    {QStringLiteral("signature"), QString::fromLatin1(result.signature)}};
    QStringList diagnosis;
    if (hasPosted && kind != SignatureKind::Api) {
        const bool valid = signaturesEqual(result.signature, posted.toLatin1());
        out.insert(QStringLiteral("posted_signature_valid"), valid);
        if (!valid)
            diagnosis = kind == SignatureKind::Itn ? diagnoseItn(*fields, passphrase, body)
                                                   : diagnoseCheckout(*fields, passphrase, posted.toLatin1());
        if (!diagnosis.isEmpty())
            out.insert(QStringLiteral("diagnosis"), QJsonArray::fromStringList(diagnosis));
    }
    if (ctx.json()) {
        ctx.printJson(out);
    } else {
        ctx.out() << tr("canonical: %1\nsignature: %2\n").arg(QString::fromUtf8(result.maskedCanonical), QString::fromLatin1(result.signature));
        if (out.contains(QStringLiteral("posted_signature_valid")))
            ctx.out() << (out.value(QStringLiteral("posted_signature_valid")).toBool() ? tr("The posted signature is valid.\n")
                                                                                      : tr("The posted signature does NOT match.\n"));
        for (const QString& line : diagnosis)
            ctx.out() << QStringLiteral("  - ") << line << QLatin1Char('\n');
    }
    return 0;
}

} // namespace imali
