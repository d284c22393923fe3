"""Field coercion and per-record validation, driven by :data:`kamgraph.model.KINDS`.

Both readers (YAML and CSV) turn what they read into ``(kind, raw mapping, Loc)``
and hand it to :func:`coerce_record`, which checks every field against the kind's
:class:`~kamgraph.model.Field` list and returns the normalised record. Problems are
collected in an :class:`Issues` list, never raised one at a time.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kamgraph.errors import ValidationIssue
from kamgraph.i18n import N_, Text
from kamgraph.model import ATTRIBUTE_NAME, Field, Kind
from kamgraph.records import Record

__all__ = [
    "MAX_ID",
    "MAX_NAME",
    "MAX_TEXT",
    "MAX_NUMBER",
    "control_char",
    "Loc",
    "Issues",
    "Invalid",
    "coerce_value",
    "coerce_record",
    "show",
    "suggest",
]

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT_RE = re.compile(r"^[+-]?\d+$")
_TRUE = {"true", "yes", "1"}

#: Longest id (or reference to one), name and other text accepted, in characters.
MAX_ID = 128
MAX_NAME = 300
MAX_TEXT = 10_000
#: Largest number accepted anywhere (no field needs more; the store's integers end at 2**63).
MAX_NUMBER = 1e15
#: Fields holding a name or title (limited to :data:`MAX_NAME`).
_NAMES = {"name", "name_en", "title", "stage", "industry", "region", "function"}
#: Control characters (C0 but tab, line feed and carriage return; DEL; C1) and the lone
#: surrogates a YAML or JSON ``\\ud800`` escape can produce: never part of real data.
BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def control_char(text: str) -> str | None:
    """Why ``text`` is refused for holding a control character or lone surrogate, or None.

    Examples
    --------
    >>> control_char("Tw\\ud800o")
    'contains a lone surrogate U+D800, which is not text'
    >>> control_char("a\\x00b"), control_char("王强\\n")
    ('contains the control character U+0000', None)
    """
    m = BAD_CHARS.search(text)
    if m is None:
        return None
    code = ord(m.group())
    if 0xD800 <= code <= 0xDFFF:
        return Text(N_("contains a lone surrogate U+{code:04X}, which is not text"), code=code)
    return Text(N_("contains the control character U+{code:04X}"), code=code)


def _checked(text: str, limit: int) -> str:
    """``text`` if it holds no control character and fits ``limit`` characters."""
    why = control_char(text)
    if why:
        raise Invalid(why)
    if len(text) > limit:
        raise Invalid(Text(N_("is {n:,} characters long; the limit is {limit:,}"), n=len(text),
                           limit=limit))
    return text


def _limit(f: Field) -> int:
    if f.name in ("id", "toward") or f.type in ("ref", "reflist"):
        return MAX_ID
    return MAX_NAME if f.name in _NAMES else MAX_TEXT
_FALSE = {"false", "no", "0"}


@dataclass(frozen=True)
class Loc:
    """Where a record was read: file, line (YAML) or row (CSV), and per-field lines."""

    file: str
    line: int | None = None
    fields: Mapping[str, int] = field(default_factory=dict)
    row: bool = False

    def at(self, name: str | None) -> int | None:
        """Line of field ``name`` if known, else the record's line."""
        if name is not None and name in self.fields:
            return self.fields[name]
        return self.line

    def where(self, other_file: str | None = None) -> str:
        """``"line 12"`` / ``"row 3"``, prefixed with the file if it differs from ``other_file``.

        Examples
        --------
        >>> Loc("a.yaml", 12).where("a.yaml"), Loc("d/people.csv", 3, row=True).where("x")
        ('line 12', 'd/people.csv row 3')
        """
        if self.line is None:
            text = Text(N_("an earlier record"))
        else:
            text = Text(N_("row {n}") if self.row else N_("line {n}"), n=self.line)
        if other_file is not None and other_file != self.file:
            text = Text("{file} {where}", file=self.file, where=text) if self.file else text
        return text


class Issues(list[ValidationIssue]):
    """A growing list of :class:`~kamgraph.errors.ValidationIssue`."""

    def add(self, loc: Loc, name: str | None, message: str) -> None:
        """Record a problem with field ``name`` (or the whole record) at ``loc``; a
        :class:`~kamgraph.i18n.Text` message reaches the user in their language."""
        self.append(ValidationIssue(loc.file, loc.at(name), name, message))

    def add_at(self, file: str, line: int | None, name: str | None, message: str) -> None:
        """Record a problem at an explicit place."""
        self.append(ValidationIssue(file, line, name, message))


class Invalid(ValueError):
    """A value that does not fit its field; the message says why in plain words."""

    @property
    def text(self) -> str:
        """The message as given (a :class:`~kamgraph.i18n.Text` keeps its translation)."""
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


