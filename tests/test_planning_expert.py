"""Expert scenarios: what a KAM sales director expects the plan to do (issue 13).

Each scenario is a small account with the expectation written next to it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx
import pytest
from plan_gap_checks import assert_plan_opens_no_gap

from kamgraph.analyzers import coverage_gaps
from kamgraph.examples import D0, Account, account, knows, out_of_touch_owner
from kamgraph.planning import match_sponsors, plan, planning_set, render_planning_set
from kamgraph.planning.targets import charged_to, with_assignments
from kamgraph.projection import graph_from_data

pytestmark = pytest.mark.engine_free

START = dt.date(2026, 12, 1)


def _g(opportunity: dict[str, Any] | None = None, **kinds: Any) -> nx.MultiDiGraph:
    d = account(**kinds)
    if opportunity is not None:
        d["opportunity"].append({"id": "opp", "name": "Core", **opportunity})
        roles = [(p["id"], r) for p in d["person"] for r in p.get("roles") or ()]
        d["role"].extend({"opportunity": "opp", "person": p, "role": r} for p, r in roles)
    return graph_from_data(d, opportunity="opp" if opportunity is not None else None)


def _hostile_ceo() -> nx.MultiDiGraph:
    """The CEO (decider) backs Huaxin and is hostile to us; nobody of ours knows him. His
    BUPT classmate at the design institute leans our way, and our solution director
    knows the classmate. A director softens the CEO through the classmate."""
    d = account(
        person=[{"id": "ceo", "level": "c-level", "roles": ["decider"], "stance": -2},
                {"id": "classmate", "affiliation": "friend", "stance": 1,
                 "interest_org": "his institute's architecture adopted"},
                {"id": "eng", "level": "manager", "roles": ["influencer"], "stance": 0}],
        staff=[{"id": "sd", "level": "director", "function": "solution", "capacity_hours": 300},
               {"id": "am", "level": "manager", "function": "sales", "capacity_hours": 300}],
        knows=[knows("sd", "classmate", 0.7, "alumni"), knows("am", "eng", 0.6)],
        influence=[{"source": "classmate", "target": "ceo", "strength": 0.6, "basis": "alumni",
                    "visibility": "hidden"}],
        competitor=[{"id": "hx", "name": "Huaxin"}],
    )
    d["stance"].append({"person": "ceo", "toward": "hx", "value": 3, "on": D0})
    return graph_from_data(d)


def test_hostile_ceo_is_worked_through_his_classmate() -> None:
    G = _hostile_ceo()
    P = plan(G, cycle_start=START)
    by = {t.person: t for t in P.targets}
    # no hours on direct contact with the hostile CEO; the classmate carries the work
    assert "ceo" not in by and "ceo" not in {t.person for t in P.deferred}
    assert by["classmate"].sways == ("ceo",) and by["classmate"].value > 0
    # sd, who knows him, carries the work; no A/B roles for a man outside the coverage
    # check: an owner would make him a key person with no backup and no information
    # channel, two gaps the plan cannot staff (the note says so)
    assert charged_to(by["classmate"]) == "sd" and by["classmate"].owner_a is None
    assert by["classmate"].sponsor is None
    [note] = by["classmate"].owner_notes
    assert note.text("en").startswith("not a key person of the coverage check")
    assert note.text("en").endswith("sd carries the work along the warm path")
    assert_plan_opens_no_gap(G, P)
    why = dict(P.left_alone)["ceo"].text("en")
    assert why.startswith("hostile decider: worked through classmate")
    # the answer to the CEO backing Huaxin names the classmate
    [r] = [r for r in P.responses if r.supporter == "ceo"]
    assert r.by == "classmate" and "worked through classmate" in r.response.text("en")
    # the card uses his interest
    assert any("architecture adopted" in s.text("en") for s in by["classmate"].first_steps)


def test_tender_close_before_cycle_end_sets_every_deadline() -> None:
    """The bid closes 2027-03-31, the planning year ends 2027-12-31. Who shapes the spec
    must be won before the spec freezes, deciders before evaluation, approvers by award;
    nothing after the close."""
    opp = {"stage": "tender specification", "close_date": dt.date(2027, 3, 31),
           "spec_date": dt.date(2027, 1, 15), "evaluation_date": dt.date(2027, 3, 10),
           "award_date": dt.date(2027, 3, 24)}
    G = _g(opp,
           person=[{"id": "inf", "level": "manager", "roles": ["influencer"], "stance": 0},
                   {"id": "dec", "level": "vp", "roles": ["decider"], "stance": 1},
                   {"id": "apr", "level": "c-level", "roles": ["approver"], "stance": 0}],
           staff=[{"id": "am", "level": "vp", "function": "sales", "capacity_hours": 400}],
           knows=[knows("am", "inf", 0.8), knows("am", "dec", 0.8), knows("am", "apr", 0.8)])
    P = plan(G, cycle_start=START)
    assert_plan_opens_no_gap(G, P)
    assert P.cycle.end == dt.date(2027, 12, 31) and P.cycle.revision == dt.date(2027, 6, 30)
    assert P.cycle.set_due == dt.date(2027, 3, 31)
    got = {t.person: (t.deadline, t.milestone) for t in P.targets}
    assert got == {"inf": (dt.date(2027, 1, 15), "spec"),
                   "dec": (dt.date(2027, 3, 10), "evaluation"),
                   "apr": (dt.date(2027, 3, 24), "award")}
    assert all(t.deadline <= dt.date(2027, 3, 31) for t in P.targets + P.deferred)
    # late in the tender the spec is past: the influencer's deadline moves to the next step
    late = plan(G, cycle_start=dt.date(2027, 1, 20))
    assert {t.person: t.milestone for t in late.targets}["inf"] == "evaluation"


def test_oversight_person_is_never_targeted_nor_sponsored() -> None:
    """The discipline secretary supervises the bid: map him, never work on him."""
    G = _g({"close_date": dt.date(2027, 3, 31)},
           person=[{"id": "sec", "level": "c-level", "roles": ["approver"], "stance": 0,
                    "oversight": "discipline"},
                   {"id": "cto", "level": "c-level", "roles": ["decider"], "stance": 0}],
           staff=[{"id": "cfo_us", "level": "c-level", "function": "executive",
                   "capacity_hours": 100},
                  {"id": "am", "level": "vp", "function": "sales", "capacity_hours": 400}],
           knows=[knows("cfo_us", "sec", 0.6), knows("am", "sec", 0.5), knows("am", "cto", 0.7),
                  knows("cfo_us", "cto", 0.5)])
    P = plan(G, cycle_start=START)
    assert_plan_opens_no_gap(G, P)
    assert "sec" not in {t.person for t in P.targets + P.deferred}
    assert dict(P.left_alone)["sec"].key == "left_oversight"
    assert all(t.sponsor != "sec" for t in P.targets)
    assert match_sponsors(G, "sec")[0].candidates == ()
    assert "sec" not in {m.person for m in match_sponsors(G)}
    md = render_planning_set(planning_set(G, P), "md")
    assert "oversight duty (discipline inspection)" in md
    # nor does the plan hand him an owner or sponsor
    H = with_assignments(G, P)
    assert not [e for e in H.in_edges("sec", data=True) if e[2].get("type") == "SPONSORS"]


def test_overbooked_executive_is_proposed_only_with_the_overbooking_stated() -> None:
    """Our president has history with their CEO but no hours left; our CTO is of equal
    level and free. The CTO is proposed; with only the president, he is proposed with his
    overbooking in the plan's words."""
    people = [{"id": "ceo", "level": "c-level", "roles": ["decider"], "stance": 0,
               "department": "exec"}]
    staff = [{"id": "pres", "level": "c-level", "function": "executive", "capacity_hours": 40},
             {"id": "cto_us", "level": "c-level", "function": "executive",
              "capacity_hours": 100},
             {"id": "dir", "level": "director", "function": "executive", "capacity_hours": 400},
             {"id": "am", "level": "vp", "function": "sales", "capacity_hours": 400}]
    others = [{"id": f"x{i}", "level": "director"} for i in range(3)]
    owns = [{"staff": "pres", "person": f"x{i}", "role": "A"} for i in range(3)]
    kn = [knows("am", "ceo", 0.6), knows("pres", "ceo", 0.9, "club")]
    dept = [{"id": "exec", "name": "Executive Office"}]
    G = _g(person=people + others, staff=staff, owns=owns, knows=kn, department=dept)
    P = plan(G, cycle_start=START)
    t = {x.person: x for x in P.targets}["ceo"]
    assert t.sponsor == "cto_us"  # the director is below their level, the president full
    assert_plan_opens_no_gap(G, P)
    G2 = _g(person=people + others, staff=[s for s in staff if s["id"] != "cto_us"],
            owns=owns, knows=kn, department=dept)
    P2 = plan(G2, cycle_start=START)
    t2 = {x.person: x for x in P2.targets}["ceo"]
    assert t2.sponsor == "pres"
    assert_plan_opens_no_gap(G2, P2)
    notes = [n.text("en") for n in t2.sponsor_notes]
    assert any(n.startswith("pres is overbooked (-80 of 40 h spare)") for n in notes)
    assert "超额" in " ".join(n.text("zh") for n in t2.sponsor_notes)


