// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ledger.h"
#include "TestDatabases.h"
#include "security/KeyStore.h"

#include <QTemporaryDir>

#include <memory>

namespace testdb {

/**
 * One throwaway ledger on a backend: the store (a SQLite file or a scratch
 * PostgreSQL database), a configuration folder laid out as
 * XDG_CONFIG_HOME/imali (so imalictl run with that XDG_CONFIG_HOME finds the
 * same anchors) and a key file, all removed when the test ends.
 */
class TestLedger
{
public:
    explicit TestLedger(const QString& backend) : m_scratch(backend) { }

    /// Opens (initialising it in \a environment the first time); empty on success, else what went wrong.
    QString open(imali::Environment environment = imali::Environment::Sandbox)
    {
        if (!m_scratch.error().isEmpty())
            return m_scratch.error();
        if (!m_dir.isValid())
            return QStringLiteral("could not create a temporary folder");
        auto url = imali::DatabaseUrl::parse(m_scratch.url());
        if (!url)
            return url.error().message;
        imali::LedgerLocation location;
        location.url = *url;
        location.configDir = configDir();
        auto ledger = imali::Ledger::open(location, std::make_unique<imali::FileKeyStore>(keyFile()));
        if (!ledger)
            return ledger.error().message;
        m_ledger = std::move(ledger).value();
        if (!m_ledger->isInitialised()) {
            auto code = m_ledger->initialise(environment);
            if (!code)
                return code.error().message;
        }
        if (imali::Status s = m_ledger->unlock(); !s)
            return s.error().message;
        return {};
    }
    void close() { m_ledger.reset(); }

    imali::Ledger& ledger() { return *m_ledger; }
    imali::Database& db() { return m_ledger->db(); }
    QString url() const { return m_scratch.url(); }
    QString configDir() const { return m_dir.filePath(QStringLiteral("xdg/imali")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("ledger-keys")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    bool isPostgres() const { return m_scratch.url().startsWith(QLatin1String("postgresql:")); }

protected:
    Scratch m_scratch; // declared first: dropped after the ledger has closed
    QTemporaryDir m_dir;
    std::unique_ptr<imali::Ledger> m_ledger;
};

} // namespace testdb
