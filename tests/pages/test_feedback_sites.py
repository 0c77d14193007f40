"""Accessibility feedback belongs to the site whose statement took it: that site's moderators
are emailed about it and see it; another site's are not and do not."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Site

from pages.feedback import feedback_recipients
from pages.models import AccessibilityStatementPage, FeedbackMessage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderators(home, other_site, settings):
    settings.FEEDBACK_NOTIFY_EMAILS = []
    settings.MANAGERS = []
    default = Site.objects.get(is_default_site=True)
    own = UserFactory(email="oma@demo.example")
    own.groups.add(Group.objects.get(pk=default.editing.moderators_id))
    other = UserFactory(email="toinen@demo.example")
    other.groups.add(other_site.editing.moderators)
    chief = UserFactory(email="paakayttaja@demo.example", is_superuser=True)
    return {"default": default, "own": own, "other": other, "chief": chief}


def test_a_sites_feedback_is_mailed_to_its_own_handlers(moderators, other_site):
    assert feedback_recipients(moderators["default"]) == [
        "oma@demo.example",
        "paakayttaja@demo.example",
    ]
    assert feedback_recipients(other_site) == [
        "paakayttaja@demo.example",
        "toinen@demo.example",
    ]


def test_feedback_sent_on_a_site_is_that_sites(moderators, mailoutbox):
    statement = AccessibilityStatementPage.objects.get()
    Client().post(statement.url, {"message": "Kontrasti on heikko.", "website": ""})
    message = FeedbackMessage.objects.get()
    assert message.site == moderators["default"]
    (email,) = mailoutbox
    assert "toinen@demo.example" not in email.to
    assert "oma@demo.example" in email.to


def test_another_sites_moderator_does_not_see_the_message(client, moderators):
    message = FeedbackMessage.objects.create(
        message="Kuvilta puuttuu teksti", site=moderators["default"]
    )
    client.force_login(moderators["other"])
    listing = client.get(reverse("wagtailsnippets_pages_feedbackmessage:list"))
    assert "Kuvilta puuttuu teksti" not in listing.content.decode()
    edit = client.get(reverse("wagtailsnippets_pages_feedbackmessage:edit", args=[message.pk]))
    assert edit.status_code == 404
    client.force_login(moderators["own"])
    listing = client.get(reverse("wagtailsnippets_pages_feedbackmessage:list"))
    assert "Kuvilta puuttuu teksti" in listing.content.decode()
