// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace imali
{

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, Action action, QWidget* parent)
    : QDialog(parent)
    , m_action(std::move(action))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(255);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_error->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.trimmed().size() >= 3);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
}

void ReasonDialog::accept()
{
    if (Status s = m_action(m_reason->text()); !s) {
        m_error->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace imali
