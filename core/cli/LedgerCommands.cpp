// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl ledger, settings, migrate, audit, backup and restore.
#include "CliContext.h"

#include "BusinessSettings.h"
#include "Clock.h"
#include "security/KeyStore.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}
} // namespace

int runLedgerCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    const QString sub = p.value(1);
    if (sub == QLatin1String("init")) {
        if (auto bad = ctx.rejectUnknown({QStringLiteral("live")}))
            return *bad;
        const bool live = ctx.args().flag(QStringLiteral("live"));
        if (live && qEnvironmentVariable("PAYFAST_PASSPHRASE").isEmpty())
            return ctx.usage(tr("a live ledger needs PAYFAST_PASSPHRASE set: PayFast requires a passphrase in live mode"));
        auto ledger = ctx.openLedger();
        if (!ledger)
            return ctx.fail(ledger.error());
        auto code = (*ledger)->initialise(live ? Environment::Live : Environment::Sandbox);
        if (!code)
            return ctx.fail(code.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("ledger_id"), (*ledger)->ledgerId()},
                                      {QStringLiteral("environment"), toString((*ledger)->environment())},
                                      {QStringLiteral("recovery_code"), *code},
                                      {QStringLiteral("key_store"), (*ledger)->keys().describe()}});
        } else {
            ctx.out() << tr("Created %1 ledger %2.\nThe key is in %3.\nRecovery code (shown once; another desktop "
                            "imports it with 'imalictl ledger key import CODE'):\n\n    %4\n")
                             .arg(toString((*ledger)->environment()), (*ledger)->ledgerId(), (*ledger)->keys().describe(), *code);
        }
        return 0;
    }
    if (sub == QLatin1String("key") && p.value(2) == QLatin1String("import")) {
        if (p.size() != 4)
            return ctx.usage(tr("usage: imalictl ledger key import CODE"));
        auto ledger = ctx.openLedger();
        if (!ledger)
            return ctx.fail(ledger.error());
        if (Status s = (*ledger)->importKey(p.at(3)); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Imported the key for ledger %1 into %2.\n").arg((*ledger)->ledgerId(), (*ledger)->keys().describe());
        return 0;
    }
    return ctx.usage(tr("usage: imalictl ledger init [--live] | ledger key import CODE"));
}

int runSettingsCommand(CliContext& ctx)
{
    const QStringList& p = ctx.args().positionals;
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    BusinessSettings settings(**ledger);
    if (p.value(1) == QLatin1String("show") && p.size() == 2) {
        auto all = settings.all();
        if (!all)
            return ctx.fail(all.error());
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("ledger_id"), (*ledger)->ledgerId()},
                          {QStringLiteral("environment"), toString((*ledger)->environment())}};
            for (auto it = all->constBegin(); it != all->constEnd(); ++it)
                o.insert(it.key(), it.value());
            ctx.printJson(o);
        } else {
            ctx.out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("ledger_id"), -22).arg((*ledger)->ledgerId());
            ctx.out() << QStringLiteral("%1 %2\n").arg(QStringLiteral("environment"), -22).arg(toString((*ledger)->environment()));
            for (auto it = all->constBegin(); it != all->constEnd(); ++it)
                ctx.out() << QStringLiteral("%1 %2\n").arg(it.key(), -22).arg(it.value());
        }
        return 0;
    }
    if (p.value(1) == QLatin1String("set") && p.size() == 4) {
        if (Status s = settings.set(p.at(2), p.at(3)); !s)
            return ctx.fail(s.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{p.at(2), p.at(3).trimmed()}});
        return 0;
    }
    return ctx.usage(tr("usage: imalictl settings show | settings set NAME VALUE"));
}

