// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabasePasswordDialog.h"

#include "storage/DatabaseUrl.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imali
{

DatabasePasswordDialog::DatabasePasswordDialog(const DatabaseUrl& url, const QString& problem,
                                               QWidget* parent)
    : QDialog(parent), m_problem(new QLabel(this)), m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("databasePasswordDialog"));
    setWindowTitle(tr("Database password"));
    m_problem->setObjectName(QStringLiteral("databaseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setText(tr("imali could not connect to %1:\n%2\n\nIf the database needs a password, type it "
                          "here; once it connects it is kept in this desktop's keychain (never in the "
                          "configuration file).")
                           .arg(url.display(), problem));
    auto* label = new QLabel(tr("&Password for %1").arg(url.user.isEmpty() ? url.host : url.user), this);
    label->setBuddy(m_password);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Database password"));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectDatabase"));
    connectButton->setEnabled(false);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("quit"));
    connect(m_password, &QLineEdit::textChanged, this,
            [connectButton](const QString& text) { connectButton->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(label);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString DatabasePasswordDialog::problem() const
{
    return m_problem->text();
}

QString DatabasePasswordDialog::password() const
{
    return m_password->text();
}

void DatabasePasswordDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

} // namespace imali
