"""kamgraph portfolio: tiering from the scores, the review table and its files, on the store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamgraph.config import Settings
from kamgraph.errors import ConfigError
from kamgraph.formats import load_paths
from kamgraph.model import SCORE_INPUTS
from kamgraph.portfolio import load_config, propose_tiers
from kamgraph.store import Store
from kamgraph.synth import generate
from tests.conftest import Cli


def _acc(i: str, x: float | None, tier: str | None = None, **kw: object) -> dict[str, object]:
    scores = {} if x is None else {n: x for n in SCORE_INPUTS}
    return {"id": i, "name": i, "tier": tier, **scores, **kw}


def test_top_share_is_a_cap_and_thresholds_a_floor() -> None:
    cfg = load_config(None)
    accs = [_acc("a", 9.5), _acc("b", 9.0), _acc("c", 6.0), _acc("d", 5.2), _acc("e", 2.0),
            _acc("f", 7.0), _acc("g", 8.8), _acc("h", 8.7), _acc("i", 8.6), _acc("j", 4.0)]
    got = {p.account: p.proposed for p in propose_tiers(accs, cfg)}
    # ten accounts, top 20%: two key accounts, both above 8 -> S; 8.8 is S-worthy but
    # outside the top share, so B
    assert got == {"a": "S", "b": "S", "g": "B", "h": "B", "i": "B", "f": "B", "c": "B",
                   "d": "B", "e": "C", "j": "C"}


def test_missing_inputs_are_missing_not_zero() -> None:
    [p] = propose_tiers([_acc("x", None, "A", score_sales=9.0)], load_config(None))
    assert p.proposed is None and p.score.value is None
    assert p.score.missing == SCORE_INPUTS[1:]
    assert not p.disagrees  # no proposal, no disagreement


def test_config_file_sets_weights_share_and_industry_thresholds(tmp_path: Path) -> None:
    cfg_path = tmp_path / "portfolio.toml"
    cfg_path.write_text("[weights]\nsales = 1\npotential = 1\n\n[tiers]\ntop_percent = 50\n"
                        "S = 9\n\n[tiers.industry.telecom]\nS = 7\n", encoding="utf-8")
    cfg = load_config(cfg_path)
    assert cfg.weights["score_sales"] == cfg.weights["score_potential"] == 0.5
    assert cfg.weights["score_showcase"] == 0.0
    accs = [_acc("t", 8.0, industry="telecom"), _acc("m", 8.5, industry="mining"),
            _acc("z", 1.0)]
    got = {p.account: p.proposed for p in propose_tiers(accs, cfg)}
    # top 50% of three = two; telecom's S floor is 7, everyone else's is 9
    assert got == {"m": "A", "t": "S", "z": "C"}


@pytest.mark.parametrize("text, message", [
    ("[weights]\nsales = 'x'\n", "[weights].sales: expected a number"),
    ("[weights]\nprice = 1\n", "unknown key 'price'"),
    ("[tiers]\ntop_percent = 0\n", "top_percent must be a number in (0, 100]"),
    ("[tiers\n", "not valid TOML"),
])
def test_bad_config_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "bad.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.toml") as e:
        load_config(p)
    assert message in str(e.value)


@pytest.fixture
def portfolio_cli(cli: Cli, store: Store) -> Cli:
    for d in generate(5, 40, seed=3):
        store.save_account(d)
    return cli


def test_portfolio_review_on_the_store(portfolio_cli: Cli) -> None:
    doc = json.loads(portfolio_cli("portfolio", "--json", "--today", "2026-12-01").output)
    rows = doc["accounts"]
    assert sorted(r["account"] for r in rows) == ["a001", "a002", "a003", "a004", "a005"]
    for r in rows:
        assert r["key_persons"] >= r["covered"] >= 0
        # a004's deals are all lost: no main deal, so no balance
        assert (r["opportunity"] is None) == (r["balance_us"] is None) == (r["account"] == "a004")
        if r["score"] is None:
            assert r["proposed_tier"] is None and r["score_missing"]
        else:
            assert r["proposed_tier"] in "SABC"
        assert r["disagrees"] == (r["proposed_tier"] is not None and r["tier"] is not None
                                  and r["proposed_tier"] != r["tier"])
    tiers = [r["proposed_tier"] for r in rows]
    assert tiers == sorted(tiers, key=lambda t: "SABC".index(t) if t else 9)
    assert doc["summary"].startswith("5 accounts: ")


def test_portfolio_files_in_both_languages(portfolio_cli: Cli, tmp_path: Path) -> None:
    out = portfolio_cli("portfolio", "--lang", "zh", "--out", str(tmp_path / "p.xlsx")).output
    assert "个客户" in out and "p.xlsx" in out
    ws = load_workbook(tmp_path / "p.xlsx").active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[:4] == ["客户", "行业", "现定级别", "建议级别"]
    assert ws.max_row == 6
    portfolio_cli("portfolio", "--out", str(tmp_path / "p.csv"))
    raw = (tmp_path / "p.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel on Windows reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Account" and len(rows) == 6
    portfolio_cli("portfolio", "--out", str(tmp_path / "p.html"))
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "Portfolio review" in page and "http" not in page.split("<body>")[1]


def test_hostile_names_stay_text(cli: Cli, store: Store, tmp_path: Path) -> None:
    [d] = generate(1, 40, seed=4)
    d["account"][0]["name"] = "=HYPERLINK(\"http://x\")</script><img src=x onerror=alert(1)>"
    store.save_account(d)
    cli("portfolio", "--out", str(tmp_path / "p.csv"))
    text = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert '\n"\'=HYPERLINK' in text
    cli("portfolio", "--out", str(tmp_path / "p.xlsx"))
    ws = load_workbook(tmp_path / "p.xlsx").active
    assert ws is not None and str(ws["A2"].value).startswith("'=") and ws["A2"].data_type == "s"
    cli("portfolio", "--out", str(tmp_path / "p.html"))
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "</script><img" not in page and "\\u003c/script\\u003e" in page


def test_unknown_account_and_missing_out(cli: Cli, store: Store) -> None:
    r = cli("portfolio", "nope", ok=False)
    assert r.exit_code == 1 and r.output.startswith("Error: no account 'nope'")
    r = cli("portfolio", "--format", "xlsx", ok=False)
    assert r.exit_code == 2 and "--out" in r.output


def test_demo_without_scores_shows_missing(demo_cli: Cli) -> None:
    out = demo_cli("portfolio").output
    assert "1 lack score inputs" in out and "missing" in out
    [d] = load_paths([Path(__file__).parent / "data" / "import" / "acme.yaml"])
    assert d.account_id == "acme"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_export_reads_back_in_networkx(demo_cli: Cli, tmp_path: Path, fmt: str) -> None:
    import networkx as nx

    from kamgraph.projection import graph_from_data

    out = tmp_path / f"demo.{fmt}"
    demo_cli("export", "gd-telecom", "--format", fmt, "--out", str(out))
    G = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    [d] = load_paths([Path(__file__).parent.parent / "kamgraph" / "data" / "demo.yaml"])
    P = graph_from_data(d)
    assert set(G.nodes) == set(P.nodes)
    assert G.number_of_edges() == P.number_of_edges()
    wang = G.nodes["p-wang-qiang"]
    assert wang["stances.us"] == P.nodes["p-wang-qiang"]["stances"]["us"]
    assert "decider" in str(wang["roles"])
    text = out.read_text(encoding="utf-8")
    assert "private." not in text and "Cantonese opera" not in text
    demo_cli("export", "gd-telecom", "--format", fmt, "--out", str(out), "--include-private")
    assert "Cantonese opera" in out.read_text(encoding="utf-8")


def test_review_again_reads_only_the_accounts_that_changed(store: Store, tmp_path: Path) -> None:
    """The second review (a new process: disk cache only) reads no account; after a
    capture, the changed account alone is analysed again, and every row equals a review
    computed from scratch."""
    import datetime as dt

    from kamgraph.capture import assess_stance
    from kamgraph.history import cache
    from kamgraph.portfolio import TieringConfig, review_portfolio

    data = generate(3, 30, seed=5)
    for d in data:
        store.save_account(d)
    store.cache_dir = tmp_path
    day, cfg = dt.date(2026, 12, 1), TieringConfig()
    cache.clear_memory()
    first = review_portfolio(store, cfg, today=day)
    kept = sorted((tmp_path / "accounts").iterdir())
    assert {f.suffix for f in kept} == {".pickle", ".derived"}
    assert {f.stat().st_mode & 0o777 for f in kept} == {0o600}  # the user's alone
    cache.clear_memory()
    reads = cache.STATS.as_dict()
    assert review_portfolio(store, cfg, today=day) == first
    assert cache.STATS.as_dict() == reads  # no account read from store, disk or memory
    changed = data[1].account_id
    assess_stance(store, changed, data[1]["person"][0]["id"], 3, on=day, evidence="test")
    cache.clear_memory()
    reads = cache.STATS.as_dict()
    after = review_portfolio(store, cfg, today=day)
    assert cache.STATS.store + cache.STATS.disk == reads["store"] + reads["disk"] + 1
    assert [r for r in after if r.account != changed] == \
        [r for r in first if r.account != changed]
    cache.clear_memory()
    store.cache_dir = None
    assert review_portfolio(store, cfg, today=day) == after


def test_worker_processes_give_the_same_review(store: Store, store_settings: Settings,
                                               tmp_path: Path) -> None:
    """Accounts reviewed by this process and another, each with its own store connection:
    the same rows in the same order as in this process alone, the reviews kept for the
    next run, and an error in the other process raised here as that error."""
    import datetime as dt

    from kamgraph.errors import NotFound
    from kamgraph.history import cache
    from kamgraph.portfolio import TieringConfig, review_portfolio
    from kamgraph.portfolio.build import MIN_PARALLEL, Reviewed, _name

    data = generate(MIN_PARALLEL + 1, 30, seed=6)
    for d in data:
        store.save_account(d)
    day, cfg = dt.date(2026, 12, 1), TieringConfig()
    store.cache_dir = tmp_path / "serial"
    cache.clear_memory()
    serial = review_portfolio(store, cfg, today=day, settings=store_settings, workers=1)
    store.cache_dir = tmp_path / "workers"
    cache.clear_memory()
    reads = cache.STATS.store
    parallel = review_portfolio(store, cfg, today=day, settings=store_settings, workers=2)
    assert cache.STATS.store - reads <= len(data) - 2  # the other took two at least
    assert [r.to_dict() for r in parallel] == [r.to_dict() for r in serial]
    cache.clear_memory()
    assert all(cache.held(store, d.account_id, _name(day), Reviewed) for d in data)
    ids = [d.account_id for d in data]
    store.cache_dir = tmp_path / "again"  # nothing kept: every account goes to a worker
    cache.clear_memory()
    with pytest.raises(NotFound, match="nope"):  # the first goes to the other process
        review_portfolio(store, cfg, today=day, accounts=["nope", *ids],
                         settings=store_settings, workers=2)
