// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace imali
{

/**
 * The console's languages: English (built in) and Afrikaans (translations/imali_af.ts,
 * embedded). The choice is the QSettings key "language" ("en" or "af").
 */
namespace Language
{

/// The language codes the console speaks.
QStringList available();
/// The language chosen in QSettings, "en" when none is.
QString chosen();
/// Installs the translators for \a code on the running application (imali's own and Qt's,
/// where Qt ships one); false for an unknown code or a missing catalogue.
bool install(const QString& code);

} // namespace Language

} // namespace imali
