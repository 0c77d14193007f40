"""The admin import: upload, see what would happen, import; only with the permission."""

import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from news.models import NewsPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_upload_dir(settings, tmp_path):
    settings.WORDPRESS_IMPORT_TMP = tmp_path


SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "wordpress" / "esimerkkivienti.xml"
DATA = Path(__file__).parent / "data"
URL = reverse("wordpress_import")


def upload(client, path):
    return client.post(
        URL,
        {
            "export": SimpleUploadedFile(path.name, path.read_bytes(), "text/xml"),
            "categories_as_keywords": "on",
        },
    )


def finished(client, response):
    """Follows a run started in the background as the page's script does: asks its status
    until it is no longer running, then opens its result."""
    assert response.status_code == 302
    result_url = response["Location"]
    job = result_url.split("job=")[1]
    status_url = reverse("wordpress_import_status", args=(job,))
    # (The page showing the bar is pinned below; opening it here, while the run writes,
    # would make SQLite's shared in-memory test database refuse one of the two.)
    for _ in range(600):
        status = client.get(status_url).json()
        if status["state"] != "running":
            break
        time.sleep(0.1)
    return client.get(result_url)


# The runs happen in a thread with a database connection of its own: the data it reads
# (the moderator, the site) must be committed, hence transaction=True (and the migrations'
# data restored after, for the tests that follow).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_moderator_previews_then_imports(client, news_index):
    client.force_login(UserFactory(groups=["Moderators"]))
    response = finished(client, upload(client, SAMPLE))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Näin tuonti muuttaisi sivustoa" in content
    assert "Luotu: 3 uutista" in content
    assert not NewsPage.objects.exists()

    response = finished(
        client, client.post(URL, {"confirm": "1", "token": response.context["token"]})
    )
    assert "Tuonti valmis" in response.content.decode()
    assert NewsPage.objects.count() == 3
    assert PageLogEntry.objects.filter(action="wordpress.import").exists() or (
        ModelLogEntry.objects.filter(action="wordpress.import").exists()
    )


def test_hostile_upload_gets_a_finnish_error(client, news_index):
    client.force_login(UserFactory(groups=["Moderators"]))
    response = upload(client, DATA / "billion-laughs.xml")
    assert response.status_code == 200
    assert "turvallisuussyistä" in response.content.decode()
    assert not NewsPage.objects.exists()


def test_editor_without_the_permission_cannot_import(client, news_index):
    client.force_login(UserFactory(groups=["Editors"]))
    response = upload(client, SAMPLE)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not NewsPage.objects.exists()


def test_status_of_a_run_is_only_for_its_starter(client, news_index):
    from wordpress import jobs

    moderator, other = UserFactory(groups=["Moderators"]), UserFactory(groups=["Moderators"])
    job = "0" * 32
    jobs.write_status(job, state=jobs.RUNNING, user=moderator.pk, dry_run=False, done=5, total=40)
    status_url = reverse("wordpress_import_status", args=(job,))
    client.force_login(moderator)
    assert client.get(status_url).json() == {
        "state": "running",
        "done": 5,
        "total": 40,
        "text": "Luetaan tiedostoa…",
    }
    page = client.get(f"{URL}?job={job}").content.decode()
    assert '<progress max="40" value="5"' in page
    assert f'data-status-url="{status_url}"' in page  # where the page's script asks
    client.force_login(other)
    assert client.get(status_url).status_code == 404
    assert client.get(f"{URL}?job={job}").status_code == 404
    client.force_login(moderator)
    assert client.get(reverse("wordpress_import_status", args=("passwd",))).status_code == 404
    assert client.get(f"{URL}?job=../../etc/passwd").status_code == 404


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_summary_is_in_the_language_of_the_admin_who_ran_it(client, news_index):
    from wagtail.users.models import UserProfile

    moderator = UserFactory(groups=["Moderators"])
    UserProfile.objects.update_or_create(user=moderator, defaults={"preferred_language": "en"})
    client.force_login(moderator)
    response = finished(client, upload(client, SAMPLE))
    content = response.content.decode()
    assert "Created: 3 news items" in content  # written in the run's own thread
    assert "Luotu" not in content


def import_entries() -> int:
    return (
        PageLogEntry.objects.filter(action="wordpress.import").count()
        + ModelLogEntry.objects.filter(action="wordpress.import").count()
    )


def wait_for(client, response):
    """Waits for a run to end without opening its result page (which ends the session's
    import): a replay right after the confirm."""
    job = response["Location"].split("job=")[1]
    for _ in range(600):
        if client.get(reverse("wordpress_import_status", args=(job,))).json()["state"] != "running":
            return
        time.sleep(0.1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_confirmed_preview_cannot_be_imported_again(client, news_index):
    client.force_login(UserFactory(groups=["Moderators"]))
    preview = finished(client, upload(client, SAMPLE))
    token = preview.context["token"]
    assert token
    first = client.post(URL, {"confirm": "1", "token": token})
    assert "job=" in first["Location"]  # the real token imports
    wait_for(client, first)
    assert import_entries() == 1

    for replayed in ("", token, "x" * 32):
        response = client.post(URL, {"confirm": "1", "token": replayed}, follow=True)
        assert "job=" not in response.redirect_chain[-1][0]
        assert "Tämä esikatselu on jo tuotu tai vanhentunut" in response.content.decode()
    response = client.post(URL, {"confirm": "1"}, follow=True)
    assert "Tämä esikatselu on jo tuotu tai vanhentunut" in response.content.decode()
    assert import_entries() == 1
    assert NewsPage.objects.count() == 3


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_preview_lists_what_editors_changed_in_wagtail(client, news_index):
    from wordpress.importer import Importer
    from wordpress.wxr import read_export

    Importer(read_export(str(SAMPLE))).run()
    page = NewsPage.objects.get(slug="jarjestojen-kevatkokous")
    page.unpublish()
    client.force_login(UserFactory(groups=["Moderators"]))
    content = finished(client, upload(client, SAMPLE)).content.decode()
    assert "Ristiriidat (Wagtailissa tehty muutos pysyy)" in content
    assert "on poistettu julkaisusta Wagtailissa" in content
