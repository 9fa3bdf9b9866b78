// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListenerControls.h"

#include "Clock.h"
#include "ConsoleContext.h"
#include "Ledger.h"
#include "books/BusinessSettings.h"
#include "listener/NotificationLog.h"
#include "payfast/PublicUrlCheck.h"
#include "tunnel/TunnelRunner.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace imali
{

namespace
{
// The "time since the last ITN" moves in minutes; a 5 s tick keeps it current at no cost.
constexpr int TickMs = 5000;
} // namespace

ListenerControls::ListenerControls(ConsoleContext& context, QMainWindow& window, QLabel* status)
    : QObject(&window), m_context(context), m_window(window), m_status(status), m_tick(new QTimer(this))
{
    auto* toolbar = window.addToolBar(tr("Listener"));
    toolbar->setObjectName(QStringLiteral("listenerToolbar"));
    m_toggle = toolbar->addAction(tr("Start listener"));
    m_toggle->setObjectName(QStringLiteral("toggleListener"));
    connect(m_toggle, &QAction::triggered, this, &ListenerControls::toggle);
    m_tunnel = new TunnelRunner(this); // stops the tunnel when the window goes
    m_tunnelAction = toolbar->addAction(tr("Start tunnel"));
    m_tunnelAction->setObjectName(QStringLiteral("toggleTunnel"));
    const auto tool = TunnelRunner::findTool();
    m_tunnelAction->setEnabled(tool.ok());
    m_tunnelAction->setToolTip(tool ? tr("Run a %1 quick tunnel so PayFast can reach this desktop")
                                          .arg(TunnelRunner::programName(*tool))
                                    : tr("Install cloudflared or ngrok to run a tunnel from here"));
    connect(m_tunnelAction, &QAction::triggered, this, &ListenerControls::toggleTunnel);
    connect(m_tunnel, &TunnelRunner::publicUrlFound, this, &ListenerControls::offerTunnelUrl);
    connect(m_tunnel, &TunnelRunner::stopped, this, [this](const QString& why) {
        m_tunnelState = tr("Tunnel: %1.").arg(why);
        refresh();
    });
    connect(m_tunnel, &TunnelRunner::reachable, this, [this](const QString& url) {
        m_tunnelState = tr("%1 reaches the listener.").arg(url);
        refresh();
    });
    connect(m_tunnel, &TunnelRunner::unreachable, this, [this](const QString& url, const QString& why) {
        m_tunnelState = tr("%1 does not reach the listener (%2): PayFast can't reach you.").arg(url, why);
        refresh();
    });

    m_warning = new QLabel(&window);
    m_warning->setObjectName(QStringLiteral("listenerWarning"));
    m_warning->setStyleSheet(QStringLiteral("color:#842029; font-weight:bold;"));
    m_warning->setWordWrap(false);
    window.statusBar()->addWidget(m_warning, 1);

    connect(&context, &ConsoleContext::listenerStateChanged, this, &ListenerControls::refresh);
    connect(&context, &ConsoleContext::notificationProcessed, this, &ListenerControls::refresh);
    connect(&context, &ConsoleContext::booksChanged, this, &ListenerControls::refresh);
    connect(m_tick, &QTimer::timeout, this, &ListenerControls::refresh);
    m_tick->start(TickMs);
    refresh();
}

QString ListenerControls::sinceText(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return tr("no ITN yet");
    const qint64 seconds = std::max<qint64>(0, at.secsTo(now));
    if (seconds < 60)
        return tr("last ITN just now");
    if (seconds < 3600)
        return tr("last ITN %1 min ago").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return tr("last ITN %1 h ago").arg(seconds / 3600);
    return tr("last ITN %1 days ago").arg(seconds / 86400);
}

QString ListenerControls::reachabilityProblem()
{
    if (!m_context.listenerError().isEmpty())
        return tr("The listener could not start (%1): PayFast's payment notifications are not received.")
            .arg(m_context.listenerError());
    if (!m_context.isListening())
        return tr("The listener is stopped: PayFast's payment notifications are not received.");
    auto settings = m_context.payFastSettings();
    if (!settings)
        return tr("PayFast settings are incomplete: %1").arg(settings.error().message);
    if (settings->publicUrl.isEmpty())
        return tr("No public URL is set: PayFast can't reach this desktop (Settings, or start a tunnel).");
    if (Status s = checkPublicUrl(settings->publicUrl, m_context.ledger().environment()); !s)
        return tr("PayFast can't reach %1: %2").arg(settings->publicUrl, s.error().message);
    return {};
}

void ListenerControls::refresh()
{
    Ledger& ledger = m_context.ledger();
    const bool listening = m_context.isListening();
    m_toggle->setText(listening ? tr("Stop listener") : tr("Start listener"));
    m_tunnelAction->setText(m_tunnel->isRunning() ? tr("Stop tunnel") : tr("Start tunnel"));
    m_toggle->setToolTip(listening ? tr("Stop receiving PayFast's payment notifications")
                                   : tr("Receive PayFast's payment notifications on this desktop"));

    QStringList parts {tr("%1 ledger").arg(toString(ledger.environment()))};
    parts << (listening ? tr("listening on %1").arg(m_context.listeningAddress()) : tr("listener stopped"));
    auto settings = m_context.payFastSettings();
    if (settings && !settings->publicUrl.isEmpty())
        parts << tr("public URL %1").arg(settings->publicUrl);
    else
        parts << tr("no public URL");
    // The log knows about notifications imalictl serve or another desktop received too.
    auto last = NotificationLog::lastReceivedAt(ledger);
    QDateTime at = last ? *last : QDateTime();
    if (m_context.lastNotificationAt().isValid() && (!at.isValid() || m_context.lastNotificationAt() > at))
        at = m_context.lastNotificationAt();
    parts << sinceText(at, Clock::nowUtc());
    parts << ledger.location().url.display(); // DatabaseUrl::display() masks any password
    m_status->setText(parts.join(QStringLiteral(" · ")));

    QStringList problems {reachabilityProblem()};
    if (!m_notificationAlert.isEmpty())
        problems << tr("Validly signed ITNs were refused for their sender (see Notifications).");
    if (!m_tunnelState.isEmpty())
        problems << m_tunnelState;
    problems.removeAll(QString());
    m_warning->setText(problems.join(QLatin1Char(' ')));
    m_warning->setToolTip(m_notificationAlert);
    m_warning->setVisible(!problems.isEmpty());
}

void ListenerControls::setNotificationAlert(const QString& text)
{
    m_notificationAlert = text;
    refresh();
}

void ListenerControls::toggle()
{
    if (m_context.isListening())
        m_context.stopListener();
    else
        // A failure shows in the warning: startListener() keeps its reason and emits listenerStateChanged.
        static_cast<void>(m_context.startListener());
    refresh();
}

void ListenerControls::toggleTunnel()
{
    if (m_tunnel->isRunning()) {
        m_tunnel->stop();
        return;
    }
    if (!m_context.isListening() && !m_context.startListener())
        return refresh();
    const quint16 port = m_context.listeningAddress().section(QLatin1Char(':'), -1).toUShort();
    auto tool = TunnelRunner::findTool();
    Status started = tool ? m_tunnel->start(*tool, port) : Status(tool.error());
    m_tunnelState = started ? tr("Tunnel starting…") : tr("Tunnel: %1.").arg(started.error().message);
    refresh();
}

void ListenerControls::offerTunnelUrl(const QString& url)
{
    QString text = tr("The tunnel's public URL is %1. Use it as this ledger's public URL?").arg(url);
    if (isQuickTunnelUrl(url))
        text += QLatin1Char(' ') + tr("A quick tunnel's hostname changes whenever it restarts.");
    auto links = sentLinksDependingOnPublicUrl(m_context.ledger());
    if (links && *links > 0)
        text += QLatin1Char(' ')
            + tr("%n payment link(s) already sent use the current URL and stop working.", nullptr,
                 static_cast<int>(*links));
    // Window-modal and non-blocking: the listener and live updates keep running meanwhile.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Tunnel"), text, QMessageBox::Yes | QMessageBox::No,
                                &m_window);
    box->setObjectName(QStringLiteral("useTunnelUrl"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, url](int answer) {
        if (answer == QMessageBox::Yes) {
            if (Status s = BusinessSettings(m_context.ledger()).set(QStringLiteral("public_url"), url); !s)
                m_tunnelState = tr("The tunnel URL was not saved: %1").arg(s.error().message);
            m_context.notifyBooksChanged();
        }
        // Whatever the answer, say whether the tunnel actually reaches the listener.
        m_tunnel->checkReachable(url);
    });
    box->open();
}

} // namespace imali
