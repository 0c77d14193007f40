"""Sign-ups are deleted after SIGNUP_RETENTION_MONTHS, as the privacy notice promises."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from network.models import SignUp
from network.retention import months_before
from tests.network.factories import SignUpFactory, helsinki

pytestmark = pytest.mark.django_db


def created_days_ago(network, days: int) -> SignUp:
    return SignUpFactory(network=network, created_at=timezone.now() - datetime.timedelta(days=days))


def run() -> str:
    out = io.StringIO()
    call_command("purge_old_signups", stdout=out)
    return out.getvalue()


def test_deletes_sign_ups_older_than_twelve_months_by_default(open_network):
    old = created_days_ago(open_network, 400)
    kept = created_days_ago(open_network, 300)
    output = run()
    assert "Deleted 1 sign-up(s) older than 12 months." in output
    assert list(SignUp.objects.all()) == [kept]
    assert not SignUp.objects.filter(pk=old.pk).exists()


@override_settings(SIGNUP_RETENTION_MONTHS=1)
def test_the_retention_period_comes_from_settings(open_network):
    created_days_ago(open_network, 40)
    created_days_ago(open_network, 45)
    created_days_ago(open_network, 10)
    assert "Deleted 2 sign-up(s) older than 1 months." in run()
    assert SignUp.objects.count() == 1


def test_nothing_to_delete_prints_zero(db):
    assert "Deleted 0 sign-up(s)" in run()


def test_months_before_handles_short_months():
    assert months_before(helsinki(2024, 3, 31, 12), 1) == helsinki(2024, 2, 29, 12)
    assert months_before(helsinki(2024, 1, 15, 8), 12) == helsinki(2023, 1, 15, 8)
    assert months_before(helsinki(2024, 1, 15, 8), 13) == helsinki(2022, 12, 15, 8)
