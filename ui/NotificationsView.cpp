// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationsView.h"

#include "ConsoleContext.h"
#include "Ledger.h"
#include "listener/NotificationLog.h"
#include "models/NotificationsModel.h"
#include "processing/ItnProcessor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace imali
{

NotificationsView::NotificationsView(ConsoleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new NotificationsModel(context.ledger(), this))
{
    auto* layout = new QVBoxLayout(this);
    m_alert = new QLabel(this);
    m_alert->setObjectName(QStringLiteral("refusedSignedAlert"));
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(
        QStringLiteral("background:#f8d7da; color:#842029; padding:6px; font-weight:bold;"));
    m_alert->hide();
    layout->addWidget(m_alert);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("notificationsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("notificationsTable"));
    m_table->setAccessibleName(tr("Notifications"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(QStringLiteral("notificationDetail"));
    m_detail->setAccessibleName(tr("Notification details"));
    m_detail->setReadOnly(true);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_replay = new QPushButton(tr("&Replay"), this);
    m_replay->setObjectName(QStringLiteral("replayNotification"));
    m_replay->setToolTip(tr("Process the selected notification again: ask PayFast to confirm it and book it "
                            "if it was not booked (a payment is never booked twice)"));
    m_replay->setEnabled(false);
    buttons->addStretch();
    buttons->addWidget(m_replay);
    layout->addLayout(buttons);

    connect(m_replay, &QPushButton::clicked, this, &NotificationsView::replaySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsView::showSelected);
    connect(&context, &ConsoleContext::booksChanged, this, &NotificationsView::refresh);
    connect(&context, &ConsoleContext::notificationProcessed, this, &NotificationsView::refresh);
    refresh();
}

QString NotificationsView::alertText() const
{
    return m_alertText;
}

void NotificationsView::refresh()
{
    const qint64 selected = m_model->recordAt(m_table->currentIndex().row())
        ? m_model->recordAt(m_table->currentIndex().row())->id
        : 0;
    if (Status s = m_model->reload(); !s) {
        m_problem->setText(tr("The notification log could not be read: %1").arg(s.error().message));
        m_problem->show();
    } else {
        m_problem->hide();
    }
    for (int row = 0; selected > 0 && row < m_model->rowCount(); ++row) {
        if (m_model->recordAt(row)->id == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    showSelected();
    updateAlert();
}

void NotificationsView::showSelected()
{
    const NotificationRecord* r = m_model->recordAt(m_table->currentIndex().row());
    m_replay->setEnabled(r != nullptr);
    if (!r) {
        m_detail->clear();
        return;
    }
    QStringList lines;
    lines << tr("Notification %1: %2 %3, from %4, received %5 (UTC)")
                 .arg(r->id)
                 .arg(r->providerId, r->status, r->sender, r->receivedAt);
    lines << tr("Checks at the door: %1").arg(NotificationsModel::checksText(r->checks));
    lines << tr("Processing: %1 after %2 attempt(s)").arg(r->processing).arg(r->attempts);
    if (!r->nextAttemptAt.isEmpty())
        lines << tr("Next attempt: %1 (UTC)").arg(r->nextAttemptAt);
    lines << (r->processing == QLatin1String("rejected") ? tr("Rejected because: %1").arg(r->outcome)
                                                         : tr("Outcome: %1").arg(r->outcome));
    lines << QString() << tr("Fields (signature and tokens redacted):");
    auto fields = ItnProcessor::redactedFields(m_context.ledger(), r->id);
    if (fields) {
        for (const auto& [key, value] : *fields)
            lines << QStringLiteral("  %1 = %2").arg(key, value);
    } else {
        lines << tr("  not available: %1").arg(fields.error().message);
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void NotificationsView::replaySelected()
{
    const NotificationRecord* r = m_model->recordAt(m_table->currentIndex().row());
    if (!r)
        return;
    auto settings = m_context.payFastSettings();
    if (!settings) {
        m_problem->setText(tr("Can't replay: %1").arg(settings.error().message));
        m_problem->show();
        return;
    }
    m_replay->setEnabled(false);
    // The same path as imalictl itn replay: processing runs again here; nothing is re-posted to us.
    auto* processor = new ItnProcessor(m_context.ledger(), *settings, this);
    connect(processor, &ItnProcessor::processed, this,
            [this, processor](qint64, const QString&, bool booked) {
                processor->deleteLater();
                if (booked)
                    m_context.notifyBooksChanged();
                refresh();
            });
    processor->replay(r->id);
    if (!processor->isBusy()) {
        // Nothing to wait for (finished at once, or claimed by another desktop).
        processor->deleteLater();
        refresh();
    }
}

void NotificationsView::updateAlert()
{
    auto refused = NotificationLog::refusedSigned(m_context.ledger(), 5);
    QString text;
    if (refused && !refused->isEmpty()) {
        const RefusedSignedNotification& latest = refused->constFirst();
        text =
            tr("PayFast may be sending from an address imali doesn't allow: %n validly signed "
               "notification(s) "
               "were refused for their sender (latest %1 %2 from %3 at %4 UTC). Check PayFast's published "
               "addresses and IMALI_ITN_ALLOWED_SOURCES / IMALI_TRUSTED_PROXIES, then ask PayFast to resend.",
               nullptr, static_cast<int>(refused->size()))
                .arg(latest.providerId, latest.status, latest.sender, latest.lastSeenAt);
    }
    m_alert->setText(text);
    m_alert->setVisible(!text.isEmpty());
    if (text != m_alertText) {
        m_alertText = text;
        emit alertChanged(text);
    }
}

} // namespace imali
