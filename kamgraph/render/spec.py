"""The data a map page is drawn from, and the pieces every view shares.

A :class:`MapSpec` holds vis-network node and edge dicts (the same shape pyvis
hands to vis-network: ``id``, ``label``, ``title``, ``color``, ``x``, ``y``, ...)
plus the legend, groups, title and footer. Every text in it is plain text: the
page shows it with ``textContent``, never as markup.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Unpack

import networkx as nx

from kamgraph.i18n import translate
from kamgraph.model import US
from kamgraph.render.html import html_document
from kamgraph.render.inputs import MapInputs
from kamgraph.render.palette import (
    GAP_COLOR,
    Lang,
    circle_name,
    competitor_colors,
    role_name,
    stance_color,
    stance_name,
    tr,
)
from kamgraph.render.registry import VIEWS
from kamgraph.render.vis import (
    Filters,
    Font,
    Group,
    Json,
    LegendItem,
    MapMeta,
    Panel,
    VisEdge,
    VisNode,
)

__all__ = ["MapSpec", "Context", "node_label", "person_node", "staff_node", "text_node",
           "footer_text", "gap_border", "default_key",
           "top_department", "KEY_FONT", "PLAIN_FONT"]


@dataclass
class MapSpec:
    """Everything a map page needs; build it with :func:`kamgraph.render.build_view`.

    ``nodes`` and ``edges`` are vis-network dicts; ``legend`` is a list of items
    ``{"label", "kind": "node"|"edge"|"text", "color", "border", "dashes", "shape"}``;
    ``groups`` lists the departments (``{"id", "label", "count"}``); ``ui`` holds
    the page's own words in the chosen language; ``meta`` the account, view,
    opportunity, date and privacy level that ``footer`` states in words;
    ``panels`` the side panel of each person (:mod:`kamgraph.render.panel`) and
    ``filters`` the filter bar's choices.
    """

    nodes: list[VisNode]
    edges: list[VisEdge]
    legend: list[LegendItem]
    groups: list[Group]
    title: str
    footer: str
    view: str = "influence"
    lang: Lang = "en"
    options: dict[str, Json] = field(default_factory=dict)
    ui: dict[str, str] = field(default_factory=dict)
    meta: MapMeta = field(default_factory=lambda: MapMeta())
    panels: dict[str, Panel] = field(default_factory=dict)
    filters: Filters = field(default_factory=lambda: Filters(departments=[], roles=[],
                                                             competitors=[]))

    def node(self, node_id: str) -> VisNode:
        """The node dict with this id (KeyError when absent)."""
        for n in self.nodes:
            if n["id"] == node_id:
                return n
        raise KeyError(node_id)

    def _repr_html_(self) -> str:  # Jupyter: the page in a sandboxed iframe
        doc = html.escape(html_document(self), quote=True)
        return (f'<iframe srcdoc="{doc}" sandbox="allow-scripts" '
                'style="width:100%;height:640px;border:1px solid #ddd"></iframe>')


@dataclass
class Context:
    """What the node builders need to know besides the node itself."""

    G: nx.MultiDiGraph
    lang: Lang
    scores: Mapping[str, float]
    reasons: Mapping[str, list[str]]
    gaps: Mapping[str, list[str]]
    include_private: bool
    comp_colors: dict[str, str] = field(default_factory=dict)
    owners: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    sponsors: dict[str, list[str]] = field(default_factory=dict)
    max_score: float = 0.0
    inputs: MapInputs = field(default_factory=MapInputs)
    key: set[str] = field(default_factory=set)

    @classmethod
    def make(cls, G: nx.MultiDiGraph, lang: Lang, inputs: MapInputs,
             include_private: bool) -> Context:
        owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
        sponsors: dict[str, list[str]] = defaultdict(list)
        for u, v, d in G.edges(data=True):
            if d.get("type") == "OWNS":
                owners[v].append((str(d.get("role")), u))
            elif d.get("type") == "SPONSORS":
                sponsors[v].append(u)
        s = dict(inputs.scores)
        ctx = cls(G, lang, s, dict(inputs.reasons), dict(inputs.gaps),
                  include_private and bool(G.graph.get("private")),
                  competitor_colors(G.graph.get("competitors") or {}),
                  {k: sorted(v) for k, v in owners.items()},
                  {k: sorted(v) for k, v in sponsors.items()},
                  max((x for x in s.values() if x > 0), default=0.0), inputs)
        ctx.key = ({p for p in inputs.key if p in G} if inputs.key else default_key(G, s))
        return ctx

    def name(self, node_id: str) -> str:
        """One-line display name of any node (its id when unknown)."""
        if node_id in self.G:
            return str(self.G.nodes[node_id].get("label") or node_id)
        return str(node_id)

    def size(self, node_id: str) -> float:
        """Node size: by key-person score when given, else by seniority."""
        if self.max_score > 0:
            return round(12 + 28 * max(0.0, self.scores.get(node_id, 0.0)) / self.max_score, 1)
        return float(12 + 3 * int(self.G.nodes[node_id].get("rank") or 0))


def default_key(G: nx.MultiDiGraph, scores: Mapping[str, float]) -> set[str]:
    """Key persons when the analyzers named none: role holders, and the people whose
    score is at least 40 % of the highest (at most 25 of them)."""
    out = {p for p, a in G.nodes(data=True) if a.get("kind") == "person" and a.get("roles")}
    top = max(scores.values(), default=0.0)
    if top > 0:
        ranked = sorted((p for p, v in scores.items() if v >= 0.4 * top and p in G),
                        key=lambda p: (-scores[p], p))
        out.update(ranked[:25])
    return out


#: Label fonts: key persons bold and dark on a white halo, the rest smaller and grey.
KEY_FONT: Font = {"size": 18, "color": "#000000", "strokeWidth": 4, "strokeColor": "#ffffff"}
PLAIN_FONT: Font = {"size": 12, "color": "#555555"}


def top_department(G: nx.MultiDiGraph, node: str) -> str:
    """The top-level department of a person (or department); ``""`` when none.

    Follows the department tree up (``parent``), guarding against cycles.
    """
    d = G.nodes[node].get("department") if G.nodes[node].get("kind") != "department" else node
    seen: set[str] = set()
    while d and d in G and d not in seen:
        seen.add(d)
        parent = G.nodes[d].get("parent")
        if not parent or parent not in G:
            return str(d)
        d = parent
    return str(d or "")


def node_label(attrs: Mapping[str, Any], lang: Lang) -> str:
    """Two-line label: the name in the chosen language first, the other below.

    Examples
    --------
    >>> node_label({"name": "王强", "name_en": "Wang Qiang"}, "zh")
    '王强\\nWang Qiang'
    >>> node_label({"name": "王强", "name_en": "Wang Qiang"}, "en")
    'Wang Qiang\\n王强'
    >>> node_label({"name": "Ann"}, "en")
    'Ann'
    """
    name = str(attrs.get("name") or attrs.get("label") or attrs.get("id") or "")
    en = attrs.get("name_en")
    if not en or en == name:
        return name
    return f"{name}\n{en}" if lang == "zh" else f"{en}\n{name}"


def _signed(v: int | None) -> str:
    return "?" if v is None else (f"{v:+d}" if v else "0")


def _trend(v: int | None) -> str:
    if v is None:
        return ""
    return "↑" + _signed(v) if v > 0 else ("↓" + _signed(v) if v < 0 else "→ 0")


def _tooltip(ctx: Context, pid: str, extra: list[str]) -> str:
    a = ctx.G.nodes[pid]
    L = ctx.lang
    lines = [str(a.get("label") or pid)]
    if a.get("title"):
        lines.append(f"{tr('f.title', L)}: {a['title']}")
    if a.get("department") and a["department"] in ctx.G:
        lines.append(f"{tr('f.department', L)}: {ctx.name(a['department'])}")
    if a.get("affiliation") and a.get("affiliation") != "internal":
        lines.append(f"{tr('f.affiliation', L)}: {circle_name(str(a['affiliation']), L)}")
    roles = a.get("roles") or []
    if roles:
        lines.append(f"{tr('f.roles', L)}: {', '.join(role_name(r, L) for r in roles)}")
    stance = a.get("stance")
    trend = (a.get("trend") or {}).get(US)
    s = f"{tr('f.stance', L)}: {stance_name(stance, L)}"
    if trend is not None:
        s += f" ({tr('f.trend', L)} {_trend(trend)})"
    hist = (a.get("stance_history") or {}).get(US) or []
    if hist:
        last = hist[-1]
        s += f" · {last.get('on')}"
        if last.get("evidence"):
            s += f" · {tr('f.evidence', L)}: {last['evidence']}"
    lines.append(s)
    comps = ctx.G.graph.get("competitors") or {}
    for c, v in sorted((a.get("stances") or {}).items()):
        if c != US and v is not None:
            lines.append(f"{tr('f.toward', L)} {comps.get(c, c)}: {stance_name(v, L)}")
    owners = ctx.owners.get(pid, [])
    lines.append(f"{tr('f.owners', L)}: " + (", ".join(f"{r} {ctx.name(s)}" for r, s in owners)
                                              or tr("f.none", L)))
    if ctx.sponsors.get(pid):
        lines.append(f"{tr('f.sponsor', L)}: " + ", ".join(ctx.name(s) for s in ctx.sponsors[pid]))
    if pid in ctx.scores:
        lines.append(f"{tr('f.score', L)}: {ctx.scores[pid]:.2f}")
    for r in ctx.reasons.get(pid, []):
        lines.append(f"{tr('f.reasons', L)}: {r}")
    for g in ctx.gaps.get(pid, []):
        lines.append(f"{tr('f.gaps', L)}: {g}")
    lines.extend(extra)
    if ctx.include_private:
        for k, v in sorted((a.get("private") or {}).items()):
            lines.append(f"{tr('f.private', L)} · {tr('f.' + k, L)}: {v}")
    return "\n".join(lines)


def person_node(ctx: Context, pid: str, *, extra_lines: list[str] | None = None,
                **overrides: Unpack[VisNode]) -> VisNode:
    """A vis node for a person: stance fill, competitor border, size by score."""
    a = ctx.G.nodes[pid]
    fill = stance_color(a.get("stance"))
    border, width, supports = "#666666", 1, None
    comp = [(v, c) for c, v in (a.get("stances") or {}).items()
            if c != US and c in ctx.comp_colors and v is not None and v >= 1]
    if comp:
        v, supports = sorted(comp, key=lambda t: (-t[0], t[1]))[0]
        border, width = ctx.comp_colors[supports], (5 if v >= 2 else 3)
    gap = bool(ctx.gaps.get(pid))
    key = pid in ctx.key
    node: VisNode = {
        "id": pid, "kind": "person", "label": node_label(a, ctx.lang),
        "font": KEY_FONT.copy() if key else PLAIN_FONT.copy(), "key": key,
        "roles": list(a.get("roles") or []), "dept": top_department(ctx.G, pid),
        "title": _tooltip(ctx, pid, extra_lines or []),
        "shape": "dot", "size": ctx.size(pid),
        "color": {"background": fill, "border": border,
                  "highlight": {"background": fill, "border": "#000000"},
                  "hover": {"background": fill, "border": "#000000"}},
        "borderWidth": width, "stance": a.get("stance"),
        "search": " ".join(str(x) for x in (pid, a.get("name"), a.get("name_en"), a.get("title"))
                           if x).lower(),
    }
    if supports:
        node["supports"] = supports
    if gap:
        node["gap"] = True
    node.update(overrides)
    return node


def staff_node(ctx: Context, sid: str, **overrides: Unpack[VisNode]) -> VisNode:
    """A vis node for one of our staff (a box; greyed once they have left)."""
    from kamgraph.render.palette import STAFF_COLOR

    a = ctx.G.nodes[sid]
    L = ctx.lang
    active = a.get("active", True) is not False
    fill = STAFF_COLOR if active else "#bbbbbb"
    lines = [str(a.get("label") or sid)]
    if a.get("title"):
        lines.append(f"{tr('f.title', L)}: {a['title']}")
    if a.get("function"):
        lines.append(f"{tr('f.function', L)}: {a['function']}")
    if not active:
        lines.append(tr("f.left", L))
    node: VisNode = {
        "id": sid, "kind": "staff", "label": node_label(a, L), "title": "\n".join(lines),
        "shape": "box", "active": active,
        "color": {"background": fill, "border": "#1f3b5a",
                  "highlight": {"background": fill, "border": "#000000"},
                  "hover": {"background": fill, "border": "#000000"}},
        "font": {"color": "#ffffff"},
        "search": " ".join(str(x) for x in (sid, a.get("name"), a.get("name_en")) if x).lower(),
    }
    node.update(overrides)
    return node


def text_node(node_id: str, label: str, x: float, y: float, size: int = 20) -> VisNode:
    """A free text label on the canvas (department and column headings)."""
    return {"id": node_id, "kind": "heading", "label": label, "shape": "text",
            "x": round(x, 1), "y": round(y, 1), "physics": False, "fixed": True,
            "font": {"size": size, "color": "#555555"}, "search": ""}


def footer_text(G: nx.MultiDiGraph, view: str, lang: Lang, private: bool,
                date: dt.date) -> str:
    """``"Account: … · View: … · Opportunity: … · Date: … · privacy"``."""
    opp = G.graph.get("opportunity")
    opp_txt = (f"{G.nodes[opp].get('label') or opp}" if opp and opp in G
               else (opp or tr("footer.all", lang)))
    from kamgraph.render.words import field

    parts = [
        field(tr("footer.account", lang), G.graph.get("account_name") or G.graph.get("account"),
              lang),
        field(tr("footer.view", lang),
              translate(VIEWS[view].title, lang) if view in VIEWS else view, lang),
        field(tr("footer.opportunity", lang), opp_txt, lang),
        field(tr("footer.date", lang), date.isoformat(), lang),
        tr("footer.private" if private else "footer.shared", lang),
    ]
    return " · ".join(parts)


def gap_border(node: VisNode) -> VisNode:
    """Highlight a node as a coverage gap (thick red border)."""
    node["color"] = {**node["color"], "border": GAP_COLOR}
    node["borderWidth"] = 5
    node["gap"] = True
    return node
