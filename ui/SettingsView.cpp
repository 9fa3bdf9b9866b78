// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsView.h"

#include "Language.h"

#include "Config.h"
#include "ConsoleContext.h"
#include "Ledger.h"
#include "books/BusinessSettings.h"
#include "payfast/PayFastSettings.h"
#include "payfast/PublicUrlCheck.h"
#include "security/DatabasePasswords.h"
#include "security/KeyStore.h"
#include "security/SecretStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace imali
{

namespace
{
// Field keys: ledger settings use their BusinessSettings names; the rest use SPEC §4 names.
const QString MerchantKey = QStringLiteral("PAYFAST_MERCHANT_KEY");
const QString Passphrase = QStringLiteral("PAYFAST_PASSPHRASE");
const QString DatabaseUrlName = QStringLiteral("IMALI_DATABASE_URL");
const QString DatabasePassword = QStringLiteral("IMALI_DATABASE_PASSWORD");
const QString ListenAddress = QStringLiteral("IMALI_ITN_LISTEN");
const QString PublicUrl = QStringLiteral("public_url");
const QString MerchantId = QStringLiteral("payfast_merchant_id");

bool isLedgerSetting(const QString& key)
{
    return BusinessSettings::names().contains(key);
}
} // namespace

SettingsView::SettingsView(ConsoleContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    const bool sandbox = context.ledger().environment() == Environment::Sandbox;
    auto* environment = new QLabel(content);
    environment->setObjectName(QStringLiteral("settingsEnvironment"));
    environment->setWordWrap(true);
    environment->setText(
        sandbox
            ? tr("This is a <b>sandbox</b> ledger: test payments only. PayFast's shared sandbox account "
                 "(merchant id %1, key %2) is used until you enter your own sandbox credentials.<br>"
                 "<b>Going live</b> means a new live ledger (imalictl ledger init --live on a new database), "
                 "not switching this one: sandbox money never mixes with real money, so there is no in-place "
                 "switch.")
                  .arg(QLatin1String(PayFastSettings::SandboxMerchantId),
                       QLatin1String(PayFastSettings::SandboxMerchantKey))
            : tr("This is a <b>live</b> ledger: real money. A passphrase is required and PayFast must "
                 "reach the public URL over https."));
    layout->addWidget(environment);

    auto* business = new QGroupBox(tr("Business details (shared by every desktop on this ledger)"), content);
    auto* businessForm = new QFormLayout(business);
    for (const QString& name : BusinessSettings::names())
        if (name != PublicUrl && name != MerchantId)
            addField(businessForm, name, BusinessSettings::describe(name));
    layout->addWidget(business);

    auto* payfast = new QGroupBox(tr("PayFast"), content);
    auto* payfastForm = new QFormLayout(payfast);
    addField(payfastForm, MerchantId, tr("Merchant id"))
        ->setPlaceholderText(QLatin1String(PayFastSettings::SandboxMerchantId));
    addField(payfastForm, MerchantKey, tr("Merchant key"))
        ->setPlaceholderText(QLatin1String(PayFastSettings::SandboxMerchantKey));
    addField(payfastForm, Passphrase, tr("Passphrase"), true);
    auto* secretsWhere =
        new QLabel(tr("The passphrase is kept in %1, never in the configuration file.")
                       .arg(context.config().secretStore() ? context.config().secretStore()->describe()
                                                           : tr("the environment only")),
                   payfast);
    secretsWhere->setObjectName(QStringLiteral("secretsLocation"));
    secretsWhere->setWordWrap(true);
    payfastForm->addRow(secretsWhere);
    addField(payfastForm, PublicUrl, tr("Public URL"))
        ->setPlaceholderText(QStringLiteral("https://pay.myshop.co.za"));
    m_publicUrlNotice = new QLabel(payfast);
    m_publicUrlNotice->setObjectName(QStringLiteral("publicUrlNotice"));
    m_publicUrlNotice->setWordWrap(true);
    payfastForm->addRow(m_publicUrlNotice);
    connect(m_fields.value(PublicUrl), &QLineEdit::textChanged, this, &SettingsView::checkPublicUrl);
    layout->addWidget(payfast);

    auto* desktop = new QGroupBox(tr("This desktop"), content);
    auto* desktopForm = new QFormLayout(desktop);
    auto* ledgerKey = new QLabel(desktop);
    ledgerKey->setObjectName(QStringLiteral("ledgerKeyState"));
    ledgerKey->setWordWrap(true);
    ledgerKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ledgerKey = ledgerKey;
    desktopForm->addRow(tr("Ledger"), ledgerKey);
    addField(desktopForm, DatabaseUrlName, tr("Database URL (used from the next start)"))
        ->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/db"));
    // Kept for user@host:port/db once a connection test or a save succeeds; start-up uses it when the URL
    // has none, else libpq reads PGPASSFILE (SPEC §4).
    addField(desktopForm, DatabasePassword,
             tr("Database password (kept in %1, never in the configuration file)")
                 .arg(context.config().databasePasswords().describe()),
             true);
    // Once the URL is typed (not per keystroke: each look-up may ask the keychain).
    connect(m_fields.value(DatabaseUrlName), &QLineEdit::editingFinished, this,
            &SettingsView::showStoredPassword);
    auto* test = new QPushButton(tr("Test connection"), desktop);
    test->setObjectName(QStringLiteral("testConnection"));
    m_connectionResult = new QLabel(desktop);
    m_connectionResult->setObjectName(QStringLiteral("connectionResult"));
    m_connectionResult->setWordWrap(true);
    desktopForm->addRow(test, m_connectionResult);
    connect(test, &QPushButton::clicked, this, &SettingsView::testConnection);
    addField(desktopForm, ListenAddress, tr("Listener address"))
        ->setPlaceholderText(QStringLiteral("127.0.0.1:8000"));
    m_language = new QComboBox(desktop);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own words, so a merchant can find theirs whichever is showing.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Afrikaans"), QStringLiteral("af"));
    desktopForm->addRow(tr("Language (from the next start)"), m_language);
    layout->addWidget(desktop);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("&Save"), content);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    buttons->addWidget(m_status, 1);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(saveButton, &QPushButton::clicked, this, [this] {
        Status s = save();
        m_status->setText(s ? tr("Saved.") : s.error().message);
    });
    load();
}

