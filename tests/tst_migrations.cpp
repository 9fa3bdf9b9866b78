// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "Migrator.h"
#include "TestDatabases.h"

#include <QtTest>

using namespace imali;

/** Numbered migrations go up, down and up again on both engines. */
class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void upDownUp_data() { testdb::addBackendRows(); }
    void upDownUp();
    void auditLogIsAppendOnly_data() { testdb::addBackendRows(); }
    void auditLogIsAppendOnly();
    void constraintsRefuseInvalidStates_data() { testdb::addBackendRows(); }
    void constraintsRefuseInvalidStates();
    void splitsScripts();
};

static bool tableExists(Database& db, const QString& table)
{
    return db.connection().tables().contains(table);
}

void tst_Migrations::upDownUp()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    auto db = Database::open(*DatabaseUrl::parse(scratch.url()), QStringLiteral("m"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    Migrator migrator(**db);

    auto ran = migrator.up();
    QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : ran.error().message));
    QVERIFY(*ran >= 1);
    QVERIFY(tableExists(**db, QStringLiteral("invoices")));
    QVERIFY(tableExists(**db, QStringLiteral("audit_log")));
    QCOMPARE_EQ(*migrator.up(), 0); // nothing left to apply

    // Numbers may have gaps (branches take numbers ahead of merging): roll back every one applied.
    const int applied = static_cast<int>(migrator.status()->size());
    auto down = migrator.down(applied);
    QVERIFY2(down.ok(), qPrintable(down.ok() ? QString() : down.error().message));
    QCOMPARE_EQ(*down, applied);
    QCOMPARE_EQ(*migrator.currentVersion(), 0);
    QVERIFY(!tableExists(**db, QStringLiteral("invoices")));
    QVERIFY(!tableExists(**db, QStringLiteral("audit_log")));

    QCOMPARE_EQ(*migrator.up(), applied);
    QVERIFY(tableExists(**db, QStringLiteral("invoices")));
    const auto status = migrator.status();
    QVERIFY(status.ok());
    for (const Migration& m : *status)
        QVERIFY2(m.applied, qPrintable(m.name));
    QVERIFY(!migrator.down(0).ok());
}

void tst_Migrations::auditLogIsAppendOnly()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    auto db = Database::open(*DatabaseUrl::parse(scratch.url()), QStringLiteral("m"));
    QVERIFY(db.ok());
    QVERIFY(Migrator(**db).up().ok());
    Sql insert(**db, QStringLiteral("INSERT INTO audit_log (seq, created_at, os_user, desktop, action, entity, "
                                    "entity_id, before_data, after_data, prev_mac, mac) VALUES (1, 't', 'u', 'd', "
                                    "'a', 'e', '1', '', '', '', 'm')"));
    QVERIFY(insert.exec().ok());
    Sql update(**db, QStringLiteral("UPDATE audit_log SET action = 'edited' WHERE seq = 1"));
    const Status updated = update.exec();
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(QLatin1String("append-only")), qPrintable(updated.error().message));
    Sql remove(**db, QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
    QVERIFY(!remove.exec().ok());
}

void tst_Migrations::constraintsRefuseInvalidStates()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    auto db = Database::open(*DatabaseUrl::parse(scratch.url()), QStringLiteral("m"));
    QVERIFY(db.ok());
    QVERIFY(Migrator(**db).up().ok());
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    Sql customer(**db, QStringLiteral("INSERT INTO customers (name, created_at, updated_at) VALUES ('A', :t, :t)"));
    customer.bind(QStringLiteral(":t"), now);
    QVERIFY(customer.exec().ok());
    auto invoice = [&](const QString& status, const QVariant& number) {
        Sql q(**db, QStringLiteral("INSERT INTO invoices (number, customer_id, status, environment, created_at, "
                                   "updated_at) VALUES (:n, 1, :s, 'sandbox', :t, :t)"));
        q.bind(QStringLiteral(":n"), number).bind(QStringLiteral(":s"), status).bind(QStringLiteral(":t"), now);
        return q.exec();
    };
    QVERIFY(invoice(QStringLiteral("draft"), QVariant()).ok());
    QVERIFY(invoice(QStringLiteral("open"), QStringLiteral("INV-000001")).ok());
    QVERIFY2(!invoice(QStringLiteral("open"), QStringLiteral("INV-000001")).ok(), "numbers are unique");
    QVERIFY2(!invoice(QStringLiteral("draft"), QStringLiteral("INV-000002")).ok(), "a draft has no number");
    QVERIFY2(!invoice(QStringLiteral("open"), QVariant()).ok(),
             "an issued invoice has a number");
    QVERIFY2(!invoice(QStringLiteral("overdue"), QStringLiteral("INV-000003")).ok(), "overdue is never stored");

    auto payment = [&](const QString& providerId) {
        Sql q(**db, QStringLiteral("INSERT INTO transactions (kind, provider, provider_id, environment, status, "
                                   "gross, fee, net, created_at, updated_at) VALUES ('payment', 'payfast', :p, "
                                   "'sandbox', 'complete', 1000, 23, 977, :t, :t)"));
        q.bind(QStringLiteral(":p"), providerId).bind(QStringLiteral(":t"), now);
        return q.exec();
    };
    QVERIFY(payment(QStringLiteral("1001")).ok());
    QVERIFY2(!payment(QStringLiteral("1001")).ok(), "one transaction per (provider, provider id)");
}

void tst_Migrations::splitsScripts()
{
    const QString script = QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'no');\nEND;\nCREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RETURN NULL;\n"
        "END;\n$$;\nCREATE TRIGGER u BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();\n");
    const QStringList statements = splitSqlScript(script);
    QCOMPARE_EQ(statements.size(), 4);
    QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
    QVERIFY(statements.at(2).endsWith(QLatin1String("$$;")));
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
