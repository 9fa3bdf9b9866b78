<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af">
<context>
    <name>BusinessSettings</name>
    <message>
        <source>the name on invoices</source>
        <translation>die naam op fakture</translation>
    </message>
    <message>
        <source>company registration number</source>
        <translation>maatskappyregistrasienommer</translation>
    </message>
    <message>
        <source>the business&apos;s VAT number</source>
        <translation>die besigheid se BTW-nommer</translation>
    </message>
    <message>
        <source>true or false: whether VAT is charged</source>
        <translation>true of false: of BTW gehef word</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>posadres</translation>
    </message>
    <message>
        <source>contact email on invoices</source>
        <translation>kontak-e-pos op fakture</translation>
    </message>
    <message>
        <source>contact phone on invoices</source>
        <translation>kontaktelefoon op fakture</translation>
    </message>
    <message>
        <source>bank for EFT payments</source>
        <translation>bank vir EFT-betalings</translation>
    </message>
    <message>
        <source>account holder for EFT payments</source>
        <translation>rekeninghouer vir EFT-betalings</translation>
    </message>
    <message>
        <source>account number for EFT payments</source>
        <translation>rekeningnommer vir EFT-betalings</translation>
    </message>
    <message>
        <source>branch code for EFT payments</source>
        <translation>takkode vir EFT-betalings</translation>
    </message>
    <message>
        <source>days from issue to due date</source>
        <translation>dae van uitreiking tot betaaldatum</translation>
    </message>
    <message>
        <source>the tunnel&apos;s public base URL</source>
        <translation>die tonnel se openbare basis-URL</translation>
    </message>
    <message>
        <source>PayFast merchant id</source>
        <translation>PayFast-handelaar-ID</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database refused &quot;%1 …&quot;</source>
        <translation>die databasis het &quot;%1 …&quot; geweier</translation>
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
        <translation>die gestoorde inhoud is nie &apos;n Stripe-gebeurtenis nie</translation>
    </message>
    <message>
        <source>there is no notification %1</source>
        <translation>daar is geen kennisgewing %1 nie</translation>
    </message>
    <message>
        <source>the customer was anonymised; this notification&apos;s details are gone</source>
        <translation>die kliënt is geanonimiseer; hierdie kennisgewing se besonderhede is weg</translation>
    </message>
</context>
<context>
    <name>Listener</name>
    <message>
        <source>could not listen on %1:%2: %3</source>
        <translation>kon nie op %1:%2 luister nie: %3</translation>
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
        <source>Don&apos;t Save</source>
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
        <translation>niks om in &apos;n QR-kode te sit nie</translation>
    </message>
    <message>
        <source>the text is too long for a QR code (%1 bytes)</source>
        <translation>die teks is te lank vir &apos;n QR-kode (%1 grepe)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 dae</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dae</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dae</translation>
    </message>
    <message>
        <source>91+ days</source>
        <translation>91+ dae</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tyd (UTC)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Verskaffer-ID</translation>
    </message>
    <message>
        <source>m_payment_id</source>
        <translation>m_payment_id</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>BTW %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>BTW</translation>
    </message>
    <message>
        <source>Invoices VAT</source>
        <translation>Fakture se BTW</translation>
    </message>
    <message>
        <source>Credit notes VAT</source>
        <translation>Kredietnotas se BTW</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>Uitset-BTW</translation>
    </message>
    <message>
        <source>Customer VAT no.</source>
        <translation>Kliënt se BTW-nr.</translation>
    </message>
</context>
<context>
    <name>StripeEventBooking</name>
    <message>
        <source>paid in %1 (%2 in its smallest unit), not ZAR</source>
        <translation>in %1 betaal (%2 in sy kleinste eenheid), nie ZAR nie</translation>
    </message>
</context>
<context>
    <name>imali</name>
    <message>
        <source>  subtotal %1  VAT %2  total %3  paid %4  balance %5
</source>
        <translation>  subtotaal %1  BTW %2  totaal %3  betaal %4  saldo %5
</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>%1 moet &apos;n positiewe heelgetal wees, nie &quot;%2&quot; nie</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; give the details as --name N [--email E] ...</source>
        <translation>onverwagte &quot;%1&quot;; gee die besonderhede as --name N [--email E] ...</translation>
    </message>
    <message>
        <source>Added customer %1: %2
</source>
        <translation>Kliënt %1 bygevoeg: %2
</translation>
    </message>
    <message>
        <source>the customer id</source>
        <translation>die kliënt-ID</translation>
    </message>
    <message>
        <source>Archived customer %1.
</source>
        <translation>Kliënt %1 geargiveer.
</translation>
    </message>
    <message>
        <source>Anonymised customer %1.
</source>
        <translation>Kliënt %1 geanonimiseer.
</translation>
    </message>
    <message>
        <source>usage: imalictl customer add --name N [...] | list | archive ID | anonymise ID</source>
        <translation>gebruik: imalictl customer add --name N [...] | list | archive ID | anonymise ID</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; give the lines as --line &quot;DESC;QTY;UNIT_PRICE[;VAT%]&quot;</source>
        <translation>onverwagte &quot;%1&quot;; gee die lyne as --line &quot;DESC;QTY;UNIT_PRICE[;VAT%]&quot;</translation>
    </message>
    <message>
        <source>--customer</source>
        <translation>--customer</translation>
    </message>
    <message>
        <source>give at least one --line &quot;DESC;QTY;UNIT_PRICE[;VAT%]&quot;</source>
        <translation>gee minstens een --line &quot;DESC;QTY;UNIT_PRICE[;VAT%]&quot;</translation>
    </message>
    <message>
        <source>--due must be a date as YYYY-MM-DD</source>
        <translation>--due moet &apos;n datum wees as JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation>--limit moet &apos;n heelgetal van minstens 1 wees</translation>
    </message>
    <message>
        <source>--write-off-rest needs a reason</source>
        <translation>--write-off-rest het &apos;n rede nodig</translation>
    </message>
    <message>
        <source>Recorded %1 payment %2 of %3.
</source>
        <translation>%1-betaling %2 van %3 aangeteken.
</translation>
    </message>
    <message>
        <source>usage: imalictl payment record ID --amount A --method cash|eft|card [--reference R] [--write-off-rest REASON]</source>
        <translation>gebruik: imalictl payment record ID --amount A --method cash|eft|card [--reference R] [--write-off-rest REASON]</translation>
    </message>
    <message>
        <source>usage: imalictl refund TRANSACTION --amount A --reason TEXT [--notify-buyer yes|no] [--bank-holder H --bank-name N --bank-branch B --bank-account A --bank-type current|savings]</source>
        <translation>gebruik: imalictl refund TRANSACTION --amount A --reason TEXT [--notify-buyer yes|no] [--bank-holder H --bank-name N --bank-branch B --bank-account A --bank-type current|savings]</translation>
    </message>
    <message>
        <source>the transaction id</source>
        <translation>die transaksie-ID</translation>
    </message>
    <message>
        <source>--%1 is for refunds through PayFast; transaction %2 is refunded by hand</source>
        <translation>--%1 is vir terugbetalings deur PayFast; transaksie %2 word met die hand terugbetaal</translation>
    </message>
    <message>
        <source>Recorded refund %1 of %2%3.
</source>
        <translation>Terugbetaling %1 van %2%3 aangeteken.
</translation>
    </message>
    <message>
        <source> with credit note %1</source>
        <translation> met kredietnota %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run imalictl --help</source>
        <translation>onbekende opdrag &quot;%1&quot;; voer imalictl --help uit</translation>
    </message>
    <message>
        <source>--%1 must be a day as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 moet &apos;n dag wees as JJJJ-MM-DD, nie &quot;%2&quot; nie</translation>
    </message>
    <message>
        <source>usage: imalictl export --report transactions|invoices|vat|summary --format csv|pdf --from YYYY-MM-DD --to YYYY-MM-DD --out FILE, or --report aging --as-of YYYY-MM-DD --format csv|pdf --out FILE</source>
        <translation>gebruik: imalictl export --report transactions|invoices|vat|summary --format csv|pdf --from JJJJ-MM-DD --to JJJJ-MM-DD --out FILE, of --report aging --as-of JJJJ-MM-DD --format csv|pdf --out FILE</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; %2</source>
        <translation>onverwagte &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <source>there is no report &quot;%1&quot;; choose transactions, invoices, aging, vat or summary</source>
        <translation>daar is geen verslag &quot;%1&quot; nie; kies transactions, invoices, aging, vat of summary</translation>
    </message>
    <message>
        <source>--format must be csv or pdf, not &quot;%1&quot;</source>
        <translation>--format moet csv of pdf wees, nie &quot;%1&quot; nie</translation>
    </message>
    <message>
        <source>the aging report is as of one day: give --as-of, not --from/--to</source>
        <translation>die ouderdomsverslag is op een dag: gee --as-of, nie --from/--to nie</translation>
    </message>
    <message>
        <source>the aging report needs --as-of YYYY-MM-DD</source>
        <translation>die ouderdomsverslag het --as-of JJJJ-MM-DD nodig</translation>
    </message>
    <message>
        <source>--as-of is for the aging report; the %1 report takes --from and --to</source>
        <translation>--as-of is vir die ouderdomsverslag; die %1-verslag neem --from en --to</translation>
    </message>
    <message>
        <source>the %1 report needs --from YYYY-MM-DD and --to YYYY-MM-DD</source>
        <translation>die %1-verslag het --from JJJJ-MM-DD en --to JJJJ-MM-DD nodig</translation>
    </message>
    <message>
        <source>give the file to write with --out FILE</source>
        <translation>gee die lêer om te skryf met --out FILE</translation>
    </message>
    <message>
        <source>--out %1 is a folder; give a file name</source>
        <translation>--out %1 is &apos;n vouer; gee &apos;n lêernaam</translation>
    </message>
    <message>
        <source>the folder of --out %1 does not exist</source>
        <translation>die vouer van --out %1 bestaan nie</translation>
    </message>
    <message>
        <source>interrupted; no report was written</source>
        <translation>onderbreek; geen verslag is geskryf nie</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2 (anchor: %3).
</source>
        <translation>%1 rye na %2 geskryf (anker: %3).
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id</source>
        <translation>&quot;%1&quot; is nie &apos;n ID nie</translation>
    </message>
    <message>
        <source>--since takes a date (YYYY-MM-DD) or a time (ISO 8601)</source>
        <translation>--since neem &apos;n datum (JJJJ-MM-DD) of &apos;n tyd (ISO 8601)</translation>
    </message>
    <message>
        <source>Notification %1: Stripe event %2, %3, from %4 at %5
</source>
        <translation>Kennisgewing %1: Stripe-gebeurtenis %2, %3, van %4 om %5
</translation>
    </message>
    <message>
        <source>Notification %1: pf_payment_id %2, %3, from %4 at %5
</source>
        <translation>Kennisgewing %1: pf_payment_id %2, %3, van %4 om %5
</translation>
    </message>
    <message>
        <source>  checks: %1
  processing: %2 (%3 attempts)
  outcome: %4
</source>
        <translation>  kontroles: %1
  verwerking: %2 (%3 pogings)
  uitkoms: %4
</translation>
    </message>
    <message>
        <source>usage: imalictl itn list [--since T] | itn show ID | itn replay ID</source>
        <translation>gebruik: imalictl itn list [--since T] | itn show ID | itn replay ID</translation>
    </message>
    <message>
        <source>usage: imalictl payment allocate TRANSACTION --invoice ID</source>
        <translation>gebruik: imalictl payment allocate TRANSACTION --invoice ID</translation>
    </message>
    <message>
        <source>Allocated transaction %1 (%2).
</source>
        <translation>Transaksie %1 toegeken (%2).
</translation>
    </message>
    <message>
        <source>usage: imalictl payment exceptions | payment allocate TRANSACTION --invoice ID</source>
        <translation>gebruik: imalictl payment exceptions | payment allocate TRANSACTION --invoice ID</translation>
    </message>
    <message>
        <source>a live ledger needs PAYFAST_PASSPHRASE set: PayFast requires a passphrase in live mode</source>
        <translation>&apos;n lewendige grootboek het PAYFAST_PASSPHRASE nodig: PayFast vereis &apos;n wagfrase in lewendige modus</translation>
    </message>
    <message>
        <source>Created %1 ledger %2.
The key is in %3.
Recovery code (shown once; another desktop imports it with &apos;imalictl ledger key import CODE&apos;):

    %4
</source>
        <translation>%1-grootboek %2 geskep.
Die sleutel is in %3.
Herstelkode (net een keer gewys; &apos;n ander rekenaar voer dit in met &apos;imalictl ledger key import CODE&apos;):

    %4
</translation>
    </message>
    <message>
        <source>usage: imalictl ledger key import CODE</source>
        <translation>gebruik: imalictl ledger key import CODE</translation>
    </message>
    <message>
        <source>Imported the key for ledger %1 into %2.
</source>
        <translation>Die sleutel vir grootboek %1 is in %2 ingevoer.
</translation>
    </message>
    <message>
        <source>usage: imalictl ledger init [--live] | ledger key import CODE</source>
        <translation>gebruik: imalictl ledger init [--live] | ledger key import CODE</translation>
    </message>
    <message>
        <source>usage: imalictl settings show | settings set NAME VALUE</source>
        <translation>gebruik: imalictl settings show | settings set NAME VALUE</translation>
    </message>
    <message>
        <source>Applied %1 migration(s); the schema is at version %2.
</source>
        <translation>%1 migrasie(s) toegepas; die skema is op weergawe %2.
</translation>
    </message>
    <message>
        <source>--steps must be a whole number of at least 1</source>
        <translation>--steps moet &apos;n heelgetal van minstens 1 wees</translation>
    </message>
    <message>
        <source>Rolled back %1 migration(s); the schema is at version %2.
</source>
        <translation>%1 migrasie(s) teruggerol; die skema is op weergawe %2.
</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>hangend</translation>
    </message>
    <message>
        <source>usage: imalictl migrate up | down [--steps N] | status</source>
        <translation>gebruik: imalictl migrate up | down [--steps N] | status</translation>
    </message>
    <message>
        <source>usage: imalictl audit verify</source>
        <translation>gebruik: imalictl audit verify</translation>
    </message>
    <message>
        <source>imalictl: the audit log was tampered with: %1
</source>
        <translation>imalictl: daar is met die ouditlog gepeuter: %1
</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries%2.
</source>
        <translation>Die ouditlog is ongeskonde: %1 inskrywings%2.
</translation>
    </message>
    <message>
        <source>, matching this desktop&apos;s anchor</source>
        <translation>, wat met hierdie rekenaar se anker ooreenstem</translation>
    </message>
    <message>
        <source> (no anchor on this desktop yet)</source>
        <translation> (nog geen anker op hierdie rekenaar nie)</translation>
    </message>
    <message>
        <source>usage: imalictl backup --out FILE</source>
        <translation>gebruik: imalictl backup --out FILE</translation>
    </message>
    <message>
        <source>Wrote a consistent copy of ledger %1 to %2.
</source>
        <translation>&apos;n Samehangende afskrif van grootboek %1 na %2 geskryf.
</translation>
    </message>
    <message>
        <source>could not read the backup %1</source>
        <translation>kon nie die rugsteun %1 lees nie</translation>
    </message>
    <message>
        <source>%1 is not an imali ledger backup</source>
        <translation>%1 is nie &apos;n imali-grootboekrugsteun nie</translation>
    </message>
    <message>
        <source>the backup&apos;s audit log was tampered with: %1</source>
        <translation>daar is met die rugsteun se ouditlog gepeuter: %1</translation>
    </message>
    <message>
        <source>usage: imalictl restore FILE</source>
        <translation>gebruik: imalictl restore FILE</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 bestaan nie</translation>
    </message>
    <message>
        <source>the backup is of ledger %1, but %2 holds ledger %3; restore into an empty database</source>
        <translation>die rugsteun is van grootboek %1, maar %2 hou grootboek %3; herstel in &apos;n leë databasis</translation>
    </message>
    <message>
        <source>Restored ledger %1 from %2 (audit chain checked: %3 entries).
</source>
        <translation>Grootboek %1 uit %2 herstel (ouditketting nagegaan: %3 inskrywings).
</translation>
    </message>
    <message>
        <source>PayFast is switched off (ENABLE_PAYFAST=false)</source>
        <translation>PayFast is afgeskakel (ENABLE_PAYFAST=false)</translation>
    </message>
    <message>
        <source>%1 must be a positive number, not &quot;%2&quot;</source>
        <translation>%1 moet &apos;n positiewe getal wees, nie &quot;%2&quot; nie</translation>
    </message>
    <message>
        <source>--notify-buyer must be yes or no</source>
        <translation>--notify-buyer moet yes of no wees</translation>
    </message>
    <message>
        <source>PayFast refunded %1 (refund %2)%3.
</source>
        <translation>PayFast het %1 terugbetaal (terugbetaling %2)%3.
</translation>
    </message>
    <message>
        <source>usage: imalictl payment-method list [--customer ID] | add --customer ID | edit PM [--label L] [--default] | remove PM | charge PM --invoice ID</source>
        <translation>gebruik: imalictl payment-method list [--customer ID] | add --customer ID | edit PM [--label L] [--default] | remove PM | charge PM --invoice ID</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (verstek)</translation>
    </message>
    <message>
        <source>Card-saving link for customer %1 (expires %2):
  %3
</source>
        <translation>Kaartstoorskakel vir kliënt %1 (verval %2):
  %3
</translation>
    </message>
    <message>
        <source>the payment method id</source>
        <translation>die betaalmetode-ID</translation>
    </message>
    <message>
        <source>give --label L, --default or both</source>
        <translation>gee --label L, --default of albei</translation>
    </message>
    <message>
        <source>Payment method %1: %2 %3%4
</source>
        <translation>Betaalmetode %1: %2 %3%4
</translation>
    </message>
    <message>
        <source>Removed payment method %1 (%2); PayFast cancelled the token.
</source>
        <translation>Betaalmetode %1 (%2) verwyder; PayFast het die token gekanselleer.
</translation>
    </message>
    <message>
        <source>PayFast accepted the charge of %1 (%2); the invoice is settled when PayFast&apos;s ITN arrives.
</source>
        <translation>PayFast het die debitering van %1 (%2) aanvaar; die faktuur word vereffen wanneer PayFast se ITN aankom.
</translation>
    </message>
    <message>
        <source>usage: imalictl reconcile --from YYYY-MM-DD --to YYYY-MM-DD [--book-missing]</source>
        <translation>gebruik: imalictl reconcile --from JJJJ-MM-DD --to JJJJ-MM-DD [--book-missing]</translation>
    </message>
    <message>
        <source>--from and --to take days as YYYY-MM-DD</source>
        <translation>--from en --to neem dae as JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>%1 to %2: PayFast has %3 payments, the ledger %4; %5 agree.
