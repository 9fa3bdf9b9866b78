// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "security/KeyStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}

const QStringList Flags{QStringLiteral("json"),    QStringLiteral("live"),    QStringLiteral("issue"),
                        QStringLiteral("prices-include-vat"), QStringLiteral("tokenize"), QStringLiteral("payments"),
                        QStringLiteral("default"), QStringLiteral("help"),    QStringLiteral("include-archived"),
                        QStringLiteral("book-missing"), QStringLiteral("version")};
} // namespace

Result<CliArguments> CliArguments::parse(const QStringList& args)
{
    CliArguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            parsed.positionals << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            if (Flags.contains(name))
                return Error::validation(tr("--%1 takes no value").arg(name));
            parsed.m_options.insert(name, value);
            continue;
        }
        if (Flags.contains(name)) {
            parsed.m_flags << name;
            continue;
        }
        // "--name --db URL" is a forgotten value, not a name "--db": take no option as another's value.
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
            return Error::validation(tr("--%1 needs a value").arg(name));
        parsed.m_options.insert(name, args.at(++i));
    }
    return parsed;
}

QStringList CliArguments::options(const QString& name) const
{
    QStringList values = m_options.values(name);
    std::reverse(values.begin(), values.end()); // QMultiMap returns the newest first
    return values;
}

QStringList CliArguments::unknown(const QStringList& allowed) const
{
    QStringList extra;
    const QStringList common{QStringLiteral("db"), QStringLiteral("config"), QStringLiteral("json")};
    for (const QString& k : m_options.uniqueKeys())
        if (!allowed.contains(k) && !common.contains(k))
            extra << QStringLiteral("--") + k;
    for (const QString& k : m_flags)
        if (!allowed.contains(k) && !common.contains(k))
            extra << QStringLiteral("--") + k;
    return extra;
}

CliContext::CliContext(CliArguments args, QTextStream& out, QTextStream& err)
    : m_args(std::move(args))
    , m_out(out)
    , m_err(err)
{
}

CliContext::~CliContext() = default;

Result<LedgerLocation> CliContext::location() const
{
    return LedgerLocation::resolve(m_args.option(QStringLiteral("db")), m_args.option(QStringLiteral("config")));
}

Config CliContext::config() const
{
    const QString file = m_args.option(QStringLiteral("config"));
    if (!file.isEmpty())
        return Config(file);
    auto loc = location();
    return Config(loc ? Config::defaultIniFile(loc->configDir) : QString());
}

Result<Ledger*> CliContext::openLedger()
{
    if (m_ledger)
        return m_ledger.get();
    auto loc = location();
    if (!loc)
        return loc.error();
    auto keys = std::make_unique<FileKeyStore>(FileKeyStore::defaultPath(loc->configDir));
    auto ledger = Ledger::open(*loc, std::move(keys));
    if (!ledger)
        return ledger.error();
    m_ledger = std::move(ledger).value();
    return m_ledger.get();
}

Result<Ledger*> CliContext::ledger()
{
    auto opened = openLedger();
    if (!opened)
        return opened;
    Ledger* l = *opened;
    if (!l->isInitialised()) {
        // SPEC §5: a command on a never-initialised ledger initialises it as sandbox.
        auto code = l->initialise(Environment::Sandbox);
        if (!code)
            return code.error();
        m_err << tr("Created a new sandbox ledger %1.\nIts recovery code (shown once; keep it safe, another desktop "
                    "needs it):\n%2\n")
                     .arg(l->ledgerId(), *code);
        m_err.flush();
    }
    if (Status s = l->unlock(); !s)
        return s.error();
    return l;
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::Validation:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
        return 2;
    case ErrorKind::Runtime:
    case ErrorKind::Integrity:
        return 1;
    }
    return 1;
}

int CliContext::fail(const Error& error)
{
    m_err << QStringLiteral("imalictl: ") << error.message << QLatin1Char('\n');
    m_err.flush();
    return exitCodeFor(error);
}

std::optional<int> CliContext::rejectUnknown(const QStringList& allowed)
{
    const QStringList extra = m_args.unknown(allowed);
    if (extra.isEmpty())
        return std::nullopt;
    return usage(tr("unknown option %1").arg(extra.join(QStringLiteral(", "))));
}

} // namespace imali
