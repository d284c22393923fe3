"""HubSpot exports (the CSVs of Contacts, Companies and Deals) mapped onto kamgraph records.

``kamgraph import --from hubspot FOLDER`` reads ``companies.csv`` and ``contacts.csv``
(required) and ``deals.csv``, as HubSpot's "Export" of a record list writes them, with
the property labels as headers and associations as ``Associated ... IDs`` columns
(``;``-separated record ids). It builds one kamgraph account per company:

=====================================  =========================================
HubSpot                                kamgraph
=====================================  =========================================
company: Record ID, Company name,      account: id, name, industry, employees,
Industry, Number of Employees,         revenue, region
Annual Revenue, State/Region
contact: Record ID, First Name +       person: id, name, title, level (from the
Last Name, Job Title                   job title)
contact: Associated Company IDs        the person's account (else the
                                       Associated Company name)
deal: Record ID, Deal Name,            opportunity: id, name, stage, value,
Deal Stage, Amount, Close Date         close_date
deal: Associated Contact IDs and the   role, by :data:`BUYING_ROLE_MAP`
contact's Buying Role
Contact owner, else the owner of a     owner A of that person; owners become
deal, else Company owner               our staff (id and name: the owner's name)
Email, phone numbers, Date of birth    the person's private notes (City and
...                                    State/Region: home_area)
any other column                       a free attribute (``Lead Status`` ->
                                       ``attributes.Lead_Status``)
=====================================  =========================================

Every problem names the export file, its row and the column, and nothing is written
when there is any. Values then go through the same validation as the kamgraph formats.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kamgraph.formats.checks import Entry
from kamgraph.formats.crm import full_name, level_from_title, read_export
from kamgraph.formats.csvdir import assemble
from kamgraph.formats.records import Issues, Loc, coerce_record, show
from kamgraph.i18n import N_, Text
from kamgraph.model import KINDS, AccountData

__all__ = ["BUYING_ROLE_MAP", "PRIVATE_COLUMNS", "read_hubspot", "attribute_name"]

#: A contact's Buying Role -> buying-center role (None: kept as an attribute only).
BUYING_ROLE_MAP: dict[str, str | None] = {
    "Decision Maker": "decider",
    "Budget Holder": "approver",
    "Executive Sponsor": "approver",
    "Champion": "coach",
    "Influencer": "influencer",
    "End User": "user",
    "Legal & Compliance": "gatekeeper",
    "Blocker": None,
    "Other": None,
}
_ID = "Record ID"
_FILES = {"companies": "company", "contacts": "contact", "deals": "deal"}
_REQUIRED = ("companies", "contacts")
_USED = {
    "companies": {_ID, "Company name", "Industry", "Number of Employees", "Annual Revenue",
                  "State/Region", "Company owner"},
    "contacts": {_ID, "First Name", "Last Name", "Job Title", "Contact owner",
                 "Associated Company IDs", "Associated Company", "City", "State/Region"},
    "deals": {_ID, "Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner",
              "Associated Company IDs", "Associated Contact IDs"},
}
#: Personal contact columns: kept only in the person's private notes, never as free
#: attributes, so they leave the store only with --include-private.
PRIVATE_COLUMNS: tuple[str, ...] = (
    "Email", "Phone Number", "Mobile Phone Number", "Date of birth", "Birthdate",
    "Fax Number", "WhatsApp Phone Number", "Street Address", "Postal Code", "Zip",
    "LinkedIn Bio", "Twitter Username",
)


def attribute_name(column: str) -> str | None:
    """A HubSpot column label as a free-attribute name, or None when nothing is left.

    Examples
    --------
    >>> attribute_name("Lead Status"), attribute_name("Country/Region"), attribute_name("行业")
    ('Lead_Status', 'Country_Region', None)
    """
    name = re.sub(r"[^A-Za-z0-9_]+", "_", column).strip("_")[:63]
    if not name:
        return None
    return name if re.match(r"[A-Za-z_]", name) else f"_{name}"[:63]


def _ids(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


def _attrs(file: str, cells: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in cells.items():
        name = attribute_name(k)
        if k not in _USED[file] and k not in PRIVATE_COLUMNS and name is not None:
            out.setdefault(name, v)
    return out


def _private(cells: Mapping[str, str]) -> dict[str, str]:
    """A contact's personal columns as private ``notes`` and ``home_area``."""
    notes = "; ".join(f"{k}: {cells[k]}" for k in PRIVATE_COLUMNS if cells.get(k))
    home = ", ".join(cells[k] for k in ("City", "State/Region") if cells.get(k))
    return {k: v for k, v in (("notes", notes), ("home_area", home)) if v}


def _set(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if v}


#: What is said when a contact's or deal's company is not found, or not given.
_NO_COMPANY = {
    "contact": N_("no company {id} in companies.csv (the contact's company)"),
    "deal": N_("no company {id} in companies.csv (the deal's company)"),
}
_NO_COMPANY_SET = {
    "contact": N_("required column is empty (the contact's company)"),
    "deal": N_("required column is empty (the deal's company)"),
}


