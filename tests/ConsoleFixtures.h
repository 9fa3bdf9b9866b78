// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Books set up for the console page tests: customers, issued invoices and unallocated money.
#include "Clock.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "PaymentBooking.h"
#include "Payments.h"
#include "TestLedger.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QtTest>

// A Result that should have succeeded; its message is the failure text when it did not.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

/// Opens a TestLedger named \a var on the row's backend, or fails the test.
#define OPEN_LEDGER_OR_FAIL(var, backend)                                                                    \
    testdb::TestLedger var(backend);                                                                         \
    do {                                                                                                     \
        const QString error_ = var.open();                                                                   \
        QVERIFY2(error_.isEmpty(), qPrintable(error_));                                                      \
    } while (false)

namespace fixtures
{

inline imali::Result<imali::Customer> customer(imali::Ledger& ledger, const QString& name,
                                               const QString& email = QString())
{
    return imali::Customers(ledger).add({name, email, QString(), QString(), QString()});
}

/// An issued invoice of one line of \a amount at 0 % VAT for \a customerId.
inline imali::Result<imali::Invoice> invoice(imali::Ledger& ledger, qint64 customerId, const QString& amount)
{
    imali::NewInvoice input;
    input.customerId = customerId;
    input.issue = true;
    input.lines.append({QStringLiteral("Consulting"), QStringLiteral("1"), amount, QStringLiteral("0")});
    return imali::Invoices(ledger).create(input);
}

/// A confirmed PayFast payment for a checkout we never made: booked as an exception.
inline imali::Result<imali::BookingOutcome>
unallocatedPayment(imali::Ledger& ledger, const QString& pfPaymentId, qint64 grossCents, qint64 feeCents = 0)
{
    imali::ConfirmedPayment p;
    p.providerId = pfPaymentId;
    p.status = QStringLiteral("COMPLETE");
    p.mPaymentId = QStringLiteral("not-ours-") + pfPaymentId;
    p.gross = imali::Money::fromCents(grossCents);
    p.fee = imali::Money::fromCents(feeCents);
    p.net = p.gross - p.fee;
    return imali::PaymentBooking(ledger).book(p);
}

/// The dialog of type \a T that \a page opened (non-blocking, window-modal), once it is shown.
template<typename T>
T* openDialog(QWidget& page)
{
    T* dialog = nullptr;
    for (int i = 0; i < 100 && !(dialog = page.findChild<T*>()); ++i)
        QTest::qWait(10);
    return dialog;
}

/// How the console shows \a cents ("R 1 234.50", with a no-break space).
inline QString shown(qint64 cents)
{
    return imali::Money::fromCents(cents).toDisplayString();
}

inline QPushButton* okButton(QWidget* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace fixtures
