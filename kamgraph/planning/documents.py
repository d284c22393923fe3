"""The planning set (客户关系规划三件套) and its writers.

:func:`planning_set` turns a :class:`~kamgraph.planning.targets.Plan` into four tables:
the current-state assessment (every key person), the target task book, the PR plan,
and the responses to competitor supporters, plus one key-customer expansion card per
target. :func:`write_planning_set` writes them as Markdown, CSV (one file per table),
JSON or one printable HTML page (all data escaped, no external resources).
Private person fields are never read here.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from kamgraph.analyzers import coverage_gaps, key_set, power_parts
from kamgraph.model import STANCE_LABELS
from kamgraph.planning.targets import Plan

__all__ = ["PlanningSet", "planning_set", "write_planning_set", "render_planning_set", "TABLES"]

#: table name -> (title, columns)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "assessment": ("Current-state assessment", (
        "person", "name", "title", "level", "roles", "power", "stance", "trend",
        "owner_a", "owner_b", "sponsor", "channels", "gaps")),
    "taskbook": ("Target task book", (
        "person", "name", "stance_now", "desired", "action", "expected_move", "owner_a",
        "deadline")),
    "prplan": ("PR plan", (
        "person", "name", "action", "owner_a", "owner_b", "sponsor", "hours", "warm_path",
        "first_steps", "review", "deadline", "rhythm")),
    "responses": ("Competitor supporters", (
        "competitor", "supporter", "name", "response")),
}
Fmt = Literal["md", "csv", "json", "html"]


@dataclass
class PlanningSet:
    """The tables of the planning set, the expansion cards, and a summary."""

    title: str
    summary: list[str]
    tables: dict[str, list[dict[str, str]]]
    cards: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "summary": self.summary, "tables": self.tables,
                "cards": self.cards}


def _st(v: int | None) -> str:
    return "unknown" if v is None else f"{v:+d} {STANCE_LABELS.get(v, '')}".strip()


def _l(G: nx.MultiDiGraph, n: str | None) -> str:
    return "" if not n else str(G.nodes[n].get("label") or n)


def planning_set(G: nx.MultiDiGraph, plan: Plan) -> PlanningSet:
    """Build the planning set of one account from its graph and plan."""
    scores = {p: x.total for p, x in power_parts(G).items()}
    keys = sorted(set(key_set(G, scores)) | {t.person for t in plan.targets},
                  key=lambda p: (-round(scores.get(p, 0.0), 9), p))
    gaps: dict[str, list[str]] = {}
    for g in coverage_gaps(G, key=keys):
        kind = g.kind + (f" ({_l(G, g.staff)})" if g.staff and g.staff in G else "")
        if kind not in gaps.setdefault(g.person, []):
            gaps[g.person].append(kind)
    rel: dict[tuple[str, str], list[str]] = {}
    channels: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        t = d.get("type")
        if t == "OWNS":
            rel.setdefault((v, "owner_" + str(d.get("role")).lower()), []).append(u)
        elif t == "SPONSORS":
            rel.setdefault((v, "sponsor"), []).append(u)
        elif t == "INFORMS":
            channels.setdefault(v, set()).add(str(d.get("via") or u))
    assess = []
    for p in keys:
        n = G.nodes[p]
        tr = (n.get("trend") or {}).get("us")
        assess.append({
            "person": p, "name": _l(G, p), "title": str(n.get("title") or ""),
            "level": str(n.get("level") or ""), "roles": ", ".join(n.get("roles") or ()),
            "power": f"{scores.get(p, 0.0):.2f}", "stance": _st(n.get("stance")),
            "trend": "" if tr is None else f"{tr:+d}",
            **{k: ", ".join(_l(G, s) for s in sorted(rel.get((p, k), [])))
               for k in ("owner_a", "owner_b", "sponsor")},
            "channels": str(len(channels.get(p, ()))), "gaps": ", ".join(gaps.get(p, [])),
        })
    book, prp, cards = [], [], []
    for t in plan.targets:
        path = t.path.reason if t.path else "no warm path yet"
        book.append({"person": t.person, "name": t.label, "stance_now": _st(t.stance),
                     "desired": _st(t.desired), "action": t.action,
                     "expected_move": f"{t.move:+.3f}", "owner_a": _l(G, t.owner_a),
                     "deadline": t.deadline.isoformat()})
        prp.append({"person": t.person, "name": t.label, "action": t.action,
                    "owner_a": _l(G, t.owner_a), "owner_b": _l(G, t.owner_b),
                    "sponsor": _l(G, t.sponsor), "hours": str(t.hours), "warm_path": path,
                    "first_steps": " | ".join(t.first_steps), "review": t.review.isoformat(),
                    "deadline": t.deadline.isoformat(),
                    "rhythm": "weekly by the account manager"})
        ch = sorted(_l(G, c) if c in G else c for c in channels.get(t.person, ()))
        cards.append({"target": t.label, "roles": ", ".join(t.roles) or "-",
                      "stance": f"{_st(t.stance)} → {_st(t.desired)}", "action": t.action,
                      "owner A / B": f"{_l(G, t.owner_a) or '-'} / {_l(G, t.owner_b) or '-'}",
                      "sponsor": _l(G, t.sponsor) or "-",
                      "trust channel": path + (f"; informed by {', '.join(ch)}" if ch else ""),
                      "first steps": " | ".join(t.first_steps),
                      "review rhythm": f"weekly; first review {t.review.isoformat()}, "
                                       f"goal by {t.deadline.isoformat()}"})
    resp = [{"competitor": str((G.graph.get("competitors") or {}).get(r.competitor, r.competitor)),
             "supporter": r.supporter, "name": r.label, "response": r.response}
            for r in plan.responses]
    opp = f", opportunity {plan.opportunity}" if plan.opportunity else ""
    title = f"Relationship plan: {G.graph.get('account_name') or plan.account}{opp}"
    return PlanningSet(title, list(plan.reasons),
                       {"assessment": assess, "taskbook": book, "prplan": prp, "responses": resp},
                       cards)


def _md_cell(v: str) -> str:  # HTML escaped too: the file is pasted into wikis and mail
    from kamgraph.safety import md_cell

    return md_cell(str(v))


def _markdown(ps: PlanningSet) -> str:
    out = [f"# {_md_cell(ps.title)}", ""] + [f"- {_md_cell(s)}" for s in ps.summary] + [""]
    for name, (title, cols) in TABLES.items():
        out += [f"## {title}", "", "| " + " | ".join(cols) + " |",
                "|" + "---|" * len(cols)]
        out += ["| " + " | ".join(_md_cell(r.get(c, "")) for c in cols) + " |"
                for r in ps.tables[name]]
        out.append("")
    out += ["## Key-customer expansion cards", ""]
    for c in ps.cards:
        out += [f"### {_md_cell(c['target'])}", ""] + [
            f"- **{k}**: {_md_cell(v)}" for k, v in c.items() if k != "target"] + [""]
    return "\n".join(out)


_CSS = ("body{font-family:sans-serif;margin:2em;font-size:11pt}table{border-collapse:collapse;"
        "width:100%;margin-bottom:1.5em}td,th{border:1px solid #999;padding:3px 6px;"
        "text-align:left;vertical-align:top}th{background:#eee}.card{border:1px solid #333;"
        "padding:.5em 1em;margin:1em 0;page-break-inside:avoid}"
        "@media print{.card{page-break-after:always}}")


def _html(ps: PlanningSet) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
           f"<title>{e(ps.title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{e(ps.title)}</h1><ul>"] + [f"<li>{e(s)}</li>" for s in ps.summary] + ["</ul>"]
    for name, (title, cols) in TABLES.items():
        out.append(f"<h2>{e(title)}</h2><table><tr>"
                   + "".join(f"<th>{e(c)}</th>" for c in cols) + "</tr>")
        out += ["<tr>" + "".join(f"<td>{e(r.get(c, ''))}</td>" for c in cols) + "</tr>"
                for r in ps.tables[name]]
        out.append("</table>")
    out.append("<h2>Key-customer expansion cards</h2>")
    for c in ps.cards:
        out.append(f"<div class=\"card\"><h3>{e(c['target'])}</h3><dl>"
                   + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in c.items()
                             if k != "target") + "</dl></div>")
    out.append("</body></html>")
    return "\n".join(out)


def write_planning_set(pset: PlanningSet, fmt: Fmt, out: Path) -> list[Path]:
    """Write the planning set; returns the files written.

    ``md``, ``json`` and ``html`` write one file at ``out`` (a directory gets
    ``planning-set.<fmt>`` inside). ``csv`` writes ``assessment.csv``,
    ``taskbook.csv``, ``prplan.csv``, ``responses.csv`` and ``cards.csv`` into the
    directory ``out`` (created).
    """
    out = Path(out)
    if fmt == "csv":
        out.mkdir(parents=True, exist_ok=True)
        files = []
        for name, (_t, cols) in {**TABLES, "cards": ("", tuple(
                pset.cards[0]) if pset.cards else ("target",))}.items():
            rows = pset.cards if name == "cards" else pset.tables[name]
            f = out / f"{name}.csv"
            # for people's spreadsheets: a BOM so Excel reads UTF-8, no cell runs as a formula
            from kamgraph.safety import excel_cell

            with f.open("w", newline="", encoding="utf-8-sig") as fh:
                w = csv.DictWriter(fh, fieldnames=list(cols), extrasaction="ignore")
                w.writeheader()
                w.writerows({k: excel_cell(str(v)) for k, v in r.items()} for r in rows)
            files.append(f)
        return files
    if fmt not in ("md", "json", "html"):
        raise ValueError(f"unknown format {fmt!r}")
    if out.is_dir():
        out = out / f"planning-set.{fmt}"
    out.parent.mkdir(parents=True, exist_ok=True)
    text = (_markdown(pset) if fmt == "md" else _html(pset) if fmt == "html"
            else json.dumps(pset.to_dict(), ensure_ascii=False, indent=2, default=_iso))
    out.write_text(text + "\n", encoding="utf-8")
    return [out]


def _iso(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    raise TypeError(type(v).__name__)


def render_planning_set(pset: PlanningSet, fmt: Fmt) -> str:
    """The planning set as text (Markdown, JSON or HTML), e.g. for stdout."""
    if fmt == "md":
        return _markdown(pset)
    if fmt == "html":
        return _html(pset)
    if fmt == "json":
        return json.dumps(pset.to_dict(), ensure_ascii=False, indent=2, default=_iso)
    raise ValueError(f"format {fmt!r} cannot go to stdout; give --out DIR for csv")
