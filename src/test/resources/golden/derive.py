#!/usr/bin/env python3
"""Independent derivation of the golden report for input-samples/, period 2026-10, report currency CAD.

Python 3 standard library only. Reads the sample input folder exactly as PRODUCT.md and
docs/figures.md describe, with an explicit ground-truth table mapping every billing descriptor,
license Tool cell and usage tool name to a catalog tool id (the samples were built by hand, so the
matching is known, not guessed). Money and ratios are decimal.Decimal (34 significant digits,
ROUND_HALF_UP when written), never float.

Usage:
    python3 derive.py [--input DIR] [--out DIR] [--catalog FILE]
writes expected-2026-10.json, derivation.md and descriptors.tsv into --out (default: this folder).
--catalog is the shipped catalog (src/main/resources/catalog/tools.csv by default), read only for its list
prices (columns list_price_per_seat_month and list_price_currency, found by header name) of the price check.

The samples are one period with no history: every finding is new (open 1 period), nothing is gone or realized,
and no tool has a price 12 periods earlier (the price check's last-year reference is null throughout).
"""
import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal, ROUND_HALF_UP, ROUND_CEILING, getcontext

getcontext().prec = 34
getcontext().rounding = ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "input-samples"))
DEFAULT_CATALOG = os.path.normpath(os.path.join(HERE, "..", "..", "..", "main", "resources", "catalog", "tools.csv"))

# ----------------------------------------------------------------------------- parameters
PERIOD = "2026-10"
AS_OF = dt.date(2026, 10, 31)
CURRENCY = "CAD"
W = 30                      # inactive-after-days
U = Decimal("0.80")         # underused-below
H = Decimal("0.10")         # headroom
R = 90                      # renewal-horizon-days
N = 30                      # default-notice-days
GENERATED_BY = "toolspend 0.1.0"

# ----------------------------------------------------------------------------- catalog (sample-tools.md)
CATEGORIES = {  # id: (English name, French name, overlap meaningful)
    "team-chat": ("Team chat", "Messagerie d'équipe", True),
    "video-conferencing": ("Video conferencing", "Visioconférence", True),
    "ai-assistant": ("AI assistant", "Assistant IA", True),
    "project-management": ("Project management", "Gestion de projets", True),
    "crm": ("CRM", "CRM", True),
    "file-storage": ("File storage", "Stockage de fichiers", True),
    "code-hosting": ("Code hosting", "Hébergement de code", True),
    "password-manager": ("Password manager", "Gestionnaire de mots de passe", True),
    "e-signature": ("E-signature", "Signature électronique", True),
    "customer-support": ("Customer support", "Service client", True),
    "forms-surveys": ("Forms & surveys", "Formulaires et sondages", True),
    "accounting": ("Accounting", "Comptabilité", True),
    "design": ("Design", "Design", False),
    "whiteboard": ("Whiteboard", "Tableau blanc", False),
    "productivity-suite": ("Productivity suite", "Suite bureautique", False),
    "wiki-docs": ("Wiki & docs", "Wiki et documentation", False),
    "developer-tools": ("Developer tools", "Outils de développement", False),
    "hr": ("HR", "RH", False),
    "marketing": ("Marketing", "Marketing", False),
    "scheduling": ("Scheduling", "Prise de rendez-vous", False),
    "async-video": ("Async video", "Vidéo asynchrone", False),
    "translation": ("Translation", "Traduction", False),
    "writing-assistant": ("Writing assistant", "Aide à la rédaction", False),
    "meeting-notes": ("Meeting notes", "Notes de réunion", False),
    "identity-sso": ("Identity / SSO", "Identité / SSO", False),
    "device-management": ("Device management", "Gestion des appareils", False),
    "website-builder": ("Website builder", "Création de sites", False),
    "internal-tool": ("Internal tool", "Outil interne", False),
    "uncategorised": ("Uncategorised", "Non classé", False),
}

CATALOG = {  # id: (display name, category id)
    "slack": ("Slack", "team-chat"),
    "zoom": ("Zoom", "video-conferencing"),
    "google-meet": ("Google Meet", "video-conferencing"),
    "webex": ("Webex", "video-conferencing"),
    "google-workspace": ("Google Workspace", "productivity-suite"),
    "microsoft-365": ("Microsoft 365", "productivity-suite"),
    "chatgpt": ("ChatGPT", "ai-assistant"),
    "claude": ("Claude", "ai-assistant"),
    "microsoft-copilot": ("Microsoft Copilot", "ai-assistant"),
    "jira": ("Jira", "project-management"),
    "asana": ("Asana", "project-management"),
    "monday": ("monday.com", "project-management"),
    "confluence": ("Confluence", "wiki-docs"),
    "notion": ("Notion", "wiki-docs"),
    "github": ("GitHub", "code-hosting"),
    "figma": ("Figma", "design"),
    "adobe-creative-cloud": ("Adobe Creative Cloud", "design"),
    "canva": ("Canva", "design"),
    "miro": ("Miro", "whiteboard"),
    "loom": ("Loom", "async-video"),
    "1password": ("1Password", "password-manager"),
    "docusign": ("DocuSign", "e-signature"),
    "hubspot": ("HubSpot", "crm"),
    "zendesk": ("Zendesk", "customer-support"),
    "quickbooks": ("QuickBooks Online", "accounting"),
    "calendly": ("Calendly", "scheduling"),
    "typeform": ("Typeform", "forms-surveys"),
    "surveymonkey": ("SurveyMonkey", "forms-surveys"),
    "dropbox": ("Dropbox", "file-storage"),
    "grammarly": ("Grammarly", "writing-assistant"),
    "deepl": ("DeepL", "translation"),
    "otter": ("Otter.ai", "meeting-notes"),
    "okta": ("Okta", "identity-sso"),
    "webflow": ("Webflow", "website-builder"),
    "mailchimp": ("Mailchimp", "marketing"),
    "humi": ("Humi", "hr"),
    "sentry": ("Sentry", "developer-tools"),
}

# ----------------------------------------------------------------------------- ground-truth matching
# (vendor, description) exactly as in the billing files -> tool id, or None (non-software / unknown).
BILLING_MAP = {
    ("SLACK T03ABC12*PRO", "Slack Pro - monthly"): "slack",
    ("GOOGLE *GSUITE_atelierb", "Google Workspace Business Standard"): "google-workspace",
    ("ADOBE *CREATIVE CLOUD", "Creative Cloud All Apps - 20 licences"): "adobe-creative-cloud",
    ("ADOBE *CREATIVE CLOUD", "Refund - licence removed in September"): "adobe-creative-cloud",
    ("ZOOM.US 888-799-9666", "Zoom Workplace Pro - 20 licences"): "zoom",
    ("MSFT *E0400ABCD", "Microsoft 365 Business Standard"): "microsoft-365",
    ("MSFT *E0400ABCD", "Microsoft Copilot"): "microsoft-copilot",
    ("MSFT *E0400KXQZ", "Microsoft 365 Business Standard"): "microsoft-365",
    ("MSFT *E0400KXQZ", "Microsoft Copilot"): "microsoft-copilot",
    ("MSFT *E0400MNPR", "Microsoft 365 Business Standard"): "microsoft-365",
    ("MSFT *E0400MNPR", "Microsoft Copilot"): "microsoft-copilot",
    ("OPENAI *CHATGPT SUBSCR", ""): "chatgpt",
    ("CLAUDE.AI SUBSCRIPTION", ""): "claude",
    ("PAYPAL *ATLASSIAN", "Jira Software Standard"): "jira",
    ("PAYPAL *ATLASSIAN", "Confluence Standard"): "confluence",
    ("1PASSWORD", ""): "1password",
    ("NOTION LABS INC", "Notion Plus - 22 members"): "notion",
    ("MIRO.COM", ""): "miro",
    ("LOOM.COM", ""): "loom",
    ("GITHUB, INC.", "GitHub Team"): "github",
    ("MONDAY.COM", ""): "monday",
    ("CALENDLY", "Standard - 3 seats"): "calendly",
    ("INTUIT *QBOOKS ONLINE", "QuickBooks Online Plus"): "quickbooks",
    ("MAILCHIMP *MONTHLY", ""): "mailchimp",
    ("DEEPL SE", "DeepL Pro Starter - 4 users"): "deepl",
    ("SENTRY.IO", ""): "sentry",
    ("OTTER.AI", ""): "otter",
    ("DOCUSIGN INC", "Envelope add-on pack"): "docusign",
    ("FIGMA SAN FRANCISCO CA", "Figma Professional - annual - 25 seats"): "figma",
    ("HubSpot, Inc.", "Sales Hub Starter - 8 seats - August"): "hubspot",
    ("HubSpot, Inc.", "Sales Hub Starter - 8 seats - September"): "hubspot",
    ("HubSpot, Inc.", "Sales Hub Starter - 8 seats - October"): "hubspot",
    ("Humi Software Inc.", "HR + Payroll - 118 employees - August"): "humi",
    ("Humi Software Inc.", "HR + Payroll - 118 employees - September"): "humi",
    ("Humi Software Inc.", "HR + Payroll - 118 employees - October"): "humi",
    ("Zendesk, Inc.", "Suite Team - 5 agents - August"): "zendesk",
    ("Zendesk, Inc.", "Suite Team - 5 agents - September"): "zendesk",
    ("Zendesk, Inc.", "Suite Team - 5 agents - October"): "zendesk",
    ("Okta, Inc.", "Workforce Identity SSO + MFA - 120 users - annual renewal"): "okta",
    # non-software or unknown software: unrecognised spend
    ("LUMEN ANALYTICS INC", "Dashboards - monthly"): None,      # unknown software vendor
    ("STARBUCKS #1234 MONTREAL QC", ""): None,
    ("STARBUCKS #0871 MONTREAL QC", "Client meeting"): None,
    ("STARBUCKS #0871 MONTREAL QC", "Pending"): None,            # amount N/A -> rejected
    ("BUREAU EN GROS #2041", ""): None,
    ("AIR CANADA 0142345678", "YUL-YYZ"): None,
    ("AIR CANADA 0142345678", "YUL-YYZ client visit"): None,
    ("THE NOUN PROJECT", "Icon licence"): None,                  # unknown, August only
    ("HOTEL DU PETIT MOULIN", "Paris - client workshop"): None,  # EUR
    ("FONTSMITH LTD", "Display typeface licence"): None,         # GBP, no rate -> rejected
}