int runMigrateCommand(CliContext& ctx)
{
    const QString sub = ctx.args().positionals.value(1);
    if (auto bad = ctx.rejectUnknown({QStringLiteral("steps")}))
        return *bad;
    auto loc = ctx.location();
    if (!loc)
        return ctx.fail(loc.error());
    // Migrations work on the bare store: no ledger identity or key is needed.
    auto db = Database::open(loc->url, loc->connectionName);
    if (!db)
        return ctx.fail(db.error());
    Migrator migrator(**db);
    if (sub == QLatin1String("up")) {
        auto ran = migrator.up();
        if (!ran)
            return ctx.fail(ran.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("applied"), *ran}, {QStringLiteral("version"), *migrator.currentVersion()}});
        else
            ctx.out() << tr("Applied %1 migration(s); the schema is at version %2.\n").arg(*ran).arg(*migrator.currentVersion());
        return 0;
    }
    if (sub == QLatin1String("down")) {
        bool ok = true;
        const int steps = ctx.args().has(QStringLiteral("steps")) ? ctx.args().option(QStringLiteral("steps")).toInt(&ok) : 1;
        if (!ok || steps < 1)
            return ctx.usage(tr("--steps must be a whole number of at least 1"));
        auto ran = migrator.down(steps);
        if (!ran)
            return ctx.fail(ran.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("rolled_back"), *ran}, {QStringLiteral("version"), *migrator.currentVersion()}});
        else
            ctx.out() << tr("Rolled back %1 migration(s); the schema is at version %2.\n").arg(*ran).arg(*migrator.currentVersion());
        return 0;
    }
    if (sub == QLatin1String("status")) {
        auto all = migrator.status();
        if (!all)
            return ctx.fail(all.error());
        QJsonArray rows;
        for (const Migration& m : *all) {
            rows.append(QJsonObject{{QStringLiteral("version"), m.version}, {QStringLiteral("name"), m.name},
                                    {QStringLiteral("applied"), m.applied}, {QStringLiteral("applied_at"), m.appliedAt}});
            if (!ctx.json())
                ctx.out() << QStringLiteral("%1 %2 %3\n").arg(m.version, 3, 10, QLatin1Char('0'))
                                 .arg(m.name, -30).arg(m.applied ? m.appliedAt : tr("pending"));
        }
        if (ctx.json())
            ctx.printJson(rows);
        return 0;
    }
    return ctx.usage(tr("usage: imalictl migrate up | down [--steps N] | status"));
}

int runAuditCommand(CliContext& ctx)
{
    if (ctx.args().positionals.value(1) != QLatin1String("verify") || ctx.args().positionals.size() != 2)
        return ctx.usage(tr("usage: imalictl audit verify"));
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    const auto anchor = (*ledger)->anchor().read();
    auto result = (*ledger)->audit().verify(anchor);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("intact"), result->intact},
                                  {QStringLiteral("entries"), result->entries},
                                  {QStringLiteral("anchored"), result->anchored},
                                  {QStringLiteral("first_bad_entry"), result->firstBadSeq},
                                  {QStringLiteral("problem"), result->problem}});
    }
    if (!result->intact) {
        ctx.err() << tr("imalictl: the audit log was tampered with: %1\n").arg(result->problem);
        return 1;
    }
    if (!ctx.json())
        ctx.out() << tr("The audit log is intact: %1 entries%2.\n")
                         .arg(result->entries)
                         .arg(result->anchored ? tr(", matching this desktop's anchor") : tr(" (no anchor on this desktop yet)"));
    return 0;
}

int runBackupCommand(CliContext& ctx)
{
    if (auto bad = ctx.rejectUnknown({QStringLiteral("out")}))
        return *bad;
    const QString out = ctx.args().option(QStringLiteral("out"));
    if (out.isEmpty() || ctx.args().positionals.size() != 1)
        return ctx.usage(tr("usage: imalictl backup --out FILE"));
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    if (Status s = (*ledger)->db().backupTo(out); !s)
        return ctx.fail(s.error());
    auto head = (*ledger)->audit().head();
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("audit_entries"), head ? head->seq : 0}});
    else
        ctx.out() << tr("Wrote a consistent copy of ledger %1 to %2.\n").arg((*ledger)->ledgerId(), out);
    return 0;
}

