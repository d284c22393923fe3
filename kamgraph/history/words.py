"""The words of capture, change watch, closeness and review, in English and Chinese.

One table per language until the shared message catalogue lands; :func:`w` looks a
key up (``{name}`` fields are filled in) and :func:`lang_of` picks the language
(``--lang``, else ``$KAMGRAPH_LANG``, else English).

>>> w("recorded", "zh", what=w("cmd.stance", "zh"), account="acme", rev=3)
'已记录立场评估到 acme（版本 3）'
"""

from __future__ import annotations

from typing import Literal

__all__ = ["w", "lang_of", "Lang", "EN", "ZH"]

Lang = Literal["en", "zh"]

EN: dict[str, str] = {
    "recorded": "Recorded {what} in {account} (revision {rev})",
    "cmd.log": "an interaction", "cmd.stance": "a stance assessment", "cmd.move": "a move",
    "cmd.leave": "a departure", "cmd.assign": "an assignment", "cmd.tie": "a tie",
    "op.add": "added", "op.remove": "removed", "op.change": "changed", "vendor.us": "us",
    # changes
    "changes.title": "Changes in {account} from {since} to {until}",
    "changes.none": "Nothing changed.",
    "h.when": "when", "h.what": "what", "h.who": "who", "h.detail": "detail", "h.by": "by",
    "h.severity": "severity", "h.alert": "alert", "h.person": "person", "h.month": "month",
    "h.score": "score", "h.trend": "trend", "h.owner": "owner", "h.target": "target",
    "h.planned": "planned move", "h.actual": "actual move", "h.start": "at adoption",
    "h.aim": "aim", "h.status": "status", "h.due": "due",
    "h.step": "step", "h.done": "on track", "h.overdue": "overdue", "h.staff": "staff",
    "h.kind": "kind", "h.depth": "depth", "h.summary": "summary", "h.next": "next step",
    "h.post": "post", "h.from": "from", "h.to": "to", "h.vendor": "toward",
    "h.value": "stance", "h.evidence": "evidence", "h.targets": "targets",
    "h.reached": "reached", "h.checkpoint": "checkpoint", "h.recency": "recency",
    "h.frequency": "frequency", "h.reciprocity": "reciprocity",
    "c.moved": "moved from {before} to {after}", "c.arrived": "arrived ({post})",
    "c.took": "took the post {after}",
    "c.left": "left", "c.stance": "stance toward {toward} {before} -> {after} ({delta})",
    "c.stance_new": "stance toward {toward} first assessed at {after}",
    "c.tie_add": "new tie from {other} (strength {strength})",
    "c.tie_remove": "tie from {other} lost",
    "c.owner_add": "{other} became owner {role}",
    "c.owner_remove": "{other} no longer owner {role}",
    "c.sponsor_add": "{other} became sponsor", "c.sponsor_remove": "{other} no longer sponsor",
    "c.channel_add": "new information channel {other}",
    "c.channel_remove": "information channel {other} closed",
    "c.gap_open": "gap opened: {gap}", "c.gap_close": "gap closed: {gap}",
    "c.top_in": "entered the top {top} key persons (#{rank})",
    "c.top_out": "left the top {top} key persons",
    "c.staff_left": "our {other} left us",
    # alerts
    "alerts.title": "Alerts for {account} on {day} (changes since {since})",
    "alerts.none": "No alerts.",
    "a.key_left": "key person left ({when})", "a.key_moved": "key person moved: {detail}",
    "a.cooled": "supporter cooled {before} -> {after} toward us",
    "a.owner_left": "owner {role} {owner} has left us: {person} has no owner {role}",
    "a.overdue": "next step overdue since {due} ({days} days): {step}",
    "a.closeness": "closeness falling: {trend}",
    # closeness
    "closeness.title": "Closeness of key persons in {account}, {first} to {last}",
    "closeness.title_people": "Closeness in {account}, {first} to {last}",
    "closeness.falling": "falling",
    # review
    "plan.adopted": "Adopted plan {plan} for {account} with {n} targets ({by}, {on})",
    "review.title": "Review of plan {plan} ({adopted}) for {account} on {day} by {by}",
    "review.progress": "Progress per owner",
    "review.saved": "Review saved ({n} targets, {reached} reached, {overdue} steps overdue).",
    "review.none": "No plan adopted for {account}: run `kamgraph adopt {account}` first.",
    "status.reached": "reached", "status.moving": "moving", "status.stalled": "stalled",
    "status.slipped": "slipped", "status.late": "late", "status.left": "left",
    # person
    "p.posts": "Post history", "p.stances": "Stance history", "p.closeness": "Closeness by month",
    "p.interactions": "Interactions, newest first", "p.current": "current",
}

