"""What was planted in the demo account (kamgraph/data/demo.yaml), for tests to assert.

Plain constants only: no kamgraph imports, no fixtures. Tests load the demo (the
``demo_data`` / ``demo_store`` fixtures of conftest.py), run an analyzer and check
that it finds these facts, e.g.::

    from demo_expectations import NO_OWNER_A, OPPORTUNITY
    gaps = coverage_gaps(graph_from_data(demo_data, OPPORTUNITY))
    assert {g.person for g in gaps if g.kind == "no-owner-a"} == NO_OWNER_A

The story: 粤联通信广东省公司 (Yuelian Telecom Guangdong, fictional) is tendering the
third phase of its 5G core. The bid-evaluation committee is chaired by 刘芳 Liu Fang, who
listens to the CTO and the CFO; they listen to the CEO 王强 Wang Qiang, who is swayed by
the chairman, his wife and an old university classmate. The CEO himself backs the
competitor 华信 Huaxin, so our counterweight has to come from the board (seed 001).

Coverage gaps: with the analyzers as written (coverage: ``FAR_BELOW = 2``,
``max_owned = 6``, default key set) the gaps below are *exactly* what
``coverage_gaps`` reports, with and without ``opportunity="opp-5gc"``: every other key
person has owners A and B (distinct, active, at most one level below the person, each
with a KNOWS tie), two independent information channels, and a sponsor when they
decide or approve. The hidden influencers outside the org chart (spouse, classmate,
consultant, regulator, one independent director) deliberately have no owner; today their
key-person score is below the coverage key threshold (1.0), so they are not in the
coverage report, only in the hidden chain as "not covered".
"""

from __future__ import annotations

__all__ = [
    "DEMO_FILE", "ACCOUNT", "ACCOUNT_TIER", "REVIEW_DATE", "OPPORTUNITY", "SECOND_OPPORTUNITY",
    "COMPETITORS", "N_PEOPLE", "N_STAFF", "N_DEPARTMENTS", "N_INTERACTIONS",
    "CEO", "CTO", "CFO", "CHAIRMAN", "CHAIR_OF_COMMITTEE", "SPOUSE_OF_CEO", "CLASSMATE_OF_CEO",
    "REGULATOR", "CONSULTANT", "BOARD", "OUTSIDE_ORG_CHART", "ROLES_5GC", "DECIDERS",
    "APPROVERS", "BUYER", "GATEKEEPERS", "COACH", "INITIATOR", "DECISION_CHAIN_5GC",
    "HIDDEN_INFLUENCERS_OF_CEO", "CHAIR_LISTENS_TO", "UNCOVERED_HIDDEN_INFLUENCERS",
    "COVERED_OUTSIDE_INFLUENCERS", "KEY_PERSONS_TOP", "COMPETITOR_TOP_SUPPORTER",
    "COMPETITOR_SUPPORTERS", "UNCOUNTERED_SUPPORTERS", "COUNTERED_SUPPORTERS",
    "COUNTERWEIGHT_FOR_CEO", "BALANCE_LEADER_5GC", "EVALUATION_COMMITTEE", "PARTY_COMMITTEE",
    "OVERSIGHT", "OVERLOADED_ROWS", "BEST_CONVERSION_5GC",
    "NO_OWNER_A", "NO_OWNER_B", "SAME_A_B", "OWNER_LEFT", "LEFT_STAFF", "OVERLOADED_STAFF",
    "OVERLOADED_OWNED", "MAX_OTHER_LOAD", "OWNER_FAR_BELOW", "OWNER_NOT_KNOWING",
    "FEW_CHANNELS", "NO_SPONSOR", "PLANTED_GAPS", "SPONSORS", "CURRENT_STANCES_US",
    "CURRENT_STANCES_COMPETITORS", "TRENDS", "FIELD_SCALE_STANCES", "HOSTILE_TO_US",
    "WARM_PATH_AROUND_HOSTILE", "LONG_PATH_TARGET", "LONG_PATH", "ONLY_VIA_HOSTILE",
    "JOB_CHANGES", "NEW_KEY_POST_HOLDER", "PEOPLE_WITH_PRIVATE", "PRIVATE_MARKERS",
]