def show(value: Any) -> str:
    """How a written value is quoted in messages.

    Examples
    --------
    >>> show("ceo"), show(1.5), show(True), show(dt.date(2026, 1, 2))
    ("'ceo'", '1.5', 'true', '2026-01-02')
    """
    if isinstance(value, str):
        return repr(value) if len(value) <= 80 else repr(value[:60]) + f"... ({len(value):,} chars)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def safe_name(name: str) -> str:
    """A field or column name as it may be printed: control characters escaped, cut short.

    Examples
    --------
    >>> safe_name("nmae"), safe_name("a\\x1b[31m"), len(safe_name("x" * 500))
    ('nmae', "'a\\\\x1b[31m'", 63)
    """
    if BAD_CHARS.search(name) or len(name) > 60:
        text = repr(name)
        return text if len(text) <= 60 else text[:60] + "..."
    return name


def suggest(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for a near miss, else ``""``.

    Examples
    --------
    >>> suggest("nmae", ["id", "name"])
    " (did you mean 'name'?)"
    """
    if len(name) > 64:
        return ""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.7)
    return Text(N_(" (did you mean {name!r}?)"), name=close[0]) if close else ""


def _too_big(value: str) -> Text:
    return Text(N_("{value} is beyond the largest number accepted ({most})"), value=value,
                most=f"{MAX_NUMBER:.0e}")


def _shape(value: Any) -> str:
    if isinstance(value, Mapping):
        return Text(N_("a mapping"))
    if isinstance(value, list | tuple):
        return Text(N_("a list"))
    return show(value)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | dt.date):
        return show(value) if isinstance(value, float) else str(value)
    raise Invalid(Text(N_("expected a single value, got {shape}"), shape=_shape(value)))


def _items(f: Field, value: Any) -> list[str]:
    raw = value.split(";") if isinstance(value, str) else value
    if not isinstance(raw, list | tuple):
        raw = [raw]
    items = [_checked(_text(v), _limit(f)) for v in raw if v is not None]
    items = [v for v in items if v]
    if f.choices:
        bad = [v for v in items if v not in f.choices]
        if bad:
            raise Invalid(Text(N_("{value} is not one of {choices}"), value=show(bad[0]),
                               choices=", ".join(f.choices)))
    return items


def _number(f: Field, value: Any) -> float:
    if isinstance(value, bool):
        raise Invalid(Text(N_("{value} is not a number"), value=show(value)))
    if isinstance(value, int) and abs(value) > MAX_NUMBER:
        raise Invalid(_too_big(show(value)))
    if isinstance(value, int | float):
        num = float(value)
    else:
        text = _text(value)
        try:
            num = float(text)
        except ValueError:
            raise Invalid(Text(N_("{value} is not a number"), value=show(text))) from None
    if not math.isfinite(num):
        raise Invalid(Text(N_("{value} is not a finite number"), value=show(value)))
    if abs(num) > MAX_NUMBER:
        raise Invalid(_too_big(show(num)))
    lo, hi = f.min, f.max
    if (lo is not None and num < lo) or (hi is not None and num > hi):
        if lo is not None and hi is not None:
            raise Invalid(Text(N_("{value} is outside {lo}..{hi}"), value=show(num),
                                   lo=show(float(lo)), hi=show(float(hi))))
        if lo is not None:
            raise Invalid(Text(N_("{value} is below the minimum {lo}"), value=show(num),
                                   lo=show(float(lo))))
        assert hi is not None  # neither bound set: no range error above
        raise Invalid(Text(N_("{value} is above the maximum {hi}"),  # pragma: no cover
                           value=show(num), hi=show(float(hi))))
    return num


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise Invalid(Text(N_("{value} is not a whole number"), value=show(value)))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = _text(value)
        if not _INT_RE.match(text) or len(text) > 20:
            raise Invalid(Text(N_("{value} is not a whole number"), value=show(value)))
        number = int(text)
    if abs(number) > MAX_NUMBER:
        raise Invalid(_too_big(show(value)))
    return number


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise Invalid(Text(N_("{value} is not true or false"), value=show(value)))


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise Invalid(Text(N_("{value} has a time of day; expected a date (YYYY-MM-DD)"),
                           value=show(value)))
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if _DATE_RE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise Invalid(Text(N_("{value} is not a valid date"), value=show(text))) from None
    raise Invalid(Text(N_("{value} is not a date (YYYY-MM-DD)"), value=show(value)))


#: CSV columns ``attributes.NAME`` carry a node's free attributes.
ATTR_PREFIX = "attributes."


def _attributes(value: Any) -> dict[str, Any]:
    """Free attributes: a mapping of names to texts, numbers, true/false or dates.

    Examples
    --------
    >>> _attributes({"wechat": "wq1968", "since_year": 1998})
    {'since_year': 1998, 'wechat': 'wq1968'}
    """
    if not isinstance(value, Mapping):
        raise Invalid(Text(N_("expected a mapping of name: value, not {shape}"),
                           shape=_shape(value)))
    out: dict[str, Any] = {}
    for key, v in value.items():
        name = str(key)
        if not re.fullmatch(ATTRIBUTE_NAME, name):
            name = safe_name(name)
            raise Invalid(Text(N_("attribute name {name} must be letters, digits and _ "
                                  "(not starting with a digit)"), name=show(name)))
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        if isinstance(v, dt.datetime) or not isinstance(v, str | bool | int | float | dt.date):
            raise Invalid(Text(N_("attribute {name}: {shape} is not a text, number, "
                                  "true/false or date"), name=name, shape=_shape(v)))
        if isinstance(v, str):
            v = _checked(v.strip(), MAX_TEXT)
        elif isinstance(v, int | float) and not isinstance(v, bool):
            if not math.isfinite(v) or abs(v) > MAX_NUMBER:
                raise Invalid(Text(N_("attribute {name}: {value} is not a number in "
                                      "-{most}..{most}"), name=name, value=show(v),
                                   most=f"{MAX_NUMBER:.0e}"))
        out[name] = v
    return dict(sorted(out.items()))


def coerce_value(f: Field, value: Any) -> Any:
    """Coerce one written value to the field's type; raise :class:`Invalid` if it does not fit.

    Empty values (``None``, blank text, empty lists) are not passed here: they mean
    "not set" and are handled by :func:`coerce_record`.

    Examples
    --------
    >>> from kamgraph.model import KINDS
    >>> coerce_value(KINDS["influence"].field("strength"), "0.8")
    0.8
    >>> coerce_value(KINDS["person"].field("level"), "ceo")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    kamgraph.formats.records.Invalid: 'ceo' is not one of staff, manager, director, vp,
    c-level, board
    """
    t = f.type
    if t == "map":
        return _attributes(value)
    if t == "reflist":  # a set of ids: kept sorted, as the store returns it
        return sorted(_items(f, value))
    if t == "list":
        return _items(f, value)
    if t == "float":
        return _number(f, value)
    if t == "int":
        num = _int(value)
        if f.min is not None or f.max is not None:
            _number(f, num)
        return num
    if t == "bool":
        return _bool(value)
    if t == "date":
        return _date(value)
    text = _text(value)
    if t == "enum" and text not in f.choices:
        raise Invalid(Text(N_("{value} is not one of {choices}"), value=show(text)[:80],
                           choices=", ".join(f.choices)))
    return _checked(text, _limit(f))


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, Mapping):
        return not value
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return all(_empty(v) for v in value)
    return False


def coerce_record(
    kind: Kind,
    raw: Mapping[Any, Any],
    loc: Loc,
    issues: Issues,
    *,
    implied: Iterable[str] = (),
    unknown_word: str = "field",
) -> Record:
    """Check one written record against its kind and return the normalised record.

    Unknown keys, missing required fields and values that do not fit are added to
    ``issues``; fields that are fine are kept, so later checks can still run on them.
    Fields in ``implied`` are filled in by the caller and not required here.
    Unset optional fields are absent, unless the model gives them a default.

    Examples
    --------
    >>> from kamgraph.model import KINDS
    >>> issues = Issues()
    >>> coerce_record(KINDS["influence"], {"source": "a", "target": "b", "strength": 1},
    ...               Loc("f"), issues)
    {'source': 'a', 'target': 'b', 'strength': 1.0, 'basis': 'other', 'visibility': 'formal'}
    >>> coerce_record(KINDS["knows"], {"source": "a", "strenght": 1}, Loc("f", 3), issues) and None
    >>> for i in issues:
    ...     print(i)
    f:3: strenght: unknown field (did you mean 'strength'?)
    f:3: target: required field is missing
    f:3: strength: required field is missing
    """
    names = [f.name for f in kind.fields]
    for key in raw:
        if str(key) not in names:
            name = safe_name(str(key))
            unknown = (N_("unknown column{hint}") if unknown_word == "column"
                       else N_("unknown field{hint}"))
            issues.add(loc, name, Text(unknown, hint=suggest(name, names)))
    skip = set(implied)
    rec: Record = {}
    for f in kind.fields:
        value = raw.get(f.name)
        if _empty(value):
            if f.required and f.name not in skip:
                issues.add(loc, f.name, Text(N_("required field is missing")))
            elif f.default is not None:
                rec[f.name] = f.default
            continue
        try:
            rec[f.name] = coerce_value(f, value)
        except Invalid as exc:
            issues.add(loc, f.name, exc.text)
    return rec
