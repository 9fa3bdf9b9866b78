// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <functional>

namespace imali {

class Ledger;

/** How much made-up data to add. */
struct DemoSize {
    int customers = 100;
    int invoices = 1000;
    bool payments = false;
};

/**
 * Fills a ledger with realistic made-up customers, invoices (drafts, open,
 * overdue, paid) and PayFast-style payments with fees, each with its audit
 * entry, for trying the console and for benchmarks. Writes in batches with
 * statements prepared once; every row goes through the same constraints.
 */
class DemoData
{
public:
    explicit DemoData(Ledger& ledger);
    /// \a progress gets the number of invoices written so far; returning false cancels.
    Status generate(const DemoSize& size, const std::function<bool(int)>& progress = {});

private:
    Ledger& m_ledger;
};

} // namespace imali
