"""The portfolio review's words in English and Chinese (one table per language)."""

from __future__ import annotations

__all__ = ["COLUMNS", "WORDS", "words"]

#: Review columns in order: key -> (English header, Chinese header).
COLUMNS: dict[str, tuple[str, str]] = {
    "name": ("Account", "客户"),
    "industry": ("Industry", "行业"),
    "tier": ("Tier set", "现定级别"),
    "proposed_tier": ("Proposed tier", "建议级别"),
    "flag": ("Check", "核对"),
    "score": ("Score (0-10)", "综合积分 (0-10)"),
    "rank": ("Rank", "排名"),
    "value": ("Customer value", "客户价值"),
    "coverage": ("Key persons covered A+B", "关键人 A/B角覆盖"),
    "uncountered": ("Uncountered competitor supporters", "未被压制的对手支持者"),
    "balance": ("Main deal balance", "主要商机支持度"),
    "closeness": ("Closeness trend", "关系紧密度趋势"),
    "gaps": ("Open gaps (high)", "未补缺口 (高)"),
    "why": ("Why this tier", "定级依据"),
}

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Portfolio review",
        "missing": "missing",
        "missing_inputs": "missing: {names}",
        "higher": "proposal higher than set",
        "lower": "proposal lower than set",
        "agree": "",
        "no_deal": "no open deal",
        "leads": "{leader} leads by {by}",
        "we_lead": "we lead by {by}",
        "rising": "rising",
        "falling": "falling",
        "flat": "flat",
        "no_contact": "no contact logged",
        "summary": ("{n} accounts: {s} S, {a} A, {b} B, {c} C proposed; {d} differ from the "
                    "tier set by hand; {m} lack score inputs."),
        "filter": "Filter accounts",
        "only_diff": "Only where the proposal differs",
        "all_tiers": "All tiers",
        "offline": "Offline file: no data leaves this page. Private details are not included.",
        "formula": ("Score = 0.30 sales + 0.30 potential + 0.15 showcase + 0.125 can win + "
                    "0.125 can deliver (weights from the config). Value = (benefit - cost) x "
                    "risk factor."),
        "score_sales": "sales", "score_potential": "potential", "score_showcase": "showcase",
        "score_can_win": "can win", "score_can_deliver": "can deliver",
        "benefit": "benefit", "cost": "cost", "risk_factor": "risk factor",
        "why_missing": "score inputs missing",
        "why_top_s": "top {top:g}% and score >= {floor:g}",
        "why_top_a": "top {top:g}%, score under {floor:g}",
        "why_top_under_a": "top {top:g}% but score under {floor:g}",
        "why_outside_b": "outside the top {top:g}%, score >= {floor:g}",
        "why_under_b": "score under {floor:g}",
    },
    "zh": {
        "title": "客户组合评审",
        "missing": "缺失",
        "missing_inputs": "缺少: {names}",
        "higher": "建议高于现定",
        "lower": "建议低于现定",
        "agree": "",
        "no_deal": "无在跟商机",
        "leads": "{leader} 领先 {by}",
        "we_lead": "我方领先 {by}",
        "rising": "上升",
        "falling": "下降",
        "flat": "持平",
        "no_contact": "无接触记录",
        "summary": ("{n} 个客户: 建议 S 级 {s} 个、A 级 {a} 个、B 级 {b} 个、C 级 {c} 个; "
                    "{d} 个与现定级别不同; {m} 个缺少积分数据。"),
        "filter": "筛选客户",
        "only_diff": "只看建议与现定不同的",
        "all_tiers": "全部级别",
        "offline": "离线文件: 数据不会离开本页面。不含私人信息。",
        "formula": ("综合积分 = 0.30 销售额 + 0.30 潜力 + 0.15 示范作用 + 0.125 能赢 + 0.125 能做"
                    " (权重可在配置中修改)。客户价值 = (收益 - 成本) × 风险系数。"),
        "score_sales": "销售额", "score_potential": "潜力", "score_showcase": "示范作用",
        "score_can_win": "能赢", "score_can_deliver": "能做",
        "benefit": "收益", "cost": "成本", "risk_factor": "风险系数",
        "why_missing": "缺少积分数据",
        "why_top_s": "排名前 {top:g}% 且积分 ≥ {floor:g}",
        "why_top_a": "排名前 {top:g}%, 积分低于 {floor:g}",
        "why_top_under_a": "排名前 {top:g}% 但积分低于 {floor:g}",
        "why_outside_b": "排名在前 {top:g}% 之外, 积分 ≥ {floor:g}",
        "why_under_b": "积分低于 {floor:g}",
    },
}


def words(lang: str) -> dict[str, str]:
    """The word table of ``lang`` (``en`` when unknown)."""
    return WORDS.get(lang, WORDS["en"])
