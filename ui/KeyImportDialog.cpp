// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyImportDialog.h"

#include "Ledger.h"
#include "security/KeyStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imali
{

KeyImportDialog::KeyImportDialog(Ledger& ledger, Problem problem, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_message(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("keyImportDialog"));
    setWindowTitle(tr("This desktop needs the ledger's key"));
    m_message->setObjectName(QStringLiteral("keyMessage"));
    m_message->setWordWrap(true);
    const QString why = problem == Problem::KeyMissing
        ? tr("This desktop does not hold the key for ledger %1, so it can't open the books.")
              .arg(ledger.ledgerId())
        : tr("The key this desktop holds (in %1) does not belong to ledger %2, so it can't open the books.")
              .arg(ledger.keys().describe(), ledger.ledgerId());
    m_message->setText(why + QStringLiteral("\n\n")
                       + tr("Type the recovery code that was shown once when the ledger was made "
                            "(on the first desktop). The key is then kept in %1.")
                             .arg(ledger.keys().describe()));
    auto* codeLabel = new QLabel(tr("&Recovery code"), this);
    codeLabel->setBuddy(m_code);
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_code->setAccessibleName(tr("Recovery code"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-…-XXX"));
    m_error->setObjectName(QStringLiteral("keyImportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    QPushButton* import = m_buttons->addButton(tr("&Import key"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importKey"));
    m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("quit"));
    import->setEnabled(false);
    connect(m_code, &QLineEdit::textChanged, this, [this, import](const QString& text) {
        import->setEnabled(!text.trimmed().isEmpty());
        m_error->hide();
    });
    // The button tries the code; only the right one closes the dialog.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)importCode(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(codeLabel);
    layout->addWidget(m_code);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

QString KeyImportDialog::message() const
{
    return m_message->text();
}

QString KeyImportDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void KeyImportDialog::setCode(const QString& code)
{
    m_code->setText(code);
}

Status KeyImportDialog::importCode()
{
    Status s = m_ledger.importKey(m_code->text());
    if (!s) {
        // The reason names the problem (length, a character, the checksum, another ledger), never the code.
        m_error->setText(tr("That code did not open this ledger: %1").arg(s.error().message));
        m_error->show();
        m_code->selectAll();
        m_code->setFocus();
        return s;
    }
    accept();
    return {};
}

} // namespace imali
