"""What an import file may be: its size, its encoding, its characters, its nesting.

Checked before a file is parsed, so that a huge or hostile file is refused at once
(no parser runs on 50 MB of YAML) with the file, line and limit named.

* :func:`max_import_bytes`: the per-file size limit, 20 MB unless ``--max-size`` or
  ``KAMGRAPH_MAX_IMPORT_MB`` says otherwise;
* :func:`read_text`: read a file as UTF-8 within that limit, naming the line of a byte
  that is not UTF-8;
* :func:`raw_control_chars`: lines holding control characters, with the field they
  are in where a YAML line shows it.

Field values are checked again after parsing (:func:`kamgraph.formats.records.control_char`):
an escape such as ``"\\u0000"`` or ``"\\ud800"`` only becomes a character then.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from kamgraph.errors import ConfigError
from kamgraph.formats.records import BAD_CHARS, Issues, control_char
from kamgraph.i18n import N_, Text

__all__ = ["DEFAULT_MAX_MB", "MAX_DEPTH", "max_import_bytes", "read_text", "raw_control_chars"]

#: Default largest import file, in MB (per file; a CSV folder's files count one by one).
DEFAULT_MAX_MB = 20
#: Deepest nesting of lists and mappings accepted in a YAML or JSON file (the format
#: itself needs six levels).
MAX_DEPTH = 32
_MB = 1024 * 1024
_KEY = re.compile(r"""["']?([A-Za-z_][\w.-]*)["']?\s*:(?:\s|$)""")


def max_import_bytes(explicit: int | None = None) -> int:
    """The size limit per import file: ``explicit``, else ``KAMGRAPH_MAX_IMPORT_MB``, else 20 MB.

    Examples
    --------
    >>> max_import_bytes(1000)
    1000
    """
    if explicit is not None:
        return explicit
    env = os.environ.get("KAMGRAPH_MAX_IMPORT_MB", "").strip()
    if not env:
        return DEFAULT_MAX_MB * _MB
    try:
        mb = float(env)
    except ValueError:
        mb = -1.0
    if not mb > 0:
        raise ConfigError(N_("KAMGRAPH_MAX_IMPORT_MB={value!r} is not a positive number of MB"),
                          value=env)
    return int(mb * _MB)


def _mb(n: int) -> str:
    return f"{n / _MB:.1f} MB" if n >= _MB // 10 else Text(N_("{n:,} bytes"), n=n)


def _too_big(size: int, limit: int) -> Text:
    return Text(N_("is {size}, over the import limit of {limit} per file (raise it with "
                   "--max-size or KAMGRAPH_MAX_IMPORT_MB)"), size=_mb(size), limit=_mb(limit))


def _unreadable(exc: OSError) -> Text:
    return Text(N_("cannot be read: {why}"), why=exc.strerror or exc)


def check_size(path: Path, file: str, issues: Issues, max_bytes: int | None = None) -> bool:
    """False, with the reason in ``issues``, when ``path`` is over the import limit."""
    limit = max_import_bytes(max_bytes)
    try:
        size = path.stat().st_size
    except OSError as exc:
        issues.add_at(file, None, None, _unreadable(exc))
        return False
    if size > limit:
        issues.add_at(file, None, None, _too_big(size, limit))
        return False
    return True


def read_text(path: Path, file: str, issues: Issues, max_bytes: int) -> str | None:
    """The text of ``path`` (UTF-8, a BOM accepted), or None with the reason in ``issues``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            issues.add_at(file, None, None, _too_big(size, max_bytes))
            return None
        data = path.read_bytes()
    except OSError as exc:
        issues.add_at(file, None, None, _unreadable(exc))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        issues.add_at(file, line, None, Text(N_("is not UTF-8 text (byte 0x{byte:02X} at offset "
                                             "{offset:,}); save it as UTF-8"),
                                             byte=data[exc.start], offset=exc.start))
        return None


def raw_control_chars(text: str, file: str, issues: Issues, *, most: int = 20) -> bool:
    """Report each line of ``text`` holding a control character (at most ``most``
    lines); True if there was one. The field is the YAML key before the character."""
    found = 0
    line_no, counted = 1, 0
    m = BAD_CHARS.search(text)
    while m is not None and found < most:  # one report per line, in one pass over the text
        start = text.rfind("\n", counted, m.start()) + 1 or counted
        line_no += text.count("\n", counted, start)
        keys = _KEY.findall(text, start, m.start())
        issues.add_at(file, line_no, keys[-1] if keys else None,
                      Text(N_("{why}; control characters are not allowed"),
                           why=control_char(m.group())))
        found += 1
        end = text.find("\n", m.end())
        if end < 0:
            break
        line_no += 1
        counted = end + 1
        m = BAD_CHARS.search(text, counted)
    return found > 0
