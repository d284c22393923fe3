"""Reasons as facts: a code with parameters, rendered to words at the edge.

Every reason an analyzer gives is a :class:`Reason`: a ``str`` (its English words, so
tables, JSON and tests read it as text) that also keeps its fact ``code`` and
``params``. :func:`render` words a reason in another language from the same fact;
:data:`CATALOGUE` holds, for every code, the English template, marked for the message
catalogue (``kamgraph/locale/zh/LC_MESSAGES/kamgraph.po`` holds the Chinese).

Parameters are plain values (text, numbers, lists of enum words) or a *person*: a
dict ``{"label", "title", "roles"}`` rendered as ``"王强 Wang Qiang (CEO, decider)"``.
Enum words (roles, bases, levels, oversight kinds, body types and rules, verdicts) are
translated through the catalogue's ``reason word`` context.

Examples
--------
>>> r = reason("sways", who={"label": "Mei", "title": None, "roles": ["decider"]},
...            how="through a family link", strength=0.8)
>>> str(r), r.code
('sways Mei (decider) through a family link, strength 0.8', 'sways')
>>> render(r, "zh")
'影响 Mei（决定者），through a family link，强度 0.8'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kamgraph.analyzers.shapes import FactDict
from kamgraph.i18n import N_, NP_, lang_code, translate, translations

__all__ = ["Reason", "reason", "render", "fmt", "person", "person_brief", "label",
           "describe_path", "CATALOGUE", "facts"]


def fmt(x: float) -> str:
    """A strength or score for reasons: two decimals, trailing zeros dropped.

    Examples
    --------
    >>> fmt(0.8), fmt(0.456), fmt(1.0)
    ('0.8', '0.46', '1')
    """
    return f"{x:.2f}".rstrip("0").rstrip(".") or "0"


#: code -> English template, marked for the catalogue (the Chinese is in the .po).
#: Placeholders name the parameters.
CATALOGUE: dict[str, str] = {
    # influence paths and power
    "sways": N_("sways {who} {how}, strength {strength}"),
    "sways-more": N_("sways {n} more decision maker(s)"),
    "role-in-opp": N_("{roles} in opportunity {opportunity}"),
    "role-standing": N_("{roles} (standing role)"),
    "level": N_("level {level} (rank {rank} of {of})"),
    "veto": N_("gatekeeper: can block our access (veto power)"),
    "guessed": N_("no decider or approver named: influence measured on the most senior people"),
    "outside-chart": N_("outside the formal org chart ({affiliation})"),
    "stance-us": N_("stance toward us {value} ({words})"),
    "nothing": N_("no role, level or influence on record"),
    "breadth": N_("{n} colleagues seek their advice or follow their lead (weighted {weight})"),
    "bridge-only": N_("the only bridge between {a} and {b}"),
    "broker": N_("a broker: on {share}% of the shortest ties between colleagues"),
    "body-member": N_("{rule_role} of the {body} ({rule})"),
    "oversight": N_("oversight ({oversight}): keep procedurally neutral"),
    # hidden chain
    "chain-count": N_("{n} people outside {pronoun} reporting line sway {who}"),
    "chain-shown": N_("{shown} shown (hidden paths of strength {min} or more within {hops} hops);"
                      " {rest} weaker or formal influencer(s) with --all"),
    "chain-outside-n": N_("{n} of them outside the formal org chart"),
    "chain-uncovered-n": N_("{n} of them not covered by our staff"),
    "guessed-one": N_("no decider or approver named: taken as the most senior person"),
    "off-line": N_("{src} {verb} {dst} although not in {dst_short}'s reporting line"),
    "off-chart-path": N_("the path runs through {who}, outside the org chart ({affiliation})"),
    "personal": N_("rests on a personal tie ({bases})"),
    "typed-hidden": N_("recorded as a hidden link"),
    "uncovered": N_("no staff of ours owns this person"),
    "bases": N_("one tie with several bases: {bases}, combined {strength}"),
    # counterpoints
    "supports": N_("supports {competitor} ({value} {words}), power {power}"),
    "countered-by": N_("countered by {who}: {how}"),
    "partly-by": N_("partly countered by {who}: power {power} vs {their}, a gap of {gap}"),
    "uncountered": N_("no supporter of ours of comparable level and power can press on them "
                      "or on the people they sway"),
    "beyond-base": N_("{best}: the business goal is beyond the current relationship base"),
    "best-candidate": N_("best candidate to become the counterweight: {who}"),
    "cw-power": N_("power {power} vs {their}, standing rank {standing} vs {rank}: {verdict}"),
    "cw-press": N_("can press {on} {how}, strength {strength}"),
    "cw-press-on": N_("on {who}, whom they sway,"),
    "cw-stance": N_("{stance}"),
    "cw-reach": N_("reachable by {who}: {how}, strength {strength}"),
    "cw-unreachable": N_("not reachable through our staff's ties"),
    "cp-summary": N_("{n} supporter(s) of {c} competitor(s): {countered} countered, "
                     "{partly} partly countered, {unc} uncountered"),
    "no-competitor": N_("no competitor in scope"),
    # paths
    "path-direct": N_("through {a} {link}"),
    "path-via": N_("via {via} ({links})"),
    "link": N_("{bases} link"),
    "link-hidden": N_("hidden {bases} link"),
    "link-s": N_("{bases} link {strength}"),
    "link-hidden-s": N_("hidden {bases} link {strength}"),
    "then": N_("{first}, then {rest}"),
    # warm paths (analyzers.acquaintance)
    "routes": N_("{n} route(s) to {who}, strongest first"),
    "routes-few": N_("only {n} distinct route(s) within {hops} hops"),
    "no-chain": N_("no chain of acquaintance from our staff reaches {who} without passing a "
                   "hostile person"),
    "no-chain-hops": N_("no chain within {hops} hops from the chosen staff reaches {who} "
                        "without passing a hostile person"),
    "nearest": N_("nearest reachable people around the target: {names}"),
    "nobody-near": N_("nobody around the target is reachable by our staff"),
    "avoided": N_("not routed through hostile people: {names}"),
    # sponsor matching (planning.sponsors)
    "sp-level-unknown": N_("level unknown on one side"),
    "sp-equal": N_("equal in level"),
    "sp-above": N_("{n} level(s) above the person"),
    "sp-below": N_("{n} level(s) below the person"),
    "sp-faces-kam": N_("function {shown!r} faces {dept} (the account's KAM team)"),
    "sp-general": N_("general-management function {shown!r}"),
    "sp-faced-by": N_("{dept} is faced by {faced}, not {shown!r}"),
    "sp-faces-default": N_("function {shown!r} faces {dept} by default"),
    "sp-counterpart": N_("function {shown!r} is the counterpart of the person's role "
                         "({keyword})"),
    "sp-faces-board": N_("function {shown!r} faces the board"),
    "sp-no-fit": N_("function {shown!r} does not face the person's department"),
    "sp-no-history": N_("no shared history"),
    "sp-knows": N_("knows them ({tie})"),
    "sp-interactions": N_("{n} interaction(s)"),
    "sp-interactions-deep": N_("{n} interaction(s) beyond the office"),
    "sp-history": N_("{parts}"),
    "sp-capacity-unknown": N_("capacity unknown"),
    "sp-spare": N_("{spare} of {cap} h spare"),
    "sp-already": N_("already sponsors them"),
    # coverage
    "gap-no-owner-a": N_("{who} has no owner A"),
    "gap-no-owner-b": N_("{who} has no backup owner B"),
    "gap-no-owner-b-dm": N_("{who} has no backup owner B (decision maker)"),
    "gap-same-a-b": N_("{staff} is both owner A and owner B of {who}"),
    "gap-owner-left": N_("owner {role} {staff} has left our company"),
    "gap-far-below": N_("owner {role} {staff} ({slevel}) is {n} levels below {who} ({plevel})"),
    "gap-not-knowing": N_("owner {role} {staff} has no KNOWS tie to {who}"),
    "gap-out-of-touch": N_("owner A {staff} last met {who} on {last}, {n} days before the "
                           "account's latest logged contact ({day})"),
    "gap-few-channels": N_("{who} has {n} independent information channel(s), needs 2"),
    "gap-no-sponsor": N_("{who} is a decision maker without a sponsor"),
    "gap-overloaded": N_("owner {staff} holds {n} people of the account (limit {limit} for "
                         "their level and hours): {people}"),
    "fix-owner-a": N_("name an owner A: {names}"),
    "fix-owner-b": N_("name an owner B: {names}"),
    "fix-role-b": N_("give role B to someone else: {names}"),
    "fix-hand-role": N_("hand role {role} to {names}"),
    "fix-pair": N_("pair with a more senior colleague: {names}"),
    "fix-introduce": N_("have {names} introduce them"),
    "fix-warm-path": N_("arrange an introduction through a warm path"),
    "fix-visit": N_("arrange a visit by owner A {staff}"),
    "fix-visit-through": N_("arrange a visit by owner A {staff} through owner B {other}, "
                            "who met them on {last}"),
    "fix-channel": N_("open an independent channel through {names}"),
    "fix-second-channel": N_("find a second independent information channel"),
    "fix-sponsor": N_("assign a sponsor: {names}"),
    "fix-hand-over": N_("hand {n} of them to {names}"),
    "nobody-available": N_("nobody available"),
    # balance
    "bal-chain": N_("{n} people in the decision chain, total power {power}"),
    "bal-us": N_("our weighted stance {us}"),
    "bal-side": N_("{name}: weighted stance {value}, our margin {margin}"),
    "bal-unknown": N_("{n} people with no assessed stance toward anyone counted as neutral"),
    "bal-weighs": N_("weighs most: {who}, power {power}, stance {stance}"),
    "bal-no-effect": N_("assumption for {person} has no effect: not in the decision chain"),
    "bal-assume": N_("assuming {who} at {value}"),
    "bal-body-chair": N_("{body} ({type}): the chair, {chair}, decides: {lean}"),
    "bal-body-block": N_("{body} ({type}): consensus: {n} member(s) can block us"),
    "bal-body-open": N_("{body} ({type}): consensus: nobody blocks us, {pro} of {n} for us"),
    "bal-body-majority": N_("{body} ({type}): majority of {n}: {pro} for us, {con} against: "
                            "{lean}"),
    "whatif": N_("our weighted stance {before} -> {after} ({delta})"),
    "lead-passes": N_("the lead passes from {before} to {after}"),
    "conv-move": N_("move {who} from {frm} to {to} this cycle: our weighted stance {before} -> "
                    "{after} (power {power}), about {hours} hours of our staff, {per} per 100 "
                    "hours"),
}

#: Enum words inside parameters (roles, bases, levels, oversight, bodies, verdicts...): only
#: these are translated, with their own context, so a name is never taken for a word.
_WORDS = (NP_("reason word", "initiator"), NP_("reason word", "user"),
          NP_("reason word", "influencer"), NP_("reason word", "decider"),
          NP_("reason word", "approver"), NP_("reason word", "buyer"),
          NP_("reason word", "gatekeeper"), NP_("reason word", "coach"),
          NP_("reason word", "superior"), NP_("reason word", "peer"),
          NP_("reason word", "advisor"), NP_("reason word", "board"),
          NP_("reason word", "family"), NP_("reason word", "friend"),
          NP_("reason word", "former-colleague"), NP_("reason word", "alumni"),
          NP_("reason word", "club"), NP_("reason word", "supplier"),
          NP_("reason word", "regulator"), NP_("reason word", "other"),
          NP_("reason word", "staff"), NP_("reason word", "manager"),
          NP_("reason word", "director"), NP_("reason word", "vp"), NP_("reason word", "c-level"),
          NP_("reason word", "internal"), NP_("reason word", "consultant"),
          NP_("reason word", "external"), NP_("reason word", "discipline"),
          NP_("reason word", "audit"), NP_("reason word", "tender-office"),
          NP_("reason word", "evaluation-expert"), NP_("reason word", "party-committee"),
          NP_("reason word", "gm-office-meeting"), NP_("reason word", "bid-evaluation-committee"),
          NP_("reason word", "majority"), NP_("reason word", "consensus"),
          NP_("reason word", "chair"), NP_("reason word", "strong enough"),
          NP_("reason word", "weaker"), NP_("reason word", "chairperson"),
          NP_("reason word", "member"), NP_("reason word", "advises"),
          NP_("reason word", "sways"), NP_("reason word", "for us"),
          NP_("reason word", "against us"), NP_("reason word", "undecided"),
          NP_("reason word", "a majority for us"), NP_("reason word", "a majority against us"),
          NP_("reason word", "no majority yet"), NP_("reason word", "unknown"),
          NP_("reason word", "influence"), NP_("reason word", "countered"),
          NP_("reason word", "partly countered"), NP_("reason word", "uncountered"))

_LIST_SEP = {"en": ", ", "zh": "、"}


class Reason(str):
    """A reason: its English words as a ``str``, with the fact ``code`` and ``params``."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, params: Mapping[str, Any]) -> Reason:
        obj = super().__new__(cls, _render(code, params, "en"))
        obj.code = code
        obj.params = dict(params)
        return obj

    def to_dict(self) -> FactDict:
        return {"code": self.code, "params": _plain(self.params)}


