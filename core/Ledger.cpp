// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ledger.h"

#include "Clock.h"
#include "Config.h"
#include "crypto/Crypto.h"
#include "crypto/RecoveryCode.h"
#include "security/KeyStore.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Ledger", text);
}

QString keyCheckFor(const QByteArray& key)
{
    return QString::fromLatin1(hmacSha256(key, QByteArrayLiteral("imali ledger key check v1")).toHex());
}
} // namespace

Result<LedgerLocation> LedgerLocation::resolve(const QString& dbOption, const QString& configFile)
{
    LedgerLocation location;
    location.configDir = !configFile.isEmpty()
        ? QFileInfo(configFile).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/imali");
    // Option > environment > INI file (SPEC §4): the console's Settings page writes the URL to the INI file.
    const QString iniFile = !configFile.isEmpty() ? configFile : Config::defaultIniFile(location.configDir);
    const QString text =
        !dbOption.isEmpty() ? dbOption : Config(iniFile).value(QStringLiteral("IMALI_DATABASE_URL"));
    if (text.isEmpty()) {
        location.url = DatabaseUrl::defaultSqlite();
    } else {
        auto url = DatabaseUrl::parse(text);
        if (!url)
            return url.error();
        location.url = *url;
    }
    return location;
}

Ledger::Ledger(const LedgerLocation& location, std::unique_ptr<Database> db, std::unique_ptr<KeyStore> keys)
    : m_location(location)
    , m_db(std::move(db))
    , m_keys(std::move(keys))
{
}

Ledger::~Ledger()
{
    m_audit.reset();
    secureZero(m_key);
}

Result<std::unique_ptr<Ledger>> Ledger::openUnlocked(LedgerLocation location, const QString& connectionName,
                                                     std::unique_ptr<KeyStore> key)
{
    location.connectionName = connectionName;
    auto ledger = open(location, std::move(key));
    if (!ledger)
        return ledger.error();
    if (Status s = (*ledger)->unlock(); !s)
        return s.error();
    return ledger;
}

Result<std::unique_ptr<Ledger>> Ledger::open(const LedgerLocation& location, std::unique_ptr<KeyStore> keys)
{
    auto db = Database::open(location.url, location.connectionName);
    if (!db)
        return db.error();
    if (auto migrated = Migrator(**db).up(); !migrated)
        return migrated.error();
    std::unique_ptr<Ledger> ledger(new Ledger(location, std::move(db).value(), std::move(keys)));
    if (Status s = ledger->loadIdentity(); !s)
        return s.error();
    return ledger;
}

Status Ledger::loadIdentity()
{
    Sql q(*m_db, QStringLiteral("SELECT ledger_id, environment, key_check FROM ledger WHERE id = 1"));
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return {};
    m_ledgerId = q.text(0);
    m_environment = environmentFromString(q.text(1)).value_or(Environment::Sandbox);
    m_keyCheck = q.text(2);
    return {};
}

Status Ledger::useKey(const QByteArray& key)
{
    if (!constantTimeEquals(keyCheckFor(key).toLatin1(), m_keyCheck.toLatin1()))
        return Error::validation(tr("this key does not belong to ledger %1").arg(m_ledgerId));
    m_key = key;
    m_audit = std::make_unique<AuditLog>(*m_db, m_ledgerId, m_key, Actor::current());
    return {};
}

Status Ledger::unlock()
{
    if (!isInitialised())
        return Error::conflict(tr("the ledger has not been initialised; run: imalictl ledger init"));
    if (isUnlocked())
        return {};
    auto key = m_keys->load(m_ledgerId);
    if (!key) {
        if (key.error().kind == ErrorKind::NotFound)
            return Error::runtime(tr("%1. Import the ledger's recovery code on this desktop: "
                                     "imalictl ledger key import CODE")
                                      .arg(key.error().message));
        return key.error();
    }
    if (Status s = useKey(*key); !s)
        return Error::integrity(tr("the key in %1 does not belong to ledger %2").arg(m_keys->describe(), m_ledgerId));
    return {};
}

