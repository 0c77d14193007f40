"""The import's files: a private folder, uploads gone when their run ends or their preview
is abandoned, status files that expire, and an upload limit that nginx lets through."""

import os
import re
import stat
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from tests.factories import UserFactory
from wordpress import jobs

from .test_admin import SAMPLE, URL, finished, upload

pytestmark = pytest.mark.django_db
NGINX = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "osallisuus.conf"


@pytest.fixture(autouse=True)
def _own_upload_dir(settings, tmp_path):
    settings.WORDPRESS_IMPORT_TMP = str(tmp_path / "tuonti")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_uploads_go_to_a_private_folder():
    folder = jobs.upload_dir()
    assert folder.parent == Path(django_settings.WORDPRESS_IMPORT_TMP)
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    folder.chmod(0o755)
    assert mode(jobs.upload_dir()) == 0o700  # widened by hand: private again
    name = jobs.save_upload([b"<rss/>"])  # as the upload view stores the file
    assert mode(folder / name) == 0o600


def test_the_default_folder_is_this_deployments_own():
    from osallisuus.settings import base

    assert Path(base.WORDPRESS_IMPORT_TMP).parent == Path(tempfile.gettempdir())
    assert "osallisuus-wordpress-" in base.WORDPRESS_IMPORT_TMP


def test_an_abandoned_preview_is_removed_by_whoever_opens_the_import_next(client, news_index):
    folder = jobs.upload_dir()
    fresh, abandoned = folder / ("a" * 32 + ".xml"), folder / ("b" * 32 + ".xml")
    fresh.write_text("<rss/>")
    abandoned.write_text("<rss/>")
    hour_ago = time.time() - jobs.UPLOAD_TTL - 1
    os.utime(abandoned, (hour_ago, hour_ago))
    client.force_login(UserFactory(groups=["Moderators"]))
    assert client.get(URL).status_code == 200
    assert fresh.exists() and not abandoned.exists()


def test_status_files_expire_and_the_command_removes_them(news_index, client):
    moderator = UserFactory(groups=["Moderators"])
    old, recent = "1" * 32, "2" * 32
    for job in (old, recent):
        jobs.write_status(job, state=jobs.DONE, user=moderator.pk, dry_run=False)
    path = jobs.upload_dir() / f"{old}.json"
    day_ago = time.time() - jobs.STATUS_TTL - 1
    text = path.read_text().replace('"updated": ', f'"updated": {day_ago}, "was": ')
    path.write_text(text)
    os.utime(path, (day_ago, day_ago))
    assert jobs.read_status(old) is None and jobs.read_status(recent) is not None
    client.force_login(moderator)
    assert client.get(reverse("wordpress_import_status", args=(old,))).status_code == 404

    call_command("clean_wordpress_imports", verbosity=0)
    assert not path.exists() and (jobs.upload_dir() / f"{recent}.json").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_upload_is_removed_when_the_import_ends(client, news_index):
    client.force_login(UserFactory(groups=["Moderators"]))
    preview = finished(client, upload(client, SAMPLE))
    assert len(list(jobs.upload_dir().glob("*.xml"))) == 1  # kept for the confirm
    job = client.post(URL, {"confirm": "1", "token": preview.context["token"]})["Location"]
    job = job.split("job=")[1]
    for _ in range(600):
        if jobs.read_status(job)["state"] != jobs.RUNNING:
            break
        time.sleep(0.1)
    assert jobs.read_status(job)["state"] == jobs.DONE
    assert not list(jobs.upload_dir().glob("*.xml"))  # before anyone opens the summary


def test_a_broken_upload_is_not_kept(client, news_index):
    client.force_login(UserFactory(groups=["Moderators"]))
    response = client.post(URL, {"export": SimpleUploadedFile("x.xml", b"<rss>", "text/xml")})
    assert response.status_code == 200
    assert not list(jobs.upload_dir().glob("*.xml"))


def _nginx_limit(path: str) -> int:
    """client_max_body_size that nginx applies to `path` (a location's own, else the
    server's), in bytes."""
    conf = NGINX.read_text()
    server = conf[conf.index("listen 443") :]
    value = re.search(r"^    client_max_body_size\s+(\d+)([kKmMgG]?);", server, re.M)
    for location in re.finditer(
        r"location\s+(?:\^~\s+|=\s+)?(\S+)\s*\{(.*?)\n    \}", server, re.S
    ):
        own = re.search(r"client_max_body_size\s+(\d+)([kKmMgG]?);", location.group(2))
        if own and path.startswith(location.group(1)):
            value = own
    number, unit = int(value.group(1)), value.group(2).lower()
    return number * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit]


def test_upload_limit_agrees_with_nginx():
    nginx = _nginx_limit(URL)
    limit = django_settings.WORDPRESS_MAX_EXPORT_SIZE
    # The export and the form around it fit through nginx (else a 413 from nginx instead of
    # our Finnish message), and the limit is not much below what nginx lets through.
    assert limit + 64 * 1024 <= nginx
    assert limit >= nginx - 2 * 1024 * 1024


def test_too_large_an_export_gets_a_finnish_answer(client, news_index, settings):
    settings.WORDPRESS_MAX_EXPORT_SIZE = 100
    client.force_login(UserFactory(groups=["Moderators"]))
    response = upload(client, SAMPLE)
    assert response.status_code == 200
    assert "Tiedosto on liian suuri" in response.content.decode()
