// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"

namespace imali
{

OptionalDateEdit::OptionalDateEdit(const QString& objectName, const QString& accessibleName,
                                   const QString& anyText, QDate none, QWidget* parent)
    : QDateEdit(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(none);
    setSpecialValueText(anyText);
    setDate(none);
}

bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    if (date() == minimumDate()) // showing "any": no sections to step through
        return QWidget::focusNextPrevChild(next);
    return QDateEdit::focusNextPrevChild(next);
}

} // namespace imali
