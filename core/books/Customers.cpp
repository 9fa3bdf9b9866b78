// SPDX-License-Identifier: GPL-3.0-or-later
#include "Customers.h"

#include "Clock.h"
#include "Ledger.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Customers", text);
}

QJsonObject personalData(const CustomerDetails& d)
{
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("email"), d.email},
            {QStringLiteral("phone"), d.phone},
            {QStringLiteral("address"), d.address},
            {QStringLiteral("vat_number"), d.vatNumber}};
}

CustomerDetails detailsOf(const Customer& c)
{
    return {c.name, c.email, c.phone, c.address, c.vatNumber};
}

CustomerDetails trimmed(const CustomerDetails& d)
{
    return {d.name.trimmed(), d.email.trimmed(), d.phone.trimmed(), d.address.trimmed(), d.vatNumber.trimmed()};
}
} // namespace

Customers::Customers(Ledger& ledger)
    : m_ledger(ledger)
{
}

const QString& Customers::selectSql()
{
    static const QString select = QStringLiteral(
        "SELECT id, name, email, phone, address, vat_number, archived_at, anonymised_at, created_at FROM customers");
    return select;
}

Customer Customers::fromRow(const Sql& q)
{
    Customer c;
    c.id = q.int64(0);
    c.name = q.text(1);
    c.email = q.text(2);
    c.phone = q.text(3);
    c.address = q.text(4);
    c.vatNumber = q.text(5);
    c.archivedAt = q.text(6); // NULL reads as ""
    c.anonymisedAt = q.text(7);
    c.createdAt = q.text(8);
    return c;
}

Status Customers::validate(const CustomerDetails& d)
{
    const QList<CustomerProblem> found = problems(d);
    if (found.isEmpty())
        return {};
    return Error::validation(found.constFirst().message);
}

QList<CustomerProblem> Customers::problems(const CustomerDetails& d)
{
    QList<CustomerProblem> found;
    if (d.name.trimmed().isEmpty())
        found.append({CustomerField::Name, tr("a customer needs a name")});
    else if (d.name.size() > 200)
        found.append({CustomerField::Name, tr("the name is too long (at most 200 characters)")});
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!d.email.trimmed().isEmpty() && (!email.match(d.email.trimmed()).hasMatch() || d.email.size() > 100))
        found.append({CustomerField::Email, tr("\"%1\" is not an email address").arg(d.email)});
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()-]{6,20}$"));
    if (!d.phone.trimmed().isEmpty() && !phone.match(d.phone.trimmed()).hasMatch())
        found.append({CustomerField::Phone, tr("\"%1\" is not a phone number").arg(d.phone)});
    static const QRegularExpression vat(QStringLiteral("^4\\d{9}$"));
    if (!d.vatNumber.trimmed().isEmpty() && !vat.match(d.vatNumber.trimmed()).hasMatch())
        found.append({CustomerField::VatNumber, tr("a South African VAT number has 10 digits and starts with 4")});
    if (d.address.size() > 500)
        found.append({CustomerField::Address, tr("the address is too long (at most 500 characters)")});
    return found;
}

Result<Customer> Customers::add(const CustomerDetails& input)
{
    const CustomerDetails d = trimmed(input);
    if (Status s = validate(d); !s)
        return s.error();
    qint64 id = 0;
    Status s = m_ledger.write([&]() -> Status {
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql insert(m_ledger.db(), QStringLiteral("INSERT INTO customers (name, email, phone, address, vat_number, "
                                                 "created_at, updated_at) VALUES (:name, :email, :phone, :address, "
                                                 ":vat, :now, :now)")
            + m_ledger.db().returningId());
        insert.bind(QStringLiteral(":name"), d.name)
            .bind(QStringLiteral(":email"), d.email)
            .bind(QStringLiteral(":phone"), d.phone)
            .bind(QStringLiteral(":address"), d.address)
            .bind(QStringLiteral(":vat"), d.vatNumber)
            .bind(QStringLiteral(":now"), now);
        if (Status e = insert.exec(); !e)
            return e;
        id = insert.insertedId();
        auto key = m_ledger.customerKey(id);
        if (!key)
            return key.error();
        return m_ledger.record({QStringLiteral("customer.added"), QStringLiteral("customer"), QString::number(id),
                                {}, personalData(d), id, *key});
    });
    if (!s)
        return s.error();
    return get(id);
}