DEMO_FILE = "kamgraph/data/demo.yaml"  # relative to the repository root
ACCOUNT = "gd-telecom"
ACCOUNT_TIER = "S"
REVIEW_DATE = "2026-11-23"  # no stance or interaction is dated after this
OPPORTUNITY = "opp-5gc"  # 5G核心网扩容（三期）5G Core Expansion Phase III, 380M, closes 2027-03-31
SECOND_OPPORTUNITY = "opp-ops"  # smaller O&M platform deal (Dingtong only); no planted gaps
COMPETITORS = {"c-hx": "华信 Huaxin", "c-dt": "鼎通 Dingtong"}

# Sizes (people includes the 8 outsiders: 3 board, spouse, classmate, regulator,
# consultant, and a retired former GM Procurement).
N_PEOPLE = 60
N_STAFF = 14  # one of them has left (LEFT_STAFF)
N_DEPARTMENTS = 10  # nested: d-core under d-tech; d-br-sz, d-br-fs under d-branches
N_INTERACTIONS = 52

# ---- who is who -------------------------------------------------------------------
CEO = "p-wang-qiang"  # 王强 总经理, decider, stance -2 toward us, +3 toward Huaxin
CTO = "p-zhang-wei"  # 张伟 副总经理兼CTO, decider
CFO = "p-chen-jing"  # 陈静 总会计师, approver
CHAIRMAN = "p-zhao-guodong"  # 赵国栋 董事长 (board), approver
CHAIR_OF_COMMITTEE = "p-liu-fang"  # 刘芳 网络部总经理, chairs the bid-evaluation committee
SPOUSE_OF_CEO = "p-li-mei"  # 李梅, affiliation family
CLASSMATE_OF_CEO = "p-zhou-jianguo"  # 周建国, BUPT 1992 classmate, affiliation friend
REGULATOR = "p-gao-feng"  # 高峰, provincial communications administration
CONSULTANT = "p-ma-lin"  # 马林, drafts the tender spec, leans to Dingtong
BOARD = {"p-zhao-guodong", "p-qian-hong", "p-lin-zhiyuan"}
# affiliation != internal (projection attribute ``outside`` is True)
# The chairman holds the chart's top post (董事长): on the chart, not outside (issue 12).
OUTSIDE_ORG_CHART = (BOARD - {"p-zhao-guodong"}) | {SPOUSE_OF_CEO, CLASSMATE_OF_CEO, REGULATOR,
                                                    CONSULTANT, "p-fan-hua"}

# Roles in opp-5gc. The same people carry the same roles as standing roles, so the
# unscoped analyses see the same decision chain.
ROLES_5GC: dict[str, set[str]] = {
    "p-yang-bo": {"initiator"},
    "p-luo-bin": {"user"},
    "p-peng-hao": {"user"},
    "p-xu-gang": {"user"},
    "p-deng-hui": {"influencer"},
    "p-wu-jun": {"influencer", "coach"},
    "p-zheng-kai": {"influencer"},
    "p-han-xue": {"influencer"},
    "p-wang-qiang": {"decider"},
    "p-zhang-wei": {"decider"},
    "p-liu-fang": {"decider"},
    "p-chen-jing": {"approver"},
    "p-zhao-guodong": {"approver"},
    "p-he-wen": {"approver"},
    "p-guo-ping": {"buyer"},
    "p-xu-li": {"gatekeeper"},
    "p-tian-jing": {"gatekeeper"},
}
DECIDERS = {"p-wang-qiang", "p-zhang-wei", "p-liu-fang"}
# Decision bodies (issue 12): the 5GC bid-evaluation committee (majority, chaired by Liu
# Fang) and the Party committee (majority, chaired by the chairman).
EVALUATION_COMMITTEE = {"p-liu-fang", "p-deng-hui", "p-yang-bo", "p-han-xue", "p-guo-ping"}
PARTY_COMMITTEE = {"p-zhao-guodong", "p-wang-qiang", "p-zhang-wei", "p-chen-jing", "p-he-wen"}
#: Oversight (keep procedurally neutral): the discipline secretary's post.
OVERSIGHT = {"p-he-wen": "discipline"}
APPROVERS = {"p-chen-jing", "p-zhao-guodong", "p-he-wen"}
BUYER = "p-guo-ping"
GATEKEEPERS = {"p-xu-li", "p-tian-jing"}  # the CEO's secretary and the procurement clerk
COACH = "p-wu-jun"
INITIATOR = "p-yang-bo"
DECISION_CHAIN_5GC = set(ROLES_5GC)  # 17 people

