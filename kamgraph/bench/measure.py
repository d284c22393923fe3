"""Measuring helpers for ``kamgraph bench``: medians, peak memory, subprocess timing.

Peak memory is the peak resident set of this process during a step: on Linux the
kernel's high-water mark is reset before the step (``/proc/self/clear_refs``) and
read after it; elsewhere the process-lifetime peak from ``getrusage`` is reported.

Examples
--------
>>> median([3.0, 1.0, 2.0])
2.0
>>> with PeakMemory() as pm:
...     _ = bytearray(1024)
>>> pm.mb >= 0
True
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TypeVar

__all__ = ["median", "timed", "PeakMemory", "process_peak_mb", "time_command"]

T = TypeVar("T")
_STATUS = Path("/proc/self/status")


def median(values: Sequence[float]) -> float:
    """The median (of one value: that value)."""
    return float(statistics.median(values))


def timed(fn: Callable[[], T], runs: int) -> tuple[list[float], T]:
    """Run ``fn`` ``runs`` times; return the seconds of each run and the last result."""
    times: list[float] = []
    result: T | None = None
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result  # type: ignore[return-value]


def _hwm_kb(status: Path = _STATUS) -> int | None:
    try:
        m = re.search(r"VmHWM:\s+(\d+)\s*kB", status.read_text())
    except OSError:
        return None
    return int(m.group(1)) if m else None


def process_peak_mb(pid: int | None = None) -> float | None:
    """Peak resident memory of a process (this one by default) in MB, if known."""
    if pid is None:
        kb = _hwm_kb()
        if kb is None:
            ru = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return ru / (1024 * 1024) if sys.platform == "darwin" else ru / 1024
        return kb / 1024
    kb = _hwm_kb(Path(f"/proc/{pid}/status"))
    return None if kb is None else kb / 1024


class PeakMemory:
    """Context manager: the peak resident memory of this process during the block (``mb``)."""

    def __init__(self) -> None:
        self.mb: float = 0.0

    def __enter__(self) -> PeakMemory:
        try:
            Path("/proc/self/clear_refs").write_text("5")  # reset the high-water mark
        except OSError:
            pass
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.mb = process_peak_mb() or 0.0


def time_command(args: Sequence[str], runs: int,
                 env: Mapping[str, str] | None = None) -> tuple[list[float], float]:
    """Run a command ``runs`` times, each in a fresh process; seconds per run and the
    largest peak resident memory of a run (MB).

    Raises ``RuntimeError`` with the end of the command's output when it fails.
    """
    times: list[float] = []
    peak = 0.0
    full_env = {**os.environ, **(env or {})}
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        proc = subprocess.Popen(list(args), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                env=full_env)
        assert proc.stdout is not None
        out = proc.stdout.read()
        proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)  # reap it ourselves to get its rusage
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        times.append(time.perf_counter() - start)
        if code:
            raise RuntimeError(f"{' '.join(args)} failed ({code}): "
                               f"{out.decode(errors='replace')[-500:]}")
        peak = max(peak, usage.ru_maxrss / 1024)
    return times, peak
