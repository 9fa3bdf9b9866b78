// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAnchor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AuditAnchor", text);
}
} // namespace

AuditAnchor::AuditAnchor(const QString& directory, const QString& ledgerId)
    : m_directory(directory)
    , m_ledgerId(ledgerId)
{
}

QString AuditAnchor::path() const
{
    return QDir(m_directory).filePath(QStringLiteral("%1.anchor").arg(m_ledgerId));
}

std::optional<ChainHead> AuditAnchor::read() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    ChainHead head{parts.at(0).toLongLong(&ok), QString::fromLatin1(parts.at(1))};
    if (!ok)
        return std::nullopt;
    return head;
}

Status AuditAnchor::advance(const ChainHead& head)
{
    return write(head, true);
}

Status AuditAnchor::reset(const ChainHead& head)
{
    return write(head, false);
}

Status AuditAnchor::write(const ChainHead& head, bool onlyForward)
{
    if (!QDir().mkpath(m_directory))
        return Error::runtime(tr("could not create %1").arg(m_directory));
    QLockFile lock(path() + QStringLiteral(".lock"));
    // Holders keep it for microseconds; a process killed between creating the lock file and writing
    // its pid leaves one Qt can only age out, so don't let that stall every later commit for 30 s.
    lock.setStaleLockTime(3000);
    if (!lock.tryLock(10000))
        return Error::runtime(tr("could not lock %1").arg(path()));
    if (onlyForward) {
        if (const auto current = read(); current && current->seq >= head.seq)
            return {};
    }
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return Error::runtime(tr("could not write %1: %2").arg(path(), file.errorString()));
    file.write(QByteArray::number(head.seq) + ' ' + head.mac.toLatin1() + '\n');
    if (!file.commit())
        return Error::runtime(tr("could not write %1: %2").arg(path(), file.errorString()));
    return {};
}

} // namespace imali
