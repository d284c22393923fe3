"""Where kamgraph keeps its files, which store it talks to, and the engine's settings.

Every environment variable kamgraph reads is read here, with its default stated once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kamgraph.errors import ConfigError
from kamgraph.i18n import N_

__all__ = ["Settings", "EngineSettings", "resolve_settings", "default_home", "engine_settings"]


def default_home() -> Path:
    """``$KAMGRAPH_HOME``, else the user data folder of the platform (platformdirs):
    ``$XDG_DATA_HOME/kamgraph`` or ``~/.local/share/kamgraph`` on Linux,
    ``~/Library/Application Support/kamgraph`` on macOS, ``%LOCALAPPDATA%\\kamgraph``
    on Windows."""
    if os.environ.get("KAMGRAPH_HOME"):
        return Path(os.environ["KAMGRAPH_HOME"]).expanduser()
    return Path(platformdirs.user_data_dir("kamgraph", appauthor=False))


@dataclass(frozen=True)
class EngineSettings:
    """How the embedded engine runs: read from the environment once, by :func:`engine_settings`.

    ``idle_s``: the engine stops after this many seconds without a client
    (``KAMGRAPH_ENGINE_IDLE``); ``start_timeout_s``: how long a command waits for it
    to start (``KAMGRAPH_ENGINE_START_TIMEOUT``); ``heap``: JVM heap such as ``2g``
    (``KAMGRAPH_ENGINE_HEAP``); ``write_wait_s``: how long a write waits for another
    process's write before failing with "busy, retry" (``KAMGRAPH_WRITE_WAIT``).
    """

    idle_s: float = 600.0
    start_timeout_s: float = 120.0
    heap: str | None = None
    write_wait_s: float = 120.0


def _seconds(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(N_("{name}={value!r} is not a number of seconds"), name=name,
                          value=raw) from None
    if value <= 0:
        raise ConfigError(N_("{name}={value!r} must be more than 0 seconds"), name=name, value=raw)
    return value


def engine_settings() -> EngineSettings:
    """The embedded engine's settings from ``KAMGRAPH_ENGINE_*`` / ``KAMGRAPH_WRITE_WAIT``."""
    d = EngineSettings()
    return EngineSettings(
        idle_s=_seconds("KAMGRAPH_ENGINE_IDLE", d.idle_s),
        start_timeout_s=_seconds("KAMGRAPH_ENGINE_START_TIMEOUT", d.start_timeout_s),
        heap=os.environ.get("KAMGRAPH_ENGINE_HEAP") or None,
        write_wait_s=_seconds("KAMGRAPH_WRITE_WAIT", d.write_wait_s),
    )


@dataclass(frozen=True)
class Settings:
    """Resolved connection settings. ``uri is None`` means the embedded engine."""

    uri: str | None
    user: str | None
    password: str | None
    database: str | None
    home: Path

    @property
    def embedded(self) -> bool:
        return self.uri is None

    def describe(self) -> str:
        from kamgraph.i18n import N_, Text

        if self.embedded:
            return Text(N_("embedded engine at {home}"), home=self.home)
        return Text(N_("{uri} (database {database})"), uri=self.uri,
                    database=self.database or Text(N_("default")))


def resolve_settings(
    uri: str | None = None, user: str | None = None, password: str | None = None,
    database: str | None = None, home: str | Path | None = None,
) -> Settings:
    """Combine explicit values with the ``NEO4J_*`` / ``KAMGRAPH_HOME`` environment."""
    uri = uri or os.environ.get("NEO4J_URI") or None
    user = user or os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER")
    password = password or os.environ.get("NEO4J_PASSWORD")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    home_path = Path(home).expanduser() if home else default_home()
    if uri is not None:
        scheme = uri.split("://", 1)[0] if "://" in uri else ""
        if scheme not in {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}:
            raise ConfigError(N_("unsupported URI {uri!r}: use bolt://host:port or "
                                 "neo4j://host:port"), uri=uri)
    return Settings(uri=uri, user=user, password=password, database=database, home=home_path)