def _plain(x: Any) -> Any:
    if isinstance(x, Mapping):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_plain(v) for v in x]
    return x


def _enum(s: str, lang: str) -> str:
    """An enum word of a parameter in ``lang``; any other text (a name) unchanged."""
    return s if lang == "en" else translations(lang_code(lang)).pgettext("reason word", s)


def _word(x: Any, lang: str) -> str:
    return _enum(str(x), lang)


def _person_text(v: Mapping[str, Any], lang: str) -> str:
    extra = [str(v["title"])] if v.get("title") else []
    extra += [_word(r, lang) for r in v.get("roles") or ()]
    if not extra:
        return str(v["label"])
    if lang == "zh":
        return f"{v['label']}（{'，'.join(extra)}）"
    return f"{v['label']} ({', '.join(extra)})"


class PersonRef(dict[str, Any]):
    """A person parameter (label, title, roles) with its English words computed once."""

    en: str


def _value(v: Any, lang: str) -> str:
    t = type(v)
    if t is PersonRef:
        return str(v.en) if lang == "en" else _person_text(v, lang)
    if t is Reason:
        return str.__str__(v) if lang == "en" else render(v, lang)
    if t is str:
        return _enum(v, lang)
    if t is int:
        return str(v)
    if t is float:
        return fmt(v)
    if isinstance(v, Mapping) and "label" in v:
        return _person_text(v, lang)
    if isinstance(v, list | tuple):
        return _LIST_SEP.get(lang, ", ").join(_value(x, lang) for x in v)
    if isinstance(v, str):
        return _word(v, lang)
    return str(v)


