"""The production stack on one machine, for drills and benchmarks.

Every part runs from a private temporary directory on free ports: a PostgreSQL 15 cluster, a
Redis server, gunicorn with the production settings and Varnish with a copy of the repository's
VCL. Each part is a context manager, and `Stack` bundles them; whatever was started is stopped
on exit, on Ctrl-C, on SIGTERM and on failures. Logs stay in the temporary directory, and their
paths are printed when something fails.

    with Stack(workers=3) as stack:
        stack.manage("migrate", "--noinput")
        ...
        stack.postgres.restart()
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = REPO_DIR / ".venv" / "bin"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
REPO_VCL = REPO_DIR / "deploy" / "varnish" / "default.vcl"
REPO_BACKENDS_VCL = REPO_VCL.with_name("backends.vcl")
# default.vcl takes its app servers from this file, which sits next to it.
BACKENDS_INCLUDE = 'include "./backends.vcl";'
PRODUCTION_BACKEND = ("127.0.0.1", 8001)
IS_ROOT = os.geteuid() == 0


class StackError(RuntimeError):
    pass


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0, host: str = "127.0.0.1") -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise StackError(
                    f"Nothing listens on {host}:{port} after {timeout:.0f} s"
                ) from None
            time.sleep(0.1)


def wait_for_http(url: str, timeout: float = 30.0, expect: int | None = 200) -> int:
    """Poll `url` until it answers (with `expect`, unless None); the status it answered with."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except (OSError, urllib.error.URLError) as error:
            status, last = None, str(error)
        if status is not None and (expect is None or status == expect):
            return status
        if status is not None:
            last = f"HTTP {status}"
        if time.monotonic() > deadline:
            raise StackError(
                f"{url} did not answer {expect or 'at all'} in {timeout:.0f} s: {last}"
            )
        time.sleep(0.2)


def _postgres_ids() -> tuple[int, int]:
    entry = pwd.getpwnam("postgres")
    return entry.pw_uid, entry.pw_gid


def as_postgres(command: Sequence[str]) -> list[str]:
    """PostgreSQL refuses to run as root; root runs its tools as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if IS_ROOT else list(command)


def _stop_process(process: subprocess.Popen | None, timeout: float = 10.0) -> None:
    """SIGTERM the process group, then SIGKILL it if it lingers."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


class Service(contextlib.AbstractContextManager):
    """A process started in its own session so that stopping it takes its children too."""

    name = "service"

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.log_path = workdir / f"{self.name}.log"
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def env(self) -> dict[str, str] | None:
        return None

    def ready(self) -> None:
        """Block until the service answers."""

    def start(self) -> None:
        if self.running:
            return
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child keeps writing to it
        try:
            self.process = subprocess.Popen(
                self.command(),
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=REPO_DIR,
                env=self.env(),
                start_new_session=True,
            )
        finally:
            log.close()
        try:
            self.ready()
        except StackError:
            if self.process.poll() is not None:
                raise StackError(
                    f"{self.name} exited with {self.process.returncode}; see {self.log_path}"
                ) from None
            raise

    def stop(self) -> None:
        _stop_process(self.process)

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def __enter__(self):
        _register(self)
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
        _unregister(self)


class PostgresCluster(Service):
    """A private PostgreSQL 15 cluster (trust auth, user postgres) on a free port."""

    name = "postgres"

    def __init__(self, workdir: Path, port: int | None = None):
        super().__init__(workdir)
        self.port = port or free_port()
        self.datadir = workdir / "pgdata"
        self.log_path = workdir / "postgres.log"

    def url(self, dbname: str = "osallisuus") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{dbname}"

    def initdb(self) -> None:
        if (self.datadir / "PG_VERSION").exists():
            return
        if IS_ROOT:
            uid, gid = _postgres_ids()
            os.chown(self.workdir, uid, gid)
        self._run(
            PG_BIN / "initdb", "-D", self.datadir, "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        if self.running:
            return
        self.initdb()
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.workdir} "
            "-c max_connections=200 -c fsync=off -c full_page_writes=off"
        )
        self._run(PG_BIN / "pg_ctl", "-D", self.datadir, "-l", self.log_path, "-o", options,
                  "-w", "-t", "60", "start")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        """Stop the cluster; mode "immediate" is a crash without a clean shutdown."""
        if self.running:
            self._run(PG_BIN / "pg_ctl", "-D", self.datadir, "-m", mode, "-w", "stop")

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()

    @property
    def running(self) -> bool:
        if not (self.datadir / "postmaster.pid").exists():
            return False
        result = subprocess.run(
            as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.datadir), "status"]),
            capture_output=True,
        )
        return result.returncode == 0

    def psql(self, sql: str, dbname: str = "postgres") -> str:
        """Run SQL; the unaligned, tuples-only output."""
        return self._run(
            PG_BIN / "psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
            "-d", dbname, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql,
        )  # fmt: skip

    def createdb(self, dbname: str) -> str:
        self.psql(f'CREATE DATABASE "{dbname}"')
        return self.url(dbname)

    def _run(self, *command) -> str:
        result = subprocess.run(
            as_postgres([str(part) for part in command]),
            capture_output=True,
            text=True,
            cwd=self.workdir,
        )
        if result.returncode != 0:
            raise StackError(
                f"{' '.join(map(str, command))} failed:\n{result.stdout}{result.stderr}"
                f"\nServer log: {self.log_path}"
            )
        return result.stdout


