// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Result.h"

#include <QJsonObject>

namespace imali {

class Ledger;

/** A line as typed: text that still has to be parsed and checked. */
struct LineInput {
    QString description;
    QString quantity;
    QString unitPrice;
    QString vatRate; ///< empty: the business's default rate
};

/** What a new invoice is made from. */
struct NewInvoice {
    qint64 customerId = 0;
    QList<LineInput> lines;
    bool pricesIncludeVat = false;
    QDate dueDate; ///< invalid: issue date plus the payment terms
    bool issue = false;
};

/**
 * Invoices: drafts with lines, issuing with gap-free numbers, voiding, and
 * reading them back with their money. Content is locked once issued.
 */
class Invoices
{
public:
    explicit Invoices(Ledger& ledger);

    Result<Invoice> create(const NewInvoice& input);
    /// Replaces a draft's customer, lines and due date (and issues it when \a input.issue).
    Result<Invoice> updateDraft(qint64 id, const NewInvoice& input);
    Result<Invoice> issue(const QString& reference);
    Result<Invoice> voidInvoice(const QString& reference);
    /// By number ("INV-000001") or internal id, with lines, transactions and credit notes.
    Result<Invoice> get(const QString& reference);
    Result<Invoice> get(qint64 id);
    /// Newest first; \a status may be a stored status or "overdue".
    Result<QList<Invoice>> list(const QString& status = {}, int limit = 1000);

    /// Parses and checks typed lines; VAT must be zero when the business is not VAT-registered.
    Result<QList<InvoiceLine>> parseLines(const QList<LineInput>& lines, bool pricesIncludeVat, bool vatRegistered);
    /// "DESC;QTY;UNIT_PRICE[;VAT%]" as the command line takes it.
    static Result<LineInput> parseLineSpec(const QString& spec);

    /// Resolves a number or id to the internal id.
    Result<qint64> resolve(const QString& reference);
    /// Within a write: reads the invoice row under a row lock.
    Result<Invoice> lockForUpdate(qint64 id);
    /// Within a write: stores the money figures and the status they call for.
    Status saveAmounts(Invoice& invoice);

private:
    Result<Invoice> readHeader(qint64 id, bool lock);
    Status issueLocked(Invoice& invoice);
    Status insertLines(qint64 invoiceId, const QList<InvoiceLine>& lines);
    /// Within a write: audits a draft just written (\a before empty when new) and issues it if asked.
    Status recordDraftWritten(qint64 id, const QString& action, const QJsonObject& before, bool issue);
    Status closePendingCheckouts(qint64 invoiceId);
    Ledger& m_ledger;
};

} // namespace imali
