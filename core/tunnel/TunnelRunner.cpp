// SPDX-License-Identifier: GPL-3.0-or-later
#include "TunnelRunner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace imali
{

TunnelRunner::TunnelRunner(QObject* parent)
    : QObject(parent), m_process(new QProcess(this)), m_network(new QNetworkAccessManager(this))
{
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readOutput(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        emit stopped(status == QProcess::NormalExit ? tr("the tunnel exited (code %1)").arg(code)
                                                    : tr("the tunnel stopped"));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit stopped(tr("the tunnel could not start: %1").arg(m_process->errorString()));
    });
}

TunnelRunner::~TunnelRunner()
{
    stop();
}

Result<TunnelRunner::Tool> TunnelRunner::findTool()
{
    for (Tool tool : {Tool::Cloudflared, Tool::Ngrok})
        if (!QStandardPaths::findExecutable(programName(tool)).isEmpty())
            return tool;
    return Error::notFound(tr("neither cloudflared nor ngrok is on PATH"));
}

QString TunnelRunner::programName(Tool tool)
{
    return tool == Tool::Cloudflared ? QStringLiteral("cloudflared") : QStringLiteral("ngrok");
}

QString TunnelRunner::publicUrlIn(const QString& line)
{
    // cloudflared: "…  https://brave-otter-12.trycloudflare.com  …"; ngrok (logfmt): "…
    // url=https://x.ngrok-free.app".
    static const QRegularExpression cloudflared(
        QStringLiteral("(https://[a-z0-9-]+\\.trycloudflare\\.com)\\b"));
    static const QRegularExpression ngrok(QStringLiteral("\\burl=(https://[A-Za-z0-9.-]+)"));
    if (auto m = cloudflared.match(line); m.hasMatch())
        return m.captured(1);
    if (auto m = ngrok.match(line); m.hasMatch())
        return m.captured(1);
    return {};
}

Status TunnelRunner::start(Tool tool, quint16 localPort)
{
    if (isRunning())
        return Error::conflict(tr("a tunnel is already running"));
    const QString program = QStandardPaths::findExecutable(programName(tool));
    if (program.isEmpty())
        return Error::notFound(tr("%1 is not on PATH").arg(programName(tool)));
    const QString local = QStringLiteral("http://127.0.0.1:%1").arg(localPort);
    const QStringList arguments = tool == Tool::Cloudflared
        ? QStringList {QStringLiteral("tunnel"), QStringLiteral("--url"), local}
        : QStringList {QStringLiteral("http"),   QString::number(localPort),     QStringLiteral("--log"),
                       QStringLiteral("stdout"), QStringLiteral("--log-format"), QStringLiteral("logfmt")};
    m_publicUrl.clear();
    m_pending[0].clear();
    m_pending[1].clear();
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(5000))
        return Error::runtime(tr("could not start %1: %2").arg(program, m_process->errorString()));
    return {};
}

void TunnelRunner::stop()
{
    if (!isRunning())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

bool TunnelRunner::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

void TunnelRunner::readOutput(QProcess::ProcessChannel channel)
{
    m_process->setReadChannel(channel);
    QByteArray& pending = m_pending[channel == QProcess::StandardOutput ? 0 : 1];
    pending += m_process->readAll();
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(pending.left(newline));
        pending.remove(0, newline + 1);
        if (!m_publicUrl.isEmpty())
            continue;
        const QString url = publicUrlIn(line);
        if (!url.isEmpty()) {
            m_publicUrl = url;
            emit publicUrlFound(url);
        }
    }
}

void TunnelRunner::checkReachable(const QString& publicUrl, int timeoutMs)
{
    QUrl url(publicUrl + QStringLiteral("/healthz"));
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        emit unreachable(publicUrl, tr("not an http(s) URL"));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, publicUrl] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200)
            emit reachable(publicUrl);
        else
            emit unreachable(publicUrl,
                             reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                      : tr("HTTP %1").arg(status));
    });
}

} // namespace imali