# ---- hidden decision chain ----------------------------------------------------------
# Direct hidden INFLUENCES links into the CEO: person -> (strength, basis).
HIDDEN_INFLUENCERS_OF_CEO: dict[str, tuple[float, str]] = {
    "p-li-mei": (0.8, "family"),
    "p-zhao-guodong": (0.7, "board"),
    # multiplex: alumni 0.6 and advisor 0.4 combine by noisy-or, 1 - 0.4 * 0.6
    "p-zhou-jianguo": (0.76, "alumni"),
    "p-qian-hong": (0.4, "board"),
}
# The committee chair listens to (direct INFLUENCES into CHAIR_OF_COMMITTEE, strength):
CHAIR_LISTENS_TO: dict[str, float] = {
    "p-zhang-wei": 0.8, "p-chen-jing": 0.6, "p-yang-bo": 0.6, "p-deng-hui": 0.5,
    "p-ma-lin": 0.5,  # hidden: the consultant
    "p-han-xue": 0.4, "p-he-wen": 0.3, "p-guo-ping": 0.3,
}
# Hidden-chain influencers outside the org chart that no active staff of ours owns.
# The hidden chain of the CEO shows the first two; of the chair also the consultant;
# of the CTO also the regulator (formal link); of the CFO also the independent director.
UNCOVERED_HIDDEN_INFLUENCERS = {"p-li-mei", "p-zhou-jianguo", "p-ma-lin", "p-gao-feng",
                                "p-lin-zhiyuan"}
# Outside influencers we do cover (own): the group-appointed director (the chairman holds
# the top post of the chart, so he is no longer outside it).
COVERED_OUTSIDE_INFLUENCERS = {"p-qian-hong"}

# Key persons for opp-5gc: the chairman and the CEO lead (in this order today), then the CTO.
KEY_PERSONS_TOP = ["p-wang-qiang", "p-chen-jing", "p-liu-fang"]

# ---- competitors --------------------------------------------------------------------
# The CEO supports Huaxin at the top: +3 (seven scale, 2026-10-15) after a field-scale
# -10 naming Huaxin (2026-03-02, stored as +2 toward c-hx).
COMPETITOR_TOP_SUPPORTER = ("p-wang-qiang", "c-hx")
# Current supporters (stance >= +2) of each competitor, at different levels.
COMPETITOR_SUPPORTERS: dict[str, set[str]] = {
    "c-hx": {"p-wang-qiang",  # c-level, +3
             "p-luo-bin",  # vp (GM IT & Operations), +2
             "p-zheng-kai"},  # staff-level senior engineer, +2
    "c-dt": {"p-deng-hui",  # director (Deputy GM Network), +2
             "p-ma-lin",  # consultant, field -10 -> +2
             "p-lu-wei"},  # manager (Shenzhen network), +2
}
# Uncountered: nobody of ours at their level who can press on them. The CEO's only
# counterweight is on the board; Luo Bin's is the CTO (leaning for us, not yet +2).
# Luo Bin (VP) is only partly countered: Yang Bo presses on the committee chair he sways,
# but is a director, one level below him (issue 12).
UNCOUNTERED_SUPPORTERS = {("p-wang-qiang", "c-hx"), ("p-luo-bin", "c-hx")}
# Countered supporters and one of ours who counters each (stance toward us >= +2).
COUNTERED_SUPPORTERS: dict[tuple[str, str], str] = {
    ("p-zheng-kai", "c-hx"): "p-wu-jun",  # his own superior, +3 (also Yang Bo)
    ("p-deng-hui", "c-dt"): "p-yang-bo",  # same level, sways the committee chair harder
    ("p-ma-lin", "c-dt"): "p-yang-bo",
    ("p-lu-wei", "c-dt"): "p-xu-gang",  # his branch GM, +2 (field +3)
}
# Best candidate to counter the CEO: the chairman (board level, stance +1, sways the CEO
# at 0.7, reachable: our president plays golf with him). Strong enough, so the goal is
# NOT beyond the relationship base.
COUNTERWEIGHT_FOR_CEO = "p-zhao-guodong"

# Support balance of opp-5gc leans to Huaxin; converting the CEO moves it most.
BALANCE_LEADER_5GC = "c-hx"
BEST_CONVERSION_5GC = "p-wang-qiang"

