"""Reasons as facts: a code with parameters, rendered to words at the edge.

Every reason an analyzer gives is a :class:`Reason`: a ``str`` (its English words, so
tables, JSON and tests read it as text) that also keeps its fact ``code`` and
``params``. :func:`render` words a reason in another language from the same fact;
:data:`CATALOGUE` holds, for every code, the English and the Chinese template, so a
message catalogue can take the Chinese over without touching the analyzers.

Parameters are plain values (text, numbers, lists of enum words) or a *person*: a
dict ``{"label", "title", "roles"}`` rendered as ``"王强 Wang Qiang (CEO, decider)"``.
Enum words (roles, bases, levels, oversight kinds, body types and rules, verdicts) are
translated through :data:`ZH_WORDS`.

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

__all__ = ["Reason", "reason", "render", "fmt", "person", "person_brief", "label",
           "describe_path", "CATALOGUE", "ZH_WORDS", "facts"]


def fmt(x: float) -> str:
    """A strength or score for reasons: two decimals, trailing zeros dropped.

    Examples
    --------
    >>> fmt(0.8), fmt(0.456), fmt(1.0)
    ('0.8', '0.46', '1')
    """
    return f"{x:.2f}".rstrip("0").rstrip(".") or "0"


#: code -> (English template, Chinese template). Placeholders name the parameters.
CATALOGUE: dict[str, tuple[str, str]] = {
    # influence paths and power
    "sways": ("sways {who} {how}, strength {strength}", "影响 {who}，{how}，强度 {strength}"),
    "sways-more": ("sways {n} more decision maker(s)", "另影响 {n} 位决策者"),
    "role-in-opp": ("{roles} in opportunity {opportunity}", "在商机 {opportunity} 中为{roles}"),
    "role-standing": ("{roles} (standing role)", "{roles}（常设角色）"),
    "level": ("level {level} (rank {rank} of {of})", "层级 {level}（第 {rank}/{of} 级）"),
    "veto": ("gatekeeper: can block our access (veto power)", "控制者：可阻断我方接触（否决权）"),
    "guessed": ("no decider or approver named: influence measured on the most senior people",
                "未指定决定者或批准者：按最高层级人员计算影响"),
    "outside-chart": ("outside the formal org chart ({affiliation})",
                      "不在正式组织架构内（{affiliation}）"),
    "stance-us": ("stance toward us {value} ({words})", "对我方态度 {value}（{words}）"),
    "nothing": ("no role, level or influence on record", "无角色、层级或影响记录"),
    "breadth": ("{n} colleagues seek their advice or follow their lead (weighted {weight})",
                "{n} 位同事向其请教或受其影响（加权 {weight}）"),
    "bridge-only": ("the only bridge between {a} and {b}", "{a} 与 {b} 之间唯一的桥梁"),
    "broker": ("a broker: on {share}% of the shortest ties between colleagues",
               "中间人：位于同事之间 {share}% 的最短联系上"),
    "body-member": ("{rule_role} of the {body} ({rule})", "{body}的{rule_role}（{rule}）"),
    "oversight": ("oversight ({oversight}): keep procedurally neutral",
                  "监督岗位（{oversight}）：保持程序中立"),
    # hidden chain
    "chain-count": ("{n} people outside {pronoun} reporting line sway {who}",
                    "{n} 人在其汇报线之外影响 {who}"),
    "chain-shown": ("{shown} shown (hidden paths of strength {min} or more within {hops} hops);"
                    " {rest} weaker or formal influencer(s) with --all",
                    "显示 {shown} 人（{hops} 跳内强度不低于 {min} 的隐性路径）；"
                    "其余 {rest} 位较弱或正式的影响者用 --all 查看"),
    "chain-outside-n": ("{n} of them outside the formal org chart",
                        "其中 {n} 人不在正式组织架构内"),
    "chain-uncovered-n": ("{n} of them not covered by our staff", "其中 {n} 人无我方责任人"),
    "guessed-one": ("no decider or approver named: taken as the most senior person",
                    "未指定决定者或批准者：取最高层级人员"),
    "off-line": ("{src} {verb} {dst} although not in {dst_short}'s reporting line",
                 "{src}{verb}{dst}，但不在其汇报线上"),
    "off-chart-path": ("the path runs through {who}, outside the org chart ({affiliation})",
                       "路径经过组织架构外的 {who}（{affiliation}）"),
    "personal": ("rests on a personal tie ({bases})", "基于私人关系（{bases}）"),
    "typed-hidden": ("recorded as a hidden link", "记录为隐性关系"),
    "uncovered": ("no staff of ours owns this person", "我方无人负责此人"),
    "bases": ("one tie with several bases: {bases}, combined {strength}",
              "一条关系有多重基础：{bases}，合计 {strength}"),
    # counterpoints
    "supports": ("supports {competitor} ({value} {words}), power {power}",
                 "支持 {competitor}（{value} {words}），权重 {power}"),
    "countered-by": ("countered by {who}: {how}", "由 {who} 制衡：{how}"),
    "partly-by": ("partly countered by {who}: power {power} vs {their}, a gap of {gap}",
                  "由 {who} 部分制衡：权重 {power} 对 {their}，差距 {gap}"),
    "uncountered": ("no supporter of ours of comparable level and power can press on them "
                    "or on the people they sway",
                    "我方没有层级与权重相当、能对其或其影响对象施压的支持者"),
    "beyond-base": ("{best}: the business goal is beyond the current relationship base",
                    "{best}：该业务目标超出当前关系基础"),
    "best-candidate": ("best candidate to become the counterweight: {who}",
                       "最适合成为制衡者的人选：{who}"),
    "cw-power": ("power {power} vs {their}, standing rank {standing} vs {rank}: {verdict}",
                 "权重 {power} 对 {their}，地位 {standing} 对 {rank}：{verdict}"),
    "cw-press": ("can press {on} {how}, strength {strength}",
                 "可{on}施压，{how}，强度 {strength}"),
    "cw-press-on": ("on {who}, whom they sway,", "通过其影响对象 {who}"),
    "cw-stance": ("{stance}", "{stance}"),
    "cw-reach": ("reachable by {who}: {how}, strength {strength}",
                 "我方 {who} 可触达：{how}，强度 {strength}"),
    "cw-unreachable": ("not reachable through our staff's ties", "我方人员的关系网触达不到"),
    "cp-summary": ("{n} supporter(s) of {c} competitor(s): {countered} countered, "
                   "{partly} partly countered, {unc} uncountered",
                   "{c} 个竞争对手的 {n} 位支持者：{countered} 位已制衡，{partly} 位部分制衡，"
                   "{unc} 位未制衡"),
    "no-competitor": ("no competitor in scope", "范围内没有竞争对手"),
    # paths
    "path-direct": ("through {a} {link}", "经由{link}"),
    "path-via": ("via {via} ({links})", "经 {via}（{links}）"),
    "link": ("{bases} link", "{bases}关系"),
    "link-hidden": ("hidden {bases} link", "隐性{bases}关系"),
    "link-s": ("{bases} link {strength}", "{bases}关系 {strength}"),
    "link-hidden-s": ("hidden {bases} link {strength}", "隐性{bases}关系 {strength}"),
    "then": ("{first}, then {rest}", "{first}，再经{rest}"),
    # coverage
    "gap-no-owner-a": ("{who} has no owner A", "{who} 没有 A 角责任人"),
    "gap-no-owner-b": ("{who} has no backup owner B", "{who} 没有 B 角（备份）责任人"),
    "gap-no-owner-b-dm": ("{who} has no backup owner B (decision maker)",
                          "{who} 没有 B 角（备份）责任人（决策者）"),
    "gap-same-a-b": ("{staff} is both owner A and owner B of {who}",
                     "{staff} 同时是 {who} 的 A 角和 B 角"),
    "gap-owner-left": ("owner {role} {staff} has left our company",
                       "{role} 角责任人 {staff} 已离职"),
    "gap-far-below": ("owner {role} {staff} ({slevel}) is {n} levels below {who} ({plevel})",
                      "{role} 角责任人 {staff}（{slevel}）比 {who}（{plevel}）低 {n} 级"),
    "gap-not-knowing": ("owner {role} {staff} has no KNOWS tie to {who}",
                        "{role} 角责任人 {staff} 与 {who} 没有相识关系"),
    "gap-few-channels": ("{who} has {n} independent information channel(s), needs 2",
                         "{who} 只有 {n} 个独立信息渠道，需要 2 个"),
    "gap-no-sponsor": ("{who} is a decision maker without a sponsor",
                       "{who} 是决策者，但没有赞助人"),
    "gap-overloaded": ("owner {staff} holds {n} people of the account (limit {limit} for "
                       "their level and hours): {people}",
                       "责任人 {staff} 负责该客户 {n} 人"
                       "（按其层级与工时上限为 {limit} 人）：{people}"),
    "fix-owner-a": ("name an owner A: {names}", "指定 A 角：{names}"),
    "fix-owner-b": ("name an owner B: {names}", "指定 B 角：{names}"),
    "fix-role-b": ("give role B to someone else: {names}", "将 B 角交给他人：{names}"),
    "fix-hand-role": ("hand role {role} to {names}", "将 {role} 角交给 {names}"),
    "fix-pair": ("pair with a more senior colleague: {names}", "搭配一位更资深的同事：{names}"),
    "fix-introduce": ("have {names} introduce them", "请 {names} 引荐"),
    "fix-warm-path": ("arrange an introduction through a warm path", "通过关系路径安排引荐"),
    "fix-channel": ("open an independent channel through {names}", "通过 {names} 建立独立渠道"),
    "fix-second-channel": ("find a second independent information channel",
                           "寻找第二个独立信息渠道"),
    "fix-sponsor": ("assign a sponsor: {names}", "指派赞助人：{names}"),
    "fix-hand-over": ("hand {n} of them to {names}", "将其中 {n} 人交给 {names}"),
    "nobody-available": ("nobody available", "无合适人选"),
    # balance
    "bal-chain": ("{n} people in the decision chain, total power {power}",
                  "决策链 {n} 人，总权重 {power}"),
    "bal-us": ("our weighted stance {us}", "我方加权态度 {us}"),
    "bal-side": ("{name}: weighted stance {value}, our margin {margin}",
                 "{name}：加权态度 {value}，我方差距 {margin}"),
    "bal-unknown": ("{n} people with no assessed stance toward anyone counted as neutral",
                    "{n} 人未评估任何态度，按中立计"),
    "bal-weighs": ("weighs most: {who}, power {power}, stance {stance}",
                   "权重最高：{who}，权重 {power}，态度 {stance}"),
    "bal-no-effect": ("assumption for {person} has no effect: not in the decision chain",
                      "对 {person} 的假设无效：不在决策链中"),
    "bal-assume": ("assuming {who} at {value}", "假设 {who} 为 {value}"),
    "bal-body-chair": ("{body} ({type}): the chair, {chair}, decides: {lean}",
                       "{body}（{type}）：由主席 {chair} 决定：{lean}"),
    "bal-body-block": ("{body} ({type}): consensus: {n} member(s) can block us",
                       "{body}（{type}）：一致同意制：{n} 名成员可否决我方"),
    "bal-body-open": ("{body} ({type}): consensus: nobody blocks us, {pro} of {n} for us",
                      "{body}（{type}）：一致同意制：无人否决我方，{n} 人中 {pro} 人支持"),
    "bal-body-majority": ("{body} ({type}): majority of {n}: {pro} for us, {con} against: {lean}",
                          "{body}（{type}）：{n} 人多数决：{pro} 人支持，{con} 人反对：{lean}"),
    "whatif": ("our weighted stance {before} -> {after} ({delta})",
               "我方加权态度 {before} -> {after}（{delta}）"),
    "lead-passes": ("the lead passes from {before} to {after}", "领先方由 {before} 变为 {after}"),
    "conv-move": ("move {who} from {frm} to {to} this cycle: our weighted stance {before} -> "
                  "{after} (power {power}), about {hours} hours of our staff, {per} per 100 hours",
                  "本周期将 {who} 由 {frm} 推进到 {to}：我方加权态度 {before} -> {after}"
                  "（权重 {power}），约需我方 {hours} 工时，每 100 工时 {per}"),
}

#: Enum words in Chinese (roles, bases, levels, oversight, bodies, verdicts...).
ZH_WORDS: dict[str, str] = {
    "initiator": "发起者", "user": "使用者", "influencer": "影响者", "decider": "决定者",
    "approver": "批准者", "buyer": "购买者", "gatekeeper": "控制者", "coach": "教练",
    "superior": "上级", "peer": "同级", "advisor": "顾问", "board": "董事会",
    "family": "家人", "friend": "朋友", "former-colleague": "前同事", "alumni": "校友",
    "club": "俱乐部", "supplier": "供应商", "regulator": "监管", "other": "其他",
    "staff": "员工", "manager": "经理", "director": "总监", "vp": "副总裁",
    "c-level": "高管", "internal": "内部", "consultant": "顾问", "external": "外部",
    "discipline": "纪委", "audit": "审计", "tender-office": "招标办",
    "evaluation-expert": "评标专家", "party-committee": "党委会",
    "gm-office-meeting": "总经理办公会", "bid-evaluation-committee": "评标委员会",
    "majority": "多数决", "consensus": "一致同意", "chair": "主席决定",
    "strong enough": "足以制衡", "weaker": "较弱", "chairperson": "主席",
    "member": "成员", "advises": "影响", "sways": "影响",
    "for us": "支持我方", "against us": "反对我方", "undecided": "未定",
    "a majority for us": "多数支持我方", "a majority against us": "多数反对我方",
    "no majority yet": "尚无多数", "unknown": "未知",
}

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


def _word(x: Any, lang: str) -> str:
    s = str(x)
    return ZH_WORDS.get(s, s) if lang == "zh" else s


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
        text = str(v)  # already a str: the same object
        return ZH_WORDS.get(text, text) if lang == "zh" else text
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
    en, zh = CATALOGUE[code]
    template = zh if lang == "zh" else en
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
    """Words of a reason in ``lang`` ("en" or "zh"); plain strings come back unchanged."""
    if isinstance(r, Reason):
        return _render(r.code, r.params, lang)
    return str(r)


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
