"""Every word the maps show: keys to English words marked for the message catalogue.

``tr(key, lang)`` looks a phrase up in a language; :func:`role_name`, :func:`stance_name`
and :func:`circle_name` name the data's codes through the catalogue's ``role``, ``stance``
and ``circle`` contexts (see :mod:`kamgraph.terms`). The Chinese is in
``kamgraph/locale/zh/LC_MESSAGES/kamgraph.po``.
"""

from __future__ import annotations

from typing import Literal

from kamgraph.i18n import N_, NP_, translate
from kamgraph.terms import STANCE_WORDS

__all__ = ["Lang", "WORDS", "field", "tr", "role_name", "stance_name", "circle_name", "basis_name",
           "words_for"]

Lang = Literal["zh", "en"]

#: key -> English words, marked for the catalogue (the Chinese is in the .po)
WORDS: dict[str, str] = {
    # the page (the views' titles are in kamgraph.render.registry)
    "ui.search": N_("Search people…"),
    "ui.matches": N_("matches"),
    "ui.nomatch": N_("no match"),
    "ui.legend": N_("Legend"),
    "ui.too_old": N_("This browser is too old to open this large map; please use a current "
                     "Chrome, Edge, Firefox or Safari."),
    "ui.hover": N_("Hover a node for details; scroll to zoom."),
    "footer.account": N_("Account"),
    "footer.view": N_("View"),
    "footer.opportunity": N_("Opportunity"),
    "footer.date": N_("Date"),
    "footer.private": N_("CONFIDENTIAL: includes private details"),
    "footer.shared": N_("Shareable: private details left out"),
    "footer.all": N_("all opportunities (standing roles)"),
    # tooltip fields
    "f.title": N_("Title"), "f.level": N_("Level"),
    "f.department": N_("Department"), "f.roles": N_("Roles"),
    "f.stance": N_("Stance toward us"), "f.trend": N_("trend"),
    "f.toward": N_("Stance toward"), "f.owners": N_("Owners"),
    "f.sponsor": N_("Sponsor"),
    "f.score": N_("Key-person score"), "f.reasons": N_("Why"),
    "f.gaps": N_("Coverage gaps"), "f.affiliation": N_("Affiliation"),
    "f.evidence": N_("evidence"), "f.private": N_("Private"),
    "f.function": N_("Function"), "f.left": N_("has left"),
    "f.hop": N_("hidden chain, hops to a decider"),
    "f.family": N_("Family"), "f.hobbies": N_("Hobbies"),
    "f.home_area": N_("Home area"), "f.notes": N_("Notes"),
    "f.none": N_("none"), "f.unknown": N_("unknown"),
    # legend
    "lg.stance": N_("Stance toward us"),
    "lg.unknown": N_("not assessed"),
    "lg.competitor": N_("supports competitor"),
    "lg.formal": N_("influence (formal)"),
    "lg.hidden": N_("influence (hidden)"),
    "lg.reports": N_("reports to"),
    "lg.size": N_("size = key-person score"),
    "lg.size_rank": N_("size = seniority"),
    "lg.department": N_("Departments"),
    "lg.gatekeeper": N_("gatekeeper"),
    "lg.coach": N_("coach (insider)"),
    "lg.hiddenchain": N_("hidden chain behind deciders"),
    "lg.staff": N_("our staff"),
    "lg.staff_left": N_("our staff (left)"),
    "lg.center": N_("centre person"),
    "lg.ring1": N_("ring 1: people they know"),
    "lg.ring2": N_("ring 2: their people"),
    "lg.tie": N_("tie, labelled by circle"),
    "lg.ownerA": N_("owner A (solid)"),
    "lg.ownerB": N_("owner B (dotted)"),
    "lg.sponsor": N_("sponsor"),
    "lg.gap": N_("coverage gap"),
    # decision columns
    "col.0": N_("Initiators & users"),
    "col.1": N_("Influencers"),
    "col.2": N_("Gatekeepers"),
    "col.3": N_("Deciders & approvers"),
    "col.4": N_("Buyer"),
    "col.5": N_("Coaches"),
    "col.hidden": N_("Hidden chain"),
    # built-in gap words (used when no analyzer gaps are given)
    "gap.noA": N_("no owner A"),
    "gap.noB": N_("no owner B"),
    "gap.same": N_("owner A is also owner B"),
    "gap.left": N_("an owner has left"),
    # filter bar, panel and buttons
    "ui.filters": N_("Filter"),
    "ui.stance": N_("Stance"),
    "ui.any": N_("all"),
    "ui.supporters": N_("supporters (+1 to +3)"),
    "ui.neutral": N_("neutral (0)"),
    "ui.opponents": N_("opponents (-1 to -3)"),
    "ui.unassessed": N_("not assessed"),
    "ui.department": N_("Department"),
    "ui.role": N_("Role"),
    "ui.compsup": N_("competitor supporters"),
    "ui.hiddenonly": N_("hidden links only"),
    "ui.uncovered": N_("uncovered key persons"),
    "ui.clear": N_("Clear"),
    "ui.png": N_("Save PNG"),
    "ui.print": N_("Print"),
    "ui.expandall": N_("Expand all"),
    "ui.collapseall": N_("Collapse all"),
    "ui.shown": N_("shown"),
    "ui.of": N_("of"),
    "ui.close": N_("Close"),
    "ui.path": N_("Path from our staff"),
    "ui.nopath": N_("No warm path from our staff is recorded."),
    "ui.hint": N_("Click a person for details and their circle; click the background to clear."),
    "ui.expand": N_("click to expand"),
    "ui.collapse": N_("Collapse department"),
    "ui.people": NP_("map", "people"),
    "ui.keypeople": N_("key persons"),
    # the person panel
    "p.key": N_("key person"),
    "p.roles": N_("Roles"),
    "p.stance": NP_("map", "Stance history"),
    "p.by": NP_("map", "by"),
    "p.owners": N_("Owners"),
    "p.ownerA": N_("Owner A"),
    "p.ownerB": N_("Owner B"),
    "p.sponsor": N_("Sponsor"),
    "p.channels": N_("Information channels"),
    "p.reasons": N_("Why a key person"),
    "p.gaps": N_("Coverage gaps"),
    "p.verdict": N_("Competitor counterpoint"),
    "p.private": N_("Private details"),
    "p.path": N_("Warmest path from our staff"),
    "p.department": N_("Department"),
    "p.none": N_("none recorded"),
    "p.staff": N_("our staff"),
    "p.countered": NP_("map", "countered"),
    "p.uncountered": N_("not countered"),
    "p.beyond": N_("beyond the current relationship base"),
    "p.counterweight": N_("our counterweight to"),
    "p.reliability": N_("reliability"),
    # department nodes of a collapsed map
    "d.mix": N_("for us {pos} · neutral {neu} · against {neg} · not assessed {unk}"),
    "d.none": N_("Executives and outsiders"),
    # coverage matrix
    "cov.person": N_("Key person (by power)"),
    "cov.gapcol": N_("Gaps"),
    "cov.fix": NP_("map", "fix"),
    "cov.A": NP_("map", "A"),
    "cov.B": NP_("map", "B"),
    "cov.S": NP_("map", "S"),
    "cov.C": NP_("map", "C"),
    "cov.cells": N_("A owner A · B owner B · S sponsor · C information channel"),
    "cov.gap": N_("gap (hover for the fix)"),
    "cov.ok": N_("covered"),
    "cov.none": N_("no key persons to show"),
    # decision flow
    "flow.initiator": N_("Initiator"),
    "flow.influence": N_("Influencers & users"),
    "flow.gatekeeper": N_("Gatekeeper"),
    "flow.buyer": N_("Buyer"),
    "flow.decider": N_("Decider & approver"),
    "flow.coach": N_("Coaches (our insiders)"),
    "lg.flow": N_("process flow, left to right"),
    "lg.sways": N_("hidden chain sways"),
    "lg.key": N_("key person: larger, darker label"),
    "lg.dept": N_("department (click to expand)"),
    "lg.path": N_("warm path from our staff"),
}

