"""History on the real engine: changes between two dates, --as-of, re-import diffs,
Monday alerts, closeness on hand-computed examples, plan adoption and review."""

from __future__ import annotations

import datetime as dt
import json

from kamgraph.capture import assess_stance, assign, log_interaction, person_left, staff_left, tie
from kamgraph.history.closeness import closeness, falling, monthly
from kamgraph.history.log import events
from kamgraph.history.review import adopt, last_review_day, review, target_status
from kamgraph.history.watch import account_changes, alerts
from kamgraph.model import AccountData, today
from kamgraph.store import Store

ACC = "gd-telecom"
D = dt.date


def test_changes_between_two_dates(demo_store: Store) -> None:
    tie(demo_store, ACC, "s-li-na", "p-chen-jing", strength=0.6, circle="alumni",
        on=D(2026, 11, 10), by="s-li-na")
    items = account_changes(demo_store, ACC, D(2026, 6, 1), D(2026, 11, 15))
    by = {(i.kind, i.person): i for i in items}
    moved = by[("moved", "p-guo-ping")]
    assert moved.on == D(2026, 8, 1) and "采购与物资部总经理" in moved.detail
    wq = [i for i in items if i.kind == "stance" and i.person == "p-wang-qiang"
          and i.data["toward"] == "us"]
    assert [(i.data["before"], i.data["after"], i.delta, i.on) for i in wq] == [
        (-1, -2, -1, D(2026, 10, 15))]
    assert "Huaxin" in by[("stance", "p-wang-qiang")].detail or any(
        i.data.get("toward") == "c-hx" for i in items if i.person == "p-wang-qiang")
    t = by[("tie", "p-chen-jing")]
    assert t.on == D(2026, 11, 10) and t.by == "s-li-na" and t.data["op"] == "add"
    # nothing of this happened in the first half of the window's year
    early = account_changes(demo_store, ACC, D(2026, 11, 11), D(2026, 11, 15))
    assert not [i for i in early if i.kind in ("moved", "tie", "stance")]


def test_as_of_answers_as_the_account_stood(demo_store: Store) -> None:
    past = demo_store.project(ACC, as_of=D(2026, 3, 1))
    now = demo_store.project(ACC)
    assert past.nodes["p-wang-qiang"]["stance"] == 0 and now.nodes["p-wang-qiang"]["stance"] == -2
    assert past.nodes["p-guo-ping"]["post"] == "post-dgm-proc"
    assert now.nodes["p-guo-ping"]["post"] == "post-gm-proc"
    assign(demo_store, ACC, "p-liu-fang", "s-fang-jun", "B", on=D(2026, 11, 20))
    before = demo_store.project(ACC, as_of=D(2026, 11, 19))
    after = demo_store.project(ACC, as_of=D(2026, 11, 20))
    owners = [lambda G: sorted(u for u, _, d in G.in_edges("p-liu-fang", data=True)
                               if d["type"] == "OWNS" and d["role"] == "B")][0]
    assert owners(after) == ["s-fang-jun"] and owners(before) != ["s-fang-jun"]


def test_reimport_records_what_it_changed(demo_store: Store, demo_data: AccountData) -> None:
    changed = AccountData({k: [dict(r) for r in v] for k, v in demo_data.records.items()})
    gone = changed["owns"].pop(0)
    [p] = [p for p in changed["person"] if p["id"] == "p-liu-fang"]
    p["title"] = "网络部总经理（新）"
    demo_store.save_account(changed)
    imported = [e for e in events(demo_store, ACC) if e.source == "import" and e.kind != "account"]
    assert sorted((e.kind, e.op) for e in imported) == [("owns", "remove"), ("person", "change")]
    assert all(e.on == today() for e in imported)
    yesterday = demo_store.project(ACC, as_of=today() - dt.timedelta(days=1))
    assert any(u == gone["staff"] for u, _, d in yesterday.in_edges(gone["person"], data=True)
               if d["type"] == "OWNS")
    assert yesterday.nodes["p-liu-fang"]["title"] != "网络部总经理（新）"
    demo_store.save_account(changed)  # the same file again changes nothing
    assert len([e for e in events(demo_store, ACC) if e.source == "import"]) == len(imported) + 1


def _i(on: D, depth: str = "office", initiative: str | None = None) -> dict[str, object]:
    return {"person": "p", "on": on, "depth": depth, "initiative": initiative}


