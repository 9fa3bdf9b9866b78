// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayFastSigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <functional>
#include <optional>

namespace imali {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PayFastSigner", text);
}

QString signatureKey()
{
    return QStringLiteral("signature");
}

QString passphraseKey()
{
    return QStringLiteral("passphrase");
}

// The signing rules are one engine with switches: the three kinds are three settings of it, and the
// signature doctor flips single switches to reproduce the mistakes other implementations make.

enum class Selection {
    UpToSignature, ///< ITN: received fields, stopping at `signature`
    DocumentedCheckout, ///< checkout: only the fields of checkoutSignedFields()
    AllButUnsigned, ///< API: every field except `testing` and `signature`
};

enum class Order {
    AsGiven,
    Documented, ///< checkout table order; fields not in it follow in given order
    MerchantFirst, ///< given order with merchant_id and merchant_key moved to the front (node-payfast)
    ByteSorted, ///< by the UTF-8 bytes of the key, stable for duplicate keys
};

enum class Encoding {
    Php, ///< PHP urlencode(): what PayFast uses
    UriComponent, ///< JavaScript encodeURIComponent()
    UriComponentPlus, ///< encodeURIComponent() with %20 replaced by '+' (the docs' Node.js sample)
    None, ///< values hashed as plain UTF-8
};

enum class PassphraseMode {
    Append, ///< appended when non-empty
    Omit, ///< never appended
    AppendTwiceEncoded, ///< urlencoded before the loop encodes it again (payfast-php-sdk 1.1.4+)
    AppendEvenIfEmpty, ///< "passphrase=" appended for an empty passphrase (node-payfast)
};

struct Recipe {
    Selection selection = Selection::UpToSignature;
    Order order = Order::AsGiven;
    Encoding encoding = Encoding::Php;
    PassphraseMode passphraseMode = PassphraseMode::Append;
    bool trimValues = false;
    bool skipEmpty = false;
    bool skipZero = false;
    bool stripSlashes = false;
    bool trimPassphrase = false;
    bool sortPassphraseIn = false; ///< API: the passphrase is sorted with the fields, not appended
};

Recipe recipeFor(SignatureKind kind)
{
    Recipe recipe;
    switch (kind) {
    case SignatureKind::Checkout:
        recipe.selection = Selection::DocumentedCheckout;
        recipe.order = Order::Documented;
        recipe.trimValues = true;
        recipe.skipEmpty = true;
        recipe.trimPassphrase = true;
        break;
    case SignatureKind::Itn:
        break;
    case SignatureKind::Api:
        recipe.selection = Selection::AllButUnsigned;
        recipe.order = Order::ByteSorted;
        recipe.sortPassphraseIn = true;
        break;
    }
    return recipe;
}

struct Entry {
    QString key;
    QString value;
    bool secret = false;
};

/// PHP trim(): only these six characters, not QString::trimmed()'s Unicode whitespace.
bool isPhpTrimChar(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\0' || u == u'\x0B';
}

QString phpTrim(const QString& value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isPhpTrimChar(value.at(begin)))
        ++begin;
    while (end > begin && isPhpTrimChar(value.at(end - 1)))
        --end;
    return value.sliced(begin, end - begin);
}

/// PHP stripslashes(): "\x" becomes "x", "\0" a NUL, a trailing lone backslash disappears.
QString phpStripSlashes(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\') {
            out.append(value.at(i));
        } else if (i + 1 < value.size()) {
            ++i;
            out.append(value.at(i) == u'0' ? QChar(u'\0') : value.at(i));
        }
    }
    return out;
}

QByteArray uriComponentEncode(const QString& value, bool plusForSpace)
{
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    const QByteArray unreserved = QByteArrayLiteral("-_.!~*'()");
    QByteArray out;
    for (const char c : value.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || unreserved.contains(c)) {
            out.append(c);
        } else if (c == ' ' && plusForSpace) {
            out.append('+');
        } else {
            out.append('%');
            out.append(hexDigits[byte >> 4]);
            out.append(hexDigits[byte & 0x0F]);
        }
    }
    return out;
}

