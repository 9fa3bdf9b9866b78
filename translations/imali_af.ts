<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af">
<context>
    <name>BusinessSettings</name>
    <message>
        <source>the name on invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>company registration number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the business's VAT number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false: whether VAT is charged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact email on invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact phone on invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bank for EFT payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account holder for EFT payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account number for EFT payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>branch code for EFT payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days from issue to due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tunnel's public base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast merchant id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database refused "%1 …"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Overdue</source>
        <translation>Agterstallig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Oop</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaal</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Deels terugbetaal</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Terugbetaal</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Gekanselleer</translation>
    </message>
</context>
<context>
    <name>ItnProcessor</name>
    <message>
        <source>the stored body is not a Stripe event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no notification %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the customer was anonymised; this notification's details are gone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Listener</name>
    <message>
        <source>could not listen on %1:%2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Pas toe</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Stel terug</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gooi weg</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Moenie stoor nie</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Probeer weer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoreer</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>Ja vir almal</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>Nee vir almal</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Staak</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Stoor alles</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>nothing to put in a QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is too long for a QR code (%1 bytes)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StripeEventBooking</name>
    <message>
        <source>paid in %1 (%2 in its smallest unit), not ZAR</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali</name>
    <message>
        <source>  subtotal %1  VAT %2  total %3  paid %4  balance %5
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a positive whole number, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected "%1"; give the details as --name N [--email E] ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added customer %1: %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the customer id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived customer %1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymised customer %1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl customer add --name N [...] | list | archive ID | anonymise ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected "%1"; give the lines as --line "DESC;QTY;UNIT_PRICE[;VAT%]"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give at least one --line "DESC;QTY;UNIT_PRICE[;VAT%]"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--due must be a date as YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl invoice create|issue|void|list|show ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--write-off-rest needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded %1 payment %2 of %3.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl payment record ID --amount A --method cash|eft|card [--reference R] [--write-off-rest REASON]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl refund TRANSACTION --amount A --reason TEXT [--notify-buyer yes|no] [--bank-holder H --bank-name N --bank-branch B --bank-account A --bank-type current|savings]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the transaction id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is for refunds through PayFast; transaction %2 is refunded by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded refund %1 of %2%3.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> with credit note %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"; run imalictl --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be a day as YYYY-MM-DD, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl export --report transactions|invoices|vat|summary --format csv|pdf --from YYYY-MM-DD --to YYYY-MM-DD --out FILE, or --report aging --as-of YYYY-MM-DD --format csv|pdf --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected "%1"; %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no report "%1"; choose transactions, invoices, aging, vat or summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --format csv (or pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF reports are not available yet; use --format csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format must be csv or pdf, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the aging report is as of one day: give --as-of, not --from/--to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the aging report needs --as-of YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--as-of is for the aging report; the %1 report takes --from and --to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 report needs --from YYYY-MM-DD and --to YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give the file to write with --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--out %1 is a folder; give a file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder of --out %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted; no report was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 rows to %2 (anchor: %3).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--since takes a date (YYYY-MM-DD) or a time (ISO 8601)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification %1: Stripe event %2, %3, from %4 at %5
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification %1: pf_payment_id %2, %3, from %4 at %5
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  checks: %1
  processing: %2 (%3 attempts)
  outcome: %4
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl itn list [--since T] | itn show ID | itn replay ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl payment allocate TRANSACTION --invoice ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allocated transaction %1 (%2).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl payment exceptions | payment allocate TRANSACTION --invoice ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a live ledger needs PAYFAST_PASSPHRASE set: PayFast requires a passphrase in live mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 ledger %2.
The key is in %3.
Recovery code (shown once; another desktop imports it with 'imalictl ledger key import CODE'):

    %4
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl ledger key import CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported the key for ledger %1 into %2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl ledger init [--live] | ledger key import CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl settings show | settings set NAME VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied %1 migration(s); the schema is at version %2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--steps must be a whole number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rolled back %1 migration(s); the schema is at version %2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl migrate up | down [--steps N] | status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl audit verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imalictl: the audit log was tampered with: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log is intact: %1 entries%2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, matching this desktop's anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (no anchor on this desktop yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl backup --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote a consistent copy of ledger %1 to %2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not read the backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an imali ledger backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup's audit log was tampered with: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl restore FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup is of ledger %1, but %2 holds ledger %3; restore into an empty database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored ledger %1 from %2 (audit chain checked: %3 entries).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast is switched off (ENABLE_PAYFAST=false)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a positive number, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--notify-buyer must be yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast refunded %1 (refund %2)%3.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl payment-method list [--customer ID] | add --customer ID | edit PM [--label L] [--default] | remove PM | charge PM --invoice ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card-saving link for customer %1 (expires %2):
  %3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the payment method id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --label L, --default or both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment method %1: %2 %3%4
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed payment method %1 (%2); PayFast cancelled the token.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast accepted the charge of %1 (%2); the invoice is settled when PayFast's ITN arrives.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl reconcile --from YYYY-MM-DD --to YYYY-MM-DD [--book-missing]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to take days as YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2: PayFast has %3 payments, the ledger %4; %5 agree.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  booked: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run again with --book-missing to book the missing payments.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl checkout ID [--provider payfast|stripe] [--tokenize]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--provider must be payfast or stripe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe is switched off; set ENABLE_STRIPE=true to use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe checkout for %1 (%2):
  %3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment link for %1 (%2, expires %3):
  %4
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: imalictl payfast sign --kind checkout|itn|api &lt; fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind must be checkout, itn or api</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not read the fields from standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fields on standard input are not a valid form: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canonical: %1
signature: %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The posted signature is valid.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The posted signature does NOT match.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: listening on %1 without a tunnel in front; PayFast's sender check uses the peer address
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not set up signal handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening for PayFast ITNs%6 on %1:%2 (%3 ledger %4, %5). Stop with Ctrl+C.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and Stripe events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SANDBOX: a test payment; no real money moves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>form pair %1 has an empty key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>form pair %1 has a malformed %-escape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>form pair %1 is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast's history ends inside a quoted field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a bank payout needs the account holder, bank name, branch code and account number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bank account type must be current or savings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the branch code and account number are digits only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the values were encoded encodeURIComponent-style (~!'()* left unencoded, %20 for a space) instead of with PHP urlencode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the values were encoded encodeURIComponent-style with + for a space (~!'()* left unencoded, as the docs' Node.js sample does) instead of with PHP urlencode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the values were hashed without URL-encoding them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signature was computed without the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the passphrase was URL-encoded twice (a payfast-php-sdk 1.1.4+ bug; it only shows for passphrases with characters outside [A-Za-z0-9_.-])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an empty passphrase was appended as "passphrase=" (a node-payfast bug); an empty passphrase means none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the passphrase was not trimmed of surrounding whitespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the passphrase was trimmed of surrounding whitespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likely cause: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The posted signature is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature is right but written in uppercase hex; PayFast signatures are lowercase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The posted signature is not an MD5 in lowercase hex (32 characters 0-9a-f), so no signing rule can produce it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No variant matched; the passphrase is the likely cause: no passphrase was given here, but the sender probably signed with one. If not, the fields were changed after signing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No variant matched; the passphrase is the likely cause: the sender probably signed with a different passphrase from the one given here. If the passphrases agree, the fields were changed after signing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ITN has no signature field, so it cannot be verified; PayFast always posts one, as the last field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The posted signature is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The posted signature does not match the ITN rule (fields in received order up to signature, empty fields included, PHP urlencode, passphrase appended).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fields were sorted alphabetically by key instead of kept in the order PayFast posted them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fields were put in the checkout form's documented order instead of the order PayFast posted them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ITN was signed with the checkout rule (documented fields only, in documented order, empty fields skipped, values trimmed) instead of the ITN rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the values were trimmed before hashing, but ITN values are signed exactly as received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty fields were skipped, but PayFast signs them as "key="</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backslashes were removed with PHP stripslashes() first (as the docs sample and the PHP SDK do), which changes values containing \</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the raw POST body was hashed instead of the decoded and re-encoded fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature is valid for PayFast's checkout rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature does not match the checkout rule (documented fields in documented order, empty values skipped, values trimmed, PHP urlencode, passphrase appended).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fields were signed in the caller's order instead of PayFast's documented order (as payfast-php-sdk 1.1.4+ does)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fields were signed in the caller's order with merchant_id and merchant_key moved first (as node-payfast does) instead of PayFast's documented order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fields were sorted alphabetically (the API rule) instead of PayFast's documented order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undocumented fields (such as setup or source) were signed, but PayFast signs only its documented fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fields whose value is "0" were dropped (PHP !empty(), as payfast-php-sdk 1.1.4+ does), but "0" must be signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the values were not trimmed; PayFast trims leading and trailing whitespace before hashing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty values were signed as "key=", but PayFast skips them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the public URL must be an http(s) base URL such as https://pay.myshop.co.za</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a live ledger's public URL must use https</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast only delivers to ports 80, 443, 8080 and 8081, not %1; a tunnel gives you an address on 443</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is only reachable from this network, so PayFast and your customers can't open it; use the public address a tunnel (cloudflared or ngrok) gives you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not read the transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not read the invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not read the VAT figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give a file to write the report to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::AllocateDialog</name>
    <message>
        <source>Allocate payment</source>
        <translation>Ken betaling toe</translation>
    </message>
    <message>
        <source>%1 received via %2 (%3). Unallocated because: %4</source>
        <translation>%1 ontvang via %2 (%3). Nie toegeken nie omdat: %4</translation>
    </message>
    <message>
        <source>&amp;Invoice to pay:</source>
        <translation>&amp;Faktuur om te betaal:</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Ken toe</translation>
    </message>
    <message>
        <source>%1 is more than the balance of %2 on %3; refund the difference first</source>
        <translation>%1 is meer as die saldo van %2 op %3; betaal eers die verskil terug</translation>
    </message>