QLineEdit* SettingsView::addField(QFormLayout* form, const QString& key, const QString& label, bool secret)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QStringLiteral("setting_") + key);
    edit->setAccessibleName(label);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    auto* error = new QLabel(form->parentWidget());
    error->setObjectName(QStringLiteral("settingError_") + key);
    error->setStyleSheet(QStringLiteral("color:#842029;"));
    error->setWordWrap(true);
    error->hide();
    form->addRow(label, edit);
    form->addRow(QString(), error);
    m_fields.insert(key, edit);
    m_errors.insert(key, error);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { checkField(key); });
    return edit;
}

bool SettingsView::checkField(const QString& key)
{
    const QString value = m_fields.value(key)->text().trimmed();
    Status s;
    if (isLedgerSetting(key)) {
        s = BusinessSettings(m_context.ledger()).validate(key, value);
    } else if (key == Passphrase) {
        s = PayFastSettings::checkPassphrase(value);
    } else if (key == DatabaseUrlName && !value.isEmpty()) {
        if (auto url = DatabaseUrl::parse(value); !url)
            s = url.error();
        else if (!url->password.isEmpty())
            s = Error::validation(tr("put the password in the password field, not in the URL"));
    } else if (key == DatabasePassword && !m_fields.value(key)->text().isEmpty()) {
        if (!m_context.config().keepsDatabasePasswords())
            s = Error::runtime(tr("no keychain or secret file is available; use PGPASSFILE"));
        else if (auto url = passwordTarget(); url && !url->isPostgres())
            s = Error::validation(tr("a SQLite ledger has no password"));
    } else if (key == ListenAddress && !value.isEmpty()) {
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? value.mid(colon + 1).toInt(&ok) : -1;
        if (colon <= 0 || QHostAddress(value.left(colon)).isNull() || !ok || port < 0 || port > 65535)
            s = Error::validation(tr("the listener address is address:port, such as 127.0.0.1:8000"));
    }
    QLabel* error = m_errors.value(key);
    error->setText(s ? QString() : s.error().message);
    error->setVisible(!s);
    return s.ok();
}

