"""Import fuzzing: malformed files and generated broken records are refused cleanly.

Two sources of bad input:

* :mod:`fuzz_cases`: over a hundred hand-made malformed files (YAML, JSON, CSV folders),
  each imported next to a good account through the path ``kamgraph import`` takes
  (:func:`~kamgraph.formats.load_paths` then
  :func:`~kamgraph.store.accounts.save_accounts`) on the real store;
* a hypothesis generator of records with one broken field (wrong type, out of range,
  control characters, lone surrogates, over-long text, unknown references), written as
  YAML, JSON or CSV and validated (a refusal there happens before the store is opened).

Across all of them: no exception but :class:`~kamgraph.errors.ImportValidationError`
("tracebacks"), none slower than :data:`HANG_S` ("hangs"), nothing written (the good
account beside the bad file is absent afterwards: "partial writes"), and every refusal
names the file, the line or row, and the field broken. The counts are printed at the end
of the test run.
"""

from __future__ import annotations

import csv
import io
import json
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SUMMARY_LINES
from fuzz_cases import CASES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamgraph.errors import ImportValidationError
from kamgraph.formats import load_paths
from kamgraph.model import KINDS
from kamgraph.store import Store
from kamgraph.store.accounts import save_accounts

#: A case taking longer than this counts as a hang.
HANG_S = 10
GOOD = "account: {{id: good-{n}, name: 好账户}}\npeople:\n  - {{id: p-a, name: 甲}}\n"


class Hang(Exception):
    pass


def _alarm(*_: Any) -> None:
    raise Hang


def _write(root: Path, files: dict[str, str | bytes]) -> list[Path]:
    """Write a case's files; return the import paths (files, and CSV folders once)."""
    paths: list[Path] = []
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", errors="surrogatepass", newline="")
        target = p.parent if p.parent != root else p
        if target not in paths:
            paths.append(target)
    return paths


def run_case(store: Store | None, root: Path, files: dict[str, str | bytes],
             max_bytes: int | None = None, n: int = 0) -> tuple[str, Any, float]:
    """Import a good account and the case's files; ('refused', issues) or ('accepted',
    None) or ('traceback', exception) or ('hang', None), and the seconds taken."""
    root.mkdir(parents=True)
    good = root / "good.yaml"
    good.write_text(GOOD.format(n=n), encoding="utf-8")  # account good-N
    paths = [good, *_write(root, files)]
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_S)
    t0 = time.perf_counter()
    try:
        accounts = load_paths(paths, max_bytes=max_bytes)
        if store is not None:
            save_accounts(store, accounts)
        return "accepted", None, time.perf_counter() - t0
    except ImportValidationError as e:
        return "refused", e.issues, time.perf_counter() - t0
    except Hang:
        return "hang", None, time.perf_counter() - t0
    except Exception as e:  # what the CLI would show as an internal error
        return "traceback", e, time.perf_counter() - t0
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def judge(root: Path, case_files: list[str], field: str | tuple[str, ...] | None,
          need_line: bool, outcome: str, issues: Any) -> str | None:
    """Why a refusal falls short (None when it names file, line and field as it must)."""
    if outcome != "refused":
        return f"{outcome}: {issues!r}"[:300]
    names = {str(root / f) for f in case_files} | {str((root / f).parent) for f in case_files}
    names |= {str(root / f).rsplit("/", 1)[0] + "/accounts.csv" for f in case_files}
    if any(i.file not in names for i in issues):
        return "an issue names another file: " + "; ".join(map(str, issues))[:300]
    if need_line and not any(i.line is not None for i in issues):
        return "no line or row named: " + "; ".join(map(str, issues))[:300]
    fields = (field,) if isinstance(field, str) else field
    if fields and not any(i.field in fields and i.line is not None for i in issues):
        return f"field {field!r} not named with its line: " + "; ".join(map(str, issues))[:300]
    return None


def _note(kind: str, counts: Counter[str], slowest: float, stored: bool = True) -> None:
    tried = sum(counts[k] for k in ("refused", "accepted", "traceback", "hang"))
    partial = f"{counts['partial']} partial writes" if stored else "validation only"
    SUMMARY_LINES.append(
        f"import fuzz ({kind}): {tried} tried, {counts['refused']} refused "
        f"cleanly, {counts['traceback']} tracebacks, {counts['hang']} hangs, "
        f"{partial}, {counts['accepted']} accepted, "
        f"{counts['unnamed']} refusals missing file/line/field; slowest {slowest:.2f} s")


def test_malformed_files_are_refused_cleanly(store: Store, tmp_path: Path) -> None:
    assert len(CASES) >= 90
    counts: Counter[str] = Counter()
    problems: list[str] = []
    slowest = 0.0
    for n, case in enumerate(CASES):
        root = tmp_path / f"case{n}"
        outcome, issues, took = run_case(store, root, case.files, case.max_bytes, n)
        slowest = max(slowest, took)
        counts[outcome] += 1
        why = judge(root, list(case.files), case.field, case.line, outcome, issues)
        if why is not None:
            if outcome == "refused":
                counts["unnamed"] += 1
            problems.append(f"{case.name}: {why}")
    for a in store.accounts():  # good-N beside a refused file N: a partial write
        counts["partial"] += 1
        problems.append(f"{CASES[int(a['id'].split('-')[1])].name}: wrote account {a['id']}")
    _note(f"{len(CASES)} malformed files", counts, slowest)
    assert not problems, "\n".join(problems)


