"""A/B coverage gaps: each kind on a small named account, and nothing more."""

from __future__ import annotations

import pytest

from kamgraph.analyzers import coverage_gaps
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
