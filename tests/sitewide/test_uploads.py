"""Uploads: only real raster images within the size limits; documents always download."""

import io
import os

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


def png(width: int = 20, height: int = 20, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def admin_client(client, home):
    client.force_login(UserFactory(is_superuser=True))
    return client


def upload_single(client, name: str, content: bytes):
    """The admin's "add an image" form (each site has its own collection, so one is chosen)."""
    collection = Collection.objects.filter(depth=2).first() or Collection.get_first_root_node()
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Kuva", "file": SimpleUploadedFile(name, content), "collection": collection.pk},
    )


def upload_multiple(client, name: str, content: bytes) -> dict:
    """The admin's drag-and-drop uploader, which answers JSON."""
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile(name, content)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    return response.json()


def refused_with(response, code: str) -> str:
    """The file field's error message, after checking the upload was refused with `code`."""
    assert response.status_code == 200  # the form again, not a redirect to the listing
    errors = response.context["form"].errors.as_data()["file"]
    assert [error.code for error in errors] == [code]
    message = errors[0].messages[0]
    assert message in response.content.decode()
    return message


REFUSED = [
    pytest.param("kuva.svg", SVG, "invalid_image_extension", "Kuvan muoto ei ole tuettu", id="svg"),
    pytest.param(
        "kuva.png", SVG, "invalid_image_known_format", "Tiedostopääte ei vastaa", id="svg-as-png"
    ),
    pytest.param("kuva.png", HTML, "invalid_image", "", id="html-as-png"),
    pytest.param("sivu.html", HTML, "invalid_image", "", id="html"),
]


@pytest.mark.parametrize("name, content, code, finnish", REFUSED)
def test_non_raster_or_disguised_files_are_refused_as_images(
    admin_client, name, content, code, finnish
):
    message = refused_with(upload_single(admin_client, name, content), code)
    assert finnish in message
    result = upload_multiple(admin_client, name, content)
    assert result["success"] is False
    assert result["error_message"]
    assert not Image.objects.exists()


def test_an_image_over_the_upload_size_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    # Noise does not compress: a valid 64 x 64 PNG of about 12 kB.
    noise = PILImage.frombytes("RGB", (64, 64), os.urandom(64 * 64 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG")
    content = buffer.getvalue()
    assert len(content) > 1024
    message = refused_with(upload_single(admin_client, "iso.png", content), "file_too_large")
    assert "Tiedosto on liian suuri" in message
    assert upload_multiple(admin_client, "iso.png", content)["success"] is False
    assert not Image.objects.exists()


def test_the_configured_limits_are_ten_megabytes_and_forty_megapixels(settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


def test_an_image_with_too_many_pixels_is_refused(admin_client):
    # 7000 x 6000 = 42 megapixels of one colour: a tiny file that would explode in memory.
    content = png(7000, 6000, "1")
    assert len(content) < 1024 * 1024
    message = refused_with(
        upload_single(admin_client, "laaja.png", content), "file_too_many_pixels"
    )
    assert "liian monta kuvapistettä" in message
    assert not Image.objects.exists()


def test_a_real_png_is_accepted(admin_client):
    response = upload_single(admin_client, "oikea.png", png())
    assert response.status_code == 302
    assert Image.objects.get().title == "Kuva"


@pytest.fixture
def served_documents(settings, tmp_path):
    # Wagtail serves documents from a local path, which the in-memory test storage lacks.
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


@pytest.mark.parametrize(
    "name, content",
    [
        ("muistio.pdf", b"%PDF-1.4 demo"),
        ("muistio.txt", HTML),  # text that a browser would sniff as HTML if shown inline
        ("taulukko.csv", b'=HYPERLINK("https://evil.example"),x\n'),
    ],
)
def test_documents_always_download_as_attachments(client, home, served_documents, name, content):
    document = Document.objects.create(title="Liite", file=ContentFile(content, name=name))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "text/html" not in response["Content-Type"]


def test_html_and_svg_documents_are_refused_at_upload(admin_client):
    for name, content in (("sivu.html", HTML), ("kuva.svg", SVG)):
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {"title": "Liite", "file": SimpleUploadedFile(name, content)},
        )
        assert response.status_code == 200, name
        assert response.context["form"].errors["file"], name
    assert not Document.objects.exists()
