"""Every file in ``cypher/`` is valid Neo4j 5 Cypher, by Neo4j's own grammar.

The tests cannot reach a real Neo4j, so the queries are checked with Neo4j's
language-support library (npm ``@neo4j-cypher/language-support``, pinned in
``package.json`` and ``package-lock.json``; install it with ``npm ci``) run by the
machine's ``node``. ``tests/cypher_lint.mjs`` lints all files in one node process;
this module gives it our model's schema (labels, relationship types, property keys
and which relationship joins which labels, all read from :mod:`kamgraph.model`) and
turns what it reports into test results.

What fails: every diagnostic -- syntax and semantic errors, APOC or other plugin
calls (only Neo4j's built-in functions and procedures are declared), unknown labels,
relationship types or property keys (a typo there is a bug even though Neo4j only
warns), patterns our model cannot have, deprecated features, a ``CYPHER 25`` prefix,
more than one statement per file. Only performance hints (cartesian product) are
reported without failing. ``EXPLAIN`` on the embedded engine checks ArcadeDB's
parser; this checks Neo4j's: both are needed.

Run ``python tests/test_cypher_lint.py`` to print the lint report of every file.

When ``node`` is missing the tests are skipped, except under CI (``CI`` set), where
a missing ``node`` or ``node_modules`` fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kamgraph import model

REPO = Path(__file__).resolve().parent.parent
CYPHER = REPO / "cypher"
LINT = REPO / "tests" / "cypher_lint.mjs"
PACKAGE = "@neo4j-cypher/language-support"

#: Property keys the store uses beyond the record fields of ``model.KINDS`` and the
#: ``{...}`` lists of the model docstring. Add a key here only with its reason.
EXTRA_PROPERTY_KEYS: dict[str, str] = {
    "account": "every account-scoped node and relationship names its account",
}

_NODE = re.compile(r"\(:([\w|]+)(?:\s*\{([^}]*)\})?\)")
_EDGE = re.compile(r"\(:([\w|]+)[^)]*\)\s*-\[:(\w+)(?:\s*\{([^}]*)\})?\]->\s*\(:([\w|]+)[^)]*\)")


def _keys(props: str | None) -> set[str]:
    """Property names of a docstring ``{a, b: 'x'|'y', c}`` list."""
    if not props:
        return set()
    return {m.group(1) for part in props.split(",") if (m := re.match(r"\s*(\w+)", part))}


def model_schema() -> dict[str, Any]:
    """The lint schema of our graph model, read from :mod:`kamgraph.model`.

    Labels, relationship types and the ``graphSchema`` (which relationship type
    joins which labels, in which direction) come from the model docstring's
    pattern list; property keys from the docstring's ``{...}`` lists, every
    non-reference field of :data:`kamgraph.model.KINDS` and
    :data:`EXTRA_PROPERTY_KEYS`.
    """
    doc = model.__doc__ or ""
    labels: set[str] = set()
    rel_types: set[str] = set()
    keys: set[str] = set(EXTRA_PROPERTY_KEYS)
    graph: set[tuple[str, str, str]] = set()
    for line in doc.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line.startswith("(:"):
            continue
        for m in _NODE.finditer(line):
            labels.update(m.group(1).split("|"))
            keys |= _keys(m.group(2))
        for m in _EDGE.finditer(line):
            rel_types.add(m.group(2))
            keys |= _keys(m.group(3))
            for src in m.group(1).split("|"):
                for dst in m.group(4).split("|"):
                    graph.add((src, dst, m.group(2)))
    for kind in model.KINDS.values():
        keys |= {f.name for f in kind.fields if f.type not in ("ref", "reflist")}
    return {
        "labels": sorted(labels),
        "relationshipTypes": sorted(rel_types),
        "propertyKeys": sorted(keys),
        "graphSchema": [{"from": s, "to": d, "relType": t} for s, d, t in sorted(graph)],
    }


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _lint_unavailable() -> str | None:
    """Why the lint cannot run here, or None."""
    node = shutil.which("node")
    if node is None:
        return "node is not on PATH"
    if not (REPO / "node_modules" / PACKAGE / "package.json").is_file():
        return f"node_modules/{PACKAGE} is missing: run `npm ci` in {REPO}"
    return None


def run_lint(queries: list[dict[str, str]] | None = None, *, files: bool = True) -> dict[str, Any]:
    """Lint every ``cypher/`` file (and ``queries``) in one node process; its JSON report."""
    payload = {
        "schema": model_schema(),
        "paths": [str(CYPHER)] if files and CYPHER.is_dir() else [],
        "root": str(CYPHER),
        "queries": queries or [],
    }
    proc = subprocess.run(
        ["node", str(LINT)], input=json.dumps(payload), capture_output=True,
        text=True, cwd=REPO, timeout=600, check=False,
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(
            f"cypher_lint.mjs failed (exit {proc.returncode}): {proc.stderr.strip()}")
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def _failures(result: dict[str, Any]) -> list[str]:
    where = (Path(result["path"]).resolve().relative_to(REPO).as_posix()
             if result["path"] else result["name"])
    return [f"{where}:{d['line']}:{d['column']}: {d['level']}: {d['message']}"
            for d in result["diagnostics"] if d["fails"]]


# Negative cases: each must be reported, with a message containing the given text.
BROKEN: dict[str, tuple[str, str]] = {
    "syntax": ("MATCH (n:Person RETURN n", "Invalid input 'RETURN'"),
    "apoc procedure": ("CALL apoc.create.node(['Person'], {id: $id}) YIELD node RETURN node",
                       "Procedure apoc.create.node is not present"),
    "apoc function": ("MATCH (n:Person) RETURN apoc.text.join([n.name], ',') AS s",
                      "Function apoc.text.join is not present"),
    "label typo": ("MATCH (n:Persn) RETURN n.id", "Label Persn is not present"),
    "relationship type typo": ("MATCH (a:Person)-[:INFLUENCE]->(b:Person) RETURN b.id",
                               "Relationship type INFLUENCE is not present"),
    "property typo": ("MATCH (n:Person {id: $id}) RETURN n.nmae", "nmae is not present"),
    "property typo in a pattern": ("UNWIND $rows AS r MATCH (n:Person {idd: r.id}) RETURN n",
                                   "idd is not present"),
    "property typo after a row": ("UNWIND $rows AS r MATCH (n:Person {id: r.id}) "
                                  "WHERE n.levl = r.level RETURN n", "levl is not present"),
    "wrong direction": ("MATCH (s:Staff)<-[:OWNS]-(p:Person) RETURN s.id, p.id", "has no"),
    "undefined variable": ("MATCH (n:Person) RETURN m", "Variable `m` not defined"),
    "GQL LET (Cypher 25 only)": ("LET x = 1 RETURN x", "Invalid input 'LET'"),
    "GQL FILTER (Cypher 25 only)": ("MATCH (n:Person) FILTER n.id = $id RETURN n",
                                    "Invalid input 'FILTER'"),
    "CYPHER 25 prefix": ("CYPHER 25 MATCH (n:Person) RETURN n", "must be Neo4j 5 Cypher"),
    "ArcadeDB @rid": ("MATCH (n:Person) RETURN n.@rid", "Invalid input '@'"),
    "deprecated id()": ("MATCH (n:Person) RETURN id(n)", "deprecated"),
    "two statements": ("MATCH (n:Person) RETURN n; MATCH (m:Staff) RETURN m",
                       "holds 2 statements"),
}

# Positive controls: realistic queries over our model that must pass, so that the
# negative cases fail for their own reason and not because everything fails.
GOOD: dict[str, str] = {
    "upsert people": (
        "UNWIND $rows AS row MERGE (p:Person {id: row.id}) SET p += row.props "
        "WITH p, row MATCH (a:Account {id: row.account}) "
        "MERGE (p)-[r:PART_OF]->(a) SET r.account = row.account"
    ),
    "owners": ("MATCH (s:Staff)-[o:OWNS {account: $account}]->(p:Person) "
               "RETURN s.id AS staff, p.id AS person, o.role AS role ORDER BY staff, person"),
    "cartesian product is only advisory": (
        "UNWIND $rows AS row MATCH (s:Staff {id: row.staff}), (p:Person {id: row.person}) "
        "MERGE (s)-[k:KNOWS]->(p) SET k.strength = row.strength"
    ),
    "row keys inside a pattern": (  # the package credits r.staff to s; we drop that
        "UNWIND $rows AS r MATCH (s:Staff {id: r.staff}) MATCH (p:Person {id: r.person}) "
        "CREATE (s)-[o:OWNS]->(p) SET o = r.props, o.account = $account"
    ),
    "constraint": "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
}


def _cypher_files() -> list[str]:
    if not CYPHER.is_dir():
        return []
    return sorted(p.relative_to(CYPHER).with_suffix("").as_posix()
                  for p in CYPHER.rglob("*.cypher"))


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    why = _lint_unavailable()
    if why is not None:
        if _in_ci():
            pytest.fail(f"Cypher lint cannot run under CI: {why}", pytrace=False)
        if shutil.which("node") is None:
            pytest.skip(f"Cypher lint skipped: {why}")
        pytest.fail(f"Cypher lint cannot run: {why}", pytrace=False)
    queries = [{"name": f"broken/{k}", "text": q} for k, (q, _) in BROKEN.items()]
    queries += [{"name": f"good/{k}", "text": q} for k, q in GOOD.items()]
    return run_lint(queries)


def _result(report: dict[str, Any], name: str) -> dict[str, Any]:
    matches = [r for r in report["results"] if r["name"] == name]
    assert len(matches) == 1, f"{name} not linted"
    return matches[0]


def test_model_schema_lists_the_whole_model() -> None:
    schema = model_schema()
    assert schema["labels"] == sorted([
        "Account", "Competitor", "Department", "Post", "Person", "PrivateDetails",
        "Opportunity", "Staff", "Event", "Plan", "Review", "Body"])
    assert schema["relationshipTypes"] == sorted([
        "COMPETES_FOR", "PART_OF", "MEMBER_OF", "HOLDS", "HAS_PRIVATE", "REPORTS_TO",
        "INFLUENCES", "HAS_ROLE", "STANCE", "FOR", "COMPETES_IN", "OWNS", "KNOWS",
        "SPONSORS", "INFORMS", "INTERACTED", "SERVES", "SITS_ON", "DECIDES"])
    edges = {(e["from"], e["relType"], e["to"]) for e in schema["graphSchema"]}
    assert ("Department", "PART_OF", "Account") in edges
    assert ("Person", "KNOWS", "Person") in edges and ("Staff", "KNOWS", "Person") in edges
    assert ("Person", "OWNS", "Staff") not in edges
    for key in ("id", "name", "name_en", "until", "toward", "strength", "home_area", "account"):
        assert key in schema["propertyKeys"]
    assert "manager" not in schema["propertyKeys"]  # a reference, stored as REPORTS_TO


def test_lint_uses_the_pinned_package(report: dict[str, Any]) -> None:
    pinned = json.loads((REPO / "package.json").read_text())["devDependencies"][PACKAGE]
    assert report["package"] == f"{PACKAGE}@{pinned}"
    assert report["cypher_version"] == "CYPHER 5"


def test_there_are_cypher_files(report: dict[str, Any]) -> None:
    linted = {r["name"] for r in report["results"] if r["path"]}
    assert linted == set(_cypher_files())
    assert linted, "cypher/ holds no .cypher file"


@pytest.mark.parametrize("name", _cypher_files())
def test_cypher_file_is_neo4j5_cypher(report: dict[str, Any], name: str) -> None:
    result = _result(report, name)
    failures = _failures(result)
    hint = ("\n(an unknown label, type or property key that is right belongs in the model "
            "docstring of kamgraph/model.py, or in EXTRA_PROPERTY_KEYS of this file)")
    assert not failures, "\n".join(failures) + hint


@pytest.mark.parametrize("name", _cypher_files())
def test_linted_text_is_the_text_kamgraph_runs(report: dict[str, Any], name: str) -> None:
    from kamgraph import queries

    if queries.query_root().resolve() != CYPHER.resolve():
        pytest.skip("kamgraph is installed from a copy of cypher/, not this checkout")
    assert _result(report, name)["text"] == queries.get(name).text


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_query_is_reported(report: dict[str, Any], case: str) -> None:
    expected = BROKEN[case][1]
    failures = _failures(_result(report, f"broken/{case}"))
    assert any(expected in f for f in failures), f"{expected!r} not reported; got {failures}"


@pytest.mark.parametrize("case", sorted(GOOD))
def test_good_query_passes(report: dict[str, Any], case: str) -> None:
    result = _result(report, f"good/{case}")
    assert not _failures(result), "\n".join(_failures(result))


def test_cartesian_product_is_reported_but_advisory(report: dict[str, Any]) -> None:
    diags = _result(report, "good/cartesian product is only advisory")["diagnostics"]
    assert any("cartesian product" in d["message"] and not d["fails"] for d in diags)


if __name__ == "__main__":
    out = run_lint()
    bad = 0
    for res in out["results"]:
        fails = _failures(res)
        bad += bool(fails)
        print(f"{'FAIL' if fails else 'ok  '} {res['name']} ({res['ms']} ms)")
        for f in fails:
            print(f"     {f}")
    print(f"{out['package']}: {len(out['results'])} queries, {bad} failing, {out['ms']} ms")
    sys.exit(1 if bad else 0)
