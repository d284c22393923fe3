"""kamgraph: relationship-graph analysis for key-account management.

The account graph lives in Neo4j (or the embedded ArcadeDB default), is projected
into networkx, and is analysed by pure functions in :mod:`kamgraph.analyzers`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kamgraph")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
