#!/usr/bin/env python3
"""Validate descriptors-v4/tuning.tsv and print counts per style and class."""
import collections, os, sys

STYLES = {"amex", "chase", "rbc", "td", "bmo", "national-bank", "desjardins",
          "ramp", "brex", "invoice", "focus", "m365", "google-workspace", "okta"}
BANKS = {"amex", "chase", "rbc", "td", "bmo", "national-bank", "desjardins"}
HEADER = ["style", "descriptor", "description", "product", "vendor"]

def cls(product):
    return "none" if product == "none" else ("vendor" if product.startswith("vendor:") else "product")

def main(path):
    errors, rows, seen, vendor_of = [], [], {}, {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[0].split("\t") != HEADER:
        errors.append("bad header: %r" % lines[0])
    for n, line in enumerate(lines[1:], start=2):
        p = line.split("\t")
        if len(p) != 5:
            errors.append("line %d: %d fields" % (n, len(p))); continue
        style, desc, extra, product, vendor = p
        if style not in STYLES:
            errors.append("line %d: unknown style %r" % (n, style))
        if not desc.strip():
            errors.append("line %d: empty descriptor" % n)
        if not product.strip():
            errors.append("line %d: empty product" % n)
        if any(s != s.strip() or '"' in s for s in (desc, extra, product, vendor)):
            errors.append("line %d: untrimmed or quoted field" % n)
        if product == "none":
            if vendor:
                errors.append("line %d: none with vendor %r" % (n, vendor))
        elif not vendor:
            errors.append("line %d: product %r without vendor" % (n, product))
        key = (desc, extra)
        if key in seen:
            errors.append("line %d: duplicate pair of line %d" % (n, seen[key]))
        seen[key] = n
        if product != "none":
            if vendor_of.setdefault(product, vendor) != vendor:
                errors.append("line %d: product %r has vendors %r and %r" % (n, product, vendor_of[product], vendor))
        rows.append(p)

    by_style = collections.defaultdict(collections.Counter)
    for p in rows:
        by_style[p[0]][cls(p[3])] += 1
    print("%-17s %5s %7s %6s %5s" % ("style", "total", "product", "vendor", "none"))
    tot = collections.Counter()
    for s in sorted(by_style, key=lambda s: sorted(STYLES).index(s)):
        c = by_style[s]; tot.update(c)
        print("%-17s %5d %7d %6d %5d" % (s, sum(c.values()), c["product"], c["vendor"], c["none"]))
    n = sum(tot.values())
    print("%-17s %5d %7d %6d %5d" % ("TOTAL", n, tot["product"], tot["vendor"], tot["none"]))
    bank = [p for p in rows if p[0] in BANKS]
    bank_none = sum(1 for p in bank if p[3] == "none")
    print("none overall: %.1f%%  bank-card none: %.1f%%" % (100.0 * tot["none"] / n, 100.0 * bank_none / max(1, len(bank))))
    products = {p[3] for p in rows if cls(p[3]) == "product"}
    print("distinct products: %d  distinct vendors: %d" % (len(products), len({p[4] for p in rows if p[4]})))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print("FAILED: %d error(s)" % len(errors), file=sys.stderr)
        return 1
    print("OK")
    return 0

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "tuning.tsv")))
