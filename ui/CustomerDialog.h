// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Customers.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imali
{

class Ledger;

/**
 * Adds or edits a customer. Every field is checked as it is typed
 * (Customers::problems) with the message next to the field, and OK stays
 * disabled while anything is wrong; the books' own refusal is shown too.
 */
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits \a existing, or adds a new customer when it is empty.
    CustomerDialog(Ledger& ledger, const std::optional<Customer>& existing, QWidget* parent = nullptr);

    const Customer& customer() const { return m_saved; }

signals:
    void saved(qint64 customerId);

public slots:
    void accept() override;

private:
    void validate();
    CustomerDetails details() const;

    Ledger& m_ledger;
    std::optional<qint64> m_id;
    QMap<CustomerField, QLineEdit*> m_edits;
    QMap<CustomerField, QLabel*> m_problems;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_nameTouched = false;
    Customer m_saved;
};

} // namespace imali
