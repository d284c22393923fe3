"""Every word the planning documents show: stable keys to English words marked for the
message catalogue (the Chinese is in ``kamgraph/locale/zh/LC_MESSAGES/kamgraph.po``).

Sentences are kept as :class:`Say` (a key of :data:`EN` and its arguments) until a
document is written in a language; an argument that is itself a word (an action, a
stance, a role, a circle) is wrapped in :class:`W` and translated too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kamgraph.i18n import N_, NP_, translate

__all__ = ["LANGS", "EN", "W", "Say", "say", "render", "word"]

LANGS: tuple[str, ...] = ("en", "zh")


@dataclass(frozen=True)
class W:
    """A word key used as an argument: translated when rendered."""

    key: str


@dataclass(frozen=True)
class Say:
    """One sentence: a key of the words table and its arguments."""

    key: str
    args: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "en") -> str:
        return render(lang, self.key, dict(self.args))

    def __str__(self) -> str:
        return self.text("en")


def say(key: str, **args: Any) -> Say:
    """A :class:`Say` from keyword arguments."""
    return Say(key, tuple(args.items()))


_WORDS_EN: dict[str, str] = {
    # actions, stances, roles, levels, circles, goal types, milestones, holidays
    "make act": N_("make act"), "win support": N_("win support"), "neutralise": N_("neutralise"),
    "unknown": N_("unknown"), "stance-3": N_("-3 strong opponent"), "stance-2": N_("-2 opponent"),
    "stance-1": N_("-1 leaning against"), "stance+0": N_("0 neutral"),
    "stance+1": N_("+1 leaning for"),
    "stance+2": N_("+2 supporter"), "stance+3": N_("+3 exclusive supporter"),
    "initiator": N_("initiator"), "user": N_("user"), "influencer": N_("influencer"),
    "decider": N_("decider"),
    "approver": N_("approver"), "buyer": N_("buyer"), "gatekeeper": N_("gatekeeper"),
    "coach": N_("coach"),
    "staff": NP_("plan", "staff"), "manager": N_("manager"), "director": N_("director"),
    "vp": N_("VP"),
    "c-level": N_("C-level"), "board": N_("board"), "": N_("unknown level"),
    "family": N_("family"), "colleague": N_("colleague"),
    "former-colleague": N_("former colleague"),
    "friend": N_("friend"), "school": N_("school"), "alumni": N_("alumni"),
    "customer": N_("customer"),
    "supplier": N_("supplier"), "neighbour": N_("neighbour"), "religion": N_("religion"),
    "club": N_("club"),
    "business": N_("business"), "other": N_("other"),
    "goal_territory": N_("territory goal"), "goal_share": N_("share goal"),
    "goal_profit": N_("profit goal"), "goal_competition": N_("competition goal"),
    "goal_None": N_("market goal"),
    "ms_spec": N_("specification frozen"), "ms_publish": N_("tender published"),
    "ms_submit": N_("bids submitted"), "ms_evaluation": N_("bid evaluation"),
    "ms_award": N_("award"),
    "ms_close": N_("deal close"), "ms_goal": N_("market goal date"), "ms_cycle": N_("cycle end"),
    "spring-festival": N_("Spring Festival"), "dragon-boat": N_("Dragon Boat Festival"),
    "mid-autumn": N_("Mid-Autumn Festival"),
    "hostile": N_("hostile"), "out_of_reach": N_("out of reach"), "unassigned": N_("(unassigned)"),
    "our_executive": N_("our executive"), "acting": N_("acting, no owner A yet"),
    "was_same": N_("A and B were the same person"),
    "was_none": N_("there was none"),
    "occ_kind_hq-visit": N_("HQ visit"), "occ_kind_forum": N_("exhibition / forum"),
    "occ_kind_exchange": N_("exchange visits"), "occ_kind_holiday": N_("holiday"),
    "occ_kind_birthday": N_("birthday"), "occ_kind_family": N_("family occasion"),
    "gap_no-owner-a": N_("no owner A"), "gap_no-owner-b": N_("no owner B"),
    "gap_same-a-b": N_("A = B"),
    "gap_owner-left": N_("owner has left"), "gap_owner-overloaded": N_("owner overloaded"),
    "gap_owner-far-below": N_("owner far below their level"),
    "gap_owner-not-knowing": N_("owner does not know them"),
    "gap_owner-out-of-touch": N_("owner A out of touch"),
    "gap_few-channels": N_("fewer than two information channels"),
    "gap_no-sponsor": N_("no sponsor"),
}

_SENTENCES_EN: dict[str, str] = {
    # occasions (card step 3)
    "occ_hq_visit": N_("HQ visit for {who}, hosted by {host}"),
    "occ_forum": N_("invite {who} to our next exhibition or industry forum; meet there first"),
    "occ_exchange": N_("regular exchange visit every {weeks} weeks"),
    "occ_holiday": N_("{day_k} greetings"),
    "occ_birthday": N_("birthday of {who}"),
    "occ_family": N_("family occasion: {family}"),
    # warm paths
    "path_peer": N_("peer to peer: {src} → {dst} ({strength:.2f})"),
    "path_direct": N_("{src} knows {dst} directly ({strength:.2f})"),
    "path_chain": N_("chain {chain}, strength {strength:.2f}"),
    "path_preferred_over": N_("{why}; preferred over a stronger chain ({other:.2f}) that asks "
                              "{junior} to introduce their own superior {boss}"),
    "path_preferred_level": N_("{why}; preferred over a stronger chain ({other:.2f}) that climbs "
                               "upward in level"),
    "path_only_upward": N_("{why}; the only route asks {junior} to introduce their own superior "
                           "{boss}: look for a peer-level introduction"),
    # left alone
    "left_worked_through": N_("{state_k} decider: worked through {through}, who sway them"),
    "left_oversight": N_("oversight duty ({duty}): keep procedurally neutral; map, never work "
                         "on or sponsor"),
    "left_exclusive": N_("exclusive supporter already: keep up through the owners"),
    "left_gatekeeper": N_("gatekeeper who lets us through: keep access, no campaign"),
    "left_competitor_backer": N_("backs a competitor exclusively: at best neutral this cycle, "
                                 "and they are"),
    "left_worthless": N_("their move is worth nothing to the goal ({value:.3f})"),
    # first steps
    "step_direct": N_("{src} contacts {who} directly ({circle_k} tie, {strength:.2f})"),
    "step_direct_bring": N_("{src} contacts {who} directly ({circle_k} tie, {strength:.2f}) and "
                            "brings in {owner}"),
    "step_intro": N_("{src} asks {via} to introduce us to {who} (chain {chain}, strength "
                     "{strength:.2f})"),
    "step_no_path_near": N_("no warm path to {who}: build one through the nearest reachable "
                            "people ({near})"),
    "step_no_path": N_("no warm path to {who}: {owner} looks for a first contact"),
    "step_make_act": N_("{owner} agrees one concrete act of support with {who} before {by}"),
    "step_win_interest": N_("{owner} shows {who} how we meet their interest: {need}"),
    "step_win": N_("{owner} learns {who}'s goals and concerns and shows how we meet them"),
    "step_neutralise": N_("{owner} finds out what {who} objects to and answers it; aim for "
                          "neutral, do not press"),
    "step_sponsor": N_("sponsor {sponsor} meets {who} at equal level"),
    "step_sway": N_("{who} is asked to put our case to {deciders}"),
    "step_counter": N_("position {who} as counterweight to {names}"),
    # sizing notes
    "note_two_notches": N_("stances move a notch or two a cycle: the aim is to soften, not to "
                           "turn"),
    "note_competitor_backer": N_("backs a competitor exclusively: at best neutral"),
    "owner_a_proposed": N_("no owner A: proposed {who} (knows them, has room)"),
    "owner_a_none": N_("no owner A, and nobody of ours who knows them has room: build a tie first"),
    "owner_b_proposed": N_("owner B proposed: {who} ({same_k})"),
    "owner_b_none": N_("no owner B available without creating a gap: name a backup"),
    "sponsor_current": N_("sponsor {who} (current)"),
    "sponsor_overbooked": N_("{who} is overbooked ({spare:.0f} of {cap:.0f} h spare): free their "
                             "time or accept less"),
    "sponsor_none_level": N_("no executive of ours at their level ({level_k}) is free: escalate"),
    "sponsor_proposed": N_("proposed sponsor {who} (score {score:.2f}): {parity}, {fit}, "
                           "{history}, {spare}"),
    "sp_equal": N_("equal in level"), "sp_above": N_("{n} level(s) above them"),
    "sp_fit": N_("our function faces their department"), "sp_general": N_("general management"),
    "sp_no_fit": N_("no business fit"), "sp_history": N_("shared history ({s:.2f})"),
    "sp_no_history": N_("no shared history"), "sp_spare": N_("{spare:.0f} of {cap:.0f} h spare"),
    "sp_spare_unknown": N_("capacity unknown"),
    # reasons
    "why_action": N_("{action_k}: {now} → {desired}, chance {chance:.0%}, worth {value:.3f}"),
    "why_is_supporter": N_("is an uncountered competitor supporter"),
    "why_counters": N_("answers {who}, an uncountered competitor supporter"),
    "why_sways": N_("sways {who} (strength {strength:.2f}), a hostile or unreachable decider"),
    "why_spec": N_("writes the tender specification that {names} adopt"),
    "why_member": N_("in the decision chain ({share:.0%} of its power)"),
    "goal_serves": N_("{goal_k}: {how}"),
    "goal_none_serves": N_("no market goal stated: {how}"),
    "deferred_value": N_("worth {value:.3f}: lower than the chosen targets"),
    "deferred_team_hours": N_("needs {hours} h (worth {value:.3f}); the {budget:g} h of the team "
                              "go to targets worth more"),
    "deferred_no_owner": N_("nobody of ours can carry it yet: no owner and no warm path"),
    "deferred_owner_hours": N_("needs {hours} h (worth {value:.3f}); {owner} has {spare:.0f} h "
                               "spare, used for targets worth more"),
    "sum_chosen_team": N_("{n} candidate(s), {k} chosen within {hours:g} h in total"),
    "sum_chosen_owners": N_("{n} candidate(s), {k} chosen within each owner's spare hours"),
    "sum_balance": N_("our weighted stance {now:+.2f}, expected {exp:+.2f} if the plan works out"),
    "sum_no_goal": N_("no market goal stated: give the account or opportunity goal_type, "
                      "goal_target and goal_by"),
    "sum_spec_stage": N_("tender specification stage: who writes the specification matters most"),
    "resp_direct": N_("targeted directly: {action_k} (owner {owner})"),
    "resp_through": N_("worked through {who}: {action_k}"),
    "resp_counterweight": N_("counterweight {who} targeted: {action_k}"),
    "resp_join": N_("{parts}"),
    "resp_beyond": N_("the business goal is beyond the current relationship base"),
    "resp_no_capacity": N_("best candidate {who} does not fit this cycle's hours"),
    "resp_none": N_("no counterweight available: {why}"),
}


_DOC_EN: dict[str, str] = {
    "doc_title": N_("Relationship plan: {account}, {opp}"),
    "doc_all_deals": N_("all opportunities"),
    "doc_summary": N_("Summary"),
    "doc_assessment": N_("Relationship assessment (客户关系现状评估表)"),
    "doc_taskbook": N_("Target task book (客户关系目标任务书)"),
    "doc_prplan": N_("PR plan (客户关系公关计划)"),
    "doc_cards": N_("Key-customer expansion cards (关键客户拓展卡片)"),
    "doc_oversight_note": N_("oversight ({duty}): keep neutral"),
    "tbl_targets": N_("Targets"), "tbl_kpi": N_("KPI per owner"),
    "tbl_resources": N_("Resources and budget: sponsors' time"),
    "tbl_deferred": N_("Deferred targets"), "tbl_left_alone": N_("Not worked on, and why"),
    "tbl_responses": N_("Answers to competitor supporters"),
    "fact_goal": N_("Market goal"), "fact_by": NP_("plan", "by"), "fact_stage": N_("stage"),
    "fact_value": N_("value"),
    "fact_close": N_("closes"), "fact_deal": NP_("plan", "Opportunity"),
    "fact_timeline": N_("Tender timeline"),
    "fact_cycle": N_("Cycle"),
    "fact_cycle_text": N_("planning year {year}: issued {start}, set done by {due}, "
                          "half-year revision {rev}, ends {end}"),
    "fact_review": N_("Review"), "fact_review_text": N_("weekly by each owner's direct supervisor "
                                                   "(weekly meeting or weekly work plan)"),
    "col_name": N_("Name"), "col_title": N_("Title"), "col_level": N_("Level"),
    "col_roles": NP_("plan", "Roles"),
    "col_power": N_("Power"), "col_stance": N_("Stance toward us"), "col_trend": N_("Trend"),
    "col_leaning": N_("Leans to competitor"), "col_owner_a": N_("Owner A"),
    "col_owner_b": N_("Owner B"),
    "col_sponsor": N_("Sponsor"), "col_channels": N_("Channels"), "col_interests": N_("Interests"),
    "col_notes": N_("Notes and gaps"), "col_goal_served": N_("Goal served"),
    "col_stance_now": N_("Now"),
    "col_desired": N_("Desired"), "col_action": N_("Action"), "col_worth": N_("Worth"),
    "col_owner_kpi": N_("Owner (KPI)"), "col_deadline": N_("Deadline"), "col_reason": N_("Reason"),
    "col_owner": N_("Owner"), "col_targets": N_("Targets"), "col_hours": N_("Hours"),
    "col_budget": N_("Spare hours"), "col_supervisor": N_("Supervisor (weekly review)"),
    "col_sponsor_hours": N_("New sponsor hours"), "col_team": N_("Team budget"),
    "col_why_deferred": N_("Why deferred"), "col_why": N_("Why"), "col_steps": N_("Steps"),
    "col_occasions": N_("Occasions"), "col_owners": N_("Owners A / B"),
    "col_warm_path": N_("Warm path"),
    "col_review": N_("Weekly review"), "col_first_review": N_("First review"),
    "col_revision": N_("Half-year revision"), "col_competitor": N_("Competitor"),
    "col_supporter": N_("Their supporter"), "col_response": N_("Our answer"),
    "no_path": N_("no warm path yet"), "review_by": N_("weekly by {who}"),
    "no_supervisor": N_("(no supervisor recorded)"),
    "card_interest_personal": N_("Personal interests"),
    "card_interest_org": N_("Organisational interests"),
    "card_unknown_interest": N_("not known yet: find out"), "card_why": N_("why"),
    "card_kpi": N_("in the owner's personal KPI"),
    "card_step1": N_("1. Identify the target"), "card_step2": N_("2. Assign an executive sponsor"),
    "card_step3": N_("3. Build the trust channel"), "card_step4": N_("4. Plan the actions"),
    "card_step5": N_("5. Match the resources"), "card_step6": N_("6. Review regularly"),
    "col_card_step": N_("Step"), "col_card_item": N_("Item"), "col_card_text": N_("Text"),
    "card_principles": N_("Principles"),
    "card_principles_text": N_("identify accurately · match resources · aim at the goal · "
                               "review regularly"),
}


#: Oversight duties (model.OVERSIGHT) in words.
_OVERSIGHT_EN = {"oversight_discipline": N_("discipline inspection"),
                 "oversight_audit": N_("audit"),
                 "oversight_tender-office": N_("tender office during the tender"),
                 "oversight_evaluation-expert": N_("evaluation expert under confidentiality")}

#: key -> English words, sentences and document headers, marked for the catalogue.
EN: dict[str, str] = {**_WORDS_EN, **_SENTENCES_EN, **_DOC_EN, **_OVERSIGHT_EN}


def word(lang: str, key: str) -> str:
    """One word in a language (the key itself when the table lacks it)."""
    message = EN.get(key)
    return key if message is None else translate(message, lang)


def _arg(lang: str, v: Any) -> Any:
    if isinstance(v, W):
        return word(lang, v.key)
    if isinstance(v, Say):
        return v.text(lang)
    if isinstance(v, (tuple, list)) and all(isinstance(x, Say) for x in v):
        return ("；" if lang == "zh" else "; ").join(x.text(lang) for x in v)
    if isinstance(v, dt.date):
        return v.isoformat()
    if v is None:
        return "—"
    return v


def render(lang: str, key: str, args: dict[str, Any]) -> str:
    """The sentence ``key`` in ``lang`` with its arguments filled in."""
    return word(lang, key).format(**{k: _arg(lang, v) for k, v in args.items()})