def _cfo() -> nx.MultiDiGraph:
    """Their CFO can be reached by our CFO directly (0.40), or more strongly (0.73) by our
    account manager through the budget manager and the finance GM, each introducing their
    own boss. A director goes peer to peer."""
    return _g(person=[{"id": "cfo", "level": "c-level", "roles": ["approver"], "stance": 0},
                      {"id": "gm", "level": "vp", "stance": 1, "reports_to": "cfo"},
                      {"id": "bm", "level": "manager", "stance": 2}],
              reports_to=[{"person": "gm", "manager": "cfo"}, {"person": "bm", "manager": "gm"}],
              staff=[{"id": "cfo_us", "level": "c-level", "function": "finance",
                      "capacity_hours": 200},
                     {"id": "am", "level": "manager", "function": "sales",
                      "capacity_hours": 400}],
              knows=[knows("cfo_us", "cfo", 0.4, "business"), knows("am", "bm", 0.9),
                     knows("bm", "gm", 0.9, "colleague"), knows("gm", "cfo", 0.9, "colleague")])


def test_cfo_is_reached_peer_to_peer_not_through_her_juniors() -> None:
    G = _cfo()
    t = {x.person: x for x in plan(G, cycle_start=START).targets}["cfo"]
    assert t.path is not None and t.path.nodes == ("cfo_us", "cfo")
    note = t.path_note.text("en") if t.path_note else ""
    assert note.startswith("peer to peer: cfo_us → cfo (0.40); preferred over a stronger "
                           "chain (0.73) that asks")
    assert "to introduce their own superior" in note
    assert t.first_steps[0].text("en").startswith("cfo_us contacts cfo directly")


