// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"
#include "CustomerDialog.h"
#include "InvoiceEditorDialog.h"
#include "InvoicesView.h"
#include "Language.h"
#include "Ledger.h"
#include "MainWindow.h"
#include "RequestPaymentDialog.h"
#include "TestLedger.h"
#include "queries/InvoiceQuery.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextEdit>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QAction>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace imali;

namespace
{

/// Where a person's next key press goes: the focused widget, else the active window.
QWidget* focused()
{
    if (QWidget* widget = QApplication::focusWidget())
        return widget;
    return QApplication::activeWindow();
}

/// Keys typed into whatever has the focus.
void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

/// Waits until \a window has the keyboard: the active window, as a window manager makes a new dialog.
bool waitActive(QWidget* window)
{
    const auto active = [window] { return QApplication::activeWindow() == window; };
    if (QTest::qWaitFor(active, 1000))
        return true;
    window->activateWindow(); // the offscreen platform has no window manager to do it
    return QTest::qWaitFor(active, 5000);
}

/// A console on a fresh ledger, in \a language, with the keyboard: what both tests start from.
struct KeyboardConsole {
    explicit KeyboardConsole(const QString& engine)
        : ledger(engine)
        , backend(engine)
    {
    }

    /// Empty once the main window is shown and active; else what stopped it.
    QString start(const QString& language)
    {
        if (backend == QLatin1String("postgres") && qEnvironmentVariableIsEmpty("IMALI_TEST_POSTGRES_URL"))
            return QStringLiteral("IMALI_TEST_POSTGRES_URL is not set; the PostgreSQL rows need it");
        if (!Language::install(language))
            return QStringLiteral("the %1 catalogue did not load").arg(language);
        if (const QString error = ledger.open(); !error.isEmpty())
            return error;
        context = std::make_unique<ConsoleContext>(ledger.ledger(), Config(QString()));
        window = std::make_unique<MainWindow>(*context);
        window->show();
        return waitActive(window.get()) ? QString() : QStringLiteral("the main window never became active");
    }

    testdb::TestLedger ledger;
    QString backend;
    std::unique_ptr<ConsoleContext> context;
    std::unique_ptr<MainWindow> window; // before the context it uses
};

/**
 * Runs \a drive on the modal dialog of type T once it shows, or drive(nullptr) after 5 s without one.
 * A dialog opened with exec() blocks the key press that opened it, so it is driven from the event loop.
 */
template<typename T, typename F>
void whenModal(QObject* context, F drive, int attemptsLeft = 500)
{
    QTimer::singleShot(10, context, [=] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (dialog || attemptsLeft == 0)
            drive(dialog);
        else
            whenModal<T>(context, drive, attemptsLeft - 1);
    });
}

/// The row of the first item of \a view's column \a column whose text contains \a text, or -1.
int rowContaining(const QAbstractItemView* view, int column, const QString& text)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

/// Uninstalls every catalogue, so that each row starts in English whatever ran before it.
void resetLanguage()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

/**
 * The console's main path with the keyboard only, in English and in Afrikaans: a customer, an invoice
 * with a line, saved, issued, its payment request, then the Payments and Settings pages. Modal dialogs
 * are driven from a timer, as a person types into them while they are open.
 */
class tst_Keyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainPathByKeyboard_data();
    void mainPathByKeyboard();
    void everyPageIsWalkedByTab_data();
    void everyPageIsWalkedByTab();
    void cleanup() { resetLanguage(); }
};

void tst_Keyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("imali-test-keyboard"));
}

void tst_Keyboard::mainPathByKeyboard_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("backend");
    // What each language shows for the steps' results.
    QTest::addColumn<QString>("customersPage");
    QTest::addColumn<QString>("openStatus");
    QTest::addColumn<QString>("issuedPrefix");
    QTest::addColumn<QString>("waiting");
    QTest::addColumn<QString>("desktopGroup");
    const QStringList backends = {QStringLiteral("sqlite"), QStringLiteral("postgres")};
    for (const QString& backend : backends) {
        QTest::addRow("English on %s", qPrintable(backend))
            << QStringLiteral("en") << backend << QStringLiteral("Customers") << QStringLiteral("Open")
            << QStringLiteral("Issued ") << QStringLiteral("is waiting for payment")
            << QStringLiteral("This desktop");
        QTest::addRow("Afrikaans on %s", qPrintable(backend))
            << QStringLiteral("af") << backend << QStringLiteral("Kliënte") << QStringLiteral("Oop")
            << QStringLiteral(" uitgereik.") << QStringLiteral("wag op betaling")
            << QStringLiteral("Hierdie rekenaar");
    }
}

