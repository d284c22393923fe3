"""The fast import path writes exactly what the records say (correctness only; the
speed itself is measured by ``kamgraph bench``, steps ``import`` and ``rows``).

The write queries look endpoints up once per batch and get each row's endpoints as
positions in per-batch id lists: these tests pin the cases where that could go
wrong -- several batches, empty lists, a dangling reference in the middle of a
batch, replace semantics, several accounts in one call.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from kamgraph.model import AccountData
from kamgraph.store import Store
from kamgraph.store import store as store_mod
from kamgraph.store.accounts import save_accounts
from kamgraph.synth import generate


def _key(rec: dict[str, Any]) -> str:
    return repr(sorted(rec.items()))


def _same(a: AccountData, b: AccountData) -> None:
    for kind in b.records:
        assert sorted(map(_key, a[kind])) == sorted(map(_key, b[kind])), kind


@pytest.fixture(scope="module")
def portfolio() -> list[AccountData]:
    return generate(2, 40, seed=3)


def test_synthetic_accounts_come_back_record_for_record(store: Store,
                                                        portfolio: list[AccountData]) -> None:
    for d in portfolio:
        store.save_account(d)
    for d in portfolio:
        _same(store.load_account(d.account_id, include_private=True), d)


def test_tiny_batches_write_the_same_records(store: Store, portfolio: list[AccountData],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # 7 rows a batch: every tie query runs in many batches, each with its own id lists
    monkeypatch.setattr(store_mod, "BATCH_ROWS", 7)
    d = portfolio[0]
    assert len(d["knows"]) > 7 * 5
    store.save_account(d)
    _same(store.load_account(d.account_id, include_private=True), d)


def test_saving_again_replaces_and_gives_the_same_graph(store: Store,
                                                        portfolio: list[AccountData]) -> None:
    d = portfolio[1]
    store.save_account(d)
    first = store.load_account(d.account_id, include_private=True)
    store.save_account(d)
    again = store.load_account(d.account_id, include_private=True)
    _same(again, first)
    _same(again, d)


def test_people_without_department_or_post(store: Store, portfolio: list[AccountData]) -> None:
    # the department and post id lists of the batch are empty: people are still written
    d = copy.deepcopy(portfolio[0])
    for p in d["person"]:
        p.pop("department", None)
        p.pop("post", None)
        p.pop("post_since", None)
    store.save_account(d)
    back = store.load_account(d.account_id, include_private=True)
    assert len(back["person"]) == len(d["person"])
    assert not any("department" in p or "post" in p for p in back["person"])
    _same(back, d)


def test_a_dangling_reference_drops_only_its_own_row(store: Store,
                                                     portfolio: list[AccountData]) -> None:
    # save_account takes records unvalidated: a tie to an unknown person is skipped
    # (as a per-row MATCH would) without shifting the endpoints of the rows after it
    d = copy.deepcopy(portfolio[0])
    good = copy.deepcopy(d)
    people = [p["id"] for p in d["person"]]
    mid = len(d["knows"]) // 2
    d["knows"].insert(mid, {"source": people[0], "target": "nobody", "strength": 0.5})
    d["influence"].insert(0, {"source": "nobody", "target": people[1], "strength": 0.5,
                              "basis": "friend", "visibility": "hidden"})
    d["owns"].insert(0, {"staff": "no-staff", "person": people[2], "role": "A"})
    store.save_account(d)
    _same(store.load_account(d.account_id, include_private=True), good)


def test_save_accounts_equals_saving_one_by_one(store: Store,
                                                portfolio: list[AccountData]) -> None:
    for d in portfolio:
        store.save_account(d)
    one_by_one = {d.account_id: store.load_account(d.account_id, include_private=True)
                  for d in portfolio}
    staff = store.read("read/staff_by_id", ids=sorted({s["id"] for d in portfolio
                                                       for s in d["staff"]}))
    store.write("admin/wipe")
    counts = save_accounts(store, portfolio)
    assert [c["write/people"] for c in counts] == [len(d["person"]) for d in portfolio]
    for d in portfolio:
        _same(store.load_account(d.account_id, include_private=True), one_by_one[d.account_id])
    assert store.read("read/staff_by_id", ids=[s["props"]["id"] for s in staff]) == staff
