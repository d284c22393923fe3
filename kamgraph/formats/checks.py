"""Account-level checks and assembly of an :class:`~kamgraph.model.AccountData`.

After every record has been coerced on its own, :func:`build_account` checks what
only the whole account can tell: duplicate keys, ids shared across kinds, references,
self-loops, ``reports_to`` and department cycles, and the stance scales (including the
field scale's ``-10`` that names a competitor). It then keeps the staff the account
uses and sorts every list by the kind's key.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kamgraph.formats.records import Issues, Loc, show
from kamgraph.i18n import N_, Text
from kamgraph.model import FIELD_SCALE, KIND_ORDER, KINDS, US, AccountData

__all__ = ["Entry", "build_account", "sort_key", "KIND_WORDS"]

#: How a kind is named in messages.
KIND_WORDS: dict[str, str] = {
    "account": N_("account"), "competitor": N_("competitor"), "department": N_("department"),
    "post": N_("post"), "person": N_("person"), "staff": N_("staff member"),
    "opportunity": N_("opportunity"), "interaction": N_("interaction"),
    "body": N_("decision body"),
}
#: The same with its article ("an account"), as a sentence names one record of a kind.
_A_KIND: dict[str, str] = {
    "account": N_("an account"), "competitor": N_("a competitor"),
    "department": N_("a department"), "post": N_("a post"), "person": N_("a person"),
    "staff": N_("a staff member"), "opportunity": N_("an opportunity"),
    "interaction": N_("an interaction"), "body": N_("a decision body"),
}
_SEVEN = range(-3, 4)
#: Relationship kinds whose two ends may not be the same.
_LOOPS: dict[str, tuple[str, str, str]] = {
    "influence": ("source", "target", N_("{id} cannot influence themselves")),
    "knows": ("source", "target", N_("{id} cannot know themselves")),
    "reports_to": ("person", "manager", N_("{id} cannot report to themselves")),
    "informs": ("source", "target", N_("{id} cannot inform on themselves")),
}


@dataclass
class Entry:
    """One coerced record with the place it was read from."""

    kind: str
    rec: dict[str, Any]
    loc: Loc


def _a(kind: str) -> Text:
    return Text(_A_KIND[kind])


def _either(words: list[Text]) -> Text:
    """``a or b or c``, in the language shown."""
    out = words[0]
    for w in words[1:]:
        out = Text(N_("{a} or {b}"), a=out, b=w)
    return out


def sort_key(kind: str, rec: dict[str, Any]) -> tuple[str, ...]:
    """Sort key of a record: its kind's key fields as text (ISO dates sort right)."""
    return tuple(str(rec.get(k, "")) for k in KINDS[kind].key)


def _stances(entries: list[Entry], competitors: set[str], issues: Issues) -> None:
    """Map raw stance values onto the 7-point scale and resolve ``toward``."""
    for e in entries:
        rec, loc = e.rec, e.loc
        raw, scale = rec.get("value"), rec.get("scale", "seven")
        if raw is not None:
            if scale == "field" and raw not in FIELD_SCALE:
                notches = ", ".join(map(str, sorted(FIELD_SCALE)))
                issues.add(loc, "value", Text(N_("{value} is not on the field scale ({notches})"),
                                              value=raw, notches=notches))
            elif scale == "seven" and raw not in _SEVEN:
                issues.add(loc, "value", Text(N_("{value} is not on the seven-point scale (-3..3)"),
                                              value=raw))
            else:
                rec["raw"] = raw
                rec["value"] = FIELD_SCALE[raw] if scale == "field" else raw
        toward = rec.get("toward")
        if toward is not None and toward != US and toward not in competitors:
            issues.add(loc, "toward", Text(N_("{value} is neither 'us' nor a competitor id"),
                                           value=show(toward)))
            toward = None
        leans = scale == "field" and raw == -10
        comp = rec.pop("competitor", None)
        if comp is not None:
            if comp not in competitors:
                issues.add(loc, "competitor", Text(N_("unknown competitor {id}"), id=show(comp)))
            elif not leans:
                issues.add(loc, "competitor",
                           Text(N_("is only used with a field-scale -10 (leans to a competitor)")))
            elif toward not in (None, US, comp):
                issues.add(loc, "competitor", Text(N_("names {id} but toward is {toward}"),
                                                   id=show(comp), toward=show(toward)))
            elif toward is not None:
                rec["toward"] = comp
        elif leans and toward == US:
            issues.add(loc, "value", Text(N_("a field-scale -10 (leans to a competitor) must name "
                                             "the competitor: toward: <competitor id>, or "
                                             "competitor: <id>")))


def _ids(entries: Iterable[Entry], issues: Issues) -> dict[str, Entry]:
    """Every id of the account's node kinds; an id used by two kinds is an error."""
    seen: dict[str, Entry] = {}
    for e in sorted(entries, key=lambda e: KIND_ORDER.index(e.kind)):
        rid = e.rec.get("id")
        if rid is None or "id" not in KINDS[e.kind].key:
            continue
        first = seen.get(rid)
        if first is None:
            seen[rid] = e
        elif first.kind != e.kind:
            issues.add(e.loc, "id", Text(N_("{id} is already the id of {kind} ({where})"),
                                         id=show(rid), kind=_a(first.kind),
                                         where=first.loc.where(e.loc.file)))
    return seen