# ---- A/B coverage gaps (planted) ------------------------------------------------------
NO_OWNER_A = {"p-guo-ping"}  # new GM Procurement (buyer): only owner B s-he-yun
NO_OWNER_B = {"p-liu-fang"}  # committee chair (decider): only owner A s-chen-ming
SAME_A_B = {"p-yang-bo": "s-huang-zhi"}  # initiator: Huang Zhi is both A and B
OWNER_LEFT = {"p-deng-hui": "s-zhao-lei"}  # owner A left us in 2026-06 (active: false)
LEFT_STAFF = "s-zhao-lei"
# Chen Ming (account director, 400 h) owns 8 people; every other staff member owns <= 4.
OVERLOADED_STAFF = {"s-chen-ming"}
OVERLOADED_OWNED = {"p-liu-fang", "p-luo-bin", "p-xu-gang", "p-han-xue", "p-xu-li",
                    "p-zhu-hong", "p-ren-jie", "p-sun-tao"}
MAX_OTHER_LOAD = 4  # so any limit from 4 to 7 flags Chen Ming alone
# (person, staff): the chairman (board) has a manager-level owner A, 4 levels below.
# Every other owner is at most one level below the person.
OWNER_FAR_BELOW = {("p-zhao-guodong", "s-li-na")}
# (person, staff): nobody of ours actually knows the CFO; both owners lack a KNOWS tie.
OWNER_NOT_KNOWING = {("p-chen-jing", "s-wang-lei"), ("p-chen-jing", "s-qiu-yan")}
# (person, owner A): owner A's last logged contact is older than a quarter (decision
# makers) or half a year (the rest) before the demo's latest logged contact, 2026-11-12. The CEO's
# owner A, Wang Lei, is not here: he met him on 2026-10-15. The chairman's owner
# A, Li Na, is far below him: that gap stands for this one.
OWNER_OUT_OF_TOUCH = {("p-zhang-wei", "s-fang-jun"), ("p-huang-lei", "s-wang-lei"),
                      ("p-xu-gang", "s-zhang-min"), ("p-han-xue", "s-liu-yang"),
                      ("p-zhu-hong", "s-chen-ming"), ("p-zheng-kai", "s-liu-yang")}
# The CTO's two INFORMS channels both go via p-han-xue: one independent channel.
FEW_CHANNELS = {"p-zhang-wei"}
# Approver without a sponsor: the discipline-inspection secretary, but his post is an
# oversight post (issue 12): kept procedurally neutral, so no sponsor is proposed.
NO_SPONSOR: set[str] = set()

# Every planted gap as (kind, person, staff or None); kinds as in
# kamgraph.analyzers.coverage.GAP_KINDS. This is the full coverage report of the demo.
# One row per overloaded owner (issue 12): the limit is the owner's hours per 60 hours a
# key person takes per cycle. Chen Ming (400 h, limit 6) holds 8; our executives, whose
# time is scarcest, hold more than their hours allow.
OVERLOADED_ROWS: dict[str, set[str]] = {
    "s-chen-ming": OVERLOADED_OWNED,
    "s-lin-haitao": {"p-huang-lei", "p-qian-hong", "p-wang-qiang", "p-zhao-guodong"},
    "s-qiu-yan": {"p-chen-jing", "p-he-wen"},
    "s-wang-lei": {"p-chen-jing", "p-he-wen", "p-huang-lei", "p-wang-qiang"},
    "s-xu-feng": {"p-qian-hong", "p-zhang-wei"},
}
# Each row names the most powerful key person the owner holds.
OVERLOADED_FIRST = {"s-chen-ming": "p-liu-fang", "s-lin-haitao": "p-wang-qiang",
                    "s-qiu-yan": "p-chen-jing", "s-wang-lei": "p-wang-qiang",
                    "s-xu-feng": "p-zhang-wei"}
PLANTED_GAPS: set[tuple[str, str, str | None]] = (
    {("no-owner-a", p, None) for p in NO_OWNER_A}
    | {("no-owner-b", p, None) for p in NO_OWNER_B}
    | {("same-a-b", p, s) for p, s in SAME_A_B.items()}
    | {("owner-left", p, s) for p, s in OWNER_LEFT.items()}
    | {("owner-overloaded", OVERLOADED_FIRST[s], s) for s in OVERLOADED_ROWS}
    | {("owner-far-below", p, s) for p, s in OWNER_FAR_BELOW}
    | {("owner-not-knowing", p, s) for p, s in OWNER_NOT_KNOWING}
    | {("owner-out-of-touch", p, s) for p, s in OWNER_OUT_OF_TOUCH}
    | {("few-channels", p, None) for p in FEW_CHANNELS}
    | {("no-sponsor", p, None) for p in NO_SPONSOR}
)

