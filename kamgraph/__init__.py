"""kamgraph: relationship-graph analysis for key-account management.

The account graph lives in Neo4j (or the embedded ArcadeDB default), is projected
into networkx, and is analysed by pure functions in :mod:`kamgraph.analyzers`.
"""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # the version is read from the installed metadata only when asked for: importing
    # importlib.metadata costs more than the rest of ``kamgraph --help``
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("kamgraph")
        except PackageNotFoundError:  # running from a checkout that was never installed
            found = "0.0.0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module 'kamgraph' has no attribute {name!r}")
