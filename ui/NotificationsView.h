// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace imali
{

class ConsoleContext;
class NotificationsModel;

/**
 * The notification log page: every stored ITN newest first with its checks
 * and outcome (the reason, for a rejection), the selected one's fields with
 * the signature and any token redacted, Replay (processing again, as
 * `imalictl itn replay` does; booking stays once), and an alert when a
 * validly signed ITN was refused for its sender: PayFast may have moved.
 */
class NotificationsView : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsView(ConsoleContext& context, QWidget* parent = nullptr);

    NotificationsModel* model() const { return m_model; }
    /// The alert shown, or empty.
    QString alertText() const;

signals:
    /// The refused-for-sender alert appeared, changed or went (empty).
    void alertChanged(const QString& text);

public slots:
    void refresh();
    /// Processes the selected notification again.
    void replaySelected();

private:
    void showSelected();
    void updateAlert();

    ConsoleContext& m_context;
    NotificationsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_replay = nullptr;
    QLabel* m_alert = nullptr;
    QLabel* m_problem = nullptr;
    QString m_alertText;
};

} // namespace imali
