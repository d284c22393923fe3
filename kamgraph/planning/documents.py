"""The planning set (客户关系规划三件套) and the key-customer expansion cards, as article 001
defines them, in English or Chinese.

:func:`planning_set` turns a :class:`~kamgraph.planning.types.Plan` into four documents:

* 客户关系现状评估表 relationship assessment: every key person, how they stand, who holds
  them, their interests and gaps; oversight people marked;
* 客户关系目标任务书 target task book: the market goal, the deal's timeline and the cycle,
  each target with the goal it serves and its reason, the KPI per owner, the resources
  and budget (hours, sponsors' time), the deferred targets and the people left alone,
  each with the reason;
* 客户关系公关计划 PR plan: actions, occasions, owners, sponsor, warm path, the supervisor's
  weekly review and the dates, and the answer to each competitor supporter;
* 关键客户拓展卡片 one card per target in the method's six steps under its four principles.

Private details (birthdays, family) appear only when the graph was projected with them.
Writers for md, csv, json, html and xlsx are in :mod:`kamgraph.planning.writers`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kamgraph.analyzers import coverage_gaps, key_set, power_parts
from kamgraph.analyzers.context import Analysis
from kamgraph.history.closeness import (
    Closeness,
    by_person,
    falling,
    graph_interactions,
    monthly,
    sparkline,
)
from kamgraph.i18n import N_, translations
from kamgraph.planning.types import Plan, Target
from kamgraph.planning.words import LANGS, W, render, word

__all__ = ["Table", "Document", "Card", "PlanningSet", "planning_set"]


@dataclass
class Table:
    key: str
    title: str
    columns: list[str]
    rows: list[list[str]]

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


@dataclass
class Card:
    title: str
    steps: list[tuple[str, list[tuple[str, str]]]]
    #: closeness by month to the plan's issue date (the html draws it as a sparkline)
    closeness: tuple[Closeness, ...] = ()


@dataclass
class Document:
    key: str
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)


@dataclass
class PlanningSet:
    """The four documents of the planning set in one language."""

    title: str
    lang: str
    summary: list[str]
    documents: list[Document]

    @property
    def tables(self) -> dict[str, list[dict[str, str]]]:
        """Every table's rows as records, by table key."""
        return {t.key: t.records() for d in self.documents for t in d.tables}

    @property
    def cards(self) -> list[Card]:
        return [c for d in self.documents for c in d.cards]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "lang": self.lang, "summary": self.summary,
                "documents": [{
                    "key": d.key, "title": d.title, "facts": [list(f) for f in d.facts],
                    "tables": [{"key": t.key, "title": t.title, "rows": t.records()}
                               for t in d.tables],
                    "cards": [{"title": c.title, "steps": [
                        {"step": s, "items": [list(i) for i in items]} for s, items in c.steps]}
                        for c in d.cards]} for d in self.documents]}


def _name(G: nx.MultiDiGraph, n: str | None, lang: str) -> str:
    if not n or n not in G:
        return ""
    d = G.nodes[n]
    return str((d.get("name") if lang == "zh" else d.get("label")) or d.get("label") or n)


class _Doc:
    """Word and name lookups for one language."""

    def __init__(self, G: nx.MultiDiGraph, lang: str) -> None:
        self.G, self.lang = G, lang
        self.analysis = Analysis(G)  # shared by the analyzers the documents quote

    def w(self, key: str) -> str:
        return word(self.lang, key)

    def n(self, node: str | None) -> str:
        return _name(self.G, node, self.lang)

    def s(self, v: int | None) -> str:
        return self.w("unknown") if v is None else self.w(f"stance{v:+d}")

    def roles(self, rs: Any) -> str:
        return ", ".join(self.w(r) for r in rs or ())

    def t(self, key: str, **args: Any) -> str:
        return render(self.lang, key, args)


