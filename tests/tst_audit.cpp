// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"
#include "BusinessSettings.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "Payments.h"
#include "ImalictlRun.h"
#include "TestDatabases.h"
#include "TestLedger.h"
#include "security/KeyStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace imali;

// A Result that should have succeeded; its message is the failure text when it did not.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

namespace
{

/** The shared throwaway ledger, plus the environment imalictl needs to find it. */
class TestLedger : public testdb::TestLedger
{
public:
    using testdb::TestLedger::TestLedger;

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMALI_KEY_FILE"), keyFile());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("IMALI_DATABASE_URL"));
        // pg_dump and pg_restore must match the test cluster's server version.
        const QString pgBin = qEnvironmentVariable("IMALI_TEST_PG_BIN");
        if (!pgBin.isEmpty())
            env.insert(QStringLiteral("PATH"), pgBin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        return env;
    }
};

#define OPEN_LEDGER_OR_FAIL(var, backend)                                                                    \
    TestLedger var(backend);                                                                                 \
    do {                                                                                                     \
        const QString openError_ = var.open();                                                               \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
    } while (false)

qint64 scalar(Database& db, const QString& statement)
{
    Sql q(db, statement);
    if (!q.exec() || !q.next())
        return -1;
    return q.int64(0);
}

QString lastAuditAction(Database& db)
{
    Sql q(db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return {};
    return q.text(0);
}

/// The number of entries populate() writes.
constexpr qint64 PopulatedEntries = 12;

/**
 * Twelve audited changes, in this order: 1 ledger.created, 2 settings.changed,
 * 3 and 4 customer.added, 5 invoice.created, 6 invoice.issued,
 * 7 payment.recorded, 8 customer.edited, 9 invoice.created, 10 invoice.issued,
 * 11 settings.changed, 12 refund.recorded.
 */
Status populate(Ledger& ledger)
{
    BusinessSettings settings(ledger);
    if (Status s = settings.set(QStringLiteral("trading_name"), QStringLiteral("Imali Traders")); !s)
        return s;
    Customers customers(ledger);
    auto a = customers.add({QStringLiteral("Zanele Mahlangu"), QStringLiteral("zanele@example.co.za"),
                            QString(), QString(), QString()});
    if (!a)
        return a.error();
    auto b = customers.add({QStringLiteral("Karoo Farm Stall"), QString(), QStringLiteral("021 555 0199"),
                            QString(), QString()});
    if (!b)
        return b.error();
    Invoices invoices(ledger);
    auto line = Invoices::parseLineSpec(QStringLiteral("Service;1;100.00"));
    auto first = invoices.create({a->id, {*line}, false, {}, false});
    if (!first)
        return first.error();
    auto issued = invoices.issue(QString::number(first->id));
    if (!issued)
        return issued.error();
    Payments payments(ledger);
    auto paid = payments.recordManual(
        {issued->number, QStringLiteral("50.00"), QStringLiteral("cash"), QString(), QString()});
    if (!paid)
        return paid.error();
    auto edited = customers.edit(b->id,
                                 {QStringLiteral("Karoo Farm Stall CC"), QString(),
                                  QStringLiteral("021 555 0199"), QString(), QString()});
    if (!edited)
        return edited.error();
    auto second = invoices.create({b->id, {*line}, false, {}, true});
    if (!second)
        return second.error();
    if (Status s = settings.set(QStringLiteral("payment_terms_days"), QStringLiteral("14")); !s)
        return s;
    auto refund = payments.refundManual({paid->id, QStringLiteral("20.00"), QStringLiteral("overcharged")});
    if (!refund)
        return refund.error();
    return {};
}

#define POPULATE_OR_FAIL(t)                                                                                  \
    do {                                                                                                     \
        QVERIFY_OK(populate((t).ledger()));                                                                  \
        auto head_ = (t).ledger().audit().head();                                                            \
        QVERIFY_OK(head_);                                                                                   \
        QCOMPARE_EQ(head_->seq, PopulatedEntries);                                                           \
    } while (false)

/// What an attacker with write access to the database does first.
Status dropAppendOnlyTriggers(Database& db)
{
    const QString on = db.isPostgres() ? QStringLiteral(" ON audit_log") : QString();
    for (const QString& trigger :
         {QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete")})
        if (Status s = Sql::execDirect(db, QStringLiteral("DROP TRIGGER ") + trigger + on); !s)
            return s;
    return {};
}

/// Rewrites entries from \a fromSeq on with MACs under a key that is not the ledger's, and fixes the head.
Status recomputeWithoutKey(TestLedger& t, qint64 fromSeq)
{
    struct Old {
        QString action, entity, entityId, before, after;
    };
    QList<Old> old;
    Sql read(t.db(),
             QStringLiteral("SELECT action, entity, entity_id, before_data, after_data FROM audit_log "
                            "WHERE seq >= :from ORDER BY seq"));
    read.bind(QStringLiteral(":from"), fromSeq);
    if (Status s = read.exec(); !s)
        return s;
    while (read.next())
        old.append({read.text(0), read.text(1), read.text(2), read.text(3), read.text(4)});
    return t.db().write([&]() -> Status {
        Sql cut(t.db(), QStringLiteral("DELETE FROM audit_log WHERE seq >= :from"));
        cut.bind(QStringLiteral(":from"), fromSeq);
        if (Status s = cut.exec(); !s)
            return s;
        Sql head(t.db(),
                 QStringLiteral("UPDATE audit_head SET seq = :seq, mac = (SELECT mac FROM audit_log "
                                "WHERE seq = :seq2) WHERE id = 1"));
        head.bind(QStringLiteral(":seq"), fromSeq - 1).bind(QStringLiteral(":seq2"), fromSeq - 1);
        if (Status s = head.exec(); !s)
            return s;
        // The same algorithm, the right ledger id, a guessed key.
        const QByteArray guessedKey(32, '\x42');
        AuditLog forged(t.db(), t.ledger().ledgerId(), guessedKey,
                        Actor {QStringLiteral("mallory"), QStringLiteral("elsewhere")});
        for (const Old& o : old) {
            const QJsonObject before = QJsonDocument::fromJson(o.before.toUtf8()).object();
            const QJsonObject after = QJsonDocument::fromJson(o.after.toUtf8()).object();
            if (Status s = forged.append({o.action, o.entity, o.entityId, before, after, std::nullopt, {}});
                !s)
                return s;
        }
        return {};
    });
}

/// Applies one of the tamper cases that tamper_data() names.
Status tamper(TestLedger& t, const QString& kind)
{
    if (Status s = dropAppendOnlyTriggers(t.db()); !s)
        return s;
    Database& db = t.db();
    if (kind == QLatin1String("alter-amount"))
        return Sql::execDirect(
            db,
            QStringLiteral("UPDATE audit_log SET after_data = replace(after_data, '115.00', "
                           "'11.50') WHERE seq = 5"));
    if (kind == QLatin1String("alter-author"))
        return Sql::execDirect(db,
                               QStringLiteral("UPDATE audit_log SET os_user = 'someone-else' WHERE seq = 3"));
    if (kind == QLatin1String("delete"))
        return Sql::execDirect(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    if (kind == QLatin1String("cut-tail-and-head")) {
        if (Status s = Sql::execDirect(db, QStringLiteral("DELETE FROM audit_log WHERE seq > 9")); !s)
            return s;
        return Sql::execDirect(
            db,
            QStringLiteral("UPDATE audit_head SET seq = 9, mac = (SELECT mac FROM audit_log "
                           "WHERE seq = 9) WHERE id = 1"));
    }
    if (kind == QLatin1String("cut-tail"))
        return Sql::execDirect(db, QStringLiteral("DELETE FROM audit_log WHERE seq > 9"));
    if (kind == QLatin1String("recompute"))
        return recomputeWithoutKey(t, 4);
    if (kind == QLatin1String("swap"))
        return Sql::execDirect(db,
                               QStringLiteral("UPDATE audit_log SET before_data = after_data, after_data = "
                                              "before_data WHERE seq = 6"));
    if (kind == QLatin1String("head-back"))
        return Sql::execDirect(
            db,
            QStringLiteral("UPDATE audit_head SET seq = 11, mac = (SELECT mac FROM audit_log "
                           "WHERE seq = 11) WHERE id = 1"));
    if (kind == QLatin1String("head-mac"))
        return Sql::execDirect(db, QStringLiteral("UPDATE audit_head SET mac = '00' || mac WHERE id = 1"));
    if (kind == QLatin1String("append-forged"))
        return Sql::execDirect(
            db,
            QStringLiteral("INSERT INTO audit_log (seq, created_at, os_user, desktop, action, entity, "
                           "entity_id, before_data, "
                           "after_data, prev_mac, mac) SELECT 13, created_at, os_user, desktop, "
                           "'payment.recorded', 'invoice', '1', "
                           "'{}', '{\"amount\":\"1000.00\"}', mac, mac FROM audit_log WHERE seq = 12"));
    return Error::validation(QStringLiteral("unknown tamper case %1").arg(kind));
}

using testcli::CliRun;
using testcli::imalictlPath;
using testcli::runImalictl;

CliRun imalictl(TestLedger& t, QStringList arguments)
{
    arguments << QStringLiteral("--db") << t.url();
    return runImalictl(arguments, t.cliEnvironment());
}

/// "entry 5" or "entries 5 to 7": the message names \a seq as the first bad entry.
bool namesEntry(const QString& message, qint64 seq)
{
    return message.contains(QRegularExpression(QStringLiteral("\\bentr(y|ies) %1\\b").arg(seq)));
}

/// Everything a restore must leave alone when it refuses: the chain, the anchor and the rows.
struct Snapshot {
    ChainHead head;
    std::optional<ChainHead> anchor;
    qint64 auditRows = -1;
    qint64 customers = -1;
    qint64 invoices = -1;
    qint64 transactions = -1;
};

Snapshot snapshot(TestLedger& t)
{
    Snapshot s;
    if (auto head = t.ledger().audit().head())
        s.head = *head;
    s.anchor = t.ledger().anchor().read();
    s.auditRows = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    s.customers = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM customers"));
    s.invoices = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM invoices"));
    s.transactions = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM transactions"));
    return s;
}

} // namespace

/**
 * The audit chain against an attacker with write access to the database:
 * every edit, deletion, truncation, reordering or recomputation is found by
 * AuditLog::verify and by `imalictl audit verify`, on SQLite and PostgreSQL;
 * restores are recorded and re-anchored, and a tampered backup is refused.
 */
class tst_Audit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tamperIsDetected_data();
    void tamperIsDetected();
    void triggersRefuseChanges_data() { testdb::addBackendRows(); }
    void triggersRefuseChanges();
    void restoreIsRecordedAndReanchored_data() { testdb::addBackendRows(); }
    void restoreIsRecordedAndReanchored();
    void tamperedBackupIsRefused_data() { testdb::addBackendRows(); }
    void tamperedBackupIsRefused();
};

void tst_Audit::initTestCase()
{
    QVERIFY2(QFileInfo::exists(imalictlPath()),
             qPrintable(imalictlPath() + QStringLiteral(" was not built")));
}

void tst_Audit::tamperIsDetected_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<bool>("detectedWithoutAnchor"); // false: only this desktop's anchor gives it away
    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* what, const char* kind, qint64 firstBad, bool withoutAnchor) {
            QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(what))))
                << b << QString::fromLatin1(kind) << firstBad << withoutAnchor;
        };
        row("an amount altered in entry 5 is found at entry 5", "alter-amount", 5, true);
        row("a changed author of entry 3 is found at entry 3", "alter-author", 3, true);
        row("entry 5 deleted is named as missing", "delete", 5, true);
        row("a tail cut off with the head moved back is found through the anchor", "cut-tail-and-head", 10,
            false);
        row("a tail cut off with the head left alone is found at the first missing entry", "cut-tail", 10,
            true);
        row("a chain recomputed from entry 4 without the key is found at entry 4", "recompute", 4, true);
        row("before and after swapped in entry 6 are found at entry 6", "swap", 6, true);
        row("a forged entry appended after the head is found at entry 13", "append-forged", 13, true);
        row("a chain head moved back a step is found at the entry after it", "head-back", 12, true);
        row("a rewritten chain head is found at the entry it records", "head-mac", 12, true);
    }
}

