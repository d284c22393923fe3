"""The portfolio review's words, marked for the message catalogue (English here, the
Chinese in ``kamgraph/locale/zh/LC_MESSAGES/kamgraph.po``)."""

from __future__ import annotations

from kamgraph.i18n import N_, translate

__all__ = ["COLUMNS", "WORDS", "words", "headers"]

#: Review columns in order: key -> English header.
COLUMNS: dict[str, str] = {
    "name": N_("Account"),
    "industry": N_("Industry"),
    "tier": N_("Tier set"),
    "proposed_tier": N_("Proposed tier"),
    "flag": N_("Check"),
    "score": N_("Score (0-10)"),
    "rank": N_("Rank"),
    "value": N_("Customer value"),
    "coverage": N_("Key persons covered A+B"),
    "uncountered": N_("Uncountered competitor supporters"),
    "balance": N_("Main deal balance"),
    "closeness": N_("Closeness trend"),
    "gaps": N_("Open gaps (high)"),
    "why": N_("Why this tier"),
}

#: key -> English words.
WORDS: dict[str, str] = {
    "title": N_("Portfolio review"),
    "missing": N_("missing"),
    "missing_inputs": N_("missing: {names}"),
    "higher": N_("proposal higher than set"),
    "lower": N_("proposal lower than set"),
    "agree": "",
    "no_deal": N_("no open deal"),
    "leads": N_("{leader} leads by {by}"),
    "we_lead": N_("we lead by {by}"),
    "rising": N_("rising"),
    "falling": N_("falling"),
    "flat": N_("flat"),
    "no_contact": N_("no contact logged"),
    "summary": N_("{n} accounts: {s} S, {a} A, {b} B, {c} C proposed; {d} differ from the "
                  "tier set by hand; {m} lack score inputs."),
    "filter": N_("Filter accounts"),
    "only_diff": N_("Only where the proposal differs"),
    "all_tiers": N_("All tiers"),
    "offline": N_("Offline file: no data leaves this page. Private details are not included."),
    "formula": N_("Score = 0.30 sales + 0.30 potential + 0.15 showcase + 0.125 can win + "
                  "0.125 can deliver (weights from the config). Value = (benefit - cost) x "
                  "risk factor."),
    "score_sales": N_("sales"), "score_potential": N_("potential"),
    "score_showcase": N_("showcase"), "score_can_win": N_("can win"),
    "score_can_deliver": N_("can deliver"),
    "benefit": N_("benefit"), "cost": N_("cost"), "risk_factor": N_("risk factor"),
    "why_missing": N_("score inputs missing"),
    "why_top_s": N_("top {top:g}% and score >= {floor:g}"),
    "why_top_a": N_("top {top:g}%, score under {floor:g}"),
    "why_top_under_a": N_("top {top:g}% but score under {floor:g}"),
    "why_outside_b": N_("outside the top {top:g}%, score >= {floor:g}"),
    "why_under_b": N_("score under {floor:g}"),
}


def words(lang: str) -> dict[str, str]:
    """Every word of the review in ``lang`` (English when unknown)."""
    return {k: translate(v, lang) for k, v in WORDS.items()}


def headers(lang: str) -> list[str]:
    """The column headers in ``lang``, in :data:`COLUMNS` order."""
    return [translate(h, lang) for h in COLUMNS.values()]