QByteArray encodeWith(Encoding encoding, const QString& text)
{
    switch (encoding) {
    case Encoding::Php:
        return phpUrlEncode(text);
    case Encoding::UriComponent:
        return uriComponentEncode(text, false);
    case Encoding::UriComponentPlus:
        return uriComponentEncode(text, true);
    case Encoding::None:
        return text.toUtf8();
    }
    return phpUrlEncode(text);
}

QList<Entry> selectFields(const FormFields& input, Selection selection)
{
    QList<Entry> entries;
    switch (selection) {
    case Selection::UpToSignature:
        for (const auto& [key, value] : input) {
            if (key == signatureKey())
                break;
            entries.append({key, value});
        }
        break;
    case Selection::DocumentedCheckout:
        for (const auto& field : input) {
            if (!checkoutSignedFields().contains(field.first))
                continue;
            // A repeated key keeps its first position but takes the later value, as a PHP array does.
            const auto it = std::find_if(entries.begin(), entries.end(),
                                         [&field](const Entry& e) { return e.key == field.first; });
            if (it != entries.end())
                it->value = field.second;
            else
                entries.append({field.first, field.second});
        }
        break;
    case Selection::AllButUnsigned:
        for (const auto& [key, value] : input) {
            // D2: `testing` is added after signing; a `signature` cannot be part of its own input.
            if (key == QLatin1String("testing") || key == signatureKey())
                continue;
            entries.append({key, value});
        }
        break;
    }
    return entries;
}

void orderEntries(QList<Entry>& entries, Order order)
{
    switch (order) {
    case Order::AsGiven:
        break;
    case Order::Documented: {
        const QStringList& documented = checkoutSignedFields();
        const auto rank = [&documented](const Entry& e) {
            const qsizetype index = documented.indexOf(e.key);
            return index < 0 ? documented.size() : index;
        };
        std::stable_sort(entries.begin(), entries.end(),
                         [&rank](const Entry& a, const Entry& b) { return rank(a) < rank(b); });
        break;
    }
    case Order::MerchantFirst: {
        const auto rank = [](const Entry& e) {
            if (e.key == QLatin1String("merchant_id"))
                return 0;
            return e.key == QLatin1String("merchant_key") ? 1 : 2;
        };
        std::stable_sort(entries.begin(), entries.end(),
                         [&rank](const Entry& a, const Entry& b) { return rank(a) < rank(b); });
        break;
    }
    case Order::ByteSorted:
        // QByteArray compares unsigned bytes, which is PHP ksort()'s order for these keys.
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry& a, const Entry& b) { return a.key.toUtf8() < b.key.toUtf8(); });
        break;
    }
}

std::optional<Entry> passphraseEntry(const QString& passphrase, const Recipe& recipe)
{
    const QString effective = recipe.trimPassphrase ? phpTrim(passphrase) : passphrase;
    switch (recipe.passphraseMode) {
    case PassphraseMode::Omit:
        return std::nullopt;
    case PassphraseMode::AppendEvenIfEmpty:
        return Entry {passphraseKey(), effective, true};
    case PassphraseMode::Append:
        if (effective.isEmpty())
            return std::nullopt;
        return Entry {passphraseKey(), effective, true};
    case PassphraseMode::AppendTwiceEncoded:
        if (effective.isEmpty())
            return std::nullopt;
        return Entry {passphraseKey(), QString::fromLatin1(phpUrlEncode(effective)), true};
    }
    return std::nullopt;
}

QByteArray md5Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

SignedString compute(const FormFields& input, const QString& passphrase, const Recipe& recipe)
{
    QList<Entry> entries = selectFields(input, recipe.selection);
    // Emptiness is tested on the value as given, before trimming, as PayFast's reference code does.
    entries.removeIf([&recipe](const Entry& e) {
        return (recipe.skipEmpty && e.value.isEmpty()) || (recipe.skipZero && e.value == QLatin1String("0"));
    });
    for (Entry& entry : entries) {
        if (recipe.stripSlashes)
            entry.value = phpStripSlashes(entry.value);
        if (recipe.trimValues)
            entry.value = phpTrim(entry.value);
    }

    const std::optional<Entry> secret = passphraseEntry(passphrase, recipe);
    if (secret && recipe.sortPassphraseIn)
        entries.append(*secret);
    orderEntries(entries, recipe.order);
    if (secret && !recipe.sortPassphraseIn)
        entries.append(*secret);

    SignedString result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries.at(i);
        if (i > 0) {
            result.canonical.append('&');
            result.maskedCanonical.append('&');
        }
        // Keys are encoded like values; every key PayFast uses is [a-z_-], which encodes to itself.
        const QByteArray pairHead = encodeWith(recipe.encoding, entry.key) + '=';
        result.canonical.append(pairHead);
        result.maskedCanonical.append(pairHead);
        result.canonical.append(encodeWith(recipe.encoding, entry.value));
        result.maskedCanonical.append(entry.secret ? QByteArrayLiteral("***")
                                                   : encodeWith(recipe.encoding, entry.value));
    }
    result.signature = md5Hex(result.canonical);
    return result;
}

