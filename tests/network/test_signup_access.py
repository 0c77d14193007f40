"""Sign-ups (names, emails, organisations) reach only those who handle them: the moderators
(every network's), a network's coordinators (its own) and superusers; a Toimittajat editor and
an anonymous visitor get nothing, whichever admin URL they try, the exports and the chooser
included."""

import importlib
import io

import openpyxl
import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from network.models import NetworkPage, SignUp
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP
from tests.factories import UserFactory
from tests.network.factories import NetworkPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/network/signup/"
CHOOSER_URL = "/admin/snippets/choose/network/signup/"


@pytest.fixture
def own(open_network):
    return SignUpFactory(
        network=open_network,
        name="Aada Omaverkko",
        email="aada.omaverkko@yhdistys.example",
        organisation="Oman kylän yhdistys ry",
        status=SignUp.Status.ACCEPTED,
    )


@pytest.fixture
def other(network_index):
    network = NetworkPageFactory(parent=network_index, title="Toinen verkosto")
    return SignUpFactory(
        network=network,
        name="Bertta Toisverkko",
        email="bertta.toisverkko@yhdistys.example",
        organisation="Toisen kylän yhdistys ry",
        status=SignUp.Status.ACCEPTED,
    )


def coordinator_of(network, **kwargs):
    """A Toimittajat editor whom the network's page lists as its sign-up handler."""
    user = UserFactory(groups=[EDITORS_GROUP], **kwargs)
    network.coordinator_users.add(user)
    network.save()
    return user


def body(response) -> str:
    """The response's text (an XLSX workbook's cells); a streamed export is read once, kept."""
    if not hasattr(response, "_text"):
        raw = b"".join(response.streaming_content) if response.streaming else response.content
        if raw.startswith(b"PK"):  # a workbook: the text is in its cells
            rows = openpyxl.load_workbook(io.BytesIO(raw)).active.iter_rows(values_only=True)
            response._text = "\n".join(";".join(str(cell) for cell in row) for row in rows)
        else:
            response._text = raw.decode("utf-8", "replace")
    return response._text


def personal_data(signup) -> tuple[str, str, str]:
    return signup.name, signup.email, signup.organisation


def shows(response, signup) -> bool:
    text = body(response)
    return any(value in text for value in personal_data(signup))


def listing_urls() -> list[str]:
    return [
        LIST_URL,
        f"{LIST_URL}results/",
        f"{LIST_URL}?export=csv",
        f"{LIST_URL}?export=xlsx",
        CHOOSER_URL,
        f"{CHOOSER_URL}results/",
    ]


def object_urls(signup) -> list[str]:
    name = "wagtailsnippets_network_signup"
    return [
        reverse(f"{name}:edit", args=[signup.pk]),
        reverse(f"{name}:history", args=[signup.pk]),
        reverse(f"{name}:usage", args=[signup.pk]),
        reverse(f"{name}:delete", args=[signup.pk]),
        reverse(f"{name}:copy", args=[signup.pk]),
        reverse("network_signup_add_member", args=[signup.pk]),
        f"/admin/snippets/choose/network/signup/chosen/{signup.pk}/",
    ]


def menu_has_sign_ups(client) -> bool:
    return LIST_URL in client.get("/admin/").content.decode()


def assert_refused(client, url, signup):
    response = client.get(url)
    assert response.status_code in (302, 403, 404), url
    assert not shows(response, signup), url
    assert not shows(client.get(url, follow=True), signup), url


@pytest.mark.parametrize("who", ["moderator", "superuser"])
def test_moderators_and_superusers_see_and_export_every_networks_sign_ups(client, own, other, who):
    user = UserFactory(groups=[MODERATORS_GROUP]) if who == "moderator" else None
    client.force_login(user or UserFactory(is_superuser=True))
    assert menu_has_sign_ups(client)
    for url in listing_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        assert shows(response, own) and shows(response, other), url
    assert (
        client.get(reverse("wagtailsnippets_network_signup:edit", args=[other.pk])).status_code
        == 200
    )


def test_an_editor_sees_no_sign_up_menu_listing_export_chooser_or_sign_up(client, own, other):
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    assert menu_has_sign_ups(client)  # the same admin shows it to a moderator

    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    assert not menu_has_sign_ups(client)
    for url in listing_urls() + object_urls(own):
        assert_refused(client, url, own)


def test_an_editor_cannot_change_or_delete_a_sign_up_by_posting(client, own):
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    client.post(reverse("wagtailsnippets_network_signup:delete", args=[own.pk]))
    client.post(reverse("network_signup_add_member", args=[own.pk]))
    client.post(
        reverse("wagtailsnippets_network_signup:edit", args=[own.pk]), {"status": "declined"}
    )
    own.refresh_from_db()
    assert own.status == SignUp.Status.ACCEPTED
    assert not own.network.members.exists()


