"""The embedded engine as users live with it: sharing, crashes, idling, tidiness.

These tests start their own engines in their own homes (a few seconds each) and
only apply to the embedded default.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from kamgraph.config import Settings
from kamgraph.errors import StoreUnavailable
from kamgraph.store import open_store
from kamgraph.store.engine import engine_status, ensure_engine, prepare_home, stop_engine
from kamgraph.store.engine_state import EngineState, is_our_engine, read_state

pytestmark = pytest.mark.skipif(bool(os.environ.get("KAMGRAPH_TEST_NEO4J_URI")),
                                reason="embedded engine only")

WRITER = """
import sys
sys.path.insert(0, {tests!r})
from test_store import small_account
from kamgraph.config import resolve_settings
from kamgraph.store import open_store
acc = sys.argv[1]
with open_store(resolve_settings(home={home!r})) as st:
    st.save_account(small_account(acc, prefix=acc + "-"))
    print(len(st.accounts()))
"""


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(KAMGRAPH_HOME=str(home), **extra)
    return env


def test_two_commands_at_once_share_one_engine_and_both_write(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests=str(Path(__file__).parent), home=str(home)))
    try:
        procs = [subprocess.Popen([sys.executable, str(script), acc], cwd=tmp_path,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=_env(home)) for acc in ("one", "two")]
        outs = [p.communicate(timeout=600) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        with open_store(Settings(None, None, None, None, home)) as st:
            assert [a["id"] for a in st.accounts()] == ["one", "two"]
        log = (home / "engine" / "engine.log").read_text()
        assert log.count("kamgraph engine ready") == 1  # one engine served both
    finally:
        stop_engine(home)


def test_a_crashed_engine_gives_a_clear_error_and_the_next_command_restarts_it(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    settings = Settings(None, None, None, None, home)
    try:
        with open_store(settings) as st:
            pid = engine_status(home)["pid"]
            os.kill(pid, signal.SIGKILL)
            started = time.monotonic()
            with pytest.raises(StoreUnavailable):
                st.accounts()
            assert time.monotonic() - started < 30
        with open_store(settings) as st:  # a new engine takes over the same data
            assert st.accounts() == []
            assert engine_status(home)["pid"] != pid
    finally:
        stop_engine(home)


def test_the_engine_stops_by_itself_when_idle(tmp_path: Path) -> None:
    home = tmp_path / "home"
    os.environ["KAMGRAPH_ENGINE_IDLE"] = "2"
    try:
        info = ensure_engine(home)
    finally:
        del os.environ["KAMGRAPH_ENGINE_IDLE"]
    try:
        deadline = time.monotonic() + 60
        while engine_status(home)["running"] and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not engine_status(home)["running"]
        assert "idle for 2s: stopping" in (home / "engine" / "engine.log").read_text()
        try:
            os.waitpid(info.pid, 0)
        except ChildProcessError:
            pass
    finally:
        stop_engine(home)


def test_cli_keeps_the_terminal_and_current_folder_clean(tmp_path: Path) -> None:
    home, cwd = tmp_path / "home", tmp_path / "work"
    cwd.mkdir()
    try:
        out = subprocess.run([sys.executable, "-m", "kamgraph", "accounts"], cwd=cwd,
                             capture_output=True, text=True, env=_env(home), timeout=180)
        assert out.returncode == 0, out.stderr
        assert out.stdout.splitlines()[0].split() == ["id", "name", "tier", "people",
                                                      "opportunities"]
        assert "INFO" not in out.stdout + out.stderr
        assert list(cwd.iterdir()) == []
        status = subprocess.run([sys.executable, "-m", "kamgraph", "engine", "status", "--json"],
                                cwd=cwd, capture_output=True, text=True, env=_env(home))
        st = json.loads(status.stdout)
        assert st["running"] and st["uri"].startswith("bolt://127.0.0.1:")
        # private files: home and credentials readable by the user alone
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        assert stat.S_IMODE((home / "credentials.json").stat().st_mode) == 0o600
        stop = subprocess.run([sys.executable, "-m", "kamgraph", "engine", "stop"], cwd=cwd,
                              capture_output=True, text=True, env=_env(home))
        assert stop.stdout.strip() == "Engine stopped."
        assert list(cwd.iterdir()) == []
    finally:
        stop_engine(home)


def test_bolt_listens_on_loopback_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    try:
        info = ensure_engine(home)
        port = int(info.uri.rsplit(":", 1)[1])
        listening = []
        for name in ("/proc/net/tcp", "/proc/net/tcp6"):
            for line in Path(name).read_text().splitlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                addr, p = local.rsplit(":", 1)
                if state == "0A" and int(p, 16) == port:
                    listening.append(addr)
        assert listening and all(a in {"0100007F", "00000000000000000000000001000000",
                                           "0000000000000000FFFF00000100007F"}
                                 for a in listening), listening
    finally:
        stop_engine(home)


def test_a_state_file_naming_a_foreign_process_is_never_signalled_and_commands_recover(
        tmp_path: Path) -> None:
    """state.json names a live process that is not the engine (a reused PID): engine stop
    must leave it alone, and the next command starts an engine of its own."""
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    sleeper = subprocess.Popen(["sleep", "600"])
    try:
        proc = psutil.Process(sleeper.pid)
        (home / "engine").mkdir(mode=0o700)
        # as convincing as a stale file gets: the sleeper's real pid and start time
        state = EngineState(pid=sleeper.pid, create_time=proc.create_time(), token="t" * 32,
                            cmdline=proc.cmdline(), bolt_port=1, http_port=2,
                            started=time.time())
        (home / "engine" / "state.json").write_text(json.dumps(state.to_json()))
        stop = subprocess.run([sys.executable, "-m", "kamgraph", "engine", "stop"],
                              capture_output=True, text=True, env=_env(home), timeout=120)
        assert stop.returncode == 0, stop.stderr
        assert "removed a stale state file" in stop.stdout
        assert sleeper.poll() is None and proc.is_running()
        assert not (home / "engine" / "state.json").exists()
        # an older kamgraph's state file (pid only) is stale too
        (home / "engine" / "state.json").write_text(json.dumps(
            {"pid": sleeper.pid, "bolt_port": 1, "status": "ready"}))
        out = subprocess.run([sys.executable, "-m", "kamgraph", "accounts"], capture_output=True,
                             text=True, env=_env(home), timeout=300)
        assert out.returncode == 0, out.stderr
        assert sleeper.poll() is None
        assert engine_status(home)["pid"] not in {sleeper.pid, None}
        # the existing 0755 home was left as it was, with a warning
        assert stat.S_IMODE(home.stat().st_mode) == 0o755
        assert "can be read by other users (mode 755)" in out.stderr
    finally:
        stop_engine(home)
        sleeper.kill()
        sleeper.wait()


def test_homes_kamgraph_creates_are_private_and_existing_ones_are_left_alone(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    created = tmp_path / "new" / "home"
    prepare_home(created)
    assert stat.S_IMODE(created.stat().st_mode) == 0o700
    assert stat.S_IMODE(created.parent.stat().st_mode) == 0o700
    assert caplog.records == []
    prepare_home(created)  # private already: no warning
    assert caplog.records == []
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o750)
    prepare_home(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o750
    assert [r.getMessage() for r in caplog.records] == [
        f"Warning: kamgraph home {shared} can be read by other users (mode 750); "
        f"run 'chmod 700 {shared}' to keep its data private"]


def test_engine_stop_asks_the_engine_and_status_reads_the_shared_state(tmp_path: Path) -> None:
    home = tmp_path / "home"
    try:
        info = ensure_engine(home)
        state, _ = read_state(home)
        assert state is not None and state.pid == info.pid and is_our_engine(state)
        assert engine_status(home)["idle_limit_s"] == state.idle_limit_s
        assert stop_engine(home) == "stopped"
        assert "request stop: {'ok': True}" in (home / "engine" / "engine.log").read_text()
        assert not psutil.pid_exists(info.pid) or psutil.Process(info.pid).status() == "zombie"
        assert stop_engine(home) == "not running"
    finally:
        stop_engine(home)