void tst_Audit::tamperIsDetected()
{
    QFETCH(QString, backend);
    QFETCH(QString, kind);
    QFETCH(qint64, firstBad);
    QFETCH(bool, detectedWithoutAnchor);
    OPEN_LEDGER_OR_FAIL(t, backend);
    POPULATE_OR_FAIL(t);
    const auto anchor = t.ledger().anchor().read();
    QVERIFY(anchor.has_value());
    QCOMPARE_EQ(anchor->seq, PopulatedEntries);

    // Untouched, both the library and the command line find it intact.
    auto before = t.ledger().audit().verify(anchor);
    QVERIFY_OK(before);
    QVERIFY2(before->intact, qPrintable(before->problem));
    QCOMPARE_EQ(before->entries, PopulatedEntries);
    const CliRun clean = imalictl(t, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));

    QVERIFY_OK(tamper(t, kind));

    auto found = t.ledger().audit().verify(t.ledger().anchor().read());
    QVERIFY_OK(found);
    QVERIFY2(!found->intact, "the tampering went unnoticed");
    QCOMPARE_EQ(found->firstBadSeq, firstBad);
    QVERIFY2(namesEntry(found->problem, firstBad), qPrintable(found->problem));

    // Without the anchor, only what the key protects is found.
    auto unanchored = t.ledger().audit().verify(std::nullopt);
    QVERIFY_OK(unanchored);
    QCOMPARE_EQ(!unanchored->intact, detectedWithoutAnchor);
    if (detectedWithoutAnchor)
        QCOMPARE_EQ(unanchored->firstBadSeq, firstBad);

    // imalictl exits 1 and names the first bad entry.
    const CliRun cli = imalictl(t, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE_EQ(cli.exitCode, 1);
    QVERIFY2(cli.err.contains(QLatin1String("tampered")), qPrintable(cli.err));
    QVERIFY2(namesEntry(cli.err, firstBad), qPrintable(cli.err));
    const CliRun json =
        imalictl(t, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE_EQ(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE_EQ(report.value(QStringLiteral("intact")).toBool(true), false);
    QCOMPARE_EQ(report.value(QStringLiteral("first_bad_entry")).toInteger(), firstBad);
}

void tst_Audit::triggersRefuseChanges()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    POPULATE_OR_FAIL(t);
    Database& db = t.db();

    const Status updated =
        Sql::execDirect(db, QStringLiteral("UPDATE audit_log SET os_user = 'x' WHERE seq = 5"));
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(QLatin1String("append-only")),
             qPrintable(updated.error().message));
    const Status deleted = Sql::execDirect(db, QStringLiteral("DELETE FROM audit_log WHERE seq > 9"));
    QVERIFY(!deleted.ok());
    QVERIFY2(deleted.error().message.contains(QLatin1String("append-only")),
             qPrintable(deleted.error().message));
    if (db.isPostgres()) {
        const Status truncated = Sql::execDirect(db, QStringLiteral("TRUNCATE audit_log"));
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.error().message.contains(QLatin1String("append-only")),
                 qPrintable(truncated.error().message));
    }
    // A change inside a write transaction is refused the same way and takes the transaction with it.
    const Status inWrite = db.write([&db]() -> Status {
        Sql q(db, QStringLiteral("UPDATE audit_log SET after_data = '{}' WHERE seq = 12"));
        return q.exec();
    });
    QVERIFY(!inWrite.ok());

    QCOMPARE_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), PopulatedEntries);
    auto verified = t.ledger().audit().verify(t.ledger().anchor().read());
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
}

