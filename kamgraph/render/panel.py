"""What the side panel shows of a person, and the choices of the filter bar.

Everything here is plain text in lists; the page puts it in the panel with
``textContent``. Private details enter only when the map was asked to include
them and the graph holds them.
"""

from __future__ import annotations

from collections import defaultdict

from kamgraph.history.person import stance_days
from kamgraph.history.shapes import StanceDay
from kamgraph.i18n import N_, translations
from kamgraph.model import US
from kamgraph.render.spec import Context, top_department
from kamgraph.render.vis import Filters, Panel, Section
from kamgraph.render.words import Lang, circle_name, role_name, stance_name, tr

__all__ = ["person_panel", "panels", "filter_choices"]

_ROLE_ORDER = ("initiator", "user", "influencer", "gatekeeper", "buyer", "decider", "approver",
               "coach")


def _channels(ctx: Context) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for u, v, d in ctx.G.edges(data=True):
        if d.get("type") != "INFORMS":
            continue
        bits = [ctx.name(u)]
        via = d.get("via")
        if via:  # a go-between (someone in the graph) or a kind of channel
            bits.append(ctx.name(str(via)) if via in ctx.G else circle_name(str(via), ctx.lang))
        if d.get("reliability") is not None:
            bits.append(f"{tr('p.reliability', ctx.lang)} {d['reliability']}")
        out[v].append(" · ".join(bits))
    return out


def _implied_note(h: StanceDay, comps: dict[str, str], lang: Lang) -> str:
    """The words for a stance implied by exclusive support for a competitor."""
    g = translations(lang).gettext
    comp = comps.get(str(h["implied_by"]), str(h["implied_by"] or "?"))
    why = (g(N_("leans to {competitor}")) if h["implied_kind"] == "leans"
           else g(N_("exclusive supporter of {competitor}"))).format(competitor=comp)
    if h["implied"]:
        return g(N_("implied: {why}")).format(why=why)
    if h["implied_value"] == h["value"]:
        return g(N_("assessed; {why} implies the same")).format(why=why)
    return g(N_("assessed; {why} implies {value}")).format(
        why=why, value=stance_name(h["implied_value"], lang))


def _stances(ctx: Context, pid: str) -> list[str]:
    a = ctx.G.nodes[pid]
    L = ctx.lang
    comps = ctx.G.graph.get("competitors") or {}
    lines: list[str] = []
    hist = a.get("stance_history") or {}
    for toward in sorted(hist, key=lambda t: (t != US, str(t))):
        who = "" if toward == US else f"{tr('f.toward', L)} {comps.get(toward, toward)}: "
        for h in stance_days(hist[toward]):  # one line a day, implied stances folded in
            line = f"{h.get('on') or '?'} · {who}{stance_name(h.get('value'), L)}"
            if "implied_value" in h:
                line += " · " + _implied_note(h, comps, L)
            if h.get("by"):
                line += f" · {tr('p.by', L)} {ctx.name(str(h['by']))}"
            if h.get("evidence"):
                line += f" · {tr('f.evidence', L)}: {h['evidence']}"
            lines.append(line)
    return lines


def person_panel(ctx: Context, pid: str, channels: dict[str, list[str]] | None = None
                 ) -> Panel:
    """The panel of one person: ``{"name", "sub", "sections": [(heading, [lines]), ...],
    "path": [ids], "pathText"}``."""
    G, L = ctx.G, ctx.lang
    a = G.nodes[pid]
    sub = [str(x) for x in (a.get("title"),) if x]
    dept = a.get("department")
    if dept and dept in G:
        sub.append(ctx.name(dept))
    if pid in ctx.key:
        sub.append(tr("p.key", L))
    owners = ctx.owners.get(pid, [])
    own_lines = [f"{tr('p.ownerA' if r == 'A' else 'p.ownerB', L)}: {ctx.name(s)}"
                 for r, s in owners]
    sections: list[Section] = [
        (tr("p.roles", L), [role_name(r, L) for r in a.get("roles") or []]),
        (tr("p.stance", L), _stances(ctx, pid)),
        (tr("p.owners", L), own_lines),
        (tr("p.sponsor", L), [ctx.name(s) for s in ctx.sponsors.get(pid, [])]),
        (tr("p.channels", L), (channels if channels is not None else _channels(ctx)).get(pid, [])),
        (tr("p.reasons", L), list(ctx.reasons.get(pid, []))),
        (tr("p.gaps", L), list(ctx.gaps.get(pid, []))),
    ]
    verdicts = ctx.inputs.verdicts.get(pid, [])
    if verdicts:
        sections.append((tr("p.verdict", L), [
            (f"{tr('p.counterweight', L)} {text}" if status == "counterweight"
             else f"{tr('p.' + status, L)} · {text}") for status, text in verdicts]))
    if ctx.include_private and a.get("private"):
        sections.append((tr("p.private", L), [f"{tr('f.' + k, L)}: {v}"
                                              for k, v in sorted(a["private"].items())]))
    out: Panel = {"name": str(a.get("label") or pid), "sub": " · ".join(sub),
                           "sections": sections}
    path = ctx.inputs.paths.get(pid)
    if path and all(n in G for n in path):
        out["path"] = list(path)
        out["pathText"] = ctx.inputs.path_words.get(pid, "")
    return out


def panels(ctx: Context, ids: list[str]) -> dict[str, Panel]:
    """Panels of the persons (and a short one for staff) among ``ids``."""
    ch = _channels(ctx)
    out: dict[str, Panel] = {}
    for n in ids:
        kind = ctx.G.nodes[n].get("kind")
        if kind == "person":
            out[n] = person_panel(ctx, n, ch)
        elif kind == "staff":
            a = ctx.G.nodes[n]
            sub = " · ".join(str(x) for x in (a.get("title"), a.get("function"),
                                              tr("p.staff", ctx.lang)) if x)
            owned = sorted(ctx.name(v) for v, own in ctx.owners.items()
                           for _, s in own if s == n)
            out[n] = {"name": str(a.get("label") or n), "sub": sub,
                      "sections": [(tr("p.owners", ctx.lang), owned)]}
    return out


def filter_choices(ctx: Context, persons: list[str]) -> Filters:
    """The filter bar's lists: departments and roles present, competitors in scope."""
    G, L = ctx.G, ctx.lang
    depts = sorted({top_department(G, p) for p in persons} - {""},
                   key=lambda d: ctx.name(d))
    roles = {r for p in persons for r in (G.nodes[p].get("roles") or [])}
    comps = G.graph.get("competitors") or {}
    return {
        "departments": [[d, ctx.name(d)] for d in depts],
        "roles": [[r, role_name(r, L)] for r in _ROLE_ORDER if r in roles]
        + [[r, role_name(r, L)] for r in sorted(roles - set(_ROLE_ORDER))],
        "competitors": [[c, str(comps[c])] for c in sorted(comps)],
    }