class RedisServer(Service):
    """A private Redis without persistence."""

    name = "redis"

    def __init__(self, workdir: Path, port: int | None = None):
        super().__init__(workdir)
        self.port = port or free_port()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def command(self) -> list[str]:
        return ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", str(self.workdir)]  # fmt: skip

    def ready(self) -> None:
        wait_for_port(self.port, timeout=15)


class SmtpSink(contextlib.AbstractContextManager):
    """A minimal SMTP server that accepts and counts mail, so sign-up notifications succeed."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.messages = 0
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line: str) -> None:
                self.wfile.write(line.encode() + b"\r\n")

            def handle(self) -> None:
                self.reply("220 sink ESMTP")
                for raw in self.rfile:
                    verb = raw.decode("latin-1").strip().split(" ", 1)[0].upper()
                    if verb == "DATA":
                        self.reply("354 end with .")
                        for body_line in self.rfile:
                            if body_line.rstrip(b"\r\n") == b".":
                                break
                        sink.messages += 1
                        self.reply("250 queued")
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    elif verb == "EHLO":
                        self.reply("250 sink")
                    else:
                        self.reply("250 ok")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True

    def __enter__(self) -> SmtpSink:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def production_env(
    database_url: str,
    redis_url: str = "",
    frontcache_urls: Sequence[str] = (),
    media_root: Path | None = None,
    **extra: str,
) -> dict[str, str]:
    """The environment gunicorn and manage.py get: the production settings, local services."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="osallisuus.settings.production",
        SECRET_KEY=secrets.token_urlsafe(48)[:64],
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DB_CONN_MAX_AGE="60",
        SECURE_SSL_REDIRECT="0",
        FRONTCACHE_URLS=",".join(frontcache_urls),
        TRUSTED_PROXIES="127.0.0.1",
        PYTHONUNBUFFERED="1",
    )
    if media_root is not None:
        env["MEDIA_ROOT"] = str(media_root)
    env.update(extra)
    return env


class Gunicorn(Service):
    """The site under gunicorn with the production settings."""

    name = "gunicorn"

    def __init__(self, workdir: Path, env: dict[str, str], workers: int = 3,
                 port: int | None = None, threads: int = 1, timeout: int = 30):  # fmt: skip
        super().__init__(workdir)
        self.environment = env
        self.workers = workers
        self.threads = threads
        self.timeout = timeout
        self.port = port or free_port()
        self.name = f"gunicorn-{self.port}"
        self.log_path = workdir / f"{self.name}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        return [
            str(VENV_BIN / "gunicorn"), "osallisuus.wsgi",
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(self.workers), "--threads", str(self.threads),
            "--timeout", str(self.timeout), "--graceful-timeout", "5",
            "--access-logfile", "-", "--error-logfile", "-", "--capture-output",
        ]  # fmt: skip

    def env(self) -> dict[str, str]:
        return self.environment

    def ready(self) -> None:
        wait_for_http(f"{self.url}/healthz", timeout=60)


HEALTH_PROBE = """probe healthz {
    .url = "/healthz";
    .interval = 5s;
    # A busy app queues the probe behind visitors; it should catch a dead app, not a slow one.
    .timeout = 10s;
    .window = 5;
    .threshold = 3;
    # Healthy from the start: no 503s while the first probes run.
    .initial = 3;
}
"""


