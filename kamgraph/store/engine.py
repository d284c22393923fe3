"""Start, find, ask and stop the embedded engine of a kamgraph home.

One engine process serves one home directory. The first command that needs it
starts it (under a file lock, so two commands starting at once share one
engine); later commands find it through ``HOME/engine/state.json`` (an
:class:`~kamgraph.store.engine_state.EngineState`) and talk Bolt to it. A state
file is trusted only when its process is still the daemon that wrote it (start
time, command line and token match): a stale file, or one naming a PID that now
belongs to another program, is removed and never signalled. The engine stops
itself after an idle period (:class:`~kamgraph.config.EngineSettings`).

Writes of all processes sharing a home take turns through ``HOME/engine/write.lock``
(:func:`write_lock`): ArcadeDB fails concurrent write transactions that touch the
same pages instead of queueing them. Credentials are generated once and kept in
``HOME/credentials.json``, readable by the user alone. Portable: file locks from
filelock, process facts from psutil, no signals needed to stop the engine.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypedDict

import psutil
from filelock import FileLock, Timeout

from kamgraph.config import engine_settings
from kamgraph.errors import ConfigError, EngineBusy, StoreError, StoreUnavailable
from kamgraph.i18n import N_
from kamgraph.store.engine_state import (
    DAEMON_MODULE,
    EngineAnswer,
    EngineState,
    EngineStatus,
    is_our_engine,
    read_state,
    request_path,
    requests_dir,
    state_path,
    write_json,
)

__all__ = ["EngineInfo", "ensure_engine", "engine_status", "stop_engine", "credentials",
           "prepare_home", "write_lock", "ask_engine", "touch"]

USER = "root"
log = logging.getLogger("kamgraph")


@dataclass(frozen=True)
class EngineInfo:
    """Where a running engine listens and how to log in."""

    pid: int
    uri: str
    user: str
    password: str
    database: str
    started: float
    home: Path


def prepare_home(home: Path) -> None:
    """Make sure ``home`` exists. Folders kamgraph creates are private (0700); the mode of
    an existing folder is the user's choice and left alone, with a warning when other
    users can read it (POSIX permission bits; Windows folders are private per user)."""
    home = home.absolute()
    missing = [p for p in [home, *home.parents] if not p.exists()]
    try:
        for p in reversed(missing):
            p.mkdir(mode=0o700)
            if os.name != "nt":
                os.chmod(p, 0o700)  # mkdir's mode is reduced by the umask
    except FileExistsError:
        pass  # created by another command at the same moment
    except OSError as e:
        raise ConfigError(f"cannot create kamgraph home {home}: {e.strerror or e}") from e
    if not home.is_dir():
        raise ConfigError(f"kamgraph home {home} is not a folder")
    if not missing and os.name != "nt":
        mode = stat.S_IMODE(home.stat().st_mode)
        if mode & 0o044:
            log.warning("Warning: kamgraph home %s can be read by other users (mode %s); "
                        "run 'chmod 700 %s' to keep its data private", home, oct(mode)[2:], home)


def _private_subdir(path: Path) -> None:
    try:
        path.mkdir(mode=0o700, exist_ok=True)
    except OSError as e:
        raise ConfigError(f"cannot use kamgraph folder {path}: {e.strerror or e}") from e


def credentials(home: Path) -> dict[str, str]:
    """The engine's login, generated on first use (file mode 0600)."""
    path = home / "credentials.json"
    if not path.exists():
        data = {"user": USER, "password": secrets.token_urlsafe(24)}
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _port_open(port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def _info(home: Path, state: EngineState) -> EngineInfo:
    creds = credentials(home)
    return EngineInfo(pid=state.pid, uri=state.uri, user=creds["user"],
                      password=creds["password"], database=state.database,
                      started=state.started, home=home)


def _ours(home: Path) -> EngineState | None:
    """The state of this home's engine if its process is still that engine; a stale
    state file (dead process, reused PID, unreadable file) is removed."""
    state, exists = read_state(home)
    if state is not None and is_our_engine(state):
        return state
    if exists:
        with suppress(OSError):
            state_path(home).unlink()
        log.debug("removed stale engine state of %s", home)
    return None


def _running(home: Path) -> EngineState | None:
    state = _ours(home)
    if state and state.status == "ready" and _port_open(state.bolt_port):
        return state
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _log_tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(line.strip() for line in text[-lines:])


def touch(home: Path) -> None:
    """Tell the engine it is in use (resets its idle clock)."""
    with suppress(OSError):
        (home / "engine" / "last_used").touch()


def ensure_engine(home: Path) -> EngineInfo:
    """The running engine of ``home``, started first if need be.

    Two processes calling this at once get the same engine: starting happens
    under an exclusive lock on ``HOME/engine/start.lock``.
    """
    prepare_home(home)
    state = _running(home)
    if state:
        touch(home)
        return _info(home, state)
    engine_dir = home / "engine"
    _private_subdir(engine_dir)
    credentials(home)
    timeout = engine_settings().start_timeout_s
    deadline = time.monotonic() + timeout
    try:
        with FileLock(engine_dir / "start.lock", timeout=timeout):
            state = _running(home)  # started by whoever held the lock before us
            if state:
                touch(home)
                return _info(home, state)
            return _info(home, _start(home, deadline))
    except Timeout:
        raise EngineBusy(N_("another kamgraph process has been starting the engine in {home} "
                            "for {seconds:.0f}s; busy, retry, or run 'kamgraph engine stop'"),
                         home=home, seconds=timeout) from None


def _start(home: Path, deadline: float) -> EngineState:
    engine_dir = home / "engine"
    old = _ours(home)
    if old:  # our engine's process, but it does not answer: let it finish stopping
        with suppress(psutil.Error):
            psutil.Process(old.pid).wait(timeout=max(0.0, min(10.0, deadline - time.monotonic())))
        if _ours(home):
            raise EngineBusy(N_("the engine in {home} (pid {pid}) does not answer; run "
                                "'kamgraph engine stop' and try again"), home=home, pid=old.pid)
    log_path = engine_dir / "engine.log"
    bolt, http = _free_port(), _free_port()
    token = secrets.token_hex(16)
    with open(log_path, "ab") as log_file:
        if os.name != "nt":
            os.chmod(log_path, 0o600)
        proc = subprocess.Popen(
            [sys.executable, "-m", DAEMON_MODULE, str(home), str(bolt), str(http), token],
            cwd=engine_dir, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
            close_fds=True, **_detached(),
        )
    while time.monotonic() < deadline:
        code = proc.poll()
        if code is not None:
            raise StoreUnavailable(
                f"the embedded engine failed to start (exit {code}); log {log_path}: "
                f"{_log_tail(log_path)}")
        state, _ = read_state(home)
        if state and state.pid == proc.pid and state.token == token and state.status == "ready":
            return state
        time.sleep(0.1)
    proc.kill()
    raise StoreUnavailable(f"the embedded engine did not start within "
                           f"{engine_settings().start_timeout_s:.0f}s; "
                           f"log {log_path}: {_log_tail(log_path)}")


class _Detached(TypedDict, total=False):
    creationflags: int
    start_new_session: bool


def _detached() -> _Detached:
    """Popen arguments that let the engine outlive the command that started it."""
    if os.name == "nt":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.DETACHED_PROCESS  # type: ignore[attr-defined,unused-ignore]
        return {"creationflags": flags}
    return {"start_new_session": True}


def ask_engine(home: Path, op: str, timeout: float = 300.0) -> EngineAnswer:
    """Ask the running engine of ``home`` to do ``op`` and wait for its answer."""
    state = _running(home)
    if state is None:
        raise StoreUnavailable(N_("the embedded engine of {home} is not running"), home=home)
    _private_subdir(requests_dir(home))
    rid = uuid.uuid4().hex
    write_json(request_path(home, rid, "json"), {"op": op, "token": state.token})
    done = request_path(home, rid, "done")
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if done.exists():
            answer: EngineAnswer = json.loads(done.read_text(encoding="utf-8"))
            done.unlink(missing_ok=True)
            if not answer.get("ok"):
                raise StoreError(N_("the embedded engine could not {op}: {error}"), op=op,
                                 error=answer.get("error"))
            return answer
        if not is_our_engine(state):
            request_path(home, rid, "json").unlink(missing_ok=True)
            raise StoreUnavailable(N_("the embedded engine of {home} stopped before it could {op}"),
                                   home=home, op=op)
        time.sleep(0.05)
    request_path(home, rid, "json").unlink(missing_ok=True)
    raise EngineBusy(N_("the embedded engine of {home} did not {op} within {seconds:.0f}s"),
                     home=home, op=op, seconds=timeout)


@contextmanager
def write_lock(home: Path, wait_s: float | None = None) -> Iterator[None]:
    """Hold this home's write lock: one write transaction at a time across processes.

    Waits at most ``wait_s`` (default :attr:`EngineSettings.write_wait_s`), then
    fails with :class:`EngineBusy` ("busy, retry"). The lock is the operating
    system's, so a process killed while holding it releases it.
    """
    wait = engine_settings().write_wait_s if wait_s is None else wait_s
    lock = FileLock(home / "engine" / "write.lock", timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise EngineBusy(N_("the store in {home} is busy: another kamgraph process has been "
                            "writing for {seconds:.0f}s; retry when it is done"),
                         home=home, seconds=wait) from None
    try:
        yield
    finally:
        lock.release()


def engine_status(home: Path) -> EngineStatus:
    """What runs in ``home``: running flag, pid, Bolt URI, uptime, idle seconds, data size."""
    _, had_state = read_state(home)
    state = _running(home)
    out: EngineStatus = {"home": str(home), "running": state is not None}
    if state:
        last = home / "engine" / "last_used"
        out.update({"pid": state.pid, "uri": state.uri, "database": state.database,
                    "uptime_s": round(time.time() - state.started, 1)})
        try:
            out["idle_s"] = round(time.time() - last.stat().st_mtime, 1)
        except OSError:
            pass
        out["idle_limit_s"] = state.idle_limit_s
    elif had_state:
        out["stale_state_removed"] = True
    data = home / "engine" / "server" / "databases"
    if data.exists():
        out["data_bytes"] = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
    return out


StopResult = Literal["stopped", "not running", "stale state removed"]


def stop_engine(home: Path, timeout: float = 30.0) -> StopResult:
    """Stop the engine of ``home``. A process is signalled only when it is verifiably this
    home's engine; a state file naming any other process is removed instead."""
    state, had_state = read_state(home)
    if state is None or not is_our_engine(state):
        if had_state:
            with suppress(OSError):
                state_path(home).unlink()
            return "stale state removed"
        return "not running"
    proc = psutil.Process(state.pid)
    with suppress(StoreError):  # a hung engine does not answer: then it is terminated
        ask_engine(home, "stop", timeout=min(5.0, timeout))
    try:
        proc.wait(timeout=timeout)
    except psutil.TimeoutExpired:
        if is_our_engine(state):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except psutil.TimeoutExpired:
                proc.kill()
    except psutil.NoSuchProcess:
        pass
    with suppress(OSError):
        state_path(home).unlink()
    return "stopped"
