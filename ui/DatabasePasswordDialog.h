// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace imali
{

struct DatabaseUrl;

/**
 * Shown at start when PostgreSQL refused the console: says why (the URL with
 * its password masked, and the server's words) and asks for the password of
 * user@host:port/db. The console tries it and keeps it in the keychain once it
 * connects.
 */
class DatabasePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    DatabasePasswordDialog(const DatabaseUrl& url, const QString& problem, QWidget* parent = nullptr);

    QString problem() const;
    QString password() const;
    void setPassword(const QString& password);

private:
    QLabel* m_problem = nullptr;
    QLineEdit* m_password = nullptr;
};

} // namespace imali
