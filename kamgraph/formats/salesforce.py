"""Salesforce exports (report or Data Loader CSVs) mapped onto kamgraph records.

``kamgraph import --from salesforce FOLDER`` reads ``Account.csv``, ``Contact.csv``,
``User.csv``, ``Opportunity.csv`` and ``OpportunityContactRole.csv`` (the object's
API name, as Data Loader names its files; only ``Account.csv`` and ``Contact.csv`` are
required) and builds one kamgraph account per Salesforce Account:

==============================  ==============================================
Salesforce                      kamgraph
==============================  ==============================================
Account                         account (Industry, NumberOfEmployees,
                                AnnualRevenue, BillingState -> region)
Contact                         person (Title, Department -> department)
Contact.ReportsToId             reports_to
User                            staff (Department -> function, IsActive)
Contact.OwnerId                 owner A of that person
Opportunity.OwnerId             owner A of its contacts that have none
Account.OwnerId                 owner A of the remaining contacts
Opportunity                     opportunity (StageName, Amount, CloseDate)
OpportunityContactRole.Role     role, by :data:`ROLE_MAP`
Email, phones, Birthdate, ...   the person's private notes (:data:`PRIVATE_COLUMNS`)
any other column                a free attribute (``attributes.NAME``)
==============================  ==============================================

Levels come from titles by :data:`~kamgraph.formats.crm.LEVEL_WORDS` (``CEO``/``总经理``
-> c-level, ...).
Every problem names the export file, its row and the column, and nothing is written
when there is any. Values then go through the same validation as the kamgraph formats.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kamgraph.formats.checks import Entry
from kamgraph.formats.crm import full_name, is_attribute_name, level_from_title, read_export
from kamgraph.formats.csvdir import assemble
from kamgraph.formats.records import Issues, Loc, coerce_record, show
from kamgraph.i18n import N_, Text
from kamgraph.model import KINDS, AccountData

__all__ = ["ROLE_MAP", "PRIVATE_COLUMNS", "read_salesforce"]

#: OpportunityContactRole.Role -> buying-center role (None: kept as an attribute only).
ROLE_MAP: dict[str, str | None] = {
    "Decision Maker": "decider",
    "Economic Buyer": "approver",
    "Executive Sponsor": "approver",
    "Evaluator": "influencer",
    "Technical Buyer": "influencer",
    "Influencer": "influencer",
    "Business User": "user",
    "Other": None,
}
_USED = {
    "Account": {"Id", "Name", "Industry", "NumberOfEmployees", "AnnualRevenue", "BillingState",
                "OwnerId", "Rating"},
    "Contact": {"Id", "AccountId", "Name", "FirstName", "LastName", "Title", "Department",
                "ReportsToId", "OwnerId"},
    "User": {"Id", "Name", "FirstName", "LastName", "Title", "Department", "IsActive"},
    "Opportunity": {"Id", "AccountId", "Name", "StageName", "Amount", "CloseDate", "OwnerId"},
    "OpportunityContactRole": {"Id", "OpportunityId", "ContactId", "Role", "IsPrimary"},
}
#: Personal contact columns: kept only in the person's private notes (and home area),
#: never as free attributes, so they leave the store only with --include-private.
PRIVATE_COLUMNS: tuple[str, ...] = (
    "Email", "Phone", "MobilePhone", "HomePhone", "OtherPhone", "Fax", "AssistantPhone",
    "AssistantName", "Birthdate", "MailingStreet", "MailingPostalCode", "OtherStreet",
    "OtherCity", "OtherPostalCode",
)
_REQUIRED = ("Account", "Contact")


def _full_name(row: Mapping[str, str]) -> str | None:
    return row.get("Name") or full_name(row.get("FirstName", ""), row.get("LastName", ""))


def _attrs(obj: str, cells: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in cells.items()
            if k not in _USED[obj] and k not in PRIVATE_COLUMNS and is_attribute_name(k)}


def _private(cells: Mapping[str, str]) -> dict[str, str]:
    """A contact's personal columns as private ``notes`` and ``home_area``."""
    notes = "; ".join(f"{k}: {cells[k]}" for k in PRIVATE_COLUMNS if cells.get(k))
    home = ", ".join(cells[k] for k in ("MailingCity", "MailingState") if cells.get(k))
    return {k: v for k, v in (("notes", notes), ("home_area", home)) if v}


