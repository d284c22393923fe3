"""Put generated records in the form the importers return (and the store expects).

Model defaults are filled in, stances carry ``raw`` (as written) and ``value`` (on
the 7-point scale), a field-scale ``-10`` points ``toward`` the competitor it
names, and every list is sorted by its kind's key, so ``generate()`` equals
``load_paths()`` of the files ``write_portfolio()`` writes.

Examples
--------
>>> from kamgraph.model import AccountData
>>> d = AccountData()
>>> d["stance"].append({"person": "p", "toward": "us", "value": -10, "scale": "field",
...                     "competitor": "zte", "on": "2026-01-01"})
>>> normalize(d)["stance"][0]["toward"], d["stance"][0]["value"], d["stance"][0]["raw"]
('zte', 2, -10)
>>> written_stance(d.of("stance")[0])["toward"], written_stance(d.of("stance")[0])["competitor"]
('us', 'zte')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from kamgraph.model import FIELD_SCALE, KINDS, US, AccountData
from kamgraph.records import StanceRecord

__all__ = ["normalize", "written_stance"]

_DEFAULTS = {name: [(f.name, f.default) for f in kind.fields if f.default is not None]
             for name, kind in KINDS.items()}
_KEYS = {name: kind.key for name, kind in KINDS.items()}


def normalize(d: AccountData) -> AccountData:
    """Normalize ``d`` in place (see the module docstring); returns it."""
    for s in d.of("stance"):
        raw = s["value"]
        s["raw"] = raw
        if s.get("scale") == "field":
            s["value"] = FIELD_SCALE[raw]
            comp = s.pop("competitor", None)
            if raw == -10 and comp:
                s["toward"] = comp
    for kind, recs in d.records.items():
        defaults = _DEFAULTS[kind]
        if defaults:
            for r in recs:
                for name, value in defaults:
                    if name not in r:
                        r[name] = value
        keys = _KEYS[kind]
        if len(recs) > 1:
            recs.sort(key=functools.partial(_text_key, keys))
    return d


def _text_key(keys: tuple[str, ...], r: Mapping[str, object]) -> tuple[str, ...]:
    """Sort key of a record: its key fields as text."""
    return tuple(str(r.get(k, "")) for k in keys)


def written_stance(s: StanceRecord) -> StanceRecord:
    """A normalized stance as written to a file: the raw value; a field-scale -10
    as ``toward: us`` naming the competitor."""
    out = s.copy()
    out.pop("raw", None)
    out["value"] = s.get("raw", s["value"])
    if out.get("scale") == "field" and out["value"] == -10 and s["toward"] != US:
        out["competitor"] = s["toward"]
        out["toward"] = US
    return out