# -- generated broken records ------------------------------------------------------------
_CTRL = st.sampled_from(["\x00", "\x01", "\x07", "\x08", "\x0b", "\x1b", "\x7f", "\x85", "\x9b",
                         "\ud800", "\udbff", "\udc00", "\udfff"])
_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
                min_size=0, max_size=8)
_DIRTY = st.builds(lambda a, c, b: a + c + b, _TEXT, _CTRL, _TEXT)
#: CSV files are UTF-8 bytes: a lone surrogate cannot be written in one
_DIRTY_CSV = st.builds(lambda a, c, b: a + c + b, _TEXT, _CTRL.filter(lambda c: c < "\ud800"),
                       _TEXT)
_NESTED = st.lists(st.integers(), min_size=1, max_size=3)
_WRONG_SHAPE = st.one_of(st.dictionaries(st.sampled_from(["a", "b"]), st.integers(), min_size=1),
                         st.lists(st.dictionaries(st.just("x"), st.integers(), min_size=1),
                                  min_size=1, max_size=2))
_HUGE = st.one_of(st.integers(min_value=10 ** 16, max_value=10 ** 40),
                  st.integers(min_value=-10 ** 40, max_value=-10 ** 16),
                  st.sampled_from([float("nan"), float("inf"), -float("inf"), 1e300]))


def _bad_values(kind: str, name: str, as_csv: bool) -> st.SearchStrategy[Any]:
    """Values that cannot be right for field ``name`` of ``kind`` (in a CSV cell: as text)."""
    f = KINDS[kind].field(name)
    common = [_DIRTY_CSV] if as_csv else [_DIRTY, _WRONG_SHAPE]
    if f.type in ("float", "int"):
        common += [_HUGE, st.text(alphabet="abcxyz", min_size=1, max_size=5)]
        if f.min is not None:
            common.append(st.floats(max_value=f.min - 0.5, allow_nan=False, min_value=-1e9))
        if f.max is not None:
            common.append(st.floats(min_value=f.max + 0.5, max_value=1e9))
    elif f.type == "date":
        common += [st.sampled_from(["2026-02-30", "2026-13-01", "tomorrow", "01/02/2026"]),
                   st.integers(min_value=1, max_value=10 ** 9)]
    elif f.type in ("enum", "list"):
        common.append(st.sampled_from(["nope", "CEO", "x y"]))
    elif f.type in ("ref", "reflist"):
        common.append(st.sampled_from(["nobody", "p-zz", "s-none"]))
    elif f.type == "bool":
        common.append(st.sampled_from(["maybe", "2", "vrai"]))
    elif f.type == "str":
        limit = 128 if name in ("id", "toward") else 300 if name in ("name", "name_en",
                                                                     "title") else 10_000
        common.append(st.integers(min_value=limit + 1, max_value=limit * 3).map(lambda n: "x" * n))
    if f.type == "map":
        common = [_NESTED, _TEXT.filter(bool), st.dictionaries(st.sampled_from(["1a", "a b", "é"]),
                                                st.integers(), min_size=1),
                  st.dictionaries(st.just("a"), st.one_of(_DIRTY, _HUGE, _NESTED), min_size=1)]
    return st.one_of(*common)


#: A valid record per kind, for the fields the generator does not break.
_VALID: dict[str, dict[str, Any]] = {
    "competitor": {"id": "c-x", "name": "对手"},
    "department": {"id": "d-b", "name": "二部", "parent": "d-a"},
    "post": {"id": "x-b", "title": "总监", "level": "director", "department": "d-a"},
    "person": {"id": "p-b", "name": "乙", "level": "vp", "department": "d-a", "post": "x-a",
               "post_since": "2025-01-01", "affiliation": "internal", "roles": ["user"],
               "notes": "无", "attributes": {"a": 1}},
    "staff": {"id": "s-b", "name": "员工", "level": "vp", "capacity_hours": 10, "active": True},
    "opportunity": {"id": "o-b", "name": "项目", "value": 10, "close_date": "2027-01-01",
                    "competitors": ["c-a"]},
    "influence": {"source": "p-a", "target": "p-c", "strength": 0.5, "basis": "peer"},
    "stance": {"person": "p-a", "toward": "us", "value": 1, "on": "2026-01-01", "by": "s-a"},
    "owns": {"staff": "s-a", "person": "p-a", "role": "A", "since": "2025-01-01"},
    "knows": {"source": "s-a", "target": "p-a", "strength": 0.5, "circle": "school"},
    "sponsors": {"staff": "s-a", "person": "p-a"},
    "informs": {"source": "s-a", "target": "p-a", "reliability": 0.5},
    "interaction": {"id": "i-1", "staff": "s-a", "person": "p-a", "on": "2026-01-01"},
}
_BASE_RECORDS: dict[str, list[dict[str, Any]]] = {
    "competitors": [{"id": "c-a", "name": "甲对手"}],
    "departments": [{"id": "d-a", "name": "一部"}],
    "posts": [{"id": "x-a", "title": "总经理", "level": "c-level"}],
    "people": [{"id": "p-a", "name": "甲"}, {"id": "p-c", "name": "丙"}],
    "staff": [{"id": "s-a", "name": "员工甲"}],
}
_FIELDS = [(k, f.name) for k in _VALID for f in KINDS[k].fields
           if f.name in _VALID[k] and not (k == "person" and f.private and f.name != "notes")]


