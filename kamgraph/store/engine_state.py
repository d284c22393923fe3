"""What the engine daemon and its clients share on disk: one shape, both sides.

``HOME/engine/state.json`` is written by the daemon once its database answers
(:class:`EngineState`) and read by every client. Besides the Bolt port it holds
what identifies the daemon process beyond its PID: the process start time, the
command line, and a random token that is also on that command line. A client
signals a process only when all three still match (:func:`is_our_engine`); a PID
reused by an unrelated process never does.

Clients ask the daemon for work through files in ``HOME/engine/requests/``
(:func:`request_path`): a request names the daemon's token, so a request left over
from an earlier engine is never acted on. The home is private to its user (0700),
so only that user can ask.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

import psutil

__all__ = ["EngineState", "EngineStateJson", "EngineAnswer", "EngineStatus", "DATABASE",
           "DAEMON_MODULE", "state_path", "read_state",
           "write_json", "is_our_engine", "process_identity", "requests_dir", "request_path"]

#: The database the embedded engine holds.
DATABASE = "kamgraph"
#: ``python -m`` module of the daemon; part of its expected command line.
DAEMON_MODULE = "kamgraph.store.daemon"


class EngineStateJson(TypedDict):
    """``state.json`` as written (:meth:`EngineState.to_json`)."""

    pid: int
    create_time: float
    token: str
    cmdline: list[str]
    bolt_port: int
    http_port: int
    started: float
    idle_limit_s: float
    database: str
    status: str


class EngineAnswer(TypedDict, total=False):
    """The daemon's answer to a request file (``.done``): ``ok``, else ``error``; a scrub
    says which indexes it rebuilt and how long it took."""

    ok: bool
    error: str
    rebuilt_indexes: list[str]
    seconds: float


class EngineStatus(TypedDict, total=False):
    """``kamgraph engine status``: what runs in a home (the keys after ``running`` only
    when they are known)."""

    home: str
    running: bool
    pid: int
    uri: str
    database: str
    uptime_s: float
    idle_s: float
    idle_limit_s: float
    stale_state_removed: bool
    data_bytes: int


@dataclass(frozen=True)
class EngineState:
    """A running engine, as the daemon describes itself in ``state.json``."""

    pid: int
    create_time: float
    token: str
    cmdline: list[str]
    bolt_port: int
    http_port: int
    started: float
    idle_limit_s: float = 600.0
    database: str = DATABASE
    status: str = "ready"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def to_json(self) -> EngineStateJson:
        return EngineStateJson(pid=self.pid, create_time=self.create_time, token=self.token,
                               cmdline=list(self.cmdline), bolt_port=self.bolt_port,
                               http_port=self.http_port, started=self.started,
                               idle_limit_s=self.idle_limit_s, database=self.database,
                               status=self.status)

    @classmethod
    def from_json(cls, raw: object) -> EngineState | None:
        """The state in ``raw``, or None when it lacks a field or has one of the wrong type
        (a state file of an older kamgraph, or a damaged one)."""
        if not isinstance(raw, dict):
            return None
        try:
            cmdline = raw["cmdline"]
            if not isinstance(cmdline, list) or not all(isinstance(c, str) for c in cmdline):
                return None
            return cls(pid=int(raw["pid"]), create_time=float(raw["create_time"]),
                       token=str(raw["token"]), cmdline=list(cmdline),
                       bolt_port=int(raw["bolt_port"]), http_port=int(raw["http_port"]),
                       started=float(raw["started"]), idle_limit_s=float(raw["idle_limit_s"]),
                       database=str(raw["database"]),
                       status=str(raw["status"]))
        except (KeyError, TypeError, ValueError):
            return None


def state_path(home: Path) -> Path:
    return home / "engine" / "state.json"


def requests_dir(home: Path) -> Path:
    return home / "engine" / "requests"


def request_path(home: Path, request_id: str, suffix: str) -> Path:
    """``HOME/engine/requests/<id>.<suffix>``: ``.json`` asks, ``.done`` answers."""
    return requests_dir(home) / f"{request_id}.{suffix}"


def read_state(home: Path) -> tuple[EngineState | None, bool]:
    """The engine state of ``home`` and whether a state file exists at all
    (``(None, True)``: a file that is not a valid state, to be treated as stale)."""
    path = state_path(home)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, False
    except OSError:
        return None, True
    try:
        raw = json.loads(text)
    except ValueError:
        return None, True
    return EngineState.from_json(raw), True


def write_json(path: Path, data: object) -> None:
    """Write JSON atomically (temporary file, then rename), readable by the user alone."""
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
    os.replace(tmp, path)


def process_identity(pid: int) -> tuple[float, list[str]] | None:
    """Start time and command line of a live process, None when it is gone (or a zombie)."""
    try:
        proc = psutil.Process(pid)
        with proc.oneshot():
            if proc.status() == psutil.STATUS_ZOMBIE:
                return None
            return proc.create_time(), proc.cmdline()
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return None
    except psutil.AccessDenied:  # someone else's process: certainly not our engine
        return 0.0, []


def is_our_engine(state: EngineState) -> bool:
    """Whether ``state.pid`` is still the daemon that wrote ``state``: same start time,
    a command line running the daemon module with the state's token."""
    ident = process_identity(state.pid)
    if ident is None:
        return False
    create_time, cmdline = ident
    return (abs(create_time - state.create_time) < 1.0
            and DAEMON_MODULE in cmdline and state.token in cmdline)
