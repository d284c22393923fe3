"""Where kamgraph keeps its files and which store it talks to."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kamgraph.errors import ConfigError

__all__ = ["Settings", "resolve_settings", "default_home", "EMBEDDED_DATABASE"]

#: Name of the database the embedded engine holds.
EMBEDDED_DATABASE = "kamgraph"


def default_home() -> Path:
    """``$KAMGRAPH_HOME``, else ``$XDG_DATA_HOME/kamgraph``, else ``~/.local/share/kamgraph``."""
    if os.environ.get("KAMGRAPH_HOME"):
        return Path(os.environ["KAMGRAPH_HOME"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "kamgraph"


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
        if self.embedded:
            return f"embedded engine at {self.home}"
        return f"{self.uri} (database {self.database or 'default'})"


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
            raise ConfigError(f"unsupported URI {uri!r}: use bolt://host:port or neo4j://host:port")
    return Settings(uri=uri, user=user, password=password, database=database, home=home_path)