LICENSE_MAP = {  # Tool cell -> tool id
    "Slack": "slack",
    "Google Workspace": "google-workspace",
    "Microsoft 365": "microsoft-365",
    "Microsoft 365 Copilot": "microsoft-copilot",
    "Zoom Workplace": "zoom",
    "Webex Meetings": "webex",
    "ChatGPT Team": "chatgpt",
    "Claude Team": "claude",
    "Jira": "jira",
    "Confluence": "confluence",
    "Asana": "asana",
    "monday.com": "monday",
    "Notion": "notion",
    "GitHub": "github",
    "Figma": "figma",
    "Adobe Creative Cloud": "adobe-creative-cloud",
    "Canva": "canva",
    "Miro": "miro",
    "Loom": "loom",
    "1Password": "1password",
    "DocuSign": "docusign",
    "HubSpot": "hubspot",
    "Zendesk": "zendesk",
    "QuickBooks Online": "quickbooks",
    "Typeform": "typeform",
    "Dropbox": "dropbox",
    "Grammarly": "grammarly",
    "DeepL": "deepl",
    "Otter.ai": "otter",
    "Okta": "okta",
    "Webflow": "webflow",
    "Mailchimp": "mailchimp",
    "Humi": "humi",
    "Sentry": "sentry",
}

USAGE_MAP = {  # usage `tool` value -> tool id
    "Slack": "slack",
    "Zoom": "zoom",
    "Google Meet": "google-meet",
    "Google Workspace": "google-workspace",
    "Webex": "webex",
    "ChatGPT": "chatgpt",
    "Claude": "claude",
    "Microsoft Copilot": "microsoft-copilot",
    "Microsoft 365": "microsoft-365",
    "Jira": "jira",
    "Confluence": "confluence",
    "Asana": "asana",
    "monday.com": "monday",
    "Notion": "notion",
    "GitHub": "github",
    "Figma": "figma",
    "Adobe Creative Cloud": "adobe-creative-cloud",
    "Canva": "canva",
    "Miro": "miro",
    "Loom": "loom",
    "1Password": "1password",
    "Zendesk": "zendesk",
    "Dropbox": "dropbox",
    "Grammarly": "grammarly",
    "DeepL": "deepl",
}

# ----------------------------------------------------------------------------- headers of the kinds
BILLING_HEADER = ["date", "vendor", "amount", "currency", "department", "description"]
USAGE_HEADERS = (["user", "tool", "last_active"], ["user", "tool", "last_active", "status"])
FX_HEADERS = (["currency", "rate"], ["devise", "taux (cad)"])   # the sample is the French form: CAD per unit, decimal comma
LICENSE_HEADER = ["Tool", "Plan", "Seats", "Price per seat", "Billing cycle", "Currency", "Renewal date",
                  "Notice period (days)", "Owner", "Department", "Category", "Inactive after (days)",
                  "Exempt", "Auto-renew"]
DEPARTED_STATUSES = {"departed", "suspended", "deleted", "deactivated"}
TYPE_ORDER = ["UNUSED", "UNDERUSED", "OVERLAP", "PRICE", "RENEWAL", "UNTRACKED"]
COUNTED_TYPES = ("UNUSED", "UNDERUSED", "OVERLAP", "PRICE")      # each tool once: the largest of these
PRICE_ALERT = Decimal("0.05")                                    # a reference more than 5 % below today's price

CENT = Decimal("0.01")
UTIL = Decimal("0.0001")


def money(d):
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def ceil_int(d):
    return int(d.to_integral_value(rounding=ROUND_CEILING))


def fmt(d, places=2):
    """1234.5 -> '1,234.50' for the markdown."""
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = f"{q:,.{places}f}"
    return s


def plain(d):
    """Exact decimal without exponent, trailing zeros stripped (for showing arithmetic)."""
    s = format(d.normalize(), "f")
    return s


# ----------------------------------------------------------------------------- unrecognised-descriptor normaliser
LEGAL = {"inc", "llc", "ltd", "ltee", "corp", "gmbh", "sas", "co", "limited"}
PLACE_TOKENS = {"qc", "on", "ca", "us", "usa", "can", "montreal", "toronto"}
PLACE_PHRASES = [("san", "francisco")]
PHONE = re.compile(r"\+?1?[ .\-]?\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}")


def normalise_descriptor(raw):
    s = unicodedata.normalize("NFKD", raw)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = PHONE.sub(" ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    toks = []
    for t in s.split():
        if t.isdigit() and len(t) >= 4:
            continue
        if not t.isdigit() and sum(c.isdigit() for c in t) >= 2:
            continue
        if t in LEGAL:
            continue
        toks.append(t)
    changed = True
    while changed and toks:
        changed = False
        for ph in PLACE_PHRASES:
            if len(toks) >= len(ph) and tuple(toks[-len(ph):]) == ph:
                toks = toks[:-len(ph)]
                changed = True
        if toks and toks[-1] in PLACE_TOKENS:
            toks = toks[:-1]
            changed = True
    return " ".join(toks)


# ----------------------------------------------------------------------------- readers
def read_csv_rows(path):
    """-> (header, [(line, row)]): UTF-8 (BOM or not), else Windows-1252; ',' or ';' as the header line says."""
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = rows[0] if rows else []
    data = [(i + 2, r) for i, r in enumerate(rows[1:]) if any(c.strip() for c in r)]
    return header, data


# The October card statement is the bank's French export (Windows-1252, ';', "1 406,25 $", dd/mm/yyyy):
# its rows are turned into the canonical billing columns before anything else looks at them.
FRENCH_CARD_HEADER = ["Date de transaction", "Date d'inscription", "Commerçant", "Montant", "Devise", "Service",
                      "Détails"]


def canonical_billing(header, data):
    if header == FRENCH_CARD_HEADER:
        out = []
        for line, r in data:
            date_s, _posted, vendor, amount_s, cur, dept, desc = (r + [""] * 7)[:7]
            d, m, y = date_s.strip().split("/")
            number = amount_s.replace("\u00a0", "").replace(" ", "")
            for sign in ("$US", "$", "€", "£"):
                number = number.replace(sign, "")
            number = number.replace(",", ".")
            try:
                Decimal(number)
            except Exception:
                number = amount_s            # not an amount: rejected below with its text
            out.append((line, [f"{y}-{m}-{d}", vendor, number, cur, dept, desc]))
        return out
    return data


# The Microsoft 365 admin center's active-user detail: one row per user, a column pair per product.
M365_PRODUCTS = {"Microsoft 365 Apps": "Microsoft 365", "Microsoft 365 Copilot": "Microsoft Copilot"}


def is_m365(header):
    return "User Principal Name" in header and any(h.startswith("Has ") and h.endswith(" License") for h in header)


def m365_usage(header, r):
    """-> [dict(user, tool, last_active, status)] for each product the user has a license of."""
    rec = dict(zip(header, r))
    out = []
    for product, tool in M365_PRODUCTS.items():
        if rec.get(f"Has {product} License", "").strip().lower() == "true":
            out.append(dict(user=rec["User Principal Name"], tool=tool,
                            last_active=rec.get(f"{product} Last Activity Date", ""),
                            status="deleted" if rec.get("Is Deleted", "").strip().lower() == "true" else ""))
    return out


NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "pr": "http://schemas.openxmlformats.org/package/2006/relationships"}


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def read_xlsx_sheets(path):
    """-> {sheet name: [[cell text or None, ...], ...]} with raw values (numbers as their XML text)."""
    out = {}
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            root = ET.fromstring(z.read("xl/sharedStrings.xml"))
            for si in root.findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.findall("pr:Relationship", NS)}
        for sh in wb.find("m:sheets", NS).findall("m:sheet", NS):
            name = sh.get("name")
            target = targets[sh.get("{%s}id" % NS["r"])]
            target = target.lstrip("/")
            if not target.startswith("xl/"):
                target = "xl/" + target
            root = ET.fromstring(z.read(target))
            rows = []
            for row in root.find("m:sheetData", NS).findall("m:row", NS):
                rnum = int(row.get("r"))
                while len(rows) < rnum - 1:
                    rows.append([])
                cells = []
                for c in row.findall("m:c", NS):
                    idx = col_index(c.get("r"))
                    while len(cells) < idx:
                        cells.append(None)
                    t = c.get("t")
                    v = c.find("m:v", NS)
                    if t == "s":
                        val = shared[int(v.text)]
                    elif t == "inlineStr":
                        val = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
                    else:
                        val = v.text if v is not None else None
                    cells.append(val)
                rows.append(cells)
            out[name] = rows
    return out


def excel_date(serial_text):
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(Decimal(serial_text)))


def cell(row, i):
    if i < len(row) and row[i] is not None and str(row[i]).strip() != "":
        return str(row[i]).strip()
    return None


def truthy(v):
    return v is not None and v.strip().lower() in ("yes", "true", "x", "oui", "vrai")


def category_from_name(name):
    key = name.strip().lower()
    for cid, (en, fr, _) in CATEGORIES.items():
        if key in (en.lower(), fr.lower()):
            return cid
    return None


# ----------------------------------------------------------------------------- the derivation
def usage_row(rel, line, rec, usage):
    name = rec["tool"]
    if name not in USAGE_MAP:
        raise SystemExit(f"usage tool missing from USAGE_MAP: {name!r}")
    la = rec.get("last_active", "").strip()
    usage.append(dict(file=rel, line=line, user=rec["user"].strip(), tool=USAGE_MAP[name],
                      last=dt.date.fromisoformat(la) if la else None,
                      status=rec.get("status", "").strip().lower()))


ANNUAL_WORDS = re.compile(r"\b(annual|annually|yearly|per annum|annuel|annuelle|annuellement|(1|one|un|une) "
                          r"(year|yr|an|annee)|12 (months|month|mo|mois)|per year|a year|par an|par annee)\b")