def backends_vcl(addresses: Sequence[tuple[str, int]]) -> str:
    """The backends.vcl that default.vcl includes: one health-probed backend per app server
    and the round-robin director `app_servers` over them, which default.vcl routes to."""
    if not addresses:
        raise StackError("Varnish needs at least one app server")
    backends = "".join(
        f"""
backend app_{number} {{
    .host = "{host}";
    .port = "{port}";
    .probe = healthz;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}}
"""
        for number, (host, port) in enumerate(addresses, start=1)
    )
    adds = "".join(
        f"    app_servers.add_backend(app_{number});\n" for number in range(1, len(addresses) + 1)
    )
    return (
        "# The app servers behind Varnish, included by default.vcl. Written by\n"
        "# ops.stack.backends_vcl: `python -m ops.stack backends HOST:PORT ...` prints one.\n"
        "import directors;\n\n"
        + HEALTH_PROBE
        + backends
        + f"\nsub vcl_init {{\n    new app_servers = directors.round_robin();\n{adds}}}\n"
    )


def write_vcl(directory: Path, ports: Sequence[int], vcl_file: Path | None = None) -> Path:
    """A copy of the repository's VCL (or OPS_VCL's, or `vcl_file`) in `directory`, with a
    backends.vcl beside it for the app servers on 127.0.0.1 `ports`; the copy's path."""
    source = Path(vcl_file or os.environ.get("OPS_VCL") or REPO_VCL)
    text = source.read_text()
    if BACKENDS_INCLUDE not in text:
        raise StackError(f"{source} lacks `{BACKENDS_INCLUDE}`: the stack cannot give it backends")
    vcl_path = directory / "default.vcl"
    vcl_path.write_text(text)
    backends = directory / "backends.vcl"
    backends.write_text(backends_vcl([("127.0.0.1", port) for port in ports]))
    for path in (vcl_path, backends):
        path.chmod(0o644)  # varnishd compiles as its own user
    return vcl_path


def compile_vcl(vcl_path: Path) -> subprocess.CompletedProcess:
    """`varnishd -C` on the file: returncode 0 when it compiles, the reason in stderr."""
    instance = make_workdir("osallisuus-vcl-")
    try:
        return subprocess.run(
            ["varnishd", "-C", "-f", str(vcl_path), "-n", str(instance / "instance")],
            capture_output=True,
            text=True,
        )
    finally:
        shutil.rmtree(instance, ignore_errors=True)


class Varnish(Service):
    """varnishd in the foreground with the repository's VCL and a backends.vcl of the app
    servers (`workdir` must be readable by the varnish user: see make_workdir)."""

    name = "varnish"

    def __init__(self, workdir: Path, backend_ports: Sequence[int], port: int | None = None,
                 vcl_file: Path | None = None, memory: str = "256m",
                 purge_port: int | None = None):  # fmt: skip
        super().__init__(workdir)
        self.port = port or free_port()
        # The listener that accepts PURGE (only the app servers send there; see the VCL).
        self.purge_port = purge_port or free_port()
        self.admin_port = free_port()
        self.backend_ports = list(backend_ports)
        # OPS_VCL tries another VCL (e.g. a change before it is deployed) with the same stack.
        self.vcl_path = write_vcl(workdir, self.backend_ports, vcl_file)
        self.instance_dir = workdir / "varnish-instance"
        self.memory = memory

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def purge_url(self) -> str:
        return f"http://127.0.0.1:{self.purge_port}"

    def command(self) -> list[str]:
        return [
            "varnishd", "-F", "-n", str(self.instance_dir),
            "-a", f"127.0.0.1:{self.port}", "-a", f"purge=127.0.0.1:{self.purge_port}",
            "-T", f"127.0.0.1:{self.admin_port}",
            "-f", str(self.vcl_path), "-s", f"malloc,{self.memory}",
        ]  # fmt: skip

    def ready(self) -> None:
        wait_for_port(self.port, timeout=30)


# Everything running, so that atexit and signals can stop what context managers could not.
_RUNNING: list[Service] = []


def _register(service: Service) -> None:
    _RUNNING.append(service)


def _unregister(service: Service) -> None:
    with contextlib.suppress(ValueError):
        _RUNNING.remove(service)


@atexit.register
def _stop_everything() -> None:
    for service in reversed(list(_RUNNING)):
        with contextlib.suppress(Exception):
            service.stop()
    _RUNNING.clear()


def exit_on_sigterm() -> None:
    """Turn SIGTERM (and SIGHUP) into SystemExit so that `with` blocks clean up."""

    def handler(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGHUP, handler)


