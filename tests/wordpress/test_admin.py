"""The admin import: upload, see what would happen, import; only with the permission."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from news.models import NewsPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

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


def test_moderator_previews_then_imports(client, news_index):
    client.force_login(UserFactory(groups=["Moderators"]))
    response = upload(client, SAMPLE)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Näin tuonti muuttaisi sivustoa" in content
    assert "Luotu: 3 uutisia" in content
    assert not NewsPage.objects.exists()

    response = client.post(URL, {"confirm": "1", "token": response.context["token"]})
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
