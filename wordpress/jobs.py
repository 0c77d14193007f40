"""An admin import (or its dry run) running in the background, with its progress in a file.

A long import must not hold the request: the admin starts it in a thread of the web
process and answers at once; the page then asks a small status view for the progress. The
status is a JSON file next to the uploaded export (WORDPRESS_IMPORT_TMP), so that whichever
process answers the status request (runserver's, any gunicorn worker on the host) reads the
same. If the process dies mid-run the transaction rolls back and the status says so once it
has not moved for STALE_AFTER seconds.

Housekeeping: the folder is private (0700, files 0600); an upload goes when its run ends,
or after UPLOAD_TTL when its preview was abandoned, and a status file after STATUS_TTL.
Whoever next opens the import removes what is stale (`remove_stale`), as does the command
`clean_wordpress_imports` (for a cron job).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import close_old_connections, connection
from django.http import HttpResponseRedirect
from django.utils import translation

from .importer import STAGE_CONVERT, Importer
from .wxr import Export, WXRError, read_export

logger = logging.getLogger(__name__)

RUNNING, DONE, FAILED = "running", "done", "failed"
STALE_AFTER = 15 * 60
UPLOAD_TTL = 60 * 60  # an abandoned preview's upload
STATUS_TTL = 24 * 60 * 60  # a finished run's summary can be reopened for a day


def upload_dir() -> Path:
    """The private folder of uploads and status files, made (0700) if need be."""
    path = Path(settings.WORDPRESS_IMPORT_TMP) / "wxr"
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.mkdir(mode=0o700, exist_ok=True)
    info = path.lstat()
    if not path.is_dir() or path.is_symlink() or info.st_uid != os.getuid():
        raise ImproperlyConfigured(f"WORDPRESS_IMPORT_TMP: {path} is not a folder of ours")
    if info.st_mode & 0o077:
        path.chmod(0o700)  # made wider by hand or by an older version: private again
    return path


def save_upload(chunks) -> str:
    """Stores an uploaded export (readable by this user only); its name in upload_dir()."""
    name = f"{uuid.uuid4().hex}.xml"
    fd = os.open(upload_dir() / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as target:
        for chunk in chunks:
            target.write(chunk)
    return name


def remove_stale(now: float | None = None) -> int:
    """Removes uploads of abandoned previews and expired status files; how many."""
    now = time.time() if now is None else now
    removed = 0
    for path in upload_dir().iterdir():
        ttl = STATUS_TTL if path.suffix == ".json" else UPLOAD_TTL
        try:
            if now - path.lstat().st_mtime > ttl:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            pass  # another process removed it first
    return removed


def _status_path(job: str) -> Path | None:
    if not job or not all(c in "0123456789abcdef" for c in job) or len(job) != 32:
        return None  # job ids are uuid4 hex: nothing else names a file
    return upload_dir() / f"{job}.json"


def write_status(job: str, **status) -> None:
    path = _status_path(job)
    status["updated"] = time.time()
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(status, out)
    os.replace(tmp, path)  # readers see the old status or the new, never half of one


def read_status(job: str) -> dict | None:
    path = _status_path(job)
    if path is None or not path.is_file():
        return None
    try:
        status = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if time.time() - status.get("updated", 0) > STATUS_TTL:
        return None  # expired (remove_stale deletes it)
    if status.get("state") == RUNNING and time.time() - status["updated"] > STALE_AFTER:
        status["state"] = FAILED
        status["stale"] = True
    return status


def prepare(
    *, export_path: Path, user, dry_run: bool, importer_options: dict, export: Export | None = None
) -> tuple[str, threading.Thread]:
    """A run in a background thread, not yet started, and its job id. `export` is the file
    already read (the upload checks it before answering), else it is read in the thread.

    Start the thread once the response has gone (`AfterResponse`): the request's own writes
    (its session) are then committed, and on SQLite, which has one writer at a time, the
    run does not collide with them."""
    job = uuid.uuid4().hex
    write_status(job, state=RUNNING, user=user.pk, dry_run=dry_run, done=0, total=0, stage="")
    thread = threading.Thread(
        target=_run,
        kwargs={
            "job": job,
            "export_path": export_path,
            "export": export,
            "user": user,
            "dry_run": dry_run,
            "importer_options": importer_options,
            "language": translation.get_language(),
        },
        name=f"wordpress-import-{job}",
        daemon=True,
    )
    return job, thread


class AfterResponse(HttpResponseRedirect):
    """A redirect that calls `then()` when the server closes it, i.e. after it was sent and
    every middleware (session save included) has run; WSGI servers and the test client all
    close responses."""

    def __init__(self, url: str, then):
        super().__init__(url)
        self._then = then

    def close(self):
        super().close()
        self._then()


def _run(
    *,
    job: str,
    export_path: Path,
    export: Export | None,
    user,
    dry_run: bool,
    importer_options: dict,
    language: str,
) -> None:
    # The summary and problems are written in the language of the admin who started the run
    # (the active language is per thread).
    with translation.override(language):
        _run_in_language(job, export_path, export, user, dry_run, importer_options)


def _run_in_language(job, export_path, export, user, dry_run, importer_options) -> None:
    common = {"user": user.pk, "dry_run": dry_run}
    state = {"done": 0, "total": 0, "stage": STAGE_CONVERT}

    def progress(done: int, total: int) -> None:
        state.update(done=done, total=total)
        write_status(job, state=RUNNING, **common, **state)

    def stage(name: str) -> None:
        state["stage"] = name
        write_status(job, state=RUNNING, **common, **state)

    close_old_connections()
    keep_upload = False
    try:
        if export is None:
            with export_path.open("rb") as handle:
                export = read_export(handle)
        summary = Importer(
            export, dry_run=dry_run, user=user, progress=progress, stage=stage, **importer_options
        ).run()
    except WXRError as error:
        write_status(job, state=FAILED, error=str(error), **common)
    except Exception:
        logger.exception("WordPress import %s failed", job)
        write_status(job, state=FAILED, error="", **common)
    else:
        keep_upload = dry_run  # a preview's file waits for its confirm (or UPLOAD_TTL)
        write_status(
            job,
            state=DONE,
            **common,
            done=state["total"],
            total=state["total"],
            summary=summary.as_dict(),
        )
    finally:
        if not keep_upload:
            export_path.unlink(missing_ok=True)
        connection.close()  # the thread's own connection
