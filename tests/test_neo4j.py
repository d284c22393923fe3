"""kamgraph against a real Neo4j: routing URIs, refused credentials, a server that dies.

Most of these run in the Neo4j pass only (``tests/neo4j_server.py`` sets
``KAMGRAPH_TEST_NEO4J_URI``); the unreachable-URI check runs in both passes.
The kill test starts a Neo4j server of its own, so the shared one lives on.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import neo4j
import pytest
from conftest import Cli
from neo4j_server import PASSWORD, USER, Neo4jTestServer, available

from kamgraph.config import Settings
from kamgraph.model import AccountData
from kamgraph.store import Store, open_store

NEO4J_URI = os.environ.get("KAMGRAPH_TEST_NEO4J_URI")
neo4j_only = pytest.mark.skipif(not NEO4J_URI, reason="needs the Neo4j test server "
                                "(KAMGRAPH_TEST_NEO4J_URI; see tests/neo4j/README.md)")


def _lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:9", "neo4j://127.0.0.1:9"])
def test_unreachable_uri_is_one_line_naming_it_and_not_the_embedded_engine(
        cli: Cli, uri: str) -> None:
    start = time.monotonic()
    result = cli("accounts", "--uri", uri, "--password", "whatever", ok=False)
    assert time.monotonic() - start < 30
    assert result.exit_code == 1
    [line] = _lines(result.output)
    assert line.startswith(f"Error: cannot reach the {uri}"), line
    assert "embedded" not in line and "engine" not in line, line


@neo4j_only
def test_wrong_password_is_one_line_naming_the_uri(cli: Cli, store_settings: Settings) -> None:
    if not store_settings.password:
        pytest.skip("the Neo4j test server runs without authentication")
    assert NEO4J_URI
    result = cli("accounts", "--uri", NEO4J_URI, "--user", store_settings.user or USER,
                 "--password", "not-" + store_settings.password, ok=False)
    assert result.exit_code == 1
    [line] = _lines(result.output)
    assert line.startswith(f"Error: cannot reach the {NEO4J_URI}"), line
    assert "refused the user name or password" in line, line
    assert "embedded" not in line and "engine" not in line, line


@neo4j_only
def test_a_neo4j_routing_uri_works_against_the_single_server(
        store: Store, store_settings: Settings, demo_data: AccountData) -> None:
    """``neo4j://`` makes the driver ask the server for a routing table (readers, writers)
    before any query; writes then go to a writer and reads (``routing_=READ``) to a reader."""
    assert NEO4J_URI and NEO4J_URI.startswith("bolt://")
    routed = Settings(uri="neo4j://" + NEO4J_URI.removeprefix("bolt://"),
                      user=store_settings.user, password=store_settings.password,
                      database=store_settings.database, home=store_settings.home)
    with open_store(routed) as st:
        st.save_account(demo_data)
        account = demo_data["account"][0]["id"]
        assert [a["id"] for a in st.accounts()] == [account]
        assert st.project(account).number_of_nodes() > 20
        table = st.driver.execute_query(
            "CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN servers",
            db=st.database or "neo4j", routing_=neo4j.RoutingControl.READ).records[0]["servers"]
    roles = {s["role"]: s["addresses"] for s in table}
    address = NEO4J_URI.removeprefix("bolt://")
    assert roles["WRITE"] == [address] and roles["READ"] == [address], roles


KILL_WHEN_WRITING = """
SHOW TRANSACTIONS YIELD currentQuery, activeLockCount
WHERE NOT currentQuery STARTS WITH 'SHOW'
  AND (currentQuery CONTAINS 'UNWIND' OR activeLockCount > 0)
RETURN count(*) AS n
"""


@pytest.mark.slow
@neo4j_only
@pytest.mark.skipif(not available(), reason="Neo4j test server jars not fetched")
def test_server_killed_mid_import_fails_fast_and_writes_nothing(
        tmp_path: Path, cli_env: dict[str, str | None]) -> None:
    synth = tmp_path / "portfolio"  # (synth needs no store: the shared one is left alone)
    Cli(cli_env)("synth", "--accounts", "1", "--people", "3000", "--seed", "3", "--workers", "1",
        "--out", str(synth))
    data = tmp_path / "neo4j-data"
    server = Neo4jTestServer(data=data)
    server.start()
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env.update(NEO4J_URI=server.uri, NEO4J_USERNAME=USER, NEO4J_PASSWORD=PASSWORD,
                   KAMGRAPH_HOME=str(tmp_path / "home"))
        importer = subprocess.Popen([sys.executable, "-m", "kamgraph", "import", str(synth)],
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    text=True)
        # wait until the import's write transaction is under way, then kill the server
        with neo4j.GraphDatabase.driver(server.uri, auth=(USER, PASSWORD)) as probe:
            deadline = time.monotonic() + 240
            while importer.poll() is None and time.monotonic() < deadline:
                n = probe.execute_query(KILL_WHEN_WRITING, database_="neo4j").records[0]["n"]
                if n:
                    break
                time.sleep(0.05)
        assert importer.poll() is None, "the import finished before the server could be killed"
        server.kill()
        killed = time.monotonic()
        output, _ = importer.communicate(timeout=60)
        took = time.monotonic() - killed
        assert importer.returncode == 1, output
        lines = _lines(output)
        assert len(lines) == 1 and lines[0].startswith("Error: "), output
        assert "Traceback" not in output and "embedded" not in output, output
        assert took < 15, f"the command took {took:.1f} s to give up after the kill"
    finally:
        server.kill()
    # the same data after a restart (Neo4j recovers from its log): nothing of the import
    with Neo4jTestServer(data=data) as again:
        settings = Settings(uri=again.uri, user=USER, password=PASSWORD, database=None,
                            home=tmp_path / "home")
        with open_store(settings, schema=False) as st:
            assert st.accounts() == []
            nodes = st.driver.execute_query("MATCH (n) RETURN count(n) AS n",
                                            database_="neo4j").records[0]["n"]
            assert nodes == 0
