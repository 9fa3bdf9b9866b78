#!/usr/bin/env python3
# Writes the seed corpora in tests/fuzz/corpus/ from the PayFast test vectors (../shared/payfast-vectors.json
# next to the repository) and a few hand-made cases. Run again when the vectors change; the files are committed.
import hashlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
vectors_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', 'shared', 'payfast-vectors.json')
vectors = json.load(open(vectors_path, encoding='utf-8'))['vectors']

def write(target, data):
    folder = os.path.join(here, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()[:16]), 'wb') as f:
        f.write(data)

money = set()
for v in vectors:
    body = v['expected_param_string']
    passphrase = v.get('passphrase') or ''
    unsigned = body.split('&passphrase=')[0] if '&passphrase=' in body else body
    write('fuzz_form', unsigned)
    write('fuzz_form', '\0'.join(k + '\x01' + val for k, val in v['fields']))
    write('fuzz_signature', passphrase + '\n' + unsigned + '&signature=' + v['expected_signature'])
    for k, val in v['fields']:
        if k.startswith('amount') or k in ('recurring_amount',):
            money.add(val)
        write('fuzz_csv', '\x1f'.join(['\x00' + k, '\x00' + val, '\x05' + val]))

for m in money | {'R 1 234,50', '1\u00a0000\u202f000.00', '0.5', '12,345', 'R12', ' 99,9 ', '1000000000000.00', '-5.00', '1e3'}:
    write('fuzz_money', m)

for cells in (['=SUM(A1:A9)', '+27 82 123 4567', '-2+3', '@cmd', '"quoted", and\r\nbroken'],
              ['Zoë O\'Brien & Sons', '\tleading tab', '-', '+', '(011) 555-0100']):
    write('fuzz_csv', '\x1f'.join('\x00' + c for c in cells) + '\x1e' + '\x01\x10\x27\x00\x00\x1f\x02\x80\x84\x25\x00\x1f\x03\xff\xff\x1f\x04')