</source>
        <translation>%1 tot %2: PayFast het %3 betalings, die grootboek %4; %5 stem ooreen.
</translation>
    </message>
    <message>
        <source>  booked: %1
</source>
        <translation>  geboek: %1
</translation>
    </message>
    <message>
        <source>Run again with --book-missing to book the missing payments.
</source>
        <translation>Voer weer uit met --book-missing om die ontbrekende betalings te boek.
</translation>
    </message>
    <message>
        <source>usage: imalictl checkout ID [--provider payfast|stripe] [--tokenize]</source>
        <translation>gebruik: imalictl checkout ID [--provider payfast|stripe] [--tokenize]</translation>
    </message>
    <message>
        <source>--provider must be payfast or stripe</source>
        <translation>--provider moet payfast of stripe wees</translation>
    </message>
    <message>
        <source>Stripe is switched off; set ENABLE_STRIPE=true to use it</source>
        <translation>Stripe is afgeskakel; stel ENABLE_STRIPE=true om dit te gebruik</translation>
    </message>
    <message>
        <source>Stripe checkout for %1 (%2):
  %3
</source>
        <translation>Stripe-afrekening vir %1 (%2):
  %3
</translation>
    </message>
    <message>
        <source>Payment link for %1 (%2, expires %3):
  %4
</source>
        <translation>Betaalskakel vir %1 (%2, verval %3):
  %4
</translation>
    </message>
    <message>
        <source>usage: imalictl payfast sign --kind checkout|itn|api &lt; fields</source>
        <translation>gebruik: imalictl payfast sign --kind checkout|itn|api &lt; fields</translation>
    </message>
    <message>
        <source>--kind must be checkout, itn or api</source>
        <translation>--kind moet checkout, itn of api wees</translation>
    </message>
    <message>
        <source>could not read the fields from standard input</source>
        <translation>kon nie die velde van standaardinvoer lees nie</translation>
    </message>
    <message>
        <source>the fields on standard input are not a valid form: %1</source>
        <translation>die velde op standaardinvoer is nie &apos;n geldige vorm nie: %1</translation>
    </message>
    <message>
        <source>canonical: %1
signature: %2
</source>
        <translation>kanoniek: %1
handtekening: %2
</translation>
    </message>
    <message>
        <source>The posted signature is valid.
</source>
        <translation>Die geposte handtekening is geldig.
</translation>
    </message>
    <message>
        <source>The posted signature does NOT match.
</source>
        <translation>Die geposte handtekening stem NIE ooreen nie.
</translation>
    </message>
    <message>
        <source>warning: listening on %1 without a tunnel in front; PayFast&apos;s sender check uses the peer address
</source>
        <translation>waarskuwing: luister op %1 sonder &apos;n tonnel voor; PayFast se senderkontrole gebruik die eweknie-adres
</translation>
    </message>
    <message>
        <source>could not set up signal handling</source>
        <translation>kon nie seinhantering opstel nie</translation>
    </message>
    <message>
        <source>Listening for PayFast ITNs%6 on %1:%2 (%3 ledger %4, %5). Stop with Ctrl+C.
</source>
        <translation>Luister vir PayFast-ITN&apos;s%6 op %1:%2 (%3-grootboek %4, %5). Stop met Ctrl+C.
</translation>
    </message>
    <message>
        <source> and Stripe events</source>
        <translation> en Stripe-gebeurtenisse</translation>
    </message>
    <message>
        <source>Stopped.
</source>
        <translation>Gestop.
