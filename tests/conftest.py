"""Shared fixtures: a real store for every storage test.

By default one embedded engine (ArcadeDB through Bolt) is started per test
session (per xdist worker) in a temporary kamgraph home, and every test gets a
clean database. With ``KAMGRAPH_TEST_NEO4J_URI`` (and ``_USER``, ``_PASSWORD``,
optionally ``_DATABASE``) set, the same tests run against that Neo4j instead;
its database is wiped before each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kamgraph.config import Settings, resolve_settings
from kamgraph.model import AccountData
from kamgraph.store import Store, open_store

DEMO_PATH = Path(__file__).resolve().parent.parent / "kamgraph" / "data" / "demo.yaml"


@pytest.fixture(scope="session")
def store_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    uri = os.environ.get("KAMGRAPH_TEST_NEO4J_URI")
    home = tmp_path_factory.mktemp("kamgraph-home")
    if uri:
        yield resolve_settings(
            uri=uri, user=os.environ.get("KAMGRAPH_TEST_NEO4J_USER", "neo4j"),
            password=os.environ.get("KAMGRAPH_TEST_NEO4J_PASSWORD"),
            database=os.environ.get("KAMGRAPH_TEST_NEO4J_DATABASE"), home=home)
        return
    from kamgraph.store.engine import stop_engine

    settings = Settings(uri=None, user=None, password=None, database=None, home=home)
    try:
        yield settings
    finally:
        stop_engine(home)


@pytest.fixture
def store(store_settings: Settings) -> Iterator[Store]:
    """A clean database on the real store."""
    with open_store(store_settings, schema=False) as st:
        st.write("admin/wipe")
        st.ensure_schema()
        yield st


@pytest.fixture(scope="session")
def demo_data() -> AccountData:
    from kamgraph.formats import load_paths

    [data] = load_paths([DEMO_PATH])
    return data


@pytest.fixture
def demo_store(store: Store, demo_data: AccountData) -> Store:
    """A clean database holding the demo account."""
    store.save_account(demo_data)
    return store


@pytest.fixture
def cli_env(store_settings: Settings) -> dict[str, str | None]:
    """Environment that points the CLI at the test store."""
    env: dict[str, str | None] = {"KAMGRAPH_HOME": str(store_settings.home),
                                  "KAMGRAPH_LANG": "en", "COLUMNS": None,
                                  "NEO4J_URI": None, "NEO4J_USERNAME": None,
                                  "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None}
    if store_settings.uri:
        env.update(NEO4J_URI=store_settings.uri, NEO4J_USERNAME=store_settings.user,
                   NEO4J_PASSWORD=store_settings.password, NEO4J_DATABASE=store_settings.database)
    return env


class Cli:
    """Run the kamgraph CLI in-process against the test store."""

    def __init__(self, env: dict[str, str | None]) -> None:
        self.env = env

    def __call__(self, *args: str, input: str | None = None, ok: bool = True) -> Result:
        from kamgraph.cli import main

        result = CliRunner().invoke(main, list(args), env=self.env, input=input,
                                    catch_exceptions=False)
        if ok and result.exit_code != 0:
            raise AssertionError(f"kamgraph {' '.join(args)} exited {result.exit_code}:\n"
                                 f"{result.output}")
        return result


@pytest.fixture
def cli(cli_env: dict[str, str | None], store: Store) -> Cli:
    """The CLI on a clean test store."""
    return Cli(cli_env)


@pytest.fixture
def demo_cli(cli_env: dict[str, str | None], demo_store: Store) -> Cli:
    """The CLI on a test store holding the demo account."""
    return Cli(cli_env)


def pytest_collection_modifyitems(config: Any, items: list[pytest.Item]) -> None:
    """On Neo4j, leave out what never touches a store: the doctests and the test modules
    marked ``engine_free`` (pure analyzers, planning, maps, tables). They run in the
    embedded run, and their answers cannot depend on the engine."""
    if not os.environ.get("KAMGRAPH_TEST_NEO4J_URI"):
        return
    skip = pytest.mark.skip(reason="engine-free: runs in the embedded run")
    for item in items:
        if isinstance(item, pytest.DoctestItem) or item.get_closest_marker("engine_free"):
            item.add_marker(skip)


def pytest_report_header(config: Any) -> str:
    uri = os.environ.get("KAMGRAPH_TEST_NEO4J_URI")
    return f"kamgraph store under test: {uri or 'embedded ArcadeDB engine'}"


#: Summary lines tests add (e.g. the import fuzz counts), printed at the end of the run so
#: that CI shows them.
SUMMARY_LINES: list[str] = []


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SUMMARY_LINES:
        terminalreporter.write_sep("-", "kamgraph figures")
        for line in SUMMARY_LINES:
            terminalreporter.write_line(line)
