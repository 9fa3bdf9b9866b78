// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"
#include "InvoiceEditorDialog.h"
#include "Language.h"
#include "Ledger.h"
#include "MainWindow.h"
#include "TestLedger.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace imali;

/** The console in Afrikaans: the embedded catalogue loads and the pages and buttons speak it. */
class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choiceComesFromSettings();
    void consoleSpeaksAfrikaans_data() { testdb::addBackendRows(); }
    void consoleSpeaksAfrikaans();
};

void tst_Language::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("imali-test-language"));
}

void tst_Language::choiceComesFromSettings()
{
    QSettings().remove(QStringLiteral("language"));
    QCOMPARE(Language::chosen(), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("af"));
    QCOMPARE(Language::chosen(), QStringLiteral("af"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("xx"));
    QCOMPARE(Language::chosen(), QStringLiteral("en"));
    QVERIFY(!Language::install(QStringLiteral("xx")));
    QSettings().remove(QStringLiteral("language"));
}

void tst_Language::consoleSpeaksAfrikaans()
{
    QFETCH(QString, backend);
    static const bool installed = Language::install(QStringLiteral("af"));
    QVERIFY(installed);
    testdb::TestLedger t(backend);
    const QString error = t.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ConsoleContext context(t.ledger(), Config(QString()));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* pages = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(pages);
    QStringList names;
    for (int i = 0; i < pages->count(); ++i)
        names << pages->item(i)->text();
    for (const QString& page : {QStringLiteral("Oorsig"), QStringLiteral("Fakture"),
                                QStringLiteral("Betalings"), QStringLiteral("Kliënte")})
        QVERIFY2(names.contains(page), qPrintable(names.join(QLatin1String(", "))));
    QVERIFY(!names.contains(QStringLiteral("Invoices")));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("sandboxBanner"))
                ->text()
                .startsWith(QLatin1String("SANDPUT")));
    QCOMPARE(window.windowTitle(), QStringLiteral("imali — sandput"));

    InvoiceEditorDialog editor(context);
    QCOMPARE(editor.windowTitle(), QStringLiteral("Nuwe faktuur"));
    QCOMPARE(editor.findChild<QPushButton*>(QStringLiteral("saveDraft"))->text(),
             QStringLiteral("Stoor as k&onsep"));
    QCOMPARE(editor.findChild<QPushButton*>(QStringLiteral("saveAndIssue"))->text(),
             QStringLiteral("Stoor en &reik uit"));
    // Qt's own standard button, from the QPlatformTheme strings our catalogue carries.
    auto* box = editor.findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Kanselleer"));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