def _render(code: str, params: Mapping[str, Any], lang: str) -> str:
    template = CATALOGUE[code] if lang == "en" else translate(CATALOGUE[code], lang)
    words: dict[str, str] = {}
    for k, v in params.items():
        if k == "bases" and isinstance(v, list | tuple):
            words[k] = " + ".join(_value(x, lang) for x in v)
        else:
            words[k] = _value(v, lang)
    return template.format_map(words)


_MEMO: dict[tuple[Any, ...], Reason] = {}


def reason(code: str, **params: Any) -> Reason:
    """A :class:`Reason` from a catalogue code and its parameters (reasons are immutable:
    equal facts with plain parameters are made once and shared)."""
    if code not in CATALOGUE:
        raise KeyError(f"no reason code {code!r} in the catalogue")
    try:
        key = (code, *sorted(params.items()))
        hit = _MEMO.get(key)
    except TypeError:  # a person or a list among the parameters: not shared
        return Reason(code, params)
    if hit is None:
        if len(_MEMO) > 20000:
            _MEMO.clear()
        hit = _MEMO[key] = Reason(code, params)
    return hit


def render(r: str, lang: str = "en") -> str:
    """Words of a reason in ``lang`` ("en" or "zh"); a plain string comes back unchanged,
    unless it is one of the analyzers' enum words (a verdict, a role)."""
    if isinstance(r, Reason):
        return _render(r.code, r.params, lang)
    return _enum(str(r), lang)


