// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessSettings.h"

#include "payfast/PublicUrlCheck.h"

#include "Ledger.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BusinessSettings", text);
}

struct SettingSpec {
    const char* name;
    const char* defaultValue;
    const char* description;
};

// The one table of names, defaults and meanings.
const SettingSpec Specs[] = {
    {"trading_name", "", QT_TRANSLATE_NOOP("BusinessSettings", "the name on invoices")},
    {"registration_number", "", QT_TRANSLATE_NOOP("BusinessSettings", "company registration number")},
    {"vat_number", "", QT_TRANSLATE_NOOP("BusinessSettings", "the business's VAT number")},
    {"vat_registered", "true", QT_TRANSLATE_NOOP("BusinessSettings", "true or false: whether VAT is charged")},
    {"address", "", QT_TRANSLATE_NOOP("BusinessSettings", "postal address")},
    {"email", "", QT_TRANSLATE_NOOP("BusinessSettings", "contact email on invoices")},
    {"phone", "", QT_TRANSLATE_NOOP("BusinessSettings", "contact phone on invoices")},
    {"bank_name", "", QT_TRANSLATE_NOOP("BusinessSettings", "bank for EFT payments")},
    {"bank_account_holder", "", QT_TRANSLATE_NOOP("BusinessSettings", "account holder for EFT payments")},
    {"bank_account_number", "", QT_TRANSLATE_NOOP("BusinessSettings", "account number for EFT payments")},
    {"bank_branch_code", "", QT_TRANSLATE_NOOP("BusinessSettings", "branch code for EFT payments")},
    {"payment_terms_days", "30", QT_TRANSLATE_NOOP("BusinessSettings", "days from issue to due date")},
    {"public_url", "", QT_TRANSLATE_NOOP("BusinessSettings", "the tunnel's public base URL")},
    {"payfast_merchant_id", "", QT_TRANSLATE_NOOP("BusinessSettings", "PayFast merchant id")},
};

const SettingSpec* find(const QString& name)
{
    for (const SettingSpec& s : Specs)
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}
} // namespace

BusinessSettings::BusinessSettings(Ledger& ledger)
    : m_ledger(ledger)
{
}

QStringList BusinessSettings::names()
{
    QStringList list;
    for (const SettingSpec& s : Specs)
        list << QLatin1String(s.name);
    return list;
}

QString BusinessSettings::describe(const QString& name)
{
    const SettingSpec* s = find(name);
    return s ? QCoreApplication::translate("BusinessSettings", s->description) : QString();
}

Result<QMap<QString, QString>> BusinessSettings::all()
{
    QMap<QString, QString> values;
    for (const SettingSpec& s : Specs)
        values.insert(QLatin1String(s.name), QString::fromUtf8(s.defaultValue));
    Sql q(m_ledger.db(), QStringLiteral("SELECT name, value FROM settings"));
    if (Status st = q.exec(); !st)
        return st.error();
    while (q.next())
        if (values.contains(q.text(0)))
            values.insert(q.text(0), q.text(1));
    return values;
}

Result<QString> BusinessSettings::value(const QString& name)
{
    if (!find(name))
        return Error::validation(tr("unknown setting \"%1\"; known: %2").arg(name, names().join(QStringLiteral(", "))));
    auto values = all();
    if (!values)
        return values.error();
    return values->value(name);
}

Status BusinessSettings::validate(const QString& name, const QString& value) const
{
    if (!find(name))
        return Error::validation(tr("unknown setting \"%1\"; known: %2").arg(name, names().join(QStringLiteral(", "))));
    if (name == QLatin1String("vat_registered") && value != QLatin1String("true") && value != QLatin1String("false"))
        return Error::validation(tr("vat_registered must be true or false"));
    if (name == QLatin1String("payment_terms_days")) {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < 0 || days > 365)
            return Error::validation(tr("payment_terms_days must be a whole number from 0 to 365"));
    }
    if (name == QLatin1String("vat_number") && !value.isEmpty()
        && !QRegularExpression(QStringLiteral("^4\\d{9}$")).match(value).hasMatch())
        return Error::validation(tr("a South African VAT number has 10 digits and starts with 4"));
    if (name == QLatin1String("payfast_merchant_id") && !value.isEmpty()
        && !QRegularExpression(QStringLiteral("^\\d{1,8}$")).match(value).hasMatch())
        return Error::validation(tr("a PayFast merchant id is a number of up to 8 digits"));
    if (name == QLatin1String("public_url") && !value.isEmpty()) {
        if (Status reachable = checkPublicUrl(value, m_ledger.environment()); !reachable)
            return reachable;
    }
    if (value.size() > 1000)
        return Error::validation(tr("%1 is too long (at most 1000 characters)").arg(name));
    return {};
}

Status BusinessSettings::set(const QString& name, const QString& value)
{
    const QString trimmed = value.trimmed();
    if (Status s = validate(name, trimmed); !s)
        return s;
    auto before = this->value(name);
    if (!before)
        return before.error();
    return m_ledger.write([&]() -> Status {
        Sql upsert(m_ledger.db(), QStringLiteral("INSERT INTO settings (name, value) VALUES (:n, :v) "
                                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
        upsert.bind(QStringLiteral(":n"), name).bind(QStringLiteral(":v"), trimmed);
        if (Status s = upsert.exec(); !s)
            return s;
        return m_ledger.record({QStringLiteral("settings.changed"), QStringLiteral("setting"), name,
                                QJsonObject{{QStringLiteral("value"), *before}},
                                QJsonObject{{QStringLiteral("value"), trimmed}}, std::nullopt, {}});
    });
}

Result<bool> BusinessSettings::isVatRegistered()
{
    auto v = value(QStringLiteral("vat_registered"));
    if (!v)
        return v.error();
    return *v == QLatin1String("true");
}

Result<int> BusinessSettings::paymentTermsDays()
{
    auto v = value(QStringLiteral("payment_terms_days"));
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace imali
