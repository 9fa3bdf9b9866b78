// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace imali
{

class Config;
class Ledger;
struct Invoice;

/** The payment link an invoice's "Pay now" QR code opens, or why it has none. */
struct PayNowLink {
    QString url; ///< IMALI_PUBLIC_URL/pay/TOKEN; empty when there is none
    QString missingReason; ///< for people, when url is empty: printed on the invoice instead of the code
};

/// A link printed on an invoice must stay open at least this long; an older one is replaced.
constexpr int PayNowMinDaysLeft = 7;

/**
 * The invoice's payment link for its "Pay now" QR code (SPEC §5 `invoice pdf`):
 * its open PayFast checkout's link, or a new checkout's if it has none with at
 * least PayNowMinDaysLeft days to run (the customer opens the code days after
 * the PDF is sent). Nothing to pay (not open, or no balance), no public URL, or
 * PayFast switched off: no link, with the reason. A PayFast setup that can't
 * make checkouts (a live ledger without its passphrase, ...) is an error.
 */
Result<PayNowLink> payNowLinkFor(Ledger& ledger, const Config& config, const Invoice& invoice);

} // namespace imali
