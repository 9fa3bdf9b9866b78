// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"
#include "ConsoleContext.h"
#include "ConsoleFixtures.h"
#include "ListenerControls.h"
#include "MainWindow.h"
#include "NotificationsView.h"
#include "listener/NotificationStore.h"
#include "models/NotificationsModel.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace imali;

namespace
{

/// An INI file with \a values, in \a t's folder (non-secret names only: Config never reads secrets from it).
Config iniConfig(testdb::TestLedger& t, const QList<QPair<QString, QString>>& values)
{
    const QString file = t.filePath(QStringLiteral("imali.ini"));
    QSettings ini(file, QSettings::IniFormat);
    for (const auto& [name, value] : values)
        ini.setValue(name, value);
    ini.sync();
    return Config(file);
}

Status storeItn(Ledger& ledger, const QString& pfPaymentId, const QString& status)
{
    ReceivedNotification n;
    n.providerId = pfPaymentId;
    n.status = status;
    n.mPaymentId = QStringLiteral("m-") + pfPaymentId;
    n.rawBody = QStringLiteral("m_payment_id=m-%1&pf_payment_id=%1&payment_status=%2&amount_gross=100.00"
                               "&token=tok-SECRET-123&signature=sig0123456789abcdef")
                    .arg(pfPaymentId, status)
                    .toUtf8();
    n.sender = QHostAddress(QStringLiteral("197.97.145.144"));
    n.peer = n.sender;
    n.checks = QJsonObject {{QStringLiteral("signature"), QStringLiteral("valid")},
                            {QStringLiteral("sender"), QStringLiteral("allowed")}};
    auto stored = NotificationStore(ledger).store(n);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace

/**
 * The console's notification page and listener controls: the log newest
 * first with each check, fields with the signature and token redacted, the
 * alert for validly signed ITNs refused for their sender (page and status
 * bar), and the listener's start/stop with a status line and a plain warning
 * when it can't start or PayFast can't reach the public URL.
 */
class tst_NotificationsView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        for (const char* name :
             {"IMALI_ITN_LISTEN", "IMALI_PUBLIC_URL", "PAYFAST_MERCHANT_ID", "PAYFAST_MERCHANT_KEY",
              "PAYFAST_PASSPHRASE", "PAYFAST_NOTIFY_URL", "IMALI_DATABASE_URL"})
            qunsetenv(name);
    }
    void showsTheLogNewestFirstRedacted_data() { testdb::addBackendRows(); }
    void showsTheLogNewestFirstRedacted();
    void alertsWhenASignedItnWasRefusedForItsSender_data() { testdb::addBackendRows(); }
    void alertsWhenASignedItnWasRefusedForItsSender();
    void startsAndStopsTheListenerAndSaysWhyNot_data() { testdb::addBackendRows(); }
    void startsAndStopsTheListenerAndSaysWhyNot();
    void sinceText_data();
    void sinceText();
};

void tst_NotificationsView::showsTheLogNewestFirstRedacted()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    QVERIFY_OK(storeItn(t.ledger(), QStringLiteral("1001"), QStringLiteral("COMPLETE")));
    QVERIFY_OK(storeItn(t.ledger(), QStringLiteral("1002"), QStringLiteral("COMPLETE")));
    ConsoleContext context(t.ledger(), iniConfig(t, {}));
    NotificationsView view(context);
    view.show();
    NotificationsModel* model = view.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, NotificationsModel::ProviderIdColumn).data().toString(), QStringLiteral("1002"));
    QCOMPARE(model->index(1, NotificationsModel::ProviderIdColumn).data().toString(), QStringLiteral("1001"));
    const QString checks = model->index(0, NotificationsModel::ChecksColumn).data().toString();
    QVERIFY2(checks.contains(QLatin1String("signature valid"))
                 && checks.contains(QLatin1String("sender allowed")),
             qPrintable(checks));

    auto* table = view.findChild<QTableView*>(QStringLiteral("notificationsTable"));
    QVERIFY(table);
    table->setCurrentIndex(model->index(0, 0));
    const QString detail =
        view.findChild<QPlainTextEdit*>(QStringLiteral("notificationDetail"))->toPlainText();
    QVERIFY2(detail.contains(QLatin1String("amount_gross = 100.00")), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1String("tok-SECRET-123")), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1String("sig0123456789abcdef")), qPrintable(detail));
    QVERIFY(detail.contains(QLatin1String("signature = ***")));

    // A new notification arrives through another path: the page follows booksChanged.
    QVERIFY_OK(storeItn(t.ledger(), QStringLiteral("1003"), QStringLiteral("COMPLETE")));
    context.notifyBooksChanged();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, NotificationsModel::ProviderIdColumn).data().toString(), QStringLiteral("1003"));
}

