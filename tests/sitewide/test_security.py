import pytest
from axes.models import AccessAttempt
from django.test import override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def csp_directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


def test_public_pages_send_strict_security_headers(client, home):
    response = client.get("/")
    directives = csp_directives(response)
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert directives["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_login_gets_what_wagtail_needs_and_no_more(client, home):
    response = client.get("/admin/login/")
    directives = csp_directives(response)
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["frame-ancestors"] == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_repeated_failed_logins_lock_out_with_a_finnish_429(client, home):
    UserFactory(username="toimittaja")
    for _ in range(5):
        client.post("/admin/login/", {"username": "toimittaja", "password": "väärä"})
    response = client.post(
        "/admin/login/", {"username": "toimittaja", "password": "salasana-testi-123"}
    )
    assert response.status_code == 429
    assert "Kirjautuminen estetty hetkeksi" in response.content.decode()
    assert AccessAttempt.objects.filter(username="toimittaja").exists()


def test_administrator_lifts_a_lockout_and_the_user_can_log_in(client, home):
    UserFactory(username="toimittaja")
    for _ in range(5):
        client.post("/admin/login/", {"username": "toimittaja", "password": "väärä"})
    admin = UserFactory(username="paakayttaja", is_superuser=True)
    client.force_login(admin)
    attempt = AccessAttempt.objects.get(username="toimittaja")
    listing = client.get("/admin/snippets/axes/accessattempt/")
    assert listing.status_code == 200
    assert "toimittaja" in listing.content.decode()
    client.post(f"/admin/snippets/axes/accessattempt/delete/{attempt.pk}/")
    assert not AccessAttempt.objects.exists()
    client.logout()
    response = client.post(
        "/admin/login/", {"username": "toimittaja", "password": "salasana-testi-123"}
    )
    assert response.status_code == 302


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"]
)
def test_login_next_parameter_never_leaves_the_site(client, home, target):
    UserFactory(username="toimittaja")
    response = client.post(
        f"/admin/login/?next={target}",
        {"username": "toimittaja", "password": "salasana-testi-123", "next": target},
    )
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/") and not location.startswith(("//", "/\\"))


def test_search_is_rate_limited_per_address_with_a_friendly_429(client, home):
    with override_settings(SEARCH_RATE_LIMIT=3):
        codes = [client.get("/haku/", {"q": "sote"}).status_code for _ in range(4)]
        response = client.get("/haku/", {"q": "sote"})
    assert codes == [200, 200, 200, 429]
    assert "Liian monta yritystä" in response.content.decode()


def test_csrf_failure_is_a_friendly_finnish_page(home):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/saavutettavuusseloste/", {"message": "x"})
    assert response.status_code == 403
    assert "Lomaketta ei voitu lähettää" in response.content.decode()


def test_page_previews_may_be_framed_by_the_admin_only(client, news_index):
    from django.urls import reverse

    from tests.factories import NewsPageFactory
    from tests.news.test_moderation import news_form

    page = NewsPageFactory(parent=news_index)
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    assert client.post(url, news_form("Esikatselu")).json()["is_valid"]
    response = client.get(url)
    assert "Esikatselu" in response.content.decode()
    directives = csp_directives(response)
    assert directives["frame-ancestors"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_admin_previews_may_show_the_allowed_video_players(client, news_index, settings):
    from django.urls import reverse
    from wagtail.test.utils.form_data import streamfield

    from news.models import NewsPage
    from tests.factories import NewsPageFactory
    from tests.news.test_moderation import news_form

    players = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]
    assert "https://www.youtube-nocookie.com" in players
    page = NewsPageFactory(parent=news_index)
    client.force_login(UserFactory(is_superuser=True))
    video = {"url": "https://www.youtube.com/watch?v=abcdefghijk", "title": "Kokouksen tallenne"}
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    assert client.post(url, news_form("Video", body=streamfield([("embed", video)])))
    preview = client.get(url)
    assert "youtube-nocookie.com/embed/abcdefghijk" in preview.content.decode()
    # The page preview, the editor that frames it and a block's preview in the block picker
    # may all frame the players the public pages may, and no other site.
    embed_block = NewsPage._meta.get_field("body").stream_block.child_blocks["embed"]
    block_preview = client.get(
        reverse("wagtailadmin_block_preview"), {"id": embed_block.definition_prefix}
    )
    editor = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    for response in (preview, editor, block_preview):
        assert response.status_code == 200
        frame_src = csp_directives(response)["frame-src"].split()
        assert set(players) <= set(frame_src)
        assert set(frame_src) <= {"'self'", *players}
