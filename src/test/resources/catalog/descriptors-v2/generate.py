#!/usr/bin/env python3
"""Builds tuning.tsv and held-out.tsv from the hand-written data_*.txt files.

The data files were written from knowledge of how card statements, spend-platform
exports, invoices, FOCUS cost exports, Microsoft 365 / Google Workspace admin exports
and Okta app lists look - without looking at toolspend's catalog or matcher.
Card lines are rendered per bank style (prefixes, truncation, city/province,
currency-conversion suffixes) with a fixed random seed, so the output is reproducible.
Run: python3 generate.py   (from this folder)
"""
import os
import random
import string
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20250901)

CARD_STYLES = ["amex", "chase", "rbc", "td", "bmo", "national-bank", "desjardins"]
FR_STYLES = ["national-bank", "desjardins"]
EN_STYLES = ["amex", "chase", "rbc", "td", "bmo"]
ALL_STYLES = CARD_STYLES + ["ramp", "brex", "invoice", "focus", "m365", "google-workspace", "okta"]

CUR = {"U": "USD", "E": "EUR", "G": "GBP", "A": "AUD", "H": "CHF", "C": "CAD"}
RATE = {"USD": (1.33, 1.42), "EUR": (1.45, 1.60), "GBP": (1.70, 1.86), "AUD": (0.87, 0.93), "CHF": (1.50, 1.62)}
AMOUNTS = [8, 10, 12, 15, 16, 20, 24, 25, 27, 29, 30, 39, 45, 49, 54, 59, 79, 99, 120, 149, 199, 270, 299, 480, 588, 1188]
DOMAINS = ["atelierlumiere.ca", "boulangeriestdenis", "cliniquesanteplus", "plomberiegagnon.com", "cabinetroy.ca",
           "northwindtrading", "ebenisterielavoie", "physiorivesud.ca", "studiomaple", "gestionbeaulieu",
           "labellepoutine", "tremblaycpa.ca", "orthoplus-mtl", "constructionfortin", "boreal-design.ca"]


def fill(text):
    def rand(kind, n):
        pool = string.digits if kind == "D" else string.ascii_uppercase + string.digits
        s = "".join(rng.choice(pool) for _ in range(n))
        if kind == "A" and not any(c.isalpha() for c in s):
            s = "K" + s[1:]
        return s
    out, i = "", 0
    while i < len(text):
        if text[i] == "{":
            j = text.index("}", i)
            tok = text[i + 1:j]
            out += rng.choice(DOMAINS) if tok == "DOM" else rand(tok[0], int(tok[1:]))
            i = j + 1
        else:
            out += text[i]
            i += 1
    return out


def read(name, nfields):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            parts += [""] * (nfields - len(parts))
            assert len(parts) == nfields, (name, line)
            rows.append([p.strip() for p in parts])
    return rows


def split_loc(loc):
    toks = loc.split()
    if len(toks) >= 2 and len(toks[-1]) == 2 and toks[-1].isalpha() and toks[-1].isupper():
        return " ".join(toks[:-1]), toks[-1]
    return loc, ""


def fr_num(x, nd):
    return f"{x:.{nd}f}".replace(".", ",")


def render_card(style, merch, loc, cur, hint):
    """Returns (descriptor, description) as the given bank would print them."""
    merch = fill(merch)
    raw = "raw" in hint
    if raw:
        return merch, ""
    # card networks carry a 25-character merchant name and a 13-character city
    if len(merch) > 25 and rng.random() < (0.5 if style == "amex" else 0.85):
        merch = merch[:25].rstrip()
    elif style == "td" and len(merch) > 22 and rng.random() < 0.4:
        merch = merch[:22].rstrip()
    city, prov = split_loc(fill(loc))
    if prov:
        city = city[:13].rstrip()
    if style in ("td", "bmo") and rng.random() < 0.5:
        desc = (merch.ljust(25) + " " + city.ljust(13) + " " + prov).rstrip()
    else:
        desc = " ".join(x for x in (merch, city, prov) if x)
    note = ""
    code = CUR.get(cur or "C", "CAD")
    if code != "CAD" and style != "chase" and rng.random() < 0.45:
        amt = rng.choice(AMOUNTS) + rng.choice([0, 0, 0.99, 0.5])
        lo, hi = RATE[code]
        rate = rng.uniform(lo, hi)
        if style == "amex":
            desc += f" {code} {amt:.2f} @ {rate:.4f}"
        elif style == "td":
            desc += f" {amt:.2f} {code} @ {rate:.6f}"
        elif style == "bmo":
            desc += f" {amt:.2f} {code} @ {rate:.2f}"
        elif style == "rbc":
            note = f"{amt:.2f} {code} @ {rate:.6f}"
        elif style == "national-bank":
            desc += f" {fr_num(amt, 2)} {code} @ {fr_num(rate, 4)}"
        elif style == "desjardins":
            note = f"Montant en devise : {fr_num(amt, 2)} {code} - taux {fr_num(rate, 6)}"
    if style == "national-bank":
        p = rng.choices(["", "ACHAT ", "ACHAT - ", "PAIEMENT PRÉAUTORISÉ ", "Prélèvement "], [40, 25, 15, 10, 10])[0]
        desc = p + desc
    elif style == "desjardins":
        p = rng.choices(["", "Achat /", "ACHAT CARTE VISA ", "Prélèvement préautorisé /", "Paiement préautorisé /"],
                        [35, 20, 15, 15, 15])[0]
        desc = p + desc
    return desc, note


