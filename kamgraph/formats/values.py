"""Coercing one written value to its field's type (:func:`coerce_value`): texts, lists,
numbers, true/false, dates and free attributes, each refused in plain words when it does
not fit. Re-exported by :mod:`kamgraph.formats.records`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

from kamgraph.formats.problems import (
    MAX_ID,
    MAX_NAME,
    MAX_NUMBER,
    MAX_TEXT,
    Invalid,
    control_char,
    safe_name,
    show,
)
from kamgraph.i18n import N_, Text
from kamgraph.model import ATTRIBUTE_NAME, Field
from kamgraph.records import Attr

__all__ = ["ATTR_PREFIX", "coerce_value", "is_empty"]

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT_RE = re.compile(r"^[+-]?\d+$")
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}
#: Fields holding a name or title (limited to :data:`MAX_NAME`).
_NAMES = {"name", "name_en", "title", "stage", "industry", "region", "function"}

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


def _attributes(value: Any) -> dict[str, Attr]:
    """Free attributes: a mapping of names to texts, numbers, true/false or dates.

    Examples
    --------
    >>> _attributes({"wechat": "wq1968", "since_year": 1998})
    {'since_year': 1998, 'wechat': 'wq1968'}
    """
    if not isinstance(value, Mapping):
        raise Invalid(Text(N_("expected a mapping of name: value, not {shape}"),
                           shape=_shape(value)))
    out: dict[str, Attr] = {}
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
    kamgraph.formats.problems.Invalid: 'ceo' is not one of staff, manager, director, vp,
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


def is_empty(value: Any) -> bool:
    """Whether a written value means "not set": None, blank text, empty lists or mappings."""
    if value is None:
        return True
    if isinstance(value, Mapping):
        return not value
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return all(is_empty(v) for v in value)
    return False
