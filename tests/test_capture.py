"""Capture on the real engine: each command records one fact, checked, dated, attributed,
in one transaction, with its history event and a new revision."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kamgraph.capture import (
    CaptureError,
    assess_stance,
    assign,
    log_interaction,
    move_person,
    person_left,
    staff_left,
    tie,
)
from kamgraph.history.log import events, revision
from kamgraph.store import Store

ACC = "gd-telecom"


def test_log_interaction_is_stored_with_its_event_and_revision(demo_store: Store) -> None:
    rev0 = revision(demo_store, ACC)
    assert rev0 is not None
    done = log_interaction(demo_store, ACC, "Liu Fang", "s-xu-feng", on=dt.date(2026, 11, 20),
                           kind="meal", depth="social", summary="Dinner on the criteria",
                           next_step="Send the TCO model", next_on=dt.date(2026, 11, 27),
                           initiative="them", by="s-chen-ming")
    assert done.revision == rev0[0] + 1
    data = demo_store.load_account(ACC)
    [rec] = [i for i in data["interaction"] if i["on"] == dt.date(2026, 11, 20)]
    assert rec["person"] == "p-liu-fang" and rec["staff"] == "s-xu-feng"
    assert rec["next_step"] == "Send the TCO model" and rec["next_on"] == dt.date(2026, 11, 27)
    assert rec["initiative"] == "them" and rec["depth"] == "social"
    [ev] = [e for e in events(demo_store, ACC) if e.source == "capture"]
    assert ev.by == "s-chen-ming" and ev.on == dt.date(2026, 11, 20) and ev.op == "add"
    assert ev.change.after == rec and ev.rev == done.revision


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"kind": "lunch"}, "kind"),
    ({"depth": "deep"}, "depth"),
    ({"next_on": dt.date(2026, 12, 1)}, "next_on"),
    ({"on": dt.date(2099, 1, 1)}, "on"),
])
def test_log_refuses_bad_fields_and_writes_nothing(demo_store: Store, kwargs: dict[str, object],
                                                   field: str) -> None:
    rev0 = revision(demo_store, ACC)
    with pytest.raises(CaptureError) as err:
        log_interaction(demo_store, ACC, "p-liu-fang", "s-xu-feng", **kwargs)  # type: ignore[arg-type]
    assert f"kamgraph log: {field}:" in str(err.value)
    assert str(err.value).endswith("nothing was written")
    assert revision(demo_store, ACC) == rev0
    assert not [e for e in events(demo_store, ACC) if e.source == "capture"]


def test_people_by_unambiguous_name_only(demo_store: Store) -> None:
    with pytest.raises(CaptureError, match="no person 'Nobody'"):
        log_interaction(demo_store, ACC, "Nobody", "s-xu-feng")
    done = log_interaction(demo_store, ACC, "刘芳", "许峰", by="nobody-in-particular")
    assert done.changes[0].after["person"] == "p-liu-fang"  # type: ignore[index]
    assert done.changes[0].after["staff"] == "s-xu-feng"  # type: ignore[index]
    assert done.by == "nobody-in-particular"


def test_stance_reassessment_becomes_current(demo_store: Store) -> None:
    done = assess_stance(demo_store, ACC, "p-liu-fang", 2, evidence="asked for our reference",
                         on=dt.date(2026, 11, 25), by="s-chen-ming")
    G = demo_store.project(ACC)
    assert G.nodes["p-liu-fang"]["stance"] == 2
    last = G.nodes["p-liu-fang"]["stance_history"]["us"][-1]
    assert last == {"value": 2, "on": dt.date(2026, 11, 25), "by": "s-chen-ming",
                    "evidence": "asked for our reference"}
    assert done.changes[0].op == "add"
    # the same day again replaces that assessment
    again = assess_stance(demo_store, ACC, "p-liu-fang", 1, on=dt.date(2026, 11, 25))
    assert again.changes[0].op == "change"
    hist = demo_store.project(ACC).nodes["p-liu-fang"]["stance_history"]["us"]
    assert [h["value"] for h in hist if h["on"] == dt.date(2026, 11, 25)] == [1]
    with pytest.raises(CaptureError, match="value: 5 is not on the seven-point scale"):
        assess_stance(demo_store, ACC, "p-liu-fang", 5)
    with pytest.raises(CaptureError, match="toward: 'c-nope' is neither"):
        assess_stance(demo_store, ACC, "p-liu-fang", 1, toward="c-nope")


def test_move_keeps_the_old_post_as_history(demo_store: Store) -> None:
    before = demo_store.project(ACC).nodes["p-guo-ping"]
    done = move_person(demo_store, ACC, "p-guo-ping", post="post-dgm-proc",
                       on=dt.date(2026, 11, 2))
    data = demo_store.load_account(ACC)
    [p] = [p for p in data["person"] if p["id"] == "p-guo-ping"]
    assert p["post"] == "post-dgm-proc" and p["post_since"] == dt.date(2026, 11, 2)
    held = [h for h in data["position"] if h["person"] == "p-guo-ping"
            and h["until"] == dt.date(2026, 11, 1)]
    assert held and held[0]["post"] == before["post"]
    assert [c.kind for c in done.changes] == ["person", "position"]


def test_person_left_is_gone_from_analyses_but_kept(demo_store: Store) -> None:
    person_left(demo_store, ACC, "p-luo-bin", on=dt.date(2026, 11, 3))
    assert "p-luo-bin" not in demo_store.project(ACC)
    data = demo_store.load_account(ACC)
    [p] = [p for p in data["person"] if p["id"] == "p-luo-bin"]
    assert p["left"] == dt.date(2026, 11, 3)
    assert "p-luo-bin" in demo_store.project(ACC, as_of=dt.date(2026, 11, 2))
    with pytest.raises(CaptureError, match="already left"):
        person_left(demo_store, ACC, "p-luo-bin")


def test_assign_owner_replaces_and_remove_undoes(demo_store: Store) -> None:
    G = demo_store.project(ACC)
    old_a = [u for u, _, d in G.in_edges("p-liu-fang", data=True)
             if d["type"] == "OWNS" and d["role"] == "A"]
    done = assign(demo_store, ACC, "p-liu-fang", "s-fang-jun", "A", on=dt.date(2026, 11, 4))
    G = demo_store.project(ACC)
    now_a = [u for u, _, d in G.in_edges("p-liu-fang", data=True)
             if d["type"] == "OWNS" and d["role"] == "A"]
    assert now_a == ["s-fang-jun"]
    assert sorted(c.op for c in done.changes) == ["add"] + ["remove"] * len(old_a)
    assign(demo_store, ACC, "p-liu-fang", "s-fang-jun", "sponsor")
    assign(demo_store, ACC, "p-liu-fang", "p-zhang-wei", "channel", reliability=0.7)
    G = demo_store.project(ACC)
    types = {(u, d["type"]) for u, _, d in G.in_edges("p-liu-fang", data=True)}
    assert ("s-fang-jun", "SPONSORS") in types and ("p-zhang-wei", "INFORMS") in types
    assign(demo_store, ACC, "p-liu-fang", "s-fang-jun", "sponsor", remove=True)
    G = demo_store.project(ACC)
    assert ("s-fang-jun", "SPONSORS") not in {(u, d["type"]) for u, _, d
                                               in G.in_edges("p-liu-fang", data=True)}
    with pytest.raises(CaptureError, match="kamgraph assign: staff: .*not a sponsor"):
        assign(demo_store, ACC, "p-liu-fang", "s-fang-jun", "sponsor", remove=True)


def test_tie_and_staff_left(demo_store: Store) -> None:
    tie(demo_store, ACC, "s-li-na", "p-chen-jing", strength=0.6, circle="alumni")
    G = demo_store.project(ACC)
    [d] = [d for u, _, d in G.in_edges("p-chen-jing", data=True)
           if u == "s-li-na" and d["type"] == "KNOWS"]
    assert d["strength"] == 0.6 and d["circle"] == "alumni"
    with pytest.raises(CaptureError, match="strength: 1.5 is outside 0..1"):
        tie(demo_store, ACC, "s-li-na", "p-chen-jing", strength=1.5)
    tie(demo_store, ACC, "s-li-na", "p-chen-jing", remove=True)
    staff_left(demo_store, ACC, "s-zhou-hao", on=dt.date(2026, 11, 5))
    assert demo_store.project(ACC).nodes["s-zhou-hao"]["active"] is False


def test_cli_capture_commands(demo_cli: object) -> None:
    cli = demo_cli
    out = cli("log", ACC, "p-liu-fang", "--staff", "s-xu-feng", "--kind", "meal",  # type: ignore[operator]
              "--depth", "social", "--next", "send the TCO model", "--next-on", "2099-01-01",
              "--on", "2026-11-20", "--json").output
    got = json.loads(out)
    assert got["changes"][0]["after"]["next_on"] == "2099-01-01"
    out = cli("stance", ACC, "Liu Fang", "2", "--evidence", "asked for references",  # type: ignore[operator]
              "--by", "s-chen-ming", "--lang", "zh").output
    assert out.startswith("已记录立场评估到 gd-telecom")
    bad = cli("stance", ACC, "p-liu-fang", "9", ok=False)  # type: ignore[operator]
    assert bad.exit_code != 0
    assert bad.output.strip().splitlines() == [
        "Error: kamgraph stance: value: 9 is not on the seven-point scale (-3..3); "
        "nothing was written"]
    for args in (["move", ACC, "p-guo-ping", "--title", "采购部总经理"],
                 ["assign", ACC, "p-liu-fang", "s-fang-jun", "--as", "B"],
                 ["tie", ACC, "s-li-na", "p-chen-jing", "--strength", "0.5"],
                 ["leave", ACC, "p-luo-bin"]):
        assert "Recorded" in cli(*args).output  # type: ignore[operator]


_WORKER = """
import datetime as dt, sys
from kamgraph.capture import log_interaction, assess_stance
from kamgraph.config import resolve_settings
from kamgraph.store import open_store
tag, n = sys.argv[1], int(sys.argv[2])
with open_store(resolve_settings()) as store:
    for i in range(n):
        log_interaction(store, "gd-telecom", "p-liu-fang", "s-xu-feng", on=dt.date(2026, 11, 1),
                        summary=f"{tag} {i}", by=tag)
        assess_stance(store, "gd-telecom", "p-zhang-wei", 1 + i % 2, evidence=f"{tag} {i}",
                      on=dt.date(2026, 1, 1) + dt.timedelta(days=i + (0 if tag == 'a' else 100)),
                      by=tag)