def allowed(hint, cur):
    hs = [h for h in hint.split(",") if h and h != "raw"]
    named = [h for h in hs if h in CARD_STYLES]
    if named:
        return named
    if "us" in hs:
        return ["chase"]
    if "fr" in hs:
        return FR_STYLES
    if "en" in hs:
        return EN_STYLES
    if cur == "C":
        return [s for s in CARD_STYLES if s != "chase"]
    if cur == "N":  # non-software lines: any card, including a US card used in Canada
        return CARD_STYLES
    return CARD_STYLES


def main():
    rows = defaultdict(list)  # style -> [(descriptor, description, product, vendor)]

    card = [("sw", p, v, m, loc, cur, hint) for p, v, m, loc, cur, hint in read("data_card.txt", 6)]
    card += [("none", "none", "", m, loc, "N", hint) for m, loc, hint in read("data_none.txt", 3)]
    rng.shuffle(card)
    # hinted lines first so the free ones can even out the counts
    card.sort(key=lambda e: len(allowed(e[6], e[5])))
    count = Counter()
    for kind, p, v, m, loc, cur, hint in card:
        choices = allowed(hint, cur)
        # even out software and non-software lines separately, so every card style gets its share of both
        low = min(count[kind, s] for s in choices)
        style = rng.choice([s for s in choices if count[kind, s] == low])
        count[kind, style] += 1
        d, note = render_card(style, m, loc, cur, hint)
        rows[style].append((d, note, p, v))

    for style, name in [("ramp", "data_ramp.txt"), ("brex", "data_brex.txt"), ("invoice", "data_invoice.txt"),
                        ("focus", "data_focus.txt"), ("m365", "data_m365.txt"),
                        ("google-workspace", "data_gws.txt"), ("okta", "data_okta.txt")]:
        for d, note, p, v in read(name, 4):
            rows[style].append((fill(d), fill(note), p, v))

    # checks
    seen, vendor_of, problems = set(), {}, []
    for style in ALL_STYLES:
        for d, note, p, v in rows[style]:
            for x in (d, note, p, v):
                if "\t" in x or "\n" in x:
                    problems.append(f"tab/newline in {x!r}")
            if not d:
                problems.append(f"empty descriptor in {style}")
            key = (d, note)
            if key in seen:
                problems.append(f"duplicate {key}")
            seen.add(key)
            if p == "none":
                if v:
                    problems.append(f"none with vendor {d}")
                continue
            if not v:
                problems.append(f"missing vendor {d}")
            if p in vendor_of and vendor_of[p] != v:
                problems.append(f"vendor mismatch for {p}: {vendor_of[p]} vs {v}")
            vendor_of.setdefault(p, v)
    if problems:
        raise SystemExit("\n".join(problems))

    header = "style\tdescriptor\tdescription\tproduct\tvendor\n"
    halves = {"tuning": [], "held-out": []}
    for style in ALL_STYLES:
        lines = rows[style]
        rng.shuffle(lines)
        # group by class (software / vendor-only / none) before dealing, so both halves get an even share of each
        lines.sort(key=lambda r: 2 if r[2] == "none" else 1 if r[2].startswith("vendor:") else 0)
        for i, (d, note, p, v) in enumerate(lines):
            halves["tuning" if i % 2 == 0 else "held-out"].append("\t".join((style, d, note, p, v)) + "\n")
    for name, lines in halves.items():
        with open(os.path.join(HERE, name + ".tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(header)
            f.writelines(lines)

    total = sum(len(rows[s]) for s in ALL_STYLES)
    nones = sum(1 for s in ALL_STYLES for r in rows[s] if r[2] == "none")
    vend = sum(1 for s in ALL_STYLES for r in rows[s] if r[2].startswith("vendor:"))
    products = {r[2] for s in ALL_STYLES for r in rows[s] if r[2] != "none" and not r[2].startswith("vendor:")}
    print(f"total {total}  tuning {len(halves['tuning'])}  held-out {len(halves['held-out'])}")
    print(f"none {nones} ({100 * nones / total:.1f} %)  vendor-only {vend} ({100 * vend / total:.1f} %)  distinct products {len(products)}")
    for s in ALL_STYLES:
        n = sum(1 for r in rows[s] if r[2] == "none")
        print(f"  {s:17s} {len(rows[s]):4d}  none {n}")


if __name__ == "__main__":
    main()
