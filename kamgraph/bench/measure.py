"""Measuring helpers for ``kamgraph bench``: medians, peak memory, subprocess timing.

Peak memory is the largest resident set size psutil sees while a step runs: a
background thread samples the process (or the child process) every few
milliseconds, on Linux, macOS and Windows alike. A spike shorter than the interval
can slip between samples; the end of a step is always sampled.

Examples
--------
>>> median([3.0, 1.0, 2.0])
2.0
>>> with PeakMemory() as pm:
...     _ = bytearray(1024)
>>> pm.mb > 0
True
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TypeVar

import psutil

__all__ = ["median", "timed", "PeakMemory", "rss_mb", "time_command"]

T = TypeVar("T")
#: Seconds between two samples of the resident set.
INTERVAL = 0.005
_MB = 1024 * 1024


def median(values: Sequence[float]) -> float:
    """The median (of one value: that value)."""
    return float(statistics.median(values))


def timed(fn: Callable[[], T], runs: int) -> tuple[list[float], T]:
    """Run ``fn`` ``runs`` times; return the seconds of each run and the last result."""
    start = time.perf_counter()
    result = fn()
    times = [time.perf_counter() - start]
    for _ in range(max(1, runs) - 1):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def rss_mb(proc: psutil.Process | None = None) -> float | None:
    """Resident memory of a process (this one by default) in MB; None once it has gone."""
    try:
        return (proc or psutil.Process()).memory_info().rss / _MB
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None


class PeakMemory:
    """Context manager: the peak resident memory of a process during the block (``mb``),
    sampled by psutil from a background thread (this process by default)."""

    def __init__(self, proc: psutil.Process | None = None, interval: float = INTERVAL) -> None:
        self.mb: float = 0.0
        self._proc = proc or psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="kamgraph-peak-memory",
                                        daemon=True)

    def _take(self) -> None:
        now = rss_mb(self._proc)
        if now is not None and now > self.mb:
            self.mb = now

    def _sample(self) -> None:
        while not self._stop.wait(self._interval):
            self._take()

    def __enter__(self) -> PeakMemory:
        self._take()
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()
        self._take()


def time_command(args: Sequence[str], runs: int,
                 env: Mapping[str, str] | None = None) -> tuple[list[float], float]:
    """Run a command ``runs`` times, each in a fresh process; seconds per run and the
    largest peak resident memory of a run (MB, sampled by psutil).

    Raises ``RuntimeError`` with the end of the command's output when it fails.
    """
    times: list[float] = []
    peak = 0.0
    full_env = {**os.environ, **(env or {})}
    for _ in range(max(1, runs)):
        with tempfile.TemporaryFile() as out:
            start = time.perf_counter()
            proc = psutil.Popen(list(args), stdout=out, stderr=subprocess.STDOUT, env=full_env)
            with PeakMemory(proc) as pm:
                code = proc.wait()
            times.append(time.perf_counter() - start)
            if code:
                out.seek(0)
                raise RuntimeError(f"{' '.join(args)} failed ({code}): "
                                   f"{out.read().decode(errors='replace')[-500:]}")
        peak = max(peak, pm.mb)
    return times, peak