"""


def test_two_processes_capturing_at_once_lose_nothing(demo_store: Store,
                                                      cli_env: dict[str, str | None]) -> None:
    import os
    import subprocess
    import sys

    rev0 = revision(demo_store, ACC)
    assert rev0 is not None
    env = {k: v for k, v in {**os.environ, **cli_env}.items() if v is not None}
    n = 6
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, tag, str(n)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    data = demo_store.load_account(ACC)
    logged = sorted(i["summary"] for i in data["interaction"]
                    if i.get("summary", "")[:2] in ("a ", "b "))
    assert logged == sorted(f"{t} {i}" for t in "ab" for i in range(n))
    assessed = [s for s in data["stance"] if (s.get("evidence") or "")[:2] in ("a ", "b ")]
    assert len(assessed) == 2 * n
    captured = [e for e in events(demo_store, ACC) if e.source == "capture"]
    assert len(captured) == 4 * n
    assert revision(demo_store, ACC)[0] == rev0[0] + 4 * n  # type: ignore[index]
    assert len({e.rev for e in captured}) == 4 * n


def test_the_state_after_a_capture_is_what_a_fresh_read_gives(demo_store: Store) -> None:
    from kamgraph.history import cache

    log_interaction(demo_store, ACC, "p-liu-fang", "s-xu-feng", summary="one")
    assign(demo_store, ACC, "p-liu-fang", "s-fang-jun", "A")
    before = dict(cache.STATS.as_dict())
    derived = cache.account_data(demo_store, ACC)
    assert cache.STATS.memory == before["memory"] + 1  # no read of the store
    assert derived == demo_store.load_account(ACC)


def test_an_import_racing_a_capture_fails_cleanly(demo_store: Store) -> None:
    from kamgraph.errors import StoreError
    from kamgraph.store.accounts import save_accounts

    data = demo_store.load_account(ACC)
    import kamgraph.history.log as log

    real = log.prepare_import

    def late(store: Store, d: object, by: str | None = None) -> object:
        hist = real(store, d, by)  # type: ignore[arg-type]
        # a manager records a visit after the import read the account
        log_interaction(demo_store, ACC, "p-liu-fang", "s-xu-feng", summary="meanwhile")
        return hist

    log.prepare_import = late  # type: ignore[assignment]
    try:
        with pytest.raises(StoreError, match="changed while it was being imported"):
            save_accounts(demo_store, [data])
    finally:
        log.prepare_import = real  # type: ignore[assignment]
    kept = demo_store.load_account(ACC)
    assert any(i.get("summary") == "meanwhile" for i in kept["interaction"])


def test_erase_leaves_no_history_of_the_person(demo_store: Store) -> None:
    from kamgraph.history.review import adopt, adopted_plans
    from kamgraph.store.accounts import erase_person

    assess_stance(demo_store, ACC, "p-liu-fang", 2, evidence="private remark")
    adopt(demo_store, ACC, opportunity="opp-5gc")
    erase_person(demo_store, ACC, "p-liu-fang")
    assert not [e for e in events(demo_store, ACC) if "p-liu-fang" in json.dumps(e.row())]
    assert all(t["person"] != "p-liu-fang" for p in adopted_plans(demo_store, ACC)
               for t in p.targets)
    assert "p-liu-fang" not in demo_store.project(ACC)
