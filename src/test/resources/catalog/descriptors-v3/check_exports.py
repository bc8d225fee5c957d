#!/usr/bin/env python3
"""Validate data_exports.tsv and print counts per style and class.

Checks: header, 5 tab-separated fields per line, known style, non-empty
descriptor and product, vendor empty exactly for `none`, `vendor:<V>` lines
carry V in the vendor column, no duplicate (descriptor, description) pair,
one vendor per product. Exit status 1 on any error.
"""
import collections
import os
import sys

STYLES = ("invoice", "focus", "m365", "google-workspace", "okta")
HEADER = ["style", "descriptor", "description", "product", "vendor"]


def klass(product):
    if product == "none":
        return "none"
    if product.startswith("vendor:"):
        return "vendor"
    return "product"


def main(path):
    errors = []
    pairs = {}
    vendor_of = {}
    counts = collections.Counter()
    products = set()
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("line 1: header must be " + "\\t".join(HEADER))
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            errors.append(f"line {n}: {len(fields)} fields, expected 5")
            continue
        style, descriptor, description, product, vendor = fields
        if any(x != x.strip() for x in fields) or '"' in line:
            errors.append(f"line {n}: stray whitespace or quote")
        if style not in STYLES:
            errors.append(f"line {n}: unknown style {style!r}")
        if not descriptor:
            errors.append(f"line {n}: empty descriptor")
        if not product:
            errors.append(f"line {n}: empty product")
            continue
        k = klass(product)
        if k == "none" and vendor:
            errors.append(f"line {n}: none with vendor {vendor!r}")
        if k != "none" and not vendor:
            errors.append(f"line {n}: {product!r} without vendor")
        if k == "vendor" and product[len("vendor:"):] != vendor:
            errors.append(f"line {n}: {product!r} but vendor column {vendor!r}")
        key = (descriptor, description)
        if key in pairs:
            errors.append(f"line {n}: duplicate descriptor+description of line {pairs[key]}")
        else:
            pairs[key] = n
        if k == "product":
            products.add(product)
            prev = vendor_of.setdefault(product, (vendor, n))
            if prev[0] != vendor:
                errors.append(f"line {n}: {product!r} vendor {vendor!r}, line {prev[1]} says {prev[0]!r}")
        counts[(style, k)] += 1

    print(f"{'style':<18}{'product':>8}{'vendor':>8}{'none':>6}{'total':>7}")
    tot = collections.Counter()
    for s in STYLES:
        row = [counts[(s, k)] for k in ("product", "vendor", "none")]
        for k, v in zip(("product", "vendor", "none"), row):
            tot[k] += v
        print(f"{s:<18}{row[0]:>8}{row[1]:>8}{row[2]:>6}{sum(row):>7}")
    print(f"{'all':<18}{tot['product']:>8}{tot['vendor']:>8}{tot['none']:>6}{sum(tot.values()):>7}")
    print(f"distinct products: {len(products)}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data_exports.tsv")))
