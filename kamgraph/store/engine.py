"""Start, find and stop the embedded engine of a kamgraph home.

One engine process serves one home directory. The first command that needs it
starts it (under a file lock, so two commands starting at once share one
engine); later commands find it through ``HOME/engine/state.json`` and talk Bolt
to it. The engine stops itself after an idle period (``KAMGRAPH_ENGINE_IDLE``
seconds, default 600). Credentials are generated once and kept in
``HOME/credentials.json``, readable by the user alone.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kamgraph.errors import ConfigError, EngineBusy, StoreUnavailable

__all__ = ["EngineInfo", "ensure_engine", "engine_status", "stop_engine", "credentials"]

START_TIMEOUT = float(os.environ.get("KAMGRAPH_ENGINE_START_TIMEOUT", "120"))
USER = "root"


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


def _private_dir(path: Path) -> None:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    except OSError as e:
        raise ConfigError(f"cannot use kamgraph home {path}: {e.strerror or e}") from e


def credentials(home: Path) -> dict[str, str]:
    """The engine's login, generated on first use (file mode 0600)."""
    _private_dir(home)
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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError as e:
        return e.errno == errno.EPERM
    try:  # a zombie child of ours is not alive
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ", 1)[1][:1] != "Z"
    except OSError:
        return True


def _port_open(port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def _read_state(home: Path) -> dict[str, Any] | None:
    try:
        state = json.loads((home / "engine" / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def _info(home: Path, state: dict[str, Any]) -> EngineInfo:
    creds = credentials(home)
    return EngineInfo(
        pid=int(state["pid"]), uri=f"bolt://127.0.0.1:{state['bolt_port']}",
        user=creds["user"], password=creds["password"], database=str(state["database"]),
        started=float(state["started"]), home=home,
    )


def _running(home: Path) -> EngineInfo | None:
    state = _read_state(home)
    if state and _alive(int(state["pid"])) and _port_open(int(state["bolt_port"])):
        return _info(home, state)
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
    try:
        (home / "engine" / "last_used").touch()
    except OSError:
        pass


def ensure_engine(home: Path) -> EngineInfo:
    """The running engine of ``home``, started first if need be.

    Two processes calling this at once get the same engine: starting happens
    under an exclusive lock on ``HOME/engine/start.lock``.
    """
    engine_dir = home / "engine"
    info = _running(home)
    if info:
        touch(home)
        return info
    _private_dir(engine_dir)
    credentials(home)
    with open(engine_dir / "start.lock", "w") as lock:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise EngineBusy(
                        f"another kamgraph process has been starting the engine in {home} for "
                        f"{START_TIMEOUT:.0f}s; try again, or run 'kamgraph engine stop'") from None
                time.sleep(0.2)
        info = _running(home)  # started by whoever held the lock before us
        if info:
            touch(home)
            return info
        return _start(home, deadline)


def _start(home: Path, deadline: float) -> EngineInfo:
    engine_dir = home / "engine"
    state = _read_state(home)
    if state and _alive(int(state["pid"])):
        raise EngineBusy(f"the engine in {home} (pid {state['pid']}) does not answer; "
                         "run 'kamgraph engine stop' and try again")
    (engine_dir / "state.json").unlink(missing_ok=True)
    log_path = engine_dir / "engine.log"
    bolt, http = _free_port(), _free_port()
    env = dict(os.environ)
    with open(log_path, "ab") as log:
        os.chmod(log_path, 0o600)
        proc = subprocess.Popen(
            [sys.executable, "-m", "kamgraph.store.daemon", str(home), str(bolt), str(http)],
            cwd=engine_dir, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True, env=env, close_fds=True,
        )
    while time.monotonic() < deadline:
        code = proc.poll()
        if code is not None:
            raise StoreUnavailable(
                f"the embedded engine failed to start (exit {code}); log {log_path}: "
                f"{_log_tail(log_path)}")
        state = _read_state(home)
        if state and state.get("pid") == proc.pid and state.get("status") == "ready":
            return _info(home, state)
        time.sleep(0.1)
    proc.kill()
    raise StoreUnavailable(f"the embedded engine did not start within {START_TIMEOUT:.0f}s; "
                           f"log {log_path}: {_log_tail(log_path)}")


def engine_status(home: Path) -> dict[str, Any]:
    """What runs in ``home``: running flag, pid, Bolt URI, uptime, idle seconds, data size."""
    state = _read_state(home)
    info = _running(home)
    out: dict[str, Any] = {"home": str(home), "running": info is not None}
    if info:
        last = (home / "engine" / "last_used")
        out.update(pid=info.pid, uri=info.uri, database=info.database,
                   uptime_s=round(time.time() - info.started, 1))
        try:
            out["idle_s"] = round(time.time() - last.stat().st_mtime, 1)
        except OSError:
            pass
        out["idle_limit_s"] = float(os.environ.get("KAMGRAPH_ENGINE_IDLE", "600"))
    elif state:
        out["stale_state"] = True
    data = home / "engine" / "server" / "databases"
    if data.exists():
        out["data_bytes"] = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
    return out


def stop_engine(home: Path, timeout: float = 30.0) -> bool:
    """Stop the engine of ``home``; False when none was running."""
    state = _read_state(home)
    if not state or not _alive(int(state["pid"])):
        (home / "engine" / "state.json").unlink(missing_ok=True)
        return False
    pid = int(state["pid"])
    os.kill(pid, signal.SIGTERM)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not _alive(pid):
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
    try:  # reap it if it is our child (tests start engines from this process)
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    (home / "engine" / "state.json").unlink(missing_ok=True)
    return True
