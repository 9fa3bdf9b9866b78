// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace imali
{

/// "%text%" for `lower(x) LIKE :p ESCAPE '\'`, with %, _ and \ in \a text matched literally.
inline QString containsPattern(const QString& text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace imali
