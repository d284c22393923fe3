"""Data files shipped with kamgraph: ``demo.yaml``, the demo account (fictional)."""

__all__: list[str] = []
