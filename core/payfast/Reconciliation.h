// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PayFastHistory.h"
#include "Result.h"
#include "books/PaymentBooking.h"
#include "books/Records.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <optional>

namespace imali
{

class Ledger;
class PayFastApiClient;
class PayFastRefunds;

/** One way the ledger and PayFast's history disagree. */
struct ReconciliationDifference {
    enum class Kind {
        MissingFromLedger, ///< PayFast has the payment, the ledger does not (offer to book it)
        UnknownToPayFast, ///< the ledger has a PayFast payment PayFast's history does not
        AmountsDiffer, ///< both have it; gross or fee differ
    };
    Kind kind = Kind::MissingFromLedger;
    QString pfPaymentId;
    std::optional<PayFastHistoryEntry> payfast;
    std::optional<Transaction> ledger;
    QString detail; ///< a sentence for a person
};

/// "missing", "unknown", "differs": the names the command line and the JSON use.
QString toString(ReconciliationDifference::Kind kind);

/** What a run compared and found. */
struct ReconciliationReport {
    QDate from;
    QDate to;
    int payfastPayments = 0;
    int ledgerPayments = 0;
    int matched = 0;
    QList<ReconciliationDifference> differences;
    QList<BookingOutcome> booked; ///< when the run was asked to book what was missing
    QList<Transaction> settledRefunds; ///< unknown refunds a query settled during the run
    QStringList problems; ///< refunds that could not be settled, and why
    int count(ReconciliationDifference::Kind kind) const;
};

/**
 * Compares the ledger with PayFast's transaction history for a period of
 * Johannesburg days: payments PayFast has and the ledger lacks, ledger
 * payments PayFast does not know, and amounts or fees that differ. Booking a
 * missing one goes through PaymentBooking, so it lands on the same
 * one-per-payment row its late ITN would. catchUp() reconciles the days since
 * the last run (the console calls it on start) and also asks PayFast about
 * refunds left unknown. Each run is recorded. One run at a time; cancel()
 * stops one between pages.
 */
class Reconciliation : public QObject
{
    Q_OBJECT

public:
    Reconciliation(Ledger& ledger, PayFastApiClient& api, QObject* parent = nullptr);

    enum class Booking { ReportOnly, BookMissing };
    /// Fetches PayFast's history from \a from to \a to (inclusive) and compares; books missing ones if asked.
    void run(QDate from, QDate to, Booking booking, std::function<void(Result<ReconciliationReport>)> done);
    /// Books one payment PayFast has and the ledger lacks, after a person confirmed it.
    Result<BookingOutcome> bookMissing(const PayFastHistoryEntry& entry);
    /// Reconciles from the last run's last day (or CatchUpDays back) to today, and settles unknown refunds.
    void catchUp(Booking booking, std::function<void(Result<ReconciliationReport>)> done);
    /// The last day a finished run covered, if any.
    Result<std::optional<QDate>> lastReconciledDay();
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }

    static constexpr int PageSize = 1000;
    static constexpr int CatchUpDays = 7;
    static constexpr int MaxDays = 366;

signals:
    /// Pages of history fetched so far, for a progress bar.
    void progress(int pagesFetched, int rowsFetched);

private:
    void fetchPage(int offset);
    void compare();
    void settleRefunds(QList<Transaction> unknown);
    void finishRun(Result<ReconciliationReport> result);
    Status recordRun(const ReconciliationReport& report, const QString& startedAt);

    Ledger& m_ledger;
    PayFastApiClient& m_api;
    PayFastRefunds* m_refunds;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_settleRefunds = false;
    Booking m_booking = Booking::ReportOnly;
    QString m_startedAt;
    ReconciliationReport m_report;
    QList<PayFastHistoryEntry> m_history;
    int m_pages = 0;
    std::function<void(Result<ReconciliationReport>)> m_done;
};

} // namespace imali