ZH: dict[str, str] = {
    "recorded": "已记录{what}到 {account}（版本 {rev}）",
    "cmd.log": "一次交往", "cmd.stance": "立场评估", "cmd.move": "岗位变动",
    "cmd.leave": "离任", "cmd.assign": "责任分配", "cmd.tie": "一条关系",
    "op.add": "新增", "op.remove": "移除", "op.change": "变更", "vendor.us": "我方",
    "changes.title": "{account} 的变化：{since} 至 {until}",
    "changes.none": "没有变化。",
    "h.when": "日期", "h.what": "类别", "h.who": "人员", "h.detail": "说明", "h.by": "记录人",
    "h.severity": "级别", "h.alert": "提醒", "h.person": "人员", "h.month": "月份",
    "h.score": "分数", "h.trend": "趋势", "h.owner": "责任人", "h.target": "目标",
    "h.planned": "计划变化", "h.actual": "实际变化", "h.start": "采纳时",
    "h.aim": "目标立场", "h.status": "状态", "h.due": "期限",
    "h.step": "下一步", "h.done": "正常", "h.overdue": "逾期", "h.staff": "我方人员",
    "h.kind": "方式", "h.depth": "深度", "h.summary": "摘要", "h.next": "下一步",
    "h.post": "岗位", "h.from": "起", "h.to": "止", "h.vendor": "对象",
    "h.value": "立场", "h.evidence": "依据", "h.targets": "目标数",
    "h.reached": "已达成", "h.checkpoint": "检查点", "h.recency": "近度",
    "h.frequency": "频度", "h.reciprocity": "互动度",
    "c.moved": "岗位由 {before} 调任 {after}", "c.arrived": "新到任（{post}）",
    "c.took": "就任 {after}",
    "c.left": "已离任", "c.stance": "对 {toward} 的立场 {before} -> {after}（{delta}）",
    "c.stance_new": "首次评估对 {toward} 的立场为 {after}",
    "c.tie_add": "新增关系：{other}（强度 {strength}）",
    "c.tie_remove": "失去关系：{other}",
    "c.owner_add": "{other} 成为 {role} 角责任人",
    "c.owner_remove": "{other} 不再是 {role} 角责任人",
    "c.sponsor_add": "{other} 成为赞助人", "c.sponsor_remove": "{other} 不再是赞助人",
    "c.channel_add": "新增信息渠道 {other}", "c.channel_remove": "信息渠道 {other} 关闭",
    "c.gap_open": "新出现缺口：{gap}", "c.gap_close": "缺口已补上：{gap}",
    "c.top_in": "进入关键人前 {top} 名（第 {rank} 名）",
    "c.top_out": "跌出关键人前 {top} 名",
    "c.staff_left": "我方 {other} 已离职",
    "alerts.title": "{account} 的提醒（{day}，自 {since} 以来）",
    "alerts.none": "没有提醒。",
    "a.key_left": "关键人已离任（{when}）", "a.key_moved": "关键人岗位变动：{detail}",
    "a.cooled": "支持者对我方降温 {before} -> {after}",
    "a.owner_left": "{role} 角责任人 {owner} 已离职：{person} 没有 {role} 角责任人",
    "a.overdue": "约定的下一步自 {due} 起逾期（{days} 天）：{step}",
    "a.closeness": "关系紧密度下降：{trend}",
    "closeness.title": "{account} 关键人的关系紧密度，{first} 至 {last}",
    "closeness.title_people": "{account} 的关系紧密度，{first} 至 {last}",
    "closeness.falling": "下降",
    "plan.adopted": "已采纳 {account} 的计划 {plan}，共 {n} 个目标（{by}，{on}）",
    "review.title": "{account} 计划 {plan}（{adopted}）的检查：{day}，检查人 {by}",
    "review.progress": "各责任人进展",
    "review.saved": "检查已保存（{n} 个目标，{reached} 个已达成，{overdue} 个下一步逾期）。",
    "review.none": "{account} 还没有采纳的计划：请先运行 `kamgraph adopt {account}`。",
    "status.reached": "已达成", "status.moving": "推进中", "status.stalled": "停滞",
    "status.slipped": "倒退", "status.late": "超期", "status.left": "已离任",
    "p.posts": "任职经历", "p.stances": "立场变化", "p.closeness": "逐月关系紧密度",
    "p.interactions": "交往记录（新的在前）", "p.current": "至今",
}

_TABLES: dict[str, dict[str, str]] = {"en": EN, "zh": ZH}


def lang_of(value: str | None = None) -> Lang:
    """The language asked for: ``value``, else the catalogue's (``--lang`` anywhere on the
    line, ``$KAMGRAPH_LANG``, the locale), else English."""
    from kamgraph.i18n import get_lang

    got = (value or get_lang() or "en").lower()
    return "zh" if got.startswith("zh") else "en"


def w(key: str, lang: str = "en", **fields: object) -> str:
    """The words for ``key`` in ``lang`` with ``fields`` filled in."""
    text = _TABLES.get(lang, EN).get(key) or EN[key]
    return text.format(**fields) if fields else text