#: the map says "coach (insider)" where the tables say 教练/内线
_COACH = NP_("map role", "coach")
#: affiliations and report lines drawn as circles on the map (beside kamgraph.terms' circles)
_MORE_CIRCLES = (NP_("circle", "reports-to"), NP_("circle", "internal"),
                 NP_("circle", "consultant"), NP_("circle", "external"))


_FIELD = NP_("map", "{field}: {value}")


def field(label: str, value: object, lang: Lang = "en") -> str:
    """``"Account: …"`` / ``"客户：…"``: a label and its value, punctuated per language.

    Examples
    --------
    >>> field("客户", "Acme", "zh"), field("Account", "Acme")
    ('客户：Acme', 'Account: Acme')
    """
    return translate(_FIELD, lang).format(field=label, value=value)


def tr(key: str, lang: Lang = "en") -> str:
    """The label ``key`` in ``lang`` (the key itself when unknown).

    Examples
    --------
    >>> tr("lg.ring1", "zh"), tr("lg.ring1", "en")
    ('第一圈：直接认识的人', 'ring 1: people they know')
    """
    message = WORDS.get(key)
    if message is None:
        return key
    return translate(message, lang)


def role_name(role: str, lang: Lang = "en") -> str:
    """A buying-center role in ``lang``.

    Examples
    --------
    >>> role_name("gatekeeper", "zh"), role_name("decider")
    ('控制者', 'decider')
    """
    return translate(_COACH if role == "coach" else NP_("role", role), lang)


def stance_name(value: int | None, lang: Lang = "en") -> str:
    """``"+2 supporter"`` / ``"+2 支持"``; ``"unknown"`` when not assessed.

    Examples
    --------
    >>> stance_name(2), stance_name(-3, "zh"), stance_name(None)
    ('+2 supporter', '-3 强烈反对', 'unknown')
    """
    if value is None:
        return tr("f.unknown", lang)
    v = max(-3, min(3, int(value)))
    word = translate(STANCE_WORDS[v], lang)
    return f"{v:+d} {word}" if v else f"0 {word}"


def circle_name(circle: str, lang: Lang = "en") -> str:
    """A circle (or influence basis, affiliation) in ``lang``.

    Examples
    --------
    >>> circle_name("school", "zh"), circle_name("school")
    ('同学', 'school')
    """
    return translate(NP_("circle", circle), lang)


basis_name = circle_name


def words_for(lang: Lang, *prefixes: str) -> dict[str, str]:
    """Every phrase whose key starts with one of ``prefixes``, keyed without it.

    Examples
    --------
    >>> words_for("zh", "ui.")["close"]
    '关闭'
    """
    out: dict[str, str] = {}
    for key in WORDS:
        for pre in prefixes:
            if key.startswith(pre):
                out[key[len(pre):]] = tr(key, lang)
    return out
