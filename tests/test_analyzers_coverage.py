"""A/B coverage gaps: each kind on a small named account, and nothing more."""

from __future__ import annotations

import datetime as dt

import pytest

from kamgraph.analyzers import Gap, coverage_gaps
from kamgraph.examples import Account

pytestmark = pytest.mark.engine_free


def covered() -> Account:
    """The CEO (decider) fully covered: A exec, B am, sponsor, two channels, known by both."""
    return (Account().person("ceo", "c-level", ("decider",))
            .staff("exec", "c-level").staff("am", "vp").staff("se", "director")
            .owns("exec", "ceo", "A").owns("am", "ceo", "B")
            .knows("exec", "ceo", 0.7).knows("am", "ceo", 0.5)
            .sponsors("exec", "ceo").informs("am", "ceo").informs("se", "ceo"))


def kinds(acc: Account, **kw: object) -> list[tuple[str, str, str | None]]:
    return [(g.kind, g.person, g.staff) for g in coverage_gaps(acc.graph(), **kw)]  # type: ignore[arg-type]


def test_full_coverage_has_no_gap() -> None:
    assert kinds(covered()) == []


def test_removing_owner_b_creates_exactly_that_gap() -> None:
    [gap] = coverage_gaps(covered().drop("owns", role="B").graph())
    assert (gap.kind, gap.person, gap.severity) == ("no-owner-b", "ceo", "high")
    assert gap.candidates[0] == "am"  # knows the CEO already
    assert gap.fix.startswith("name an owner B: Am")


def test_each_gap_kind() -> None:
    assert kinds(covered().drop("owns", role="A")) == [("no-owner-a", "ceo", None)]
    assert kinds(covered().owns("exec", "ceo", "B").drop("owns", staff="am")) == [
        ("same-a-b", "ceo", "exec")]
    left = covered()
    left.d["staff"][1]["active"] = False
    assert kinds(left) == [("owner-left", "ceo", "am"), ("few-channels", "ceo", None)]
    busy = covered().person("p2", "vp").owns("exec", "p2", "A")
    assert kinds(busy, key=["ceo"], max_owned=1) == [("owner-overloaded", "ceo", "exec")]
    junior = covered().drop("owns", role="B").staff("jr", "manager").owns("jr", "ceo", "B")
    junior.knows("jr", "ceo", 0.4)
    assert kinds(junior) == [("owner-far-below", "ceo", "jr")]
    stranger = covered().drop("knows", source="am")
    gaps = coverage_gaps(stranger.graph())
    assert [(g.kind, g.staff) for g in gaps] == [("owner-not-knowing", "am")]
    assert gaps[0].fix == "have Exec introduce them"
    same_via = covered().drop("informs", source="se").informs("se", "ceo", via="am")
    assert kinds(same_via) == [("few-channels", "ceo", None)]
    assert kinds(covered().drop("sponsors")) == [("no-sponsor", "ceo", None)]


def test_default_key_set_and_ordering() -> None:
    acc = (covered().person("nobody", "staff")
           .person("buyer", "director", ("buyer",)).person("vip", "vp"))
    acc.d["post"].append({"id": "post-vip", "title": "Head of Strategy", "level": "vp",
                          "key": True})
    acc.d["person"][-1]["post"] = "post-vip"
    gaps = coverage_gaps(acc.graph())
    assert {g.person for g in gaps} == {"buyer", "vip"}
    sev = [g.severity for g in gaps]
    assert sev == sorted(sev, key=["high", "medium", "low"].index)
    assert [g.kind for g in gaps if g.person == "buyer"] == [
        "no-owner-a", "no-owner-b", "few-channels"]


