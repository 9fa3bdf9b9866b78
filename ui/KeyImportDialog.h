// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imali
{

class Ledger;

/**
 * Shown when a ledger exists but this desktop lacks its key, or holds a key
 * that isn't the ledger's: says so in plain words and takes the recovery
 * code written down when the ledger was made. The code goes through
 * Ledger::importKey, as `imalictl ledger key import` does: a wrong code is
 * refused with its reason and changes nothing; the right one stores the key
 * (keychain or owner-only file) and unlocks the ledger.
 */
class KeyImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Problem { KeyMissing, KeyWrong };

    KeyImportDialog(Ledger& ledger, Problem problem, QWidget* parent = nullptr);

    /// What the dialog tells the merchant about this desktop's key.
    QString message() const;
    /// Why the last code was refused; empty when none was.
    QString error() const;
    void setCode(const QString& code);
    /// Imports the typed code; accepts the dialog when it is the ledger's, else shows why not.
    Status importCode();

private:
    Ledger& m_ledger;
    QLabel* m_message = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace imali
