// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include "KeyStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>


namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretStore", text);
}

const QString Service = QStringLiteral("imali");

QString entryName(const QString& ledgerId, const QString& name)
{
    return QStringLiteral("secret-%1-%2").arg(ledgerId, name);
}

/// QtKeychain's jobs are asynchronous; the caller needs the answer now.
void runToCompletion(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}
} // namespace

Result<QString> KeychainSecretStore::read(const QString& name)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(entryName(m_ledgerId, name));
    runToCompletion(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Error::notFound(tr("the keychain has no %1 for this ledger").arg(name));
    if (job.error() != QKeychain::NoError)
        return Error::runtime(tr("the keychain did not answer: %1").arg(job.errorString()));
    return job.textData();
}

Status KeychainSecretStore::write(const QString& name, const QString& value)
{
    if (value.isEmpty()) {
        QKeychain::DeletePasswordJob job(Service);
        job.setKey(entryName(m_ledgerId, name));
        runToCompletion(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            return Error::runtime(tr("the keychain did not answer: %1").arg(job.errorString()));
        return {};
    }
    QKeychain::WritePasswordJob job(Service);
    job.setKey(entryName(m_ledgerId, name));
    job.setTextData(value);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return Error::runtime(tr("the keychain did not answer: %1").arg(job.errorString()));
    return {};
}

QString KeychainSecretStore::describe() const
{
    return tr("this desktop's keychain");
}

QString FileSecretStore::defaultPath(const QString& configDir)
{
    return QDir(configDir).filePath(QStringLiteral("secrets"));
}

bool FileSecretStore::exists() const
{
    return QFile::exists(m_path);
}

Result<QString> FileSecretStore::read(const QString& name)
{
    QFile file(m_path);
    if (!file.exists())
        return Error::notFound(tr("no %1 stored (%2 does not exist)").arg(name, m_path));
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return Error::runtime(tr("%1 can be read by other users; run chmod 600 on it").arg(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::runtime(tr("could not read %1: %2").arg(m_path, file.errorString()));
    const QByteArray prefix = m_ledgerId.toUtf8() + ' ' + name.toUtf8() + ' ';
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith(prefix))
            return QString::fromUtf8(QByteArray::fromBase64(line.mid(prefix.size())));
    }
    return Error::notFound(tr("no %1 stored in %2").arg(name, m_path));
}

Status FileSecretStore::write(const QString& name, const QString& value)
{
    const QByteArray prefix = m_ledgerId.toUtf8() + ' ' + name.toUtf8() + ' ';
    return rewriteOwnerOnlyLines(m_path, prefix, value.isEmpty() ? QByteArray() : prefix + value.toUtf8().toBase64());
}

QString FileSecretStore::describe() const
{
    return tr("the owner-only file %1").arg(m_path);
}

Result<QString> DesktopSecretStore::read(const QString& name)
{
    auto cached = m_cache.constFind(name);
    if (cached != m_cache.cend())
        return *cached;
    Result<QString> answer = readUncached(name);
    m_cache.insert(name, answer);
    return answer;
}

Result<QString> DesktopSecretStore::readUncached(const QString& name)
{
    auto fromKeychain = m_keychain.read(name);
    if (fromKeychain || fromKeychain.error().kind == ErrorKind::NotFound) {
        if (fromKeychain)
            return fromKeychain;
        // Stored while no keychain answered: still in the file.
        auto fromFile = m_file.read(name);
        if (fromFile)
            m_usingFallback = true;
        return fromFile ? fromFile : fromKeychain;
    }
    m_usingFallback = true;
    return m_file.read(name);
}

Status DesktopSecretStore::write(const QString& name, const QString& value)
{
    m_cache.remove(name);
    if (m_keychain.write(name, value)) {
        // Don't leave an older copy behind in the fallback file.
        if (m_file.exists())
            return m_file.write(name, QString());
        return {};
    }
    m_usingFallback = true;
    return m_file.write(name, value);
}

QString DesktopSecretStore::describe() const
{
    return m_usingFallback ? tr("%1 (no keychain answered on this desktop)").arg(m_file.describe())
                           : m_keychain.describe();
}

} // namespace imali
