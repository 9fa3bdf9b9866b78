// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imali
{

/**
 * Asks for a reason (3 to 255 characters) and hands it to an action of the
 * books; the dialog closes only when the action succeeds and otherwise
 * shows its error.
 */
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    using Action = std::function<Status(const QString& reason)>;
    ReasonDialog(const QString& title, const QString& prompt, Action action, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Action m_action;
    QLineEdit* m_reason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace imali
