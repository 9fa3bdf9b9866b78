// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace imali
{

class ExceptionsModel;
class Ledger;

/**
 * The Exceptions page: confirmed money that is not allocated to an invoice,
 * with the reason. Each can be allocated to an open invoice (picked by
 * number or customer) or marked to be refunded instead; a mark can be
 * cleared again.
 */
class ExceptionsView : public QWidget
{
    Q_OBJECT

public:
    explicit ExceptionsView(Ledger& ledger, QWidget* parent = nullptr);

    ExceptionsModel* model() const { return m_model; }

signals:
    /// Money moved from this page (an allocation paid an invoice): other pages may refresh.
    void booksChanged();
    /// How many exceptions are listed, after every refresh (for a badge in the navigation).
    void countChanged(int count);

public slots:
    /// Reads the exceptions again, keeping the selection when it is still listed.
    void refresh();
    /// Opens the allocation dialog for the selected exception.
    void allocateSelected();
    /// Asks for a reason and marks the selected exception for refund.
    void markSelectedForRefund();
    /// Clears the selected exception's refund mark.
    void clearSelectedMark();

private:
    qint64 selectedId() const;
    void updateButtons();
    void showError(const QString& message);

    Ledger& m_ledger;
    ExceptionsModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_allocate;
    QPushButton* m_markRefund;
    QPushButton* m_clearMark;
};

} // namespace imali