def test_overload_severity_follows_the_overload_not_the_most_powerful_person() -> None:
    """One over the limit, as backup of nobody who decides: low, however powerful the
    people; three times the limit as owner A of the decider: high."""
    acc = covered().person("p2", "c-level").person("p3", "vp")
    acc.owns("am", "p2", "A").owns("am", "p3", "A")
    acc.d["staff"][1]["capacity_hours"] = 120  # am: room for 2, holds 3 (B of the CEO)
    [gap] = [g for g in coverage_gaps(acc.graph()) if g.kind == "owner-overloaded"]
    assert (gap.staff, gap.severity) == ("am", "medium")  # 1.5 x, backup of the decider
    acc.drop("owns", staff="am", role="B").person("p4", "director").owns("am", "p4", "A")
    [gap] = [g for g in coverage_gaps(acc.graph()) if g.kind == "owner-overloaded"]
    assert gap.severity == "low"  # 3 for room 2, none of them decides
    busy = covered().person("p2", "vp").person("p3", "vp")
    busy.owns("exec", "p2", "A").owns("exec", "p3", "A")
    busy.d["staff"][0]["capacity_hours"] = 60  # exec: room for 1, holds 3 with the CEO as A
    [gap] = [g for g in coverage_gaps(busy.graph()) if g.kind == "owner-overloaded"]
    assert (gap.staff, gap.severity) == ("exec", "high")


def test_owner_out_of_touch_on_the_named_account() -> None:
    from kamgraph.analyzers.words import render
    from kamgraph.examples import out_of_touch_owner

    def touch(G: object) -> list[Gap]:
        return [g for g in coverage_gaps(G) if g.kind == "owner-out-of-touch"]  # type: ignore[arg-type]

    # owner A last met the CEO 120 days before the account's latest contact: one row,
    # through owner B, who met him that day
    [gap] = touch(out_of_touch_owner(120))
    assert (gap.person, gap.staff, gap.candidates) == ("ceo", "lin", ("lin", "wu"))
    assert gap.reasons == ["owner A Lin last met Ceo (decider) on 2026-02-01, 120 days "
                           "before the account's latest logged contact (2026-06-01)"]
    assert gap.fix == "arrange a visit by owner A Lin through owner B Wu, who met them on " \
                      "2026-06-01"
    assert render(gap.fix, "zh") == "通过 B 角 Wu（2026-06-01 曾接触）安排 A 角 Lin 拜访"
    assert gap.severity == "high"  # a decider, the most powerful (only) key person
    # 30 or 89 days: in touch; 90 days: out of touch (a decision maker's window)
    assert touch(out_of_touch_owner(30)) == touch(out_of_touch_owner(89)) == []
    assert len(touch(out_of_touch_owner(90))) == 1
    # nobody owns the CEO: only the no-owner gaps, no visit to propose
    kinds_ = [g.kind for g in coverage_gaps(out_of_touch_owner(120, owners=False))]
    assert "no-owner-a" in kinds_ and "owner-out-of-touch" not in kinds_


def test_owner_out_of_touch_stays_quiet_behind_a_more_basic_gap() -> None:
    day = dt.date(2026, 6, 1)

    def logged(acc: Account, *visits: tuple[str, int]) -> Account:
        return acc.add(interaction=[{"id": f"i{i}", "staff": s, "person": "ceo",
                                     "on": day - dt.timedelta(days=n)}
                                    for i, (s, n) in enumerate(visits)])

    stale = logged(covered(), ("exec", 200), ("am", 0))
    assert ("owner-out-of-touch", "ceo", "exec") in kinds(stale)
    # an owner A who has left is owner-left, not out of touch
    left = logged(covered(), ("exec", 200), ("am", 0))
    left.d["staff"][0]["active"] = False
    assert [k for k, _, _ in kinds(left) if k.startswith("owner-")] == ["owner-left"]
    # an owner A with no logged contact at all (newly named) is not flagged
    assert "owner-out-of-touch" not in {k for k, _, _ in kinds(logged(covered(), ("am", 0)))}
    # a key person who decides nothing gets half a year: 120 days is fine, 200 is not
    for n, flagged in ((120, False), (200, True)):
        acc = (Account().person("vp", "vp", ("influencer",)).staff("exec", "c-level")
               .staff("am", "vp").owns("exec", "vp", "A").knows("exec", "vp", 0.6)
               .add(interaction=[{"id": "i1", "staff": "exec", "person": "vp",
                                  "on": day - dt.timedelta(days=n)},
                                 {"id": "i2", "staff": "am", "person": "vp", "on": day}]))
        assert (("owner-out-of-touch", "vp", "exec") in kinds(acc)) is flagged, n
