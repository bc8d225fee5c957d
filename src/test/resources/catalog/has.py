#!/usr/bin/env python3
"""Usage (from the project root): python3 src/test/resources/catalog/has.py [CATALOG_CSV] < names.txt
Prints each input line (a product name or domain) with FOUND <id> or MISSING, checking tool names, aliases and
domains case-insensitively, ignoring spaces, dots and dashes."""
import csv, re, sys
path = sys.argv[1] if len(sys.argv) > 1 else 'src/main/resources/catalog/tools.csv'
def key(s): return re.sub(r'[\s.\-_/&+]', '', s.lower())
index = {}
for r in csv.DictReader(open(path, encoding='utf-8')):
    for v in [r['name'], r['domain'], r['id']] + r['aliases'].split('|'):
        if v: index.setdefault(key(v), r['id'])
for line in sys.stdin:
    n = line.strip()
    if not n: continue
    k = key(n)
    hit = index.get(k) or index.get(key(re.sub(r'\.(com|io|ai|co|app|net|ca)$', '', n)))
    print(f"{'FOUND ' + hit if hit else 'MISSING'}\t{n}")