def _assessment(x: _Doc, plan: Plan) -> Document:
    G = x.G
    scores = {p: v.total for p, v in power_parts(G, ctx=x.analysis).items()}
    keys = sorted(set(key_set(G, scores, ctx=x.analysis)) | {t.person for t in plan.targets},
                  key=lambda p: (-round(scores.get(p, 0.0), 9), p))
    gaps: dict[str, list[str]] = {}
    for g in coverage_gaps(G, key=keys, ctx=x.analysis):
        gap = x.w("gap_" + g.kind) + (f" ({x.n(g.staff)})" if g.staff and g.staff in G else "")
        if gap not in gaps.setdefault(g.person, []):
            gaps[g.person].append(gap)
    rel: dict[tuple[str, str], list[str]] = {}
    channels: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        t = d.get("type")
        if t == "OWNS":
            rel.setdefault((v, str(d.get("role"))), []).append(u)
        elif t == "SPONSORS":
            rel.setdefault((v, "S"), []).append(u)
        elif t == "INFORMS":
            channels.setdefault(v, set()).add(str(d.get("via") or u))
    comps = dict(G.graph.get("competitors") or {})
    rows = []
    for p in keys:
        n = G.nodes[p]
        lean = [f"{comps.get(c, c)} {v:+d}" for c, v in sorted((n.get("stances") or {}).items())
                if c != "us" and v > 0]
        tr = (n.get("trend") or {}).get("us")
        notes = ([x.t("doc_oversight_note", duty=W(f"oversight_{n['oversight']}"))]
                 if n.get("oversight") else [])
        notes += gaps.get(p, [])
        interests = "; ".join(i for i in (n.get("interest_personal"), n.get("interest_org")) if i)
        rows.append([x.n(p), str(n.get("title") or ""), x.w(str(n.get("level") or "")),
                     x.roles(n.get("roles")), f"{scores.get(p, 0.0):.2f}",
                     x.s(n.get("stance")), "" if tr is None else f"{tr:+d}", ", ".join(lean),
                     *(", ".join(x.n(s) for s in sorted(rel.get((p, k), [])))
                       for k in ("A", "B", "S")),
                     str(len(channels.get(p, ()))), interests, "; ".join(notes)])
    cols = [x.w(f"col_{c}") for c in ("name", "title", "level", "roles", "power", "stance",
                                        "trend", "leaning", "owner_a", "owner_b", "sponsor",
                                        "channels", "interests", "notes")]
    return Document("assessment", x.w("doc_assessment"),
                    tables=[Table("assessment", x.w("doc_assessment"), cols, rows)])


def _goal_facts(x: _Doc, plan: Plan) -> list[tuple[str, str]]:
    g, c, tl = plan.goal, plan.cycle, plan.timeline
    facts = [(x.w("fact_goal"), (f"{x.w(f'goal_{g.type}')}: {g.target or ''}"
                                 + (f" ({x.w('fact_by')} {g.by.isoformat()})" if g.by else ""))
              if g.type or g.target else x.t("sum_no_goal"))]
    if tl.opportunity:
        deal = [tl.name or tl.opportunity]
        if tl.stage:
            deal.append(f"{x.w('fact_stage')} {tl.stage}")
        if tl.value:
            deal.append(f"{x.w('fact_value')} {tl.value:,.0f}")
        if tl.close:
            deal.append(f"{x.w('fact_close')} {tl.close.isoformat()}")
        facts.append((x.w("fact_deal"), ", ".join(deal)))
        if tl.milestones:
            facts.append((x.w("fact_timeline"), " → ".join(
                f"{x.w('ms_' + k)} {d.isoformat()}" for k, d in tl.milestones)))
    facts.append((x.w("fact_cycle"), x.t("fact_cycle_text", year=c.year, start=c.start,
                                         due=c.set_due, rev=c.revision, end=c.end)))
    facts.append((x.w("fact_review"), x.w("fact_review_text")))
    return facts


def _deadline(x: _Doc, t: Target) -> str:
    return f"{t.deadline.isoformat()} ({x.w('ms_' + t.milestone)})"


