// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QObject>
#include <QProcess>
#include <QString>

class QNetworkAccessManager;

namespace imali
{

/**
 * Runs a quick tunnel (cloudflared or ngrok, whichever is on PATH) to the
 * listener's local port and picks the public URL out of what it prints:
 * cloudflared logs "https://<random>.trycloudflare.com"; ngrok, started with
 * `--log stdout --log-format logfmt`, logs "url=https://…". checkReachable()
 * makes a round trip to <public URL>/healthz, so the merchant sees whether
 * PayFast could reach the listener through it. The tunnel stops with this
 * object (and so when the console exits).
 */
class TunnelRunner : public QObject
{
    Q_OBJECT

public:
    enum class Tool { Cloudflared, Ngrok };

    explicit TunnelRunner(QObject* parent = nullptr);
    ~TunnelRunner() override;

    /// The first tunnel program found on PATH, or NotFound.
    static Result<Tool> findTool();
    static QString programName(Tool tool);
    /// The public URL in one line of the tunnel's output, or empty.
    static QString publicUrlIn(const QString& line);

    /// Starts \a tool pointed at http://127.0.0.1:\a localPort.
    Status start(Tool tool, quint16 localPort);
    void stop();
    bool isRunning() const;
    QString publicUrl() const { return m_publicUrl; }

    /// GETs \a publicUrl + "/healthz"; reachable() or unreachable() follows within \a timeoutMs.
    void checkReachable(const QString& publicUrl, int timeoutMs = 10000);

signals:
    void publicUrlFound(const QString& url);
    /// The tunnel ended or could not start (\a why in words).
    void stopped(const QString& why);
    void reachable(const QString& url);
    void unreachable(const QString& url, const QString& why);

private:
    void readOutput(QProcess::ProcessChannel channel);

    QProcess* m_process = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    QString m_publicUrl;
    QByteArray m_pending[2];
};

} // namespace imali
