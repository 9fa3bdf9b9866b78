// SPDX-License-Identifier: GPL-3.0-or-later
// Times the console's views on the ledger named by the environment (XDG_CONFIG_HOME, XDG_DATA_HOME,
// IMALI_KEY_FILE; see bench/views.sh): console start to first paint, the invoice list's first rows,
// filters, sorting by each column, and the invoice editor's validation feedback. Every figure is
// the median of --runs runs; each run ends with the rows painted (a synchronous repaint of the
// table's viewport), so it is what the user waits for, not just the query.
#include "ConsoleContext.h"
#include "InvoiceEditorDialog.h"
#include "InvoiceTableModel.h"
#include "InvoicesView.h"
#include "Ledger.h"
#include "MainWindow.h"
#include "security/KeyStore.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace imali;

namespace
{

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Sets a flag when \a watched is painted: the first paint after a start is the moment we time.
class PaintWatch : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

struct Bench {
    QString label;
    double targetMs; ///< 0: no target
    QList<double> runs;

    double median() const
    {
        QList<double> sorted = runs;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
    }
};

QList<Bench> results;

/// Runs \a step \a runs times (each returns its own milliseconds) and records the runs.
void measure(const QString& label, double targetMs, int runs, const std::function<double()>& step)
{
    Bench b {label, targetMs, {}};
    for (int i = 0; i < runs; ++i)
        b.runs << step();
    results << b;
}

double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("imali-bench"));
    QApplication::setApplicationName(QStringLiteral("imali-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("A part of customers' names to search for."),
                      QStringLiteral("TEXT"), QStringLiteral("Naidoo")});
    parser.addOption({QStringLiteral("number"), QStringLiteral("An invoice number to search for."),
                      QStringLiteral("TEXT"), QStringLiteral("4321")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    auto location = LedgerLocation::resolve(QString(), QString());
    if (!location) {
        out() << "cannot find the ledger: " << location.error().message << Qt::endl;
        return 1;
    }
    const QString iniFile = Config::defaultIniFile(location->configDir);

    // 1. Console start: open + unlock the ledger, build the window, show it, until its first paint.
    measure(QStringLiteral("console start to first paint"), 0, runs, [&] {
        QElapsedTimer t;
        t.start();
        auto ledger = Ledger::open(
            *location, std::make_unique<FileKeyStore>(FileKeyStore::defaultPath(location->configDir)));
        if (!ledger || !(*ledger)->unlock()) {
            out() << "cannot open the ledger" << Qt::endl;
            std::exit(1);
        }
        ConsoleContext context(**ledger, Config(iniFile));
        MainWindow window(context);
        PaintWatch watch;
        window.installEventFilter(&watch);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            std::exit(1);
        while (!watch.painted)
            QCoreApplication::processEvents();
        const double ms = elapsedMs(t);
        window.close();
        return ms;
    });

    auto ledger = Ledger::open(
        *location, std::make_unique<FileKeyStore>(FileKeyStore::defaultPath(location->configDir)));
    if (!ledger || !(*ledger)->unlock())
        return 1;
    ConsoleContext context(**ledger, Config(iniFile));
    MainWindow window(context);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.showPage(QStringLiteral("Invoices"));
    InvoicesView* view = window.invoicesView();
    auto* table = view->findChild<QTableView*>(QStringLiteral("invoiceTable"));
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("invoiceSearch"));
    auto* status = view->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    auto* model = qobject_cast<InvoiceTableModel*>(table->model());
    QCoreApplication::processEvents();

    // The work a change costs, ending with the table's rows painted.
    auto paintedAfter = [&](const std::function<void()>& change) {
        QElapsedTimer t;
        t.start();
        change();
        table->viewport()->repaint();
        return elapsedMs(t);
    };
    auto resetFilters = [&] {
        search->clear();
        status->setCurrentIndex(0);
        table->horizontalHeader()->setSortIndicator(int(InvoiceColumn::Number), Qt::DescendingOrder);
        QCoreApplication::processEvents();
    };

    // 2. The invoice list's first rows: a reload of the model (query + count) and the paint.
    measure(QStringLiteral("invoices: first rows (reload + paint)"), 200, runs,
            [&] { return paintedAfter([&] { model->reload(); }); });

    // 3. Filters, typed and confirmed with Return (which skips the typing pause).
    auto searchFor = [&](const QString& text) {
        return [&, text] {
            search->clear();
            QCoreApplication::processEvents();
            const double ms = paintedAfter([&] {
                search->setText(text);
                QTest::keyClick(search, Qt::Key_Return);
            });
            return ms;
        };
    };
    resetFilters();
    measure(QStringLiteral("filter: customer name \"%1\"").arg(parser.value(QStringLiteral("name"))), 100,
            runs, searchFor(parser.value(QStringLiteral("name"))));
    measure(QStringLiteral("filter: number \"%1\"").arg(parser.value(QStringLiteral("number"))), 100, runs,
            searchFor(parser.value(QStringLiteral("number"))));
    measure(QStringLiteral("filter: number prefix \"INV-0012\""), 100, runs,
            searchFor(QStringLiteral("INV-0012")));
    measure(QStringLiteral("filter: email \"customer77@\""), 100, runs,
            searchFor(QStringLiteral("customer77@")));
    resetFilters();
    for (const QString& s : {QStringLiteral("open"), QStringLiteral("overdue"), QStringLiteral("paid"),
                             QStringLiteral("draft")}) {
        measure(QStringLiteral("filter: status %1").arg(s), 100, runs, [&] {
            status->setCurrentIndex(0);
            QCoreApplication::processEvents();
            return paintedAfter([&] { status->setCurrentIndex(status->findData(s)); });
        });
    }
    resetFilters();

    // 4. Sorting by each column, both ways (first page).
    for (int column = 0; column < int(InvoiceColumn::Count); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString label =
                QStringLiteral("sort: %1 %2")
                    .arg(model->headerData(column, Qt::Horizontal).toString(),
                         order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
            measure(label, 200, runs, [&] {
                table->horizontalHeader()->setSortIndicator(int(InvoiceColumn::Number),
                                                            column == int(InvoiceColumn::Number)
                                                                    && order == Qt::DescendingOrder
                                                                ? Qt::AscendingOrder
                                                                : Qt::DescendingOrder);
                QCoreApplication::processEvents();
                return paintedAfter([&] { table->horizontalHeader()->setSortIndicator(column, order); });
            });
        }
    }
    resetFilters();

    // 5. The editor's validation feedback: a keystroke in a price cell until the totals are repainted.
    {
        InvoiceEditorDialog editor(context);
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor))
            return 1;
        auto* lines = editor.findChild<QTableWidget*>(QStringLiteral("linesTable"));
        lines->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Consulting")));
        lines->setItem(0, 1, new QTableWidgetItem(QStringLiteral("2")));
        int keystroke = 0;
        measure(QStringLiteral("editor: revalidate after a keystroke"), 100, runs, [&] {
            QElapsedTimer t;
            t.start();
            lines->setItem(0, 2, new QTableWidgetItem(QStringLiteral("1%1.50").arg(++keystroke)));
            editor.repaint();
            return elapsedMs(t);
        });
    }

    out() << "runs per figure: " << runs << Qt::endl;
    bool allMet = true;
    for (const Bench& b : results) {
        QStringList each;
        for (double ms : b.runs)
            each << QString::number(ms, 'f', 1);
        const bool met = b.targetMs <= 0 || b.median() < b.targetMs;
        allMet = allMet && met;
        out() << QStringLiteral("%1 | %2 ms | median %3 ms | %4\n")
                     .arg(b.label, -44)
                     .arg(each.join(QLatin1String(", ")), -24)
                     .arg(b.median(), 7, 'f', 1)
                     .arg(b.targetMs > 0 ? (met ? QStringLiteral("< %1 ok").arg(b.targetMs)
                                                : QStringLiteral("MISSED (target %1)").arg(b.targetMs))
                                         : QStringLiteral("-"));
    }
    out().flush();
    return allMet ? 0 : 3;
}
