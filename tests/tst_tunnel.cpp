// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"
#include "ConsoleContext.h"
#include "ConsoleFixtures.h"
#include "tunnel/TunnelRunner.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace imali;

/**
 * The tunnel helper: the public URL picked out of cloudflared's and ngrok's
 * output, a fake cloudflared on a temporary PATH started, read and stopped,
 * and the /healthz round trip through a URL that points back at the
 * console's loopback listener.
 */
class tst_Tunnel : public QObject
{
    Q_OBJECT

private slots:
    void publicUrlIn_data();
    void publicUrlIn();
    void runsAFakeCloudflaredAndTakesItsUrl();
    void roundTripReachesTheListener_data() { testdb::addBackendRows(); }
    void roundTripReachesTheListener();
};

void tst_Tunnel::publicUrlIn_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("url");
    QTest::newRow("cloudflared's banner line gives its hostname")
        << QStringLiteral(
               "2026-03-01T10:00:00Z INF |  https://brave-otter-12.trycloudflare.com                  |")
        << QStringLiteral("https://brave-otter-12.trycloudflare.com");
    QTest::newRow("ngrok's logfmt line gives its url") << QStringLiteral(
        "t=2026-03-01T10:00:00+0200 lvl=info msg=\"started tunnel\" obj=tunnels name=command_line "
        "addr=http://localhost:8000 url=https://1a2b-3c4d.ngrok-free.app")
                                                       << QStringLiteral("https://1a2b-3c4d.ngrok-free.app");
    QTest::newRow("cloudflared's own API host is not a tunnel URL")
        << QStringLiteral("2026-03-01T10:00:00Z INF Requesting new quick Tunnel on trycloudflare.com...")
        << QString();
    QTest::newRow("a line without a URL gives nothing")
        << QStringLiteral("INF Starting metrics server") << QString();
}

void tst_Tunnel::publicUrlIn()
{
    QFETCH(QString, line);
    QFETCH(QString, url);
    QCOMPARE(TunnelRunner::publicUrlIn(line), url);
}

void tst_Tunnel::runsAFakeCloudflaredAndTakesItsUrl()
{
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const QString argsFile = bin.filePath(QStringLiteral("args"));
    const QString script = bin.filePath(QStringLiteral("cloudflared"));
    {
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Like cloudflared: log lines on stderr, the URL in a banner, then it stays up serving nothing.
        f.write(
            QStringLiteral(
                "#!/bin/sh\necho \"$@\" > '%1'\n"
                "echo '2026-03-01T10:00:00Z INF Requesting new quick Tunnel on trycloudflare.com...' >&2\n"
                "echo '2026-03-01T10:00:01Z INF |  https://brave-otter-12.trycloudflare.com  |' >&2\n"
                "exec sleep 60\n")
                .arg(argsFile)
                .toUtf8());
    }
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", bin.path().toUtf8() + ':' + oldPath);
    auto restore = qScopeGuard([&] { qputenv("PATH", oldPath); });

    auto tool = TunnelRunner::findTool();
    QVERIFY_OK(tool);
    QVERIFY(*tool == TunnelRunner::Tool::Cloudflared);
    TunnelRunner tunnel;
    QSignalSpy found(&tunnel, &TunnelRunner::publicUrlFound);
    QVERIFY_OK(tunnel.start(*tool, 8123));
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 5000);
    QCOMPARE(found.at(0).at(0).toString(), QStringLiteral("https://brave-otter-12.trycloudflare.com"));
    QCOMPARE(tunnel.publicUrl(), QStringLiteral("https://brave-otter-12.trycloudflare.com"));
    QFile args(argsFile);
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll().trimmed(), QByteArray("tunnel --url http://127.0.0.1:8123"));
    QVERIFY(tunnel.isRunning());
    tunnel.stop();
    QVERIFY(!tunnel.isRunning());
}

void tst_Tunnel::roundTripReachesTheListener()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    qunsetenv("IMALI_ITN_LISTEN");
    const QString ini = t.filePath(QStringLiteral("imali.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("127.0.0.1:0"));
    }
    ConsoleContext context(t.ledger(), Config(ini));
    auto port = context.startListener();
    QVERIFY_OK(port);
    TunnelRunner tunnel;
    QSignalSpy reachable(&tunnel, &TunnelRunner::reachable);
    QSignalSpy unreachable(&tunnel, &TunnelRunner::unreachable);
    // Standing in for the tunnel's public URL: one that leads back to the listener.
    tunnel.checkReachable(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    QTRY_VERIFY_WITH_TIMEOUT(reachable.count() + unreachable.count() == 1, 5000);
    QVERIFY2(reachable.count() == 1,
             unreachable.isEmpty() ? "" : qPrintable(unreachable.at(0).at(1).toString()));

    // A URL that leads nowhere is reported, with the reason.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    tunnel.checkReachable(QStringLiteral("http://127.0.0.1:%1").arg(deadPort), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(unreachable.count(), 1, 5000);
    QVERIFY(!unreachable.at(0).at(1).toString().isEmpty());
    context.stopListener();
}

QTEST_MAIN(tst_Tunnel)
#include "tst_tunnel.moc"
