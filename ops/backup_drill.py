"""Backup and restore drill (make drill-backup), following docs/operations.md.

On a private stack with the demo content, a few sign-ups through the public form and an
uploaded image and document: back up with `pg_dump -Fc` and a tar of MEDIA_ROOT, restore with
`pg_restore` into a fresh database and the media into a fresh directory, start gunicorn on the
restored copy and compare it with the original: pages (count, titles, URLs, live HTML), contact
cards, sign-ups (count and addresses), media files and a served document. Exits non-zero on any
difference.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import time
from pathlib import Path

from .loadtest import Client, Results, discover, fetch, lost_and_doubled, prepare, stored_signups
from .stack import PG_BIN, Gunicorn, Stack, as_postgres

SIGNUPS = 6
RUN_ID = "backup"  # the sign-ups' addresses are load-backup-<client>-<n>@example.org

CREATE_MEDIA = """
import io
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

buffer = io.BytesIO()
PILImage.new("RGB", (64, 48), (200, 30, 90)).save(buffer, "PNG")
Image.objects.create(title="Varmuuskopiokuva", file=ContentFile(buffer.getvalue(), "kuva.png"))
document = Document.objects.create(
    title="Varmuuskopioasiakirja",
    file=ContentFile("Varmuuskopion palautusharjoitus\\n".encode(), "harjoitus.txt"),
)
print(document.url)
"""

# Compared in both databases; ordered so that equal content prints equally.
QUERIES = {
    "pages": "SELECT count(*) FROM wagtailcore_page",
    "page titles and URLs": (
        "SELECT url_path, title, live FROM wagtailcore_page ORDER BY url_path, id"
    ),
    "contact cards": (
        "SELECT count(*), md5(coalesce(string_agg(c::text, '|' ORDER BY c.id), '')) "
        "FROM contacts_contactcard c"
    ),
    "sign-ups": "SELECT count(*) FROM network_signup",
    "sign-up emails": "SELECT lower(email) FROM network_signup ORDER BY lower(email)",
    "images": "SELECT count(*) FROM wagtailimages_image",
    "documents": "SELECT count(*) FROM wagtaildocs_document",
}

# A fresh CSRF token per response would make equal pages differ.
VOLATILE = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def run(command: list[str], **kwargs) -> None:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def file_digests(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def make_signups(stack: Stack, count: int) -> set[str]:
    """Sign-ups through the public form, as visitors make them; the confirmed addresses."""
    site = discover(stack.apps[0].url, limit=150)
    results = Results()
    bases = {"direct": stack.apps[0].url, "varnish": stack.apps[0].url}
    t0 = time.monotonic()
    for number in range(count):
        client = Client(number, bases, site, results, t0 + 60, RUN_ID, t0)
        client.sign_up()
    return results.confirmed


def signup_failures(expected: int, confirmed: set[str], stored) -> list[str]:
    """What is wrong with the original's sign-ups before the backup: each of the `expected`
    form sign-ups confirmed, and each confirmed one stored exactly once."""
    failures = []
    if len(confirmed) != expected:
        failures.append(f"{len(confirmed)} of {expected} sign-ups were confirmed")
    lost, doubled = lost_and_doubled(confirmed, stored)
    if lost:
        failures.append(f"confirmed sign-ups missing from the database: {lost[:5]}")
    if doubled:
        failures.append(f"sign-ups stored twice: {doubled[:5]}")
    return failures


def main() -> int:
    with Stack(workers=2, varnish=False) as stack:
        print(f"Preparing the stack in {stack.workdir} ...", flush=True)
        prepare(stack)
        document_url = stack.manage("shell", "-c", CREATE_MEDIA).strip().splitlines()[-1]
        confirmed = make_signups(stack, SIGNUPS)
        print(f"Original: demo content, {len(confirmed)} of {SIGNUPS} sign-ups through the form "
              "confirmed, 1 image, 1 document")  # fmt: skip
        failures = signup_failures(SIGNUPS, confirmed, stored_signups(stack, RUN_ID))

        # --- Backup (as in docs/operations.md) ---
        backup_dir = stack.workdir / "backup"
        backup_dir.mkdir()
        backup_dir.chmod(0o777)  # pg_dump runs as the postgres user when we are root
        dump = backup_dir / "osallisuus.dump"
        media_tar = backup_dir / "media.tar.gz"
        started = time.monotonic()
        run(as_postgres([str(PG_BIN / "pg_dump"), "-Fc", "-h", "127.0.0.1",
                         "-p", str(stack.postgres.port), "-U", "postgres",
                         "-f", str(dump), "osallisuus"]))  # fmt: skip
        run(["tar", "-czf", str(media_tar), "-C", str(stack.media_root), "."])
        print(f"Backup:  {dump.stat().st_size / 1024:.0f} KiB database dump, "
              f"{media_tar.stat().st_size / 1024:.0f} KiB media tar "
              f"in {time.monotonic() - started:.1f} s")  # fmt: skip

        # --- Restore into a fresh database and a fresh media directory ---
        started = time.monotonic()
        restored_url = stack.postgres.createdb("osallisuus_restored")
        run(as_postgres([str(PG_BIN / "pg_restore"), "--no-owner", "--exit-on-error",
                         "-h", "127.0.0.1", "-p", str(stack.postgres.port), "-U", "postgres",
                         "-d", "osallisuus_restored", str(dump)]))  # fmt: skip
        restored_media = stack.workdir / "media-restored"
        restored_media.mkdir()
        run(["tar", "-xzf", str(media_tar), "-C", str(restored_media)])
        print(f"Restore: into a fresh database and media directory in "
              f"{time.monotonic() - started:.1f} s")  # fmt: skip

        # Its own Redis database, so that nothing cached for the original answers for the copy.
        redis_url = stack.redis.url.rsplit("/", 1)[0] + "/1"
        restored_env = stack.env(
            DATABASE_URL=restored_url, MEDIA_ROOT=str(restored_media), REDIS_URL=redis_url
        )
        restored_app = stack.enter_context(Gunicorn(stack.workdir, restored_env, workers=2))
        original_app = stack.apps[0]

        print()
        for name, sql in QUERIES.items():
            original = stack.postgres.psql(sql, dbname="osallisuus").strip()
            restored = stack.postgres.psql(sql, dbname="osallisuus_restored").strip()
            rows = len(original.splitlines())
            figure = original if rows == 1 else f"{rows} rows"
            verdict = "equal" if original == restored else "DIFFERENT"
            print(f"{name:22} {figure:>24}   {verdict}")
            if original != restored:
                failures.append(name)

        original_files = file_digests(stack.media_root)
        restored_files = file_digests(restored_media)
        verdict = "equal" if original_files == restored_files else "DIFFERENT"
        print(f"{'media files (sha256)':22} {len(original_files):>24}   {verdict}")
        if original_files != restored_files or not original_files:
            failures.append("media files")

        site = discover(original_app.url, limit=200)
        sample = site.pages[:: max(1, len(site.pages) // 25)]
        same_html = 0
        for path in sample:
            a = fetch(original_app.url, path, headers={"Accept-Language": "fi"})
            b = fetch(restored_app.url, path, headers={"Accept-Language": "fi"})
            if a.status == b.status == 200 and VOLATILE.sub("", a.body) == VOLATILE.sub("", b.body):
                same_html += 1
            else:
                failures.append(f"live HTML of {path} ({a.status} vs {b.status})")
        print(f"{'live page HTML':22} {f'{same_html}/{len(sample)} pages':>24}   "
              f"{'equal' if same_html == len(sample) else 'DIFFERENT'}")  # fmt: skip

        a = fetch(original_app.url, document_url)
        b = fetch(restored_app.url, document_url)
        served = a.status == b.status == 200 and a.body == b.body
        print(f"{'served document':22} {document_url:>24}   {'equal' if served else 'DIFFERENT'}")
        if not served:
            failures.append(f"document {document_url} ({a.status} vs {b.status})")

        return stack.verdict(
            failures, "OK: the restored copy has the same pages, cards, sign-ups and media"
        )


if __name__ == "__main__":
    sys.exit(main())