void tst_Keyboard::mainPathByKeyboard()
{
    QFETCH(QString, language);
    QFETCH(QString, backend);
    QFETCH(QString, customersPage);
    QFETCH(QString, openStatus);
    QFETCH(QString, issuedPrefix);
    QFETCH(QString, waiting);
    QFETCH(QString, desktopGroup);
    KeyboardConsole console(backend);
    const QString problem = console.start(language);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MainWindow& window = *console.window;

    // Customers (Ctrl+4), a new one (Ctrl+N): name, Tab, email, Return saves.
    press(Qt::Key_4, Qt::ControlModifier);
    auto* customersTable = window.findChild<QTableView*>(QStringLiteral("customersTable"));
    QVERIFY(customersTable);
    QTRY_VERIFY(customersTable->isVisible());
    QVERIFY2(window.findChild<QWidget*>(QStringLiteral("customersView"))->isAncestorOf(focused()),
             "Ctrl+4 leaves the focus outside the Customers page, so its shortcuts do not work");
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<CustomerDialog*>(QApplication::activeModalWidget()));
    QVERIFY(waitActive(QApplication::activeModalWidget()));
    QCOMPARE(focused()->objectName(), QStringLiteral("nameEdit"));
    type(QStringLiteral("Thandi Nkosi"));
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("emailEdit"));
    type(QStringLiteral("thandi@example.co.za"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(waitActive(&window)); // back from the dialog, as a window manager gives it back
    const int customerRow = rowContaining(customersTable, 0, QStringLiteral("Thandi Nkosi"));
    QVERIFY(customerRow >= 0);
    QCOMPARE(customersTable->currentIndex().row(), customerRow);
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigation"))->currentItem()->text(),
             customersPage);

    // Invoices (Ctrl+2), a new one (Ctrl+N): the customer by name, Tab to the lines, one line, Ctrl+Return.
    press(Qt::Key_2, Qt::ControlModifier);
    auto* invoiceTable = window.findChild<QTableView*>(QStringLiteral("invoiceTable"));
    QVERIFY(invoiceTable);
    QTRY_VERIFY(invoiceTable->isVisible());
    QVERIFY2(window.invoicesView()->isAncestorOf(focused()), qPrintable(focused()->objectName()));
    QString inEditor; // what went wrong inside the modal editor, if anything
    bool editorDone = false;
    whenModal<InvoiceEditorDialog>(this, [&](InvoiceEditorDialog* editor) {
        const auto done = qScopeGuard([&] { editorDone = true; });
        if (!editor) {
            inEditor = QStringLiteral("Ctrl+N did not open the invoice editor");
            return;
        }
        if (!waitActive(editor)) {
            inEditor = QStringLiteral("the invoice editor did not become the active window");
            editor->reject();
            return;
        }
        auto* customerBox = editor->findChild<QWidget*>(QStringLiteral("customerBox"));
        if (focused() != customerBox && focused()->parentWidget() != customerBox) {
            inEditor = QStringLiteral("the editor opens with the focus on %1").arg(focused()->objectName());
            editor->reject();
            return;
        }
        type(QStringLiteral("Thandi"));
        // Tab walks the due date's year, month and day and the prices-include-VAT box, then the lines.
        // The table opens a cell's editor as it takes the focus, so the focus may be inside it.
        auto* lines = editor->findChild<QWidget*>(QStringLiteral("linesTable"));
        const auto inLines = [lines] { return focused() == lines || lines->isAncestorOf(focused()); };
        for (int tabs = 0; tabs < 6 && !inLines(); ++tabs)
            press(Qt::Key_Tab);
        if (!inLines()) {
            inEditor =
                QStringLiteral("Tab from the due date reaches %1 (a %2 in %3), not the lines")
                    .arg(focused()->objectName(), QLatin1String(focused()->metaObject()->className()),
                         focused()->parentWidget() ? focused()->parentWidget()->objectName() : QString());
            editor->reject();
            return;
        }
        type(QStringLiteral("Website hosting"));
        press(Qt::Key_Tab);
        type(QStringLiteral("2"));
        press(Qt::Key_Tab);
        type(QStringLiteral("150.00"));
        press(Qt::Key_Tab);
        press(Qt::Key_Return, Qt::ControlModifier);
        if (editor->isVisible()) {
            inEditor = QStringLiteral("Ctrl+Return did not save: %1")
                           .arg(editor->findChild<QLabel*>(QStringLiteral("validationMessage"))->text());
            editor->reject();
        }
    });
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(editorDone);
    QVERIFY2(inEditor.isEmpty(), qPrintable(inEditor));
    QVERIFY(waitActive(&window));
    const int invoiceRow = invoiceTable->currentIndex().row();
    QVERIFY(invoiceRow >= 0);
    QVERIFY(invoiceTable->model()
                ->index(invoiceRow, int(InvoiceColumn::Customer))
                .data()
                .toString()
                .contains(QLatin1String("Thandi Nkosi")));
    const QString total =
        invoiceTable->model()->index(invoiceRow, int(InvoiceColumn::Total)).data().toString();
    QVERIFY2(total.contains(QLatin1String("345.00")), qPrintable(total)); // 2 × 150.00 and 15% VAT

    // Issue it (Ctrl+I): the row's status and the message, in the language.
    press(Qt::Key_I, Qt::ControlModifier);
    auto* message = window.findChild<QLabel*>(QStringLiteral("invoiceMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(issuedPrefix), qPrintable(message->text()));
    QTRY_COMPARE(invoiceTable->model()
                     ->index(invoiceTable->currentIndex().row(), int(InvoiceColumn::State))
                     .data()
                     .toString(),
                 openStatus);
    const QString number = invoiceTable->model()
                               ->index(invoiceTable->currentIndex().row(), int(InvoiceColumn::Number))
                               .data()
                               .toString();
    QVERIFY(message->text().contains(number));

    // Request payment (Ctrl+P): the public address typed and Return, the link's state, Escape closes.
    QString inRequest;
    QString state;
    bool requestDone = false;
    whenModal<RequestPaymentDialog>(this, [&](RequestPaymentDialog* request) {
        const auto done = qScopeGuard([&] { requestDone = true; });
        if (!request) {
            inRequest = QStringLiteral("Ctrl+P did not open the payment request");
            return;
        }
        if (!waitActive(request)) {
            inRequest = QStringLiteral("the payment request did not become the active window");
            request->reject();
            return;
        }
        if (focused()->objectName() != QLatin1String("publicUrlEdit")) {
            inRequest =
                QStringLiteral("the payment request opens with the focus on %1").arg(focused()->objectName());
            request->reject();
            return;
        }
        type(QStringLiteral("https://shop.example.co.za"));
        press(Qt::Key_Return);
        state = request->findChild<QLabel*>(QStringLiteral("paymentState"))->text();
        press(Qt::Key_Escape);
        if (request->isVisible()) {
            inRequest = QStringLiteral("Escape did not close the payment request");
            request->reject();
        }
    });
    press(Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(requestDone);
    QVERIFY2(inRequest.isEmpty(), qPrintable(inRequest));
    QVERIFY(waitActive(&window));
    QVERIFY2(state.contains(number) && state.contains(waiting), qPrintable(state));

    // Payments (Ctrl+3) and Settings (Ctrl+9), each with the focus inside it.
    press(Qt::Key_3, Qt::ControlModifier);
    auto* payments = window.findChild<QWidget*>(QStringLiteral("paymentsView"));
    QTRY_VERIFY(payments->isVisible());
    QVERIFY(payments->isAncestorOf(focused()));
    press(Qt::Key_9, Qt::ControlModifier);
    QGroupBox* desktop = nullptr;
    for (QGroupBox* box : window.findChildren<QGroupBox*>()) {
        if (box->title() == desktopGroup)
            desktop = box;
    }
    QVERIFY2(desktop, qPrintable(desktopGroup));
    QTRY_VERIFY(desktop->isVisible());
    QVERIFY(!payments->isVisible());
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"

void tst_Keyboard::everyPageIsWalkedByTab_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("backend");
    for (const QString& backend : {QStringLiteral("sqlite"), QStringLiteral("postgres")}) {
        QTest::addRow("English on %s", qPrintable(backend)) << QStringLiteral("en") << backend;
        QTest::addRow("Afrikaans on %s", qPrintable(backend)) << QStringLiteral("af") << backend;
    }
}

/**
 * Every page, opened with its Ctrl+number, keeps the focus inside it, and Tab (Ctrl+Tab out of a table)
 * reaches every control a person can use on it, with no control that only a mouse can reach and no
 * place Tab can't leave.
 */
void tst_Keyboard::everyPageIsWalkedByTab()
{
    QFETCH(QString, language);
    QFETCH(QString, backend);
    KeyboardConsole console(backend);
    const QString problem = console.start(language);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MainWindow& window = *console.window;
    auto* pages = window.findChild<QStackedWidget*>();
    QVERIFY(pages);
    QCOMPARE_GE(pages->count(), 9);

    const auto usable = [](QWidget* w) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QTextEdit*>(w)
            || qobject_cast<QPlainTextEdit*>(w);
        // Parts reached through their owner: a spin box's or combo box's line edit, a table's headers and
        // corner button, an open combo box's list.
        QWidget* owner = w->parentWidget();
        const bool part = (qobject_cast<QLineEdit*>(w) && (qobject_cast<QAbstractSpinBox*>(owner) || qobject_cast<QComboBox*>(owner)))
            || qobject_cast<QHeaderView*>(w) || (owner && qobject_cast<QAbstractItemView*>(owner))
            || (qobject_cast<QAbstractItemView*>(w) && w->window() != w->parentWidget()->window());
        return control && !part && w->isVisible() && w->isEnabled();
    };
    for (int index = 0; index < 9; ++index) {
        press(static_cast<Qt::Key>(Qt::Key_1 + index), Qt::ControlModifier);
        QWidget* page = pages->widget(index);
        QTRY_COMPARE(pages->currentIndex(), index);
        const QByteArray where = page->objectName().toUtf8() + " (Ctrl+" + QByteArray::number(index + 1) + ")";
        QVERIFY2(page->isAncestorOf(focused()), where.constData());

        QSet<QWidget*> reached{focused()};
        QWidget* start = focused();
        for (int step = 0; step < 400; ++step) {
            QWidget* before = focused();
            // A date edit takes a Tab per section (day, month, year) before it lets go.
            for (int section = 0; section < 4 && focused() == before; ++section)
                press(Qt::Key_Tab);
            if (focused() == before) // a table moves between its cells: Ctrl+Tab leaves it
                press(Qt::Key_Tab, Qt::ControlModifier);
            QVERIFY2(focused() != before, (where + ": Tab can't leave " + before->metaObject()->className() + " "
                                           + before->objectName().toUtf8()).constData());
            if (focused() == start)
                break;
            reached.insert(focused());
        }
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!usable(w))
                continue;
            // A toolbar button is pressed by its action's shortcut rather than tabbed to.
            if (auto* tool = qobject_cast<QToolButton*>(w); tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty())
                continue;
            QWidget* proxy = w->focusProxy() ? w->focusProxy() : w;
            QVERIFY2(reached.contains(proxy) || reached.contains(w),
                     (where + ": Tab never reaches " + w->metaObject()->className() + " \"" + w->objectName().toUtf8()
                      + "\" " + (qobject_cast<QAbstractButton*>(w) ? qobject_cast<QAbstractButton*>(w)->text().toUtf8() : QByteArray()))
                         .constData());
        }
    }
}