def _duplicates(entries: list[Entry], issues: Issues) -> list[Entry]:
    """Drop records whose key repeats an earlier one (and report them)."""
    seen: dict[tuple[str, tuple[Any, ...]], Entry] = {}
    kept: list[Entry] = []
    for e in entries:
        key_fields = KINDS[e.kind].key
        key = tuple(e.rec.get(k) for k in key_fields)
        if any(v is None for v in key):
            kept.append(e)
            continue
        first = seen.get((e.kind, key))
        if first is None:
            seen[(e.kind, key)] = e
            kept.append(e)
            continue
        where = first.loc.where(e.loc.file)
        if key_fields == ("id",):
            issues.add(e.loc, "id", Text(N_("duplicate {kind} id {id} (first at {where})"),
                                         kind=Text(KIND_WORDS[e.kind]), id=show(key[0]),
                                         where=where))
        else:
            desc = ", ".join(f"{k} {show(v)}" for k, v in zip(key_fields, key, strict=True))
            issues.add(e.loc, None, Text(N_("duplicate {kind} record for {key} (first at {where})"),
                                         kind=e.kind, key=desc, where=where))
    return kept


def _refs(entries: list[Entry], ids: dict[str, Entry], issues: Issues) -> set[str]:
    """Check every reference; return the staff ids the account uses."""
    used_staff: set[str] = set()
    for e in entries:
        for f in KINDS[e.kind].fields:
            if not f.ref or (e.kind == "stance" and f.name == "competitor"):
                continue
            value = e.rec.get(f.name)
            targets = value if isinstance(value, list) else [value] if value is not None else []
            allowed = f.ref.split("|")
            for t in targets:
                hit = ids.get(t)
                if hit is not None and hit.kind in allowed:
                    if hit.kind == "staff":
                        used_staff.add(t)
                    continue
                if hit is None:
                    want = _either([Text(KIND_WORDS[k]) for k in allowed])
                    issues.add(e.loc, f.name, Text(N_("unknown {kind} {id}"), kind=want,
                                                   id=show(t)))
                else:
                    want = _either([_a(allowed[0])] + [Text(KIND_WORDS[k]) for k in allowed[1:]])
                    issues.add(e.loc, f.name, Text(N_("{id} is {kind}, not {wanted}"), id=show(t),
                                                   kind=_a(hit.kind), wanted=want))
    return used_staff


def _loops(entries: list[Entry], issues: Issues) -> None:
    for e in entries:
        spec = _LOOPS.get(e.kind)
        if spec and e.rec.get(spec[0]) is not None and e.rec.get(spec[0]) == e.rec.get(spec[1]):
            issues.add(e.loc, spec[1], Text(spec[2], id=show(e.rec[spec[0]])))


def _cycles(entries: list[Entry], kind: str, a: str, b: str, what: str, issues: Issues) -> None:
    """Report a cycle of ``a -> b`` edges of one kind, once per strongly connected group."""
    import networkx as nx

    G = nx.DiGraph()
    for e in entries:
        u, v = e.rec.get(a), e.rec.get(b)
        if e.kind == kind and u is not None and v is not None and u != v:
            G.add_edge(u, v, entry=e)
    rings = []
    for group in nx.strongly_connected_components(G):  # linear; one cycle reported per group
        if len(group) > 1:
            start = min(group)
            cyc = [u for u, _ in nx.find_cycle(G.subgraph(group), source=start)]
            i = cyc.index(min(cyc))
            rings.append(cyc[i:] + cyc[:i])
    for ring in sorted(rings):
        entry = G.edges[ring[0], ring[1 % len(ring)]]["entry"]
        issues.add(entry.loc, b, Text(what, ring=" -> ".join(ring + [ring[0]])))


def build_account(
    entries: list[Entry], staff: list[Entry], issues: Issues, *, all_staff: bool
) -> AccountData:
    """Check one account's records as a whole and assemble its :class:`AccountData`.

    ``entries`` hold exactly one ``account`` record and the account-scoped records;
    ``staff`` the staff records visible to it (the file's, or the folder's
    ``staff.csv``). With ``all_staff`` every listed staff member is kept, otherwise
    only those the account references. The result is only meaningful when no issue
    was added.
    """
    competitors = {e.rec["id"] for e in entries if e.kind == "competitor" and "id" in e.rec}
    _stances([e for e in entries if e.kind == "stance"], competitors, issues)
    everything = _duplicates(entries + staff, issues)
    ids = _ids(everything, issues)
    used_staff = _refs(everything, ids, issues)
    _loops(everything, issues)
    _cycles(everything, "reports_to", "person", "manager", N_("reports_to cycle: {ring}"), issues)
    _cycles(everything, "department", "id", "parent", N_("department parent cycle: {ring}"),
            issues)

    data = AccountData()
    for e in everything:
        if e.kind == "staff" and not all_staff and e.rec.get("id") not in used_staff:
            continue
        data.records[e.kind].append(e.rec)
        if "id" in e.rec and "id" in KINDS[e.kind].key:
            data.origin[(e.kind, str(e.rec["id"]))] = (e.loc.file, e.loc.line)
        if e.kind == "account":
            data.source = e.loc.file
    for kind, recs in data.records.items():
        recs.sort(key=functools.partial(sort_key, kind))
    return data