def test_counterweights_are_realistic_and_worthless_moves_are_never_chosen() -> None:
    """The CEO backs Huaxin; his own deputy is no counterweight against him. The clerk's
    support is worth nothing to the decision: never chosen, said why."""
    d = account(
        person=[{"id": "ceo", "level": "c-level", "roles": ["decider"], "stance": 0},
                {"id": "deputy", "level": "c-level", "roles": ["decider"], "stance": 1},
                {"id": "chair", "level": "board", "affiliation": "board", "stance": 1},
                {"id": "clerk", "level": "staff", "stance": 0}],
        reports_to=[{"person": "deputy", "manager": "ceo"}],
        influence=[{"source": "chair", "target": "ceo", "strength": 0.7, "basis": "board"},
                   {"source": "deputy", "target": "ceo", "strength": 0.5, "basis": "peer"}],
        staff=[{"id": "pres", "level": "c-level", "function": "executive", "capacity_hours": 300},
               {"id": "am", "level": "manager", "capacity_hours": 400}],
        knows=[knows("pres", "chair", 0.6, "club"), knows("am", "deputy", 0.6),
               knows("am", "ceo", 0.5), knows("am", "clerk", 0.9)],
        competitor=[{"id": "hx", "name": "Huaxin"}])
    d["stance"].append({"person": "ceo", "toward": "hx", "value": 3, "on": D0})
    G = graph_from_data(d)
    P = plan(G, cycle_start=START)
    assert_plan_opens_no_gap(G, P)
    by = {t.person: t for t in P.targets}
    assert "ceo" not in by["deputy"].counters
    assert "ceo" in by["chair"].counters
    assert all(t.value > 0.005 for t in P.targets + P.deferred)
    assert "clerk" not in by


