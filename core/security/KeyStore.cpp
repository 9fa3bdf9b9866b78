// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("KeyStore", text);
}
} // namespace

FileKeyStore::FileKeyStore(const QString& path)
    : m_path(path)
{
}

QString FileKeyStore::defaultPath(const QString& configDir)
{
    const QString fromEnv = qEnvironmentVariable("IMALI_KEY_FILE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(configDir).filePath(QStringLiteral("ledger-keys"));
}

QString FileKeyStore::describe() const
{
    return tr("the key file %1").arg(m_path);
}

Result<QByteArray> FileKeyStore::load(const QString& ledgerId)
{
    QFile file(m_path);
    if (!file.exists())
        return Error::notFound(tr("this desktop has no key for ledger %1 (%2 does not exist)").arg(ledgerId, m_path));
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return Error::runtime(tr("%1 can be read by other users; run chmod 600 on it").arg(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::runtime(tr("could not read %1: %2").arg(m_path, file.errorString()));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || QString::fromUtf8(line.left(space)) != ledgerId)
            continue;
        const QByteArray key = QByteArray::fromBase64(line.mid(space + 1));
        if (key.size() != 32)
            return Error::integrity(tr("the key for ledger %1 in %2 is damaged").arg(ledgerId, m_path));
        return key;
    }
    return Error::notFound(tr("this desktop has no key for ledger %1 in %2").arg(ledgerId, m_path));
}

Status FileKeyStore::store(const QString& ledgerId, const QByteArray& key)
{
    return rewriteOwnerOnlyLines(m_path, ledgerId.toUtf8() + ' ', ledgerId.toUtf8() + ' ' + key.toBase64());
}

Status rewriteOwnerOnlyLines(const QString& path, const QByteArray& prefix, const QByteArray& line)
{
    QByteArray contents;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error::runtime(tr("could not read %1: %2").arg(path, existing.errorString()));
        for (const QByteArray& kept : existing.readAll().split('\n')) {
            if (kept.trimmed().isEmpty() || kept.startsWith(prefix))
                continue;
            contents += kept + '\n';
        }
    }
    if (!line.isEmpty())
        contents += line + '\n';
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::runtime(tr("could not create the folder for %1").arg(path));
    // The umask applies before any byte is written, so the file is never readable by others.
    const mode_t previous = ::umask(0077);
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        file.write(contents);
        ok = file.commit();
    }
    ::umask(previous);
    if (!ok)
        return Error::runtime(tr("could not write %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace imali
