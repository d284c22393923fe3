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
from kamgraph.model import FIELD_SCALE, KIND_ORDER, KINDS, US, AccountData

__all__ = ["Entry", "build_account", "sort_key", "KIND_WORDS"]

#: How a kind is named in messages.
KIND_WORDS: dict[str, str] = {
    "account": "account", "competitor": "competitor", "department": "department",
    "post": "post", "person": "person", "staff": "staff member", "opportunity": "opportunity",
    "interaction": "interaction", "body": "decision body",
}
_SEVEN = range(-3, 4)
#: Relationship kinds whose two ends may not be the same.
_LOOPS: dict[str, tuple[str, str, str]] = {
    "influence": ("source", "target", "cannot influence themselves"),
    "knows": ("source", "target", "cannot know themselves"),
    "reports_to": ("person", "manager", "cannot report to themselves"),
    "informs": ("source", "target", "cannot inform on themselves"),
}


@dataclass
class Entry:
    """One coerced record with the place it was read from."""

    kind: str
    rec: dict[str, Any]
    loc: Loc


def _a(kind: str) -> str:
    word = KIND_WORDS[kind]
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


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
                issues.add(loc, "value", f"{raw} is not on the field scale ({notches})")
            elif scale == "seven" and raw not in _SEVEN:
                issues.add(loc, "value", f"{raw} is not on the seven-point scale (-3..3)")
            else:
                rec["raw"] = raw
                rec["value"] = FIELD_SCALE[raw] if scale == "field" else raw
        toward = rec.get("toward")
        if toward is not None and toward != US and toward not in competitors:
            issues.add(loc, "toward", f"{show(toward)} is neither 'us' nor a competitor id")
            toward = None
        leans = scale == "field" and raw == -10
        comp = rec.pop("competitor", None)
        if comp is not None:
            if comp not in competitors:
                issues.add(loc, "competitor", f"unknown competitor {show(comp)}")
            elif not leans:
                issues.add(loc, "competitor",
                           "is only used with a field-scale -10 (leans to a competitor)")
            elif toward not in (None, US, comp):
                issues.add(loc, "competitor", f"names {show(comp)} but toward is {show(toward)}")
            elif toward is not None:
                rec["toward"] = comp
        elif leans and toward == US:
            issues.add(loc, "value", "a field-scale -10 (leans to a competitor) must name the "
                       "competitor: toward: <competitor id>, or competitor: <id>")


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
            issues.add(e.loc, "id", f"{show(rid)} is already the id of {_a(first.kind)}"
                       f" ({first.loc.where(e.loc.file)})")
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
            issues.add(e.loc, "id", f"duplicate {KIND_WORDS[e.kind]} id {show(key[0])} "
                       f"(first at {where})")
        else:
            desc = ", ".join(f"{k} {show(v)}" for k, v in zip(key_fields, key, strict=True))
            issues.add(e.loc, None, f"duplicate {e.kind} record for {desc} (first at {where})")
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
                want = " or ".join(KIND_WORDS[k] for k in allowed)
                if hit is None:
                    issues.add(e.loc, f.name, f"unknown {want} {show(t)}")
                else:
                    issues.add(e.loc, f.name, f"{show(t)} is {_a(hit.kind)}, not {_a(allowed[0])}"
                              f"{want[len(KIND_WORDS[allowed[0]]):]}")
    return used_staff


def _loops(entries: list[Entry], issues: Issues) -> None:
    for e in entries:
        spec = _LOOPS.get(e.kind)
        if spec and e.rec.get(spec[0]) is not None and e.rec.get(spec[0]) == e.rec.get(spec[1]):
            issues.add(e.loc, spec[1], f"{show(e.rec[spec[0]])} {spec[2]}")


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
        issues.add(entry.loc, b, f"{what} cycle: {' -> '.join(ring + [ring[0]])}")


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
    _cycles(everything, "reports_to", "person", "manager", "reports_to", issues)
    _cycles(everything, "department", "id", "parent", "department parent", issues)

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
