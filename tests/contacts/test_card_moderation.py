"""A contact card puts a person's name, email and phone on the public site, so it goes through
the moderation workflow like a page: Toimittajat submit, Moderaattorit approve and publish."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import WorkflowContentType

from contacts.models import ContactCard
from sitewide.permissions import EDITORS_GROUP, MODERATION_WORKFLOW, MODERATORS_GROUP
from tests.contacts.test_admin import ADD_URL, card_form
from tests.factories import ContactCardFactory, UserFactory

pytestmark = pytest.mark.django_db

NAME = "Uusi Asiantuntija"  # as card_form() fills it


def edit_url(card) -> str:
    return reverse("wagtailsnippets_contacts_contactcard:edit", args=(card.pk,))


def public_page_shows(client, card) -> bool:
    client.logout()
    response = client.get(card.get_absolute_url())
    return response.status_code == 200 and card.name in response.content.decode()


def test_the_moderation_workflow_is_the_cards_workflow():
    workflow = ContactCard.get_default_workflow()
    assert workflow is not None and workflow.name == MODERATION_WORKFLOW


def test_a_moderator_publishes_a_card_directly_but_an_editors_publish_is_refused(client, home):
    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    assert 'name="action-publish"' in client.get(reverse(ADD_URL)).content.decode()
    client.post(reverse(ADD_URL), {**card_form(name="Moderaattorin Kortti"), "action-publish": "1"})
    assert ContactCard.objects.get(name="Moderaattorin Kortti").live

    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    form_html = client.get(reverse(ADD_URL)).content.decode()
    assert 'name="action-publish"' not in form_html
    assert 'name="action-submit"' in form_html
    client.post(reverse(ADD_URL), {**card_form(), "action-publish": "1"})
    card = ContactCard.objects.get(name=NAME)
    assert not card.live
    assert not public_page_shows(client, card)


def test_an_editors_change_to_a_published_card_stays_off_the_public_site(client, home):
    card = ContactCardFactory(name="Julkaistu Henkilö", phone="+358500001001")
    assert public_page_shows(client, card)
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    client.post(
        edit_url(card),
        {**card_form(name="Julkaistu Henkilö", phone="050 999 9999"), "action-publish": "1"},
    )
    card.refresh_from_db()
    assert card.phone == "+358500001001"  # the live card is unchanged
    client.logout()
    assert "050 999 9999" not in client.get(card.get_absolute_url()).content.decode()


def test_an_editor_cannot_unpublish_a_card(client, home):
    card = ContactCardFactory()
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    url = reverse("wagtailsnippets_contacts_contactcard:unpublish", args=(card.pk,))
    assert client.post(url).status_code in (302, 403)
    card.refresh_from_db()
    assert card.live


def test_an_editor_submits_and_a_moderator_approves_and_publishes(client, home):
    client.force_login(UserFactory(groups=[EDITORS_GROUP]))
    assert client.post(reverse(ADD_URL), {**card_form(), "action-submit": "1"}).status_code == 302
    card = ContactCard.objects.get(name=NAME)
    assert not card.live
    assert card.current_workflow_state.status == "in_progress"
    assert not public_page_shows(client, card)

    client.force_login(UserFactory(groups=[MODERATORS_GROUP]))
    task_state = card.current_workflow_task_state
    approve = reverse(
        "wagtailsnippets_contacts_contactcard:workflow_action",
        args=(card.pk, "approve", task_state.pk),
    )
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    card.refresh_from_db()
    assert card.live
    assert public_page_shows(client, card)


def test_editors_no_longer_hold_the_card_publish_permission_but_moderators_do():
    def codenames(name):
        group = Group.objects.get(name=name)
        return set(group.permissions.values_list("codename", flat=True))

    assert "publish_contactcard" in codenames(MODERATORS_GROUP)
    assert "publish_contactcard" not in codenames(EDITORS_GROUP)
    assert {"add_contactcard", "change_contactcard"} <= codenames(EDITORS_GROUP)


def test_migration_takes_publishing_from_editors_and_assigns_the_workflow(db):
    """On a site migrated before: editors held publish and cards had no workflow."""
    editors = Group.objects.get(name=EDITORS_GROUP)
    publish = Permission.objects.get(
        content_type__app_label="contacts", codename="publish_contactcard"
    )
    editors.permissions.add(publish)
    card_type = ContentType.objects.get_for_model(ContactCard)
    WorkflowContentType.objects.filter(content_type=card_type).delete()
    assert ContactCard.get_default_workflow() is None

    migration = importlib.import_module("contacts.migrations.0003_contact_cards_through_moderation")
    migration.forwards(django_apps, None)

    assert not editors.permissions.filter(pk=publish.pk).exists()
    assert ContactCard.get_default_workflow().name == MODERATION_WORKFLOW