def names_annual_cycle(text):
    """Whether a charge's text names an annual cycle (lowercase, accents and punctuation aside)."""
    plain = unicodedata.normalize("NFD", text.lower())
    plain = re.sub(r"[^a-z0-9]+", " ", "".join(c for c in plain if not unicodedata.combining(c)))
    return ANNUAL_WORDS.search(plain) is not None


def read_list_prices(catalog_path):
    """-> {tool id: (list price per seat per month, currency)} for the catalog rows that have both."""
    out = {}
    with open(catalog_path, encoding="utf-8-sig", newline="") as f:
        for rec in csv.DictReader(f):
            price = (rec.get("list_price_per_seat_month") or "").strip()
            cur = (rec.get("list_price_currency") or "").strip().upper()
            if price and cur:
                out[rec["id"].strip()] = (Decimal(price), cur)
    return out


def dept_key(name):
    """Departments are one when equal ignoring case and surrounding spaces; blank is unassigned (None)."""
    return None if name is None or name.strip() == "" else name.strip().lower()


def split_exact(amount, weights):
    """amount split over [(key, weight)] in proportion to the weights, exactly: the last share takes the
    remainder, so the shares sum to amount whatever the decimals. -> [(key, share)]."""
    total = sum((w for _, w in weights), Decimal(0))
    out, given = [], Decimal(0)
    for i, (k, w) in enumerate(weights):
        share = amount - given if i == len(weights) - 1 else amount * w / total
        out.append((k, share))
        given += share
    return out