def make_workdir(prefix: str = "osallisuus-stack-") -> Path:
    """A temporary directory that the postgres and varnish users can enter."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    return path


class Stack(contextlib.ExitStack):
    """PostgreSQL, Redis, N gunicorn servers and Varnish in front of them.

    `app_servers` gunicorn processes with `workers` workers each; `stack.apps[i].url` goes
    straight to an app server, `stack.varnish.url` through the front cache. The database is
    created empty: call `stack.manage(...)` to migrate and load content, then `start_apps()`.
    """

    def __init__(self, workers: int = 3, app_servers: int = 1, threads: int = 1,
                 keep_logs: bool = False, varnish: bool = True, redis: bool = True):  # fmt: skip
        super().__init__()
        self.workers = workers
        self.app_server_count = app_servers
        self.threads = threads
        self.keep_logs = keep_logs
        self.with_varnish = varnish
        self.with_redis = redis
        self.apps: list[Gunicorn] = []
        self.varnish: Varnish | None = None
        self.redis: RedisServer | None = None

    def __enter__(self) -> Stack:
        super().__enter__()
        try:
            exit_on_sigterm()
            self.workdir = make_workdir()
            self.callback(self._remove_workdir)
            self.media_root = self.workdir / "media"
            self.media_root.mkdir()
            pgdir = self.workdir / "pg"
            pgdir.mkdir()
            self.postgres = self.enter_context(PostgresCluster(pgdir))
            self.database_url = self.postgres.createdb("osallisuus")
            if self.with_redis:
                self.redis = self.enter_context(RedisServer(self.workdir))
            self.smtp = self.enter_context(SmtpSink())
            self.app_ports = [free_port() for _ in range(self.app_server_count)]
            self.varnish_port = free_port() if self.with_varnish else None
            self.varnish_purge_port = free_port() if self.with_varnish else None
        except BaseException:
            self.close()
            raise
        return self

    def env(self, **extra: str) -> dict[str, str]:
        frontcache = (
            [f"http://127.0.0.1:{self.varnish_purge_port}"] if self.varnish_purge_port else []
        )
        if not hasattr(self, "_secret_key"):
            self._secret_key = secrets.token_urlsafe(48)[:64]
        env = production_env(
            self.database_url,
            self.redis.url if self.redis else "",
            frontcache,
            media_root=self.media_root,
            SECRET_KEY=self._secret_key,
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.smtp.port),
        )
        env.update(extra)
        return env

    def manage(self, *args: str, env: dict[str, str] | None = None) -> str:
        """Run manage.py with the production settings against this stack; its output."""
        result = subprocess.run(
            [str(VENV_BIN / "python"), "manage.py", *args],
            cwd=REPO_DIR,
            env=env or self.env(),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise StackError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def start_apps(self) -> None:
        """Start the gunicorn servers and Varnish (after the database is ready)."""
        try:
            for port in self.app_ports:
                app = Gunicorn(self.workdir, self.env(), self.workers, port, self.threads)
                self.apps.append(self.enter_context(app))
            if self.with_varnish:
                self.varnish = self.enter_context(
                    Varnish(
                        self.workdir,
                        self.app_ports,
                        self.varnish_port,
                        purge_port=self.varnish_purge_port,
                    )
                )
        except BaseException:
            self.print_logs_hint()
            raise

    def print_logs_hint(self) -> None:
        self.keep_logs = True
        print(f"Logs: {self.workdir}/*.log and {self.workdir}/pg/postgres.log", file=sys.stderr)

    def verdict(self, failures: list[str], ok_message: str = "OK") -> int:
        """Print the drill's outcome; the exit status, with the logs kept when it failed."""
        print()
        if failures:
            for failure in failures:
                print(f"FAIL: {failure}")
            self.print_logs_hint()
            return 1
        print(ok_message)
        return 0

    def _remove_workdir(self) -> None:
        if self.keep_logs:
            print(f"Logs kept in {self.workdir}", file=sys.stderr)
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            if not issubclass(exc_type, (SystemExit, KeyboardInterrupt)):
                print(f"Stack failed: {exc}", file=sys.stderr)
            self.print_logs_hint()
        return super().__exit__(exc_type, exc, tb)


if __name__ == "__main__":
    # python -m ops.stack backends 10.0.0.11:8000 10.0.0.12:8000 > /etc/varnish/backends.vcl
    if len(sys.argv) < 3 or sys.argv[1] != "backends":
        sys.exit("usage: python -m ops.stack backends HOST:PORT [HOST:PORT ...]")
    addresses = [(host, int(port)) for host, _, port in (a.rpartition(":") for a in sys.argv[2:])]
    sys.stdout.write(backends_vcl(addresses))
