"""The synthetic portfolio generator: valid import, deterministic, realistic shape."""

from __future__ import annotations

import filecmp
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kamgraph.cli import main
from kamgraph.formats import load_paths
from kamgraph.model import KINDS
from kamgraph.synth import generate, write_portfolio


def _same_tree(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


def test_tiny_portfolio_imports_cleanly(tmp_path: Path) -> None:
    counts = write_portfolio(tmp_path, 3, 40, seed=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(counts)
    loaded = load_paths([tmp_path])  # raises ImportValidationError on any problem
    assert [d.account_id for d in loaded] == ["a001", "a002", "a003"]
    generated = generate(3, 40, seed=1)
    for got, made in zip(loaded, generated, strict=True):
        # the files read back into exactly the records generate() returns
        for kind in KINDS:
            assert got[kind] == made[kind], kind
    assert counts["people.csv"] == 120
    assert counts["accounts.csv"] == 3


def test_same_seed_same_files_other_seed_other_files(tmp_path: Path) -> None:
    write_portfolio(tmp_path / "a", 3, 40, seed=5)
    write_portfolio(tmp_path / "b", 3, 40, seed=5)
    write_portfolio(tmp_path / "c", 3, 40, seed=6)
    assert _same_tree(tmp_path / "a", tmp_path / "b")
    assert not _same_tree(tmp_path / "a", tmp_path / "c")


def test_workers_do_not_change_the_files(tmp_path: Path) -> None:
    write_portfolio(tmp_path / "one", 4, 20, seed=2, workers=1)
    write_portfolio(tmp_path / "two", 4, 20, seed=2, workers=2)
    assert _same_tree(tmp_path / "one", tmp_path / "two")


def test_shape_is_realistic() -> None:
    [d] = generate(1, 300, seed=0)
    people = {p["id"]: p for p in d["person"]}
    # nested departments and one reports_to tree rooted at the CEO
    assert any(x.get("parent") for x in d["department"])
    managers = {r["person"]: r["manager"] for r in d["reports_to"]}
    roots = {p for p in people if p not in managers and people[p].get("affiliation",
                                                                      "internal") == "internal"}
    assert len(roots) == 1 and people[roots.pop()]["level"] == "c-level"
    # outsiders who sway the account, hidden and formal influence
    assert {p.get("affiliation") for p in people.values()} >= {"board", "family"}
    assert {r["visibility"] for r in d["influence"]} == {"formal", "hidden"}
    # heavy-tailed acquaintance degrees: the best-connected person far above the median
    deg: Counter[str] = Counter()
    for r in d["knows"]:
        deg[r["source"]] += 1
        deg[r["target"]] += 1
    ranked = sorted(deg.values())
    assert ranked[-1] >= 4 * ranked[len(ranked) // 2]
    # buying centers, stance histories toward us and competitors, field-scale entries
    assert {r["role"] for r in d["role"]} >= {"decider", "approver", "buyer", "user",
                                              "influencer", "gatekeeper"}
    towards = {s["toward"] for s in d["stance"]}
    assert "us" in towards and towards & {c["id"] for c in d["competitor"]}
    assert any(s.get("scale") == "field" for s in d["stance"])
    per_key = Counter((s["person"], s["toward"]) for s in d["stance"])
    assert max(per_key.values()) >= 2
    # A/B owners with gaps: someone has A but no B
    owned = {(r["person"], r["role"]) for r in d["owns"]}
    assert any((p, "A") in owned and (p, "B") not in owned for p, _ in owned)
    assert d["interaction"] and d["informs"] and d["sponsors"]


def test_staff_tie_accounts_together() -> None:
    data = generate(6, 40, seed=0)
    accounts_of: dict[str, set[str]] = {}
    for d in data:
        for r in d["knows"]:
            if r["source"].startswith("s"):
                accounts_of.setdefault(r["source"], set()).add(d.account_id)
    assert max(len(v) for v in accounts_of.values()) >= 2
    # staff are listed once per account that references them, and identically everywhere
    seen: dict[str, dict[str, object]] = {}
    for d in data:
        for s in d["staff"]:
            assert seen.setdefault(s["id"], s) == s
    assert any(s["active"] is False for s in seen.values()) or len(seen) < 30


def test_every_kind_is_written(tmp_path: Path) -> None:
    counts = write_portfolio(tmp_path, 2, 60, seed=0)
    assert set(counts) == {f"{k.plural}.csv" for k in KINDS.values()}
    assert all(n > 0 for n in counts.values())


def test_too_small_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        generate(1, 5)


def test_synth_command_writes_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "portfolio"
    result = CliRunner().invoke(main, ["synth", "--accounts", "2", "--people", "30",
                                       "--seed", "4", "--workers", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "people.csv" in result.output and "60" in result.output
    assert [d.account_id for d in load_paths([out])] == ["a001", "a002"]
