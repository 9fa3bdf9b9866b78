// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imali
{

CustomerDialog::CustomerDialog(Ledger& ledger, const std::optional<Customer>& existing, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_id(existing ? std::optional<qint64>(existing->id) : std::nullopt)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(existing ? tr("Edit customer") : tr("New customer"));
    struct FieldSpec {
        CustomerField field;
        QString name;
        QString label;
        QString accessible;
        QString value;
    };
    const QList<FieldSpec> specs {
        {CustomerField::Name, QStringLiteral("name"), tr("&Name:"), tr("Name"),
         existing ? existing->name : QString()},
        {CustomerField::Email, QStringLiteral("email"), tr("&Email:"), tr("Email"),
         existing ? existing->email : QString()},
        {CustomerField::Phone, QStringLiteral("phone"), tr("&Phone:"), tr("Phone"),
         existing ? existing->phone : QString()},
        {CustomerField::Address, QStringLiteral("address"), tr("&Address:"), tr("Address"),
         existing ? existing->address : QString()},
        {CustomerField::VatNumber, QStringLiteral("vat"), tr("&VAT number:"), tr("VAT number"),
         existing ? existing->vatNumber : QString()},
    };
    auto* form = new QFormLayout;
    QWidget* previous = nullptr;
    for (const FieldSpec& spec : specs) {
        auto* edit = new QLineEdit(spec.value, this);
        edit->setObjectName(spec.name + QStringLiteral("Edit"));
        edit->setAccessibleName(spec.accessible);
        auto* problem = new QLabel(this);
        problem->setObjectName(spec.name + QStringLiteral("Error"));
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->setWordWrap(true);
        problem->hide();
        // The message sits right under its field.
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(problem);
        form->addRow(spec.label, cell);
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(cell)))
            label->setBuddy(edit);
        m_edits.insert(spec.field, edit);
        m_problems.insert(spec.field, problem);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        connect(edit, &QLineEdit::textEdited, this, [this, field = spec.field]() {
            if (field == CustomerField::Name)
                m_nameTouched = true;
            validate();
        });
    }
    m_edits.value(CustomerField::VatNumber)->setPlaceholderText(tr("10 digits starting with 4"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setTabOrder(previous, m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    m_nameTouched = existing.has_value();
    m_edits.value(CustomerField::Name)->setFocus();
    validate();
}

CustomerDetails CustomerDialog::details() const
{
    return {m_edits.value(CustomerField::Name)->text(), m_edits.value(CustomerField::Email)->text(),
            m_edits.value(CustomerField::Phone)->text(), m_edits.value(CustomerField::Address)->text(),
            m_edits.value(CustomerField::VatNumber)->text()};
}

void CustomerDialog::validate()
{
    m_error->clear();
    const QList<CustomerProblem> problems = Customers::problems(details());
    for (QLabel* label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    for (QLineEdit* edit : std::as_const(m_edits))
        edit->setAccessibleDescription(QString());
    for (const CustomerProblem& p : problems) {
        // An empty name is not shouted at before anyone typed in it; OK stays disabled all the same.
        if (p.field == CustomerField::Name && !m_nameTouched)
            continue;
        QLabel* label = m_problems.value(p.field);
        label->setText(p.message);
        label->show();
        m_edits.value(p.field)->setAccessibleDescription(p.message);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void CustomerDialog::accept()
{
    Customers customers(m_ledger);
    auto result = m_id ? customers.edit(*m_id, details()) : customers.add(details());
    if (!result) {
        m_error->setText(result.error().message);
        return;
    }
    m_saved = *result;
    emit saved(m_saved.id);
    QDialog::accept();
}

} // namespace imali
