// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"

#include "security/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>

namespace imali {

Config::Config(const QString& iniFile)
    : m_iniFile(iniFile)
{
}

QString Config::defaultIniFile(const QString& configDir)
{
    return QDir(configDir).filePath(QStringLiteral("imali.ini"));
}

bool Config::isSecret(const QString& name)
{
    return name == QLatin1String("PAYFAST_PASSPHRASE") || name == QLatin1String("STRIPE_SECRET_KEY")
        || name == QLatin1String("STRIPE_WEBHOOK_SECRET") || name.endsWith(QLatin1String("_PASSWORD"));
}

QString Config::value(const QString& name) const
{
    const QString fromEnv = qEnvironmentVariable(name.toLatin1().constData());
    if (!fromEnv.isEmpty())
        return fromEnv.trimmed();
    if (isSecret(name)) {
        if (!m_secrets)
            return {};
        auto stored = m_secrets->read(name);
        return stored ? stored->trimmed() : QString();
    }
    if (m_iniFile.isEmpty() || !QFile::exists(m_iniFile))
        return {};
    const QSettings ini(m_iniFile, QSettings::IniFormat);
    return ini.value(name).toString().trimmed();
}

bool Config::flag(const QString& name, bool fallback) const
{
    const QString v = value(name).toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no"))
        return false;
    return fallback;
}

} // namespace imali