std::optional<QByteArray> postedItnSignature(const FormFields& received)
{
    for (const auto& [key, value] : received) {
        if (key == signatureKey())
            return value.toUtf8();
    }
    return std::nullopt;
}

// ---- signature doctor ----

/// A signature some (mis)implementation would compute, and its mistakes as sentence fragments.
struct Candidate {
    QByteArray signature;
    QStringList mistakes;
};

using Tweak = std::pair<QString, std::function<void(Recipe&)>>;

/// A recipe and the mistakes (sentence fragments) that turned the correct recipe into it.
struct Option {
    QStringList mistakes;
    Recipe recipe;
};

/// The options times the tweaks of one dimension: every combination, each tweak applied to every option.
QList<Option> expand(const QList<Option>& options, const QList<Tweak>& tweaks)
{
    QList<Option> out;
    out.reserve(options.size() * tweaks.size());
    for (const Option& base : options) {
        for (const auto& [mistake, apply] : tweaks) {
            Option next = base;
            apply(next.recipe);
            if (!mistake.isEmpty())
                next.mistakes.append(mistake);
            out.append(next);
        }
    }
    return out;
}

QList<Tweak> encodingTweaks()
{
    return {
        {QString(), [](Recipe&) {}},
        {tr("the values were encoded encodeURIComponent-style (~!'()* left unencoded, %20 for a space) "
            "instead of with PHP urlencode"),
         [](Recipe& r) { r.encoding = Encoding::UriComponent; }},
        {tr("the values were encoded encodeURIComponent-style with + for a space (~!'()* left unencoded, "
            "as the docs' Node.js sample does) instead of with PHP urlencode"),
         [](Recipe& r) { r.encoding = Encoding::UriComponentPlus; }},
        {tr("the values were hashed without URL-encoding them"),
         [](Recipe& r) { r.encoding = Encoding::None; }},
    };
}

QList<Tweak> passphraseTweaks(const QString& passphrase, bool trimmedByRule)
{
    QList<Tweak> tweaks {{QString(), [](Recipe&) {}}};
    const QString effective = trimmedByRule ? phpTrim(passphrase) : passphrase;
    if (!effective.isEmpty()) {
        tweaks.append({tr("the signature was computed without the passphrase"),
                       [](Recipe& r) { r.passphraseMode = PassphraseMode::Omit; }});
        if (phpUrlEncode(effective) != effective.toUtf8())
            tweaks.append({tr("the passphrase was URL-encoded twice (a payfast-php-sdk 1.1.4+ bug; it only "
                              "shows for passphrases with characters outside [A-Za-z0-9_.-])"),
                           [](Recipe& r) { r.passphraseMode = PassphraseMode::AppendTwiceEncoded; }});
    } else {
        tweaks.append(
            {tr("an empty passphrase was appended as \"passphrase=\" (a node-payfast bug); an empty "
                "passphrase means none"),
             [](Recipe& r) { r.passphraseMode = PassphraseMode::AppendEvenIfEmpty; }});
    }
    if (phpTrim(passphrase) != passphrase) {
        if (trimmedByRule)
            tweaks.append({tr("the passphrase was not trimmed of surrounding whitespace"),
                           [](Recipe& r) { r.trimPassphrase = false; }});
        else
            tweaks.append({tr("the passphrase was trimmed of surrounding whitespace"),
                           [](Recipe& r) { r.trimPassphrase = true; }});
    }
    return tweaks;
}