def derive(input_dir, catalog_path=DEFAULT_CATALOG):
    files_read, files_ignored = [], []
    rows_read = 0
    rejected = []          # (file, line, reason)
    not_counted = {}       # (kind, reason) -> dict(count, amounts{currency: Decimal}, withoutAmount)
    billing = []           # dicts
    licenses = []
    usage = []
    fx = {CURRENCY: Decimal(1)}
    notes = []             # data-quality notes that are not rejections

    all_files = []
    for dirpath, dirnames, filenames in os.walk(input_dir):
        dirnames.sort()
        for fn in sorted(filenames):
            all_files.append(os.path.join(dirpath, fn))
    all_files.sort()

    # FX first (conversion of billing lines needs it)
    kinds = {}
    for p in all_files:
        rel = os.path.relpath(p, input_dir)
        if os.path.basename(p).lower() == "readme.md":
            continue
        if p.lower().endswith(".csv"):
            header, _ = read_csv_rows(p)
            h = [c.strip().lower() for c in header]
            if h == BILLING_HEADER or header == FRENCH_CARD_HEADER:
                kinds[rel] = "billing"
            elif h in USAGE_HEADERS or is_m365(header):
                kinds[rel] = "usage"
            elif h in FX_HEADERS:
                kinds[rel] = "fx"
            else:
                kinds[rel] = None
        elif p.lower().endswith(".xlsx"):
            sheets = read_xlsx_sheets(p)
            kinds[rel] = "licenses" if any(LICENSE_HEADER in r[:10] for r in sheets.values()) else None
        else:
            kinds[rel] = None

    for rel, kind in sorted(kinds.items()):
        if kind is None:
            files_ignored.append(rel)
        else:
            files_read.append((rel, kind))

    for rel, kind in files_read:
        if kind != "fx":
            continue
        header, data = read_csv_rows(os.path.join(input_dir, rel))
        for line, r in data:
            rows_read += 1
            fx[r[0].strip().upper()] = Decimal(r[1].strip().replace(",", "."))

    period_start = dt.date(int(PERIOD[:4]), int(PERIOD[5:]), 1)
    in_period = lambda d: period_start <= d <= AS_OF

    for rel, kind in files_read:
        path = os.path.join(input_dir, rel)
        if kind == "billing":
            header, data = read_csv_rows(path)
            for line, r in canonical_billing(header, data):
                rows_read += 1
                date_s, vendor, amount_s, cur, dept, desc = (r + [""] * 6)[:6]
                try:
                    amount = Decimal(amount_s.strip())
                    if not amount.is_finite():
                        raise ValueError
                except Exception:
                    rejected.append((rel, line, f"amount '{amount_s}' is not a number"))
                    try:
                        counts = in_period(dt.date.fromisoformat(date_s.strip()))
                    except ValueError:
                        counts = True            # an unreadable date might be in the period
                    if counts:                   # a row of another month would not count anyway
                        nc = not_counted.setdefault(("billing", "rejected"),
                                                    dict(count=0, amounts={}, withoutAmount=0))
                        nc["count"] += 1
                        nc["withoutAmount"] += 1
                    continue
                d = dt.date.fromisoformat(date_s.strip())
                cur = cur.strip().upper() or CURRENCY
                key = (vendor, desc)
                if key not in BILLING_MAP:
                    raise SystemExit(f"descriptor missing from BILLING_MAP: {key!r}")
                if in_period(d) and cur not in fx:
                    rejected.append((rel, line, f"no FX rate for {cur}"))
                    nc = not_counted.setdefault(("billing", "noFxRate"), dict(count=0, amounts={}, withoutAmount=0))
                    nc["count"] += 1
                    nc["amounts"][cur] = nc["amounts"].get(cur, Decimal(0)) + amount
                    continue
                billing.append(dict(file=rel, line=line, date=d, vendor=vendor, desc=desc, amount=amount,
                                    dept_raw=dept,
                                    raw=amount_s.strip(),
                                    currency=cur, tool=BILLING_MAP[key],
                                    cad=(amount * fx[cur]) if cur in fx else None))
        elif kind == "usage":
            header, data = read_csv_rows(path)
            h = [c.strip().lower() for c in header]
            for line, r in data:
                rows_read += 1
                for rec in (m365_usage(header, r) if is_m365(header) else [dict(zip(h, r))]):
                    usage_row(rel, line, rec, usage)
        elif kind == "licenses":
            sheets = read_xlsx_sheets(path)
            for sname, rows in sheets.items():
                if LICENSE_HEADER not in rows[:10]:
                    continue
                top = rows.index(LICENSE_HEADER) + 1          # a title may sit above the header
                for i, row in enumerate(rows[top:], start=top + 1):
                    if not any(cell(row, j) for j in range(len(LICENSE_HEADER))):
                        continue
                    rows_read += 1
                    tool_cell = cell(row, 0)
                    if tool_cell not in LICENSE_MAP:
                        raise SystemExit(f"license tool missing from LICENSE_MAP: {tool_cell!r}")
                    cur = (cell(row, 5) or CURRENCY).upper()
                    if cur not in fx:
                        # toolspend keeps such a row for its seats and renewal and leaves its cost out
                        # (totals.notCounted, licenses/noFxRate): not modelled here, the samples have none
                        raise SystemExit(f"license row without an FX rate: {rel}!{sname}:{i}")
                    ren = cell(row, 6)
                    notice = cell(row, 7)
                    inact = cell(row, 11)
                    licenses.append(dict(
                        file=f"{rel}!{sname}", line=i, tool_cell=tool_cell, tool=LICENSE_MAP[tool_cell],
                        plan=cell(row, 1), seats=Decimal(cell(row, 2)), price=Decimal(cell(row, 3)),
                        cycle=cell(row, 4).lower(), currency=cur, rate=fx[cur],
                        renewal=excel_date(ren) if ren else None,
                        notice=int(Decimal(notice)) if notice is not None else None,
                        owner=cell(row, 8), department=cell(row, 9), category=cell(row, 10),
                        inactive_after=int(Decimal(inact)) if inact is not None else None,
                        exempt=cell(row, 12), auto_renew=cell(row, 13)))

    # ------------------------------------------------------------------ per tool
    tool_ids = set(l["tool"] for l in licenses)
    tool_ids |= set(b["tool"] for b in billing if b["tool"] and in_period(b["date"]))
    tool_ids |= set(u["tool"] for u in usage)
    tools = {}
    for tid in sorted(tool_ids):
        name, cat = CATALOG[tid]
        rows = [l for l in licenses if l["tool"] == tid]
        t = dict(id=tid, name=name, category=cat, license_rows=rows)
        # overrides: first non-blank wins
        for key in ("category", "inactive_after", "exempt", "auto_renew"):
            t["ovr_" + key] = next((l[key] for l in rows if l[key] is not None), None)
        if t["ovr_category"]:
            cid = category_from_name(t["ovr_category"])
            if cid:
                t["category"] = cid
            else:
                notes.append(f"{tid}: unknown category '{t['ovr_category']}' in the register; catalog category kept")
        t["window"] = t["ovr_inactive_after"] if t["ovr_inactive_after"] is not None else W
        t["exempt"] = truthy(t["ovr_exempt"])
        lines = [b for b in billing if b["tool"] == tid and in_period(b["date"])]
        t["lines"] = lines
        t["spend"] = sum((b["cad"] for b in lines), Decimal(0))
        # PRODUCT.md, Untracked subscription: a line whose text names an annual cycle is a year, counted x 1
        t["annual_spend"] = sum((b["cad"] for b in lines if names_annual_cycle(b["vendor"] + " " + b["desc"])),
                                Decimal(0))
        if rows:
            t["seats"] = sum((l["seats"] for l in rows), Decimal(0))
            parts = []
            for l in rows:
                mult = Decimal(12) if l["cycle"] == "monthly" else Decimal(1)
                parts.append(l["seats"] * l["price"] * mult * l["rate"])
            t["row_costs"] = parts
            t["annual"] = sum(parts, Decimal(0))
            t["source"] = "licenses"
        else:
            t["seats"] = None
            t["annual"] = (t["spend"] - t["annual_spend"]) * 12 + t["annual_spend"]
            t["source"] = "billing"
        if t["annual"] == 0:
            t["msp"] = Decimal(0)
        elif t["seats"]:
            t["msp"] = t["annual"] / t["seats"] / 12
        else:
            t["msp"] = None
        # holders
        urows = [u for u in usage if u["tool"] == tid]
        t["usage_data"] = bool(urows)      # every sample usage source has a last_active column
        holders = {}
        for u in urows:
            k = u["user"].lower()
            h = holders.setdefault(k, dict(user=k, last=None, departed=False, sources=[]))
            h["sources"].append(u)
            if u["last"] is not None and (h["last"] is None or u["last"] > h["last"]):
                h["last"] = u["last"]
            if u["status"] in DEPARTED_STATUSES:
                h["departed"] = True
        for h in holders.values():
            if h["departed"]:
                h["state"] = "departed"
            elif h["last"] is None:
                h["state"] = "never active"
            else:
                days = max(0, (AS_OF - h["last"]).days)
                h["days"] = days
                h["state"] = "active" if days <= t["window"] else "inactive"
            if "days" not in h and h["last"] is not None:
                h["days"] = max(0, (AS_OF - h["last"]).days)
        t["holders"] = holders
        t["active_set"] = {k for k, h in holders.items() if h["state"] == "active"}
        t["active"] = len(t["active_set"]) if t["usage_data"] else None
        seats, act = t["seats"], t["active"]
        t["util"] = (Decimal(act) / seats) if (seats is not None and seats > 0 and act is not None) else None
        t["cpau"] = (t["annual"] / act) if act else None
        if seats is not None and act is not None:
            t["need"] = ceil_int(Decimal(act) * (1 + H))
            if t["exempt"]:
                t["reclaim"] = 0          # figures.md: an exempt tool has nothing to reclaim
            elif t["util"] is not None and t["util"] < U:
                t["reclaim"] = max(0, int(seats) - t["need"])
            else:
                t["reclaim"] = 0
        else:
            t["need"] = ceil_int(Decimal(act) * (1 + H)) if act is not None else None
            t["reclaim"] = None
        t["findings"] = []
        tools[tid] = t

    findings = []

    def add_finding(tid, ftype, savings, act_by=None, extra=None):
        f = dict(type=ftype, toolId=tid, savings=savings, actBy=act_by, extra=extra or {})
        findings.append(f)
        tools[tid]["findings"].append(f)

    # UNUSED / UNDERUSED
    for tid, t in tools.items():
        if t["exempt"]:
            continue
        if t["usage_data"] and t["active"] == 0 and t["annual"] > 0:
            add_finding(tid, "UNUSED", t["annual"])
        elif (t["seats"] is not None and t["seats"] > 0 and t["util"] is not None and t["util"] < U
              and t["reclaim"] is not None and t["reclaim"] >= 1):
            add_finding(tid, "UNDERUSED", Decimal(t["reclaim"]) * t["annual"] / t["seats"])

    # OVERLAPS
    overlaps = []
    for cid, (cname, _, flag) in CATEGORIES.items():
        if not flag:
            continue
        members = [t for t in tools.values() if t["category"] == cid and
                   (t["annual"] > 0 or (t["usage_data"] and t["annual"] == 0))]
        if sum(1 for t in members if t["annual"] > 0) < 2:
            continue
        keepable = [t for t in members if t["usage_data"]]
        kept = None
        if keepable:
            def key(t):
                price_rank = (0, t["msp"]) if t["msp"] is not None else (1, Decimal(0))
                return (-t["active"], price_rank, t["name"].lower())
            kept = sorted(keepable, key=key)[0]
        counts = {}
        for t in members:
            for u in t["active_set"]:
                counts[u] = counts.get(u, 0) + 1
        shared = sorted(u for u, c in counts.items() if c >= 2)
        group = dict(category=cname, category_id=cid, kept=kept["id"] if kept else None,
                     toolIds=sorted(t["id"] for t in members), shared=shared, members=members, moves=[])
        if kept:
            for t in sorted(members, key=lambda x: x["id"]):
                if t is kept or not t["usage_data"] or t["exempt"]:
                    continue
                movers = sorted(t["active_set"] - kept["active_set"])
                if kept["msp"] is None:
                    group["moves"].append(dict(tool=t["id"], movers=movers, migration=None, savings=None))
                    continue
                migration = Decimal(len(movers)) * kept["msp"] * 12
                savings = t["annual"] - migration
                group["moves"].append(dict(tool=t["id"], movers=movers, migration=migration, savings=savings))
                if savings > 0:
                    add_finding(t["id"], "OVERLAP", savings, extra=dict(kept=kept["id"], movers=len(movers),
                                                                         migration=migration))
        overlaps.append(group)
    overlaps.sort(key=lambda g: g["category"])

    # RENEWALS
    horizon_end = AS_OF + dt.timedelta(days=R)
    renewals, stale = [], []
    for l in licenses:
        if l["renewal"] is None:
            continue
        if l["renewal"] <= AS_OF:
            stale.append(l)
            notes.append(f"{l['tool']}: renewal date {l['renewal']} is on or before {AS_OF} (stale): update the register")
            continue
        if l["renewal"] > horizon_end:
            continue
        notice = N if l["notice"] is None else l["notice"]
        act_by = l["renewal"] - dt.timedelta(days=notice)
        days = (act_by - AS_OF).days
        urgency = "critical" if days <= 14 else "high" if days <= 30 else "medium" if days <= 60 else "low"
        t = tools[l["tool"]]
        rec = t["need"] if t["usage_data"] else None
        r = dict(row=l, notice=notice, act_by=act_by, days=days, urgency=urgency, overdue=days < 0,
                 recommended=rec)
        renewals.append(r)
        add_finding(l["tool"], "RENEWAL", Decimal(0), act_by=act_by, extra=r)

    # UNTRACKED
    for tid, t in tools.items():
        if t["spend"] > 0 and not t["license_rows"]:
            add_finding(tid, "UNTRACKED", Decimal(0), extra=dict(estimated=t["annual"]))

    # PRICE CHECKS: tools renewing within the horizon whose annual cost comes from the register
    list_prices = read_list_prices(catalog_path)
    price_checks = []
    for tid, t in sorted(tools.items()):
        in_horizon = [r for r in renewals if r["row"]["tool"] == tid]
        if not in_horizon or t["source"] != "licenses" or not t["seats"] > 0 or not t["annual"] > 0:
            continue
        now = t["annual"] / t["seats"] / 12
        last_year = None                      # no history: no price 12 periods earlier
        lp = list_prices.get(tid)
        listed = None
        if lp is not None and lp[1] in fx:
            listed = lp[0] * fx[lp[1]]        # fx[CAD] = 1
        seats = t["seats"]

        def against(ref):
            if ref is None:
                return None, None
            return (now - ref) / ref, (now - ref) * seats * 12

        ly_pct, ly_year = against(last_year)
        li_pct, li_year = against(listed)
        refs = [r for r in (last_year, listed) if r is not None]
        target = min(refs) if refs else None  # neither reference: the price now is shown all the same
        alert = any(p is not None and p > PRICE_ALERT for p in (ly_pct, li_pct))
        act_by = min(r["act_by"] for r in in_horizon)
        pc = dict(tool=tid, seats=int(seats), now=now, last_year=last_year, ly_pct=ly_pct, ly_year=ly_year,
                  list=listed, list_src=lp, li_pct=li_pct, li_year=li_year, target=target, alert=alert,
                  act_by=act_by, renewals=in_horizon, savings=None)
        if alert and target is not None and (now - target) * seats * 12 > 0:
            pc["savings"] = (now - target) * seats * 12
            add_finding(tid, "PRICE", pc["savings"], act_by=act_by, extra=pc)
        price_checks.append(pc)

    for t in tools.values():
        s = [f["savings"] for f in t["findings"] if f["type"] in COUNTED_TYPES]
        t["savings"] = max(s) if s else Decimal(0)

    findings.sort(key=lambda f: (-f["savings"], TYPE_ORDER.index(f["type"]), f["toolId"],
                                 f["actBy"] or dt.date.min))

    # UNRECOGNISED
    unrec = {}
    for b in billing:
        if b["tool"] is None and in_period(b["date"]):
            k = normalise_descriptor(b["vendor"])
            g = unrec.setdefault(k, dict(descriptor=k, lines=0, amount=Decimal(0), raw=[], parts=[]))
            g["lines"] += 1
            g["amount"] += b["cad"]
            g["parts"].append(b)
            if b["vendor"] not in g["raw"]:
                g["raw"].append(b["vendor"])
    unrec_list = sorted(unrec.values(), key=lambda g: (-g["amount"], g["descriptor"]))

    active_any = set()
    for t in tools.values():
        active_any |= t["active_set"]

    totals = dict(
        spend=sum((t["spend"] for t in tools.values()), Decimal(0)),
        annual=sum((t["annual"] for t in tools.values()), Decimal(0)),
        savings=sum((t["savings"] for t in tools.values()), Decimal(0)),
        active=len(active_any), tools=len(tools))

    # MONTH OVER MONTH: one period, no history -> every (type, tool) new, open 1 period; nothing gone, realized
    states = []
    for f in findings:
        k = (f["type"], f["toolId"])
        if k not in [(x["type"], x["toolId"]) for x in states]:
            states.append(dict(type=f["type"], toolId=f["toolId"], state="new", openPeriods=1))
    mom = dict(previous=None, open=totals["savings"], realized_period=Decimal(0), realized_12=Decimal(0),
               states=states, gone=[], realized=[], price_checks=price_checks)

    # DEPARTMENTS
    departments = derive_departments(tools, licenses, totals)

    return dict(tools=tools, findings=findings, overlaps=overlaps, renewals=renewals, stale=stale,
                mom=mom, departments=departments, list_prices=list_prices,
                unrec=unrec_list, totals=totals, files_read=files_read, files_ignored=files_ignored,
                rows_read=rows_read, rejected=rejected, not_counted=not_counted, billing=billing, licenses=licenses, usage=usage,
                fx=fx, notes=notes)