def _taskbook(x: _Doc, plan: Plan) -> Document:
    G = x.G
    rows = [[x.n(t.person), t.goal.text(x.lang), x.s(t.stance), x.s(t.desired), x.w(t.action),
             f"{t.value:.3f}", x.n(t.owner_a) or (
                 f"{x.n(t.path.source)} ({x.w('acting')})" if t.path else ""), _deadline(x, t),
             "; ".join(r.text(x.lang) for r in t.reasons)] for t in plan.targets]
    cols = [x.w(f"col_{c}") for c in ("name", "goal_served", "stance_now", "desired", "action",
                                        "worth", "owner_kpi", "deadline", "reason")]
    kpi: dict[str, list[Target]] = {}
    for t in plan.targets:
        kpi.setdefault(t.owner_a or (t.path.source if t.path else "") or "", []).append(t)
    kpi_rows = [[x.n(s) or x.w("unassigned"), ", ".join(x.n(t.person) for t in ts),
                 str(sum(t.hours for t in ts)),
                 "" if s not in plan.budget else f"{plan.budget[s]:.0f}",
                 x.n(G.nodes[s].get("supervisor")) if s in G else ""]
                for s, ts in sorted(kpi.items())]
    sp: dict[str, list[Target]] = {}
    for t in plan.targets:
        if t.sponsor:
            sp.setdefault(t.sponsor, []).append(t)
    res_rows = [[x.n(s), ", ".join(x.n(t.person) for t in ts),
                 str(sum(t.sponsor_hours for t in ts)),
                 "; ".join(n.text(x.lang) for t in ts for n in t.sponsor_notes
                           if n.key == "sponsor_overbooked")[:200]]
                for s, ts in sorted(sp.items())]
    if "total" in plan.budget:
        res_rows.append([x.w("col_team"), "", str(plan.used.get("total", 0)),
                         f"{plan.budget['total']:g} h"])
    deferred = [[x.n(t.person), x.w(t.action), str(t.hours + t.sponsor_hours), f"{t.value:.3f}",
                 t.deferred_why.text(x.lang) if t.deferred_why else "",
                 "; ".join(r.text(x.lang) for r in t.reasons)] for t in plan.deferred]
    alone = [[x.n(p), w.text(x.lang)] for p, w in plan.left_alone]
    return Document("taskbook", x.w("doc_taskbook"), facts=_goal_facts(x, plan), tables=[
        Table("taskbook", x.w("tbl_targets"), cols, rows),
        Table("kpi", x.w("tbl_kpi"), [x.w(f"col_{c}") for c in (
            "owner", "targets", "hours", "budget", "supervisor")], kpi_rows),
        Table("resources", x.w("tbl_resources"), [x.w(f"col_{c}") for c in (
            "sponsor", "targets", "sponsor_hours", "notes")], res_rows),
        Table("deferred", x.w("tbl_deferred"), [x.w(f"col_{c}") for c in (
            "name", "action", "hours", "worth", "why_deferred", "reason")], deferred),
        Table("left_alone", x.w("tbl_left_alone"), [x.w(f"col_{c}") for c in (
            "name", "why")], alone)])


def _occasions(x: _Doc, t: Target) -> str:
    return "; ".join((f"{o.on.isoformat()} " if o.on else "")
                     + f"{x.w('occ_kind_' + o.kind)}: {o.note.text(x.lang)}"
                     for o in t.occasions)


def _prplan(x: _Doc, plan: Plan) -> Document:
    rows = []
    for t in plan.targets:
        rows.append([x.n(t.person), x.w(t.action),
                     " | ".join(s.text(x.lang) for s in t.first_steps), _occasions(x, t),
                     f"{x.n(t.owner_a) or '-'} / {x.n(t.owner_b) or '-'}",
                     "; ".join([x.n(t.sponsor)] * bool(t.sponsor)
                               + [n.text(x.lang) for n in t.sponsor_notes]),
                     t.path_note.text(x.lang) if t.path_note else x.w("no_path"),
                     x.t("review_by", who=x.n(t.supervisor) or x.w("no_supervisor")),
                     t.review.isoformat(), plan.cycle.revision.isoformat(), _deadline(x, t)])
    cols = [x.w(f"col_{c}") for c in ("name", "action", "steps", "occasions", "owners",
                                        "sponsor", "warm_path", "review", "first_review",
                                        "revision", "deadline")]
    comps = dict(x.G.graph.get("competitors") or {})
    resp = [[str(comps.get(r.competitor, r.competitor)), x.n(r.supporter),
             r.response.text(x.lang)] for r in plan.responses]
    return Document("prplan", x.w("doc_prplan"), tables=[
        Table("prplan", x.w("doc_prplan"), cols, rows),
        Table("responses", x.w("tbl_responses"), [x.w(f"col_{c}") for c in (
            "competitor", "supporter", "response")], resp)])


