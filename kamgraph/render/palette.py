"""Colours and words of the maps: stance scale, competitor colours, zh/en labels.

Every colour here is a constant of ours (``#rrggbb``), never a value from the data,
so the page may use them as CSS values; names from the data are only ever text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

__all__ = [
    "Lang",
    "STANCE_COLORS",
    "UNKNOWN_STANCE",
    "COMPETITOR_COLORS",
    "STAFF_COLOR",
    "GAP_COLOR",
    "EDGE_COLORS",
    "stance_color",
    "competitor_colors",
    "tr",
    "role_name",
    "stance_name",
    "circle_name",
    "basis_name",
]

Lang = Literal["zh", "en"]

#: Diverging red -> grey -> green for the 7-point stance scale (-3..+3).
STANCE_COLORS: dict[int, str] = {
    -3: "#b2182b", -2: "#d6604d", -1: "#f4a582", 0: "#bdbdbd",
    1: "#a6dba0", 2: "#5aae61", 3: "#1b7837",
}
#: Fill of a person whose stance toward us was never assessed.
UNKNOWN_STANCE = "#f5f5f5"
#: Border colours for competitors' supporters: neither red nor green nor grey.
COMPETITOR_COLORS: tuple[str, ...] = (
    "#7b3294", "#e66101", "#2166ac", "#8c510a", "#c51b7d", "#01665e", "#b8860b", "#542788",
)
STAFF_COLOR = "#4f81bd"
GAP_COLOR = "#e31a1c"
EDGE_COLORS: dict[str, str] = {
    "formal": "#5b6770", "hidden": "#8e44ad", "reports": "#c7c7c7", "tie": "#7f8c8d",
    "A": "#2c3e50", "B": "#2c3e50", "sponsor": "#b8860b",
}


def stance_color(value: int | None) -> str:
    """Fill colour for a stance toward us (clamped to -3..+3).

    Examples
    --------
    >>> stance_color(-3), stance_color(0), stance_color(None) == UNKNOWN_STANCE
    ('#b2182b', '#bdbdbd', True)
    """
    if value is None:
        return UNKNOWN_STANCE
    return STANCE_COLORS[max(-3, min(3, int(value)))]


def competitor_colors(ids: Iterable[str]) -> dict[str, str]:
    """A stable colour per competitor id (sorted ids take the palette in order).

    Examples
    --------
    >>> competitor_colors(["zeta", "alpha"])
    {'alpha': '#7b3294', 'zeta': '#e66101'}
    """
    return {c: COMPETITOR_COLORS[i % len(COMPETITOR_COLORS)]
            for i, c in enumerate(sorted(set(ids)))}


_WORDS: dict[str, tuple[str, str]] = {  # key: (en, zh)
    # views and page
    "view.influence": ("Influence map", "影响力地图"),
    "view.decision": ("Decision chain", "决策链"),
    "view.circles": ("Relationship circles", "关系圈"),
    "view.coverage": ("A/B coverage", "AB角覆盖"),
    "ui.search": ("Search people…", "搜索人员…"),
    "ui.matches": ("matches", "个匹配"),
    "ui.nomatch": ("no match", "无匹配"),
    "ui.legend": ("Legend", "图例"),
    "ui.hover": ("Hover a node for details; scroll to zoom.", "悬停查看详情，滚动缩放。"),
    "footer.account": ("Account", "客户"),
    "footer.view": ("View", "视图"),
    "footer.opportunity": ("Opportunity", "商机"),
    "footer.date": ("Date", "日期"),
    "footer.private": ("CONFIDENTIAL: includes private details", "机密：含个人隐私信息"),
    "footer.shared": ("Shareable: private details left out", "可分享：不含个人隐私信息"),
    "footer.all": ("all opportunities (standing roles)", "全部商机（常设角色）"),
    # tooltip fields
    "f.title": ("Title", "职务"), "f.level": ("Level", "级别"),
    "f.department": ("Department", "部门"), "f.roles": ("Roles", "角色"),
    "f.stance": ("Stance toward us", "对我方态度"), "f.trend": ("trend", "趋势"),
    "f.toward": ("Stance toward", "对竞争对手态度"), "f.owners": ("Owners", "责任人"),
    "f.sponsor": ("Sponsor", "赞助人"),
    "f.score": ("Key-person score", "关键人得分"), "f.reasons": ("Why", "原因"),
    "f.gaps": ("Coverage gaps", "覆盖缺口"), "f.affiliation": ("Affiliation", "身份"),
    "f.evidence": ("evidence", "依据"), "f.private": ("Private", "隐私"),
    "f.function": ("Function", "职能"), "f.left": ("has left", "已离职"),
    "f.hop": ("hidden chain, hops to a decider", "隐性决策链，与决策者相隔几度"),
    "f.family": ("Family", "家庭"), "f.hobbies": ("Hobbies", "爱好"),
    "f.home_area": ("Home area", "居住地"), "f.notes": ("Notes", "备注"),
    "f.none": ("none", "无"), "f.unknown": ("unknown", "未知"),
    # legend
    "lg.stance": ("Stance toward us", "对我方态度"),
    "lg.unknown": ("not assessed", "未评估"),
    "lg.competitor": ("supports competitor", "支持竞争对手"),
    "lg.formal": ("influence (formal)", "影响（正式）"),
    "lg.hidden": ("influence (hidden)", "影响（隐性）"),
    "lg.reports": ("reports to", "汇报给"),
    "lg.size": ("size = key-person score", "大小 = 关键人得分"),
    "lg.size_rank": ("size = seniority", "大小 = 职级"),
    "lg.department": ("Departments", "部门"),
    "lg.gatekeeper": ("gatekeeper", "控制者"),
    "lg.coach": ("coach", "教练/内线"),
    "lg.hiddenchain": ("hidden chain behind deciders", "决策者背后的隐性决策链"),
    "lg.staff": ("our staff", "我方人员"),
    "lg.staff_left": ("our staff (left)", "我方人员（已离职）"),
    "lg.center": ("centre person", "中心人物"),
    "lg.ring1": ("ring 1: people they know", "第一圈：直接认识的人"),
    "lg.ring2": ("ring 2: their people", "第二圈：他们认识的人"),
    "lg.tie": ("tie, labelled by circle", "关系（标注圈子）"),
    "lg.ownerA": ("owner A (solid)", "A角（实线）"),
    "lg.ownerB": ("owner B (dotted)", "B角（点线）"),
    "lg.sponsor": ("sponsor", "赞助人"),
    "lg.gap": ("coverage gap", "覆盖缺口"),
    # decision columns
    "col.0": ("Initiators & users", "发起者与使用者"),
    "col.1": ("Influencers", "影响者"),
    "col.2": ("Gatekeepers", "控制者"),
    "col.3": ("Deciders & approvers", "决定者与批准者"),
    "col.4": ("Buyer", "购买者"),
    "col.5": ("Coaches", "教练/内线"),
    "col.hidden": ("Hidden chain", "隐性决策链"),
    # built-in gap words (used when no analyzer gaps are given)
    "gap.noA": ("no owner A", "无A角"),
    "gap.noB": ("no owner B", "无B角"),
    "gap.same": ("owner A is also owner B", "A角与B角为同一人"),
    "gap.left": ("an owner has left", "责任人已离职"),
}

_ROLES: dict[str, str] = {
    "initiator": "发起者", "user": "使用者", "influencer": "影响者", "decider": "决定者",
    "approver": "批准者", "buyer": "购买者", "gatekeeper": "控制者", "coach": "教练/内线",
}
_STANCES: dict[int, tuple[str, str]] = {
    -3: ("strong opponent", "强烈反对"), -2: ("opponent", "反对"),
    -1: ("leaning against", "倾向反对"), 0: ("neutral", "中立"),
    1: ("leaning for", "倾向支持"), 2: ("supporter", "支持"),
    3: ("exclusive supporter", "独家支持"),
}
_CIRCLES: dict[str, str] = {
    "family": "家人", "colleague": "同事", "former-colleague": "前同事", "friend": "朋友",
    "school": "同学", "alumni": "校友", "customer": "客户的客户", "supplier": "供应商",
    "neighbour": "邻居", "religion": "宗教", "club": "俱乐部", "business": "商务",
    "other": "其他", "superior": "上级", "peer": "同级", "advisor": "顾问", "board": "董事会",
    "regulator": "监管", "reports-to": "汇报", "internal": "内部", "consultant": "咨询顾问",
    "external": "外部",
}


def tr(key: str, lang: Lang = "en") -> str:
    """The label ``key`` in ``lang`` (the key itself when unknown).

    Examples
    --------
    >>> tr("view.circles", "zh"), tr("view.circles", "en")
    ('关系圈', 'Relationship circles')
    """
    pair = _WORDS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "zh" else pair[0]


def role_name(role: str, lang: Lang = "en") -> str:
    """A buying-center role in ``lang``.

    Examples
    --------
    >>> role_name("gatekeeper", "zh"), role_name("decider")
    ('控制者', 'decider')
    """
    return _ROLES.get(role, role) if lang == "zh" else role


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
    en, zh = _STANCES[v]
    return f"{v:+d} {zh if lang == 'zh' else en}" if v else f"0 {zh if lang == 'zh' else en}"


def circle_name(circle: str, lang: Lang = "en") -> str:
    """A circle (or influence basis, affiliation) in ``lang``.

    Examples
    --------
    >>> circle_name("school", "zh"), circle_name("school")
    ('同学', 'school')
    """
    return _CIRCLES.get(circle, circle) if lang == "zh" else circle


basis_name = circle_name
