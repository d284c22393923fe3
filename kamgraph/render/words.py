"""Every word the maps show, in English and Chinese: one table, one place.

``tr(key, lang)`` looks a phrase up; :func:`role_name`, :func:`stance_name` and
:func:`circle_name` name the data's codes. A message catalogue (gettext) can take
this table over whole: keys are stable, values are ``(en, zh)`` pairs.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Lang", "WORDS", "tr", "role_name", "stance_name", "circle_name", "basis_name",
           "words_for"]

Lang = Literal["zh", "en"]

WORDS: dict[str, tuple[str, str]] = {  # key: (en, zh)
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
    "lg.coach": ("coach (insider)", "教练（内线）"),
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
    "col.5": ("Coaches", "教练（内线）"),
    "col.hidden": ("Hidden chain", "隐性决策链"),
    # built-in gap words (used when no analyzer gaps are given)
    "gap.noA": ("no owner A", "无A角"),
    "gap.noB": ("no owner B", "无B角"),
    "gap.same": ("owner A is also owner B", "A角与B角为同一人"),
    "gap.left": ("an owner has left", "责任人已离职"),
    # filter bar, panel and buttons
    "ui.filters": ("Filter", "筛选"),
    "ui.stance": ("Stance", "态度"),
    "ui.any": ("all", "全部"),
    "ui.supporters": ("supporters (+1 to +3)", "支持者（+1至+3）"),
    "ui.neutral": ("neutral (0)", "中立（0）"),
    "ui.opponents": ("opponents (-1 to -3)", "反对者（-1至-3）"),
    "ui.unassessed": ("not assessed", "未评估"),
    "ui.department": ("Department", "部门"),
    "ui.role": ("Role", "角色"),
    "ui.compsup": ("competitor supporters", "竞争对手支持者"),
    "ui.hiddenonly": ("hidden links only", "仅隐性关系"),
    "ui.uncovered": ("uncovered key persons", "未覆盖的关键人"),
    "ui.clear": ("Clear", "清除"),
    "ui.png": ("Save PNG", "保存PNG"),
    "ui.print": ("Print", "打印"),
    "ui.expandall": ("Expand all", "全部展开"),
    "ui.collapseall": ("Collapse all", "全部折叠"),
    "ui.shown": ("shown", "已显示"),
    "ui.of": ("of", "/"),
    "ui.close": ("Close", "关闭"),
    "ui.path": ("Path from our staff", "我方人员的连接路径"),
    "ui.nopath": ("No warm path from our staff is recorded.", "未记录我方人员到此人的连接路径。"),
    "ui.hint": ("Click a person for details and their circle; click the background to clear.",
                "点击人员查看详情及其关系圈；点击空白处清除。"),
    "ui.expand": ("click to expand", "点击展开"),
    "ui.collapse": ("Collapse department", "折叠部门"),
    "ui.people": ("people", "人"),
    "ui.keypeople": ("key persons", "关键人"),
    # the person panel
    "p.key": ("key person", "关键人"),
    "p.roles": ("Roles", "角色"),
    "p.stance": ("Stance history", "态度变化"),
    "p.by": ("by", "评估人"),
    "p.owners": ("Owners", "责任人"),
    "p.ownerA": ("Owner A", "A角"),
    "p.ownerB": ("Owner B", "B角"),
    "p.sponsor": ("Sponsor", "赞助人"),
    "p.channels": ("Information channels", "信息渠道"),
    "p.reasons": ("Why a key person", "关键人原因"),
    "p.gaps": ("Coverage gaps", "覆盖缺口"),
    "p.verdict": ("Competitor counterpoint", "竞争对抗"),
    "p.private": ("Private details", "隐私信息"),
    "p.path": ("Warmest path from our staff", "我方最暖连接路径"),
    "p.department": ("Department", "部门"),
    "p.none": ("none recorded", "无记录"),
    "p.staff": ("our staff", "我方人员"),
    "p.countered": ("countered", "已有对抗"),
    "p.uncountered": ("not countered", "尚无对抗"),
    "p.beyond": ("beyond the current relationship base", "超出当前关系基础"),
    "p.counterweight": ("our counterweight to", "我方对抗"),
    "p.reliability": ("reliability", "可靠度"),
    # department nodes of a collapsed map
    "d.mix": ("for us {pos} · neutral {neu} · against {neg} · not assessed {unk}",
              "支持 {pos} · 中立 {neu} · 反对 {neg} · 未评估 {unk}"),
    "d.none": ("Executives and outsiders", "高管与外部人员"),
    # coverage matrix
    "cov.person": ("Key person (by power)", "关键人（按权力排序）"),
    "cov.gapcol": ("Gaps", "缺口"),
    "cov.fix": ("fix", "补救"),
    "cov.A": ("A", "A"),
    "cov.B": ("B", "B"),
    "cov.S": ("S", "赞"),
    "cov.C": ("C", "信"),
    "cov.cells": ("A owner A · B owner B · S sponsor · C information channel",
                  "A A角 · B B角 · 赞 赞助人 · 信 信息渠道"),
    "cov.gap": ("gap (hover for the fix)", "缺口（悬停查看补救）"),
    "cov.ok": ("covered", "已覆盖"),
    "cov.none": ("no key persons to show", "无关键人可显示"),
    # decision flow
    "flow.initiator": ("Initiator", "发起者"),
    "flow.influence": ("Influencers & users", "影响者与使用者"),
    "flow.gatekeeper": ("Gatekeeper", "控制者"),
    "flow.buyer": ("Buyer", "购买者"),
    "flow.decider": ("Decider & approver", "决定者与批准者"),
    "flow.coach": ("Coaches (our insiders)", "教练（内线）"),
    "lg.flow": ("process flow, left to right", "决策流程，从左到右"),
    "lg.sways": ("hidden chain sways", "隐性影响"),
    "lg.key": ("key person: larger, darker label", "关键人：标签更大、更深"),
    "lg.dept": ("department (click to expand)", "部门（点击展开）"),
    "lg.path": ("warm path from our staff", "我方连接路径"),
}

_ROLES: dict[str, str] = {
    "initiator": "发起者", "user": "使用者", "influencer": "影响者", "decider": "决定者",
    "approver": "批准者", "buyer": "购买者", "gatekeeper": "控制者", "coach": "教练（内线）",
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
    pair = WORDS.get(key)
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