# ----------------------------------------------------------------------------- departments
def derive_departments(tools, licenses, totals, roster=None):
    """Spend in P, annual cost and counted savings of every tool, placed on departments (None = unassigned).

    roster: {user e-mail (lowercase): department} of an HR roster; the samples have none (None), so what the
    register and the billing lines do not place is unassigned. Every split is exact (split_exact), and the
    departments' sums are asserted equal to the totals.
    Returns dict(rows=[dict(key, name, spend, annual, savings, parts=[(tool, figure, amount, how)])], ...)."""
    spelling = {}                                          # key -> first spelling met
    # billing lines first (in the order read), then register rows
    met_lines = sorted((b for t in tools.values() for b in t["lines"]), key=lambda b: (b["file"], b["line"]))
    for b in met_lines:
        k = dept_key(b["dept_raw"])
        if k is not None:
            spelling.setdefault(k, b["dept_raw"].strip())
    for l in licenses:
        k = dept_key(l["department"])
        if k is not None:
            spelling.setdefault(k, l["department"].strip())

    acc = {}                                               # key -> dict(spend, annual, savings, parts)

    def put(key, figure, amount, tid, how):
        d = acc.setdefault(key, dict(spend=Decimal(0), annual=Decimal(0), savings=Decimal(0), parts=[]))
        d[figure] += amount
        d["parts"].append((tid, figure, amount, how))

    def by_holders(t):
        """Weights of the roster departments of the tool's seat holders (split by holder count), else None."""
        if not roster:
            return None
        w = {}
        for u in sorted(t["holders"]):
            k = dept_key(roster.get(u))
            w[k] = w.get(k, Decimal(0)) + 1
        return sorted(w.items(), key=lambda e: (e[0] is None, e[0] or "")) or None

    def place(amount, weights, figure, tid, how):
        """Split amount over the weights, or all of it unassigned when there are none (or they sum to 0)."""
        if amount == 0:
            return []
        if not weights or sum((w for _, w in weights), Decimal(0)) == 0:
            put(None, figure, amount, tid, how + ", unassigned")
            return [(None, amount)]
        shares = split_exact(amount, weights)
        for k, a in shares:
            put(k, figure, a, tid, how)
        return shares

    for tid, t in sorted(tools.items()):
        rows = list(zip(t["license_rows"], t.get("row_costs", [])))
        lines = t["lines"]
        line_w = {}
        for b in lines:
            k = dept_key(b["dept_raw"])
            if k is not None:
                line_w[k] = line_w.get(k, Decimal(0)) + b["cad"]
        line_weights = sorted(line_w.items())
        dept_rows = [(l, c) for l, c in rows if dept_key(l["department"]) is not None]

        # spend in P
        spend_alloc = {}
        if dept_rows:
            w = {}
            for l, c in dept_rows:
                w[dept_key(l["department"])] = w.get(dept_key(l["department"]), Decimal(0)) + c
            shares = place(t["spend"], sorted(w.items()), "spend", tid, "register rows' department"
                           + (" (by row annual cost)" if len(w) > 1 else ""))
        else:
            shares = []
            left = Decimal(0)
            for b in lines:
                k = dept_key(b["dept_raw"])
                if k is None:
                    left += b["cad"]
                else:
                    put(k, "spend", b["cad"], tid, "billing line's department")
                    shares.append((k, b["cad"]))
            shares += place(left, by_holders(t), "spend", tid, "lines without department: roster")
        for k, a in shares:
            spend_alloc[k] = spend_alloc.get(k, Decimal(0)) + a

        # annual cost
        annual_alloc = {}
        if rows:
            for l, c in rows:
                k = dept_key(l["department"])
                if k is not None:
                    put(k, "annual", c, tid, "register row's department")
                    annual_alloc[k] = annual_alloc.get(k, Decimal(0)) + c
                else:
                    for k2, a in place(c, line_weights or by_holders(t), "annual", tid,
                                       "row without department: by billing lines" if line_weights else
                                       "row without department: roster"):
                        annual_alloc[k2] = annual_alloc.get(k2, Decimal(0)) + a
        else:
            for k, a in place(t["annual"], sorted(spend_alloc.items(), key=lambda e: (e[0] is None, e[0] or "")),
                              "annual", tid, "estimated annual cost, split like its spend"):
                annual_alloc[k] = annual_alloc.get(k, Decimal(0)) + a

        # counted savings
        if t["savings"] != 0:
            weights = [(k, a) for k, a in annual_alloc.items()]
            how = "by annual-cost shares"
            if not weights or sum((a for _, a in weights), Decimal(0)) == 0:
                weights, how = list(spend_alloc.items()), "by spend shares"
            place(t["savings"], sorted(weights, key=lambda e: (e[0] is None, e[0] or "")), "savings", tid, how)

    rows = []
    for k, d in acc.items():
        if d["spend"] == 0 and d["annual"] == 0 and d["savings"] == 0:
            continue
        rows.append(dict(key=k, name=spelling.get(k) if k is not None else None, **d))
    rows.sort(key=lambda r: (r["key"] is None, r["key"] or ""))
    for figure, total in (("spend", totals["spend"]), ("annual", totals["annual"]), ("savings", totals["savings"])):
        s = sum((d[figure] for d in acc.values()), Decimal(0))
        assert s == total, f"departments' {figure} {s} != total {total}"
    return rows


# ----------------------------------------------------------------------------- JSON output
def dec(d, q=CENT):
    return None if d is None else "@@" + str(d.quantize(q, rounding=ROUND_HALF_UP)) + "@@"


def to_json(res):
    mom = res["mom"]
    tools = []
    for tid, t in sorted(res["tools"].items()):
        tools.append({
            "id": tid, "name": t["name"], "category": t["category"], "categoryLabel": CATEGORIES[t["category"]][0],
            "seats": int(t["seats"]) if t["seats"] is not None else None,
            "activeUsers": t["active"],
            "utilization": dec(t["util"], UTIL),
            "spendInPeriod": dec(t["spend"]),
            "annualCost": dec(t["annual"]),
            "annualCostSource": t["source"],
            "costPerActiveUser": dec(t["cpau"]),
            "usageData": t["usage_data"],
            "reclaimableSeats": t["reclaim"],
            "annualSavings": dec(t["savings"]),
        })
    doc = {
        "period": PERIOD, "asOf": AS_OF.isoformat(), "currency": CURRENCY, "generatedBy": GENERATED_BY,
        "parameters": {"inactiveAfterDays": W, "underusedBelow": "@@0.8@@", "headroom": "@@0.1@@",
                       "renewalHorizonDays": R, "defaultNoticeDays": N},
        "totals": {"spendInPeriod": dec(res["totals"]["spend"]), "annualCost": dec(res["totals"]["annual"]),
                   "identifiedAnnualSavings": dec(res["totals"]["savings"]),
                   "activeUsers": res["totals"]["active"], "tools": res["totals"]["tools"],
                   "notCounted": [
                       {"kind": kind, "reason": reason, "count": nc["count"],
                        "amounts": {c: dec(a) for c, a in sorted(nc["amounts"].items())},
                        "withoutAmount": nc["withoutAmount"],
                        "currencies": sorted(nc["amounts"]) if reason == "noFxRate" else []}
                       for (kind, reason), nc in sorted(res["not_counted"].items(),
                                                        key=lambda e: (["billing", "licenses"].index(e[0][0]),
                                                                       ["noFxRate", "rejected", "notRead"].index(e[0][1])))]},
        "tools": tools,
        "findings": [{"type": f["type"], "toolId": f["toolId"], "annualSavings": dec(f["savings"]),
                      "actBy": f["actBy"].isoformat() if f["actBy"] else None,
                      "state": "new", "openPeriods": 1} for f in res["findings"]],
        "overlaps": [{"category": g["category_id"], "categoryLabel": g["category"], "keptToolId": g["kept"], "toolIds": g["toolIds"],
                      "sharedActiveUsers": len(g["shared"])} for g in res["overlaps"]],
        "unrecognisedSpend": [{"descriptor": g["descriptor"], "lines": g["lines"], "amount": dec(g["amount"])}
                              for g in res["unrec"]],
        "monthOverMonth": {
            "previousPeriod": mom["previous"],
            "identifiedOpenAnnualSavings": dec(mom["open"]),
            "realizedThisPeriod": dec(mom["realized_period"]),
            "realizedLast12Months": dec(mom["realized_12"]),
            "findingStates": mom["states"],
            "gone": mom["gone"],
            "realized": mom["realized"],
            "priceChecks": [{"toolId": c["tool"], "seats": c["seats"], "monthlySeatPrice": dec(c["now"]),
                             "lastYearMonthlySeatPrice": dec(c["last_year"]), "lastYearPercent": dec(c["ly_pct"], UTIL),
                             "lastYearPerYear": dec(c["ly_year"]),
                             "listMonthlySeatPrice": dec(c["list"]), "listPercent": dec(c["li_pct"], UTIL),
                             "listPerYear": dec(c["li_year"]), "targetMonthlySeatPrice": dec(c["target"]),
                             "alert": c["alert"], "actBy": c["act_by"].isoformat()}
                            for c in mom["price_checks"]],
        },
        "decisions": [],      # a first run carries no decision (README, "Decisions")
        "departments": [{"department": d["name"], "spendInPeriod": dec(d["spend"]), "annualCost": dec(d["annual"]),
                         "identifiedAnnualSavings": dec(d["savings"])} for d in res["departments"]],
        "dataQuality": {"filesRead": len(res["files_read"]), "filesIgnored": len(res["files_ignored"]),
                        "rowsRead": res["rows_read"], "rowsRejected": len(res["rejected"])},
    }
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    return re.sub(r'"@@(-?[0-9.]+)@@"', r"\1", text) + "\n"


