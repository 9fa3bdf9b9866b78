// SPDX-License-Identifier: GPL-3.0-or-later
// Saves the README's screenshots of the console (offscreen, QWidget::grab) from the demo ledger the
// environment names (XDG_CONFIG_HOME, XDG_DATA_HOME, IMALI_KEY_FILE; see bench/screenshots.sh):
//   screenshots OUTPUT_DIR [--language af]
#include "ConsoleContext.h"
#include "InvoiceEditorDialog.h"
#include "InvoicesView.h"
#include "Language.h"
#include "Ledger.h"
#include "MainWindow.h"
#include "RequestPaymentDialog.h"
#include "security/KeyStore.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace imali;

namespace
{

bool save(QWidget& widget, const QString& path)
{
    QTest::qWait(150); // let queued layout and chart animations settle
    const bool saved = widget.grab().save(path);
    qInfo("%s %s", saved ? "saved" : "could not save", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("imali-screenshots"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Where the PNGs go."));
    parser.addOption({QStringLiteral("language"), QStringLiteral("en or af."), QStringLiteral("CODE"),
                      QStringLiteral("en")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QDir out(parser.positionalArguments().first());
    const QString suffix = parser.value(QStringLiteral("language")) == QLatin1String("en")
        ? QString()
        : QLatin1Char('-') + parser.value(QStringLiteral("language"));
    if (!Language::install(parser.value(QStringLiteral("language"))))
        return 2;

    auto location = LedgerLocation::resolve(QString(), QString());
    if (!location)
        return 1;
    auto ledger = Ledger::open(
        *location, std::make_unique<FileKeyStore>(FileKeyStore::defaultPath(location->configDir)));
    if (!ledger || !(*ledger)->unlock())
        return 1;
    ConsoleContext context(**ledger, Config(Config::defaultIniFile(location->configDir)));
    MainWindow window(context);
    window.resize(1280, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    bool ok = save(window, out.filePath(QStringLiteral("dashboard%1.png").arg(suffix)));

    window.showPage(QStringLiteral("Invoices"));
    auto* table = window.invoicesView()->findChild<QTableView*>(QStringLiteral("invoiceTable"));
    auto* status = window.invoicesView()->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("open")));
    table->selectRow(0);
    ok = save(window, out.filePath(QStringLiteral("invoices%1.png").arg(suffix))) && ok;
    const qint64 openInvoice = table->model()->index(0, 0).data(Qt::UserRole).toLongLong();

    {
        InvoiceEditorDialog editor(context, nullptr, &window);
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor))
            return 1;
        editor.findChild<QComboBox*>(QStringLiteral("customerBox"))->setCurrentIndex(3);
        auto* lines = editor.findChild<QTableWidget*>(QStringLiteral("linesTable"));
        lines->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Catering for 20 guests")));
        lines->setItem(0, 1, new QTableWidgetItem(QStringLiteral("1")));
        lines->setItem(0, 2, new QTableWidgetItem(QStringLiteral("4 500.00")));
        lines->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Delivery")));
        lines->setItem(1, 1, new QTableWidgetItem(QStringLiteral("2")));
        lines->setItem(1, 2, new QTableWidgetItem(QStringLiteral("325.00")));
        ok = save(editor, out.filePath(QStringLiteral("invoice-editor%1.png").arg(suffix))) && ok;
    }
    {
        RequestPaymentDialog request(context, openInvoice, &window);
        request.show();
        if (!QTest::qWaitForWindowExposed(&request))
            return 1;
        if (auto* url = request.findChild<QLineEdit*>(QStringLiteral("publicUrlEdit"));
            url && url->isVisible()) {
            url->setText(QStringLiteral("https://pay.myshop.co.za"));
            QTest::mouseClick(request.findChild<QPushButton*>(QStringLiteral("savePublicUrl")),
                              Qt::LeftButton);
        }
        ok = save(request, out.filePath(QStringLiteral("request-payment%1.png").arg(suffix))) && ok;
    }
    window.showPage(QStringLiteral("Payments"));
    ok = save(window, out.filePath(QStringLiteral("payments%1.png").arg(suffix))) && ok;
    return ok ? 0 : 1;
}