# Sponsors (our executive -> customer person).
SPONSORS = {
    ("s-lin-haitao", "p-wang-qiang"), ("s-lin-haitao", "p-zhao-guodong"),
    ("s-xu-feng", "p-zhang-wei"), ("s-xu-feng", "p-liu-fang"),
    ("s-qiu-yan", "p-chen-jing"), ("s-wang-lei", "p-guo-ping"),
}

# ---- stances --------------------------------------------------------------------------
# Current stance toward us (7-point scale) of the decision chain and some others.
CURRENT_STANCES_US: dict[str, int] = {
    "p-wang-qiang": -2, "p-zhang-wei": 1, "p-chen-jing": 0, "p-zhao-guodong": 1,
    "p-liu-fang": 0, "p-he-wen": 0, "p-guo-ping": 0, "p-yang-bo": 2, "p-wu-jun": 3,
    "p-han-xue": 2, "p-deng-hui": -1, "p-zheng-kai": -1, "p-luo-bin": -2, "p-peng-hao": 1,
    "p-xu-gang": 2, "p-xu-li": 1, "p-tian-jing": 0, "p-lin-zhiyuan": -1, "p-ma-lin": -1,
    "p-ren-jie": 0, "p-fan-hua": 2,
}
CURRENT_STANCES_COMPETITORS: dict[tuple[str, str], int] = {
    ("p-wang-qiang", "c-hx"): 3, ("p-luo-bin", "c-hx"): 2, ("p-zheng-kai", "c-hx"): 2,
    ("p-guo-ping", "c-hx"): 1, ("p-li-mei", "c-hx"): 1, ("p-liu-fang", "c-dt"): 1,
    ("p-deng-hui", "c-dt"): 2, ("p-ma-lin", "c-dt"): 2, ("p-lu-wei", "c-dt"): 2,
}
# (person, toward) -> latest minus previous value (projection attribute ``trend``).
TRENDS: dict[tuple[str, str], int] = {
    ("p-wang-qiang", "us"): -1,  # 0 -> -1 -> -2: falling
    ("p-wang-qiang", "c-hx"): 1,  # +2 (field -10) -> +3
    ("p-yang-bo", "us"): 1,  # 0 -> +1 -> +2: rising
    ("p-wu-jun", "us"): 1,  # +2 -> +3
    ("p-zhao-guodong", "us"): 1,  # 0 -> +1
    ("p-zhang-wei", "us"): 1,  # 0 -> +1
    ("p-chen-jing", "us"): 1,  # field -2 (= -1) -> 0
    ("p-liu-fang", "us"): -1,  # +1 -> 0
    ("p-luo-bin", "us"): -1,  # -1 -> -2
    ("p-ren-jie", "us"): 1,  # -1 -> 0
}
# Field-scale assessments: (person, stored toward) -> (raw, mapped 7-point value).
FIELD_SCALE_STANCES: dict[tuple[str, str], tuple[int, int]] = {
    ("p-wang-qiang", "c-hx"): (-10, 2),  # written toward: us, competitor: c-hx
    ("p-ma-lin", "c-dt"): (-10, 2),  # written toward: c-dt
    ("p-chen-jing", "us"): (-2, -1),
    ("p-han-xue", "us"): (3, 2),
    ("p-peng-hao", "us"): (2, 1),
    ("p-xu-gang", "us"): (3, 2),
}
HOSTILE_TO_US = {"p-wang-qiang", "p-luo-bin"}  # current stance <= -2

# ---- warm paths (KNOWS + org-chart colleague ties + personal INFLUENCES) ---------------
# The CFO: the strongest chain runs through Luo Bin (hostile): s-zhou-hao -> p-luo-bin
# -> p-chen-jing (0.64). Avoiding opponents it runs through finance instead (0.432).
WARM_PATH_AROUND_HOSTILE = {
    "target": "p-chen-jing",
    "hostile": "p-luo-bin",
    "through_hostile": ["s-zhou-hao", "p-luo-bin", "p-chen-jing"],
    "expected": ["s-li-na", "p-he-jia", "p-song-yu", "p-chen-jing"],
}
# The regulator: no staff knows him or anyone who knows him; the best chain needs two
# intermediaries (Liu Yang's classmate Han Xue, then her engineer Lu Yan), 0.294.
LONG_PATH_TARGET = "p-gao-feng"
LONG_PATH = ["s-liu-yang", "p-han-xue", "p-lu-yan", "p-gao-feng"]
# The classmate is 1 hop behind the (hostile) CEO; around him: s-liu-yang -> p-han-xue
# -> p-ma-lin -> p-zhou-jianguo (0.294).
# The CEO's wife is reachable only through the CEO himself: no warm path avoids him.
ONLY_VIA_HOSTILE = {"p-li-mei"}