</context>
<context>
    <name>imali::AuditAnchor</name>
    <message>
        <source>could not create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not lock %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::AuditLog</name>
    <message>
        <source>the audit chain head is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 is missing: the log jumps from entry %2 to entry %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 does not follow entry %2: the chain was broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 (%2) was altered: its MAC does not match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the log ends at entry %2 but its head records entry %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 comes after the chain head, which records entry %2: the head was moved back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 differs from the chain head's record of it: the head was rewritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the log ends at entry %2 but this desktop anchored entry %3, so the tail was cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 differs from the one this desktop anchored: the chain was rewritten</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::BusinessSettings</name>
    <message>
        <source>unknown setting "%1"; known: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vat_registered must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payment_terms_days must be a whole number from 0 to 365</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a South African VAT number has 10 digits and starts with 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PayFast merchant id is a number of up to 8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too long (at most 1000 characters)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::Checkouts</name>
    <message>
        <source>invoice %1 is %2; only an open invoice can be paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktuur %1</translation>
    </message>
    <message>
        <source>Save a card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card kept by PayFast for later payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card kept by PayFast for later payments to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>customer %1 is archived; cards are saved for current customers only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no such checkout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::CidrList</name>
    <message>
        <source>"%1" is not an address or a CIDR network</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::CliArguments</name>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::CliContext</name>
    <message>
        <source>Created a new sandbox ledger %1.
Its recovery code (shown once; keep it safe, another desktop needs it):
%2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::ConsoleContext</name>
    <message>
        <source>the listener is already running on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::CsvWriter</name>
    <message>
        <source>could not write the CSV: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Wysig kliënt</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuwe kliënt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-pos:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;BTW-nommer:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>BTW-nommer</translation>
    </message>
    <message>
        <source>10 digits starting with 4</source>
        <translation>10 syfers wat met 4 begin</translation>
    </message>
</context>
<context>
    <name>imali::CustomerQuery</name>
    <message>
        <source>there is no customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft #%1</source>
        <translation>konsep #%1</translation>
    </message>
