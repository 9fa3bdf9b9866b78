// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl export: reports for the bookkeeper.
#include "CliContext.h"

#include "documents/ReportDocument.h"
#include "reports/Reports.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

#include <atomic>
#include <csignal>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}

// Set by SIGINT/SIGTERM during an export; the progress callback turns it into a cancel, so
// the temporary file is removed rather than left behind by a killed process.
std::atomic<bool> interrupted {false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

/** Routes SIGINT and SIGTERM to the interrupted flag while it lives, then puts the old handlers back. */
class InterruptGuard
{
public:
    InterruptGuard()
    {
        interrupted.store(false);
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~InterruptGuard()
    {
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

/// A YYYY-MM-DD day given as --\a name, or a usage error naming the option.
Result<QDate> parseDay(const CliContext& ctx, const QString& name)
{
    const QString text = ctx.args().option(name);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid())
        return Error::validation(tr("--%1 must be a day as YYYY-MM-DD, not \"%2\"").arg(name, text));
    return day;
}
} // namespace

int runExportCommand(CliContext& ctx)
{
    const QString reportOption = QStringLiteral("report");
    const QString formatOption = QStringLiteral("format");
    const QString fromOption = QStringLiteral("from");
    const QString toOption = QStringLiteral("to");
    const QString asOfOption = QStringLiteral("as-of");
    const QString outOption = QStringLiteral("out");
    if (auto bad =
            ctx.rejectUnknown({reportOption, formatOption, fromOption, toOption, asOfOption, outOption}))
        return *bad;
    const CliArguments& a = ctx.args();
    const QString usage =
        tr("usage: imalictl export --report transactions|invoices|vat|summary --format csv|pdf "
           "--from YYYY-MM-DD --to YYYY-MM-DD --out FILE, or --report aging --as-of YYYY-MM-DD "
           "--format csv|pdf --out FILE");
    if (a.positionals.size() > 1)
        return ctx.usage(tr("unexpected \"%1\"; %2").arg(a.positionals.at(1), usage));

    // Everything is checked before the ledger is opened: a mistake writes nothing at all.
    if (!a.has(reportOption))
        return ctx.usage(usage);
    const auto kind = reportKindFromString(a.option(reportOption));
    if (!kind)
        return ctx.usage(tr("there is no report \"%1\"; choose transactions, invoices, aging, vat or summary")
                             .arg(a.option(reportOption)));
    const QString format = a.option(formatOption);
    if (!a.has(formatOption))
        return ctx.usage(tr("give --format csv or --format pdf"));
    const bool pdf = format == QLatin1String("pdf");
    if (!pdf && format != QLatin1String("csv"))
        return ctx.usage(tr("--format must be csv or pdf, not \"%1\"").arg(format));

    ReportRequest request;
    request.kind = *kind;
    if (*kind == ReportKind::Aging) {
        if (a.has(fromOption) || a.has(toOption))
            return ctx.usage(tr("the aging report is as of one day: give --as-of, not --from/--to"));
        if (!a.has(asOfOption))
            return ctx.usage(tr("the aging report needs --as-of YYYY-MM-DD"));
        auto asOf = parseDay(ctx, asOfOption);
        if (!asOf)
            return ctx.fail(asOf.error());
        request.asOf = *asOf;
    } else {
        if (a.has(asOfOption))
            return ctx.usage(tr("--as-of is for the aging report; the %1 report takes --from and --to")
                                 .arg(toString(*kind)));
        if (!a.has(fromOption) || !a.has(toOption))
            return ctx.usage(
                tr("the %1 report needs --from YYYY-MM-DD and --to YYYY-MM-DD").arg(toString(*kind)));
        auto from = parseDay(ctx, fromOption);
        if (!from)
            return ctx.fail(from.error());
        auto to = parseDay(ctx, toOption);
        if (!to)
            return ctx.fail(to.error());
        request.from = *from;
        request.to = *to;
    }
    if (Status s = request.validate(); !s)
        return ctx.fail(s.error());

    const QString out = a.option(outOption);
    if (out.isEmpty())
        return ctx.usage(tr("give the file to write with --out FILE"));
    const QFileInfo outInfo(out);
    if (outInfo.isDir())
        return ctx.usage(tr("--out %1 is a folder; give a file name").arg(out));
    if (!outInfo.absoluteDir().exists())
        return ctx.usage(tr("the folder of --out %1 does not exist").arg(out));

    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    ExportSummary summary;
    InterruptGuard guard;
    const auto keepGoing = [](qint64) { return !interrupted.load(); };
    Status s = pdf ? exportPdf(**ledger, request, out, keepGoing, &summary)
                   : exportCsv(**ledger, request, out, keepGoing, &summary);
    if (!s && interrupted.load())
        return ctx.fail(Error::runtime(tr("interrupted; no report was written")));
    if (!s)
        return ctx.fail(s.error());
    if (pdf && ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("file"), summary.file},
                                   {QStringLiteral("rows"), summary.rows},
                                   {QStringLiteral("pages"), summary.pages},
                                   {QStringLiteral("audit_head"),
                                    QJsonObject {{QStringLiteral("seq"), summary.auditSeq},
                                                 {QStringLiteral("mac"), summary.auditMac}}}});
    else if (pdf)
        ctx.out() << tr("Wrote %1 rows on %2 pages to %3 (audit chain head #%4).\n")
                         .arg(summary.rows)
                         .arg(summary.pages)
                         .arg(summary.file)
                         .arg(summary.auditSeq);
    else if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("file"), summary.file},
                                   {QStringLiteral("rows"), summary.rows},
                                   {QStringLiteral("anchor"), summary.anchorFile},
                                   {QStringLiteral("sha256"), summary.sha256}});
    else
        ctx.out() << tr("Wrote %1 rows to %2 (anchor: %3).\n")
                         .arg(summary.rows)
                         .arg(summary.file, summary.anchorFile);
    return 0;
}

} // namespace imali