void SettingsView::checkPublicUrl()
{
    const QString url = m_fields.value(PublicUrl)->text().trimmed();
    QStringList notes;
    if (url.isEmpty()) {
        notes << tr("No public URL: PayFast can't send payment notifications to this desktop.");
    } else if (Status s = imali::checkPublicUrl(url, m_context.ledger().environment()); !s) {
        notes << tr("PayFast can't reach this URL: %1").arg(s.error().message);
    } else {
        notes << tr("PayFast can deliver to this URL.");
    }
    if (!url.isEmpty() && isQuickTunnelUrl(url))
        notes << tr("This is a quick tunnel's random hostname: it changes whenever the tunnel restarts.");
    // Changing a URL customers already hold breaks their links.
    auto saved = BusinessSettings(m_context.ledger()).value(PublicUrl);
    if (saved && !saved->isEmpty() && *saved != url) {
        auto links = sentLinksDependingOnPublicUrl(m_context.ledger());
        if (links && *links > 0)
            notes << tr("Changing it breaks %n payment link(s) already sent and still unpaid.", nullptr,
                        static_cast<int>(*links));
    } else if (saved && isQuickTunnelUrl(url)) {
        auto links = sentLinksDependingOnPublicUrl(m_context.ledger());
        if (links && *links > 0)
            notes << tr("%n payment link(s) already sent stop working when it changes.", nullptr,
                        static_cast<int>(*links));
    }
    m_publicUrlNotice->setText(notes.join(QLatin1Char(' ')));
}

QString SettingsView::publicUrlNotice() const
{
    return m_publicUrlNotice->text();
}

Result<DatabaseUrl> SettingsView::passwordTarget() const
{
    const QString typed = m_fields.value(DatabaseUrlName)->text().trimmed();
    if (typed.isEmpty()) {
        DatabaseUrl url = m_context.ledger().location().url;
        url.password.clear();
        return url;
    }
    return DatabaseUrl::parse(typed);
}

void SettingsView::showStoredPassword()
{
    auto url = passwordTarget();
    const bool stored = url && m_context.config().databasePasswords().has(*url);
    m_fields.value(DatabasePassword)
        ->setPlaceholderText(stored ? tr("kept for %1; type a new one to replace it").arg(url->display())
                                    : tr("none kept here: libpq reads PGPASSFILE"));
}

