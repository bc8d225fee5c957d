#!/usr/bin/env python3
"""Validate data_cards.tsv (descriptors-v3 card-statement test set).

Checks: header, 5 tab-separated fields per line, known style, non-empty
descriptor and product, vendor empty for `none` and present otherwise,
`vendor:<X>` lines have vendor X, no duplicate (descriptor, description)
pair, one vendor per product. Prints counts per style and class.
Exit status 1 on any error.
"""
import collections
import os
import sys

STYLES = ["amex", "chase", "rbc", "td", "bmo", "national-bank",
          "desjardins", "ramp", "brex"]
HEADER = ["style", "descriptor", "description", "product", "vendor"]


def main(path):
    errors = []
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("bad header: %r" % (lines[0] if lines else None))
    for n, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != 5:
            errors.append("line %d: %d fields" % (n, len(f)))
            continue
        style, desc, memo, product, vendor = f
        if style not in STYLES:
            errors.append("line %d: unknown style %r" % (n, style))
        if not desc.strip() or desc != desc.strip():
            errors.append("line %d: empty or padded descriptor" % n)
        if not product:
            errors.append("line %d: empty product" % n)
        if product == "none":
            if vendor:
                errors.append("line %d: none with vendor %r" % (n, vendor))
        elif not vendor:
            errors.append("line %d: product %r without vendor" % (n, product))
        if product.startswith("vendor:") and product[7:] != vendor:
            errors.append("line %d: %r but vendor %r" % (n, product, vendor))
        rows.append((n, style, desc, memo, product, vendor))

    seen = {}
    for n, style, desc, memo, product, vendor in rows:
        key = (desc, memo)
        if key in seen:
            errors.append("line %d: duplicate of line %d: %r" % (n, seen[key], key))
        else:
            seen[key] = n

    vendors = collections.defaultdict(set)
    for n, style, desc, memo, product, vendor in rows:
        if product != "none" and not product.startswith("vendor:"):
            vendors[product].add(vendor)
    for product, vs in sorted(vendors.items()):
        if len(vs) > 1:
            errors.append("product %r has several vendors: %s" % (product, sorted(vs)))

    def cls(product):
        if product == "none":
            return "none"
        if product.startswith("vendor:"):
            return "vendor"
        return "product"

    counts = collections.OrderedDict((s, collections.Counter()) for s in STYLES)
    for n, style, desc, memo, product, vendor in rows:
        if style in counts:
            counts[style][cls(product)] += 1
    print("%-14s %6s %8s %6s %6s %7s" % ("style", "total", "product", "vendor", "none", "%none"))
    tot = collections.Counter()
    for s, c in counts.items():
        t = sum(c.values())
        tot.update(c)
        print("%-14s %6d %8d %6d %6d %6.1f%%" % (s, t, c["product"], c["vendor"], c["none"],
                                               100.0 * c["none"] / t if t else 0))
    t = sum(tot.values())
    print("%-14s %6d %8d %6d %6d %6.1f%%" % ("TOTAL", t, tot["product"], tot["vendor"], tot["none"],
                                           100.0 * tot["none"] / t if t else 0))
    print("distinct products: %d" % len(vendors))
    print("distinct vendors:  %d" % len({v for vs in vendors.values() for v in vs}))

    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data_cards.tsv")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
