// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Environment.h"
#include "Records.h"
#include "Result.h"

#include <QMap>
#include <QString>

namespace imali
{

class Config;
class Ledger;

/** Everything printed on a customer's invoice PDF, gathered from the ledger. */
struct InvoiceDocument {
    Invoice invoice; ///< with its lines, transactions and credit notes
    Customer customer;
    QMap<QString, QString> business; ///< BusinessSettings::all(): trading name, address, VAT and bank details
    Environment environment = Environment::Sandbox;
    QString payNowUrl; ///< the link the "Pay now" QR code opens; empty for none
    /// Why there is no code, for the caller to tell the merchant; not printed (the customer can't act on it).
    QString payNowMissing;

    /// "Tax Invoice" for a VAT-registered business's invoice (fixed when it was issued), else "Invoice".
    QString title() const;
};

/** A customer's invoice PDF as written. */
struct InvoicePdf {
    QString file; ///< absolute path
    QString number; ///< the invoice's number
    QString title; ///< "Tax Invoice" or "Invoice"
    QString payNowUrl; ///< what the QR code opens; empty when there is none
    QString payNowMissing; ///< why there is no QR code
    int pages = 0;
};

/// A full tax invoice (recipient's name and address on it) is required above this total (SARS; SPEC §3).
constexpr qint64 FullTaxInvoiceAboveCents = 500000;

/**
 * Reads invoice \a reference (number or id) and what goes on its PDF, without
 * the payment link. Refuses a draft (it has no number yet: issue it first) and,
 * for a tax invoice, missing details SARS requires: the business's name,
 * address and VAT number, and above R5,000 the customer's name and address.
 */
Result<InvoiceDocument> loadInvoiceDocument(Ledger& ledger, const QString& reference);

/**
 * Paints \a document as an A4 PDF at \a outFile, through QSaveFile (nothing is
 * left behind on failure): the title ("Tax Invoice" or "Invoice"), the
 * business's details, the customer's, the lines with VAT, the totals, credit
 * notes, payments and refunds, the balance due, and while something is owed
 * the bank details for EFT and the "Pay now" QR code (when payNowUrl is set).
 * A sandbox ledger's invoice says so on the page.
 */
Result<InvoicePdf> writeInvoicePdf(const InvoiceDocument& document, const QString& outFile);

/**
 * The whole `imalictl invoice pdf`: loadInvoiceDocument(), the payment link
 * (PayNowLink.h payNowLinkFor(): the invoice's open checkout's, made if there
 * is none and a public URL is set) and writeInvoicePdf().
 */
Result<InvoicePdf> writeInvoicePdf(Ledger& ledger, const Config& config, const QString& reference,
                                   const QString& outFile);

} // namespace imali