class _Reader:
    """One folder's exports turned into entries, every problem into ``issues``."""

    def __init__(self, folder: Path, tables: dict[str, list[tuple[Loc, dict[str, str]]]],
                 issues: Issues) -> None:
        self.folder, self.tables, self.issues = folder, tables, issues
        self.by_kind: dict[str, list[tuple[str | None, Entry]]] = {k: [] for k in KINDS}
        self.contact_account: dict[str, str] = {}
        self.owner_a: dict[str, tuple[str, Loc]] = {}
        self.staff: dict[str, Loc] = {}

    def add(self, kind: str, account: str | None, raw: dict[str, Any], loc: Loc) -> None:
        rec = coerce_record(KINDS[kind], raw, loc, self.issues)
        self.by_kind[kind].append((account, Entry(kind, rec, loc)))

    def company_of(self, c: Mapping[str, str], loc: Loc, what: str,
                   companies: dict[str, str], names: dict[str, str]) -> str | None:
        """The company a contact or deal belongs to: its first associated company id
        in companies.csv, else the company named in Associated Company."""
        ids = _ids(c.get("Associated Company IDs"))
        for cid in ids:
            if cid in companies:
                return cid
        if ids:
            self.issues.add(loc, "Associated Company IDs",
                            Text(_NO_COMPANY[what], id=show(ids[0])))
            return None
        name = c.get("Associated Company")
        if name and name in names:
            return names[name]
        if name:
            self.issues.add(loc, "Associated Company",
                            Text(N_("no company named {name} in companies.csv"), name=show(name)))
        else:
            self.issues.add(loc, "Associated Company IDs", Text(_NO_COMPANY_SET[what]))
        return None

    def read(self) -> list[AccountData]:
        companies: dict[str, str] = {}
        names: dict[str, str] = {}
        company_owner: dict[str, tuple[str, Loc]] = {}
        for loc, c in self.tables["companies"]:
            cid = c[_ID]
            companies[cid] = c.get("Company name") or cid
            names.setdefault(companies[cid], cid)
            self.add("account", None, _set({
                "id": cid, "name": companies[cid], "industry": c.get("Industry"),
                "region": c.get("State/Region"), "employees": c.get("Number of Employees"),
                "revenue": c.get("Annual Revenue"), "attributes": _attrs("companies", c)}), loc)
            if c.get("Company owner"):
                company_owner[cid] = (c["Company owner"], loc)
        roles: dict[str, list[tuple[str, Loc]]] = {}
        for loc, c in self.tables["contacts"]:
            acc = self.company_of(c, loc, "contact", companies, names)
            if acc is None:
                continue
            pid = c[_ID]
            self.contact_account[pid] = acc
            self.add("person", acc, _set({
                "id": pid, "name": full_name(c.get("First Name", ""), c.get("Last Name", "")),
                "title": c.get("Job Title"), "level": level_from_title(c.get("Job Title")),
                "attributes": _attrs("contacts", c), **_private(c)}), loc)
            for role in _ids(c.get("Buying Role")):
                if role not in BUYING_ROLE_MAP:
                    self.issues.add(loc, "Buying Role", Text(
                        N_("unknown buying role {role}; HubSpot's are {roles} (mapping in "
                           "docs/formats.md)"), role=show(role), roles=", ".join(BUYING_ROLE_MAP)))
                elif BUYING_ROLE_MAP[role] is not None:
                    roles.setdefault(pid, []).append((str(BUYING_ROLE_MAP[role]), loc))
            if c.get("Contact owner"):
                self.owner_a[pid] = (c["Contact owner"], loc)
        for loc, c in self.tables.get("deals", []):
            self.deal(loc, c, companies, names, roles)
        for pid, acc in self.contact_account.items():
            if pid not in self.owner_a and acc in company_owner:
                self.owner_a[pid] = company_owner[acc]
        for staff, loc in sorted({s: loc for s, loc in self.owner_a.values()}.items()):
            self.add("staff", None, {"id": staff, "name": staff}, loc)
        for pid, (staff, loc) in sorted(self.owner_a.items()):
            self.add("owns", self.contact_account[pid],
                     {"staff": staff, "person": pid, "role": "A"}, loc)
        return assemble(self.by_kind, str(self.folder / "companies.csv"), self.issues)

    def deal(self, loc: Loc, c: Mapping[str, str], companies: dict[str, str],
             names: dict[str, str], roles: dict[str, list[tuple[str, Loc]]]) -> None:
        acc = self.company_of(c, loc, "deal", companies, names)
        if acc is None:
            return
        did = c[_ID]
        self.add("opportunity", acc, _set({
            "id": did, "name": c.get("Deal Name") or did, "stage": c.get("Deal Stage"),
            "value": c.get("Amount"), "close_date": (c.get("Close Date") or "")[:10],
            "attributes": _attrs("deals", c)}), loc)
        for pid in _ids(c.get("Associated Contact IDs")):
            if pid not in self.contact_account:
                self.issues.add(loc, "Associated Contact IDs",
                                Text(N_("no contact {id} in contacts.csv"), id=show(pid)))
                continue
            for role in dict.fromkeys(r for r, _ in roles.get(pid, [])):
                self.add("role", acc, {"opportunity": did, "person": pid, "role": role}, loc)
            if c.get("Deal owner"):
                self.owner_a.setdefault(pid, (c["Deal owner"], loc))


def read_hubspot(folder: Path, issues: Issues, *, label: str | None = None,
                 max_bytes: int | None = None) -> list[AccountData]:
    """Read a folder of HubSpot exports, adding every problem to ``issues``; a file over
    ``max_bytes`` (default :func:`~kamgraph.formats.limits.max_import_bytes`) is refused
    unread."""
    if not folder.is_dir():
        issues.add_at(str(folder), None, None, Text(N_("is not a folder of HubSpot exports")))
        return []
    tables: dict[str, list[tuple[Loc, dict[str, str]]]] = {}
    for name, obj in _FILES.items():
        path = folder / f"{name}.csv"
        if path.is_file():
            tables[name] = read_export(path, f"HubSpot {obj}", issues, max_bytes, id_column=_ID)
        elif name in _REQUIRED:
            issues.add_at(str(path), None, None, Text(
                N_("is missing; a HubSpot folder needs {files}"),
                files=" and ".join(n + ".csv" for n in _REQUIRED)))
    if any(n not in tables for n in _REQUIRED):
        return []
    return _Reader(folder, tables, issues).read()