QList<Option> expandAll(const Recipe& base, const QList<QList<Tweak>>& dimensions)
{
    QList<Option> options {{QStringList(), base}};
    for (const QList<Tweak>& dimension : dimensions)
        options = expand(options, dimension);
    return options;
}

/// The candidates whose signature equals `posted`, keeping only those with the fewest mistakes: a
/// switch that changes nothing for this data would otherwise appear as a second, spurious cause.
QStringList bestExplanations(const QList<Candidate>& candidates, const QByteArray& posted)
{
    qsizetype fewest = -1;
    QStringList sentences;
    for (const Candidate& candidate : candidates) {
        if (candidate.mistakes.isEmpty() || !signaturesEqual(candidate.signature, posted))
            continue;
        if (fewest >= 0 && candidate.mistakes.size() > fewest)
            continue;
        if (candidate.mistakes.size() < fewest || fewest < 0) {
            fewest = candidate.mistakes.size();
            sentences.clear();
        }
        const QString sentence = tr("Likely cause: %1.").arg(candidate.mistakes.join(tr("; and ")));
        if (!sentences.contains(sentence))
            sentences.append(sentence);
    }
    return sentences;
}

QList<Candidate> candidatesFrom(const QList<Option>& options, const FormFields& fields,
                                const QString& passphrase)
{
    QList<Candidate> candidates;
    candidates.reserve(options.size());
    for (const Option& option : options)
        candidates.append({compute(fields, passphrase, option.recipe).signature, option.mistakes});
    return candidates;
}