@st.composite
def broken_records(draw: st.DrawFn) -> tuple[str, str, Any, str]:
    fmt = draw(st.sampled_from(["yaml", "json", "csv"]))
    fields = [(k, n) for k, n in _FIELDS if fmt != "csv" or n != "attributes"]
    kind, name = draw(st.sampled_from(fields))
    return kind, name, draw(_bad_values(kind, name, fmt == "csv")), fmt


def _document(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    doc: dict[str, Any] = {"account": {"id": "gen", "name": "生成"}}
    doc.update({k: [dict(r) for r in v] for k, v in _BASE_RECORDS.items()})
    doc.setdefault(KINDS[kind].plural, []).append(rec)
    return doc


def _files(fmt: str, kind: str, rec: dict[str, Any]) -> dict[str, str | bytes]:
    doc = _document(kind, rec)
    if fmt == "json":
        return {"gen.json": json.dumps(doc, ensure_ascii=True, default=str)}
    if fmt == "yaml":
        return {"gen.yaml": yaml.safe_dump(doc, allow_unicode=False, sort_keys=False)}
    out: dict[str, str | bytes] = {"gen/accounts.csv": "id,name\ngen,生成\n"}
    for plural, recs in doc.items():
        if plural == "account":
            continue
        k = next(x for x in KINDS.values() if x.plural == plural)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        cols = [c for c in k.columns]
        w.writerow(cols + (["attributes.a"] if k.has_attributes else []))
        for r in recs:
            row = []
            for c in cols:
                v = "gen" if c == "account" else r.get(c, "")
                row.append(";".join(map(str, v)) if isinstance(v, list)
                           and all(not isinstance(x, list | dict) for x in v) else str(v))
            if k.has_attributes:
                a = r.get("attributes")
                row.append(str(a.get("a", "")) if isinstance(a, dict) else str(a or ""))
            w.writerow(row)
        out[f"gen/{plural}.csv"] = buf.getvalue()
    return out


_GEN: Counter[str] = Counter()
_GEN_SLOWEST = [0.0]
_GEN_PROBLEMS: list[str] = []


@pytest.fixture(scope="module")
def gen_report() -> Iterator[None]:
    yield
    _note("generated broken records", _GEN, _GEN_SLOWEST[0], stored=False)


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=broken_records())
def test_generated_broken_records_are_refused_naming_the_field(
        case: tuple[str, str, Any, str], tmp_path_factory: pytest.TempPathFactory,
        gen_report: None) -> None:
    kind, name, value, fmt = case
    rec = {**_VALID[kind], name: value}
    files = _files(fmt, kind, rec)
    root = tmp_path_factory.mktemp("gen")
    outcome, issues, took = run_case(None, root / "c", files)
    _GEN[outcome] += 1
    _GEN_SLOWEST[0] = max(_GEN_SLOWEST[0], took)
    named = (name, *value) if name == "attributes" and isinstance(value, dict) else name
    why = judge(root / "c", list(files), named, True, outcome, issues)
    if why is not None and outcome == "refused":
        _GEN["unnamed"] += 1
    assert why is None, f"{kind}.{name} = {value!r} as {fmt}: {why}"


def test_an_oversize_file_is_refused_unread_naming_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.write(GOOD.format(n=0).encode())
        fh.truncate(50 * 1024 * 1024)  # 50 MB, as the issue's probe
    t0 = time.perf_counter()
    with pytest.raises(ImportValidationError) as err:
        load_paths([big])
    took = time.perf_counter() - t0
    assert f"{big}: is 50.0 MB, over the import limit of 20.0 MB per file" in str(err.value)
    SUMMARY_LINES.append(f"a 50 MB import file refused in {took * 1000:.0f} ms (limit 20 MB)")
    monkeypatch.setenv("KAMGRAPH_MAX_IMPORT_MB", "60")
    with pytest.raises(ImportValidationError,
                       match=r"big\.yaml:4: contains the control character U\+0000"):
        load_paths([big])  # read now: the NUL bytes after the account are refused
    monkeypatch.setenv("KAMGRAPH_MAX_IMPORT_MB", "0.001")
    small = tmp_path / "small.yaml"
    small.write_text(GOOD.format(n=0) + "#" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(ImportValidationError, match="over the import limit of 1,048 bytes"):
        load_paths([small])