def test_stance_days_fold_an_implied_stance_into_the_assessed_one() -> None:
    from kamgraph.history.person import stance_days

    day = D(2026, 10, 15)
    implied = {"on": day, "value": -2, "implied": True,
               "evidence": "implied: exclusive supporter of c-hx"}
    got = stance_days([{"on": D(2026, 5, 1), "value": 1}, {"on": day, "value": -1,
                       "evidence": "cool at the meeting"}, implied])
    assert [(g["on"], g["value"], g["implied"]) for g in got] == [
        (D(2026, 5, 1), 1, False), (day, -1, False)]
    assert (got[1]["implied_value"], got[1]["implied_by"], got[1]["evidence"]) == (
        -2, "c-hx", "cool at the meeting")
    [alone] = stance_days([dict(implied, evidence="implied: leans to c-dt", value=-3)])
    assert (alone["value"], alone["implied"], alone["implied_kind"]) == (-3, True, "leans")


def test_closeness_hand_computed() -> None:
    # two office visits (us), one social meal (them) 10 days before the day:
    # R = 0.5 ** (10 / 60) = 0.8909; F = 3 / 6 = 0.5; D = 2/3; Q = 1/3
    # 100 * (0.3 * 0.8909 + 0.25 * 0.5 + 0.3 * 0.6667 + 0.15 * 0.3333) = 64.2
    recs = [_i(D(2026, 3, 1), initiative="us"), _i(D(2026, 4, 1), initiative="us"),
            _i(D(2026, 5, 1), "social", "them")]
    c = closeness(recs, "p", D(2026, 5, 11))
    assert (round(c.recency, 4), c.frequency, round(c.depth, 4), round(c.reciprocity, 4)) == (
        0.8909, 0.5, 0.6667, 0.3333)
    assert c.score == 64.2
    # a family visit 200 days ago only: R = 0.5 ** (200/60) = 0.0992; F = 0; D = 0 (outside
    # 180 days); Q = 0 -> 100 * 0.3 * 0.0992 = 3.0
    assert closeness([_i(D(2026, 1, 1), "family")], "p", D(2026, 7, 20)).score == 3.0
    assert closeness([], "p", D(2026, 1, 1)).score == 0.0
    series = monthly(recs, "p", D(2026, 9, 30), months=6)
    assert [c.day for c in series][0] == D(2026, 4, 30) and len(series) == 6
    assert falling(series) and not falling(monthly(recs, "p", D(2026, 5, 31), months=3))


def test_monday_alerts_are_ranked(demo_store: Store) -> None:
    day = today()
    # an exclusive supporter of ours cools by four notches
    assess_stance(demo_store, ACC, "p-wu-jun", -1, on=day, evidence="cold after the PoC")
    person_left(demo_store, ACC, "p-zhao-guodong", on=day)  # the chairman, a key person
    log_interaction(demo_store, ACC, "p-han-xue", "s-liu-yang", on=day - dt.timedelta(days=5),
                    next_step="send the traffic model", next_on=day - dt.timedelta(days=2))
    staff_left(demo_store, ACC, "s-zhou-hao", on=day)
    found = alerts(demo_store, ACC, since=day - dt.timedelta(days=7), day=day)
    kinds = [a.kind for a in found]
    assert kinds[0] == "key-left" and found[0].person == "p-zhao-guodong"
    assert "cooled" in kinds and "overdue" in kinds and "owner-left" in kinds
    assert kinds.index("cooled") < kinds.index("overdue")
    [cool] = [a for a in found if a.kind == "cooled"]
    assert cool.person == "p-wu-jun" and "+3 -> -1" in cool.text
    assert all(a.severity in ("high", "medium", "low") for a in found)


def test_adopt_and_review(demo_store: Store) -> None:
    plan = adopt(demo_store, ACC, opportunity="opp-5gc", on=D(2026, 11, 1), by="s-chen-ming")
    assert plan.targets and all(t["checkpoints"] for t in plan.targets)
    first = plan.targets[0]
    aim = first["desired"]
    assess_stance(demo_store, ACC, first["person"], aim, on=D(2026, 11, 20))
    rev = review(demo_store, ACC, day=D(2026, 11, 25), by="s-lin-haitao")
    assert rev is not None and rev.by == "s-lin-haitao" and rev.id
    [t] = [t for t in rev.targets if t.person == first["person"]]
    assert t.status == "reached" and t.actual_move == aim - (first["stance"] or 0)
    assert sum(o["targets"] for o in rev.owners.values()) == len(plan.targets)
    assert last_review_day(demo_store, ACC) == D(2026, 11, 25)
    assert target_status(0, 2, 1, None, D(2026, 1, 1)) == "moving"