/// Sentences about the posted signature's shape, or an empty list when it looks like an MD5.
QStringList shapeProblems(const QByteArray& posted, const QByteArray& expected)
{
    if (posted.isEmpty())
        return {tr("The posted signature is empty.")};
    if (signaturesEqual(posted.toLower(), expected))
        return {tr("The signature is right but written in uppercase hex; PayFast signatures are lowercase.")};
    const bool hex = std::all_of(posted.begin(), posted.end(),
                                 [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    if (posted.size() != 32 || !hex)
        return {tr("The posted signature is not an MD5 in lowercase hex (32 characters 0-9a-f), so no "
                   "signing rule can produce it.")};
    return {};
}

QString passphraseSentence(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return tr("No variant matched; the passphrase is the likely cause: no passphrase was given here, "
                  "but the sender probably signed with one. If not, the fields were changed after signing.");
    return tr("No variant matched; the passphrase is the likely cause: the sender probably signed with a "
              "different passphrase from the one given here. If the passphrases agree, the fields were "
              "changed after signing.");
}

} // namespace

const QStringList& checkoutSignedFields()
{
    // D1 attribute order (protocol §2.1, fields 1-34). fica_idnumber, setup, notify_method and currency are
    // absent on purpose: their place in the signature is unverified or they are documented as unsigned.
    static const QStringList fields {
        QStringLiteral("merchant_id"),
        QStringLiteral("merchant_key"),
        QStringLiteral("return_url"),
        QStringLiteral("cancel_url"),
        QStringLiteral("notify_url"),
        QStringLiteral("name_first"),
        QStringLiteral("name_last"),
        QStringLiteral("email_address"),
        QStringLiteral("cell_number"),
        QStringLiteral("m_payment_id"),
        QStringLiteral("amount"),
        QStringLiteral("item_name"),
        QStringLiteral("item_description"),
        QStringLiteral("custom_int1"),
        QStringLiteral("custom_int2"),
        QStringLiteral("custom_int3"),
        QStringLiteral("custom_int4"),
        QStringLiteral("custom_int5"),
        QStringLiteral("custom_str1"),
        QStringLiteral("custom_str2"),
        QStringLiteral("custom_str3"),
        QStringLiteral("custom_str4"),
        QStringLiteral("custom_str5"),
        QStringLiteral("email_confirmation"),
        QStringLiteral("confirmation_address"),
        QStringLiteral("payment_method"),
        QStringLiteral("subscription_type"),
        QStringLiteral("billing_date"),
        QStringLiteral("recurring_amount"),
        QStringLiteral("frequency"),
        QStringLiteral("cycles"),
        QStringLiteral("subscription_notify_email"),
        QStringLiteral("subscription_notify_webhook"),
        QStringLiteral("subscription_notify_buyer"),
    };
    return fields;
}

SignedString signPayFast(SignatureKind kind, const FormFields& fields, const QString& passphrase)
{
    return compute(fields, passphrase, recipeFor(kind));
}

SignedString signCheckout(const FormFields& fields, const QString& passphrase)
{
    return signPayFast(SignatureKind::Checkout, fields, passphrase);
}

SignedString signItn(const FormFields& received, const QString& passphrase)
{
    return signPayFast(SignatureKind::Itn, received, passphrase);
}

SignedString signApi(const FormFields& headers, const FormFields& query, const FormFields& body,
                     const QString& passphrase)
{
    return signPayFast(SignatureKind::Api, headers + query + body, passphrase);
}

bool signaturesEqual(const QByteArray& a, const QByteArray& b)
{
    // Lengths are public (an MD5 in hex is always 32 characters); contents are not. So the loop runs over
    // the longer buffer, padding the shorter with zeros, and accumulates differences without exiting early.
    const qsizetype length = std::max(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0U : 1U;
    for (qsizetype i = 0; i < length; ++i) {
        const unsigned x = i < a.size() ? static_cast<unsigned char>(a.at(i)) : 0U;
        const unsigned y = i < b.size() ? static_cast<unsigned char>(b.at(i)) : 0U;
        difference |= x ^ y;
    }
    return difference == 0U;
}

bool verifyItn(const FormFields& received, const QString& passphrase)
{
    const std::optional<QByteArray> posted = postedItnSignature(received);
    if (!posted)
        return false;
    return signaturesEqual(signItn(received, passphrase).signature, *posted);
}

QByteArray validatePostBody(const FormFields& received)
{
    // The ITN string without the passphrase: PayFast re-checks the same data, and the secret never leaves.
    return signItn(received, QString()).canonical;
}

QStringList diagnoseItn(const FormFields& received, const QString& passphrase, const QByteArray& rawBody)
{
    const std::optional<QByteArray> posted = postedItnSignature(received);
    if (!posted)
        return {tr("The ITN has no signature field, so it cannot be verified; PayFast always posts one, "
                   "as the last field.")};
    const QByteArray expected = signItn(received, passphrase).signature;
    if (signaturesEqual(expected, *posted))
        return {tr("The posted signature is valid.")};

    QStringList sentences {tr("The posted signature does not match the ITN rule (fields in received order up "
                              "to signature, empty fields included, PHP urlencode, passphrase appended).")};
    const QStringList shape = shapeProblems(*posted, expected);
    if (!shape.isEmpty())
        return sentences + shape;

    const Recipe itn = recipeFor(SignatureKind::Itn);
    const QList<Tweak> orders {
        {QString(), [](Recipe&) {}},
        {tr("the fields were sorted alphabetically by key instead of kept in the order PayFast posted them"),
         [](Recipe& r) { r.order = Order::ByteSorted; }},
        {tr("the fields were put in the checkout form's documented order instead of the order PayFast "
            "posted them"),
         [](Recipe& r) { r.order = Order::Documented; }},
        {tr("the ITN was signed with the checkout rule (documented fields only, in documented order, empty "
            "fields skipped, values trimmed) instead of the ITN rule"),
         [](Recipe& r) {
             r.selection = Selection::DocumentedCheckout;
             r.order = Order::Documented;
             r.skipEmpty = true;
             r.trimValues = true;
         }},
    };
    const QList<Tweak> trims {
        {QString(), [](Recipe&) {}},
        {tr("the values were trimmed before hashing, but ITN values are signed exactly as received"),
         [](Recipe& r) { r.trimValues = true; }},
    };
    const QList<Tweak> empties {
        {QString(), [](Recipe&) {}},
        {tr("empty fields were skipped, but PayFast signs them as \"key=\""),
         [](Recipe& r) { r.skipEmpty = true; }},
    };
    const QList<Tweak> slashes {
        {QString(), [](Recipe&) {}},
        {tr("backslashes were removed with PHP stripslashes() first (as the docs sample and the PHP SDK do), "
            "which changes values containing \\"),
         [](Recipe& r) { r.stripSlashes = true; }},
    };
    const QList<Option> options = expandAll(
        itn, {orders, encodingTweaks(), trims, empties, slashes, passphraseTweaks(passphrase, false)});
    QList<Candidate> candidates = candidatesFrom(options, received, passphrase);

    if (!rawBody.isEmpty()) {
        // The raw body up to "&signature=": the bytes as PayFast encoded them rather than re-encoded.
        QByteArrayList beforeSignature;
        for (const QByteArray& pair : rawBody.split('&')) {
            if (pair == QByteArrayLiteral("signature") || pair.startsWith(QByteArrayLiteral("signature=")))
                break;
            beforeSignature.append(pair);
        }
        const QByteArray unsignedPart = beforeSignature.join('&');
        const QString rawMistake =
            tr("the raw POST body was hashed instead of the decoded and re-encoded fields");
        candidates.append({md5Hex(rawBody), {rawMistake}});
        candidates.append({md5Hex(unsignedPart), {rawMistake}});
        if (!passphrase.isEmpty())
            candidates.append(
                {md5Hex(unsignedPart + QByteArrayLiteral("&passphrase=") + phpUrlEncode(passphrase)),
                 {rawMistake}});
    }

    const QStringList explained = bestExplanations(candidates, *posted);
    return sentences + (explained.isEmpty() ? QStringList {passphraseSentence(passphrase)} : explained);
}

QStringList diagnoseCheckout(const FormFields& fields, const QString& passphrase,
                             const QByteArray& postedSignature)
{
    const QByteArray expected = signCheckout(fields, passphrase).signature;
    if (signaturesEqual(expected, postedSignature))
        return {tr("The signature is valid for PayFast's checkout rule.")};

    QStringList sentences {
        tr("The signature does not match the checkout rule (documented fields in documented "
           "order, empty values skipped, values trimmed, PHP urlencode, passphrase "
           "appended).")};
    const QStringList shape = shapeProblems(postedSignature, expected);
    if (!shape.isEmpty())
        return sentences + shape;

    const Recipe checkout = recipeFor(SignatureKind::Checkout);
    const QList<Tweak> orders {
        {QString(), [](Recipe&) {}},
        {tr("the fields were signed in the caller's order instead of PayFast's documented order (as "
            "payfast-php-sdk 1.1.4+ does)"),
         [](Recipe& r) { r.order = Order::AsGiven; }},
        {tr("the fields were signed in the caller's order with merchant_id and merchant_key moved first (as "
            "node-payfast does) instead of PayFast's documented order"),
         [](Recipe& r) { r.order = Order::MerchantFirst; }},
        {tr("the fields were sorted alphabetically (the API rule) instead of PayFast's documented order"),
         [](Recipe& r) { r.order = Order::ByteSorted; }},
    };
    const QList<Tweak> selections {
        {QString(), [](Recipe&) {}},
        {tr("undocumented fields (such as setup or source) were signed, but PayFast signs only its "
            "documented "
            "fields"),
         [](Recipe& r) { r.selection = Selection::AllButUnsigned; }},
    };
    const QList<Tweak> zeros {
        {QString(), [](Recipe&) {}},
        {tr("fields whose value is \"0\" were dropped (PHP !empty(), as payfast-php-sdk 1.1.4+ does), but "
            "\"0\" must be signed"),
         [](Recipe& r) { r.skipZero = true; }},
    };
    const QList<Tweak> trims {
        {QString(), [](Recipe&) {}},
        {tr("the values were not trimmed; PayFast trims leading and trailing whitespace before hashing"),
         [](Recipe& r) { r.trimValues = false; }},
    };
    const QList<Tweak> empties {
        {QString(), [](Recipe&) {}},
        {tr("empty values were signed as \"key=\", but PayFast skips them"),
         [](Recipe& r) { r.skipEmpty = false; }},
    };
    const QList<Option> options = expandAll(
        checkout,
        {orders, selections, zeros, trims, empties, encodingTweaks(), passphraseTweaks(passphrase, true)});
    const QStringList explained =
        bestExplanations(candidatesFrom(options, fields, passphrase), postedSignature);
    return sentences + (explained.isEmpty() ? QStringList {passphraseSentence(passphrase)} : explained);
}

} // namespace imali
