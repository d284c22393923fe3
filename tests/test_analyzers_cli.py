"""The analysis commands on the demo account in the real store."""

from __future__ import annotations

import json

from conftest import Cli


def test_key_persons_table_and_json(demo_cli: Cli) -> None:
    out = demo_cli("key-persons", "gd-telecom", "--opportunity", "opp-5gc", "--top", "3").output
    lines = out.splitlines()
    assert lines[0].split() == ["#", "person", "title", "roles", "stance", "score", "formal",
                                "reach", "breadth", "brokerage", "veto"]
    assert lines[2].split()[:3] == ["1", "王强", "Wang"]  # the CEO leads (demo)
    why = lines.index("Why")
    assert lines[why + 1] == " 1. 王强 Wang Qiang"
    assert lines[why + 2] == "      - decider in opportunity opp-5gc"
    assert "      - member of the 党委会 Party Committee (majority)" in lines
    data = json.loads(demo_cli("key-persons", "gd-telecom", "--top", "3", "--json").output)
    assert len(data) == 3 and data[0]["score"] >= data[1]["score"] >= data[2]["score"]
    assert all(d["reasons"] for d in data)


def test_hidden_chain_counterpoints_coverage(demo_cli: Cli) -> None:
    chain = json.loads(demo_cli("hidden-chain", "gd-telecom", "--opportunity", "opp-5gc",
                                "--json").output)
    assert any(i["outside"] and i["hidden"] for t in chain for i in t["influencers"])
    cps = json.loads(demo_cli("counterpoints", "gd-telecom", "--opportunity", "opp-5gc",
                              "--json").output)
    assert cps["uncountered"]
    assert "supporter" in demo_cli("counterpoints", "gd-telecom", "--opportunity",
                                   "opp-5gc").output
    gaps = json.loads(demo_cli("coverage", "gd-telecom", "--json").output)
    assert {"no-owner-b", "owner-left"} <= {g["kind"] for g in gaps}
    assert "gap(s)" in demo_cli("coverage", "gd-telecom", "--max-owned", "3").output


def test_balance_with_assumptions_and_errors(demo_cli: Cli) -> None:
    base = json.loads(demo_cli("balance", "gd-telecom", "--opportunity", "opp-5gc",
                               "--json").output)
    top = base["conversions"][0]
    person = next(iter(top["changes"]))
    after = json.loads(demo_cli("balance", "gd-telecom", "--opportunity", "opp-5gc",
                                "--assume", f"{person}=2", "--json").output)
    assert after["balance"]["us"] > base["balance"]["us"]
    assert after["balance"]["assumed"] == {person: 2}
    for bad in ("nobody=2", f"{person}=5", f"{person}"):
        r = demo_cli("balance", "gd-telecom", "--opportunity", "opp-5gc", "--assume", bad,
                     ok=False)
        assert r.exit_code != 0
        lines = [x for x in r.output.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("Error: "), r.output
    r = demo_cli("counterpoints", "gd-telecom", "--competitor", "nobody", ok=False)
    assert r.exit_code != 0 and r.output.startswith("Error: ")
