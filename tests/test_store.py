"""The store on the real engine: writes, reads, replace semantics, erasure, schema."""

from __future__ import annotations

import datetime as dt

import pytest

from kamgraph import queries
from kamgraph.errors import NotFound, StoreError
from kamgraph.examples import Account
from kamgraph.model import AccountData
from kamgraph.store import Store
from kamgraph.store.accounts import erase_person


def small_account(acc: str = "acme", prefix: str = "") -> AccountData:
    """One account touching every kind of record."""
    d = Account(acc, "艾克米", name_en="Acme", tier="S").data
    p = prefix
    d["competitor"].append({"id": "zte", "name": "中兴", "name_en": "ZTE"})
    d["department"].extend([{"id": f"{p}d-exec", "name": "总经办"},
                            {"id": f"{p}d-tech", "name": "技术部", "parent": f"{p}d-exec"}])
    d["post"].append({"id": f"{p}post-ceo", "title": "CEO", "level": "c-level",
                      "department": f"{p}d-exec", "key": True})
    d["person"].extend([
        {"id": f"{p}ceo", "name": "王强", "name_en": "Wang Qiang", "title": "总经理 CEO",
         "level": "c-level", "department": f"{p}d-exec", "post": f"{p}post-ceo",
         "post_since": dt.date(2021, 3, 1), "affiliation": "internal", "roles": ["decider"],
         "family": "spouse 李梅", "hobbies": "golf"},
        {"id": f"{p}cto", "name": "张伟", "level": "vp", "department": f"{p}d-tech",
         "affiliation": "internal"},
        {"id": f"{p}spouse", "name": "李梅", "affiliation": "family"},
    ])
    d["staff"].append({"id": "s-chen", "name": "陈明", "level": "manager", "active": True,
                       "capacity_hours": 300.0})
    d["opportunity"].append({"id": f"{p}o-5g", "name": "5G 核心网", "competitors": ["zte"],
                             "close_date": dt.date(2027, 3, 31), "value": 1.5e7})
    d["position"].append({"person": f"{p}ceo", "post": f"{p}post-ceo",
                          "since": dt.date(2015, 1, 1), "until": dt.date(2018, 1, 1)})
    d["reports_to"].append({"person": f"{p}cto", "manager": f"{p}ceo"})
    d["influence"].extend([
        {"source": f"{p}spouse", "target": f"{p}ceo", "strength": 0.8, "basis": "family",
         "visibility": "hidden"},
        {"source": f"{p}ceo", "target": f"{p}cto", "strength": 0.6, "basis": "superior",
         "visibility": "formal"}])
    d["role"].append({"opportunity": f"{p}o-5g", "person": f"{p}ceo", "role": "decider"})
    d["stance"].extend([
        {"person": f"{p}ceo", "toward": "us", "value": -1, "raw": -1, "scale": "seven",
         "on": dt.date(2026, 3, 1), "by": "s-chen"},
        {"person": f"{p}ceo", "toward": "us", "value": 1, "raw": 2, "scale": "field",
         "on": dt.date(2026, 9, 1), "by": "s-chen", "evidence": "accepted a site visit"},
        {"person": f"{p}cto", "toward": "zte", "value": 2, "raw": -10, "scale": "field",
         "on": dt.date(2026, 9, 1)}])
    d["owns"].append({"staff": "s-chen", "person": f"{p}ceo", "role": "A",
                      "since": dt.date(2025, 1, 1)})
    d["knows"].extend([{"source": "s-chen", "target": f"{p}cto", "strength": 0.5,
                        "circle": "school"},
                       {"source": f"{p}spouse", "target": f"{p}ceo", "strength": 0.9,
                        "circle": "family"}])
    d["sponsors"].append({"staff": "s-chen", "person": f"{p}ceo"})
    d["informs"].append({"source": f"{p}cto", "target": f"{p}ceo", "via": "s-chen",
                         "reliability": 0.7})
    d["interaction"].append({"id": f"{p}i-1", "staff": "s-chen", "person": f"{p}ceo",
                             "on": dt.date(2026, 5, 20), "kind": "meal", "depth": "social"})
    d["body"].append({"id": f"{p}b-board", "name": "董事会", "type": "board", "rule": "majority",
                      "chair": f"{p}ceo", "members": [f"{p}ceo", f"{p}cto"],
                      "opportunity": f"{p}o-5g"})
    return d


