// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's standard button texts, listed so that lupdate keeps them in translations/imali_*.ts: Debian
// ships no qtbase catalogue for Afrikaans, and a translator answers for any context it holds.
#include <QtGlobal>

namespace
{
[[maybe_unused]] const char* const QtButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),         QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"),         QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to All"), QT_TRANSLATE_NOOP("QPlatformTheme", "No to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
};
} // namespace