def test_cli_watch_commands(demo_cli: object) -> None:
    cli = demo_cli
    out = cli("changes", ACC, "--since", "2026-06-01", "--until", "2026-11-01")  # type: ignore[operator]
    assert "Changes in gd-telecom from 2026-06-01 to 2026-11-01" in out.output
    assert "郭平 Guo Ping" in out.output
    zh = cli("changes", ACC, "--since", "2026-06-01", "--until", "2026-11-01", "--lang", "zh")  # type: ignore[operator]
    assert "gd-telecom 的变化" in zh.output and "对 我方 的立场 -1 -> -2" in zh.output
    got = json.loads(cli("changes", ACC, "--since", "2026-06-01", "--json").output)  # type: ignore[operator]
    assert got["since"] == "2026-06-01" and got["changes"]
    assert "Alerts for gd-telecom" in cli("alerts", ACC).output  # type: ignore[operator]
    assert "Closeness of key persons in gd-telecom" in cli("closeness", ACC).output  # type: ignore[operator]
    js = json.loads(cli("closeness", ACC, "p-wu-jun", "--json").output)  # type: ignore[operator]
    assert js[0]["person"] == "p-wu-jun" and len(js[0]["months"]) == 12
    past = cli("key-persons", ACC, "--as-of", "2026-03-01", "--json").output  # type: ignore[operator]
    [wq] = [k for k in json.loads(past) if k["person"] == "p-wang-qiang"]
    assert wq["stance"] == 0
    assert "Adopted plan" in cli("adopt", ACC, "--opportunity", "opp-5gc").output  # type: ignore[operator]
    out = cli("review", ACC, "--by", "s-lin-haitao").output  # type: ignore[operator]
    assert "Progress per owner" in out and "Review saved" in out
    bad = cli("review", "nope", ok=False)  # type: ignore[operator]
    assert bad.exit_code != 0 and bad.output.startswith("Error: No plan adopted")


def test_person_shows_posts_stances_closeness_and_contacts(demo_cli: object,
                                                           demo_store: Store) -> None:
    cli = demo_cli
    log_interaction(demo_store, ACC, "p-guo-ping", "s-he-yun", on=D(2026, 11, 30),
                    kind="meal", depth="social", summary="dinner after the tender kick-off")
    got = json.loads(cli("person", ACC, "Guo Ping", "--json").output)  # type: ignore[operator]
    posts = got["history"]["posts"]
    assert [(p["post"], p["since"], p["until"]) for p in posts] == [
        ("post-gm-proc", "2026-08-01", None), ("post-dgm-proc", "2021-01-01", "2026-07-31"),
        ("post-mgr-tender", "2017-05-01", "2020-12-31")]
    assert got["interactions"][0]["on"] == "2026-11-30"  # newest first
    assert [i["on"] for i in got["interactions"]] == sorted(
        (i["on"] for i in got["interactions"]), reverse=True)
    assert len(got["history"]["closeness"]["months"]) == 12
    text = cli("person", ACC, "p-wang-qiang").output  # type: ignore[operator]
    assert "Post history" in text and "Closeness by month" in text
    assert "Interactions, newest first" in text
    lines = text.splitlines()
    i = lines.index("Stance history")
    assert "2026-10-15" in lines[i + 3] and "understands our network best" in text
    # one step a day: the assessed -2 of 2026-10-15, with Huaxin's +3 that implies the same
    # folded in; the day with only an implied stance marked as implied
    [us] = [line for line in lines if line.startswith("  stance toward us:")]
    assert us.count("2026-10-15") == 1, us
    assert ("-2 (2026-10-15, assessed; exclusive supporter of 华信 Huaxin implies the same)"
            in us)
    assert "-3 (2026-03-02, implied: leans to 华信 Huaxin)" in us
    zh = cli("person", ACC, "p-wang-qiang", "--lang", "zh").output  # type: ignore[operator]
    assert "立场变化" in zh and "交往记录（新的在前）" in zh
    assert "-2 (2026-10-15, 评估值；华信 Huaxin的铁杆支持者，推定亦同)" in zh
    person_left(demo_store, ACC, "p-wang-qiang", on=D(2026, 11, 30))
    gone = cli("person", ACC, "p-wang-qiang").output  # type: ignore[operator]
    assert "left: 2026-11-30" in gone