Result<QString> Ledger::initialise(Environment environment)
{
    if (isInitialised())
        return Error::conflict(tr("ledger %1 is already initialised (%2)").arg(m_ledgerId, toString(m_environment)));
    const QByteArray key = randomBytes(32);
    const QString ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Store the key first: a ledger whose key was lost at birth would be unusable.
    if (Status s = m_keys->store(ledgerId, key); !s)
        return s.error();
    m_ledgerId = ledgerId;
    m_environment = environment;
    m_keyCheck = keyCheckFor(key);
    if (Status s = useKey(key); !s)
        return s.error();
    Status s = write([&]() -> Status {
        Sql insert(*m_db, QStringLiteral("INSERT INTO ledger (id, ledger_id, environment, key_check, created_at) "
                                         "VALUES (1, :id, :env, :check, :at)"));
        insert.bind(QStringLiteral(":id"), ledgerId)
            .bind(QStringLiteral(":env"), toString(environment))
            .bind(QStringLiteral(":check"), m_keyCheck)
            .bind(QStringLiteral(":at"), Clock::toStorage(Clock::nowUtc()));
        if (Status i = insert.exec(); !i) {
            if (m_db->isUniqueViolation(insert.lastError()))
                return Error::conflict(tr("another process initialised this ledger at the same time"));
            return i;
        }
        return record({QStringLiteral("ledger.created"), QStringLiteral("ledger"), ledgerId, {},
                       QJsonObject{{QStringLiteral("environment"), toString(environment)}}, std::nullopt, {}});
    });
    if (!s) {
        m_ledgerId.clear();
        m_audit.reset();
        return s.error();
    }
    return encodeRecoveryCode(key);
}

Status Ledger::importKey(const QString& recoveryCode)
{
    if (!isInitialised())
        return Error::conflict(tr("the ledger has not been initialised; there is nothing to import a key for"));
    auto key = decodeRecoveryCode(recoveryCode);
    if (!key)
        return Error::validation(key.error().message);
    if (Status s = useKey(*key); !s)
        return s;
    return m_keys->store(m_ledgerId, *key);
}

std::unique_ptr<KeyStore> Ledger::sharedKey() const
{
    return std::make_unique<MemoryKeyStore>(m_ledgerId, m_key);
}

AuditAnchor Ledger::anchor() const
{
    return AuditAnchor(QDir(m_location.configDir).filePath(QStringLiteral("anchors")), m_ledgerId);
}

Status Ledger::write(const std::function<Status()>& work)
{
    if (!isUnlocked())
        if (Status s = unlock(); !s)
            return s;
    if (m_db->inTransaction())
        return work();
    if (Status s = m_db->write(work); !s)
        return s;
    auto head = m_audit->head();
    if (!head)
        return head.error();
    return anchor().advance(*head);
}

Result<QByteArray> Ledger::customerKey(qint64 customerId)
{
    const QByteArray ad = QByteArrayLiteral("customer-key:") + QByteArray::number(customerId);
    Sql q(*m_db, QStringLiteral("SELECT sealed_key FROM customer_keys WHERE customer_id = :id"));
    q.bind(QStringLiteral(":id"), customerId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.next())
        return openWithLedgerKey(q.value(0).toByteArray(), ad);
    const QByteArray key = randomBytes(32);
    Sql insert(*m_db, QStringLiteral("INSERT INTO customer_keys (customer_id, sealed_key) VALUES (:id, :key)"));
    insert.bind(QStringLiteral(":id"), customerId).bind(QStringLiteral(":key"), sealWithLedgerKey(key, ad));
    if (Status s = insert.exec(); !s)
        return s.error();
    return key;
}

QByteArray Ledger::sealWithLedgerKey(const QByteArray& plaintext, const QByteArray& associatedData) const
{
    return seal(deriveKey(m_key, QByteArrayLiteral("imali records v1")), plaintext, associatedData);
}

Result<QByteArray> Ledger::openWithLedgerKey(const QByteArray& sealed, const QByteArray& associatedData) const
{
    return imali::open(deriveKey(m_key, QByteArrayLiteral("imali records v1")), sealed, associatedData);
}

} // namespace imali
