// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace imali {

class Ledger;

/**
 * What the ledger stores for every desktop sharing it (SPEC §3): business
 * details, VAT registration, payment terms, the public URL and the PayFast
 * merchant id. Names and defaults live in one table; changes are audited.
 */
class BusinessSettings
{
public:
    explicit BusinessSettings(Ledger& ledger);

    static QStringList names();
    static QString describe(const QString& name);

    /// Every setting, stored or default.
    Result<QMap<QString, QString>> all();
    Result<QString> value(const QString& name);
    Status set(const QString& name, const QString& value);

    Result<bool> isVatRegistered();
    Result<int> paymentTermsDays();
    /// Whether set() would take \a value (already trimmed): for inline checks while typing.
    Status validate(const QString& name, const QString& value) const;

private:
    Ledger& m_ledger;
};

} // namespace imali