def read_salesforce(folder: Path, issues: Issues, *, label: str | None = None,
                    max_bytes: int | None = None) -> list[AccountData]:
    """Read a folder of Salesforce exports, adding every problem to ``issues``; a file
    over ``max_bytes`` (default :func:`~kamgraph.formats.limits.max_import_bytes`) is
    refused unread."""
    if not folder.is_dir():
        issues.add_at(str(folder), None, None, Text(N_("is not a folder of Salesforce exports")))
        return []
    tables: dict[str, list[tuple[Loc, dict[str, str]]]] = {}
    for obj in _USED:
        path = folder / f"{obj}.csv"
        if path.is_file():
            tables[obj] = read_export(path, obj, issues, max_bytes)
        elif obj in _REQUIRED:
            issues.add_at(str(path), None, None, Text(
                N_("is missing; a Salesforce folder needs {files}"),
                files=" and ".join(o + ".csv" for o in _REQUIRED)))
    if any(o not in tables for o in _REQUIRED):
        return []
    by_kind: dict[str, list[tuple[str | None, Entry]]] = {k: [] for k in KINDS}

    def add(kind: str, account: str | None, raw: dict[str, Any], loc: Loc) -> None:
        rec = coerce_record(KINDS[kind], raw, loc, issues)
        by_kind[kind].append((account, Entry(kind, rec, loc)))

    account_owner: dict[str, str] = {}
    for loc, c in tables["Account"]:
        raw: dict[str, Any] = {"id": c["Id"], "name": c.get("Name") or c["Id"],
                               "industry": c.get("Industry"), "region": c.get("BillingState"),
                               "employees": c.get("NumberOfEmployees"),
                               "revenue": c.get("AnnualRevenue"),
                               "attributes": _attrs("Account", c)}
        add("account", None, {k: v for k, v in raw.items() if v}, loc)
        if c.get("OwnerId"):
            account_owner[c["Id"]] = c["OwnerId"]
    users = {c["Id"]: (loc, c) for loc, c in tables.get("User", [])}
    contact_account: dict[str, str] = {}
    owner_a: dict[str, tuple[str, Loc]] = {}
    departments: dict[tuple[str, str], str] = {}
    for loc, c in tables["Contact"]:
        acc = c.get("AccountId")
        if not acc:
            issues.add(loc, "AccountId",
                       Text(N_("required column is empty (the contact's account)")))
            continue
        contact_account[c["Id"]] = acc
        dept_id = None
        if c.get("Department"):
            key = (acc, c["Department"])
            if key not in departments:
                departments[key] = dept_id = f"d{len(departments) + 1}"
                add("department", acc, {"id": dept_id, "name": c["Department"]}, loc)
            dept_id = departments[key]
        raw = {"id": c["Id"], "name": _full_name(c), "title": c.get("Title"),
               "level": level_from_title(c.get("Title")), "department": dept_id,
               "attributes": {k: v for k, v in _attrs("Contact", c).items()
                              if k not in ("MailingCity", "MailingState")},
               **_private(c)}
        add("person", acc, {k: v for k, v in raw.items() if v}, loc)
        if c.get("ReportsToId"):
            add("reports_to", acc, {"person": c["Id"], "manager": c["ReportsToId"]}, loc)
        if c.get("OwnerId"):
            owner_a[c["Id"]] = (c["OwnerId"], loc)
    opp_account: dict[str, str] = {}
    opp_owner: dict[str, str] = {}
    for loc, c in tables.get("Opportunity", []):
        acc = c.get("AccountId")
        if not acc:
            issues.add(loc, "AccountId", Text(N_("required column is empty (the deal's account)")))
            continue
        opp_account[c["Id"]] = acc
        if c.get("OwnerId"):
            opp_owner[c["Id"]] = c["OwnerId"]
        raw = {"id": c["Id"], "name": c.get("Name") or c["Id"], "stage": c.get("StageName"),
               "value": c.get("Amount"), "close_date": c.get("CloseDate"),
               "attributes": _attrs("Opportunity", c)}
        add("opportunity", acc, {k: v for k, v in raw.items() if v}, loc)
    for loc, c in tables.get("OpportunityContactRole", []):
        role = c.get("Role", "")
        opp, contact = c.get("OpportunityId", ""), c.get("ContactId", "")
        if role not in ROLE_MAP:
            issues.add(loc, "Role", Text(N_("unknown contact role {role}; Salesforce's roles are "
                                            "{roles} (mapping in docs/formats.md)"),
                                         role=show(role), roles=", ".join(ROLE_MAP)))
            continue
        acc = opp_account.get(opp)
        if acc is None:
            issues.add(loc, "OpportunityId", Text(N_("unknown {kind} {id}"),
                                                  kind=Text(N_("opportunity")), id=show(opp)))
            continue
        if contact in contact_account and opp in opp_owner:
            owner_a.setdefault(contact, (opp_owner[opp], loc))
        mapped = ROLE_MAP[role]
        if mapped is not None:
            add("role", acc, {"opportunity": opp, "person": contact, "role": mapped}, loc)
    for contact, acc in contact_account.items():
        if contact not in owner_a and acc in account_owner:
            owner_a[contact] = (account_owner[acc], Loc(str(folder / "Account.csv")))
    needed = {staff for staff, _ in owner_a.values()}
    for staff, (loc, c) in sorted(users.items()):
        if staff not in needed:
            continue
        active = {"true": "true", "false": "false", "1": "true", "0": "false"}.get(
            c.get("IsActive", "").lower())
        raw = {"id": staff, "name": _full_name(c) or staff, "title": c.get("Title"),
               "level": level_from_title(c.get("Title")), "function": c.get("Department"),
               "active": active, "attributes": _attrs("User", c)}
        add("staff", None, {k: v for k, v in raw.items() if v}, loc)
    for contact, (staff, loc) in sorted(owner_a.items()):
        if staff not in users:
            issues.add(loc, "OwnerId", Text(N_("owner {id} is not in User.csv"), id=show(staff)))
            continue
        add("owns", contact_account[contact], {"staff": staff, "person": contact, "role": "A"},
            loc)
    return assemble(by_kind, str(folder / "Account.csv"), issues)
