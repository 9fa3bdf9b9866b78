// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExceptionsView.h"

#include "AllocateDialog.h"
#include "ReasonDialog.h"
#include "RefundMarks.h"
#include "models/ExceptionsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace imali
{

ExceptionsView::ExceptionsView(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_model(new ExceptionsModel(ledger, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_allocate(new QPushButton(tr("&Allocate to invoice…"), this))
    , m_markRefund(new QPushButton(tr("Mark for &refund…"), this))
    , m_clearMark(new QPushButton(tr("C&lear refund mark"), this))
{
    setObjectName(QStringLiteral("exceptionsView"));
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_table->setAccessibleName(tr("Unallocated payments"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_allocate->setObjectName(QStringLiteral("allocateButton"));
    m_allocate->setAccessibleName(tr("Allocate to invoice"));
    m_allocate->setToolTip(tr("Put the selected payment against an open invoice (Ctrl+L)"));
    m_markRefund->setObjectName(QStringLiteral("markRefundButton"));
    m_markRefund->setAccessibleName(tr("Mark for refund"));
    m_markRefund->setToolTip(tr("Give the selected payment back instead of allocating it (Ctrl+R)"));
    m_clearMark->setObjectName(QStringLiteral("clearRefundMarkButton"));
    m_clearMark->setAccessibleName(tr("Clear refund mark"));

    auto* heading =
        new QLabel(tr("Money received that is not on an invoice yet. Allocate it, or mark it to be "
                      "refunded."),
                   this);
    heading->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_count);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_allocate);
    buttons->addWidget(m_markRefund);
    buttons->addWidget(m_clearMark);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_allocate);
    setTabOrder(m_allocate, m_markRefund);
    setTabOrder(m_markRefund, m_clearMark);

    auto* allocate = new QAction(tr("Allocate to invoice"), this);
    allocate->setObjectName(QStringLiteral("allocateAction"));
    allocate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    allocate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(allocate);
    auto* mark = new QAction(tr("Mark for refund"), this);
    mark->setObjectName(QStringLiteral("markRefundAction"));
    mark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    mark->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(mark);

    connect(allocate, &QAction::triggered, this, &ExceptionsView::allocateSelected);
    connect(mark, &QAction::triggered, this, &ExceptionsView::markSelectedForRefund);
    connect(m_allocate, &QPushButton::clicked, this, &ExceptionsView::allocateSelected);
    connect(m_markRefund, &QPushButton::clicked, this, &ExceptionsView::markSelectedForRefund);
    connect(m_clearMark, &QPushButton::clicked, this, &ExceptionsView::clearSelectedMark);
    connect(m_table, &QTableView::activated, this, &ExceptionsView::allocateSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExceptionsView::updateButtons);
    refresh();
}

void ExceptionsView::refresh()
{
    const qint64 keep = selectedId();
    Status s = m_model->reload();
    if (!s)
        showError(s.error().message);
    else
        m_error->hide();
    const QModelIndex index = keep ? m_model->indexOfTransaction(keep) : QModelIndex();
    m_table->setCurrentIndex(index.isValid() ? index : m_model->index(0, 0));
    const int n = m_model->rowCount();
    m_count->setText(n == 1 ? tr("1 unallocated payment") : tr("%1 unallocated payments").arg(n));
    updateButtons();
    emit countChanged(m_model->rowCount());
}

qint64 ExceptionsView::selectedId() const
{
    const ExceptionRow* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->transaction.id : 0;
}

void ExceptionsView::updateButtons()
{
    const ExceptionRow* row = m_model->rowAt(m_table->currentIndex().row());
    m_allocate->setEnabled(row && !row->refundMark);
    m_markRefund->setEnabled(row && !row->refundMark);
    m_clearMark->setEnabled(row && row->refundMark);
}

void ExceptionsView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ExceptionsView::allocateSelected()
{
    const ExceptionRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || row->refundMark)
        return;
    auto* dialog = new AllocateDialog(m_ledger, row->transaction, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AllocateDialog::allocated, this, [this]() {
        refresh();
        emit booksChanged();
    });
    dialog->open();
}

void ExceptionsView::markSelectedForRefund()
{
    const ExceptionRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || row->refundMark)
        return;
    const qint64 id = row->transaction.id;
    auto* dialog = new ReasonDialog(
        tr("Mark for refund"),
        tr("%1 from %2 will be given back rather than allocated. Why?")
            .arg(row->transaction.gross.toDisplayString(), row->transaction.providerId),
        [this, id](const QString& reason) -> Status {
            auto marked = RefundMarks(m_ledger).mark(id, reason);
            if (!marked)
                return marked.error();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ExceptionsView::refresh);
    dialog->open();
}

void ExceptionsView::clearSelectedMark()
{
    const ExceptionRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || !row->refundMark)
        return;
    if (Status s = RefundMarks(m_ledger).clear(row->transaction.id); !s) {
        showError(s.error().message);
        return;
    }
    refresh();
}

} // namespace imali