void tst_NotificationsView::alertsWhenASignedItnWasRefusedForItsSender()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    ConsoleContext context(t.ledger(), iniConfig(t, {}));
    MainWindow window(context);
    window.show();
    auto* view = window.findChild<NotificationsView*>();
    QVERIFY(view);
    auto* alert = view->findChild<QLabel*>(QStringLiteral("refusedSignedAlert"));
    QVERIFY(alert);
    QVERIFY(alert->text().isEmpty());

    NotificationStore store(t.ledger());
    store.noteRefusedSigned(QStringLiteral("2001"), QStringLiteral("COMPLETE"),
                            QHostAddress(QStringLiteral("203.0.113.9")));
    QVERIFY_OK(store.flushRefused());
    context.notifyBooksChanged();
    QVERIFY2(alert->text().contains(QLatin1String("203.0.113.9")), qPrintable(alert->text()));
    QVERIFY(window.showPage(QStringLiteral("Notifications")));
    QVERIFY(alert->isVisible());
    auto* warning = window.findChild<QLabel*>(QStringLiteral("listenerWarning"));
    QVERIFY(warning);
    QVERIFY2(warning->text().contains(QLatin1String("refused for their sender")),
             qPrintable(warning->text()));
}

void tst_NotificationsView::startsAndStopsTheListenerAndSaysWhyNot()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    {
        ConsoleContext context(
            t.ledger(),
            iniConfig(t,
                      {{QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("127.0.0.1:0")},
                       {QStringLiteral("IMALI_PUBLIC_URL"), QStringLiteral("http://192.168.1.20:8080")}}));
        MainWindow window(context);
        window.show();
        auto* toggle = window.findChild<QAction*>(QStringLiteral("toggleListener"));
        auto* status = window.findChild<QLabel*>(QStringLiteral("listenerStatus"));
        auto* warning = window.findChild<QLabel*>(QStringLiteral("listenerWarning"));
        QVERIFY(toggle && status && warning);
        QCOMPARE(toggle->text(), QStringLiteral("Start listener"));
        QVERIFY(status->text().contains(QLatin1String("listener stopped")));
        QVERIFY(status->text().contains(QLatin1String("no ITN yet")));
        QVERIFY(status->text().contains(t.ledger().location().url.display()));

        toggle->trigger();
        QVERIFY2(context.isListening(), qPrintable(context.listenerError()));
        QCOMPARE(toggle->text(), QStringLiteral("Stop listener"));
        QVERIFY2(status->text().contains(QLatin1String("listening on 127.0.0.1:")),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("public URL http://192.168.1.20:8080")));
        // A private address: PayFast can't deliver there, and the merchant is told so.
        QVERIFY2(warning->text().contains(QLatin1String("PayFast can't reach http://192.168.1.20:8080")),
                 qPrintable(warning->text()));

        toggle->trigger();
        QVERIFY(!context.isListening());
        QVERIFY(status->text().contains(QLatin1String("listener stopped")));
    }
    ConsoleContext broken(t.ledger(),
                          iniConfig(t, {{QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("nowhere")}}));
    MainWindow window(broken);
    window.findChild<QAction*>(QStringLiteral("toggleListener"))->trigger();
    QVERIFY(!broken.isListening());
    const QString warning = window.findChild<QLabel*>(QStringLiteral("listenerWarning"))->text();
    QVERIFY2(warning.contains(QLatin1String("The listener could not start"))
                 && warning.contains(QLatin1String("IMALI_ITN_LISTEN")),
             qPrintable(warning));
}

void tst_NotificationsView::sinceText_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a few seconds ago is just now") << qint64(20) << QStringLiteral("last ITN just now");
    QTest::newRow("minutes count in minutes") << qint64(5 * 60 + 30) << QStringLiteral("last ITN 5 min ago");
    QTest::newRow("hours count in hours") << qint64(3 * 3600) << QStringLiteral("last ITN 3 h ago");
    QTest::newRow("days count in days") << qint64(3 * 86400) << QStringLiteral("last ITN 3 days ago");
    QTest::newRow("none at all") << qint64(-1) << QStringLiteral("no ITN yet");
}

void tst_NotificationsView::sinceText()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QDateTime at = secondsAgo < 0 ? QDateTime() : now.addSecs(-secondsAgo);
    QCOMPARE(ListenerControls::sinceText(at, now), expected);
}

QTEST_MAIN(tst_NotificationsView)
#include "tst_notificationsview.moc"
