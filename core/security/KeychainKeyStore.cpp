// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainKeyStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("KeychainKeyStore", text);
}

const QString Service = QStringLiteral("imali");

QString entryName(const QString& ledgerId)
{
    return QStringLiteral("ledger-key-") + ledgerId;
}

/// QtKeychain's jobs are asynchronous; a key is needed before anything else can happen.
void runToCompletion(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}
} // namespace

Result<QByteArray> KeychainKeyStore::load(const QString& ledgerId)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(entryName(ledgerId));
    runToCompletion(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Error::notFound(tr("the keychain has no key for ledger %1").arg(ledgerId));
    if (job.error() != QKeychain::NoError)
        return Error::runtime(tr("the keychain did not answer: %1").arg(job.errorString()));
    const QByteArray key = QByteArray::fromBase64(job.binaryData());
    if (key.size() != 32)
        return Error::integrity(tr("the keychain's key for ledger %1 is damaged").arg(ledgerId));
    return key;
}

Status KeychainKeyStore::store(const QString& ledgerId, const QByteArray& key)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(entryName(ledgerId));
    job.setBinaryData(key.toBase64());
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return Error::runtime(tr("the keychain did not answer: %1").arg(job.errorString()));
    return {};
}

QString KeychainKeyStore::describe() const
{
    return tr("this desktop's keychain");
}

DesktopKeyStore::DesktopKeyStore(const QString& fallbackFile)
    : m_file(fallbackFile)
{
}

Result<QByteArray> DesktopKeyStore::load(const QString& ledgerId)
{
    auto fromKeychain = m_keychain.load(ledgerId);
    if (fromKeychain)
        return fromKeychain;
    auto fromFile = m_file.load(ledgerId);
    if (fromFile) {
        m_usingFallback = true;
        return fromFile;
    }
    // Say where the key was looked for; the keychain's word matters most on a desktop.
    return fromKeychain.error().kind == ErrorKind::NotFound ? fromFile.error() : fromKeychain.error();
}

Status DesktopKeyStore::store(const QString& ledgerId, const QByteArray& key)
{
    if (m_keychain.store(ledgerId, key))
        return {};
    m_usingFallback = true;
    return m_file.store(ledgerId, key);
}

QString DesktopKeyStore::describe() const
{
    return m_usingFallback ? tr("%1 (no keychain answered on this desktop)").arg(m_file.describe()) : m_keychain.describe();
}

} // namespace imali
