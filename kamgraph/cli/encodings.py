"""Files from Chinese desktops: a clear hint when an import file is GBK, not UTF-8.

Excel on Chinese Windows saves "CSV" in GBK (code page 936). kamgraph reads UTF-8 only, so
that a file is never misread; when a refused file decodes cleanly as GB18030 (the superset
of GBK) the error says so and how to convert it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kamgraph.errors import ImportValidationError, KamgraphError
from kamgraph.i18n import N_, Text

__all__ = ["looks_gbk", "with_encoding_hint"]


def looks_gbk(path: Path) -> bool:
    """Not UTF-8, but clean GB18030 holding some Chinese."""
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    try:
        raw.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _files(paths: Iterable[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from sorted(p.glob("*.csv"))
        else:
            yield p


@contextmanager
def with_encoding_hint(paths: Iterable[Path]) -> Iterator[None]:
    """Re-raise an import refusal over non-UTF-8 files with a hint for the GBK ones."""
    paths = list(paths)
    try:
        yield
    except ImportValidationError as e:
        if not any("UTF-8" in i.message for i in e.issues):
            raise
        gbk = [f for f in _files(paths) if looks_gbk(f)]
        if not gbk:
            raise
        hint = Text(N_("hint: {files} look(s) like GBK, as Excel on Chinese Windows saves CSV. "
                       "Save as \"CSV UTF-8\" in Excel, or convert: iconv -f GB18030 -t UTF-8 "
                       "FILE > NEW-FILE"), files=", ".join(str(f) for f in gbk))
        raise KamgraphError("{error}\n{hint}", error=e, hint=hint) from e
