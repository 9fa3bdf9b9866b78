// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace imali
{

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("af")};
}

QString Language::chosen()
{
    const QString code = QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString();
    return available().contains(code) ? code : QStringLiteral("en");
}

bool Language::install(const QString& code)
{
    if (!available().contains(code))
        return false;
    if (code == QLatin1String("en"))
        return true; // the source strings are English
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/imali_%1.qm").arg(code))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, context menus) where Debian ships them for the language.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace imali