namespace {

/// Opens a copy of a backup in a scratch store and checks its identity and audit chain.
Result<QString> checkBackup(CliContext& ctx, const QString& file, const LedgerLocation& target, QTemporaryDir& scratch)
{
    LedgerLocation check = target;
    check.connectionName = QStringLiteral("restore-check");
    if (!target.url.isPostgres()) {
        const QString copy = scratch.filePath(QStringLiteral("check.sqlite"));
        if (!QFile::copy(file, copy))
            return Error::validation(tr("could not read the backup %1").arg(file));
        check.url.path = copy;
    } else {
        // Restore the archive into a scratch database next to the ledger's, and check it there.
        check.url.database = target.url.database + QStringLiteral("_restore_check_")
            + QUuid::createUuid().toString(QUuid::Id128).left(8);
        LedgerLocation admin = target;
        admin.connectionName = QStringLiteral("restore-admin");
        auto db = Database::open(admin.url, admin.connectionName);
        if (!db)
            return db.error();
        if (Status s = Sql::execDirect(**db, QStringLiteral("CREATE DATABASE %1").arg(check.url.database)); !s)
            return s.error();
        auto scratchDb = Database::open(check.url, QStringLiteral("restore-scratch"));
        if (!scratchDb)
            return scratchDb.error();
        if (Status s = (*scratchDb)->restoreFrom(file); !s)
            return s.error();
    }
    auto keys = std::make_unique<FileKeyStore>(FileKeyStore::defaultPath(target.configDir));
    auto ledger = Ledger::open(check, std::move(keys));
    if (!ledger)
        return ledger.error();
    if (!(*ledger)->isInitialised())
        return Error::validation(tr("%1 is not an imali ledger backup").arg(file));
    if (Status s = (*ledger)->unlock(); !s)
        return s.error();
    auto verified = (*ledger)->audit().verify(std::nullopt);
    if (!verified)
        return verified.error();
    if (!verified->intact)
        return Error::integrity(tr("the backup's audit log was tampered with: %1").arg(verified->problem));
    Q_UNUSED(ctx);
    return (*ledger)->ledgerId();
}

void dropScratch(const LedgerLocation& target, const QString& database)
{
    auto db = Database::open(target.url, QStringLiteral("restore-admin"));
    if (db)
        (void)Sql::execDirect(**db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
}

} // namespace

int runRestoreCommand(CliContext& ctx)
{
    if (auto bad = ctx.rejectUnknown({}))
        return *bad;
    if (ctx.args().positionals.size() != 2)
        return ctx.usage(tr("usage: imalictl restore FILE"));
    const QString file = ctx.args().positionals.at(1);
    if (!QFile::exists(file))
        return ctx.usage(tr("%1 does not exist").arg(file));
    auto loc = ctx.location();
    if (!loc)
        return ctx.fail(loc.error());
    QTemporaryDir scratch;
    QString backupLedgerId;
    {
        auto checked = checkBackup(ctx, file, *loc, scratch);
        QSqlDatabase::removeDatabase(QStringLiteral("restore-scratch"));
        QSqlDatabase::removeDatabase(QStringLiteral("restore-admin"));
        if (loc->url.isPostgres()) {
            // The scratch database's name was derived inside checkBackup; find and drop any left.
            auto db = Database::open(loc->url, QStringLiteral("restore-admin"));
            if (db) {
                Sql q(**db, QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE :p"));
                q.bind(QStringLiteral(":p"), loc->url.database + QStringLiteral("_restore_check_%"));
                QStringList names;
                if (q.exec())
                    while (q.next())
                        names << q.text(0);
                db->reset();
                QSqlDatabase::removeDatabase(QStringLiteral("restore-admin"));
                for (const QString& n : names)
                    dropScratch(*loc, n);
                QSqlDatabase::removeDatabase(QStringLiteral("restore-admin"));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("restore-check"));
        if (!checked)
            return ctx.fail(checked.error());
        backupLedgerId = *checked;
    }
    auto ledger = ctx.openLedger();
    if (!ledger)
        return ctx.fail(ledger.error());
    if ((*ledger)->isInitialised() && (*ledger)->ledgerId() != backupLedgerId)
        return ctx.usage(tr("the backup is of ledger %1, but %2 holds ledger %3; restore into an empty database")
                             .arg(backupLedgerId, loc->url.display(), (*ledger)->ledgerId()));
    if (Status s = (*ledger)->db().restoreFrom(file); !s)
        return ctx.fail(s.error());
    // Reopen on the restored data, record the restore and re-anchor to the restored chain.
    LedgerLocation reopened = *loc;
    reopened.connectionName = QStringLiteral("imali-restored");
    auto restored = Ledger::open(reopened, std::make_unique<FileKeyStore>(FileKeyStore::defaultPath(loc->configDir)));
    if (!restored)
        return ctx.fail(restored.error());
    if (Status s = (*restored)->unlock(); !s)
        return ctx.fail(s.error());
    auto headBefore = (*restored)->audit().head();
    if (!headBefore)
        return ctx.fail(headBefore.error());
    if (Status s = (*restored)->anchor().reset(*headBefore); !s)
        return ctx.fail(s.error());
    Status s = (*restored)->write([&]() -> Status {
        return (*restored)->record({QStringLiteral("ledger.restored"), QStringLiteral("ledger"), backupLedgerId, {},
                                    QJsonObject{{QStringLiteral("file"), QFileInfo(file).fileName()},
                                                {QStringLiteral("restored_entries"), headBefore->seq}},
                                    std::nullopt, {}});
    });
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << tr("Restored ledger %1 from %2 (audit chain checked: %3 entries).\n")
                     .arg(backupLedgerId, file).arg(headBefore->seq);
    return 0;
}

} // namespace imali