# ---- job history / change watch -------------------------------------------------------
# person -> [(post, since, until)], earlier posts; the current post is on the person.
JOB_CHANGES: dict[str, list[tuple[str, str, str]]] = {
    "p-zhang-wei": [("post-gm-network", "2016-01-01", "2023-02-28")],  # now post-cto
    "p-liu-fang": [("post-head-core", "2018-03-01", "2023-02-28")],  # now post-gm-network
    "p-huang-lei": [("post-gm-sz", "2019-04-01", "2024-06-30")],  # now post-dgm-mkt
    "p-guo-ping": [("post-mgr-tender", "2017-05-01", "2020-12-31"),
                   ("post-dgm-proc", "2021-01-01", "2026-07-31")],  # now post-gm-proc
}
# A key post with a new holder in this review cycle: GM Procurement passed on 2026-08-01
# from the retired Fan Hua (+2 toward us) to Guo Ping (0 toward us, +1 toward Huaxin).
NEW_KEY_POST_HOLDER = {"post": "post-gm-proc", "new": "p-guo-ping", "since": "2026-08-01",
                       "previous": "p-fan-hua", "previous_until": "2026-07-31"}

# ---- private fields -------------------------------------------------------------------
PEOPLE_WITH_PRIVATE = {
    "p-fan-hua", "p-guo-ping", "p-han-xue", "p-li-mei", "p-liu-fang", "p-luo-bin", "p-ma-lin",
    "p-wang-qiang", "p-wu-jun", "p-xu-li", "p-yang-bo", "p-zhang-wei", "p-zhao-guodong",
    "p-zhou-jianguo",
}
# Strings that occur only in private fields: output without --include-private must not
# contain any of them; with it, they appear.
PRIVATE_MARKERS = ("Manchester", "珠江新城", "Sunday afternoons", "Pu'er")

# ---- planning (issue 13): market goal, tender timeline, oversight ----------------------
__all__ += ["DEAL_CLOSE", "TENDER_TIMELINE", "OVERSIGHT", "PLAN_WORKS_THROUGH",
            "PLAN_SPEC_WRITER", "PLAN_OVERBOOKED_SPONSOR", "PLAN_BIRTHDAY"]
DEAL_CLOSE = "2027-03-31"  # opp-5gc close_date: no deadline falls after it
TENDER_TIMELINE = {"spec": "2027-01-15", "publish": "2027-02-01", "submit": "2027-02-26",
                   "evaluation": "2027-03-10", "award": "2027-03-24"}
# Kept procedurally neutral: the discipline secretary and the tender clerk (tender office).
OVERSIGHT = {"p-he-wen", "p-tian-jing"}
# The CEO is hostile (-2, Huaxin +3): the plan works through the people who sway him,
# the chairman and his BUPT classmate at the design institute, not on him directly.
PLAN_WORKS_THROUGH = {"p-wang-qiang": {"p-zhao-guodong", "p-zhou-jianguo"}}
# The consultant drafting the 5GC spec for Dingtong: a target due by the spec freeze.
PLAN_SPEC_WRITER = ("p-ma-lin", "2027-01-15")
# Our president sponsors the CEO and the chairman but has -60 of 60 h spare.
PLAN_OVERBOOKED_SPONSOR = ("s-lin-haitao", "-60 of 60 h spare")
# Birthday of the CTO (private): in the card only with --include-private.
PLAN_BIRTHDAY = ("p-zhang-wei", "2027-02-24")
#: Gaps the demo plan's owner fill-ins close (kind, person, staff): 郭平's backup 何云 steps
#: up to owner A, 杨波's doubled A/B and 邓辉's departed owner are handed over, and the
#: 5GC committee chair 刘芳 gets a backup whose function faces the network department
PLAN_CLOSES = {("no-owner-a", "p-guo-ping", None), ("same-a-b", "p-yang-bo", "s-huang-zhi"),
               ("owner-left", "p-deng-hui", "s-zhao-lei"), ("no-owner-b", "p-liu-fang", None)}