def _same(a: AccountData, b: AccountData) -> None:
    for kind in a.records:
        key = repr
        assert sorted(a[kind], key=key) == sorted(b[kind], key=key), kind


def test_save_then_load_gives_back_every_record(store: Store) -> None:
    data = small_account()
    store.save_account(data)
    _same(store.load_account("acme", include_private=True), data)


def test_multiplex_ties_oversight_and_bodies_survive_the_store(store: Store) -> None:
    data = small_account()
    p = data["person"]
    data["post"].append({"id": "post-disc", "title": "纪委书记", "level": "c-level",
                         "key": False, "oversight": "discipline"})
    p.append({"id": "disc", "name": "何文", "level": "c-level", "post": "post-disc",
              "affiliation": "internal", "oversight": "discipline"})
    data["influence"].extend([
        {"source": "cto", "target": "ceo", "strength": 0.5, "basis": "advisor",
         "visibility": "formal"},
        {"source": "cto", "target": "ceo", "strength": 0.4, "basis": "friend",
         "visibility": "hidden"}])
    data["body"].append({"id": "party", "name": "党委会", "type": "party-committee",
                         "rule": "majority", "chair": "ceo", "members": ["ceo", "cto", "disc"],
                         "opportunity": "o-5g"})
    store.save_account(data)
    back = store.load_account("acme", include_private=True)
    _same(back, data)
    G = store.project("acme", "o-5g")
    assert G.graph["bodies"]["party"]["members"] == ["ceo", "cto", "disc"]
    assert G.nodes["disc"]["oversight"] == "discipline"
    bases = sorted(d["basis"] for u, v, d in G.edges(data=True)
                   if d["type"] == "INFLUENCES" and (u, v) == ("cto", "ceo"))
    assert "advisor" in bases and "friend" in bases


def test_private_fields_stay_in_the_store_unless_asked(store: Store) -> None:
    store.save_account(small_account())
    ceo = next(p for p in store.load_account("acme")["person"] if p["id"] == "ceo")
    assert "family" not in ceo and "hobbies" not in ceo
    G = store.project("acme")
    assert "private" not in G.nodes["ceo"]
    assert store.project("acme", include_private=True).nodes["ceo"]["private"] == {
        "family": "spouse 李梅", "hobbies": "golf"}


def test_saving_twice_gives_the_same_graph(store: Store) -> None:
    data = small_account()
    store.save_account(data)
    first = store.load_account("acme", include_private=True)
    store.save_account(data)
    _same(store.load_account("acme", include_private=True), first)
    assert store.read("read/accounts")[0]["people"] == 3


def test_saving_replaces_the_account_content(store: Store) -> None:
    store.save_account(small_account())
    smaller = small_account()
    smaller["person"][:] = [p for p in smaller["person"] if p["id"] != "cto"]
    for kind in ("reports_to", "influence", "stance", "knows", "informs"):
        smaller[kind][:] = [r for r in smaller[kind] if "cto" not in r.values()]
    store.save_account(smaller)
    assert [p["id"] for p in store.load_account("acme")["person"]] == ["ceo", "spouse"]


def test_accounts_are_kept_apart(store: Store) -> None:
    store.save_account(small_account("acme"))
    store.save_account(small_account("beta", prefix="b-"))
    assert [(a["id"], a["people"]) for a in store.accounts()] == [("acme", 3), ("beta", 3)]
    store.delete_account("beta")
    assert [a["id"] for a in store.accounts()] == ["acme"]
    _same(store.load_account("acme", include_private=True), small_account())