void SettingsView::testConnection()
{
    auto url = passwordTarget();
    if (!url) {
        m_connectionResult->setText(url.error().message);
        return;
    }
    const QString typed = m_fields.value(DatabasePassword)->text();
    DatabasePasswords passwords = m_context.config().databasePasswords();
    if (!typed.isEmpty())
        url->password = typed;
    else if (auto filled = passwords.fill(*url); filled)
        url = filled;
    const QString name = QStringLiteral("imali-settings-test");
    QString result;
    {
        auto db = Database::open(*url, name);
        if (!db) {
            result = tr("Could not connect to %1: %2").arg(url->display(), db.error().message);
        } else {
            result = tr("Connected to %1.").arg(url->display());
            // A password that just worked is kept, so the next start needs no PGPASSFILE.
            if (!typed.isEmpty() && url->isPostgres()) {
                if (Status s = passwords.save(*url, typed); s) {
                    result += QLatin1Char(' ') + tr("The password is kept in %1.").arg(passwords.describe());
                    m_fields.value(DatabasePassword)->clear();
                } else {
                    result +=
                        QLatin1Char(' ') + tr("The password could not be kept: %1").arg(s.error().message);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    m_connectionResult->setText(result);
    showStoredPassword();
}

QString SettingsView::connectionResult() const
{
    return m_connectionResult->text();
}

QString SettingsView::ledgerKeyState() const
{
    return m_ledgerKey->text();
}

void SettingsView::load()
{
    auto stored = BusinessSettings(m_context.ledger()).all();
    const Config& config = m_context.config();
    QSettings ini(config.iniFile(), QSettings::IniFormat);
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QString value;
        if (isLedgerSetting(it.key()))
            value = stored ? stored->value(it.key()) : QString();
        else if (it.key() == DatabasePassword)
            value.clear(); // never shown; the placeholder says whether one is kept
        else if (Config::isSecret(it.key())) {
            auto secret =
                config.secretStore() ? config.secretStore()->read(it.key()) : Result<QString>(QString());
            value = secret ? *secret : QString();
        } else
            value = ini.value(it.key()).toString();
        it.value()->setText(value);
        m_errors.value(it.key())->hide();
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::chosen())));
    checkPublicUrl();
    showStoredPassword();
    showLedgerKey();
}

void SettingsView::showLedgerKey()
{
    Ledger& ledger = m_context.ledger();
    auto key = ledger.keys().load(ledger.ledgerId());
    QString held;
    if (key && ledger.isUnlocked())
        held = tr("This desktop holds its key, in %1.").arg(ledger.keys().describe());
    else if (key || key.error().kind != ErrorKind::NotFound)
        held = tr("This desktop's key store (%1) does not give the right key for it: %2")
                   .arg(ledger.keys().describe(),
                        key ? tr("the key there belongs to another ledger") : key.error().message);
    else
        held = tr("This desktop does not hold its key (it was typed for this session only); import the "
                  "recovery code to keep it in %1.")
                   .arg(ledger.keys().describe());
    m_ledgerKey->setText(tr("%1 (%2). %3").arg(ledger.ledgerId(), toString(ledger.environment()), held));
}

Status SettingsView::save()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (!checkField(it.key()))
            return Error::validation(
                tr("%1: %2").arg(it.value()->accessibleName(), m_errors.value(it.key())->text()));
    const Config& config = m_context.config();
    SecretStore* secrets = config.secretStore();
    if (!secrets && !m_fields.value(Passphrase)->text().isEmpty())
        return Error::runtime(
            tr("no keychain or secret file is available; set PAYFAST_PASSPHRASE in the environment"));
    auto passwordUrl = passwordTarget();
    if (!passwordUrl)
        return passwordUrl.error();

    BusinessSettings business(m_context.ledger());
    auto stored = business.all();
    if (!stored)
        return stored.error();
    for (const QString& name : BusinessSettings::names()) {
        const QString value = m_fields.value(name)->text().trimmed();
        if (stored->value(name) != value)
            if (Status s = business.set(name, value); !s)
                return s;
    }
    if (secrets)
        if (Status s = secrets->write(Passphrase, m_fields.value(Passphrase)->text().trimmed()); !s)
            return s;
    // Only names that aren't secrets reach the INI file (Config would never read a secret from it anyway).
    QSettings ini(config.iniFile(), QSettings::IniFormat);
    for (const QString& name : {MerchantKey, DatabaseUrlName, ListenAddress}) {
        Q_ASSERT(!Config::isSecret(name));
        const QString value = m_fields.value(name)->text().trimmed();
        if (value.isEmpty())
            ini.remove(name);
        else
            ini.setValue(name, value);
    }
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Error::runtime(tr("could not write %1").arg(config.iniFile()));
    // A typed database password is kept for the URL it belongs to; an empty field keeps the stored one.
    if (const QString password = m_fields.value(DatabasePassword)->text(); !password.isEmpty()) {
        if (Status s = config.databasePasswords().save(*passwordUrl, password); !s)
            return s;
        m_fields.value(DatabasePassword)->clear();
        showStoredPassword();
    }
    QSettings().setValue(QStringLiteral("language"), m_language->currentData());
    m_context.notifyBooksChanged();
    emit saved();
    return {};
}

} // namespace imali