# ----------------------------------------------------------------------------- descriptors.tsv
def descriptors_tsv(res, input_dir):
    lines = ["vendor\tdescription\texpected_tool_id"]
    seen = []
    for rel, kind in res["files_read"]:
        if kind != "billing":
            continue
        header, data = read_csv_rows(os.path.join(input_dir, rel))
        for _, r in canonical_billing(header, data):
            k = (r[1], r[5] if len(r) > 5 else "")
            if k not in seen:
                seen.append(k)
    for v, d in seen:
        lines.append(f"{v}\t{d}\t{BILLING_MAP[(v, d)] or 'none'}")
    for name in dict.fromkeys(l["tool_cell"] for l in res["licenses"]):
        lines.append(f"license:{name}\t\t{LICENSE_MAP[name]}")
    for name in sorted(set(u_name for u_name in USAGE_MAP if any(
            USAGE_MAP[u_name] == u["tool"] for u in res["usage"]))):
        lines.append(f"usage:{name}\t\t{USAGE_MAP[name]}")
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- derivation.md
RESOLUTIONS = """\
## Ambiguities and how this derivation resolves them

1. **`totals.activeUsers`** is not defined in figures.md. Here it is the number of *distinct* people
   (e-mail, case-insensitive) who are active in at least one tool (with that tool's own window),
   not the sum of the per-tool counts (which would count most people 10+ times).
2. **`totals.annualCost`** is the sum of every listed tool's annual cost, including costs
   "estimated from billing" (Calendly: spend × 12; a line whose text names an annual cycle would count
   × 1, and October has none on a tool without a license row). **`totals.spendInPeriod`** sums the recognised
   tools only (unrecognised spend is never mixed in); **`totals.tools`** counts the listed tools.
3. **Reclaimable seats of an exempt tool**: figures.md gives an exempt tool 0 reclaimable seats (a
   tool every employee must have has nothing to reclaim), so 1Password shows 0 although its
   utilization is 0.5833; it gets *no* finding and *no* savings. An UNUSED tool (Loom) shows
   `seats − ceil(0 × 1.1)` = all its seats as reclaimable; its finding is UNUSED only (unused wins
   over underused).
4. **A tool that is both underused and in an overlap** (Copilot, Asana, monday.com, Webex) gets both
   an UNDERUSED and an OVERLAP finding in `findings`; the tool's `annualSavings` (and the total) counts
   only the larger one, as figures.md says ("each tool once").
5. **Google Meet** (usage only: no license row, no billing) is listed with `seats` null, `annualCost`
   0.00 labelled `billing` (spend × 12 = 0), `utilization` null, `reclaimableSeats` null and
   `costPerActiveUser` 0.00 (0 / 96 active is a known 0, not unknown). Its monthly seat price is 0
   ("0 for a tool with annual cost 0"), so as the kept tool of Video conferencing the migration cost
   of every mover is 0 and the savings of Zoom and Webex are their full annual costs.
6. **Status values in the generic usage files**: `departed`, `suspended`, `deleted` and `deactivated`
   all mark a departed holder (the holder keeps its seat, is never active whatever its date);
   `active` and empty mean nothing special. A departed mark from any source sticks after merging
   (Zoé Létourneau on Zoom: active date in zoom-users.csv, `deactivated` in sso-last-login.csv).
   (The GitHub-specific "suspended holds nothing" rule of PRODUCT.md applies to the GitHub vendor
   export format only; the sample GitHub file is in the generic form and has no status.)
7. **Usage data**: every sample usage file has a `last_active` column, so every tool with usage rows
   has usage data, including rows with an empty date (never active).
8. **Per-tool inactivity window** (`Inactive after (days)` = 60 on Miro) applies to that tool's
   activity everywhere (active users, utilization, reclaimable); Miro is in no overlap category.
9. **Recommended seats at renewal** are computed per tool (`ceil(active × 1.1)` of the whole tool),
   even when the renewing row is one plan of several (Zoom Business renews; the recommendation 28
   covers Zoom as a whole: 20 Pro + 10 Business today).
10. **Rejected rows**: a billing row whose amount is not a number is rejected whatever its date; a
    billing row dated in the period in a currency without a rate (GBP) is rejected; both count in
    `rowsRejected`, in `rowsRead`, and nowhere else. A GBP row dated outside the period would not be
    checked (there is none). The stale Okta renewal is a Data-quality note, not a rejected row.
    Both are money the figures leave out, in `totals.notCounted` by kind and reason: the GBP line
    (`noFxRate`, its amount in GBP) and the `N/A` line (`rejected`, dated in the period, without a
    readable amount). A rejected row of another month would not be listed (it would not count anyway).
11. **Unrecognised spend** groups October lines by the normalised descriptor built from the
    *vendor* field only (lowercase, accents removed, punctuation → space, drop 4+-digit numbers,
    phone numbers, letter+digit codes with 2+ digits, legal suffixes, trailing place tokens).
    `STARBUCKS #1234 MONTREAL QC` and `STARBUCKS #0871 MONTREAL QC` are one group. Amounts are
    converted (the Paris hotel is in EUR). Lines outside October (Noun Project, August) are not shown.
12. **Sorting**: findings are sorted on the exact (unrounded) savings; `toolIds` by id; groups by
    English category name. A tool's or group's `category` is the category's stable id (`team-chat`),
    `categoryLabel` its name in the report language (English here).
13. **Refund**: the Adobe refund (−112.99 CAD, 2026-10-06) refunds a September seat but is dated in
    October, so it nets into October's spend.
14. **Billing descriptor vs license currency**: DeepL is billed in EUR (41.96 EUR/month) while the
    register carries a CAD price (15.84 CAD/seat/month, finance's own conversion). Spend uses the
    billing line (EUR × 1.51), annual cost uses the register (CAD). Both are as the spec says.
15. **Number format of the JSON**: money is written with exactly two decimals (`0.00`, `8330.51`),
    utilization with four (`0.5500`), parameters as `0.8` / `0.1`; a test should compare numbers
    numerically (e.g. `BigDecimal.compareTo`), not as text. Unknown figures are `null`.
16. **Boundaries used on purpose**: activity exactly 30 days old (2026-10-01) is active, 31 days
    (2026-09-30) is not; Miro's 60-day window keeps 2026-09-01 and drops 2026-08-31; a GitHub date
    after the as-of date (2026-11-02) counts 0 days; Claude's utilization is exactly 0.80 (not
    underused); Grammarly renews exactly on as-of + 90 (2027-01-29, included) and its act-by is
    exactly 60 days away (medium); Webex's act-by is the as-of date itself (0 days: critical, not
    overdue).
17. **Price check, today's price** is the tool's monthly seat price as a whole (annual cost / seats / 12
    over all its register rows), even when only one of its rows renews (as recommended seats, item 9).
    The check needs a renewal in the horizon (as-of < renewal ≤ as-of + 90); DocuSign's act-by is already
    past (2026-09-21, overdue) and its PRICE finding carries that date. The list price is converted with
    the one rate fx-rates.csv gives (the file has no dates: that rate is the one valid at the as-of date).
    A tool renewing in the horizon but without a catalog list price (Zoom, Webex, Grammarly, Webflow)
    has no reference here (no history either): its price check shows today's price, every reference
    figure and the target null, no alert.
18. **Each tool once with PRICE**: DocuSign's only money finding is PRICE, so its `annualSavings` and the
    total gain 1,242.00. Asana's list price equals today's price exactly (0 %): a price check without
    alert and without finding; its savings stay the larger of UNDERUSED and OVERLAP.
19. **Departments**: every register row of the samples names its department and there is no HR roster,
    so each tool's spend, annual cost and counted savings go whole to the department of its rows (Zoom's
    two rows are both *Ventes et comptes*; no split is needed anywhere). Calendly (no register row) goes
    by its billing line's `Service` (*Ventes et comptes*), its estimated annual cost and savings (0) with
    it. Google Meet has no figure (0 everywhere), so no unassigned (`null`) department is listed.
    A billing line's department is the canonical `department` column (`Service` on the French card
    statement); unrecognised lines (Starbucks, hotel, flights…) are in no tool and in no department.
"""