def test_a_new_backup_is_introduced_by_owner_a_and_the_plan_says_so() -> None:
    """The network GM (a decider) has an owner A but no backup, and nobody else of ours
    knows him. Our solution engineer, whose function faces the network department, becomes
    owner B and owner A introduces him: the proposal closes the missing backup and opens
    nothing; on the account the new backup is an owner who does not know the GM until the
    acquaintance is recorded, and the plan says so."""
    G = _g(person=[{"id": "gm", "level": "vp", "roles": ["decider"], "stance": 1,
                    "department": "net"}],
           department=[{"id": "net", "name": "Network Department"}],
           staff=[{"id": "am", "level": "vp", "function": "sales", "capacity_hours": 300},
                  {"id": "se", "level": "director", "function": "solution",
                   "capacity_hours": 300}],
           owns=[{"staff": "am", "person": "gm", "role": "A"}], knows=[knows("am", "gm", 0.7)])
    P = plan(G, cycle_start=START)
    [t] = P.targets
    assert (t.owner_a, t.owner_b, t.introduced_by) == ("am", "se", "am")
    note = [n for n in t.owner_notes if "introduces them" in n.text("en")]
    assert note and "until their acquaintance is recorded" in note[0].text("en")
    assert "引荐" in note[0].text("zh")
    before, after = assert_plan_opens_no_gap(G, P)
    assert ("no-owner-b", "gm", None) in before - after
    # the same assignment recorded on the account, without the introduction: the rule holds
    H = with_assignments(G, P)
    for *_, d in H.in_edges("gm", data=True):
        d.pop("introduced_by", None)
    assert ("owner-not-knowing", "gm", "se") in {(g.kind, g.person, g.staff)
                                                 for g in coverage_gaps(H)}


def test_a_new_owner_a_is_someone_who_met_them_lately() -> None:
    """Nobody owns the CEO. Lin knows him better but last met him 120 days before the
    account's latest contact; Wu met him then. Owner A goes to Wu: Lin as owner A would
    be out of touch with a decider at once. With Lin the only one who knows him, Lin
    leads all the same (better than no owner A) and the plan says the check will list him
    as out of touch until a new visit is logged."""
    start = dt.date(2026, 6, 15)
    G = out_of_touch_owner(120, owners=False)
    P = plan(G, cycle_start=start)
    [t] = P.targets
    assert (t.owner_a, t.owner_b) == ("wu", "lin")
    assert_plan_opens_no_gap(G, P)
    only_lin = (Account("a", "A", tier=None).person("ceo", "c-level", ("decider",))
                .staff("lin", "c-level").staff("wu", "vp").knows("lin", "ceo", 0.7)
                .add(interaction=[{"id": "i1", "staff": "lin", "person": "ceo",
                                   "on": dt.date(2026, 2, 1)},
                                  {"id": "i2", "staff": "wu", "person": "ceo",
                                   "on": dt.date(2026, 6, 1)}]).graph())
    P = plan(only_lin, cycle_start=start)
    [t] = P.targets
    assert t.owner_a == "lin"
    assert any(n.text("en") == "Lin last met them on 2026-02-01: until a new visit is "
               "logged, the coverage check lists Lin as an owner A out of touch"
               for n in t.owner_notes)
    before = {(g.kind, g.staff) for g in coverage_gaps(only_lin, key=["ceo"])}
    after = {(g.kind, g.staff) for g in coverage_gaps(with_assignments(only_lin, P),
                                                       key=["ceo"])}
    assert after - before == {("owner-out-of-touch", "lin")}
    assert ("no-owner-a", None) in before - after


@pytest.mark.parametrize("hours", [119, 400])
def test_owner_b_steps_up_only_with_a_backup_to_take_their_place(hours: int) -> None:
    """The GM has owner B ``am`` and no owner A; nobody else can be a backup. Stepping am
    up would only trade the missing A for a missing B (and, when am holds more people than
    their hours allow, 119 h for two, make their overload weigh on a decision maker). The
    plan leaves am as owner B and says what unblocks it."""
    d = account(person=[{"id": "gm", "level": "vp", "roles": ["decider"], "stance": 1},
                        {"id": "x0", "level": "manager"}],
                staff=[{"id": "am", "level": "vp", "function": "sales", "capacity_hours": hours},
                       {"id": "ceo_us", "level": "c-level", "function": "executive",
                        "capacity_hours": 200}],
                owns=[{"staff": "am", "person": "gm", "role": "B"},
                      {"staff": "am", "person": "x0", "role": "A"}],
                knows=[knows("am", "gm", 0.7)])
    G = graph_from_data(d)
    P = plan(G, cycle_start=START)
    [t] = [t for t in P.targets + P.deferred if t.person == "gm"]
    assert (t.owner_a, t.owner_b) == (None, "am")
    if hours == 400:
        assert t.owner_notes[0].text("en").endswith("name a backup, then am steps up")
    assert_plan_opens_no_gap(G, P)


def test_the_plan_creates_no_gap() -> None:
    """Owners proposed by the plan never make A = B, never overload, never someone who
    does not know the person; the coverage check on the plan's assignments finds no new
    gap and fewer than before."""
    G = _cfo()
    P = plan(G, cycle_start=START)
    _, after = assert_plan_opens_no_gap(G, P)
    assert not any(k == "same-a-b" for k, _, _ in after)
