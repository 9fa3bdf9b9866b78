// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace imali
{

class ConsoleContext;

/**
 * The console's settings page. Business details, the public URL and the
 * PayFast merchant id go to the ledger (BusinessSettings: audited, shared by
 * every desktop); the passphrase and the database password go to the secret
 * store (the OS keychain, or the owner-only file where none answers), never
 * the INI file; the merchant key, database URL and listener address go to
 * the INI file; the language to QSettings. Shows the ledger's environment
 * and explains that going live means a new ledger.
 */
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(ConsoleContext& context, QWidget* parent = nullptr);

    /// Checks every field and saves; the first problem, with nothing saved, when one is invalid.
    Status save();
    /// Reads every field again from where it is kept.
    void load();
    /// What the public URL field's check says (reachability, quick-tunnel warning).
    QString publicUrlNotice() const;
    /// What the last "Test connection" said.
    QString connectionResult() const;
    /// The ledger's id and whether this desktop holds its key.
    QString ledgerKeyState() const;

signals:
    void saved();

private:
    QLineEdit* addField(QFormLayout* form, const QString& key, const QString& label, bool secret = false);
    bool checkField(const QString& key);
    void checkPublicUrl();
    void testConnection();
    /// The database whose password the password field is for: the URL field's, else the open ledger's.
    Result<DatabaseUrl> passwordTarget() const;
    void showStoredPassword();
    void showLedgerKey();

    ConsoleContext& m_context;
    QMap<QString, QLineEdit*> m_fields;
    QMap<QString, QLabel*> m_errors;
    QLabel* m_publicUrlNotice = nullptr;
    QLabel* m_connectionResult = nullptr;
    QLabel* m_ledgerKey = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace imali
