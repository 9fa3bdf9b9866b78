// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace imali {

/** The audit chain's head as last seen by this desktop: entry number and MAC. */
struct ChainHead {
    qint64 seq = 0;
    QString mac;
};

/**
 * Keeps the audit chain head outside the database, one small file per ledger
 * id beside the configuration, so a ledger cut short or rebuilt without the
 * key disagrees with what this desktop saw. Advances only, under a file lock.
 */
class AuditAnchor
{
public:
    AuditAnchor(const QString& directory, const QString& ledgerId);

    std::optional<ChainHead> read() const;
    /// Records \a head unless the anchor already stands further on (another process wrote it).
    Status advance(const ChainHead& head);
    /// Records \a head even if it is behind: only after a restore.
    Status reset(const ChainHead& head);
    QString path() const;

private:
    Status write(const ChainHead& head, bool onlyForward);
    QString m_directory;
    QString m_ledgerId;
};

} // namespace imali