</translation>
    </message>
    <message>
        <source>SANDBOX: a test payment; no real money moves.</source>
        <translation>SANDPUT: &apos;n toetsbetaling; geen regte geld beweeg nie.</translation>
    </message>
    <message>
        <source>form pair %1 has an empty key</source>
        <translation>vormpaar %1 het &apos;n leë sleutel</translation>
    </message>
    <message>
        <source>form pair %1 has a malformed %-escape</source>
        <translation>vormpaar %1 het &apos;n misvormde %-ontsnapping</translation>
    </message>
    <message>
        <source>form pair %1 is not valid UTF-8</source>
        <translation>vormpaar %1 is nie geldige UTF-8 nie</translation>
    </message>
    <message>
        <source>PayFast&apos;s history ends inside a quoted field</source>
        <translation>PayFast se geskiedenis eindig binne &apos;n aangehaalde veld</translation>
    </message>
    <message>
        <source>a bank payout needs the account holder, bank name, branch code and account number</source>
        <translation>&apos;n bankuitbetaling het die rekeninghouer, banknaam, takkode en rekeningnommer nodig</translation>
    </message>
    <message>
        <source>the bank account type must be current or savings</source>
        <translation>die bankrekeningtipe moet tjek (current) of spaar (savings) wees</translation>
    </message>
    <message>
        <source>the branch code and account number are digits only</source>
        <translation>die takkode en rekeningnommer is slegs syfers</translation>
    </message>
    <message>
        <source>the values were encoded encodeURIComponent-style (~!&apos;()* left unencoded, %20 for a space) instead of with PHP urlencode</source>
        <translation>die waardes is in encodeURIComponent-styl geënkodeer (~!&apos;()* nie geënkodeer nie, %20 vir &apos;n spasie) in plaas van met PHP urlencode</translation>
    </message>
    <message>
        <source>the values were encoded encodeURIComponent-style with + for a space (~!&apos;()* left unencoded, as the docs&apos; Node.js sample does) instead of with PHP urlencode</source>
        <translation>die waardes is in encodeURIComponent-styl geënkodeer met + vir &apos;n spasie (~!&apos;()* nie geënkodeer nie, soos die dokumentasie se Node.js-voorbeeld doen) in plaas van met PHP urlencode</translation>
    </message>
    <message>
        <source>the values were hashed without URL-encoding them</source>
        <translation>die waardes is gehash sonder om hulle te URL-enkodeer</translation>
    </message>
    <message>
        <source>the signature was computed without the passphrase</source>
        <translation>die handtekening is sonder die wagfrase bereken</translation>
    </message>
    <message>
        <source>the passphrase was URL-encoded twice (a payfast-php-sdk 1.1.4+ bug; it only shows for passphrases with characters outside [A-Za-z0-9_.-])</source>
        <translation>die wagfrase is twee keer URL-geënkodeer (&apos;n fout in payfast-php-sdk 1.1.4+; dit wys net by wagfrases met karakters buite [A-Za-z0-9_.-])</translation>
    </message>
    <message>
        <source>an empty passphrase was appended as &quot;passphrase=&quot; (a node-payfast bug); an empty passphrase means none</source>
        <translation>&apos;n leë wagfrase is as &quot;passphrase=&quot; aangeheg (&apos;n fout in node-payfast); &apos;n leë wagfrase beteken geen</translation>
    </message>
    <message>
        <source>the passphrase was not trimmed of surrounding whitespace</source>
        <translation>die wagfrase se omringende spasies is nie weggeknip nie</translation>
    </message>
    <message>
        <source>the passphrase was trimmed of surrounding whitespace</source>
        <translation>die wagfrase se omringende spasies is weggeknip</translation>
    </message>
    <message>
        <source>Likely cause: %1.</source>
        <translation>Waarskynlike oorsaak: %1.</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; en </translation>
    </message>
    <message>
        <source>The posted signature is empty.</source>
        <translation>Die geposte handtekening is leeg.</translation>
    </message>
    <message>
        <source>The signature is right but written in uppercase hex; PayFast signatures are lowercase.</source>
        <translation>Die handtekening is reg, maar in hoofletter-heks geskryf; PayFast se handtekeninge is in kleinletters.</translation>
    </message>
    <message>
        <source>The posted signature is not an MD5 in lowercase hex (32 characters 0-9a-f), so no signing rule can produce it.</source>
        <translation>Die geposte handtekening is nie &apos;n MD5 in kleinletter-heks nie (32 karakters 0-9a-f), so geen ondertekeningsreël kan dit lewer nie.</translation>
    </message>
    <message>
        <source>No variant matched; the passphrase is the likely cause: no passphrase was given here, but the sender probably signed with one. If not, the fields were changed after signing.</source>
        <translation>Geen variant pas nie; die wagfrase is die waarskynlike oorsaak: geen wagfrase is hier gegee nie, maar die sender het waarskynlik met een onderteken. Indien nie, is die velde na ondertekening verander.</translation>
    </message>
    <message>
        <source>No variant matched; the passphrase is the likely cause: the sender probably signed with a different passphrase from the one given here. If the passphrases agree, the fields were changed after signing.</source>
        <translation>Geen variant pas nie; die wagfrase is die waarskynlike oorsaak: die sender het waarskynlik met &apos;n ander wagfrase as die een hier onderteken. As die wagfrases ooreenstem, is die velde na ondertekening verander.</translation>
    </message>
    <message>
        <source>The ITN has no signature field, so it cannot be verified; PayFast always posts one, as the last field.</source>
        <translation>Die ITN het geen handtekeningveld nie, so dit kan nie geverifieer word nie; PayFast pos altyd een, as die laaste veld.</translation>
    </message>
    <message>
        <source>The posted signature is valid.</source>
        <translation>Die geposte handtekening is geldig.</translation>
    </message>
    <message>
        <source>The posted signature does not match the ITN rule (fields in received order up to signature, empty fields included, PHP urlencode, passphrase appended).</source>
        <translation>Die geposte handtekening pas nie by die ITN-reël nie (velde in ontvangde volgorde tot by signature, leë velde ingesluit, PHP urlencode, wagfrase aangeheg).</translation>
    </message>
    <message>
        <source>the fields were sorted alphabetically by key instead of kept in the order PayFast posted them</source>
        <translation>die velde is alfabeties op sleutel gesorteer in plaas daarvan om in die volgorde te bly waarin PayFast hulle gepos het</translation>
    </message>
    <message>
        <source>the fields were put in the checkout form&apos;s documented order instead of the order PayFast posted them</source>
        <translation>die velde is in die afrekenvorm se gedokumenteerde volgorde geplaas in plaas van die volgorde waarin PayFast hulle gepos het</translation>
    </message>
    <message>
        <source>the ITN was signed with the checkout rule (documented fields only, in documented order, empty fields skipped, values trimmed) instead of the ITN rule</source>
        <translation>die ITN is met die afrekenreël onderteken (slegs gedokumenteerde velde, in gedokumenteerde volgorde, leë velde oorgeslaan, waardes weggeknip) in plaas van die ITN-reël</translation>
    </message>
    <message>
        <source>the values were trimmed before hashing, but ITN values are signed exactly as received</source>
        <translation>die waardes is voor hashing weggeknip, maar ITN-waardes word presies soos ontvang onderteken</translation>
    </message>
    <message>
        <source>empty fields were skipped, but PayFast signs them as &quot;key=&quot;</source>
        <translation>leë velde is oorgeslaan, maar PayFast onderteken hulle as &quot;key=&quot;</translation>
    </message>
    <message>
        <source>backslashes were removed with PHP stripslashes() first (as the docs sample and the PHP SDK do), which changes values containing \</source>
        <translation>terugskuinsstrepe is eers met PHP stripslashes() verwyder (soos die dokumentasie se voorbeeld en die PHP-SDK doen), wat waardes met \ verander</translation>
    </message>
    <message>
        <source>the raw POST body was hashed instead of the decoded and re-encoded fields</source>
        <translation>die rou POST-inhoud is gehash in plaas van die gedekodeerde en hergeënkodeerde velde</translation>
    </message>
    <message>
        <source>The signature is valid for PayFast&apos;s checkout rule.</source>
        <translation>Die handtekening is geldig vir PayFast se afrekenreël.</translation>
    </message>
    <message>
        <source>The signature does not match the checkout rule (documented fields in documented order, empty values skipped, values trimmed, PHP urlencode, passphrase appended).</source>
        <translation>Die handtekening pas nie by die afrekenreël nie (gedokumenteerde velde in gedokumenteerde volgorde, leë waardes oorgeslaan, waardes weggeknip, PHP urlencode, wagfrase aangeheg).</translation>
    </message>
    <message>
        <source>the fields were signed in the caller&apos;s order instead of PayFast&apos;s documented order (as payfast-php-sdk 1.1.4+ does)</source>
        <translation>die velde is in die roeper se volgorde onderteken in plaas van PayFast se gedokumenteerde volgorde (soos payfast-php-sdk 1.1.4+ doen)</translation>
    </message>
    <message>
        <source>the fields were signed in the caller&apos;s order with merchant_id and merchant_key moved first (as node-payfast does) instead of PayFast&apos;s documented order</source>
        <translation>die velde is in die roeper se volgorde onderteken met merchant_id en merchant_key eerste geskuif (soos node-payfast doen) in plaas van PayFast se gedokumenteerde volgorde</translation>
    </message>
    <message>
        <source>the fields were sorted alphabetically (the API rule) instead of PayFast&apos;s documented order</source>
        <translation>die velde is alfabeties gesorteer (die API-reël) in plaas van PayFast se gedokumenteerde volgorde</translation>
    </message>
    <message>
        <source>undocumented fields (such as setup or source) were signed, but PayFast signs only its documented fields</source>
        <translation>ongedokumenteerde velde (soos setup of source) is onderteken, maar PayFast onderteken slegs sy gedokumenteerde velde</translation>
    </message>
    <message>
        <source>fields whose value is &quot;0&quot; were dropped (PHP !empty(), as payfast-php-sdk 1.1.4+ does), but &quot;0&quot; must be signed</source>
        <translation>velde met die waarde &quot;0&quot; is weggelaat (PHP !empty(), soos payfast-php-sdk 1.1.4+ doen), maar &quot;0&quot; moet onderteken word</translation>
    </message>
    <message>
        <source>the values were not trimmed; PayFast trims leading and trailing whitespace before hashing</source>
        <translation>die waardes is nie weggeknip nie; PayFast knip spasies voor en agter weg voor hashing</translation>
    </message>
    <message>
        <source>empty values were signed as &quot;key=&quot;, but PayFast skips them</source>
        <translation>leë waardes is as &quot;key=&quot; onderteken, maar PayFast slaan hulle oor</translation>
    </message>
    <message>
        <source>the public URL must be an http(s) base URL such as https://pay.myshop.co.za</source>
        <translation>die openbare URL moet &apos;n http(s)-basis-URL wees soos https://pay.myshop.co.za</translation>
    </message>
    <message>
        <source>a live ledger&apos;s public URL must use https</source>
        <translation>&apos;n lewendige grootboek se openbare URL moet https gebruik</translation>
    </message>
    <message>
        <source>PayFast only delivers to ports 80, 443, 8080 and 8081, not %1; a tunnel gives you an address on 443</source>
        <translation>PayFast lewer slegs aan poorte 80, 443, 8080 en 8081, nie %1 nie; &apos;n tonnel gee jou &apos;n adres op 443</translation>
    </message>
    <message>
        <source>%1 is only reachable from this network, so PayFast and your customers can&apos;t open it; use the public address a tunnel (cloudflared or ngrok) gives you</source>
        <translation>%1 is slegs van hierdie netwerk af bereikbaar, so PayFast en jou kliënte kan dit nie oopmaak nie; gebruik die openbare adres wat &apos;n tonnel (cloudflared of ngrok) jou gee</translation>
    </message>
    <message>
        <source>could not read the transactions</source>
        <translation>kon nie die transaksies lees nie</translation>
    </message>
    <message>
        <source>could not read the invoices</source>
        <translation>kon nie die fakture lees nie</translation>
    </message>
    <message>
        <source>could not read the VAT figures</source>
        <translation>kon nie die BTW-syfers lees nie</translation>
    </message>
    <message>
        <source>unknown report</source>
        <translation>onbekende verslag</translation>
    </message>
    <message>
        <source>give a file to write the report to</source>
        <translation>gee &apos;n lêer om die verslag na te skryf</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>kon nie %1 skryf nie: %2</translation>
    </message>
    <message>
        <source>usage: imalictl invoice create|issue|void|list|show|pdf ...</source>
        <translation>gebruik: imalictl invoice create|issue|void|list|show|pdf ...</translation>
    </message>
    <message>
        <source>give --format csv or --format pdf</source>
        <translation>gee --format csv of --format pdf</translation>
    </message>
    <message>
        <source>Wrote %1 rows on %2 pages to %3 (audit chain head #%4).
</source>
        <translation>%1 rye op %2 bladsye na %3 geskryf (ouditkettingkop #%4).
</translation>
    </message>
    <message>
        <source>usage: imalictl invoice pdf ID --out FILE</source>
        <translation>gebruik: imalictl invoice pdf ID --out FILE</translation>
    </message>
    <message>
        <source>give the file to write with --out FILE; %1</source>
        <translation>gee die lêer om te skryf met --out FILE; %1</translation>
    </message>
    <message>
        <source>imalictl: note: no &quot;Pay now&quot; QR code on the invoice: %1
</source>
        <translation>imalictl: let wel: geen &quot;Betaal nou&quot;-QR-kode op die faktuur nie: %1
</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3.
</source>
        <translation>%1 %2 na %3 geskryf.
</translation>
    </message>
    <message>
        <source>Its &quot;Pay now&quot; QR code opens %1
</source>
        <translation>Sy &quot;Betaal nou&quot;-QR-kode maak %1 oop
</translation>
    </message>
    <message>
        <source>a tax invoice must show the business&apos;s %1: set it first (imalictl settings set %2 …)</source>
        <translation>&apos;n belastingfaktuur moet die besigheid se %1 toon: stel dit eers (imalictl settings set %2 …)</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>BETAAL</translation>
    </message>
    <message>
        <source>VOID: this invoice was cancelled and is not payable</source>
        <translation>GEKANSELLEER: hierdie faktuur is gekanselleer en is nie betaalbaar nie</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>TERUGBETAAL</translation>
    </message>
    <message>
        <source>PARTIALLY REFUNDED</source>
        <translation>DEELS TERUGBETAAL</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>AGTERSTALLIG</translation>
    </message>
    <message>
        <source>SANDBOX: a test invoice from a sandbox ledger; no real money is involved</source>
        <translation>SANDPUT: &apos;n toetsfaktuur uit &apos;n sandput-grootboek; geen regte geld is betrokke nie</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>BTW-nommer: %1</translation>
    </message>
    <message>
        <source>Registration number: %1</source>
        <translation>Registrasienommer: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Faktuur aan</translation>
    </message>
    <message>
        <source>Invoice number: %1</source>
        <translation>Faktuurnommer: %1</translation>
    </message>
    <message>
        <source>Date of issue: %1</source>
        <translation>Uitreikdatum: %1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Betaaldatum: %1</translation>
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
        <source>Unit price</source>
        <translation>Eenheidsprys</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>Eenheidsprys ingesl. BTW</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Eenheidsprys uitgesl. BTW</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Uitgesl. BTW</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>BTW-koers</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>BTW</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Ingesl. BTW</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Subtotal excl. VAT</source>
        <translation>Subtotaal uitgesl. BTW</translation>
    </message>
    <message>
        <source>VAT at %1%</source>
        <translation>BTW teen %1%</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Totaal ingesl. BTW</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Credit note %1 (%2)</source>
        <translation>Kredietnota %1 (%2)</translation>
    </message>
    <message>
        <source>Refund (%1, %2)</source>
        <translation>Terugbetaling (%1, %2)</translation>
    </message>
    <message>
        <source>Payment received (%1, %2)</source>
        <translation>Betaling ontvang (%1, %2)</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Afgeskryf</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo betaalbaar</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>Pryse sluit BTW in.</translation>
    </message>
    <message>
        <source>Pay by EFT</source>
        <translation>Betaal per EFT</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Bank: %1</translation>
    </message>
    <message>
        <source>Account holder: %1</source>
        <translation>Rekeninghouer: %1</translation>
    </message>
    <message>
        <source>Account number: %1</source>
        <translation>Rekeningnommer: %1</translation>
    </message>
    <message>
        <source>Branch code: %1</source>
        <translation>Takkode: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Verwysing: %1</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Betaal nou</translation>
    </message>
    <message>
        <source>(scan with your phone&apos;s camera)</source>
        <translation>(skandeer met jou foon se kamera)</translation>
    </message>
    <message>
        <source>invoice %1 is a draft: it has no number yet, so it can&apos;t be sent; issue it first (imalictl invoice issue %2)</source>
        <translation>faktuur %1 is &apos;n konsep: dit het nog geen nommer nie, so dit kan nie gestuur word nie; reik dit eers uit (imalictl invoice issue %2)</translation>
    </message>
    <message>
        <source>an invoice must show the business&apos;s name: set it first (imalictl settings set trading_name …)</source>
        <translation>&apos;n faktuur moet die besigheid se naam toon: stel dit eers (imalictl settings set trading_name …)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>BTW-nommer</translation>
    </message>
    <message>
        <source>invoice %1 is over R5,000, so its tax invoice must show the customer&apos;s name and address: add customer %2&apos;s address first</source>
        <translation>faktuur %1 is meer as R5 000, so sy belastingfaktuur moet die kliënt se naam en adres toon: voeg eers kliënt %2 se adres by</translation>
    </message>
    <message>
        <source>give a file to write the invoice to</source>
        <translation>gee &apos;n lêer om die faktuur na te skryf</translation>
    </message>
    <message>
        <source>could not place the QR code on the invoice</source>
        <translation>kon nie die QR-kode op die faktuur plaas nie</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · page %4 of %5</source>
        <translation>%1 %2 · %3 · bladsy %4 van %5</translation>
    </message>
    <message>
        <source>nothing to pay on invoice %1 (%2)</source>
        <translation>niks om op faktuur %1 te betaal nie (%2)</translation>
    </message>
    <message>
        <source>no public URL is set, so there is no payment link to print (imalictl settings set public_url https://…, or IMALI_PUBLIC_URL)</source>
        <translation>geen openbare URL is gestel nie, so daar is geen betaalskakel om te druk nie (imalictl settings set public_url https://…, of IMALI_PUBLIC_URL)</translation>
    </message>
    <message>
        <source>Transactions: payments and refunds with PayFast&apos;s fees</source>
        <translation>Transaksies: betalings en terugbetalings met PayFast se fooie</translation>
    </message>
    <message>
        <source>Invoices issued</source>
        <translation>Fakture uitgereik</translation>
    </message>
    <message>
        <source>Aging: amounts owed by days overdue</source>
        <translation>Ouderdomsontleding: bedrae verskuldig volgens dae agterstallig</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>Uitset-BTW</translation>
    </message>
    <message>
        <source>Daily and monthly summary</source>
        <translation>Daaglikse en maandelikse opsomming</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>kon nie %1 lees nie: %2</translation>
    </message>
    <message>
        <source>could not create the folder for %1</source>
        <translation>kon nie die vouer vir %1 skep nie</translation>
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
        <translation>kon nie %1 skep nie</translation>
    </message>
    <message>
        <source>could not lock %1</source>
        <translation>kon nie %1 sluit nie</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>kon nie %1 skryf nie: %2</translation>
    </message>
</context>
<context>
    <name>imali::AuditLog</name>
    <message>
        <source>the audit chain head is missing</source>
        <translation>die ouditketting se kop ontbreek</translation>
    </message>
    <message>
        <source>entry %1 is missing: the log jumps from entry %2 to entry %3</source>
        <translation>inskrywing %1 ontbreek: die log spring van inskrywing %2 na inskrywing %3</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: the chain was broken</source>
        <translation>inskrywing %1 volg nie op inskrywing %2 nie: die ketting is gebreek</translation>
    </message>
    <message>
        <source>entry %1 (%2) was altered: its MAC does not match</source>
        <translation>inskrywing %1 (%2) is verander: sy MAC stem nie ooreen nie</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>inskrywing %1 ontbreek</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>inskrywings %1 tot %2 ontbreek</translation>
    </message>
    <message>
        <source>%1: the log ends at entry %2 but its head records entry %3</source>
        <translation>%1: die log eindig by inskrywing %2, maar sy kop teken inskrywing %3 aan</translation>
    </message>
    <message>
        <source>entry %1 comes after the chain head, which records entry %2: the head was moved back</source>
        <translation>inskrywing %1 kom na die kettingkop, wat inskrywing %2 aanteken: die kop is teruggeskuif</translation>
    </message>
    <message>
        <source>entry %1 differs from the chain head&apos;s record of it: the head was rewritten</source>
        <translation>inskrywing %1 verskil van die kettingkop se rekord daarvan: die kop is oorgeskryf</translation>
    </message>
    <message>
        <source>%1: the log ends at entry %2 but this desktop anchored entry %3, so the tail was cut off</source>
        <translation>%1: die log eindig by inskrywing %2, maar hierdie rekenaar het inskrywing %3 geanker, so die stert is afgesny</translation>
    </message>
    <message>
        <source>entry %1 differs from the one this desktop anchored: the chain was rewritten</source>
        <translation>inskrywing %1 verskil van die een wat hierdie rekenaar geanker het: die ketting is oorgeskryf</translation>
    </message>
</context>
<context>
    <name>imali::BusinessSettings</name>
    <message>
        <source>unknown setting &quot;%1&quot;; known: %2</source>
        <translation>onbekende instelling &quot;%1&quot;; bekend: %2</translation>
    </message>
    <message>
        <source>vat_registered must be true or false</source>
        <translation>vat_registered moet true of false wees</translation>
    </message>
    <message>
        <source>payment_terms_days must be a whole number from 0 to 365</source>
        <translation>payment_terms_days moet &apos;n heelgetal van 0 tot 365 wees</translation>
    </message>
    <message>
        <source>a South African VAT number has 10 digits and starts with 4</source>
        <translation>&apos;n Suid-Afrikaanse BTW-nommer het 10 syfers en begin met 4</translation>
    </message>
    <message>
        <source>a PayFast merchant id is a number of up to 8 digits</source>
        <translation>&apos;n PayFast-handelaar-ID is &apos;n getal van hoogstens 8 syfers</translation>
    </message>
    <message>
        <source>%1 is too long (at most 1000 characters)</source>
        <translation>%1 is te lank (hoogstens 1000 karakters)</translation>
    </message>
</context>
<context>
    <name>imali::ChangeWatcher</name>
    <message>
        <source>could not reconnect to %1 for live updates</source>
        <translation>kon nie vir regstreekse bywerkings weer aan %1 koppel nie</translation>
    </message>
    <message>
        <source>could not listen for changes</source>
        <translation>kon nie na veranderinge luister nie</translation>
    </message>
</context>
<context>
    <name>imali::ChargeCardDialog</name>
    <message>
        <source>C&amp;harge…</source>
        <translation>&amp;Debiteer…</translation>
    </message>
    <message>
        <source>Charge a saved card</source>
        <translation>Debiteer &apos;n gestoorde kaart</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Gestoorde kaart</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Kaart:</translation>
    </message>
    <message>
        <source>Charge %1&apos;s balance of %2 for %3 to a saved card.</source>
        <translation>Debiteer %1 se saldo van %2 vir %3 op &apos;n gestoorde kaart.</translation>
    </message>
    <message>
        <source>Charging a card needs PayFast: %1</source>
        <translation>Om &apos;n kaart te debiteer het PayFast nodig: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no saved card. Add one on the Customers page.</source>
        <translation>%1 het geen gestoorde kaart nie. Voeg een by op die Kliënte-bladsy.</translation>
    </message>
    <message>
        <source>Charge %1 to card %2 for %3?</source>
        <translation>Debiteer %1 op kaart %2 vir %3?</translation>
    </message>
    <message>
        <source>Asking PayFast to charge the card…</source>
        <translation>Vra PayFast om die kaart te debiteer…</translation>
    </message>
    <message>
        <source>Not charged: %1</source>
        <translation>Nie gedebiteer nie: %1</translation>
    </message>
    <message>
        <source>PayFast accepted the charge of %1; the invoice is paid when PayFast confirms it.</source>
        <translation>PayFast het die debitering van %1 aanvaar; die faktuur is betaal wanneer PayFast dit bevestig.</translation>
    </message>
    <message>
        <source>PayFast says: %1</source>
        <translation>PayFast sê: %1</translation>
    </message>
</context>
<context>
    <name>imali::Checkouts</name>
    <message>
        <source>invoice %1 is %2; only an open invoice can be paid</source>
        <translation>faktuur %1 is %2; slegs &apos;n oop faktuur kan betaal word</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktuur %1</translation>
    </message>
    <message>
        <source>Save a card</source>
        <translation>Stoor &apos;n kaart</translation>
    </message>
    <message>
        <source>Card kept by PayFast for later payments</source>
        <translation>Kaart deur PayFast gehou vir latere betalings</translation>
    </message>
    <message>
        <source>Card kept by PayFast for later payments to %1</source>
        <translation>Kaart deur PayFast gehou vir latere betalings aan %1</translation>
    </message>
    <message>
        <source>customer %1 is archived; cards are saved for current customers only</source>
        <translation>kliënt %1 is geargiveer; kaarte word slegs vir huidige kliënte gestoor</translation>
    </message>
    <message>
        <source>there is no such checkout</source>
        <translation>daar is nie so &apos;n afrekening nie</translation>
    </message>
</context>
<context>
    <name>imali::CidrList</name>
    <message>
        <source>&quot;%1&quot; is not an address or a CIDR network</source>
        <translation>&quot;%1&quot; is nie &apos;n adres of &apos;n CIDR-netwerk nie</translation>
    </message>
</context>
<context>
    <name>imali::CliArguments</name>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 neem geen waarde nie</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 het &apos;n waarde nodig</translation>
    </message>
</context>
<context>
    <name>imali::CliContext</name>
    <message>
        <source>Created a new sandbox ledger %1.
Its recovery code (shown once; keep it safe, another desktop needs it):
%2
</source>
        <translation>&apos;n Nuwe sandput-grootboek %1 geskep.
Sy herstelkode (net een keer gewys; hou dit veilig, &apos;n ander rekenaar het dit nodig):
%2
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>onbekende opsie %1</translation>
    </message>
</context>
<context>
    <name>imali::ConsoleContext</name>
    <message>
        <source>the listener is already running on %1</source>
        <translation>die luisteraar loop reeds op %1</translation>
    </message>
    <message>
        <source>PayFast is switched off (ENABLE_PAYFAST=false)</source>
        <translation>PayFast is afgeskakel (ENABLE_PAYFAST=false)</translation>
    </message>
    <message>
        <source>Reconciliation with PayFast did not run: %1</source>
        <translation>Rekonsiliasie met PayFast het nie geloop nie: %1</translation>
    </message>
    <message>
        <source>Reconciliation with PayFast did not finish: %1</source>
        <translation>Rekonsiliasie met PayFast is nie voltooi nie: %1</translation>
    </message>
    <message>
        <source>Reconciled with PayFast from %1 to %2: the books agree.</source>
        <translation>Met PayFast gerekonsilieer van %1 tot %2: die boeke stem ooreen.</translation>
    </message>
    <message>
        <source>Reconciled with PayFast from %1 to %2: %3 difference(s); see the Reconcile page.</source>
        <translation>Met PayFast gerekonsilieer van %1 tot %2: %3 verskil(le); sien die Rekonsilieer-bladsy.</translation>
    </message>
</context>
<context>
    <name>imali::ConsoleStart</name>
    <message>
        <source>ledger %1 stays locked: this desktop has no key for it. Type its recovery code at the next start, or run: imalictl ledger key import CODE</source>
        <translation>grootboek %1 bly gesluit: hierdie rekenaar het geen sleutel daarvoor nie. Tik sy herstelkode by die volgende begin, of voer uit: imalictl ledger key import CODE</translation>
    </message>
</context>
<context>
    <name>imali::CsvWriter</name>
    <message>
        <source>could not write the CSV: %1</source>
        <translation>kon nie die CSV skryf nie: %1</translation>
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
        <translation>daar is geen kliënt %1 nie</translation>
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
        <translation>&apos;n kliënt het &apos;n naam nodig</translation>
    </message>
    <message>
        <source>the name is too long (at most 200 characters)</source>
        <translation>die naam is te lank (hoogstens 200 karakters)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; is nie &apos;n e-posadres nie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; is nie &apos;n telefoonnommer nie</translation>
    </message>
    <message>
        <source>a South African VAT number has 10 digits and starts with 4</source>
        <translation>&apos;n Suid-Afrikaanse BTW-nommer het 10 syfers en begin met 4</translation>
    </message>
    <message>
        <source>the address is too long (at most 500 characters)</source>
        <translation>die adres is te lank (hoogstens 500 karakters)</translation>
    </message>
    <message>
        <source>customer %1 was anonymised and cannot be edited</source>
        <translation>kliënt %1 is geanonimiseer en kan nie gewysig word nie</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>daar is geen kliënt %1 nie</translation>
    </message>
    <message>
        <source>customer %1 is already archived</source>
        <translation>kliënt %1 is reeds geargiveer</translation>
    </message>
    <message>
        <source>customer %1 is already anonymised</source>
        <translation>kliënt %1 is reeds geanonimiseer</translation>
    </message>
    <message>
        <source>Anonymised customer %1</source>
        <translation>Kliënt %1 geanonimiseer</translation>
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
        <source>The customer&apos;s invoices</source>
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
        <translation>Voeg &apos;n kliënt by (Ctrl+N)</translation>
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
        <source>Erase the customer&apos;s personal data for good (POPIA); amounts stay</source>
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
    <message>
        <source>Saved ca&amp;rds…</source>
        <translation>Gestoorde &amp;kaarte…</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Gestoorde kaarte</translation>
    </message>
    <message>
        <source>The customer&apos;s saved cards: add, label, make default, remove</source>
        <translation>Die kliënt se gestoorde kaarte: voeg by, benoem, maak verstek, verwyder</translation>
    </message>
</context>
<context>
    <name>imali::DashboardView</name>
    <message numerus="yes">
        <source>Gross R %1
Fees R %2
Net R %3
%n payment(s)</source>
        <translation>
            <numerusform>Bruto R %1
Fooie R %2
Netto R %3
%n betaling</numerusform>
            <numerusform>Bruto R %1
Fooie R %2
Netto R %3
%n betalings</numerusform>
        </translation>
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
        <translation>
            <numerusform>R %1
%n oop faktuur</numerusform>
            <numerusform>R %1
%n oop fakture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>R %1
%n invoice(s) past due</source>
        <translation>
            <numerusform>R %1
%n faktuur agterstallig</numerusform>
            <numerusform>R %1
%n fakture agterstallig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to allocate</source>
        <translation>
            <numerusform>%n betaling om toe te ken</numerusform>
            <numerusform>%n betalings om toe te ken</numerusform>
        </translation>
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
        <translation>kon nie &apos;n transaksie begin nie</translation>
    </message>
    <message>
        <source>could not commit</source>
        <translation>kon nie vaslê nie</translation>
    </message>
    <message>
        <source>could not start a read</source>
        <translation>kon nie &apos;n lees begin nie</translation>
    </message>
    <message>
        <source>could not create %1: %2</source>
        <translation>kon nie %1 skep nie: %2</translation>
    </message>
</context>
<context>
    <name>imali::DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Databasiswagwoord</translation>
    </message>
    <message>
        <source>imali could not connect to %1:
%2

If the database needs a password, type it here; once it connects it is kept in this desktop&apos;s keychain (never in the configuration file).</source>
        <translation>imali kon nie aan %1 koppel nie:
%2

As die databasis &apos;n wagwoord nodig het, tik dit hier; sodra dit koppel, word dit in hierdie rekenaar se sleutelring gehou (nooit in die konfigurasielêer nie).</translation>
    </message>
    <message>
        <source>&amp;Password for %1</source>
        <translation>&amp;Wagwoord vir %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koppel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Verlaat</translation>
    </message>
</context>
<context>
    <name>imali::DatabasePasswords</name>
    <message>
        <source>could not read the password for %1: %2</source>
        <translation>kon nie die wagwoord vir %1 lees nie: %2</translation>
    </message>
    <message>
        <source>no keychain or secret file is available to keep the database password</source>
        <translation>geen sleutelring of geheime lêer is beskikbaar om die databasiswagwoord te hou nie</translation>
    </message>
    <message>
        <source>a SQLite ledger has no password</source>
        <translation>&apos;n SQLite-grootboek het geen wagwoord nie</translation>
    </message>
    <message>
        <source>nowhere (no keychain or secret file is available)</source>
        <translation>nêrens (geen sleutelring of geheime lêer is beskikbaar nie)</translation>
    </message>
</context>
<context>
    <name>imali::DatabaseUrl</name>
    <message>
        <source>a SQLite URL needs an absolute path: sqlite:///abs/path/file.sqlite</source>
        <translation>&apos;n SQLite-URL het &apos;n absolute pad nodig: sqlite:///abs/pad/lêer.sqlite</translation>
    </message>
    <message>
        <source>the database URL must start with sqlite:/// or postgresql:// (got scheme &quot;%1&quot;)</source>
        <translation>die databasis-URL moet met sqlite:/// of postgresql:// begin (skema &quot;%1&quot; ontvang)</translation>
    </message>
    <message>
        <source>a PostgreSQL URL must name one database: postgresql://user@host:port/db</source>
        <translation>&apos;n PostgreSQL-URL moet een databasis noem: postgresql://user@host:port/db</translation>
    </message>
</context>
<context>
    <name>imali::DemoData</name>
    <message>
        <source>demo sizes must be 1 to 10,000,000 customers and 0 to 10,000,000 invoices</source>
        <translation>demogroottes moet 1 tot 10 000 000 kliënte en 0 tot 10 000 000 fakture wees</translation>
    </message>
    <message>
        <source>cancelled after %1 invoices</source>
        <translation>gekanselleer na %1 fakture</translation>
    </message>
</context>
<context>
    <name>imali::DesktopKeyStore</name>
    <message>
        <source>%1 (no keychain answered on this desktop)</source>
        <translation>%1 (geen sleutelring het op hierdie rekenaar geantwoord nie)</translation>
    </message>
</context>
<context>
    <name>imali::DesktopSecretStore</name>
    <message>
        <source>%1 (no keychain answered on this desktop)</source>
        <translation>%1 (geen sleutelring het op hierdie rekenaar geantwoord nie)</translation>
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
        <translation>Plaas die gekose betaling teen &apos;n oop faktuur (Ctrl+L)</translation>
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
        <translation>Geld ontvang wat nog nie op &apos;n faktuur is nie. Ken dit toe, of merk dit vir terugbetaling.</translation>
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
        <translation>die sleutellêer %1</translation>
    </message>
    <message>
        <source>this desktop has no key for ledger %1 (%2 does not exist)</source>
        <translation>hierdie rekenaar het geen sleutel vir grootboek %1 nie (%2 bestaan nie)</translation>
    </message>
    <message>
        <source>%1 can be read by other users; run chmod 600 on it</source>
        <translation>%1 kan deur ander gebruikers gelees word; voer chmod 600 daarop uit</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>kon nie %1 lees nie: %2</translation>
    </message>
    <message>
        <source>the key for ledger %1 in %2 is damaged</source>
        <translation>die sleutel vir grootboek %1 in %2 is beskadig</translation>
    </message>
    <message>
        <source>this desktop has no key for ledger %1 in %2</source>
        <translation>hierdie rekenaar het geen sleutel vir grootboek %1 in %2 nie</translation>
    </message>
</context>
<context>
    <name>imali::FileSecretStore</name>
    <message>
        <source>no %1 stored (%2 does not exist)</source>
        <translation>geen %1 gestoor nie (%2 bestaan nie)</translation>
    </message>
    <message>
        <source>%1 can be read by other users; run chmod 600 on it</source>
        <translation>%1 kan deur ander gebruikers gelees word; voer chmod 600 daarop uit</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>kon nie %1 lees nie: %2</translation>
    </message>
    <message>
        <source>no %1 stored in %2</source>
        <translation>geen %1 in %2 gestoor nie</translation>
    </message>
    <message>
        <source>the owner-only file %1</source>
        <translation>die lêer %1 wat net die eienaar kan lees</translation>
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
        <translation>Kies &apos;n faktuur om sy lyne, betalings en geskiedenis te sien.</translation>
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
    <name>imali::InvoiceDocument</name>
    <message>
        <source>Tax Invoice</source>
        <translation>Belastingfaktuur</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktuur</translation>
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
        <translation>kies &apos;n kliënt</translation>
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
        <source>unknown status &quot;%1&quot;</source>
        <translation>onbekende status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>die tydperk begin na dit eindig</translation>
    </message>
    <message>
        <source>unknown sort column</source>
        <translation>onbekende sorteerkolom</translation>
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
        <source>line &quot;%1&quot; must look like DESCRIPTION;QUANTITY;UNIT_PRICE[;VAT%]</source>
        <translation>lyn &quot;%1&quot; moet lyk soos BESKRYWING;HOEVEELHEID;EENHEIDSPRYS[;BTW%]</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>&apos;n faktuur het minstens een lyn nodig</translation>
    </message>
    <message>
        <source>an invoice can have at most 500 lines</source>
        <translation>&apos;n faktuur kan hoogstens 500 lyne hê</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>lyn %1: </translation>
    </message>
    <message>
        <source>a description is required</source>
        <translation>&apos;n beskrywing word vereis</translation>
    </message>
    <message>
        <source>the description is too long (at most 255 characters)</source>
        <translation>die beskrywing is te lank (hoogstens 255 karakters)</translation>
    </message>
    <message>
        <source>the business is not VAT-registered, so the VAT rate must be 0</source>
        <translation>die besigheid is nie vir BTW geregistreer nie, so die BTW-koers moet 0 wees</translation>
    </message>
    <message>
        <source>the line&apos;s amount is too large</source>
        <translation>die lyn se bedrag is te groot</translation>
    </message>
    <message>
        <source>the invoice&apos;s total is too large</source>
        <translation>die faktuur se totaal is te groot</translation>
    </message>
    <message>
        <source>the due date %1 is more than a year in the past</source>
        <translation>die betaaldatum %1 is meer as &apos;n jaar in die verlede</translation>
    </message>
    <message>
        <source>customer %1 is archived; new invoices need an active customer</source>
        <translation>kliënt %1 is geargiveer; nuwe fakture het &apos;n aktiewe kliënt nodig</translation>
    </message>
    <message>
        <source>invoice %1 is issued; its content can no longer change</source>
        <translation>faktuur %1 is uitgereik; sy inhoud kan nie meer verander nie</translation>
    </message>
    <message>
        <source>invoice %1 is %2; only a draft can be issued</source>
        <translation>faktuur %1 is %2; slegs &apos;n konsep kan uitgereik word</translation>
    </message>
    <message>
        <source>invoice %1 has nothing to pay; add a line with a price first</source>
        <translation>faktuur %1 het niks om te betaal nie; voeg eers &apos;n lyn met &apos;n prys by</translation>
    </message>
    <message>
        <source>the invoice number sequence is missing</source>
        <translation>die faktuurnommerreeks ontbreek</translation>
    </message>
    <message>
        <source>invoice %1 is %2 and cannot be voided</source>
        <translation>faktuur %1 is %2 en kan nie gekanselleer word nie</translation>
    </message>
    <message>
        <source>invoice %1 has money received against it and cannot be voided; refund it instead</source>
        <translation>faktuur %1 het geld daarteen ontvang en kan nie gekanselleer word nie; betaal dit eerder terug</translation>
    </message>
    <message>
        <source>there is no invoice &quot;%1&quot;</source>
        <translation>daar is geen faktuur &quot;%1&quot; nie</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>daar is geen faktuur %1 nie</translation>
    </message>
    <message>
        <source>invoice %1 cannot move from %2 to %3</source>
        <translation>faktuur %1 kan nie van %2 na %3 skuif nie</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use draft, open, overdue, paid, partially_refunded, refunded or void</source>
        <translation>onbekende status &quot;%1&quot;; gebruik draft, open, overdue, paid, partially_refunded, refunded of void</translation>
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
        <translation>
            <numerusform>%n faktuur</numerusform>
            <numerusform>%n fakture</numerusform>
        </translation>
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
        <source>Void %1? A voided invoice stays in the books and can&apos;t be paid.</source>
        <translation>Kanselleer %1? &apos;n Gekanselleerde faktuur bly in die boeke en kan nie betaal word nie.</translation>
    </message>
    <message>
        <source>Voided %1.</source>
        <translation>%1 gekanselleer.</translation>
    </message>
    <message>
        <source>C&amp;harge saved card…</source>
        <translation>Debiteer &amp;gestoorde kaart…</translation>
    </message>
    <message>
        <source>Inv&amp;oice PDF…</source>
        <translation>Faktuur-PD&amp;F…</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Kies eers &apos;n faktuur.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 na %2 geskryf.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2, without a Pay now code: %3</source>
        <translation>%1 na %2 geskryf, sonder &apos;n Betaal nou-kode: %3</translation>
    </message>
    <message>
        <source>Save invoice PDF</source>
        <translation>Stoor faktuur-PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>imali::ItnProcessor</name>
    <message>
        <source>stored body is not a form</source>
        <translation>gestoorde inhoud is nie &apos;n vorm nie</translation>
    </message>
    <message>
        <source>the amounts are not readable</source>
        <translation>die bedrae is nie leesbaar nie</translation>
    </message>
    <message>
        <source>server confirmation failed: %1</source>
        <translation>bedienerbevestiging het misluk: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>PayFast answered INVALID: nothing booked</source>
        <translation>PayFast het INVALID geantwoord: niks geboek nie</translation>
    </message>
    <message>
        <source>server confirmation gave an unexpected answer</source>
        <translation>bedienerbevestiging het &apos;n onverwagte antwoord gegee</translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 s</source>
        <translation>%1; probeer weer %2 oor %3 s</translation>
    </message>
    <message>
        <source>there is no notification %1</source>
        <translation>daar is geen kennisgewing %1 nie</translation>
    </message>
    <message>
        <source>the stored body is not a form</source>
        <translation>die gestoorde inhoud is nie &apos;n vorm nie</translation>
    </message>
</context>
<context>
    <name>imali::KeyImportDialog</name>
    <message>
        <source>This desktop needs the ledger&apos;s key</source>
        <translation>Hierdie rekenaar het die grootboek se sleutel nodig</translation>
    </message>
    <message>
        <source>This desktop does not hold the key for ledger %1, so it can&apos;t open the books.</source>
        <translation>Hierdie rekenaar hou nie die sleutel vir grootboek %1 nie, en kan dus nie die boeke oopmaak nie.</translation>
    </message>
    <message>
        <source>The key this desktop holds (in %1) does not belong to ledger %2, so it can&apos;t open the books.</source>
        <translation>Die sleutel wat hierdie rekenaar hou (in %1) behoort nie aan grootboek %2 nie, en kan dus nie die boeke oopmaak nie.</translation>
    </message>
    <message>
        <source>Type the recovery code that was shown once when the ledger was made (on the first desktop). The key is then kept in %1.</source>
        <translation>Tik die herstelkode wat een keer gewys is toe die grootboek gemaak is (op die eerste rekenaar). Die sleutel word dan in %1 gehou.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelkode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelkode</translation>
    </message>
    <message>
        <source>&amp;Import key</source>
        <translation>Voer sleutel &amp;in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Verlaat</translation>
    </message>
    <message>
        <source>That code did not open this ledger: %1</source>
        <translation>Daardie kode het nie hierdie grootboek oopgemaak nie: %1</translation>
    </message>
</context>
<context>
    <name>imali::KeychainKeyStore</name>
    <message>
        <source>the keychain has no key for ledger %1</source>
        <translation>die sleutelring het geen sleutel vir grootboek %1 nie</translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation>die sleutelring het nie geantwoord nie: %1</translation>
    </message>
    <message>
        <source>the keychain&apos;s key for ledger %1 is damaged</source>
        <translation>die sleutelring se sleutel vir grootboek %1 is beskadig</translation>
    </message>
    <message>
        <source>this desktop&apos;s keychain</source>
        <translation>hierdie rekenaar se sleutelring</translation>
    </message>
</context>
<context>
    <name>imali::KeychainSecretStore</name>
    <message>
        <source>the keychain has no %1 for this ledger</source>
        <translation>die sleutelring het geen %1 vir hierdie grootboek nie</translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation>die sleutelring het nie geantwoord nie: %1</translation>
    </message>
    <message>
        <source>this desktop&apos;s keychain</source>
        <translation>hierdie rekenaar se sleutelring</translation>
    </message>
</context>
<context>
    <name>imali::Ledger</name>
    <message>
        <source>this key does not belong to ledger %1</source>
        <translation>hierdie sleutel behoort nie aan grootboek %1 nie</translation>
    </message>
    <message>
        <source>the ledger has not been initialised; run: imalictl ledger init</source>
        <translation>die grootboek is nie geïnisialiseer nie; voer uit: imalictl ledger init</translation>
    </message>
    <message>
        <source>%1. Import the ledger&apos;s recovery code on this desktop: imalictl ledger key import CODE</source>
        <translation>%1. Voer die grootboek se herstelkode op hierdie rekenaar in: imalictl ledger key import CODE</translation>
    </message>
    <message>
        <source>the key in %1 does not belong to ledger %2</source>
        <translation>die sleutel in %1 behoort nie aan grootboek %2 nie</translation>
    </message>
    <message>
        <source>ledger %1 is already initialised (%2)</source>
        <translation>grootboek %1 is reeds geïnisialiseer (%2)</translation>
    </message>
    <message>
        <source>another process initialised this ledger at the same time</source>
        <translation>&apos;n ander proses het hierdie grootboek terselfdertyd geïnisialiseer</translation>
    </message>
    <message>
        <source>the ledger has not been initialised; there is nothing to import a key for</source>
        <translation>die grootboek is nie geïnisialiseer nie; daar is niks om &apos;n sleutel voor in te voer nie</translation>
    </message>
</context>
<context>
    <name>imali::Listener</name>
    <message>
        <source>the listener is already running</source>
        <translation>die luisteraar loop reeds</translation>
    </message>
    <message>
        <source>the listener thread did not start</source>
        <translation>die luisteraardraad het nie begin nie</translation>
    </message>
    <message>
        <source>the processing thread did not start</source>
        <translation>die verwerkingsdraad het nie begin nie</translation>
    </message>
</context>
<context>
    <name>imali::ListenerConfig</name>
    <message>
        <source>IMALI_ITN_LISTEN must be address:port, such as 127.0.0.1:8000 (got &quot;%1&quot;)</source>
        <translation>IMALI_ITN_LISTEN moet adres:poort wees, soos 127.0.0.1:8000 (&quot;%1&quot; ontvang)</translation>
    </message>
    <message>
        <source>IMALI_ITN_ALLOWED_SOURCES: %1</source>
        <translation>IMALI_ITN_ALLOWED_SOURCES: %1</translation>
    </message>
    <message>
        <source>IMALI_TRUSTED_PROXIES: %1</source>
        <translation>IMALI_TRUSTED_PROXIES: %1</translation>
    </message>
</context>
<context>
    <name>imali::ListenerControls</name>
    <message>
        <source>Listener</source>
        <translation>Luisteraar</translation>
    </message>
    <message>
        <source>Start listener</source>
        <translation>Begin luisteraar</translation>
    </message>
    <message>
        <source>Start tunnel</source>
        <translation>Begin tonnel</translation>
    </message>
    <message>
        <source>Run a %1 quick tunnel so PayFast can reach this desktop</source>
        <translation>Laat &apos;n %1-vinnige tonnel loop sodat PayFast hierdie rekenaar kan bereik</translation>
    </message>
    <message>
        <source>Install cloudflared or ngrok to run a tunnel from here</source>
        <translation>Installeer cloudflared of ngrok om van hier af &apos;n tonnel te laat loop</translation>
    </message>
    <message>
        <source>Tunnel: %1.</source>
        <translation>Tonnel: %1.</translation>
    </message>
    <message>
        <source>%1 reaches the listener.</source>
        <translation>%1 bereik die luisteraar.</translation>
    </message>
    <message>
        <source>%1 does not reach the listener (%2): PayFast can&apos;t reach you.</source>
        <translation>%1 bereik nie die luisteraar nie (%2): PayFast kan jou nie bereik nie.</translation>
    </message>
    <message>
        <source>no ITN yet</source>
        <translation>nog geen ITN nie</translation>
    </message>
    <message>
        <source>last ITN just now</source>
        <translation>laaste ITN sopas</translation>
    </message>
    <message>
        <source>last ITN %1 min ago</source>
        <translation>laaste ITN %1 min gelede</translation>
    </message>
    <message>
        <source>last ITN %1 h ago</source>
        <translation>laaste ITN %1 h gelede</translation>
    </message>
    <message>
        <source>last ITN %1 days ago</source>
        <translation>laaste ITN %1 dae gelede</translation>
    </message>
    <message>
        <source>The listener could not start (%1): PayFast&apos;s payment notifications are not received.</source>
        <translation>Die luisteraar kon nie begin nie (%1): PayFast se betalingskennisgewings word nie ontvang nie.</translation>
    </message>
    <message>
        <source>The listener is stopped: PayFast&apos;s payment notifications are not received.</source>
        <translation>Die luisteraar is gestop: PayFast se betalingskennisgewings word nie ontvang nie.</translation>
    </message>
    <message>
        <source>PayFast settings are incomplete: %1</source>
        <translation>PayFast-instellings is onvolledig: %1</translation>
    </message>
    <message>
        <source>No public URL is set: PayFast can&apos;t reach this desktop (Settings, or start a tunnel).</source>
        <translation>Geen openbare URL is gestel nie: PayFast kan hierdie rekenaar nie bereik nie (Instellings, of begin &apos;n tonnel).</translation>
    </message>
    <message>
        <source>PayFast can&apos;t reach %1: %2</source>
        <translation>PayFast kan %1 nie bereik nie: %2</translation>
    </message>
    <message>
        <source>Stop listener</source>
        <translation>Stop luisteraar</translation>
    </message>
    <message>
        <source>Stop tunnel</source>
        <translation>Stop tonnel</translation>
    </message>
    <message>
        <source>Stop receiving PayFast&apos;s payment notifications</source>
        <translation>Hou op om PayFast se betalingskennisgewings te ontvang</translation>
    </message>
    <message>
        <source>Receive PayFast&apos;s payment notifications on this desktop</source>
        <translation>Ontvang PayFast se betalingskennisgewings op hierdie rekenaar</translation>
    </message>
    <message>
        <source>%1 ledger</source>
        <translation>%1-grootboek</translation>
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
        <source>public URL %1</source>
        <translation>openbare URL %1</translation>
    </message>
    <message>
        <source>no public URL</source>
        <translation>geen openbare URL nie</translation>
    </message>
    <message>
        <source>Validly signed ITNs were refused for their sender (see Notifications).</source>
        <translation>Geldig ondertekende ITN&apos;s is weens hul sender geweier (sien Kennisgewings).</translation>
    </message>
    <message>
        <source>Tunnel starting…</source>
        <translation>Tonnel begin…</translation>
    </message>
    <message>
        <source>The tunnel&apos;s public URL is %1. Use it as this ledger&apos;s public URL?</source>
        <translation>Die tonnel se openbare URL is %1. Gebruik dit as hierdie grootboek se openbare URL?</translation>
    </message>
    <message>
        <source>A quick tunnel&apos;s hostname changes whenever it restarts.</source>
        <translation>&apos;n Vinnige tonnel se gasheernaam verander elke keer as dit herbegin.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment link(s) already sent use the current URL and stop working.</source>
        <translation>
            <numerusform>%n betaalskakel wat reeds gestuur is, gebruik die huidige URL en sal ophou werk.</numerusform>
            <numerusform>%n betaalskakels wat reeds gestuur is, gebruik die huidige URL en sal ophou werk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tonnel</translation>
    </message>
    <message>
        <source>The tunnel URL was not saved: %1</source>
        <translation>Die tonnel-URL is nie gestoor nie: %1</translation>
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
        <source>Reconcile</source>
        <translation>Rekonsilieer</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Verslae</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Kennisgewings</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellings</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>migration %1 (%2)</source>
        <translation>migrasie %1 (%2)</translation>
    </message>
    <message>
        <source>--steps must be at least 1</source>
        <translation>--steps moet minstens 1 wees</translation>
    </message>
    <message>
        <source>migration %1 (%2) has no down script</source>
        <translation>migrasie %1 (%2) het geen afskrip nie</translation>
    </message>
    <message>
        <source>rolling back migration %1 (%2)</source>
        <translation>rol migrasie %1 (%2) terug</translation>
    </message>
</context>
<context>
    <name>imali::Money</name>
    <message>
        <source>an amount is required</source>
        <translation>&apos;n bedrag word vereis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes &quot;.&quot; and &quot;,&quot;; use one decimal separator</source>
        <translation>&quot;%1&quot; meng &quot;.&quot; en &quot;,&quot;; gebruik een desimale skeier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal separator</source>
        <translation>&quot;%1&quot; het meer as een desimale skeier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: a separator followed by three digits could be a thousands group</source>
        <translation>&quot;%1&quot; is dubbelsinnig: &apos;n skeier gevolg deur drie syfers kan &apos;n duisendtal-groep wees</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have one or two decimals after the separator</source>
        <translation>&quot;%1&quot; moet een of twee desimale na die skeier hê</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; is nie &apos;n bedrag nie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is te groot</translation>
    </message>
</context>
<context>
    <name>imali::NotificationsModel</name>
    <message>
        <source>Stripe %1</source>
        <translation>Stripe %1</translation>
    </message>
    <message>
        <source>%1 (%2 attempts)</source>
        <translation>%1 (%2 pogings)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvang</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>Betalings-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroles</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Outcome / reason</source>
        <translation>Uitkoms / rede</translation>
    </message>
</context>
<context>
    <name>imali::NotificationsView</name>
    <message>
        <source>Notifications</source>
        <translation>Kennisgewings</translation>
    </message>
    <message>
        <source>Notification details</source>
        <translation>Kennisgewingbesonderhede</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Herspeel</translation>
    </message>
    <message>
        <source>Process the selected notification again: ask PayFast to confirm it and book it if it was not booked (a payment is never booked twice)</source>
        <translation>Verwerk die gekose kennisgewing weer: vra PayFast om dit te bevestig en boek dit as dit nie geboek is nie (&apos;n betaling word nooit twee keer geboek nie)</translation>
    </message>
    <message>
        <source>The notification log could not be read: %1</source>
        <translation>Die kennisgewinglog kon nie gelees word nie: %1</translation>
    </message>
    <message>
        <source>Notification %1: %2 %3, from %4, received %5 (UTC)</source>
        <translation>Kennisgewing %1: %2 %3, van %4, ontvang %5 (UTC)</translation>
    </message>
    <message>
        <source>Checks at the door: %1</source>
        <translation>Kontroles by die deur: %1</translation>
    </message>
    <message>
        <source>Processing: %1 after %2 attempt(s)</source>
        <translation>Verwerking: %1 na %2 poging(s)</translation>
    </message>
    <message>
        <source>Next attempt: %1 (UTC)</source>
        <translation>Volgende poging: %1 (UTC)</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>Geweier omdat: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Uitkoms: %1</translation>
    </message>
    <message>
        <source>Fields (signature and tokens redacted):</source>
        <translation>Velde (handtekening en tokens uitgewis):</translation>
    </message>
    <message>
        <source>  not available: %1</source>
        <translation>  nie beskikbaar nie: %1</translation>
    </message>
    <message>
        <source>Can&apos;t replay: %1</source>
        <translation>Kan nie herspeel nie: %1</translation>
    </message>
    <message numerus="yes">
        <source>PayFast may be sending from an address imali doesn&apos;t allow: %n validly signed notification(s) were refused for their sender (latest %1 %2 from %3 at %4 UTC). Check PayFast&apos;s published addresses and IMALI_ITN_ALLOWED_SOURCES / IMALI_TRUSTED_PROXIES, then ask PayFast to resend.</source>
        <translation>
            <numerusform>PayFast stuur dalk van &apos;n adres af wat imali nie toelaat nie: %n geldig ondertekende kennisgewing is weens sy sender geweier (jongste %1 %2 van %3 om %4 UTC). Gaan PayFast se gepubliseerde adresse en IMALI_ITN_ALLOWED_SOURCES / IMALI_TRUSTED_PROXIES na, en vra PayFast dan om weer te stuur.</numerusform>
            <numerusform>PayFast stuur dalk van &apos;n adres af wat imali nie toelaat nie: %n geldig ondertekende kennisgewings is weens hul sender geweier (jongste %1 %2 van %3 om %4 UTC). Gaan PayFast se gepubliseerde adresse en IMALI_ITN_ALLOWED_SOURCES / IMALI_TRUSTED_PROXIES na, en vra PayFast dan om weer te stuur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imali::PayFastApiClient</name>
    <message>
        <source>PayFast&apos;s API needs the passphrase: set PAYFAST_PASSPHRASE</source>
        <translation>PayFast se API het die wagfrase nodig: stel PAYFAST_PASSPHRASE</translation>
    </message>
    <message>
        <source>%1: PayFast could not be reached (%2); nothing was sent</source>
        <translation>%1: PayFast kon nie bereik word nie (%2); niks is gestuur nie</translation>
    </message>
    <message>
        <source>%1: PayFast did not answer in time (%2); whether it acted is not known</source>
        <translation>%1: PayFast het nie betyds geantwoord nie (%2); of dit opgetree het, is onbekend</translation>
    </message>
    <message>
        <source> (PayFast said: &quot;%1&quot;)</source>
        <translation> (PayFast het gesê: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: PayFast does not accept calls from this computer&apos;s internet address; add it to the allowed IP addresses in PayFast&apos;s integration settings%2</source>
        <translation>%1: PayFast aanvaar nie oproepe van hierdie rekenaar se internetadres nie; voeg dit by die toegelate IP-adresse in PayFast se integrasie-instellings%2</translation>
    </message>
    <message>
        <source>%1: PayFast does not know this merchant id; check PAYFAST_MERCHANT_ID%2</source>
        <translation>%1: PayFast ken nie hierdie handelaar-ID nie; gaan PAYFAST_MERCHANT_ID na%2</translation>
    </message>
    <message>
        <source>%1: PayFast refused the signature; PAYFAST_PASSPHRASE must equal the salt passphrase in PayFast&apos;s integration settings (and the merchant id must be yours)%2</source>
        <translation>%1: PayFast het die handtekening geweier; PAYFAST_PASSPHRASE moet gelyk wees aan die soutwagfrase in PayFast se integrasie-instellings (en die handelaar-ID moet joune wees)%2</translation>
    </message>
    <message>
        <source>%1: PayFast is limiting how often we may call; wait a minute and try again%2</source>
        <translation>%1: PayFast beperk hoe gereeld ons mag bel; wag &apos;n minuut en probeer weer%2</translation>
    </message>
    <message>
        <source>%1: PayFast refused the request%2</source>
        <translation>%1: PayFast het die versoek geweier%2</translation>
    </message>
    <message>
        <source>%1: PayFast has no such record, or this account may not use it%2</source>
        <translation>%1: PayFast het nie so &apos;n rekord nie, of hierdie rekening mag dit nie gebruik nie%2</translation>
    </message>
    <message>
        <source>%1: PayFast had a fault (HTTP %2); try again later%3</source>
        <translation>%1: PayFast het &apos;n fout gehad (HTTP %2); probeer later weer%3</translation>
    </message>
    <message>
        <source>%1: PayFast declined%2</source>
        <translation>%1: PayFast het geweier%2</translation>
    </message>
    <message>
        <source>%1: PayFast answered HTTP %2%3</source>
        <translation>%1: PayFast het HTTP %2 geantwoord%3</translation>
    </message>
</context>
<context>
    <name>imali::PayFastHistory</name>
    <message>
        <source>PayFast&apos;s transaction history has a layout this version does not know: no %1 column (columns: %2); nothing was compared</source>
        <translation>PayFast se transaksiegeskiedenis het &apos;n uitleg wat hierdie weergawe nie ken nie: geen %1-kolom nie (kolomme: %2); niks is vergelyk nie</translation>
    </message>
    <message>
        <source>line %1 of PayFast&apos;s history has %2 fields where the header has %3</source>
        <translation>reël %1 van PayFast se geskiedenis het %2 velde waar die opskrif %3 het</translation>
    </message>
    <message>
        <source>line %1 of PayFast&apos;s history has a date that is not YYYY-MM-DD</source>
        <translation>reël %1 van PayFast se geskiedenis het &apos;n datum wat nie JJJJ-MM-DD is nie</translation>
    </message>
    <message>
        <source>line %1 of PayFast&apos;s history has an amount that is not a plain decimal</source>
        <translation>reël %1 van PayFast se geskiedenis het &apos;n bedrag wat nie &apos;n gewone desimale getal is nie</translation>
    </message>
</context>
<context>
    <name>imali::PayFastProvider</name>
    <message>
        <source>PayFast is switched off (ENABLE_PAYFAST=false)</source>
        <translation>PayFast is afgeskakel (ENABLE_PAYFAST=false)</translation>
    </message>
    <message>
        <source>the PayFast merchant id must be a number of up to 8 digits (PAYFAST_MERCHANT_ID)</source>
        <translation>die PayFast-handelaar-ID moet &apos;n getal van hoogstens 8 syfers wees (PAYFAST_MERCHANT_ID)</translation>
    </message>
    <message>
        <source>the PayFast merchant key is missing: set PAYFAST_MERCHANT_KEY</source>
        <translation>die PayFast-handelaarsleutel ontbreek: stel PAYFAST_MERCHANT_KEY</translation>
    </message>
    <message>
        <source>a checkout amount cannot be negative</source>
        <translation>&apos;n afrekenbedrag kan nie negatief wees nie</translation>
    </message>
    <message>
        <source>there is nothing to pay: only a card-saving checkout with no invoice may be R 0.00</source>
        <translation>daar is niks om te betaal nie: slegs &apos;n kaartstoor-afrekening sonder faktuur mag R 0.00 wees</translation>
    </message>
    <message>
        <source>PayFast takes live payments of R 5.00 or more; this one is %1</source>
        <translation>PayFast neem lewendige betalings van R 5.00 of meer; hierdie een is %1</translation>
    </message>
    <message>
        <source>saving a card needs the PayFast passphrase: set PAYFAST_PASSPHRASE</source>
        <translation>om &apos;n kaart te stoor het die PayFast-wagfrase nodig: stel PAYFAST_PASSPHRASE</translation>
    </message>
    <message>
        <source>PayFast can only reach a public address: set the public URL first (imalictl settings set public_url https://…, or IMALI_PUBLIC_URL)</source>
        <translation>PayFast kan slegs &apos;n openbare adres bereik: stel eers die openbare URL (imalictl settings set public_url https://…, of IMALI_PUBLIC_URL)</translation>
    </message>
    <message>
        <source>PayFast needs an item name</source>
        <translation>PayFast het &apos;n itemnaam nodig</translation>
    </message>
    <message>
        <source>PayFast&apos;s %1 takes at most %2 characters; this one has %3</source>
        <translation>PayFast se %1 neem hoogstens %2 karakters; hierdie een het %3</translation>
    </message>
</context>
<context>
    <name>imali::PayFastRefundDialog</name>
    <message>
        <source>PayFast e-mails the &amp;buyer about the refund</source>
        <translation>PayFast e-pos die ko&amp;per oor die terugbetaling</translation>
    </message>
    <message>
        <source>PayFast pays this refund into the buyer&apos;s bank account</source>
        <translation>PayFast betaal hierdie terugbetaling in die koper se bankrekening</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>Te&amp;rugbetaal…</translation>
    </message>
    <message>
        <source>Refund through PayFast</source>
        <translation>Terugbetaal deur PayFast</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Bedrag om terug te betaal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Why the money goes back (3 to 255 characters)</source>
        <translation>Waarom die geld teruggaan (3 tot 255 karakters)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Tjek</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Spaar</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>Rekening&amp;houer:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>Ta&amp;kkode:</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>Rekening&amp;nommer:</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>Rekening&amp;tipe:</translation>
    </message>
    <message>
        <source>&amp;Amount (R):</source>
        <translation>Be&amp;drag (R):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;ede:</translation>
    </message>
    <message>
        <source>PayFast payment %1</source>
        <translation>PayFast-betaling %1</translation>
    </message>
    <message>
        <source>%1 (PayFast %2)</source>
        <translation>%1 (PayFast %2)</translation>
    </message>
    <message>
        <source>Can&apos;t ask PayFast: %1</source>
        <translation>Kan nie vir PayFast vra nie: %1</translation>
    </message>
    <message>
        <source>Asking PayFast what can be refunded…</source>
        <translation>Vra PayFast wat terugbetaal kan word…</translation>
    </message>
    <message>
        <source>PayFast could not be asked: %1</source>
        <translation>PayFast kon nie gevra word nie: %1</translation>
    </message>
    <message>
        <source>back to the card or account the buyer paid with</source>
        <translation>terug na die kaart of rekening waarmee die koper betaal het</translation>
    </message>
    <message>
        <source>into the buyer&apos;s bank account (bank details needed)</source>
        <translation>in die koper se bankrekening (bankbesonderhede nodig)</translation>
    </message>
    <message>
        <source>not available for this payment</source>
        <translation>nie beskikbaar vir hierdie betaling nie</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nie gesê nie</translation>
    </message>
    <message>
        <source>Paid: %1; refunded so far: %2; refundable in the books: %3.</source>
        <translation>Betaal: %1; tot dusver terugbetaal: %2; terugbetaalbaar volgens die boeke: %3.</translation>
    </message>
    <message>
        <source>Available at PayFast: %1.</source>
        <translation>Beskikbaar by PayFast: %1.</translation>
    </message>
    <message>
        <source>Refund method: %1.</source>
        <translation>Terugbetalingsmetode: %1.</translation>
    </message>
    <message>
        <source>Banks PayFast pays into: %1.</source>
        <translation>Banke waarin PayFast betaal: %1.</translation>
    </message>
    <message>
        <source>PayFast says: %1</source>
        <translation>PayFast sê: %1</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation>die koper</translation>
    </message>
    <message>
        <source>Refund %1 of payment %2 to %3? This cannot be undone.</source>
        <translation>Betaal %1 van betaling %2 terug aan %3? Dit kan nie ongedaan gemaak word nie.</translation>
    </message>
    <message>
        <source>Sending the refund to PayFast…</source>
        <translation>Stuur die terugbetaling na PayFast…</translation>
    </message>
    <message>
        <source>Not refunded: %1</source>
        <translation>Nie terugbetaal nie: %1</translation>
    </message>
    <message>
        <source>PayFast refunded %1.</source>
        <translation>PayFast het %1 terugbetaal.</translation>
    </message>
    <message>
        <source>The refund of %1 is %2: PayFast did not answer yet, and the books hold it against the payment until it does.</source>
        <translation>Die terugbetaling van %1 is %2: PayFast het nog nie geantwoord nie, en die boeke hou dit teen die betaling totdat dit antwoord.</translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation>Kredietnota %1 uitgereik.</translation>
    </message>
</context>
<context>
    <name>imali::PayFastRefunds</name>
    <message>
        <source>transaction %1 is not a PayFast payment</source>
        <translation>transaksie %1 is nie &apos;n PayFast-betaling nie</translation>
    </message>
    <message>
        <source>refund query</source>
        <translation>terugbetalingsnavraag</translation>
    </message>
    <message>
        <source>a refund must be more than R 0.00</source>
        <translation>&apos;n terugbetaling moet meer as R 0.00 wees</translation>
    </message>
    <message>
        <source>a refund needs a reason of 3 to 255 characters</source>
        <translation>&apos;n terugbetaling het &apos;n rede van 3 tot 255 karakters nodig</translation>
    </message>
    <message>
        <source>%1 would refund more than was paid: %2 was paid and %3 is already refunded</source>
        <translation>%1 sou meer terugbetaal as wat betaal is: %2 is betaal en %3 is reeds terugbetaal</translation>
    </message>
    <message>
        <source>PayFast pays this refund out by bank: give the buyer&apos;s bank details (holder, bank, branch code, account number, account type)</source>
        <translation>PayFast betaal hierdie terugbetaling per bank uit: gee die koper se bankbesonderhede (houer, bank, takkode, rekeningnommer, rekeningtipe)</translation>
    </message>
    <message>
        <source>transaction %1 is not a completed payment</source>
        <translation>transaksie %1 is nie &apos;n voltooide betaling nie</translation>
    </message>
    <message>
        <source>transaction %1 was not paid through PayFast</source>
        <translation>transaksie %1 is nie deur PayFast betaal nie</translation>
    </message>
    <message>
        <source>transaction %1 belongs to the other environment</source>
        <translation>transaksie %1 behoort aan die ander omgewing</translation>
    </message>
    <message>
        <source>%1 reserved for a PayFast refund of payment %2; buyer notified: %3%4</source>
        <translation>%1 gereserveer vir &apos;n PayFast-terugbetaling van betaling %2; koper in kennis gestel: %3%4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>; paid out by bank</source>
        <translation>; per bank uitbetaal</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>terugbetaling</translation>
    </message>
    <message>
        <source>%1. The refund (transaction %2) is held as unknown and still counts against the payment; the next reconciliation asks PayFast and settles it</source>
        <translation>%1. Die terugbetaling (transaksie %2) word as onbekend gehou en tel steeds teen die betaling; die volgende rekonsiliasie vra PayFast en handel dit af</translation>
    </message>
    <message>
        <source>refund %1 is no longer waiting for PayFast</source>
        <translation>terugbetaling %1 wag nie meer op PayFast nie</translation>
    </message>
    <message>
        <source>PayFast confirmed the refund%1</source>
        <translation>PayFast het die terugbetaling bevestig%1</translation>
    </message>
    <message>
        <source>%1 refunded through PayFast as transaction %2</source>
        <translation>%1 deur PayFast terugbetaal as transaksie %2</translation>
    </message>
    <message>
        <source>transaction %1 is not a PayFast refund of unknown outcome</source>
        <translation>transaksie %1 is nie &apos;n PayFast-terugbetaling met onbekende uitkoms nie</translation>
    </message>
    <message>
        <source>refund status</source>
        <translation>terugbetalingstatus</translation>
    </message>
    <message>
        <source>confirmed by a refund query</source>
        <translation>deur &apos;n terugbetalingsnavraag bevestig</translation>
    </message>
    <message>
        <source>PayFast has no record of this refund</source>
        <translation>PayFast het geen rekord van hierdie terugbetaling nie</translation>
    </message>
</context>
<context>
    <name>imali::PayFastSettings</name>
    <message>
        <source>the PayFast passphrase may only hold letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;/&quot;</source>
        <translation>die PayFast-wagfrase mag slegs letters, syfers, &quot;-&quot;, &quot;_&quot; en &quot;/&quot; bevat</translation>
    </message>
    <message>
        <source>the PayFast passphrase is too long</source>
        <translation>die PayFast-wagfrase is te lank</translation>
    </message>
    <message>
        <source>the PayFast merchant id must be a number of up to 8 digits (set PAYFAST_MERCHANT_ID or imalictl settings set payfast_merchant_id)</source>
        <translation>die PayFast-handelaar-ID moet &apos;n getal van hoogstens 8 syfers wees (stel PAYFAST_MERCHANT_ID of imalictl settings set payfast_merchant_id)</translation>
    </message>
    <message>
        <source>the PayFast merchant key is missing: set PAYFAST_MERCHANT_KEY</source>
        <translation>die PayFast-handelaarsleutel ontbreek: stel PAYFAST_MERCHANT_KEY</translation>
    </message>
    <message>
        <source>a live ledger needs the PayFast passphrase: set PAYFAST_PASSPHRASE</source>
        <translation>&apos;n lewendige grootboek het die PayFast-wagfrase nodig: stel PAYFAST_PASSPHRASE</translation>
    </message>
    <message>
        <source>IMALI_PUBLIC_URL must be an http(s) base URL such as https://pay.myshop.co.za</source>
        <translation>IMALI_PUBLIC_URL moet &apos;n http(s)-basis-URL wees soos https://pay.myshop.co.za</translation>
    </message>
    <message>
        <source>a live ledger&apos;s public URL must use https</source>
        <translation>&apos;n lewendige grootboek se openbare URL moet https gebruik</translation>
    </message>
    <message>
        <source>%1 is refused on a live ledger: live payments only go to PayFast</source>
        <translation>%1 word op &apos;n lewendige grootboek geweier: lewendige betalings gaan slegs na PayFast</translation>
    </message>
    <message>
        <source>PAYFAST_SERVER_CONFIRMATION cannot be switched off on a live ledger</source>
        <translation>PAYFAST_SERVER_CONFIRMATION kan nie op &apos;n lewendige grootboek afgeskakel word nie</translation>
    </message>
</context>
<context>
    <name>imali::PaymentBooking</name>
    <message>
        <source>Card saved %1</source>
        <translation>Kaart gestoor %1</translation>
    </message>
    <message>
        <source>late PENDING ignored: the payment is complete</source>
        <translation>laat PENDING geïgnoreer: die betaling is voltooi</translation>
    </message>
    <message>
        <source>duplicate PENDING</source>
        <translation>duplikaat PENDING</translation>
    </message>
    <message>
        <source>recorded as pending</source>
        <translation>as hangend aangeteken</translation>
    </message>
    <message>
        <source>%1 reported the payment pending</source>
        <translation>%1 het die betaling as hangend aangemeld</translation>
    </message>
    <message>
        <source>%1 reported the payment failed</source>
        <translation>%1 het die betaling as misluk aangemeld</translation>
    </message>
    <message>
        <source>FAILED ignored: the payment is complete</source>
        <translation>FAILED geïgnoreer: die betaling is voltooi</translation>
    </message>
    <message>
        <source>checkout marked failed; the invoice stays open</source>
        <translation>afrekening as misluk gemerk; die faktuur bly oop</translation>
    </message>
    <message>
        <source>CANCELLED without a token: nothing to do</source>
        <translation>CANCELLED sonder &apos;n token: niks om te doen nie</translation>
    </message>
    <message>
        <source>saved card removed</source>
        <translation>gestoorde kaart verwyder</translation>
    </message>
    <message>
        <source>no active saved card for that token</source>
        <translation>geen aktiewe gestoorde kaart vir daardie token nie</translation>
    </message>
    <message>
        <source>status %1 is not one PayFast documents; nothing booked</source>
        <translation>status %1 is nie een wat PayFast dokumenteer nie; niks geboek nie</translation>
    </message>
    <message>
        <source>duplicate: already booked as transaction %1</source>
        <translation>duplikaat: reeds geboek as transaksie %1</translation>
    </message>
    <message>
        <source>R 0.00 COMPLETE without a token: nothing to book or save</source>
        <translation>R 0.00 COMPLETE sonder &apos;n token: niks om te boek of te stoor nie</translation>
    </message>
    <message>
        <source>R 0.00 COMPLETE with a token, but not for a customer of ours: no card saved</source>
        <translation>R 0.00 COMPLETE met &apos;n token, maar nie vir een van ons kliënte nie: geen kaart gestoor nie</translation>
    </message>
    <message>
        <source>card saved; no money moved</source>
        <translation>kaart gestoor; geen geld het beweeg nie</translation>
    </message>
    <message>
        <source>unknown m_payment_id</source>
        <translation>onbekende m_payment_id</translation>
    </message>
    <message>
        <source>checkout has no invoice</source>
        <translation>afrekening het geen faktuur nie</translation>
    </message>
    <message>
        <source>invoice %1 is void</source>
        <translation>faktuur %1 is gekanselleer</translation>
    </message>
    <message>
        <source>invoice %1 is already %2</source>
        <translation>faktuur %1 is reeds %2</translation>
    </message>
    <message>
        <source>underpaid: %1 received, %2 due</source>
        <translation>onderbetaal: %1 ontvang, %2 verskuldig</translation>
    </message>
    <message>
        <source>overpaid: %1 received, %2 due</source>
        <translation>oorbetaal: %1 ontvang, %2 verskuldig</translation>
    </message>
    <message>
        <source>another listener booked this payment at the same moment</source>
        <translation>&apos;n ander luisteraar het hierdie betaling op dieselfde oomblik geboek</translation>
    </message>
    <message>
        <source>%1 confirmed %2 (fee %3, net %4)</source>
        <translation>%1 het %2 bevestig (fooi %3, netto %4)</translation>
    </message>
    <message>
        <source>gross, fee and net do not add up</source>
        <translation>bruto, fooi en netto tel nie op nie</translation>
    </message>
    <message>
        <source>booked and settled invoice %1</source>
        <translation>geboek en faktuur %1 vereffen</translation>
    </message>
    <message>
        <source>booked as unallocated: %1</source>
        <translation>geboek as nie toegeken nie: %1</translation>
    </message>
    <message>
        <source>a refund needs its id, the payment it refunds and an amount above R 0.00</source>
        <translation>&apos;n terugbetaling het sy ID, die betaling wat dit terugbetaal en &apos;n bedrag bo R 0.00 nodig</translation>
    </message>
    <message>
        <source>duplicate: refund already booked as transaction %1</source>
        <translation>duplikaat: terugbetaling reeds geboek as transaksie %1</translation>
    </message>
    <message>
        <source>the payment %1 it refunds is not booked yet</source>
        <translation>die betaling %1 wat dit terugbetaal, is nog nie geboek nie</translation>
    </message>
    <message>
        <source>the payment %1 it refunds is not complete yet</source>
        <translation>die betaling %1 wat dit terugbetaal, is nog nie voltooi nie</translation>
    </message>
    <message>
        <source>refund %1 of %2 not booked: with %3 already refunded it would exceed the %4 paid</source>
        <translation>terugbetaling %1 van %2 nie geboek nie: met %3 reeds terugbetaal sou dit die %4 betaal oorskry</translation>
    </message>
    <message>
        <source>refunded through %1</source>
        <translation>terugbetaal deur %1</translation>
    </message>
    <message>
        <source>refunded through %1: %2</source>
        <translation>terugbetaal deur %1: %2</translation>
    </message>
    <message>
        <source>another listener booked this refund at the same moment</source>
        <translation>&apos;n ander luisteraar het hierdie terugbetaling op dieselfde oomblik geboek</translation>
    </message>
    <message>
        <source>%1 refunded as transaction %2</source>
        <translation>%1 terugbetaal as transaksie %2</translation>
    </message>
    <message>
        <source>refund booked on invoice %1 with credit note %2</source>
        <translation>terugbetaling op faktuur %1 geboek met kredietnota %2</translation>
    </message>
    <message>
        <source>refund of unallocated money booked</source>
        <translation>terugbetaling van nie-toegekende geld geboek</translation>
    </message>
    <message>
        <source>duplicate: another listener booked this refund</source>
        <translation>duplikaat: &apos;n ander luisteraar het hierdie terugbetaling geboek</translation>
    </message>
    <message>
        <source>there is no transaction %1</source>
        <translation>daar is geen transaksie %1 nie</translation>
    </message>
    <message>
        <source>transaction %1 is not an unallocated payment</source>
        <translation>transaksie %1 is nie &apos;n nie-toegekende betaling nie</translation>
    </message>
    <message>
        <source>transaction %1 is marked for refund; clear the mark before allocating it</source>
        <translation>transaksie %1 is vir terugbetaling gemerk; verwyder die merk voordat jy dit toeken</translation>
    </message>
    <message>
        <source>invoice %1 is %2; money can only be allocated to an open invoice</source>
        <translation>faktuur %1 is %2; geld kan slegs aan &apos;n oop faktuur toegeken word</translation>
    </message>
    <message>
        <source>%1 is more than the balance of %2 on invoice %3; refund the difference first</source>
        <translation>%1 is meer as die saldo van %2 op faktuur %3; betaal eers die verskil terug</translation>
    </message>
    <message>
        <source>allocated to %1 (was: %2)</source>
        <translation>toegeken aan %1 (was: %2)</translation>
    </message>
</context>
<context>
    <name>imali::PaymentLinkPanel</name>
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
        <translation>&amp;Maak oop in blaaier</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-pos…</translation>
    </message>
    <message>
        <source>&amp;WhatsApp…</source>
        <translation>&amp;WhatsApp…</translation>
    </message>
</context>
<context>
    <name>imali::PaymentPage</name>
    <message>
        <source>This payment link is not valid</source>
        <translation>Hierdie betaalskakel is nie geldig nie</translation>
    </message>
    <message>
        <source>Please ask the business for a new link.</source>
        <translation>Vra asseblief die besigheid vir &apos;n nuwe skakel.</translation>
    </message>
    <message>
        <source>This payment link has expired</source>
        <translation>Hierdie betaalskakel het verval</translation>
    </message>
    <message>
        <source>This payment link is closed</source>
        <translation>Hierdie betaalskakel is gesluit</translation>
    </message>
    <message>
        <source>This invoice has been paid</source>
        <translation>Hierdie faktuur is betaal</translation>
    </message>
    <message>
        <source>Thank you. Nothing more is due on this link.</source>
        <translation>Dankie. Niks meer is op hierdie skakel verskuldig nie.</translation>
    </message>
    <message>
        <source>This payment is handled by the card processor</source>
        <translation>Hierdie betaling word deur die kaartverwerker hanteer</translation>
    </message>
    <message>
        <source>If you have just paid, thank you: the business will see your payment shortly. Otherwise, please use the payment link the business sent you.</source>
        <translation>As jy pas betaal het, dankie: die besigheid sal jou betaling binnekort sien. Gebruik andersins asseblief die betaalskakel wat die besigheid vir jou gestuur het.</translation>
    </message>
    <message>
        <source>Invoice %1: %2 due.</source>
        <translation>Faktuur %1: %2 verskuldig.</translation>
    </message>
    <message>
        <source>Pay %1 with PayFast</source>
        <translation>Betaal %1 met PayFast</translation>
    </message>
    <message>
        <source>Pay invoice %1</source>
        <translation>Betaal faktuur %1</translation>
    </message>
</context>
<context>
    <name>imali::PaymentQuery</name>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>onbekende status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>onbekende verskaffer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>onbekende metode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the date range ends before it starts</source>
        <translation>die datumreeks eindig voordat dit begin</translation>
    </message>
    <message>
        <source>there is no transaction %1</source>
        <translation>daar is geen transaksie %1 nie</translation>
    </message>
</context>
<context>
    <name>imali::Payments</name>
    <message>
        <source>there is no transaction %1</source>
        <translation>daar is geen transaksie %1 nie</translation>
    </message>
    <message>
        <source>a payment must be more than R 0.00</source>
        <translation>&apos;n betaling moet meer as R 0.00 wees</translation>
    </message>
    <message>
        <source>the method must be cash, eft or card</source>
        <translation>die metode moet cash, eft of card wees</translation>
    </message>
    <message>
        <source>the reference is too long (at most 200 characters)</source>
        <translation>die verwysing is te lank (hoogstens 200 karakters)</translation>
    </message>
    <message>
        <source>invoice %1 is %2; payments are taken on open invoices only</source>
        <translation>faktuur %1 is %2; betalings word slegs op oop fakture geneem</translation>
    </message>
    <message>
        <source>%1 is more than the balance of %2 on invoice %3</source>
        <translation>%1 is meer as die saldo van %2 op faktuur %3</translation>
    </message>
    <message>
        <source>nothing remains to write off: the payment settles the invoice</source>
        <translation>niks bly oor om af te skryf nie: die betaling vereffen die faktuur</translation>
    </message>
    <message>
        <source>%1 payment of %2</source>
        <translation>%1-betaling van %2</translation>
    </message>
    <message>
        <source>a refund must be more than R 0.00</source>
        <translation>&apos;n terugbetaling moet meer as R 0.00 wees</translation>
    </message>
    <message>
        <source>a refund needs a reason of 3 to 255 characters</source>
        <translation>&apos;n terugbetaling het &apos;n rede van 3 tot 255 karakters nodig</translation>
    </message>
    <message>
        <source>transaction %1 is not a completed payment</source>
        <translation>transaksie %1 is nie &apos;n voltooide betaling nie</translation>
    </message>
    <message>
        <source>transaction %1 was paid through %2; refund it through %2, not by hand</source>
        <translation>transaksie %1 is deur %2 betaal; betaal dit deur %2 terug, nie met die hand nie</translation>
    </message>
    <message>
        <source>%1 would refund more than was paid: %2 was paid and %3 is already refunded</source>
        <translation>%1 sou meer terugbetaal as wat betaal is: %2 is betaal en %3 is reeds terugbetaal</translation>
    </message>
    <message>
        <source>%1 refunded as transaction %2</source>
        <translation>%1 terugbetaal as transaksie %2</translation>
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
        <translation>Teken &apos;n kontant-, EFT- of kaartmasjienbetaling aan (Ctrl+N)</translation>
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
        <translation>Kies &apos;n betaling om sy bedrae, geskiedenis en kennisgewings te sien.</translation>
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
    <message>
        <source>Refund through PayF&amp;ast…</source>
        <translation>Terugbetaal deur &amp;PayFast…</translation>
    </message>
    <message>
        <source>Refund through PayFast</source>
        <translation>Terugbetaal deur PayFast</translation>
    </message>
    <message>
        <source>Give money back to the buyer through PayFast for the selected PayFast payment</source>
        <translation>Gee geld deur PayFast terug aan die koper vir die gekose PayFast-betaling</translation>
    </message>
</context>
<context>
    <name>imali::PdfFile</name>
    <message>
        <source>could not write %1: %2</source>
        <translation>kon nie %1 skryf nie: %2</translation>
    </message>
    <message>
        <source>could not start the PDF %1</source>
        <translation>kon nie die PDF %1 begin nie</translation>
    </message>
    <message>
        <source>could not start a new page in %1</source>
        <translation>kon nie &apos;n nuwe bladsy in %1 begin nie</translation>
    </message>
    <message>
        <source>the PDF %1 was not started</source>
        <translation>die PDF %1 is nie begin nie</translation>
    </message>
</context>
<context>
    <name>imali::PdfReportSink</name>
    <message>
        <source>the report has more than %1 rows, too many for a PDF; choose a shorter period, or export it as CSV</source>
        <translation>die verslag het meer as %1 rye, te veel vir &apos;n PDF; kies &apos;n korter tydperk, of voer dit as CSV uit</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>Geen rekords in hierdie tydperk nie.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Rows: %1.</source>
        <translation>Rye: %1.</translation>
    </message>
    <message>
        <source>Totals are of the daily rows; each month&apos;s row (shaded) repeats its days&apos; figures.</source>
        <translation>Totale is van die daaglikse rye; elke maand se ry (geskadu) herhaal sy dae se syfers.</translation>
    </message>
    <message>
        <source>Refunds are negative, so each column sums to what stayed. Amounts in rand (ZAR).</source>
        <translation>Terugbetalings is negatief, so elke kolom tel op tot wat gebly het. Bedrae in rand (ZAR).</translation>
    </message>
    <message>
        <source>Audit chain head: entry #%1, HMAC-SHA256 %2</source>
        <translation>Ouditkettingkop: inskrywing #%1, HMAC-SHA256 %2</translation>
    </message>
    <message>
        <source>as of %1 (end of the day, Africa/Johannesburg)</source>
        <translation>op %1 (einde van die dag, Africa/Johannesburg)</translation>
    </message>
    <message>
        <source>%1 to %2 (Africa/Johannesburg days, both included)</source>
        <translation>%1 tot %2 (Africa/Johannesburg-dae, albei ingesluit)</translation>
    </message>
    <message>
        <source>Ledger %1, environment: %2</source>
        <translation>Grootboek %1, omgewing: %2</translation>
    </message>
    <message>
        <source>SANDBOX: test payments only, no real money</source>
        <translation>SANDPUT: slegs toetsbetalings, geen regte geld nie</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Grondslag: %1</translation>
    </message>
    <message>
        <source>Generated %1 by imali</source>
        <translation>Op %1 deur imali gegenereer</translation>
    </message>
    <message>
        <source>imali · %1 · %2 · %3 · audit chain head #%4 %5…</source>
        <translation>imali · %1 · %2 · %3 · ouditkettingkop #%4 %5…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Bladsy %1</translation>
    </message>
</context>
<context>
    <name>imali::PostgresDatabase</name>
    <message>
        <source>could not connect to %1</source>
        <translation>kon nie aan %1 koppel nie</translation>
    </message>
    <message>
        <source>could not configure the session</source>
        <translation>kon nie die sessie opstel nie</translation>
    </message>
    <message>
        <source>%1 failed: could not run %2 (is the PostgreSQL client installed?)</source>
        <translation>%1 het misluk: kon nie %2 uitvoer nie (is die PostgreSQL-kliënt geïnstalleer?)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 het misluk: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup</source>
        <translation>%1 bestaan reeds; kies &apos;n nuwe lêer vir die rugsteun</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>die rugsteun</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>die herstel</translation>
    </message>
</context>
<context>
    <name>imali::ProviderCheckouts</name>
    <message>
        <source>the provider must be payfast or stripe</source>
        <translation>die verskaffer moet payfast of stripe wees</translation>
    </message>
</context>
<context>
    <name>imali::Quantity</name>
    <message>
        <source>quantity &quot;%1&quot; must be a number with at most three decimals</source>
        <translation>hoeveelheid &quot;%1&quot; moet &apos;n getal met hoogstens drie desimale wees</translation>
    </message>
    <message>
        <source>quantity must be more than zero</source>
        <translation>hoeveelheid moet meer as nul wees</translation>
    </message>
    <message>
        <source>quantity &quot;%1&quot; is too large</source>
        <translation>hoeveelheid &quot;%1&quot; is te groot</translation>
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
    <name>imali::ReconcileView</name>
    <message>
        <source>Missing from the books</source>
        <translation>Ontbreek in die boeke</translation>
    </message>
    <message>
        <source>Unknown to PayFast</source>
        <translation>Onbekend by PayFast</translation>
    </message>
    <message>
        <source>Amounts differ</source>
        <translation>Bedrae verskil</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Voer uit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Kanselleer</translation>
    </message>
    <message>
        <source>&amp;Book this payment…</source>
        <translation>&amp;Boek hierdie betaling…</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Vanaf dag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Tot dag</translation>
    </message>
    <message>
        <source>Choose the days and press Run to compare the books with PayFast&apos;s history.</source>
        <translation>Kies die dae en druk Voer uit om die boeke met PayFast se geskiedenis te vergelyk.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verskille</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verskil</translation>
    </message>
    <message>
        <source>PayFast id</source>
        <translation>PayFast-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Besonderhede</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Can&apos;t ask PayFast: %1</source>
        <translation>Kan nie vir PayFast vra nie: %1</translation>
    </message>
    <message>
        <source>Fetched %1 page(s), %2 row(s) of PayFast&apos;s history…</source>
        <translation>%1 bladsy(e), %2 ry(e) van PayFast se geskiedenis gehaal…</translation>
    </message>
    <message>
        <source>Asking PayFast for its history…</source>
        <translation>Vra PayFast vir sy geskiedenis…</translation>
    </message>
    <message>
        <source>Not reconciled: %1</source>
        <translation>Nie gerekonsilieer nie: %1</translation>
    </message>
    <message>
        <source>%1 to %2: PayFast has %3 payment(s), the books %4; %5 agree, %6 difference(s).</source>
        <translation>%1 tot %2: PayFast het %3 betaling(s), die boeke %4; %5 stem ooreen, %6 verskil(le).</translation>
    </message>
    <message>
        <source>Book a payment</source>
        <translation>Boek &apos;n betaling</translation>
    </message>
    <message>
        <source>Book PayFast payment %1 of %2 (%3) into the books? It is booked as its late ITN would be.</source>
        <translation>Boek PayFast-betaling %1 van %2 (%3) in die boeke? Dit word geboek soos sy laat ITN dit sou boek.</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Nie geboek nie: %1</translation>
    </message>
    <message>
        <source>PayFast payment %1: %2.</source>
        <translation>PayFast-betaling %1: %2.</translation>
    </message>
</context>
<context>
    <name>imali::Reconciliation</name>
    <message>
        <source>a reconciliation is already running</source>
        <translation>&apos;n rekonsiliasie loop reeds</translation>
    </message>
    <message>
        <source>a reconciliation needs a first and a last day (YYYY-MM-DD)</source>
        <translation>&apos;n rekonsiliasie het &apos;n eerste en &apos;n laaste dag nodig (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>the first day %1 is after the last day %2</source>
        <translation>die eerste dag %1 is na die laaste dag %2</translation>
    </message>
    <message>
        <source>a reconciliation covers at most %1 days; split the period</source>
        <translation>&apos;n rekonsiliasie dek hoogstens %1 dae; verdeel die tydperk</translation>
    </message>
    <message>
        <source>the reconciliation was cancelled; nothing was recorded</source>
        <translation>die rekonsiliasie is gekanselleer; niks is aangeteken nie</translation>
    </message>
    <message>
        <source>fetching PayFast&apos;s transaction history</source>
        <translation>haal PayFast se transaksiegeskiedenis</translation>
    </message>
    <message>
        <source>PayFast received %1 (fee %2) on %3 for %4; the ledger has no completed payment %5</source>
        <translation>PayFast het %1 (fooi %2) op %3 vir %4 ontvang; die grootboek het geen voltooide betaling %5 nie</translation>
    </message>
    <message>
        <source>no m_payment_id</source>
        <translation>geen m_payment_id nie</translation>
    </message>
    <message>
        <source>gross %1 at PayFast, %2 in the ledger</source>
        <translation>bruto %1 by PayFast, %2 in die grootboek</translation>
    </message>
    <message>
        <source>fee %1 at PayFast, %2 in the ledger</source>
        <translation>fooi %1 by PayFast, %2 in die grootboek</translation>
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation>betaling %1: %2</translation>
    </message>
    <message>
        <source>the ledger has PayFast payment %1 of %2 (transaction %3, %4); PayFast&apos;s history for the period does not</source>
        <translation>die grootboek het PayFast-betaling %1 van %2 (transaksie %3, %4); PayFast se geskiedenis vir die tydperk nie</translation>
    </message>
    <message>
        <source>refund %1 is still unknown: %2</source>
        <translation>terugbetaling %1 is steeds onbekend: %2</translation>
    </message>
    <message>
        <source>only a payment PayFast received can be booked</source>
        <translation>slegs &apos;n betaling wat PayFast ontvang het, kan geboek word</translation>
    </message>
    <message>
        <source>booked from PayFast&apos;s transaction history (%1)</source>
        <translation>uit PayFast se transaksiegeskiedenis geboek (%1)</translation>
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
        <translation>merk vir terugbetaling het &apos;n rede van 3 tot 255 karakters nodig</translation>
    </message>
    <message>
        <source>there is no transaction %1</source>
        <translation>daar is geen transaksie %1 nie</translation>
    </message>
    <message>
        <source>transaction %1 is not an unallocated payment</source>
        <translation>transaksie %1 is nie &apos;n nie-toegekende betaling nie</translation>
    </message>
    <message>
        <source>transaction %1 is already marked for refund</source>
        <translation>transaksie %1 is reeds vir terugbetaling gemerk</translation>
    </message>
    <message>
        <source>transaction %1 is not marked for refund</source>
        <translation>transaksie %1 is nie vir terugbetaling gemerk nie</translation>
    </message>
</context>
<context>
    <name>imali::ReportRequest</name>
    <message>
        <source>the aging report needs the day it is as of</source>
        <translation>die ouderdomsverslag het die dag nodig waarop dit geld</translation>
    </message>
    <message>
        <source>the %1 report needs a first and a last day</source>
        <translation>die %1-verslag het &apos;n eerste en &apos;n laaste dag nodig</translation>
    </message>
    <message>
        <source>the first day, %1, is after the last, %2</source>
        <translation>die eerste dag, %1, is na die laaste, %2</translation>
    </message>
</context>
<context>
    <name>imali::ReportRun</name>
    <message>
        <source>the export was cancelled after %1 records; nothing was written</source>
        <translation>die uitvoer is na %1 rekords gekanselleer; niks is geskryf nie</translation>
    </message>
</context>
<context>
    <name>imali::ReportsView</name>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>To (or as of)</source>
        <translation>Tot (of op)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Voor&amp;skou</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Voer &amp;CSV uit…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Voer P&amp;DF uit…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Verslagvoorskou</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; the totals are of them all. Export for every row.</source>
        <translation>Die eerste %1 van %2 rye; die totale is van almal. Voer uit vir elke ry.</translation>
    </message>
    <message>
        <source>%1 rows, and their totals.</source>
        <translation>%1 rye, en hul totale.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skryf die verslag…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Writing the report… %1 rows</source>
        <translation>Skryf die verslag… %1 rye</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Niks is geskryf nie: %1</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2 (audit chain head %3).</source>
        <translation>%1 rye na %2 geskryf (ouditkettingkop %3).</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Voer verslag uit</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
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
        <translation>PayFast moet hierdie rekenaar kan bereik om hom van betalings te vertel, en kliënte maak die betaalskakel ook daar oop. Tik die openbare https-adres wat hierheen lei, soos die een wat &apos;n tonnel jou gee (cloudflared of ngrok: &apos;n program wat hierdie rekenaar van die internet af bereikbaar maak sonder om jou router oop te maak).</translation>
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
    <message>
        <source>Pay with</source>
        <translation>Betaal met</translation>
    </message>
    <message>
        <source>PayFast</source>
        <translation>PayFast</translation>
    </message>
    <message>
        <source>Pay &amp;with:</source>
        <translation>Betaal &amp;met:</translation>
    </message>
    <message>
        <source>Card via Stripe</source>
        <translation>Kaart via Stripe</translation>
    </message>
    <message>
        <source>%1 for R %2 is waiting for payment by card on Stripe&apos;s page.</source>
        <translation>%1 vir R %2 wag vir betaling per kaart op Stripe se blad.</translation>
    </message>
    <message>
        <source>%1 for R %2 is waiting for payment.</source>
        <translation>%1 vir R %2 wag vir betaling.</translation>
    </message>
</context>
<context>
    <name>imali::SavedCards</name>
    <message>
        <source>there is no saved payment method %1</source>
        <translation>daar is geen gestoorde betaalmetode %1 nie</translation>
    </message>
    <message>
        <source>a label is 1 to 60 characters</source>
        <translation>&apos;n etiket is 1 tot 60 karakters</translation>
    </message>
    <message>
        <source>payment method %1 was removed</source>
        <translation>betaalmetode %1 is verwyder</translation>
    </message>
    <message>
        <source>payment method %1 has no token to use</source>
        <translation>betaalmetode %1 het geen token om te gebruik nie</translation>
    </message>
    <message>
        <source>payment method %1 was already removed</source>
        <translation>betaalmetode %1 is reeds verwyder</translation>
    </message>
    <message>
        <source>removing the card</source>
        <translation>verwyder die kaart</translation>
    </message>
    <message>
        <source>invoice %1 is %2; only an open invoice can be charged</source>
        <translation>faktuur %1 is %2; slegs &apos;n oop faktuur kan gedebiteer word</translation>
    </message>
    <message>
        <source>payment method %1 belongs to another customer than invoice %2</source>
        <translation>betaalmetode %1 behoort aan &apos;n ander kliënt as faktuur %2</translation>
    </message>
    <message>
        <source>invoice %1 owes nothing</source>
        <translation>faktuur %1 skuld niks nie</translation>
    </message>
    <message>
        <source>PayFast takes live payments of R 5.00 or more; this one is %1</source>
        <translation>PayFast neem lewendige betalings van R 5.00 of meer; hierdie een is %1</translation>
    </message>
    <message>
        <source>a card charge for invoice %1 is already in flight (%2); wait for PayFast&apos;s answer</source>
        <translation>&apos;n kaartdebitering vir faktuur %1 is reeds aan die gang (%2); wag vir PayFast se antwoord</translation>
    </message>
    <message>
        <source>a card charge for invoice %1 is already in flight</source>
        <translation>&apos;n kaartdebitering vir faktuur %1 is reeds aan die gang</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktuur %1</translation>
    </message>
    <message>
        <source>charging the card</source>
        <translation>debiteer die kaart</translation>
    </message>
    <message>
        <source>%1. The charge stays in flight: PayFast&apos;s ITN, or a reconciliation, books it if it went through</source>
        <translation>%1. Die debitering bly aan die gang: PayFast se ITN, of &apos;n rekonsiliasie, boek dit as dit deurgegaan het</translation>
    </message>
</context>
<context>
    <name>imali::SavedCardsDialog</name>
    <message>
        <source>Save &amp;label</source>
        <translation>Stoor &amp;etiket</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Maak &amp;verstek</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ve&amp;rwyder…</translation>
    </message>
    <message>
        <source>&amp;Add card…</source>
        <translation>Voeg &amp;kaart by…</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Gestoorde kaarte</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Verstek</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gestoor</translation>
    </message>
    <message>
        <source>Card label</source>
        <translation>Kaartetiket</translation>
    </message>
    <message>
        <source>A name for the card, such as &quot;Business Visa&quot;</source>
        <translation>&apos;n Naam vir die kaart, soos &quot;Besigheid-Visa&quot;</translation>
    </message>
    <message>
        <source>Saved cards of %1</source>
        <translation>Gestoorde kaarte van %1</translation>
    </message>
    <message>
        <source>Saved cards need PayFast: %1</source>
        <translation>Gestoorde kaarte het PayFast nodig: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>verstek</translation>
    </message>
    <message>
        <source>Label saved.</source>
        <translation>Etiket gestoor.</translation>
    </message>
    <message>
        <source>%1 is now the default card.</source>
        <translation>%1 is nou die verstekkaart.</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Verwyder kaart</translation>
    </message>
    <message>
        <source>Remove card %1 of %2? PayFast cancels it and it can&apos;t be charged again.</source>
        <translation>Verwyder kaart %1 van %2? PayFast kanselleer dit en dit kan nie weer gedebiteer word nie.</translation>
    </message>
    <message>
        <source>Cancelling %1 at PayFast…</source>
        <translation>Kanselleer %1 by PayFast…</translation>
    </message>
    <message>
        <source>Card %1 removed.</source>
        <translation>Kaart %1 verwyder.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nie verwyder nie: %1</translation>
    </message>
    <message>
        <source>PayFast has to reach this desktop first: set the public address (Request payment asks for it), then add the card.</source>
        <translation>PayFast moet eers hierdie rekenaar kan bereik: stel die openbare adres (Vra betaling vra daarvoor), en voeg dan die kaart by.</translation>
    </message>
    <message>
        <source>No card-saving link: %1</source>
        <translation>Geen kaartstoorskakel nie: %1</translation>
    </message>
    <message>
        <source>%1 saves a card by opening this link and paying R 0.00; the card shows above once PayFast confirms it.</source>
        <translation>%1 stoor &apos;n kaart deur hierdie skakel oop te maak en R 0.00 te betaal; die kaart wys hierbo sodra PayFast dit bevestig.</translation>
    </message>
    <message>
        <source>Save your card</source>
        <translation>Stoor jou kaart</translation>
    </message>
    <message>
        <source>Hello %1, please open this link to save your card for future payments: %2</source>
        <translation>Hallo %1, maak asseblief hierdie skakel oop om jou kaart vir toekomstige betalings te stoor: %2</translation>
    </message>
</context>
<context>
    <name>imali::SettingsView</name>
    <message>
        <source>This is a &lt;b&gt;sandbox&lt;/b&gt; ledger: test payments only. PayFast&apos;s shared sandbox account (merchant id %1, key %2) is used until you enter your own sandbox credentials.&lt;br&gt;&lt;b&gt;Going live&lt;/b&gt; means a new live ledger (imalictl ledger init --live on a new database), not switching this one: sandbox money never mixes with real money, so there is no in-place switch.</source>
        <translation>Dit is &apos;n &lt;b&gt;sandput&lt;/b&gt;-grootboek: slegs toetsbetalings. PayFast se gedeelde sandputrekening (handelaar-ID %1, sleutel %2) word gebruik totdat jy jou eie sandputbewyse invoer.&lt;br&gt;&lt;b&gt;Regstreeks gaan&lt;/b&gt; beteken &apos;n nuwe lewendige grootboek (imalictl ledger init --live op &apos;n nuwe databasis), nie om hierdie een oor te skakel nie: sandputgeld meng nooit met regte geld nie, so daar is geen oorskakeling ter plaatse nie.</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;live&lt;/b&gt; ledger: real money. A passphrase is required and PayFast must reach the public URL over https.</source>
        <translation>Dit is &apos;n &lt;b&gt;lewendige&lt;/b&gt; grootboek: regte geld. &apos;n Wagfrase word vereis en PayFast moet die openbare URL oor https bereik.</translation>
    </message>
    <message>
        <source>Business details (shared by every desktop on this ledger)</source>
        <translation>Besigheidsbesonderhede (gedeel deur elke rekenaar op hierdie grootboek)</translation>
    </message>
    <message>
        <source>PayFast</source>
        <translation>PayFast</translation>
    </message>
    <message>
        <source>Merchant id</source>
        <translation>Handelaar-ID</translation>
    </message>
    <message>
        <source>Merchant key</source>
        <translation>Handelaarsleutel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wagfrase</translation>
    </message>
    <message>
        <source>The passphrase is kept in %1, never in the configuration file.</source>
        <translation>Die wagfrase word in %1 gehou, nooit in die konfigurasielêer nie.</translation>
    </message>
    <message>
        <source>the environment only</source>
        <translation>slegs die omgewing</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Openbare URL</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>Hierdie rekenaar</translation>
    </message>
    <message>
        <source>Database URL (used from the next start)</source>
        <translation>Databasis-URL (vanaf die volgende begin gebruik)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Toets verbinding</translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation>Luisteraaradres</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Taal (vanaf die volgende begin)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Stoor</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gestoor.</translation>
    </message>
    <message>
        <source>put the password in the password field, not in the URL</source>
        <translation>sit die wagwoord in die wagwoordveld, nie in die URL nie</translation>
    </message>
    <message>
        <source>the listener address is address:port, such as 127.0.0.1:8000</source>
        <translation>die luisteraaradres is adres:poort, soos 127.0.0.1:8000</translation>
    </message>
    <message>
        <source>No public URL: PayFast can&apos;t send payment notifications to this desktop.</source>
        <translation>Geen openbare URL nie: PayFast kan nie betalingskennisgewings na hierdie rekenaar stuur nie.</translation>
    </message>
    <message>
        <source>PayFast can&apos;t reach this URL: %1</source>
        <translation>PayFast kan nie hierdie URL bereik nie: %1</translation>
    </message>
    <message>
        <source>PayFast can deliver to this URL.</source>
        <translation>PayFast kan by hierdie URL aflewer.</translation>
    </message>
    <message>
        <source>This is a quick tunnel&apos;s random hostname: it changes whenever the tunnel restarts.</source>
        <translation>Dit is &apos;n vinnige tonnel se lukrake gasheernaam: dit verander elke keer as die tonnel herbegin.</translation>
    </message>
    <message numerus="yes">
        <source>Changing it breaks %n payment link(s) already sent and still unpaid.</source>
        <translation>
            <numerusform>Om dit te verander, breek %n betaalskakel wat reeds gestuur en nog onbetaal is.</numerusform>
            <numerusform>Om dit te verander, breek %n betaalskakels wat reeds gestuur en nog onbetaal is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment link(s) already sent stop working when it changes.</source>
        <translation>
            <numerusform>%n betaalskakel wat reeds gestuur is, hou op werk wanneer dit verander.</numerusform>
            <numerusform>%n betaalskakels wat reeds gestuur is, hou op werk wanneer dit verander.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Aan %1 gekoppel.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Kon nie aan %1 koppel nie: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no keychain or secret file is available; set PAYFAST_PASSPHRASE in the environment</source>
        <translation>geen sleutelring of geheimlêer is beskikbaar nie; stel PAYFAST_PASSPHRASE in die omgewing</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>kon nie %1 skryf nie</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grootboek</translation>
    </message>
    <message>
        <source>Database password (kept in %1, never in the configuration file)</source>
        <translation>Databasiswagwoord (in %1 gehou, nooit in die konfigurasielêer nie)</translation>
    </message>
    <message>
        <source>no keychain or secret file is available; use PGPASSFILE</source>
        <translation>geen sleutelring of geheime lêer is beskikbaar nie; gebruik PGPASSFILE</translation>
    </message>
    <message>
        <source>a SQLite ledger has no password</source>
        <translation>&apos;n SQLite-grootboek het geen wagwoord nie</translation>
    </message>
    <message>
        <source>kept for %1; type a new one to replace it</source>
        <translation>gehou vir %1; tik &apos;n nuwe een om dit te vervang</translation>
    </message>
    <message>
        <source>none kept here: libpq reads PGPASSFILE</source>
        <translation>niks hier gehou nie: libpq lees PGPASSFILE</translation>
    </message>
    <message>
        <source>The password is kept in %1.</source>
        <translation>Die wagwoord word in %1 gehou.</translation>
    </message>
    <message>
        <source>The password could not be kept: %1</source>
        <translation>Die wagwoord kon nie gehou word nie: %1</translation>
    </message>
    <message>
        <source>This desktop holds its key, in %1.</source>
        <translation>Hierdie rekenaar hou sy sleutel, in %1.</translation>
    </message>
    <message>
        <source>This desktop&apos;s key store (%1) does not give the right key for it: %2</source>
        <translation>Hierdie rekenaar se sleutelstoor (%1) gee nie die regte sleutel daarvoor nie: %2</translation>
    </message>
    <message>
        <source>the key there belongs to another ledger</source>
        <translation>die sleutel daar behoort aan &apos;n ander grootboek</translation>
    </message>
    <message>
        <source>This desktop does not hold its key (it was typed for this session only); import the recovery code to keep it in %1.</source>
        <translation>Hierdie rekenaar hou nie sy sleutel nie (dit is net vir hierdie sessie ingetik); voer die herstelkode in om dit in %1 te hou.</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
</context>
<context>
    <name>imali::Sql</name>
    <message>
        <source>the database refused &quot;%1 …&quot;</source>
        <translation>die databasis het &quot;%1 …&quot; geweier</translation>
    </message>
</context>
<context>
    <name>imali::SqliteDatabase</name>
    <message>
        <source>could not create the folder %1</source>
        <translation>kon nie die vouer %1 skep nie</translation>
    </message>
    <message>
        <source>could not create %1: %2</source>
        <translation>kon nie %1 skep nie: %2</translation>
    </message>
    <message>
        <source>could not open %1</source>
        <translation>kon nie %1 oopmaak nie</translation>
    </message>
    <message>
        <source>could not configure %1</source>
        <translation>kon nie %1 opstel nie</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup</source>
        <translation>%1 bestaan reeds; kies &apos;n nuwe lêer vir die rugsteun</translation>
    </message>
    <message>
        <source>could not back up</source>
        <translation>kon nie rugsteun nie</translation>
    </message>
    <message>
        <source>could not back up to %1</source>
        <translation>kon nie na %1 rugsteun nie</translation>
    </message>
    <message>
        <source>could not restore</source>
        <translation>kon nie herstel nie</translation>
    </message>
    <message>
        <source>could not open the backup %1</source>
        <translation>kon nie die rugsteun %1 oopmaak nie</translation>
    </message>
    <message>
        <source>could not read the backup</source>
        <translation>kon nie die rugsteun lees nie</translation>
    </message>
    <message>
        <source>could not recreate %1</source>
        <translation>kon nie %1 herskep nie</translation>
    </message>
    <message>
        <source>could not copy %1</source>
        <translation>kon nie %1 kopieer nie</translation>
    </message>
</context>
<context>
    <name>imali::StripeClient</name>
    <message>
        <source>Stripe did not answer within %1 s</source>
        <translation>Stripe het nie binne %1 s geantwoord nie</translation>
    </message>
    <message>
        <source>could not reach Stripe: %1</source>
        <translation>kon Stripe nie bereik nie: %1</translation>
    </message>
    <message>
        <source>Stripe refused the secret key (STRIPE_SECRET_KEY), HTTP %1</source>
        <translation>Stripe het die geheime sleutel (STRIPE_SECRET_KEY) geweier, HTTP %1</translation>
    </message>
    <message>
        <source>Stripe refused the checkout (HTTP %1): %2</source>
        <translation>Stripe het die afrekening geweier (HTTP %1): %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen rede gegee nie</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer has no Checkout Session id and URL</source>
        <translation>Stripe se antwoord het geen Checkout Session-ID en URL nie</translation>
    </message>
</context>
<context>
    <name>imali::StripeEventBooking</name>
    <message>
        <source>the stored body is not a Stripe event</source>
        <translation>die gestoorde inhoud is nie &apos;n Stripe-gebeurtenis nie</translation>
    </message>
    <message>
        <source>the event&apos;s livemode does not match this %1 ledger: nothing booked</source>
        <translation>die gebeurtenis se livemode pas nie by hierdie %1-grootboek nie: niks geboek nie</translation>
    </message>
    <message>
        <source>%1 is not an event imali books</source>
        <translation>%1 is nie &apos;n gebeurtenis wat imali boek nie</translation>
    </message>
    <message>
        <source>not a session an imali checkout made: nothing booked</source>
        <translation>nie &apos;n sessie wat &apos;n imali-afrekening gemaak het nie: niks geboek nie</translation>
    </message>
    <message>
        <source>the session has no PaymentIntent (payment status %1): nothing to book</source>
        <translation>die sessie het geen PaymentIntent nie (betaalstatus %1): niks om te boek nie</translation>
    </message>
    <message>
        <source>the session&apos;s amount_total is not readable</source>
        <translation>die sessie se amount_total is nie leesbaar nie</translation>
    </message>
    <message>
        <source>payment status %1: nothing to book</source>
        <translation>betaalstatus %1: niks om te boek nie</translation>
    </message>
    <message>
        <source>not a payment an imali checkout made: nothing booked</source>
        <translation>nie &apos;n betaling wat &apos;n imali-afrekening gemaak het nie: niks geboek nie</translation>
    </message>
    <message>
        <source>the PaymentIntent has no id</source>
        <translation>die PaymentIntent het geen ID nie</translation>
    </message>
    <message>
        <source>the PaymentIntent is %1: nothing to book</source>
        <translation>die PaymentIntent is %1: niks om te boek nie</translation>
    </message>
    <message>
        <source>the PaymentIntent&apos;s amount is not readable</source>
        <translation>die PaymentIntent se bedrag is nie leesbaar nie</translation>
    </message>
    <message>
        <source>the charge lists no refunds; its refund.* events book them</source>
        <translation>die debitering lys geen terugbetalings nie; sy refund.*-gebeurtenisse boek hulle</translation>
    </message>
    <message>
        <source>a refund without an id, payment or amount: not booked</source>
        <translation>&apos;n terugbetaling sonder &apos;n ID, betaling of bedrag: nie geboek nie</translation>
    </message>
    <message>
        <source>refund %1 is %2: booked when it succeeds</source>
        <translation>terugbetaling %1 is %2: geboek wanneer dit slaag</translation>
    </message>
    <message>
        <source>refund %1 not booked: %2</source>
        <translation>terugbetaling %1 nie geboek nie: %2</translation>
    </message>
</context>
<context>
    <name>imali::StripeProvider</name>
    <message>
        <source>Stripe checkouts are pages on Stripe, made through its API; there is no form to sign</source>
        <translation>Stripe-afrekenings is blaaie op Stripe, deur sy API gemaak; daar is geen vorm om te onderteken nie</translation>
    </message>
    <message>
        <source>saving a card is a PayFast checkout; Stripe checkouts take one payment</source>
        <translation>om &apos;n kaart te stoor is &apos;n PayFast-afrekening; Stripe-afrekenings neem een betaling</translation>
    </message>
    <message>
        <source>a Stripe checkout pays an invoice</source>
        <translation>&apos;n Stripe-afrekening betaal &apos;n faktuur</translation>
    </message>
    <message>
        <source>there is nothing to pay on this invoice</source>
        <translation>daar is niks om op hierdie faktuur te betaal nie</translation>
    </message>
    <message>
        <source>Stripe sends the customer back to the payment link: set the public URL first (imalictl settings set public_url https://…, or IMALI_PUBLIC_URL)</source>
        <translation>Stripe stuur die kliënt terug na die betaalskakel: stel eers die openbare URL (imalictl settings set public_url https://…, of IMALI_PUBLIC_URL)</translation>
    </message>
    <message>
        <source>a Stripe session is made for a stored checkout</source>
        <translation>&apos;n Stripe-sessie word vir &apos;n gestoorde afrekening gemaak</translation>
    </message>
</context>
<context>
    <name>imali::StripeSettings</name>
    <message>
        <source>STRIPE_SECRET_KEY must be a live key (sk_live_…) on a live ledger</source>
        <translation>STRIPE_SECRET_KEY moet &apos;n lewendige sleutel (sk_live_…) op &apos;n lewendige grootboek wees</translation>
    </message>
    <message>
        <source>STRIPE_SECRET_KEY must be a test key (sk_test_…) on a sandbox ledger</source>
        <translation>STRIPE_SECRET_KEY moet &apos;n toetssleutel (sk_test_…) op &apos;n sandput-grootboek wees</translation>
    </message>
    <message>
        <source>STRIPE_WEBHOOK_SECRET must be the endpoint&apos;s signing secret (whsec_…)</source>
        <translation>STRIPE_WEBHOOK_SECRET moet die eindpunt se ondertekeningsgeheim (whsec_…) wees</translation>
    </message>
    <message>
        <source>STRIPE_API_URL is refused on a live ledger: live payments only go to Stripe</source>
        <translation>STRIPE_API_URL word op &apos;n lewendige grootboek geweier: lewendige betalings gaan slegs na Stripe</translation>
    </message>
    <message>
        <source>STRIPE_API_URL must be an http(s) base URL</source>
        <translation>STRIPE_API_URL moet &apos;n http(s)-basis-URL wees</translation>
    </message>
    <message>
        <source>Stripe is switched off; set ENABLE_STRIPE=true to use it</source>
        <translation>Stripe is afgeskakel; stel ENABLE_STRIPE=true om dit te gebruik</translation>
    </message>
    <message>
        <source>Stripe needs its secret key: set STRIPE_SECRET_KEY</source>
        <translation>Stripe het sy geheime sleutel nodig: stel STRIPE_SECRET_KEY</translation>
    </message>
    <message>
        <source>Stripe&apos;s webhook needs the endpoint&apos;s signing secret: set STRIPE_WEBHOOK_SECRET</source>
        <translation>Stripe se webhook het die eindpunt se ondertekeningsgeheim nodig: stel STRIPE_WEBHOOK_SECRET</translation>
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
    <name>imali::TunnelRunner</name>
    <message>
        <source>the tunnel exited (code %1)</source>
        <translation>die tonnel het opgehou (kode %1)</translation>
    </message>
    <message>
        <source>the tunnel stopped</source>
        <translation>die tonnel het gestop</translation>
    </message>
    <message>
        <source>the tunnel could not start: %1</source>
        <translation>die tonnel kon nie begin nie: %1</translation>
    </message>
    <message>
        <source>neither cloudflared nor ngrok is on PATH</source>
        <translation>nóg cloudflared nóg ngrok is op PATH</translation>
    </message>
    <message>
        <source>a tunnel is already running</source>
        <translation>&apos;n tonnel loop reeds</translation>
    </message>
    <message>
        <source>%1 is not on PATH</source>
        <translation>%1 is nie op PATH nie</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>kon nie %1 begin nie: %2</translation>
    </message>
    <message>
        <source>not an http(s) URL</source>
        <translation>nie &apos;n http(s)-URL nie</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>imali::VatRate</name>
    <message>
        <source>VAT rate &quot;%1&quot; must be a percentage from 0 to 100</source>
        <translation>BTW-koers &quot;%1&quot; moet &apos;n persentasie van 0 tot 100 wees</translation>
    </message>
</context>
<context>
    <name>imalictl</name>
    <message>
        <source>--customers and --invoices take whole numbers</source>
        <translation>--customers en --invoices neem heelgetalle</translation>
    </message>
    <message>
        <source>Added %1 customers and %2 invoices in %3 s.
</source>
        <translation>%1 kliënte en %2 fakture in %3 s bygevoeg.
</translation>
    </message>
    <message>
        <source>usage: imalictl COMMAND [options] [--db URL] [--config FILE] [--json] | --help | --version

  ledger init [--live] | ledger key import CODE
  settings show | settings set NAME VALUE
  migrate up | migrate down [--steps N] | migrate status
  customer add --name N [--email E] [--phone P] [--address A] [--vat-number V]
  customer list | customer archive ID | customer anonymise ID
  invoice create --customer ID --line &quot;DESC;QTY;UNIT_PRICE[;VAT%]&quot;... [--prices-include-vat] [--due YYYY-MM-DD] [--issue]
  invoice issue ID | invoice void ID | invoice list [--status S] | invoice show ID
  invoice pdf ID --out FILE              (the customer&apos;s PDF, &quot;Tax Invoice&quot; when VAT-registered, with a
                                          &quot;Pay now&quot; QR code for its payment link when a public URL is set)
  payment record ID --amount A --method cash|eft|card [--reference R] [--write-off-rest REASON]
  payment exceptions | payment allocate TRANSACTION --invoice ID
  itn list [--since T] | itn show ID | itn replay ID
  refund TRANSACTION --amount A --reason TEXT [--notify-buyer yes|no]
         [--bank-holder H --bank-name N --bank-branch B --bank-account A --bank-type current|savings]
                                         (PayFast payments through PayFast&apos;s API; manual ones recorded by hand)
  payment-method list [--customer ID] | payment-method add --customer ID
  payment-method edit PM [--label L] [--default] | payment-method remove PM
  payment-method charge PM --invoice ID  (PayFast&apos;s ad hoc API; the ITN settles the invoice)
  reconcile --from YYYY-MM-DD --to YYYY-MM-DD [--book-missing]
  checkout ID [--provider payfast|stripe] [--tokenize]   (stripe: ENABLE_STRIPE=true, STRIPE_SECRET_KEY)
  payfast sign --kind checkout|itn|api   (fields form-encoded on stdin; PAYFAST_PASSPHRASE)
  serve                                  (the ITN listener, and Stripe&apos;s webhook when enabled, until SIGINT or SIGTERM)
  audit verify
  backup --out FILE | restore FILE
  export --report transactions|invoices|vat|summary --format csv|pdf --from YYYY-MM-DD --to YYYY-MM-DD --out FILE
  export --report aging --as-of YYYY-MM-DD --format csv|pdf --out FILE
                                         (CSV with FILE.anchor beside it; PDF with totals and the audit
                                          chain head, at most 1,000,000 rows)
  demo --customers N --invoices N [--payments]

Exit codes: 0 success, 1 runtime failure, 2 usage or validation error.
</source>
        <translation>gebruik: imalictl OPDRAG [opsies] [--db URL] [--config FILE] [--json] | --help | --version

  ledger init [--live] | ledger key import CODE
  settings show | settings set NAME VALUE
  migrate up | migrate down [--steps N] | migrate status
  customer add --name N [--email E] [--phone P] [--address A] [--vat-number V]
  customer list | customer archive ID | customer anonymise ID
  invoice create --customer ID --line &quot;DESC;QTY;UNIT_PRICE[;VAT%]&quot;... [--prices-include-vat] [--due YYYY-MM-DD] [--issue]
  invoice issue ID | invoice void ID | invoice list [--status S] | invoice show ID
  invoice pdf ID --out FILE              (die kliënt se PDF, &quot;Belastingfaktuur&quot; as BTW-geregistreer, met &apos;n
                                          &quot;Betaal nou&quot;-QR-kode vir sy betaalskakel as &apos;n openbare URL gestel is)
  payment record ID --amount A --method cash|eft|card [--reference R] [--write-off-rest REASON]
  payment exceptions | payment allocate TRANSACTION --invoice ID
  itn list [--since T] | itn show ID | itn replay ID
  refund TRANSACTION --amount A --reason TEXT [--notify-buyer yes|no]
         [--bank-holder H --bank-name N --bank-branch B --bank-account A --bank-type current|savings]
                                         (PayFast-betalings deur PayFast se API; handbetalings met die hand aangeteken)
  payment-method list [--customer ID] | payment-method add --customer ID
  payment-method edit PM [--label L] [--default] | payment-method remove PM
  payment-method charge PM --invoice ID  (PayFast se ad hoc-API; die ITN vereffen die faktuur)
  reconcile --from YYYY-MM-DD --to YYYY-MM-DD [--book-missing]
  checkout ID [--provider payfast|stripe] [--tokenize]   (stripe: ENABLE_STRIPE=true, STRIPE_SECRET_KEY)
  payfast sign --kind checkout|itn|api   (velde vorm-geënkodeer op stdin; PAYFAST_PASSPHRASE)
  serve                                  (die ITN-luisteraar, en Stripe se webhook as dit aan is, tot SIGINT of SIGTERM)
  audit verify
  backup --out FILE | restore FILE
  export --report transactions|invoices|vat|summary --format csv|pdf --from YYYY-MM-DD --to YYYY-MM-DD --out FILE
  export --report aging --as-of YYYY-MM-DD --format csv|pdf --out FILE
                                         (CSV met FILE.anchor langsaan; PDF met totale en die
                                          ouditkettingkop, hoogstens 1 000 000 rye)
  demo --customers N --invoices N [--payments]

Uittreekodes: 0 sukses, 1 looptydfout, 2 gebruiks- of valideringsfout.
</translation>
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
        <source>The console&apos;s language from now on: en or af.</source>
        <translation>Die konsole se taal van nou af: en of af.</translation>
    </message>
    <message>
        <source>imali</source>
        <translation>imali</translation>
    </message>
    <message>
        <source>Your ledger&apos;s recovery code</source>
        <translation>Jou grootboek se herstelkode</translation>
    </message>
    <message>
        <source>imali created a sandbox ledger. Its key is kept in %1.

Write down this recovery code; it is shown only now. Another desktop needs it to open this ledger:

%2</source>
        <translation>imali het &apos;n sandput-grootboek geskep. Sy sleutel word in %1 bewaar.

Skryf hierdie herstelkode neer; dit word net nou gewys. &apos;n Ander rekenaar het dit nodig om hierdie grootboek oop te maak:

%2</translation>
    </message>
    <message>
        <source>The ITN listener did not start, so payments made now are not seen until it does: %1</source>
        <translation>Die ITN-luisteraar het nie begin nie, dus word betalings wat nou gemaak word eers gesien wanneer hy begin: %1</translation>
    </message>
</context>
</TS>