def test_two_accounts_may_use_the_same_ids(store: Store) -> None:
    store.save_account(small_account("acme"))
    store.save_account(small_account("beta"))  # the same person, post, ... ids
    assert [(a["id"], a["people"]) for a in store.accounts()] == [("acme", 3), ("beta", 3)]
    beta = small_account("beta")
    _same(store.load_account("beta", include_private=True), beta)
    store.delete_account("beta")
    _same(store.load_account("acme", include_private=True), small_account())


def test_projection_scoped_to_an_opportunity(store: Store) -> None:
    store.save_account(small_account())
    G = store.project("acme", "o-5g")
    assert G.graph["opportunity"] == "o-5g"
    assert G.nodes["ceo"]["roles"] == ["decider"]
    assert G.nodes["ceo"]["stance"] == 1 and G.nodes["ceo"]["trend"]["us"] == 2
    # a field-scale -10 (leans to ZTE) also sets the stance toward us to -3 (implied)
    assert G.nodes["cto"]["stances"] == {"zte": 2, "us": -3}
    assert G.nodes["cto"]["stance_history"]["us"][-1]["implied"] is True
    hidden = [(u, v) for u, v, d in G.edges(data=True)
              if d["type"] == "INFLUENCES" and d["visibility"] == "hidden"]
    assert hidden == [("spouse", "ceo")]


def test_unknown_account_and_opportunity_are_clear_errors(store: Store) -> None:
    store.save_account(small_account())
    with pytest.raises(NotFound, match="no account 'nope' \\(accounts: acme\\)"):
        store.project("nope")
    with pytest.raises(Exception, match="has no opportunity 'o-x'"):
        store.project("acme", "o-x")


def test_erasing_a_person_removes_them_and_their_private_details(store: Store) -> None:
    store.save_account(small_account())
    erase_person(store, "acme", "ceo")
    data = store.load_account("acme", include_private=True)
    assert [p["id"] for p in data["person"]] == ["cto", "spouse"]
    assert not any("ceo" in r.values() for k in data.records for r in data[k])
    assert store.read("read/private_details", account="acme") == []
    with pytest.raises(NotFound):
        erase_person(store, "acme", "ceo")


def test_schema_is_idempotent_and_complete(store: Store) -> None:
    store._schema_ready = False
    assert store.ensure_schema() == []  # everything already there
    present = {r["name"] for q in ("admin/constraint_names", "admin/index_names")
               for r in store.read(q)}
    assert {n.split("/")[1] for n in queries.names() if n.startswith("schema/")} <= present


def test_a_bad_query_names_its_file(store: Store) -> None:
    with pytest.raises(StoreError, match=r"cypher/read/account\.cypher|read/account"):
        store.read("read/account")  # missing $account parameter


def test_every_query_file_has_a_doc_and_parses_on_the_store(store: Store) -> None:
    """EXPLAIN every query on the store under test (ArcadeDB's or Neo4j's parser)."""
    for name in queries.names():
        q = queries.get(name)
        assert q.doc, name
        if name.startswith(("read/", "write/", "admin/")) and "SHOW" not in q.text:
            store.driver.execute_query("EXPLAIN " + q.text, {p: None for p in
                                                             queries.params_of(name)},
                                       database_=store.database)


def test_projection_of_an_account_without_posts_or_departments() -> None:
    from kamgraph.projection import graph_from_data

    d = AccountData()
    d["account"].append({"id": "x", "name": "X"})
    d["staff"].append({"id": "s-1", "name": "陈明", "level": "manager"})
    d["person"].append({"id": "p-1", "name": "王强"})
    G = graph_from_data(d)
    s, p = G.nodes["s-1"], G.nodes["p-1"]
    assert (s["rank"], p["rank"], p["stance"]) == (2, 0, None)
