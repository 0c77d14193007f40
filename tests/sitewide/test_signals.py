"""The cached site sections listen to pages and view restrictions only: other models keep
Django's fast delete (one DELETE, no SELECT first, no signal per row)."""

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.db.models.deletion import Collector
from django.db.models.signals import post_delete, post_save
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Revision

from news.models import NewsPage
from sitewide import signals

pytestmark = pytest.mark.django_db


def test_sections_listen_to_every_page_model_and_to_view_restrictions():
    for model in (NewsPage, PageViewRestriction):
        receivers = post_save._live_receivers(model)[0] + post_delete._live_receivers(model)[0]
        assert any(
            getattr(receiver, "__module__", "") == signals.__name__ for receiver in receivers
        ), model


@pytest.mark.parametrize("model", [Session, Revision])
def test_models_the_sections_do_not_show_have_no_sections_receiver(model):
    receivers = post_save._live_receivers(model)[0] + post_delete._live_receivers(model)[0]
    assert not any(
        getattr(receiver, "__module__", "") == signals.__name__ for receiver in receivers
    )


def test_expired_sessions_are_deleted_in_one_query():
    expired = timezone.now() - timezone.timedelta(days=1)
    Session.objects.bulk_create(
        Session(session_key=f"k{n:038d}", session_data="x", expire_date=expired) for n in range(50)
    )
    assert Collector(using="default").can_fast_delete(Session.objects.all())
    with CaptureQueriesContext(connection) as queries:
        deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    assert deleted == 50
    assert len(queries.captured_queries) == 1
    assert queries.captured_queries[0]["sql"].startswith("DELETE")
