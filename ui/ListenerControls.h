// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QTimer;

namespace imali
{

class ConsoleContext;
class TunnelRunner;

/**
 * The listener's controls in the main window: a Start/Stop action on a
 * toolbar, the status bar line (listening address, public URL, time since
 * the last ITN, database with its password masked) and a plain warning when
 * PayFast can't reach this desktop: the listener didn't start, or the
 * public URL is missing or one PayFast can't deliver to. Where cloudflared
 * or ngrok is on PATH, a second action runs a quick tunnel to the listener,
 * offers its URL as the public URL and checks /healthz through it.
 */
class ListenerControls : public QObject
{
    Q_OBJECT

public:
    /// Adds the toolbar and warning to \a window and keeps \a status up to date.
    ListenerControls(ConsoleContext& context, QMainWindow& window, QLabel* status);

    QAction* toggleAction() const { return m_toggle; }
    QAction* tunnelAction() const { return m_tunnelAction; }
    /// "just now", "5 min ago", "3 h ago", "2 days ago"; "no ITN yet" for an invalid \a at.
    static QString sinceText(const QDateTime& at, const QDateTime& now);
    /// Why PayFast can't reach this desktop, in words; empty when nothing stands in the way.
    QString reachabilityProblem();

public slots:
    void refresh();
    /// An alert from the notification log (refused for its sender) shown beside the warning; empty clears it.
    void setNotificationAlert(const QString& text);

private:
    void toggle();
    void toggleTunnel();
    void offerTunnelUrl(const QString& url);

    ConsoleContext& m_context;
    QMainWindow& m_window;
    QLabel* m_status = nullptr;
    QLabel* m_warning = nullptr;
    QAction* m_toggle = nullptr;
    QTimer* m_tick = nullptr;
    QString m_notificationAlert;
    QAction* m_tunnelAction = nullptr;
    TunnelRunner* m_tunnel = nullptr;
    QString m_tunnelState;
};

} // namespace imali