Result<Customer> Customers::edit(qint64 id, const CustomerDetails& input)
{
    const CustomerDetails d = trimmed(input);
    if (Status s = validate(d); !s)
        return s.error();
    Status s = m_ledger.write([&]() -> Status {
        auto before = get(id);
        if (!before)
            return before.error();
        if (before->isAnonymised())
            return Error::conflict(tr("customer %1 was anonymised and cannot be edited").arg(id));
        Sql update(m_ledger.db(), QStringLiteral("UPDATE customers SET name = :name, email = :email, phone = :phone, "
                                                 "address = :address, vat_number = :vat, updated_at = :now "
                                                 "WHERE id = :id"));
        update.bind(QStringLiteral(":name"), d.name)
            .bind(QStringLiteral(":email"), d.email)
            .bind(QStringLiteral(":phone"), d.phone)
            .bind(QStringLiteral(":address"), d.address)
            .bind(QStringLiteral(":vat"), d.vatNumber)
            .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":id"), id);
        if (Status e = update.exec(); !e)
            return e;
        auto key = m_ledger.customerKey(id);
        if (!key)
            return key.error();
        return m_ledger.record({QStringLiteral("customer.edited"), QStringLiteral("customer"), QString::number(id),
                                personalData(detailsOf(*before)), personalData(d), id, *key});
    });
    if (!s)
        return s.error();
    return get(id);
}

Result<Customer> Customers::get(qint64 id)
{
    Sql q(m_ledger.db(), selectSql() + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("there is no customer %1").arg(id));
    return fromRow(q);
}

Result<QList<Customer>> Customers::list(bool includeArchived)
{
    Sql q(m_ledger.db(), selectSql() + (includeArchived ? QString() : QStringLiteral(" WHERE archived_at IS NULL"))
                             + QStringLiteral(" ORDER BY name, id"));
    q.forwardOnly();
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Customer> customers;
    while (q.next())
        customers.append(fromRow(q));
    return customers;
}

Status Customers::archive(qint64 id)
{
    return m_ledger.write([&]() -> Status {
        auto c = get(id);
        if (!c)
            return c.error();
        if (c->isArchived())
            return Error::conflict(tr("customer %1 is already archived").arg(id));
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql update(m_ledger.db(), QStringLiteral("UPDATE customers SET archived_at = :now, updated_at = :now WHERE id = :id"));
        update.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), id);
        if (Status e = update.exec(); !e)
            return e;
        return m_ledger.record({QStringLiteral("customer.archived"), QStringLiteral("customer"), QString::number(id),
                                {}, QJsonObject{{QStringLiteral("archived_at"), now}}, std::nullopt, {}});
    });
}

Status Customers::anonymise(qint64 id)
{
    return m_ledger.write([&]() -> Status {
        auto c = get(id);
        if (!c)
            return c.error();
        if (c->isAnonymised())
            return Error::conflict(tr("customer %1 is already anonymised").arg(id));
        const QString now = Clock::toStorage(Clock::nowUtc());
        Sql update(m_ledger.db(), QStringLiteral("UPDATE customers SET name = :name, email = '', phone = '', "
                                                 "address = '', vat_number = '', anonymised_at = :now, "
                                                 "archived_at = COALESCE(archived_at, :now), updated_at = :now "
                                                 "WHERE id = :id"));
        update.bind(QStringLiteral(":name"), tr("Anonymised customer %1").arg(id))
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), id);
        if (Status e = update.exec(); !e)
            return e;
        // Destroying the key makes every sealed copy of their personal data unreadable.
        Sql destroy(m_ledger.db(), QStringLiteral("DELETE FROM customer_keys WHERE customer_id = :id"));
        destroy.bind(QStringLiteral(":id"), id);
        if (Status e = destroy.exec(); !e)
            return e;
        return m_ledger.record({QStringLiteral("customer.anonymised"), QStringLiteral("customer"),
                                QString::number(id), {}, QJsonObject{{QStringLiteral("anonymised_at"), now}},
                                std::nullopt, {}});
    });
}

} // namespace imali