def test_anonymous_visitors_are_sent_to_the_login(client, own):
    for url in listing_urls() + object_urls(own):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
        assert not shows(response, own)


def test_a_coordinator_sees_and_exports_their_networks_sign_ups_only(client, own, other):
    client.force_login(coordinator_of(own.network))
    assert menu_has_sign_ups(client)
    for url in listing_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        assert shows(response, own), url
        assert not shows(response, other), url


def test_a_coordinator_handles_their_own_sign_up_but_gets_404_for_another_networks(
    client, own, other
):
    client.force_login(coordinator_of(own.network))
    edit = reverse("wagtailsnippets_network_signup:edit", args=[own.pk])
    response = client.get(edit)
    assert response.status_code == 200 and own.email in response.content.decode()
    assert client.post(edit, {"status": "declined", **edit_form(own)}).status_code == 302
    own.refresh_from_db()
    assert own.status == SignUp.Status.DECLINED

    for url in object_urls(other):
        assert_refused(client, url, other)
    client.post(reverse("wagtailsnippets_network_signup:edit", args=[other.pk]), edit_form(other))
    client.post(reverse("network_signup_add_member", args=[other.pk]))
    other.refresh_from_db()
    assert other.status == SignUp.Status.ACCEPTED
    assert not other.network.members.exists()


def test_a_coordinator_adds_an_accepted_sign_up_of_their_network_as_a_member(client, own):
    client.force_login(coordinator_of(own.network))
    response = client.post(reverse("network_signup_add_member", args=[own.pk]))
    assert response.status_code == 302
    revision = NetworkPage.objects.get(pk=own.network_id).get_latest_revision_as_object()
    assert [m.organisation.name for m in revision.members.all()] == [own.organisation]


def test_a_coordinator_does_not_delete_sign_ups(client, own):
    client.force_login(coordinator_of(own.network))
    delete = reverse("wagtailsnippets_network_signup:delete", args=[own.pk])
    assert client.get(delete).status_code in (302, 403)
    client.post(delete)
    assert SignUp.objects.filter(pk=own.pk).exists()


def edit_form(signup) -> dict:
    return {
        "status": "declined",
        "name": signup.name,
        "organisation": signup.organisation,
        "email": signup.email,
        "region_or_type": signup.region_or_type,
        "message": signup.message,
    }


def test_only_those_who_handle_every_networks_sign_ups_choose_a_networks_handlers(
    client, open_network
):
    edit = reverse("wagtailadmin_pages:edit", args=[open_network.pk])
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    assert 'name="coordinator_users"' in client.get(edit).content.decode()
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    html = client.get(edit).content.decode()
    assert 'name="signup_open"' in html  # the editor edits the page ...
    assert 'name="coordinator_users"' not in html  # ... but not who sees its sign-ups


def test_every_networks_sign_ups_are_settable_per_group_in_the_admin(client, own):
    group = Group.objects.create(name="Verkostotiimi")
    user = UserFactory(groups=[group.name])
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert_refused(client, LIST_URL, own)
    group.permissions.add(Permission.objects.get(codename="view_signup"))
    assert shows(client.get(LIST_URL), own)


def test_migration_takes_the_sign_ups_from_editors_on_an_existing_site(db):
    """A site migrated before: post_migrate had given the editors every sign-up permission."""
    editors = Group.objects.get(name=EDITORS_GROUP)
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="network", codename__endswith="_signup")
    )
    migration = importlib.import_module("network.migrations.0002_signup_coordinators")
    migration.forwards(django_apps, None)
    assert not editors.permissions.filter(codename__endswith="_signup").exists()
    moderators = Group.objects.get(name=MODERATORS_GROUP)
    assert moderators.permissions.filter(codename="view_signup").exists()


def test_a_coordinator_sees_the_sign_ups_of_the_networks_translations_too(
    client, open_network, network_index, home
):
    from wagtail.models import Locale

    swedish = Locale.objects.get(language_code="sv")
    for page in (home, network_index):
        page.copy_for_translation(swedish).save_revision().publish()
    network_sv = open_network.copy_for_translation(swedish)
    network_sv.save_revision().publish()
    via_swedish = SignUpFactory(network=network_sv, name="Cecilia Svenska")
    coordinator = coordinator_of(open_network)
    elsewhere = NetworkPageFactory(parent=network_index, title="Kolmas verkosto")
    SignUpFactory(network=elsewhere, name="Doris Muualla")

    client.force_login(coordinator)
    html = client.get(LIST_URL).content.decode()
    assert via_swedish.name in html
    assert "Doris Muualla" not in html
