// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImalictlRun.h"

#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <csignal>

/** `imalictl serve` run as a user runs it, for the suites that test the listener as a process. */
namespace testcli
{

/// A loopback port nobody listens on right now.
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// `imalictl serve` as a process of its own.
class Serve
{
public:
    explicit Serve(const QProcessEnvironment& env) { m_process.setProcessEnvironment(env); }
    ~Serve()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Starts it and waits until it listens; empty, or what it said instead.
    QString start()
    {
        m_process.start(imalictlPath(), {QStringLiteral("serve")});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("imalictl serve did not start: %1").arg(m_process.errorString());
        ++m_starts;
        const QByteArray before = m_log;
        const bool listening = QTest::qWaitFor(
            [&] {
                m_log += m_process.readAllStandardError();
                return m_log.mid(before.size()).contains("Listening for PayFast ITNs")
                    || m_process.state() == QProcess::NotRunning;
            },
            20000);
        if (!listening || m_process.state() == QProcess::NotRunning)
            return QStringLiteral("imalictl serve is not listening: %1")
                .arg(QString::fromUtf8(m_log.mid(before.size())));
        return {};
    }

    /// SIGKILL: no drain, no cleanup; true once it is gone.
    bool killHard()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
        const bool gone = m_process.waitForFinished(10000);
        m_log += m_process.readAllStandardError();
        return gone && m_process.exitStatus() == QProcess::CrashExit;
    }

    /// SIGTERM: drains and exits; empty when it exited 0.
    QString stop()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(15000))
            return QStringLiteral("imalictl serve did not stop within 15 s");
        m_log += m_process.readAllStandardError();
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
            return QStringLiteral("imalictl serve exited %1: %2")
                .arg(m_process.exitCode())
                .arg(QString::fromUtf8(m_log));
        return {};
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// What it said on stderr so far, without the line per notification processed as it should be.
    QString log()
    {
        m_log += m_process.readAllStandardError();
        QStringList notable;
        for (const QString& line : QString::fromUtf8(m_log).split(QLatin1Char('\n')))
            if (!line.contains(QLatin1String("\"processed\"")) && !line.trimmed().isEmpty())
                notable.append(line);
        return notable.join(QLatin1Char('\n'));
    }
    /// Everything it wrote so far, stdout and stderr, unfiltered.
    QByteArray output()
    {
        m_log += m_process.readAllStandardError();
        m_out += m_process.readAllStandardOutput();
        return m_out + m_log;
    }
    qint64 pid() const { return m_process.processId(); }
    int starts() const { return m_starts; }

private:
    QProcess m_process;
    QByteArray m_log;
    QByteArray m_out;
    int m_starts = 0;
};

} // namespace testcli