def md(res, input_dir):
    T = res["tools"]
    o = []
    w = o.append
    w("# Golden derivation — Atelier Boréal inc., period 2026-10 (as of 2026-10-31), CAD\n")
    w("Generated by `derive.py` from `input-samples/`; every figure of `expected-2026-10.json` is shown "
      "with its arithmetic. Exact decimals throughout; rounding half-up to cents (money) or 4 "
      "decimals (utilization, price-check percents) only when written.\n")
    w("Parameters: window W = 30 days (active when last activity ≥ 2026-10-01; Miro override W = 60 → "
      "≥ 2026-09-01), underused below 0.80, headroom 0.10, renewal horizon 90 days (renewal date in "
      "2026-11-01 … 2027-01-29), default notice 30 days.\n")
    w("FX (fx-rates.csv, CAD per unit): " + ", ".join(f"{k} {plain(v)}" for k, v in res["fx"].items()
                                                     if k != CURRENCY) + "; no GBP rate.\n")
    w(RESOLUTIONS)

    # --------------------------------------------------- tools
    w("\n## Tools\n")
    w("`holders` = distinct seat holders after merging sources (e-mail, case-insensitive): "
      "A active, I inactive, NA never active, D departed; unassigned = seats − holders.\n")
    for tid, t in sorted(T.items()):
        cat = CATEGORIES[t["category"]][0]
        w(f"\n### {t['name']} (`{tid}`) — {cat}\n")
        if t["license_rows"]:
            for l, c in zip(t["license_rows"], t["row_costs"]):
                mult = "× 12" if l["cycle"] == "monthly" else "× 1"
                rate = f" × {plain(l['rate'])}" if l["currency"] != CURRENCY else ""
                extra = []
                if l["renewal"]:
                    extra.append(f"renews {l['renewal']}, notice {l['notice'] if l['notice'] is not None else 'blank'}")
                if l["inactive_after"] is not None:
                    extra.append(f"Inactive after {l['inactive_after']} days")
                if l["exempt"]:
                    extra.append(f"Exempt = {l['exempt']}")
                if l["category"]:
                    extra.append(f"Category = {l['category']}")
                w(f"- license row {l['line']} `{l['tool_cell']}` / {l['plan']}: {int(l['seats'])} seat{'s' if l['seats'] != 1 else ''} × "
                  f"{format(l['price'], '.2f')} {l['currency']} ({l['cycle']}) {mult}{rate} = **{fmt(c)} CAD**/yr"
                  + (f" ({'; '.join(extra)})" if extra else ""))
            if len(t["license_rows"]) > 1:
                w(f"- seats = {' + '.join(str(int(l['seats'])) for l in t['license_rows'])} = {int(t['seats'])}; "
                  f"annual cost = {' + '.join(fmt(c) for c in t['row_costs'])} = **{fmt(t['annual'])}** "
                  f"(exact {plain(t['annual'])})")
            else:
                w(f"- seats = {int(t['seats'])}; annual cost = **{fmt(t['annual'])}** (exact {plain(t['annual'])})")
        else:
            w(f"- no license row: annual cost = spend in P × 12 = {fmt(t['spend'], 4)} × 12 = "
              f"**{fmt(t['annual'])}** (estimated from billing)")
        if t["lines"]:
            parts = []
            for b in t["lines"]:
                conv = f" × {plain(res['fx'][b['currency']])}" if b["currency"] != CURRENCY else ""
                parts.append(f"{b['date']} {b['raw']} {b['currency']}{conv} = {fmt(b['cad'], 4)}")
            w(f"- spend in 2026-10: " + "; ".join(parts) + f" → **{fmt(t['spend'])}**")
        else:
            w("- spend in 2026-10: no line dated in October → **0.00**")
        if t["msp"] is not None:
            w(f"- monthly seat price = {('annual / seats / 12 = ' + fmt(t['annual']) + ' / ' + str(int(t['seats'])) + ' / 12 = ') if t['annual'] else ''}{fmt(t['msp'], 4)} CAD")
        if t["usage_data"]:
            hs = t["holders"].values()
            c = {s: sum(1 for h in hs if h["state"] == s) for s in ("active", "inactive", "never active", "departed")}
            src = sorted(set(u["file"] for h in hs for u in h["sources"]))
            un = (int(t["seats"]) - len(t["holders"])) if t["seats"] is not None else None
            w(f"- usage ({', '.join(src)}, window {t['window']} d): {len(t['holders'])} holders = "
              f"A {c['active']} + I {c['inactive']} + NA {c['never active']} + D {c['departed']}"
              + (f"; unassigned {un}" if un is not None and un > 0 else ""))
            w(f"- active users = **{t['active']}**")
            if t["util"] is not None:
                w(f"- utilization = {t['active']} / {int(t['seats'])} = {plain(t['util'])[:10]} → **{t['util'].quantize(UTIL)}**"
                  + (" (< 0.80: underused)" if t["util"] < U else " (≥ 0.80)"))
            else:
                w("- utilization = unknown (no seats)")
            if t["cpau"] is not None:
                w(f"- cost per active user = {fmt(t['annual'])} / {t['active']} = **{fmt(t['cpau'])}**")
            else:
                w("- cost per active user = unknown (0 active)")
            if t["reclaim"] is not None:
                if t["util"] is not None and t["util"] < U:
                    w(f"- reclaimable = {int(t['seats'])} − ceil({t['active']} × 1.10 = {plain(Decimal(t['active']) * (1 + H))}) "
                      f"= {int(t['seats'])} − {t['need']} = **{t['reclaim']}**" + (" (floored at 0)" if int(t['seats']) - t['need'] < 0 else ""))
                else:
                    w("- reclaimable = **0** (utilization not below 0.80)")
            else:
                w("- reclaimable = unknown (no seats)")
        else:
            w("- no usage data: active users, utilization, cost per active user and reclaimable seats are unknown (null); never called unused")
        if t["exempt"]:
            w("- **exempt**: no UNUSED, UNDERUSED or OVERLAP finding")
        for f in t["findings"]:
            if f["type"] == "UNUSED":
                w(f"- finding UNUSED: savings = annual cost = **{fmt(f['savings'])}**")
            elif f["type"] == "UNDERUSED":
                w(f"- finding UNDERUSED: savings = {t['reclaim']} × {fmt(t['annual'])} / {int(t['seats'])} = "
                  f"{t['reclaim']} × {fmt(t['msp'], 4)} × 12 = **{fmt(f['savings'])}**")
            elif f["type"] == "OVERLAP":
                k = T[f["extra"]["kept"]]
                w(f"- finding OVERLAP (kept {k['name']}): {f['extra']['movers']} movers × {fmt(k['msp'], 4)} × 12 = "
                  f"{fmt(f['extra']['migration'])} migration; savings = {fmt(t['annual'])} − {fmt(f['extra']['migration'])} = **{fmt(f['savings'])}**")
            elif f["type"] == "RENEWAL":
                r = f["extra"]
                w(f"- finding RENEWAL: renewal {r['row']['renewal']} − notice {r['notice']} d = act-by **{r['act_by']}** "
                  f"({r['days']} days, {r['urgency']}{', OVERDUE' if r['overdue'] else ''}); recommended seats "
                  f"{r['recommended'] if r['recommended'] is not None else 'unknown (no usage data)'}")
            elif f["type"] == "PRICE":
                c = f["extra"]
                w(f"- finding PRICE: (today {fmt(c['now'], 4)} − target {fmt(c['target'], 4)}) × {c['seats']} seats × 12 = "
                  f"**{fmt(f['savings'])}**, act-by {f['actBy']} (see Price checks)")
            elif f["type"] == "UNTRACKED":
                w(f"- finding UNTRACKED: spend {fmt(t['spend'])} in October, no license row; estimated annual cost "
                  f"{fmt(f['extra']['estimated'])}")
        w(f"- tool annual savings = **{fmt(t['savings'])}**")
        if any(f["type"] in ("UNUSED", "UNDERUSED") for f in t["findings"]):
            lst = sorted((h for h in t["holders"].values() if h["state"] != "active"),
                         key=lambda h: (h["state"], h["user"]))
            w("- holders not active (seats to reclaim, user by user): " + "; ".join(
                f"{h['user']} ({h['state']}{', last ' + str(h['last']) + ', ' + str(h['days']) + ' d' if h['last'] else ''})"
                for h in lst))

    # --------------------------------------------------- summary table
    w("\n## Tools table (as in the JSON)\n")
    w("| id | seats | active | utilization | spend in P | annual cost | source | cost / active | reclaimable | savings |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    for tid, t in sorted(T.items()):
        w(f"| {tid} | {int(t['seats']) if t['seats'] is not None else '—'} | {t['active'] if t['active'] is not None else '—'} | "
          f"{t['util'].quantize(UTIL) if t['util'] is not None else '—'} | {fmt(t['spend'])} | {fmt(t['annual'])} | {t['source']} | "
          f"{fmt(t['cpau']) if t['cpau'] is not None else '—'} | {t['reclaim'] if t['reclaim'] is not None else '—'} | {fmt(t['savings'])} |")

    # --------------------------------------------------- overlaps
    w("\n## Overlaps\n")
    w("Only categories whose overlap flag is yes and that have at least two tools with annual cost > 0. "
      "Other overlap-meaningful categories have a single paid tool here (Team chat: Slack; CRM: HubSpot; "
      "File storage: Dropbox; Code hosting: GitHub; Password manager: 1Password; E-signature: DocuSign; "
      "Customer support: Zendesk; Forms & surveys: Typeform; Accounting: QuickBooks Online).\n")
    for g in res["overlaps"]:
        k = T[g["kept"]] if g["kept"] else None
        w(f"\n### {g['category']}\n")
        w("| tool | annual cost | active | monthly seat price |")
        w("| --- | ---: | ---: | ---: |")
        for t in sorted(g["members"], key=lambda x: x["id"]):
            w(f"| {t['id']} | {fmt(t['annual'])} | {t['active'] if t['active'] is not None else '—'} | "
              f"{fmt(t['msp'], 4) if t['msp'] is not None else 'unknown'} |")
        w(f"\n- kept: **{k['id'] if k else 'none'}** (most active users"
          + (f": {k['active']})" if k else ")"))
        for m in g["moves"]:
            t = T[m["tool"]]
            if m["migration"] is None:
                w(f"- {m['tool']}: kept tool's seat price unknown, no savings claimed")
                continue
            w(f"- {m['tool']}: movers (active in {m['tool']}, not active in {k['id']}) = {len(m['movers'])} "
              f"({', '.join(m['movers']) or '—'}); migration = {len(m['movers'])} × {fmt(k['msp'], 4)} × 12 = "
              f"{fmt(m['migration'])}; savings = {fmt(t['annual'])} − {fmt(m['migration'])} = **{fmt(m['savings'])}**"
              + ("" if m["savings"] > 0 else " (not > 0: no finding)"))
        w(f"- shared active users (active in ≥ 2 tools of the group) = **{len(g['shared'])}**: {', '.join(g['shared'])}")

    # --------------------------------------------------- renewals
    w("\n## Renewals\n")
    w("| tool | row | renewal | notice | act-by | days to act | urgency | recommended seats |")
    w("| --- | --- | --- | ---: | --- | ---: | --- | ---: |")
    for r in sorted(res["renewals"], key=lambda r: r["act_by"]):
        l = r["row"]
        notice = f"{r['notice']}" + (" (blank → default)" if l["notice"] is None else "")
        w(f"| {l['tool']} | {l['tool_cell']} / {l['plan']} | {l['renewal']} | {notice} | {r['act_by']} | {r['days']} | "
          f"{r['urgency']}{' (overdue)' if r['overdue'] else ''} | {r['recommended'] if r['recommended'] is not None else 'unknown'} |")
    w("")
    for l in res["stale"]:
        w(f"- stale: {l['tool_cell']} renewal {l['renewal']} is on or before 2026-10-31 → Data quality "
          f"\"update the register\", no RENEWAL finding.")
    beyond = [l for l in res["licenses"] if l["renewal"] and l["renewal"] > AS_OF + dt.timedelta(days=R)]
    w("- beyond the horizon (no finding): " + ", ".join(f"{l['tool_cell']} {l['renewal']}" for l in beyond))

    # --------------------------------------------------- price checks
    mom = res["mom"]
    w("\n## Price checks (`monthOverMonth.priceChecks`)\n")
    w("Tools with a register row renewing in 2026-11-01 … 2027-01-29, annual cost from the register, seats > 0 "
      "and annual cost > 0. Today = annual cost / seats / 12. References: last year = the tool's price 12 periods "
      "earlier (no history: **null** for every tool); list = the catalog's `list_price_per_seat_month` in "
      "`list_price_currency` × the FX rate (CAD → 1). For a reference: percent = (today − ref) / ref, per year = "
      "(today − ref) × seats × 12; target = the lower reference; alert = a percent above 0.05; a PRICE finding "
      "when alerted and (today − target) × seats × 12 > 0, act-by = the earliest act-by of its renewals in the horizon.\n")
    w("| tool renewing in the horizon | catalog list price | price check |")
    w("| --- | --- | --- |")
    for tid in sorted({r["row"]["tool"] for r in res["renewals"]}):
        lp = res["list_prices"].get(tid)
        w(f"| {tid} | {(format(lp[0], '.2f') + ' ' + lp[1]) if lp else 'none'} | "
          f"{'yes' if lp else 'yes, today only (no reference: no list price, no history)'} |")
    for c in mom["price_checks"]:
        t = T[c["tool"]]
        lp = c["list_src"]
        w(f"\n### {t['name']} (`{c['tool']}`)\n")
        w(f"- today = {fmt(t['annual'])} / {c['seats']} / 12 = {plain(c['now'])} → **{fmt(c['now'])}**")
        w("- last year: no history → **null** (percent and per year null)")
        if lp is None:
            w("- list: the catalog has no list price → **null**; target **null**, no alert, no PRICE finding")
            continue
        conv = f" × {plain(res['fx'][lp[1]])}" if lp[1] != CURRENCY else ""
        w(f"- list = {format(lp[0], '.2f')} {lp[1]}{conv} = {plain(c['list'])} → **{fmt(c['list'])}**")
        w(f"- list percent = ({plain(c['now'])} − {plain(c['list'])}) / {plain(c['list'])} = {plain(c['li_pct'])} → "
          f"**{c['li_pct'].quantize(UTIL)}**; per year = ({plain(c['now'])} − {plain(c['list'])}) × {c['seats']} × 12 = "
          f"**{fmt(c['li_year'])}**")
        w(f"- target = the lower reference = **{fmt(c['target'])}**; alert = "
          f"{'**true**' if c['alert'] else '**false**'} ({plain(c['li_pct'])} {'>' if c['alert'] else '≤'} 0.05)")
        w(f"- act-by = earliest act-by of its renewals in the horizon: "
          + ", ".join(f"{r['row']['renewal']} − {r['notice']} d = {r['act_by']}" for r in c["renewals"])
          + f" → **{c['act_by']}**")
        if c["savings"] is not None:
            w(f"- PRICE finding: ({plain(c['now'])} − {plain(c['target'])}) × {c['seats']} × 12 = **{fmt(c['savings'])}**, "
              f"act-by {c['act_by']}; the tool's counted savings = max of its UNUSED/UNDERUSED/OVERLAP/PRICE = "
              f"**{fmt(t['savings'])}**")
        else:
            w("- no PRICE finding" + ("" if c["alert"] else " (no alert)"))

    # --------------------------------------------------- findings
    w("\n## Findings (JSON order)\n")
    w("Order: savings descending (exact), then type UNUSED, UNDERUSED, OVERLAP, PRICE, RENEWAL, UNTRACKED, then "
      "tool id, then act-by. No history: every finding is `state` **new**, `openPeriods` **1**.\n")
    w("| # | type | tool | annual savings | act-by | state | open periods |")
    w("| ---: | --- | --- | ---: | --- | --- | ---: |")
    for i, f in enumerate(res["findings"], 1):
        w(f"| {i} | {f['type']} | {f['toolId']} | {fmt(f['savings'])} | {f['actBy'] or '—'} | new | 1 |")

    # --------------------------------------------------- unrecognised
    w("\n## Unrecognised spend (October lines only)\n")
    w("| normalised descriptor | raw descriptors | lines | amount (CAD) |")
    w("| --- | --- | ---: | ---: |")
    for g in res["unrec"]:
        parts = " + ".join(f"{b['raw']} {b['currency']}" + (f" × {plain(res['fx'][b['currency']])}" if b['currency'] != CURRENCY else "")
                           for b in g["parts"])
        w(f"| `{g['descriptor']}` | {'; '.join('`' + r + '`' for r in g['raw'])} | {g['lines']} | {parts} = **{fmt(g['amount'])}** |")
    w("\nNot shown: `THE NOUN PROJECT` (August only), `AIR CANADA` September line, `STARBUCKS` August/September lines, "
      "`BUREAU EN GROS` August line and `LUMEN ANALYTICS INC` August/September lines (outside the period); "
      "`FONTSMITH LTD` (GBP, rejected) and the `STARBUCKS #0871` line with amount `N/A` (rejected).")

    # --------------------------------------------------- totals
    tt = res["totals"]
    w("\n## Totals\n")
    w(f"- spend in period (recognised tools only) = Σ tool spend = **{fmt(tt['spend'])}** (exact {plain(tt['spend'])})")
    w(f"- unrecognised spend beside it = **{fmt(sum((g['amount'] for g in res['unrec']), Decimal(0)))}** (not included)")
    w(f"- annual cost = Σ tool annual cost = **{fmt(tt['annual'])}** (exact {plain(tt['annual'])})")
    sv = [(tid, t["savings"]) for tid, t in sorted(T.items()) if t["savings"] > 0]
    w(f"- identified annual savings = " + " + ".join(f"{fmt(s)} ({tid})" for tid, s in sv)
      + f" = **{fmt(tt['savings'])}**")
    w(f"- active users (distinct people active in ≥ 1 tool) = **{tt['active']}**")
    w(f"- tools listed = **{tt['tools']}**")

    # --------------------------------------------------- month over month
    w("\n## Month over month\n")
    w("One period (2026-10), no history: `previousPeriod` **null**; `identifiedOpenAnnualSavings` = "
      f"`totals.identifiedAnnualSavings` = **{fmt(mom['open'])}**; `realizedThisPeriod` **0.00**, "
      "`realizedLast12Months` **0.00**; `gone` and `realized` empty; `priceChecks` as above.")
    w(f"`findingStates`: one per distinct (type, tool) in findings order, each **new**, open **1** period — "
      f"{len(mom['states'])} of them (the {len(res['findings'])} findings have no repeated (type, tool)):"
      if len(mom["states"]) == len(res["findings"]) else
      f"`findingStates`: one per distinct (type, tool) in findings order, each **new**, open **1** period — "
      f"{len(mom['states'])} of them:")
    w(", ".join(f"{s_['type']} {s_['toolId']}" for s_ in mom["states"]) + ".")

    # --------------------------------------------------- departments
    w("\n## Departments\n")
    w("Spend in P, annual cost and counted savings of each tool placed on departments (rules in item 19); names "
      "compared ignoring case and surrounding spaces, sorted case-insensitively, unassigned last, only departments "
      "with a non-zero figure.")
    labels = {"spend": "spend in P", "annual": "annual cost", "savings": "savings"}
    for d in res["departments"]:
        w(f"\n### {d['name'] if d['name'] is not None else 'unassigned (null)'}\n")
        for figure in ("spend", "annual", "savings"):
            parts = {}
            for tid, fig, amount, how in d["parts"]:
                if fig == figure and amount != 0:
                    parts[tid] = parts.get(tid, Decimal(0)) + amount
            terms = " + ".join(f"{fmt(a)} {tid}" for tid, a in sorted(parts.items()))
            w(f"- {labels[figure]} = {terms + ' = ' if len(parts) > 1 else (terms + ' → ' if parts else '')}"
              f"**{fmt(d[figure])}**" + (f" (exact {plain(d[figure])})" if d[figure] != money(d[figure]) else ""))
    w("\n| department | spend in P | annual cost | identified annual savings |")
    w("| --- | ---: | ---: | ---: |")
    for d in res["departments"]:
        w(f"| {d['name'] if d['name'] is not None else '(unassigned)'} | {fmt(d['spend'])} | {fmt(d['annual'])} | "
          f"{fmt(d['savings'])} |")
    sums = {f_: sum((d[f_] for d in res["departments"]), Decimal(0)) for f_ in ("spend", "annual", "savings")}
    w(f"| **Σ (exact, asserted = totals)** | {fmt(sums['spend'])} | {fmt(sums['annual'])} | {fmt(sums['savings'])} |")
    w(f"\nThe exact sums equal `totals` (spend {plain(sums['spend'])}, annual cost {plain(sums['annual'])}, savings "
      f"{plain(sums['savings'])}); the rounded rows need not add up to the rounded total to the cent "
      f"(spend: Σ of the rounded rows = {fmt(sum((money(d['spend']) for d in res['departments']), Decimal(0)))}).")

    # --------------------------------------------------- data quality
    w("\n## Data quality\n")
    w("Files read (kind recognised from the header):")
    for rel, kind in res["files_read"]:
        n = 0
        if kind == "licenses":
            n = len(res["licenses"])
        else:
            _, data = read_csv_rows(os.path.join(input_dir, rel))
            n = len(data)
        w(f"- `{rel}` — {kind}, {n} data rows")
    w("\nFiles ignored (no kind matches; README.md is documentation, not input, and counts nowhere):")
    for rel in res["files_ignored"]:
        header, _ = read_csv_rows(os.path.join(input_dir, rel)) if rel.endswith(".csv") else ([], [])
        w(f"- `{rel}` (columns: {', '.join(header)})")
    w(f"\nRows read = {res['rows_read']}. Rows rejected = {len(res['rejected'])}:")
    for f, line, reason in res["rejected"]:
        w(f"- `{f}` line {line}: {reason}")
    w("\nNotes (not rejections):")
    for n_ in res["notes"]:
        w(f"- {n_}")
    w("\n## JSON summary\n")
    w(f"filesRead {len(res['files_read'])}, filesIgnored {len(res['files_ignored'])}, rowsRead {res['rows_read']}, "
      f"rowsRejected {len(res['rejected'])}; totals: spend {fmt(tt['spend'])}, annual cost {fmt(tt['annual'])}, "
      f"savings {fmt(tt['savings'])}, active users {tt['active']}, tools {tt['tools']}; "
      f"{len(mom['price_checks'])} price checks, {sum(1 for f in res['findings'] if f['type'] == 'PRICE')} PRICE "
      f"finding(s), {len(res['departments'])} departments.")
    return "\n".join(o) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--catalog", default=DEFAULT_CATALOG)
    a = ap.parse_args()
    res = derive(a.input, a.catalog)
    with open(os.path.join(a.out, "expected-2026-10.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(to_json(res))
    with open(os.path.join(a.out, "derivation.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md(res, a.input))
    with open(os.path.join(a.out, "descriptors.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(descriptors_tsv(res, a.input))
    print(f"wrote expected-2026-10.json, derivation.md, descriptors.tsv into {a.out}")


if __name__ == "__main__":
    main()