def closeness_words(series: tuple[Closeness, ...], lang: str) -> str:
    """``▁▃▅ 52 now (2026-01 12 … 2026-12 52)``; falling is said."""
    g = translations("zh" if lang == "zh" else "en").gettext
    if not series:
        return g(N_("no contact logged"))
    last = series[-1]
    text = g(N_("{spark} {score:.0f} now ({first} {first_score:.0f} … {last} "
                "{score:.0f})")).format(spark=sparkline(series), score=last.score,
                                        first=f"{series[0].day:%Y-%m}",
                                        first_score=series[0].score, last=f"{last.day:%Y-%m}")
    return g(N_("{text}; falling")).format(text=text) if falling(series) else text


def _card(x: _Doc, plan: Plan, t: Target,
          met: dict[str, list[dict[str, Any]]] | None = None) -> Card:
    G = x.G
    n = G.nodes[t.person]
    pers, org = t.interests
    series = tuple(monthly(met[t.person], t.person, plan.cycle.start)) if met and \
        t.person in met else ()
    step1 = [(x.w("col_name"), f"{x.n(t.person)} {n.get('title') or ''}".strip()),
             (x.w("col_roles"), x.roles(t.roles) or "-"),
             (x.w("col_stance"), f"{x.s(t.stance)} → {x.s(t.desired)}"),
             (translations("zh" if x.lang == "zh" else "en").gettext(N_("Closeness by month")),
              closeness_words(series, x.lang)),
             (x.w("col_goal_served"), t.goal.text(x.lang)),
             (x.w("card_interest_personal"), pers or x.w("card_unknown_interest")),
             (x.w("card_interest_org"), org or x.w("card_unknown_interest"))]
    step2 = [(x.w("col_sponsor"), x.n(t.sponsor) or "-")] + [
        (x.w("card_why"), s.text(x.lang)) for s in t.sponsor_notes]
    step3 = [(f"{o.on.isoformat()} " if o.on else "") + x.w("occ_kind_" + o.kind)
             for o in t.occasions]
    step3_items = [(k, o.note.text(x.lang)) for k, o in zip(step3, t.occasions, strict=True)]
    step4 = [(x.w("col_action"), x.w(t.action))] + [
        (f"{i + 1}", s.text(x.lang)) for i, s in enumerate(t.first_steps)] + [
        (x.w("col_warm_path"), t.path_note.text(x.lang) if t.path_note else x.w("no_path"))]
    step5 = [(x.w("col_owners"), f"{x.n(t.owner_a) or '-'} / {x.n(t.owner_b) or '-'}"),
             (x.w("col_hours"), str(t.hours)), (x.w("col_owner_kpi"), x.w("card_kpi"))] + [
        (x.w("card_why"), s.text(x.lang)) for s in t.owner_notes]
    step6 = [(x.w("col_review"), x.t("review_by", who=x.n(t.supervisor)
                                     or x.w("no_supervisor"))),
             (x.w("col_first_review"), t.review.isoformat()),
             (x.w("col_revision"), plan.cycle.revision.isoformat()),
             (x.w("col_deadline"), _deadline(x, t))]
    return Card(x.n(t.person), [(x.w(f"card_step{i}"), items) for i, items in enumerate(
        (step1, step2, step3_items, step4, step5, step6), start=1)], series)


def planning_set(G: nx.MultiDiGraph, plan: Plan, *, lang: str = "en") -> PlanningSet:
    """The planning set of one account in ``lang`` (``en`` or ``zh``)."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
    x = _Doc(G, lang)
    met = by_person(graph_interactions(G))
    acc = G.graph.get("account_name") or plan.account
    opp = _name(G, plan.opportunity, lang) if plan.opportunity else ""
    title = x.t("doc_title", account=acc, opp=opp or W("doc_all_deals"))
    cards = Document("cards", x.w("doc_cards"), facts=[(x.w("card_principles"),
                                                        x.w("card_principles_text"))],
                     cards=[_card(x, plan, t, met) for t in plan.targets])
    head = [f"{k}: {v}" for k, v in _goal_facts(x, plan)[:3]]
    return PlanningSet(title, lang, head + [r.text(lang) for r in plan.reasons],
                       [_assessment(x, plan), _taskbook(x, plan), _prplan(x, plan), cards])