</context>
<context>
    <name>imali::Customers</name>
    <message>
        <source>a customer needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name is too long (at most 200 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a South African VAT number has 10 digits and starts with 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the address is too long (at most 500 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>customer %1 was anonymised and cannot be edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>customer %1 is already archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>customer %1 is already anonymised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymised customer %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::CustomersModel</name>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseer</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Geargiveer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktief</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>BTW-nommer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
</context>
<context>
    <name>imali::CustomersView</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>Wys ge&amp;argiveerdes</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuwe kliënt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wysig…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Ar&amp;giveer</translation>
    </message>
    <message>
        <source>Anon&amp;ymise…</source>
        <translation>Anon&amp;imiseer…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Soek kliënte</translation>
    </message>
    <message>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Soek op naam of e-pos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archived customers</source>
        <translation>Wys geargiveerde kliënte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kliënte</translation>
    </message>
    <message>
        <source>The customer's invoices</source>
        <translation>Die kliënt se fakture</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktuur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgereik</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Betaalbaar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuwe kliënt</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Voeg 'n kliënt by (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Wysig kliënt</translation>
    </message>
    <message>
        <source>Edit the selected customer (Ctrl+E)</source>
        <translation>Wysig die gekose kliënt (Ctrl+E)</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>Argiveer kliënt</translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation>Anonimiseer kliënt</translation>
    </message>
    <message>
        <source>Erase the customer's personal data for good (POPIA); amounts stay</source>
        <translation>Vee die kliënt se persoonlike inligting permanent uit (POPIA); bedrae bly</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>No customers match.</source>
        <translation>Geen kliënte pas nie.</translation>
    </message>
    <message>
        <source>Anonymised; personal data erased.</source>
        <translation>Geanonimiseer; persoonlike inligting uitgevee.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Geargiveer.</translation>
    </message>
    <message>
        <source>Owes %1 on 1 open invoice</source>
        <translation>Skuld %1 op 1 oop faktuur</translation>
    </message>
    <message>
        <source>Owes %1 on %2 open invoices</source>
        <translation>Skuld %1 op %2 oop fakture</translation>
    </message>
    <message>
        <source>%1 of it is overdue</source>
        <translation>%1 daarvan is agterstallig</translation>
    </message>
    <message>
        <source>The newest %1 of %2 invoices</source>
        <translation>Die nuutste %1 van %2 fakture</translation>
    </message>
    <message>
        <source>Archive %1? They leave the customer list; their invoices stay.</source>
        <translation>Argiveer %1? Hulle verdwyn uit die kliëntelys; hul fakture bly.</translation>
    </message>
    <message>
        <source>Anonymise %1?

Their name, email, phone, address and VAT number are erased for good, also from the audit trail. This cannot be undone. Invoices and amounts stay.</source>
        <translation>Anonimiseer %1?

Hul naam, e-pos, telefoon, adres en BTW-nommer word permanent uitgevee, ook uit die ouditspoor. Dit kan nie ongedaan gemaak word nie. Fakture en bedrae bly.</translation>
    </message>
</context>
<context>
    <name>imali::DashboardView</name>
    <message numerus="yes">
        <source>Gross R %1
Fees R %2
Net R %3
%n payment(s)</source>
        <translation><numerusform>Bruto R %1
Fooie R %2
Netto R %3
%n betaling</numerusform><numerusform>Bruto R %1
Fooie R %2
Netto R %3
%n betalings</numerusform></translation>
    </message>
    <message>
        <source>Ledger %1 (%2) · Database: %3 · Ledger key: %4</source>
        <translation>Grootboek %1 (%2) · Databasis: %3 · Grootboeksleutel: %4</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grootboek</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandag</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Hierdie maand</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Uitstaande</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Agterstallig</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Uitsonderings</translation>
    </message>
    <message>
        <source>Net takings of the last 30 days</source>
        <translation>Netto inkomste van die afgelope 30 dae</translation>
    </message>
    <message>
        <source>Latest payments</source>
        <translation>Jongste betalings</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Verskaffer</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktuur</translation>
    </message>
    <message>
        <source>Amount (R)</source>
        <translation>Bedrag (R)</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die syfers kon nie gelees word nie: %1</translation>
    </message>
    <message numerus="yes">
        <source>R %1
%n open invoice(s)</source>
        <translation><numerusform>R %1
%n oop faktuur</numerusform><numerusform>R %1
%n oop fakture</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>R %1
%n invoice(s) past due</source>
        <translation><numerusform>R %1
%n faktuur agterstallig</numerusform><numerusform>R %1
%n fakture agterstallig</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to allocate</source>
        <translation><numerusform>%n betaling om toe te ken</numerusform><numerusform>%n betalings om toe te ken</numerusform></translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation>nie toegeken nie</translation>
    </message>
</context>
<context>
    <name>imali::Database</name>
    <message>
        <source>could not start a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not start a read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::DatabaseUrl</name>
    <message>
        <source>a SQLite URL needs an absolute path: sqlite:///abs/path/file.sqlite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database URL must start with sqlite:/// or postgresql:// (got scheme "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PostgreSQL URL must name one database: postgresql://user@host:port/db</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::DemoData</name>
    <message>
        <source>demo sizes must be 1 to 10,000,000 customers and 0 to 10,000,000 invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled after %1 invoices</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::DesktopKeyStore</name>
    <message>
        <source>%1 (no keychain answered on this desktop)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::ExceptionsModel</name>
    <message>
        <source>To refund: %1</source>
        <translation>Om terug te betaal: %1</translation>
    </message>
    <message>
        <source>Awaiting allocation</source>
        <translation>Wag op toekenning</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvang</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Verskaffer</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Verskaffer-ID</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Betalingsverwysing</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Why unallocated</source>
        <translation>Waarom nie toegeken nie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
</context>
<context>
    <name>imali::ExceptionsView</name>
    <message>
        <source>&amp;Allocate to invoice…</source>
        <translation>&amp;Ken toe aan faktuur…</translation>
    </message>
    <message>
        <source>Mark for &amp;refund…</source>
        <translation>Merk vir &amp;terugbetaling…</translation>
    </message>
    <message>
        <source>C&amp;lear refund mark</source>
        <translation>&amp;Verwyder terugbetalingsmerk</translation>
    </message>
    <message>
        <source>Unallocated payments</source>
        <translation>Betalings nie toegeken nie</translation>
    </message>
    <message>
        <source>Allocate to invoice</source>
        <translation>Ken toe aan faktuur</translation>
    </message>
    <message>
        <source>Put the selected payment against an open invoice (Ctrl+L)</source>
        <translation>Plaas die gekose betaling teen 'n oop faktuur (Ctrl+L)</translation>
    </message>
    <message>
        <source>Mark for refund</source>
        <translation>Merk vir terugbetaling</translation>
    </message>
    <message>
        <source>Give the selected payment back instead of allocating it (Ctrl+R)</source>
        <translation>Betaal die gekose betaling terug eerder as om dit toe te ken (Ctrl+R)</translation>
    </message>
    <message>
        <source>Clear refund mark</source>
        <translation>Verwyder terugbetalingsmerk</translation>
    </message>
    <message>
        <source>Money received that is not on an invoice yet. Allocate it, or mark it to be refunded.</source>
        <translation>Geld ontvang wat nog nie op 'n faktuur is nie. Ken dit toe, of merk dit vir terugbetaling.</translation>
    </message>
    <message>
        <source>1 unallocated payment</source>
        <translation>1 betaling nie toegeken nie</translation>
    </message>
    <message>
        <source>%1 unallocated payments</source>
        <translation>%1 betalings nie toegeken nie</translation>
    </message>
    <message>
        <source>%1 from %2 will be given back rather than allocated. Why?</source>
        <translation>%1 van %2 word terugbetaal eerder as toegeken. Waarom?</translation>
    </message>
</context>
<context>
    <name>imali::FileKeyStore</name>
    <message>
        <source>the key file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this desktop has no key for ledger %1 (%2 does not exist)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can be read by other users; run chmod 600 on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key for ledger %1 in %2 is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this desktop has no key for ledger %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not create the folder for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::InvoiceDetailPane</name>
    <message>
        <source>Invoice details</source>
        <translation>Faktuurbesonderhede</translation>
    </message>
    <message>
        <source>Select an invoice to see its lines, payments and history.</source>
        <translation>Kies 'n faktuur om sy lyne, betalings en geskiedenis te sien.</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kliënt: %1</translation>
    </message>
    <message>
        <source>Issued %1 · due %2</source>
        <translation>Uitgereik %1 · betaalbaar %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog nie</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie gestel nie</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lyne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrywing</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Hoev.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Eenheidsprys</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>BTW %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>BTW</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Subtotal R %1 · VAT R %2 · Total R %3 · Balance due R %4</source>
        <translation>Subtotaal R %1 · BTW R %2 · Totaal R %3 · Saldo verskuldig R %4</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>Betalings en terugbetalings</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fooi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kredietnotas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nommer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Created as a draft</source>
        <translation>As konsep geskep</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Uitgereik as %1</translation>
    </message>
    <message>
        <source>Refunded R %1</source>
        <translation>R %1 terugbetaal</translation>
    </message>
    <message>
        <source>Paid R %1</source>
        <translation>R %1 betaal</translation>
    </message>
    <message>
        <source>Credit note %1 for R %2</source>
        <translation>Kredietnota %1 vir R %2</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tydlyn</translation>
    </message>
</context>
<context>
    <name>imali::InvoiceEditorDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Nuwe faktuur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Prices &amp;include VAT</source>
        <translation>Pryse &amp;sluit BTW in</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Faktuurlyne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrywing</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Hoeveelheid</translation>
    </message>
    <message>
        <source>Unit price (R)</source>
        <translation>Eenheidsprys (R)</translation>
    </message>
    <message>
        <source>VAT % (blank: 15)</source>
        <translation>BTW % (leeg: 15)</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>BTW %</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Voeg lyn by</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Verwyder &amp;lyn</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Stoor as k&amp;onsep</translation>
    </message>
    <message>
        <source>Save and i&amp;ssue</source>
        <translation>Stoor en &amp;reik uit</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kliënt:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Betaaldatum:</translation>
    </message>
    <message>
        <source>Edit draft #%1</source>
        <translation>Wysig konsep #%1</translation>
    </message>
    <message>
        <source>choose a customer</source>
        <translation>kies 'n kliënt</translation>
    </message>
    <message>
        <source>Subtotal R %1 · VAT R %2 · Total R %3</source>
        <translation>Subtotaal R %1 · BTW R %2 · Totaal R %3</translation>
    </message>
</context>
<context>
    <name>imali::InvoicePicker</name>
    <message>
        <source>Invoice number or customer name</source>
        <translation>Faktuurnommer of kliëntnaam</translation>
    </message>
    <message>
        <source>Search open invoices</source>
        <translation>Soek oop fakture</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Oop fakture</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktuur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Betaalbaar</translation>
    </message>
</context>
<context>
    <name>imali::InvoiceQuery</name>
    <message>
        <source>unknown status "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown sort column</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::InvoiceTableModel</name>
    <message>
        <source>draft #%1</source>
        <translation>konsep #%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nommer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgereik</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Betaalbaar</translation>
    </message>
    <message>
        <source>Total (R)</source>
        <translation>Totaal (R)</translation>
    </message>
    <message>
        <source>Balance (R)</source>
        <translation>Saldo (R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>imali::Invoices</name>
    <message>
        <source>line "%1" must look like DESCRIPTION;QUANTITY;UNIT_PRICE[;VAT%]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an invoice can have at most 500 lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a description is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the description is too long (at most 255 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the business is not VAT-registered, so the VAT rate must be 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the line's amount is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the invoice's total is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the due date %1 is more than a year in the past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>customer %1 is archived; new invoices need an active customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 is issued; its content can no longer change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 is %2; only a draft can be issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 has nothing to pay; add a line with a price first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the invoice number sequence is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 is %2 and cannot be voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 has money received against it and cannot be voided; refund it instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no invoice "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 cannot move from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status "%1"; use draft, open, overdue, paid, partially_refunded, refunded or void</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::InvoicesView</name>
    <message>
        <source>&amp;New invoice</source>
        <translation>&amp;Nuwe faktuur</translation>
    </message>
    <message>
        <source>&amp;Edit draft</source>
        <translation>&amp;Wysig konsep</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Reik uit</translation>
    </message>
    <message>
        <source>Request &amp;payment</source>
        <translation>Vra &amp;betaling</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliseer</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Kanselleer</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Soek fakture</translation>
    </message>
    <message>
        <source>Search by number, customer or email</source>
        <translation>Soek op nommer, kliënt of e-pos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusse</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Oop</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Agterstallig</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaal</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Deels terugbetaal</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Terugbetaal</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>any</source>
        <translation>enige</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Uitgereik vanaf</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Uitgereik tot</translation>
    </message>
    <message>
        <source>Issued &amp;from</source>
        <translation>Uitgereik &amp;vanaf</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakture</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n faktuur</numerusform><numerusform>%n fakture</numerusform></translation>
    </message>
    <message>
        <source>New invoice from %1</source>
        <translation>Nuwe faktuur vanaf %1</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>%1 uitgereik.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Kanselleer faktuur</translation>
    </message>
    <message>
        <source>Void %1? A voided invoice stays in the books and can't be paid.</source>
        <translation>Kanselleer %1? 'n Gekanselleerde faktuur bly in die boeke en kan nie betaal word nie.</translation>
    </message>
    <message>
        <source>Voided %1.</source>
        <translation>%1 gekanselleer.</translation>
    </message>
</context>
<context>
    <name>imali::ItnProcessor</name>
    <message>
        <source>stored body is not a form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the amounts are not readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server confirmation failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast answered INVALID: nothing booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server confirmation gave an unexpected answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; retry %2 in %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no notification %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored body is not a form</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::KeychainKeyStore</name>
    <message>
        <source>the keychain has no key for ledger %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain's key for ledger %1 is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this desktop's keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::Ledger</name>
    <message>
        <source>this key does not belong to ledger %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger has not been initialised; run: imalictl ledger init</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Import the ledger's recovery code on this desktop: imalictl ledger key import CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key in %1 does not belong to ledger %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ledger %1 is already initialised (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another process initialised this ledger at the same time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger has not been initialised; there is nothing to import a key for</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::Listener</name>
    <message>
        <source>the listener is already running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the listener thread did not start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::ListenerConfig</name>
    <message>
        <source>IMALI_ITN_LISTEN must be address:port, such as 127.0.0.1:8000 (got "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMALI_ITN_ALLOWED_SOURCES: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMALI_TRUSTED_PROXIES: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::MainWindow</name>
    <message>
        <source>imali — sandbox</source>
        <translation>imali — sandput</translation>
    </message>
    <message>
        <source>imali</source>
        <translation>imali</translation>
    </message>
    <message>
        <source>SANDBOX — test payments only; no real money moves.</source>
        <translation>SANDPUT — slegs toetsbetalings; geen regte geld skuif nie.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Bladsye</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Oorsig</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakture</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalings</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kliënte</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Uitsonderings</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>Uitsonderings (%1)</translation>
    </message>
    <message>
        <source>ITN: %1</source>
        <translation>ITN: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>luister op %1</translation>
    </message>
    <message>
        <source>listener stopped</source>
        <translation>luisteraar gestop</translation>
    </message>
    <message>
        <source>%1 ledger · %2 · %3</source>
        <translation>%1-grootboek · %2 · %3</translation>
    </message>
</context>
<context>
    <name>imali::ManualPaymentDialog</name>
    <message>
        <source>&amp;Write off the remainder</source>
        <translation>&amp;Skryf die res af</translation>
    </message>
    <message>
        <source>Record manual payment</source>
        <translation>Teken handbetaling aan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>e.g. 1 150.00</source>
        <translation>bv. 1 150.00</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>EFT</source>
        <translation>EFT</translation>
    </message>
    <message>
        <source>Card machine</source>
        <translation>Kaartmasjien</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verwysing</translation>
    </message>
    <message>
        <source>Write off the remainder</source>
        <translation>Skryf die res af</translation>
    </message>
    <message>
        <source>Write-off reason</source>
        <translation>Rede vir afskrywing</translation>
    </message>
    <message>
        <source>Why the rest is not collected</source>
        <translation>Waarom die res nie ingevorder word nie</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Teken betaling aan</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Faktuur:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Verwysing:</translation>
    </message>
    <message>
        <source>Write-off r&amp;eason:</source>
        <translation>&amp;Rede vir afskrywing:</translation>
    </message>
    <message>
        <source>%1 is more than the balance of %2</source>
        <translation>%1 is meer as die saldo van %2</translation>
    </message>
    <message>
        <source>%1 will be written off</source>
        <translation>%1 sal afgeskryf word</translation>
    </message>
    <message>
        <source>Balance after this payment: %1</source>
        <translation>Saldo na hierdie betaling: %1</translation>
    </message>
</context>
<context>
    <name>imali::Migrator</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--steps must be at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration %1 (%2) has no down script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rolling back migration %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::Money</name>
    <message>
        <source>an amount is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" mixes "." and ","; use one decimal separator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has more than one decimal separator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is ambiguous: a separator followed by three digits could be a thousands group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must have one or two decimals after the separator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is too large</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PayFastApiClient</name>
    <message>
        <source>PayFast's API needs the passphrase: set PAYFAST_PASSPHRASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast could not be reached (%2); nothing was sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast did not answer in time (%2); whether it acted is not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (PayFast said: "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast does not accept calls from this computer's internet address; add it to the allowed IP addresses in PayFast's integration settings%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast does not know this merchant id; check PAYFAST_MERCHANT_ID%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast refused the signature; PAYFAST_PASSPHRASE must equal the salt passphrase in PayFast's integration settings (and the merchant id must be yours)%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast is limiting how often we may call; wait a minute and try again%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast refused the request%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast has no such record, or this account may not use it%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast had a fault (HTTP %2); try again later%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast declined%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: PayFast answered HTTP %2%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PayFastHistory</name>
    <message>
        <source>PayFast's transaction history has a layout this version does not know: no %1 column (columns: %2); nothing was compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 of PayFast's history has %2 fields where the header has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 of PayFast's history has a date that is not YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 of PayFast's history has an amount that is not a plain decimal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PayFastProvider</name>
    <message>
        <source>PayFast is switched off (ENABLE_PAYFAST=false)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PayFast merchant id must be a number of up to 8 digits (PAYFAST_MERCHANT_ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PayFast merchant key is missing: set PAYFAST_MERCHANT_KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a checkout amount cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is nothing to pay: only a card-saving checkout with no invoice may be R 0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast takes live payments of R 5.00 or more; this one is %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving a card needs the PayFast passphrase: set PAYFAST_PASSPHRASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast can only reach a public address: set the public URL first (imalictl settings set public_url https://…, or IMALI_PUBLIC_URL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast needs an item name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast's %1 takes at most %2 characters; this one has %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PayFastRefunds</name>
    <message>
        <source>transaction %1 is not a PayFast payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a refund must be more than R 0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a refund needs a reason of 3 to 255 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 would refund more than was paid: %2 was paid and %3 is already refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast pays this refund out by bank: give the buyer's bank details (holder, bank, branch code, account number, account type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 is not a completed payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 was not paid through PayFast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 belongs to the other environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reserved for a PayFast refund of payment %2; buyer notified: %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; paid out by bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The refund (transaction %2) is held as unknown and still counts against the payment; the next reconciliation asks PayFast and settles it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund %1 is no longer waiting for PayFast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast confirmed the refund%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refunded through PayFast as transaction %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 is not a PayFast refund of unknown outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confirmed by a refund query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast has no record of this refund</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PayFastSettings</name>
    <message>
        <source>the PayFast passphrase may only hold letters, digits, "-", "_" and "/"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PayFast passphrase is too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PayFast merchant id must be a number of up to 8 digits (set PAYFAST_MERCHANT_ID or imalictl settings set payfast_merchant_id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PayFast merchant key is missing: set PAYFAST_MERCHANT_KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a live ledger needs the PayFast passphrase: set PAYFAST_PASSPHRASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMALI_PUBLIC_URL must be an http(s) base URL such as https://pay.myshop.co.za</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a live ledger's public URL must use https</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused on a live ledger: live payments only go to PayFast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PAYFAST_SERVER_CONFIRMATION cannot be switched off on a live ledger</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PaymentBooking</name>
    <message>
        <source>Card saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>late PENDING ignored: the payment is complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate PENDING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded as pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reported the payment pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reported the payment failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED ignored: the payment is complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checkout marked failed; the invoice stays open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CANCELLED without a token: nothing to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved card removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no active saved card for that token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status %1 is not one PayFast documents; nothing booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate: already booked as transaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R 0.00 COMPLETE without a token: nothing to book or save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R 0.00 COMPLETE with a token, but not for a customer of ours: no card saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>card saved; no money moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown m_payment_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checkout has no invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 is void</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 is already %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>underpaid: %1 received, %2 due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overpaid: %1 received, %2 due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another listener booked this payment at the same moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 confirmed %2 (fee %3, net %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gross, fee and net do not add up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>booked and settled invoice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>booked as unallocated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a refund needs its id, the payment it refunds and an amount above R 0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate: refund already booked as transaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the payment %1 it refunds is not booked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the payment %1 it refunds is not complete yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund %1 of %2 not booked: with %3 already refunded it would exceed the %4 paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refunded through %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refunded through %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another listener booked this refund at the same moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refunded as transaction %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund booked on invoice %1 with credit note %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund of unallocated money booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate: another listener booked this refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no transaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 is not an unallocated payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 is marked for refund; clear the mark before allocating it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 is %2; money can only be allocated to an open invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is more than the balance of %2 on invoice %3; refund the difference first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allocated to %1 (was: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PaymentPage</name>
    <message>
        <source>This payment link is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please ask the business for a new link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This payment link has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This payment link is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This invoice has been paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you. Nothing more is due on this link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This payment is handled by the card processor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you have just paid, thank you: the business will see your payment shortly. Otherwise, please use the payment link the business sent you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1: %2 due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay %1 with PayFast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay invoice %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PaymentQuery</name>
    <message>
        <source>unknown status "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown provider "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown method "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date range ends before it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no transaction %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::Payments</name>
    <message>
        <source>there is no transaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a payment must be more than R 0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the method must be cash, eft or card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reference is too long (at most 200 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 is %2; payments are taken on open invoices only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is more than the balance of %2 on invoice %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing remains to write off: the payment settles the invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 payment of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a refund must be more than R 0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a refund needs a reason of 3 to 255 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 is not a completed payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 was paid through %2; refund it through %2, not by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 would refund more than was paid: %2 was paid and %3 is already refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refunded as transaction %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::PaymentsModel</name>
    <message>
        <source>Unallocated: %1</source>
        <translation>Nie toegeken nie: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation>nie toegeken nie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Verskaffer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktuur</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fooi</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>imali::PaymentsView</name>
    <message>
        <source>any</source>
        <translation>enige</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot datum</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Voltooi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Hangend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misluk</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Verskafferfilter</translation>
    </message>
    <message>
        <source>PayFast</source>
        <translation>PayFast</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Metodefilter</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>EFT</source>
        <translation>EFT</translation>
    </message>
    <message>
        <source>Card machine</source>
        <translation>Kaartmasjien</translation>
    </message>
    <message>
        <source>Record &amp;manual payment…</source>
        <translation>Teken &amp;handbetaling aan…</translation>
    </message>
    <message>
        <source>Record re&amp;fund…</source>
        <translation>Teken te&amp;rugbetaling aan…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalings</translation>
    </message>
    <message>
        <source>Record manual payment</source>
        <translation>Teken handbetaling aan</translation>
    </message>
    <message>
        <source>Record a cash, EFT or card-machine payment (Ctrl+N)</source>
        <translation>Teken 'n kontant-, EFT- of kaartmasjienbetaling aan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Teken terugbetaling aan</translation>
    </message>
    <message>
        <source>Record money given back by hand for the selected manual payment (Ctrl+R)</source>
        <translation>Teken geld aan wat met die hand teruggegee is vir die gekose handbetaling (Ctrl+R)</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Verska&amp;ffer:</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>Met&amp;ode:</translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation>Bruto:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fooi:</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Netto:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Terugbetaal:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Faktuur:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Verwysing:</translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation>Betalingsgeskiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Besonderhede</translation>
    </message>
    <message>
        <source>Notifications behind the payment</source>
        <translation>Kennisgewings agter die betaling</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkoms</translation>
    </message>
    <message>
        <source>Notification fields (signature and token hidden)</source>
        <translation>Kennisgewingvelde (handtekening en token versteek)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Geskiedenis:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Kennisgewings:</translation>
    </message>
    <message>
        <source>Fields of the selected notification:</source>
        <translation>Velde van die gekose kennisgewing:</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transaksie</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transaksies</translation>
    </message>
    <message>
        <source>Select a payment to see its amounts, history and notifications.</source>
        <translation>Kies 'n betaling om sy bedrae, geskiedenis en kennisgewings te sien.</translation>
    </message>
    <message>
        <source>%1 %2 via %3 (%4), %5</source>
        <translation>%1 %2 via %3 (%4), %5</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unallocated: %1</source>
        <translation>nie toegeken nie: %1</translation>
    </message>
    <message>
        <source>m_payment_id %1</source>
        <translation>m_payment_id %1</translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation>verskaffer-ID %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>rede: %1</translation>
    </message>
    <message>
        <source>%1 (1 attempt)</source>
        <translation>%1 (1 poging)</translation>
    </message>
    <message>
        <source>%1 (%2 attempts)</source>
        <translation>%1 (%2 pogings)</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Kontroles: %1</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nie beskikbaar nie</translation>
    </message>
</context>
<context>
    <name>imali::PostgresDatabase</name>
    <message>
        <source>could not connect to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not configure the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: could not run %2 (is the PostgreSQL client installed?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::ProviderCheckouts</name>
    <message>
        <source>the provider must be payfast or stripe</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::Quantity</name>
    <message>
        <source>quantity "%1" must be a number with at most three decimals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quantity must be more than zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quantity "%1" is too large</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
</context>
<context>
    <name>imali::Reconciliation</name>
    <message>
        <source>a reconciliation is already running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a reconciliation needs a first and a last day (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first day %1 is after the last day %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a reconciliation covers at most %1 days; split the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reconciliation was cancelled; nothing was recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetching PayFast's transaction history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast received %1 (fee %2) on %3 for %4; the ledger has no completed payment %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no m_payment_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gross %1 at PayFast, %2 in the ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fee %1 at PayFast, %2 in the ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger has PayFast payment %1 of %2 (transaction %3, %4); PayFast's history for the period does not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund %1 is still unknown: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a payment PayFast received can be booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>booked from PayFast's transaction history (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::RefundDialog</name>
    <message>
        <source>Record refund</source>
        <translation>Teken terugbetaling aan</translation>
    </message>
    <message>
        <source>Payment %1 of %2 (%3); %4 can still be refunded.</source>
        <translation>Betaling %1 van %2 (%3); %4 kan nog terugbetaal word.</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Terugbetalingsbedrag</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>Rede vir terugbetaling</translation>
    </message>
    <message>
        <source>Why the money goes back (at least 3 characters)</source>
        <translation>Waarom die geld teruggaan (minstens 3 karakters)</translation>
    </message>
    <message>
        <source>&amp;Record refund</source>
        <translation>&amp;Teken terugbetaling aan</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <source>At most %1 can be refunded</source>
        <translation>Hoogstens %1 kan terugbetaal word</translation>
    </message>
</context>
<context>
    <name>imali::RefundMarks</name>
    <message>
        <source>marking for refund needs a reason of 3 to 255 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no transaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 is not an unallocated payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 is already marked for refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction %1 is not marked for refund</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::ReportRequest</name>
    <message>
        <source>the aging report needs the day it is as of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 report needs a first and a last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first day, %1, is after the last, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::ReportRun</name>
    <message>
        <source>the export was cancelled after %1 records; nothing was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::RequestPaymentDialog</name>
    <message>
        <source>Request payment</source>
        <translation>Vra betaling</translation>
    </message>
    <message>
        <source>PayFast has to reach this desktop to tell it about payments, and customers open the payment link there too. Enter the public https address that leads here, such as the one a tunnel gives you (cloudflared or ngrok: a program that makes this computer reachable from the internet without opening your router).</source>
        <translation>PayFast moet hierdie rekenaar kan bereik om hom van betalings te vertel, en kliënte maak die betaalskakel ook daar oop. Tik die openbare https-adres wat hierheen lei, soos die een wat 'n tonnel jou gee (cloudflared of ngrok: 'n program wat hierdie rekenaar van die internet af bereikbaar maak sonder om jou router oop te maak).</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Openbare adres</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Gebruik hierdie adres</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Betaalskakel</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-kode van die betaalskakel</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopieer skakel</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Maak &amp;oop in blaaier</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-pos…</translation>
    </message>
    <message>
        <source>&amp;WhatsApp…</source>
        <translation>&amp;WhatsApp…</translation>
    </message>
    <message>
        <source>Request payment of %1</source>
        <translation>Vra betaling van %1</translation>
    </message>
    <message>
        <source>%1 for R %2 is waiting for payment. The link works for 30 days.</source>
        <translation>%1 vir R %2 wag op betaling. Die skakel werk vir 30 dae.</translation>
    </message>
    <message>
        <source>No payment link: %1</source>
        <translation>Geen betaalskakel nie: %1</translation>
    </message>
    <message>
        <source>Paid: %1 has been paid in full. Thank you!</source>
        <translation>Betaal: %1 is ten volle betaal. Dankie!</translation>
    </message>
    <message>
        <source>Hello %1, here is the link to pay invoice %2 (R %3): %4</source>
        <translation>Hallo %1, hier is die skakel om faktuur %2 (R %3) te betaal: %4</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktuur %1</translation>
    </message>
</context>
<context>
    <name>imali::SavedCards</name>
    <message>
        <source>there is no saved payment method %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label is 1 to 60 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payment method %1 was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payment method %1 has no token to use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payment method %1 was already removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 is %2; only an open invoice can be charged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payment method %1 belongs to another customer than invoice %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invoice %1 owes nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PayFast takes live payments of R 5.00 or more; this one is %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a card charge for invoice %1 is already in flight (%2); wait for PayFast's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a card charge for invoice %1 is already in flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktuur %1</translation>
    </message>
    <message>
        <source>charging the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The charge stays in flight: PayFast's ITN, or a reconciliation, books it if it went through</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::Sql</name>
    <message>
        <source>the database refused "%1 …"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::SqliteDatabase</name>
    <message>
        <source>could not create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not configure %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not back up to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not open the backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not read the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not recreate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not copy %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::StripeClient</name>
    <message>
        <source>Stripe did not answer within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not reach Stripe: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe refused the secret key (STRIPE_SECRET_KEY), HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe refused the checkout (HTTP %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe's answer has no Checkout Session id and URL</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::StripeEventBooking</name>
    <message>
        <source>the stored body is not a Stripe event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event's livemode does not match this %1 ledger: nothing booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an event imali books</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a session an imali checkout made: nothing booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session has no PaymentIntent (payment status %1): nothing to book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session's amount_total is not readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payment status %1: nothing to book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a payment an imali checkout made: nothing booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PaymentIntent has no id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PaymentIntent is %1: nothing to book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PaymentIntent's amount is not readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the charge lists no refunds; its refund.* events book them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a refund without an id, payment or amount: not booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund %1 is %2: booked when it succeeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund %1 not booked: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::StripeProvider</name>
    <message>
        <source>Stripe checkouts are pages on Stripe, made through its API; there is no form to sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving a card is a PayFast checkout; Stripe checkouts take one payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Stripe checkout pays an invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is nothing to pay on this invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe sends the customer back to the payment link: set the public URL first (imalictl settings set public_url https://…, or IMALI_PUBLIC_URL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Stripe session is made for a stored checkout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::StripeSettings</name>
    <message>
        <source>STRIPE_SECRET_KEY must be a live key (sk_live_…) on a live ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STRIPE_SECRET_KEY must be a test key (sk_test_…) on a sandbox ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STRIPE_WEBHOOK_SECRET must be the endpoint's signing secret (whsec_…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STRIPE_API_URL is refused on a live ledger: live payments only go to Stripe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STRIPE_API_URL must be an http(s) base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe is switched off; set ENABLE_STRIPE=true to use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe needs its secret key: set STRIPE_SECRET_KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe's webhook needs the endpoint's signing secret: set STRIPE_WEBHOOK_SECRET</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imali::TakingsChart</name>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Net takings per day (R), %1 to %2</source>
        <translation>Netto inkomste per dag (R), %1 tot %2</translation>
    </message>
</context>
<context>
    <name>imali::VatRate</name>
    <message>
        <source>VAT rate "%1" must be a percentage from 0 to 100</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>imalictl</name>
    <message>
        <source>usage: imalictl COMMAND [options] [--db URL] [--config FILE] [--json]

  ledger init [--live] | ledger key import CODE
  settings show | settings set NAME VALUE
  migrate up | migrate down [--steps N] | migrate status
  customer add --name N [--email E] [--phone P] [--address A] [--vat-number V]
  customer list | customer archive ID | customer anonymise ID
  invoice create --customer ID --line "DESC;QTY;UNIT_PRICE[;VAT%]"... [--prices-include-vat] [--due YYYY-MM-DD] [--issue]
  invoice issue ID | invoice void ID | invoice list [--status S] | invoice show ID
  payment record ID --amount A --method cash|eft|card [--reference R] [--write-off-rest REASON]
  payment exceptions | payment allocate TRANSACTION --invoice ID
  itn list [--since T] | itn show ID | itn replay ID
  refund TRANSACTION --amount A --reason TEXT [--notify-buyer yes|no]
         [--bank-holder H --bank-name N --bank-branch B --bank-account A --bank-type current|savings]
                                         (PayFast payments through PayFast's API; manual ones recorded by hand)
  payment-method list [--customer ID] | payment-method add --customer ID
  payment-method edit PM [--label L] [--default] | payment-method remove PM
  payment-method charge PM --invoice ID  (PayFast's ad hoc API; the ITN settles the invoice)
  reconcile --from YYYY-MM-DD --to YYYY-MM-DD [--book-missing]
  checkout ID [--provider payfast|stripe] [--tokenize]   (stripe: ENABLE_STRIPE=true, STRIPE_SECRET_KEY)
  payfast sign --kind checkout|itn|api   (fields form-encoded on stdin; PAYFAST_PASSPHRASE)
  serve                                  (the ITN listener, and Stripe's webhook when enabled, until SIGINT or SIGTERM)
  audit verify
  backup --out FILE | restore FILE
  export --report transactions|invoices|vat|summary --format csv --from YYYY-MM-DD --to YYYY-MM-DD --out FILE
  export --report aging --as-of YYYY-MM-DD --format csv --out FILE
  demo --customers N --invoices N [--payments]

Exit codes: 0 success, 1 runtime failure, 2 usage or validation error.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--customers and --invoices take whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1 customers and %2 invoices in %3 s.
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Merchant console for PayFast payments</source>
        <translation>Handelaarskonsole vir PayFast-betalings</translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation>Databasis-URL.</translation>
    </message>
    <message>
        <source>INI file.</source>
        <translation>INI-lêer.</translation>
    </message>
    <message>
        <source>The console's language from now on: en or af.</source>
        <translation>Die konsole se taal van nou af: en of af.</translation>
    </message>
    <message>
        <source>imali</source>
        <translation>imali</translation>
    </message>
    <message>
        <source>Your ledger's recovery code</source>
        <translation>Jou grootboek se herstelkode</translation>
    </message>
    <message>
        <source>imali created a sandbox ledger. Its key is kept in %1.

Write down this recovery code; it is shown only now. Another desktop needs it to open this ledger:

%2</source>
        <translation>imali het 'n sandput-grootboek geskep. Sy sleutel word in %1 bewaar.

Skryf hierdie herstelkode neer; dit word net nou gewys. 'n Ander rekenaar het dit nodig om hierdie grootboek oop te maak:

%2</translation>
    </message>
    <message>
        <source>The ITN listener did not start, so payments made now are not seen until it does: %1</source>
        <translation>Die ITN-luisteraar het nie begin nie, dus word betalings wat nou gemaak word eers gesien wanneer hy begin: %1</translation>
    </message>
</context>
</TS>