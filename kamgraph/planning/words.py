"""Every word the planning documents show, in English and Chinese: one table per language.

Sentences are kept as :class:`Say` (a key of these tables and its arguments) until a
document is written in a language; an argument that is itself a word (an action, a
stance, a role, a circle) is wrapped in :class:`W` and translated too. A message
catalogue can later be generated from :data:`EN` and :data:`ZH`; keys are stable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

__all__ = ["LANGS", "EN", "ZH", "W", "Say", "say", "render", "word"]

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
    "make act": "make act", "win support": "win support", "neutralise": "neutralise",
    "unknown": "unknown", "stance-3": "-3 strong opponent", "stance-2": "-2 opponent",
    "stance-1": "-1 leaning against", "stance+0": "0 neutral", "stance+1": "+1 leaning for",
    "stance+2": "+2 supporter", "stance+3": "+3 exclusive supporter",
    "initiator": "initiator", "user": "user", "influencer": "influencer", "decider": "decider",
    "approver": "approver", "buyer": "buyer", "gatekeeper": "gatekeeper", "coach": "coach",
    "staff": "staff", "manager": "manager", "director": "director", "vp": "VP",
    "c-level": "C-level", "board": "board", "": "unknown level",
    "family": "family", "colleague": "colleague", "former-colleague": "former colleague",
    "friend": "friend", "school": "school", "alumni": "alumni", "customer": "customer",
    "supplier": "supplier", "neighbour": "neighbour", "religion": "religion", "club": "club",
    "business": "business", "other": "other",
    "goal_territory": "territory goal", "goal_share": "share goal",
    "goal_profit": "profit goal", "goal_competition": "competition goal",
    "goal_None": "market goal",
    "ms_spec": "specification frozen", "ms_publish": "tender published",
    "ms_submit": "bids submitted", "ms_evaluation": "bid evaluation", "ms_award": "award",
    "ms_close": "deal close", "ms_goal": "market goal date", "ms_cycle": "cycle end",
    "spring-festival": "Spring Festival", "dragon-boat": "Dragon Boat Festival",
    "mid-autumn": "Mid-Autumn Festival",
    "hostile": "hostile", "out_of_reach": "out of reach", "unassigned": "(unassigned)",
    "our_executive": "our executive", "acting": "acting, no owner A yet",
    "was_same": "A and B were the same person",
    "was_none": "there was none",
    "occ_kind_hq-visit": "HQ visit", "occ_kind_forum": "exhibition / forum",
    "occ_kind_exchange": "exchange visits", "occ_kind_holiday": "holiday",
    "occ_kind_birthday": "birthday", "occ_kind_family": "family occasion",
    "gap_no-owner-a": "no owner A", "gap_no-owner-b": "no owner B", "gap_same-a-b": "A = B",
    "gap_owner-left": "owner has left", "gap_owner-overloaded": "owner overloaded",
    "gap_owner-far-below": "owner far below their level",
    "gap_owner-not-knowing": "owner does not know them",
    "gap_few-channels": "fewer than two information channels", "gap_no-sponsor": "no sponsor",
}
_WORDS_ZH: dict[str, str] = {
    "make act": "推动行动", "win support": "争取支持", "neutralise": "化解反对",
    "unknown": "未知", "stance-3": "-3 强烈反对者", "stance-2": "-2 反对者",
    "stance-1": "-1 倾向反对", "stance+0": "0 中立", "stance+1": "+1 倾向支持",
    "stance+2": "+2 支持者", "stance+3": "+3 排他性支持者",
    "initiator": "发起者", "user": "使用者", "influencer": "影响者", "decider": "决定者",
    "approver": "批准者", "buyer": "购买者", "gatekeeper": "控制者", "coach": "教练",
    "staff": "员工", "manager": "经理", "director": "总监", "vp": "副总裁级",
    "c-level": "高管", "board": "董事会", "": "级别不详",
    "family": "家庭", "colleague": "同事", "former-colleague": "前同事", "friend": "朋友",
    "school": "同学", "alumni": "校友", "customer": "客户的客户", "supplier": "供应商",
    "neighbour": "邻居", "religion": "宗教", "club": "俱乐部", "business": "业务往来",
    "other": "其他",
    "goal_territory": "山头目标", "goal_share": "份额目标", "goal_profit": "盈利目标",
    "goal_competition": "竞争目标", "goal_None": "市场目标",
    "ms_spec": "技术规范定稿", "ms_publish": "发标", "ms_submit": "投标", "ms_evaluation": "评标",
    "ms_award": "定标", "ms_close": "项目关闭", "ms_goal": "市场目标日期", "ms_cycle": "周期结束",
    "spring-festival": "春节", "dragon-boat": "端午节", "mid-autumn": "中秋节",
    "hostile": "敌对", "out_of_reach": "接触不到", "unassigned": "（未指定）",
    "our_executive": "我方高层", "acting": "代行，尚无A角", "was_same": "原A、B角为同一人",
    "was_none": "原无B角",
    "occ_kind_hq-visit": "公司考察", "occ_kind_forum": "展会论坛", "occ_kind_exchange": "定期互访",
    "occ_kind_holiday": "节日", "occ_kind_birthday": "生日", "occ_kind_family": "家庭时刻",
    "gap_no-owner-a": "无A角", "gap_no-owner-b": "无B角", "gap_same-a-b": "A、B角为同一人",
    "gap_owner-left": "责任人已离职", "gap_owner-overloaded": "责任人负荷过重",
    "gap_owner-far-below": "责任人级别过低", "gap_owner-not-knowing": "责任人不认识对方",
    "gap_few-channels": "信息渠道少于两个", "gap_no-sponsor": "无赞助人",
}

_SENTENCES_EN: dict[str, str] = {
    # occasions (card step 3)
    "occ_hq_visit": "HQ visit for {who}, hosted by {host}",
    "occ_forum": "invite {who} to our next exhibition or industry forum; meet there first",
    "occ_exchange": "regular exchange visit every {weeks} weeks",
    "occ_holiday": "{day_k} greetings",
    "occ_birthday": "birthday of {who}",
    "occ_family": "family occasion: {family}",
    # warm paths
    "path_peer": "peer to peer: {src} → {dst} ({strength:.2f})",
    "path_direct": "{src} knows {dst} directly ({strength:.2f})",
    "path_chain": "chain {chain}, strength {strength:.2f}",
    "path_preferred_over": "{why}; preferred over a stronger chain ({other:.2f}) that asks "
                           "{junior} to introduce their own superior {boss}",
    "path_preferred_level": "{why}; preferred over a stronger chain ({other:.2f}) that climbs "
                            "upward in level",
    "path_only_upward": "{why}; the only route asks {junior} to introduce their own superior "
                        "{boss}: look for a peer-level introduction",
    # left alone
    "left_worked_through": "{state_k} decider: worked through {through}, who sway them",
    "left_oversight": "oversight duty ({duty}): keep procedurally neutral; map, never work "
                      "on or sponsor",
    "left_exclusive": "exclusive supporter already: keep up through the owners",
    "left_gatekeeper": "gatekeeper who lets us through: keep access, no campaign",
    "left_competitor_backer": "backs a competitor exclusively: at best neutral this cycle, "
                              "and they are",
    "left_worthless": "their move is worth nothing to the goal ({value:.3f})",
    # first steps
    "step_direct": "{src} contacts {who} directly ({circle_k} tie, {strength:.2f})",
    "step_direct_bring": "{src} contacts {who} directly ({circle_k} tie, {strength:.2f}) and "
                         "brings in {owner}",
    "step_intro": "{src} asks {via} to introduce us to {who} (chain {chain}, strength "
                  "{strength:.2f})",
    "step_no_path_near": "no warm path to {who}: build one through the nearest reachable "
                         "people ({near})",
    "step_no_path": "no warm path to {who}: {owner} looks for a first contact",
    "step_make_act": "{owner} agrees one concrete act of support with {who} before {by}",
    "step_win_interest": "{owner} shows {who} how we meet their interest: {need}",
    "step_win": "{owner} learns {who}'s goals and concerns and shows how we meet them",
    "step_neutralise": "{owner} finds out what {who} objects to and answers it; aim for "
                       "neutral, do not press",
    "step_sponsor": "sponsor {sponsor} meets {who} at equal level",
    "step_sway": "{who} is asked to put our case to {deciders}",
    "step_counter": "position {who} as counterweight to {names}",
    # sizing notes
    "note_two_notches": "stances move a notch or two a cycle: the aim is to soften, not to "
                        "turn",
    "note_competitor_backer": "backs a competitor exclusively: at best neutral",
    "owner_a_proposed": "no owner A: proposed {who} (knows them, has room)",
    "owner_a_none": "no owner A, and nobody of ours who knows them has room: build a tie first",
    "owner_b_proposed": "owner B proposed: {who} ({same_k})",
    "owner_b_none": "no owner B available without creating a gap: name a backup",
    "sponsor_current": "sponsor {who} (current)",
    "sponsor_overbooked": "{who} is overbooked ({spare:.0f} of {cap:.0f} h spare): free their "
                          "time or accept less",
    "sponsor_none_level": "no executive of ours at their level ({level_k}) is free: escalate",
    "sponsor_proposed": "proposed sponsor {who} (score {score:.2f}): {parity}, {fit}, "
                        "{history}, {spare}",
    "sp_equal": "equal in level", "sp_above": "{n} level(s) above them",
    "sp_fit": "our function faces their department", "sp_general": "general management",
    "sp_no_fit": "no business fit", "sp_history": "shared history ({s:.2f})",
    "sp_no_history": "no shared history", "sp_spare": "{spare:.0f} of {cap:.0f} h spare",
    "sp_spare_unknown": "capacity unknown",
    # reasons
    "why_action": "{action_k}: {now} → {desired}, chance {chance:.0%}, worth {value:.3f}",
    "why_is_supporter": "is an uncountered competitor supporter",
    "why_counters": "answers {who}, an uncountered competitor supporter",
    "why_sways": "sways {who} (strength {strength:.2f}), a hostile or unreachable decider",
    "why_spec": "writes the tender specification that {names} adopt",
    "why_member": "in the decision chain ({share:.0%} of its power)",
    "goal_serves": "{goal_k}: {how}",
    "goal_none_serves": "no market goal stated: {how}",
    "deferred_value": "worth {value:.3f}: lower than the chosen targets",
    "deferred_team_hours": "needs {hours} h (worth {value:.3f}); the {budget:g} h of the team "
                           "go to targets worth more",
    "deferred_no_owner": "nobody of ours can carry it yet: no owner and no warm path",
    "deferred_owner_hours": "needs {hours} h (worth {value:.3f}); {owner} has {spare:.0f} h "
                            "spare, used for targets worth more",
    "sum_chosen_team": "{n} candidate(s), {k} chosen within {hours:g} h in total",
    "sum_chosen_owners": "{n} candidate(s), {k} chosen within each owner's spare hours",
    "sum_balance": "our weighted stance {now:+.2f}, expected {exp:+.2f} if the plan works out",
    "sum_no_goal": "no market goal stated: give the account or opportunity goal_type, "
                   "goal_target and goal_by",
    "sum_spec_stage": "tender specification stage: who writes the specification matters most",
    "resp_direct": "targeted directly: {action_k} (owner {owner})",
    "resp_through": "worked through {who}: {action_k}",
    "resp_counterweight": "counterweight {who} targeted: {action_k}",
    "resp_join": "{parts}",
    "resp_beyond": "the business goal is beyond the current relationship base",
    "resp_no_capacity": "best candidate {who} does not fit this cycle's hours",
    "resp_none": "no counterweight available: {why}",
}
_SENTENCES_ZH: dict[str, str] = {
    "occ_hq_visit": "邀请{who}到公司总部考察，由{host}接待",
    "occ_forum": "邀请{who}参加我方展会或行业论坛，优先安排见面会谈",
    "occ_exchange": "每{weeks}周定期互访",
    "occ_holiday": "{day_k}问候",
    "occ_birthday": "{who}生日",
    "occ_family": "家庭时刻：{family}",
    "path_peer": "对等引荐：{src} → {dst}（{strength:.2f}）",
    "path_direct": "{src}直接认识{dst}（{strength:.2f}）",
    "path_chain": "人脉链 {chain}，强度{strength:.2f}",
    "path_preferred_over": "{why}；优于一条更强（{other:.2f}）但需要{junior}引荐其上级{boss}的路线",
    "path_preferred_level": "{why}；优于一条更强（{other:.2f}）但逐级向上攀升的路线",
    "path_only_upward": "{why}；唯一路线需要{junior}引荐其上级{boss}：另找对等层级的引荐",
    "left_worked_through": "{state_k}的决策者：通过影响其的{through}开展工作",
    "left_oversight": "监督职责（{duty}）：保持程序中立；只作记录，不公关、不配赞助人",
    "left_exclusive": "已是排他性支持者：由A/B角日常维护",
    "left_gatekeeper": "放行我方的控制者：保持通道，无需专门公关",
    "left_competitor_backer": "排他性支持竞争对手：本周期至多中立，目前已是中立",
    "left_worthless": "其态度变化对目标没有价值（{value:.3f}）",
    "step_direct": "{src}直接联系{who}（{circle_k}关系，{strength:.2f}）",
    "step_direct_bring": "{src}直接联系{who}（{circle_k}关系，{strength:.2f}），并引入{owner}",
    "step_intro": "{src}请{via}引荐{who}（路线 {chain}，强度{strength:.2f}）",
    "step_no_path_near": "尚无到{who}的人脉路线：通过最近可达的人建立连接（{near}）",
    "step_no_path": "尚无到{who}的人脉路线：由{owner}寻找第一个接触点",
    "step_make_act": "{owner}在{by}前与{who}商定一项具体的支持行动",
    "step_win_interest": "{owner}向{who}说明我们如何满足其诉求：{need}",
    "step_win": "{owner}了解{who}的目标与顾虑，说明我们如何满足",
    "step_neutralise": "{owner}弄清{who}反对的原因并逐一回应；目标是中立，不施压",
    "step_sponsor": "赞助人{sponsor}以对等身份会见{who}",
    "step_sway": "请{who}向{deciders}转达我方观点",
    "step_counter": "让{who}成为制衡{names}的力量",
    "note_two_notches": "态度每周期只能变化一到两档：目标是缓和，而非扭转",
    "note_competitor_backer": "排他性支持竞争对手：至多争取中立",
    "owner_a_proposed": "无A角：建议{who}（认识对方，且有余力）",
    "owner_a_none": "无A角，且认识对方的同事都已满负荷：先建立关系",
    "owner_b_proposed": "建议B角：{who}（{same_k}）",
    "owner_b_none": "没有不造成缺口的B角人选：请指定备份",
    "sponsor_current": "赞助人{who}（现任）",
    "sponsor_overbooked": "{who}时间已超额（剩余{spare:.0f}/{cap:.0f}小时）：需腾出时间或减少投入",
    "sponsor_none_level": "我方没有同级（{level_k}）且有空的高层：需升级处理",
    "sponsor_proposed": "建议赞助人{who}（得分{score:.2f}）：{parity}，{fit}，{history}，{spare}",
    "sp_equal": "地位对等", "sp_above": "高出对方{n}级", "sp_fit": "业务对口",
    "sp_general": "综合管理", "sp_no_fit": "业务不对口", "sp_history": "有历史交往（{s:.2f}）",
    "sp_no_history": "无历史交往", "sp_spare": "剩余{spare:.0f}/{cap:.0f}小时",
    "sp_spare_unknown": "时间未知",
    "why_action": "{action_k}：{now} → {desired}，成功率{chance:.0%}，价值{value:.3f}",
    "why_is_supporter": "是尚无制衡的竞争对手支持者",
    "why_counters": "制衡{who}（尚无制衡的竞争对手支持者）",
    "why_sways": "影响{who}（强度{strength:.2f}），该决策者敌对或接触不到",
    "why_spec": "编写{names}采用的招标技术规范",
    "why_member": "在决策链中（占其影响力的{share:.0%}）",
    "goal_serves": "{goal_k}：{how}",
    "goal_none_serves": "未设定市场目标：{how}",
    "deferred_value": "价值{value:.3f}：低于已选目标",
    "deferred_team_hours": "需要{hours}小时（价值{value:.3f}）；"
                           "团队的{budget:g}小时已用于价值更高的目标",
    "deferred_no_owner": "暂无人承接：没有责任人，也没有人脉路线",
    "deferred_owner_hours": "需要{hours}小时（价值{value:.3f}）；"
                            "{owner}剩余{spare:.0f}小时，已用于价值更高的目标",
    "sum_chosen_team": "候选{n}人，在总计{hours:g}小时内选定{k}人",
    "sum_chosen_owners": "候选{n}人，在各责任人剩余时间内选定{k}人",
    "sum_balance": "我方加权态度{now:+.2f}，计划达成后预计{exp:+.2f}",
    "sum_no_goal": "未设定市场目标：请为客户或项目填写 goal_type、goal_target 和 goal_by",
    "sum_spec_stage": "处于招标技术规范阶段：编写规范的人最关键",
    "resp_direct": "直接公关：{action_k}（责任人{owner}）",
    "resp_through": "通过{who}开展工作：{action_k}",
    "resp_counterweight": "制衡人选{who}已列为目标：{action_k}",
    "resp_join": "{parts}",
    "resp_beyond": "业务目标超出了当前客户关系基础",
    "resp_no_capacity": "最佳人选{who}超出本周期可投入时间",
    "resp_none": "无可用制衡力量：{why}",
}


_DOC_EN: dict[str, str] = {
    "doc_title": "Relationship plan: {account}, {opp}",
    "doc_all_deals": "all opportunities",
    "doc_summary": "Summary",
    "doc_assessment": "Relationship assessment (客户关系现状评估表)",
    "doc_taskbook": "Target task book (客户关系目标任务书)",
    "doc_prplan": "PR plan (客户关系公关计划)",
    "doc_cards": "Key-customer expansion cards (关键客户拓展卡片)",
    "doc_oversight_note": "oversight ({duty}): keep neutral",
    "tbl_targets": "Targets", "tbl_kpi": "KPI per owner",
    "tbl_resources": "Resources and budget: sponsors' time",
    "tbl_deferred": "Deferred targets", "tbl_left_alone": "Not worked on, and why",
    "tbl_responses": "Answers to competitor supporters",
    "fact_goal": "Market goal", "fact_by": "by", "fact_stage": "stage", "fact_value": "value",
    "fact_close": "closes", "fact_deal": "Opportunity", "fact_timeline": "Tender timeline",
    "fact_cycle": "Cycle",
    "fact_cycle_text": "planning year {year}: issued {start}, set done by {due}, "
                       "half-year revision {rev}, ends {end}",
    "fact_review": "Review", "fact_review_text": "weekly by each owner's direct supervisor "
                                                "(weekly meeting or weekly work plan)",
    "col_name": "Name", "col_title": "Title", "col_level": "Level", "col_roles": "Roles",
    "col_power": "Power", "col_stance": "Stance toward us", "col_trend": "Trend",
    "col_leaning": "Leans to competitor", "col_owner_a": "Owner A", "col_owner_b": "Owner B",
    "col_sponsor": "Sponsor", "col_channels": "Channels", "col_interests": "Interests",
    "col_notes": "Notes and gaps", "col_goal_served": "Goal served", "col_stance_now": "Now",
    "col_desired": "Desired", "col_action": "Action", "col_worth": "Worth",
    "col_owner_kpi": "Owner (KPI)", "col_deadline": "Deadline", "col_reason": "Reason",
    "col_owner": "Owner", "col_targets": "Targets", "col_hours": "Hours",
    "col_budget": "Spare hours", "col_supervisor": "Supervisor (weekly review)",
    "col_sponsor_hours": "New sponsor hours", "col_team": "Team budget",
    "col_why_deferred": "Why deferred", "col_why": "Why", "col_steps": "Steps",
    "col_occasions": "Occasions", "col_owners": "Owners A / B", "col_warm_path": "Warm path",
    "col_review": "Weekly review", "col_first_review": "First review",
    "col_revision": "Half-year revision", "col_competitor": "Competitor",
    "col_supporter": "Their supporter", "col_response": "Our answer",
    "no_path": "no warm path yet", "review_by": "weekly by {who}",
    "no_supervisor": "(no supervisor recorded)",
    "card_interest_personal": "Personal interests", "card_interest_org": "Organisational interests",
    "card_unknown_interest": "not known yet: find out", "card_why": "why",
    "card_kpi": "in the owner's personal KPI",
    "card_step1": "1. Identify the target", "card_step2": "2. Assign an executive sponsor",
    "card_step3": "3. Build the trust channel", "card_step4": "4. Plan the actions",
    "card_step5": "5. Match the resources", "card_step6": "6. Review regularly",
    "col_card_step": "Step", "col_card_item": "Item", "col_card_text": "Text",
    "card_principles": "Principles",
    "card_principles_text": "identify accurately · match resources · aim at the goal · "
                            "review regularly",
}

_DOC_ZH: dict[str, str] = {
    "doc_title": "客户关系规划：{account}，{opp}",
    "doc_all_deals": "全部项目",
    "doc_summary": "摘要",
    "doc_assessment": "客户关系现状评估表",
    "doc_taskbook": "客户关系目标任务书",
    "doc_prplan": "客户关系公关计划",
    "doc_cards": "关键客户拓展卡片",
    "doc_oversight_note": "监督职责（{duty}）：保持中立",
    "tbl_targets": "公关目标", "tbl_kpi": "责任人KPI", "tbl_resources": "资源与预算：赞助人时间",
    "tbl_deferred": "暂缓的目标", "tbl_left_alone": "不开展工作的人及原因",
    "tbl_responses": "对竞争对手支持者的应对",
    "fact_goal": "市场目标", "fact_by": "完成时间", "fact_stage": "阶段", "fact_value": "金额",
    "fact_close": "关闭日期", "fact_deal": "项目", "fact_timeline": "招标时间表",
    "fact_cycle": "规划周期",
    "fact_cycle_text": "{year}年度规划：{start}下发，{due}前完成，{rev}半年度调整，{end}结束",
    "fact_review": "监控",
    "fact_review_text": "由任务承接人的直接主管每周检查（周例会或周工作计划表）",
    "col_name": "姓名", "col_title": "职务", "col_level": "级别", "col_roles": "决策链角色",
    "col_power": "影响力", "col_stance": "对我方态度", "col_trend": "变化",
    "col_leaning": "倾向竞争对手", "col_owner_a": "A角", "col_owner_b": "B角",
    "col_sponsor": "赞助人", "col_channels": "信息渠道", "col_interests": "利益诉求",
    "col_notes": "备注与缺口", "col_goal_served": "服务的目标", "col_stance_now": "现状",
    "col_desired": "目标", "col_action": "行动", "col_worth": "价值",
    "col_owner_kpi": "责任人（KPI）", "col_deadline": "完成期限", "col_reason": "理由",
    "col_owner": "责任人", "col_targets": "公关目标", "col_hours": "小时",
    "col_budget": "剩余小时", "col_supervisor": "直接主管（每周检查）",
    "col_sponsor_hours": "新增赞助人小时", "col_team": "团队预算",
    "col_why_deferred": "暂缓原因", "col_why": "原因", "col_steps": "步骤",
    "col_occasions": "互动场景", "col_owners": "A角 / B角", "col_warm_path": "人脉路线",
    "col_review": "每周检查", "col_first_review": "首次检查", "col_revision": "半年度调整",
    "col_competitor": "竞争对手", "col_supporter": "其支持者", "col_response": "我方应对",
    "no_path": "尚无人脉路线", "review_by": "由{who}每周检查",
    "no_supervisor": "（未记录直接主管）",
    "card_interest_personal": "个人利益诉求", "card_interest_org": "组织利益诉求",
    "card_unknown_interest": "尚不清楚：需了解", "card_why": "原因",
    "card_kpi": "写入责任人个人KPI",
    "card_step1": "1. 准确识别目标客户", "card_step2": "2. 配置高层赞助人",
    "card_step3": "3. 建设赞助人与客户关键人的互信渠道", "card_step4": "4. 制订行动计划",
    "card_step5": "5. 匹配资源与责任人", "card_step6": "6. 定期回顾",
    "col_card_step": "步骤", "col_card_item": "项目", "col_card_text": "内容",
    "card_principles": "总体原则",
    "card_principles_text": "准确识别 · 资源匹配 · 目标导向 · 定期回顾",
}

#: Oversight duties (model.OVERSIGHT) in words.
_OVERSIGHT_EN = {"oversight_discipline": "discipline inspection", "oversight_audit": "audit",
                 "oversight_tender-office": "tender office during the tender",
                 "oversight_evaluation-expert": "evaluation expert under confidentiality"}
_OVERSIGHT_ZH = {"oversight_discipline": "纪委监督", "oversight_audit": "审计",
                 "oversight_tender-office": "招标期间的招标办",
                 "oversight_evaluation-expert": "保密中的评标专家"}

#: The English table: words, sentences and document headers.
EN: dict[str, str] = {**_WORDS_EN, **_SENTENCES_EN, **_DOC_EN, **_OVERSIGHT_EN}
#: The Chinese table, with the same keys.
ZH: dict[str, str] = {**_WORDS_ZH, **_SENTENCES_ZH, **_DOC_ZH, **_OVERSIGHT_ZH}
_TABLES = {"en": EN, "zh": ZH}


def word(lang: str, key: str) -> str:
    """One word in a language (the key itself when the table lacks it)."""
    return _TABLES.get(lang, EN).get(key, key)


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
