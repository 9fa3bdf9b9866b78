// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace imali
{

/**
 * A date filter that may be left open: at its earliest date it shows \a anyText ("any") and means
 * no bound. Qt's date edit swallows Tab while it shows that text (a keyboard trap); this one lets
 * Tab and Shift+Tab move on, as they do from any other field.
 */
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString& objectName, const QString& accessibleName, const QString& anyText,
                     QDate none, QWidget* parent);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace imali