void tst_Audit::restoreIsRecordedAndReanchored()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    POPULATE_OR_FAIL(t);
    const qint64 customersAtBackup = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM customers"));
    t.close();

    const QString file = t.filePath(backend == QLatin1String("postgres") ? QStringLiteral("ledger.dump")
                                                                         : QStringLiteral("ledger.sqlite"));
    const CliRun backup = imalictl(t, {QStringLiteral("backup"), QStringLiteral("--out"), file});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(QFileInfo::exists(file));
    // Work done after the backup is lost by the restore (entry 13).
    const CliRun later = imalictl(t,
                                  {QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("After The Backup")});
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));

    const CliRun restore = imalictl(t, {QStringLiteral("restore"), file});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));

    QVERIFY(t.open().isEmpty());
    QCOMPARE_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM customers")), customersAtBackup);
    QCOMPARE_EQ(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'After The Backup'")), 0);
    // The restored chain plus one entry that records the restore, anchored afresh.
    auto head = t.ledger().audit().head();
    QVERIFY_OK(head);
    QCOMPARE_EQ(head->seq, PopulatedEntries + 1);
    QCOMPARE_EQ(lastAuditAction(t.db()), QStringLiteral("ledger.restored"));
    const auto anchor = t.ledger().anchor().read();
    QVERIFY(anchor.has_value());
    QCOMPARE_EQ(anchor->seq, head->seq);
    QCOMPARE_EQ(anchor->mac, head->mac);
    auto verified = t.ledger().audit().verify(anchor);
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE_EQ(verified->entries, PopulatedEntries + 1);
    // The append-only triggers came back with the restored schema.
    QVERIFY(!Sql::execDirect(t.db(), QStringLiteral("DELETE FROM audit_log WHERE seq = 1")).ok());
    // The books work on: a new change continues the restored chain.
    QVERIFY_OK(
        BusinessSettings(t.ledger()).set(QStringLiteral("trading_name"), QStringLiteral("Imali Restored")));
    t.close();

    const CliRun verify = imalictl(t, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY2(verify.out.contains(QLatin1String("14 entries")), qPrintable(verify.out));
}

void tst_Audit::tamperedBackupIsRefused()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    POPULATE_OR_FAIL(t);
    const QString suffix =
        backend == QLatin1String("postgres") ? QStringLiteral(".dump") : QStringLiteral(".sqlite");
    const QString good = t.filePath(QStringLiteral("good") + suffix);
    const QString bad = t.filePath(QStringLiteral("tampered") + suffix);
    t.close();
    const CliRun goodBackup = imalictl(t, {QStringLiteral("backup"), QStringLiteral("--out"), good});
    QVERIFY2(goodBackup.exitCode == 0, qPrintable(goodBackup.err));

    // Make a backup whose audit log was edited: tamper, back up, then put the good copy back.
    QVERIFY(t.open().isEmpty());
    QVERIFY_OK(dropAppendOnlyTriggers(t.db()));
    QVERIFY_OK(Sql::execDirect(t.db(),
                               QStringLiteral("UPDATE audit_log SET after_data = replace(after_data, "
                                              "'50.00', '5.00') WHERE seq = 7")));
    t.close();
    const CliRun badBackup = imalictl(t, {QStringLiteral("backup"), QStringLiteral("--out"), bad});
    QVERIFY2(badBackup.exitCode == 0, qPrintable(badBackup.err));
    const CliRun repaired = imalictl(t, {QStringLiteral("restore"), good});
    QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.err));

    QVERIFY(t.open().isEmpty());
    const Snapshot before = snapshot(t);
    QCOMPARE_EQ(before.head.seq, PopulatedEntries + 1);
    QVERIFY(before.anchor.has_value());
    t.close();

    const CliRun refused = imalictl(t, {QStringLiteral("restore"), bad});
    QCOMPARE_EQ(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("tampered")), qPrintable(refused.err));
    QVERIFY2(namesEntry(refused.err, 7), qPrintable(refused.err));

    // Nothing changed: the same chain, anchor and rows, and it still verifies.
    QVERIFY(t.open().isEmpty());
    const Snapshot after = snapshot(t);
    QCOMPARE_EQ(after.head.seq, before.head.seq);
    QCOMPARE_EQ(after.head.mac, before.head.mac);
    QVERIFY(after.anchor.has_value());
    QCOMPARE_EQ(after.anchor->seq, before.anchor->seq);
    QCOMPARE_EQ(after.anchor->mac, before.anchor->mac);
    QCOMPARE_EQ(after.auditRows, before.auditRows);
    QCOMPARE_EQ(after.customers, before.customers);
    QCOMPARE_EQ(after.invoices, before.invoices);
    QCOMPARE_EQ(after.transactions, before.transactions);
    QCOMPARE_EQ(lastAuditAction(t.db()), QStringLiteral("ledger.restored"));
    if (t.db().isPostgres()) {
        // The scratch database the check used is gone too.
        Sql left(t.db(), QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname LIKE :prefix"));
        left.bind(QStringLiteral(":prefix"), t.db().url().database + QStringLiteral("_restore_check_%"));
        QVERIFY_OK(left.exec());
        QVERIFY(left.next());
        QCOMPARE_EQ(left.int64(0), 0);
    }
    auto verified = t.ledger().audit().verify(t.ledger().anchor().read());
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    t.close();
    const CliRun verify = imalictl(t, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
}

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