def facts(reasons: Iterable[str]) -> list[FactDict]:
    """The facts behind a list of reasons, for JSON (plain strings have no code)."""
    return [r.to_dict() if isinstance(r, Reason) else {"code": None, "params": {"text": r}}
            for r in reasons]


def label(G: nx.MultiDiGraph, n: str) -> str:
    """Display label of a node (``"王强 Wang Qiang"``), or its id."""
    return str(G.nodes[n].get("label") or n)


def person(G: nx.MultiDiGraph, p: str) -> dict[str, Any]:
    """A person parameter: label, title and roles, rendered per language."""
    n = G.nodes[p]
    ref = PersonRef(label=label(G, p), title=n.get("title"), roles=list(n.get("roles") or ()))
    ref.en = _person_text(ref, "en")
    return ref


def _link(h: Any, with_strength: bool) -> Reason:
    return _link_words(h.all_bases, h.visibility, float(h.strength) if with_strength else None)


@functools.lru_cache(maxsize=4096)
def _link_words(all_bases: tuple[str, ...], visibility: str, strength: float | None) -> Reason:
    bases = ["influence" if b == "other" else b for b in all_bases]
    code = "link-hidden" if visibility == "hidden" else "link"
    if strength is None:
        return reason(code, bases=bases)
    return reason(code + "-s", bases=bases, strength=strength)


def describe_path(G: nx.MultiDiGraph, path: Any) -> Reason:
    """How a path runs, in words: ``"through a family link"`` or ``"via X (...)"``.

    Examples
    --------
    >>> from kamgraph.analyzers.influence import Hop, InfluencePath
    >>> G = nx.MultiDiGraph(); G.add_node("m", label="Mei")
    >>> p = InfluencePath(("a", "m", "b"), (Hop("a", "m", 0.8, "family", "hidden"),
    ...                   Hop("m", "b", 0.5, "peer", "formal")), 0.4)
    >>> str(describe_path(G, p))
    'via Mei (hidden family link 0.8, then peer link 0.5)'
    """
    if len(path.hops) == 1:
        link = _link(path.hops[0], False)
        return reason("path-direct", a="an" if str(link)[0] in "aeiou" else "a", link=link)
    via = [label(G, n) for n in path.nodes[1:-1]]
    links = [_link(h, True) for h in path.hops]
    chain = links[0]
    for nxt in links[1:]:
        chain = reason("then", first=chain, rest=nxt)
    return reason("path-via", via=via, links=chain)


def person_brief(G: nx.MultiDiGraph, p: str) -> str:
    """``"王强 Wang Qiang (CEO, decider)"``: label with title and roles."""
    return _value(person(G, p), "en")
