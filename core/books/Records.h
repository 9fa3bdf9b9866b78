// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Environment.h"
#include "InvoiceStatus.h"
#include "LineAmounts.h"
#include "Money.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace imali {

/** A person or business the merchant invoices. */
struct Customer {
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString address;
    QString vatNumber;
    QString archivedAt;
    QString anonymisedAt;
    QString createdAt;
    bool isArchived() const { return !archivedAt.isEmpty(); }
    bool isAnonymised() const { return !anonymisedAt.isEmpty(); }
};

/** One line of an invoice, with its amounts worked out. */
struct InvoiceLine {
    qint64 id = 0;
    QString description;
    Quantity quantity;
    Money unitPrice;
    VatRate vatRate;
    LineAmounts amounts;
};

/** A payment or refund, whoever booked it. */
struct Transaction {
    qint64 id = 0;
    QString kind; ///< payment, refund
    QString provider;
    QString providerId;
    QString mPaymentId;
    Environment environment = Environment::Sandbox;
    QString status;
    QString method;
    std::optional<qint64> invoiceId;
    std::optional<qint64> refundOf;
    Money gross;
    Money fee;
    Money net;
    Money writtenOff;
    QString unallocatedReason;
    QString reference;
    QString reason;
    QString createdAt;
};

/** A credit note issued for a refund of an invoice's payment. */
struct CreditNote {
    qint64 id = 0;
    QString number;
    qint64 refundTransactionId = 0;
    Money subtotal;
    Money vat;
    Money total;
    QString reason;
    QString createdAt;
};

/** An invoice with its lines, money figures and history. */
struct Invoice {
    qint64 id = 0;
    QString number; ///< empty for a draft
    qint64 customerId = 0;
    QString customerName;
    InvoiceStatus status = InvoiceStatus::Draft;
    Environment environment = Environment::Sandbox;
    bool pricesIncludeVat = false;
    bool taxInvoice = false;
    QDate issueDate;
    QDate dueDate;
    Money subtotal;
    Money vat;
    Money total;
    Money amountPaid;
    Money amountRefunded;
    Money amountCredited;
    Money amountWrittenOff;
    QString createdAt;
    QList<InvoiceLine> lines;
    QList<Transaction> transactions;
    QList<CreditNote> creditNotes;

    /// total − credited − paid − written off + refunded (SPEC §3).
    Money balance() const { return total - amountCredited - amountPaid - amountWrittenOff + amountRefunded; }
    /// Open and past its due date (Johannesburg days); never stored.
    bool isOverdue(QDate today) const
    {
        return status == InvoiceStatus::Open && dueDate.isValid() && dueDate < today;
    }
    /// The number if issued, else "draft #id".
    QString reference() const;
};

class Sql;

/// The columns transactionFromRow() reads, in order; append WHERE/ORDER BY.
extern const QString SelectTransaction;
/// A transaction from a row of SelectTransaction.
Transaction transactionFromRow(const Sql& row);

class Database;
/// Within a write: records what moved a transaction (its history in the console).
Status addTransactionEvent(Database& db, qint64 transactionId, const QString& event, const QString& detail);

/// The status an invoice's money figures call for; drafts and void invoices keep theirs.
InvoiceStatus statusFromAmounts(const Invoice& invoice);

} // namespace imali
