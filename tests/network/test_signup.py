"""Joining a network: deadline, validation, duplicates, honeypot, rate limit, notification."""

import datetime
import logging

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone

from network.models import SignUp
from tests.network.factories import RegionFactory, SignUpFactory, helsinki

pytestmark = pytest.mark.django_db


def valid_data(**changes) -> dict:
    data = {
        "name": "Testi Henkilö",
        "organisation": "Tunturikylien yhteisö ry",
        "email": "testi.henkilo@yhdistys.example",
        "region_or_type": "type:ngo",
        "message": "Haluamme mukaan verkostoon.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def test_open_network_shows_the_form_with_a_hidden_honeypot(client, open_network):
    html = client.get(open_network.url).content.decode()
    # No CSRF token for visitors without a session: the page stays cacheable (sitewide.csrf).
    assert 'name="csrfmiddlewaretoken"' not in html
    assert 'name="email"' in html
    assert 'class="visually-hidden" aria-hidden="true"' in html
    assert 'name="website" tabindex="-1" autocomplete="off"' in html


def test_consent_links_to_the_privacy_notice(client, open_network):
    html = client.get(open_network.url).content.decode()
    assert '<a href="/tietosuojaseloste/">Lue tietosuojaseloste</a>' in html


def test_consent_links_to_the_privacy_notice_the_editors_chose(client, open_network, home):
    from pages.models import StandardPage
    from sitewide.models import PrivacySettings

    default_link = '<a href="/tietosuojaseloste/">Lue tietosuojaseloste</a>'
    other = home.add_child(
        instance=StandardPage(title="Tietosuoja", slug="tietosuoja-ja-evasteet", body="<p>x</p>")
    )
    other.save_revision().publish()
    assert default_link in client.get(open_network.url).content.decode()
    setting = PrivacySettings.objects.get()
    setting.privacy_page = other
    setting.save()  # as the settings form does: the cached form follows at once
    html = client.get(open_network.url).content.decode()
    assert '<a href="/tietosuoja-ja-evasteet/">Lue tietosuojaseloste</a>' in html
    assert default_link not in html


def test_consent_has_no_link_when_there_is_no_privacy_notice(client, open_network, home):
    home.get_children().filter(slug="tietosuojaseloste").delete()
    response = client.get(open_network.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="consent"' in html
    assert "Lue tietosuojaseloste" not in html


def test_region_choices_are_the_networks_own_regions(client, open_network):
    region = RegionFactory(name="Tunturi-Lappi", slug="tunturi-lappi")
    RegionFactory(name="Koillismaa", slug="koillismaa")
    open_network.regions = [region]
    open_network.save_revision().publish()
    html = client.get(open_network.url).content.decode()
    assert 'value="region:tunturi-lappi"' in html
    assert 'value="region:koillismaa"' not in html


def test_valid_sign_up_is_saved_then_the_coordinator_is_emailed(client, open_network):
    response = client.post(open_network.url, valid_data())
    assert response.status_code == 302
    assert response["Location"] == open_network.url + "ilmoittautuminen/kiitos/"
    signup = SignUp.objects.get()
    assert signup.network_id == open_network.pk
    assert signup.status == SignUp.Status.NEW
    assert signup.consent_at is not None
    applicant, coordinator = mail.outbox
    assert applicant.to == ["testi.henkilo@yhdistys.example"]
    assert coordinator.to == ["koordinaattori@lappi.example"]
    assert "Testi Henkilö" in coordinator.body
    assert f"http://testserver/admin/snippets/network/signup/edit/{signup.pk}/" in (
        coordinator.body
    )
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Kiitos ilmoittautumisesta" in thanks.content.decode()


@override_settings(EMAIL_BACKEND="tests.network.failing_email.FailingEmailBackend")
def test_failed_notification_keeps_the_sign_up_and_logs_the_failure(client, open_network, caplog):
    with caplog.at_level(logging.ERROR, logger="network.signup"):
        response = client.post(open_network.url, valid_data())
    assert response.status_code == 302
    assert SignUp.objects.count() == 1
    failures = [r for r in caplog.records if r.name == "network.signup"]
    assert failures and failures[0].exc_info is not None


def test_same_email_in_other_case_is_recognised_without_a_second_record(client, open_network):
    client.post(open_network.url, valid_data())
    mail.outbox.clear()
    response = client.post(open_network.url, valid_data(email="TESTI.Henkilo@Yhdistys.EXAMPLE"))
    assert response.status_code == 302
    assert SignUp.objects.count() == 1
    # No second notice to the coordinator; the address is told it had joined already.
    (notice,) = mail.outbox
    assert notice.to == ["TESTI.Henkilo@Yhdistys.EXAMPLE"]
    assert "jo ilmoittauduttu" in notice.body


def test_the_database_refuses_a_case_variant_duplicate(open_network):
    from django.db import IntegrityError, transaction

    SignUpFactory(network=open_network, email="sama@yhdistys.example")
    with pytest.raises(IntegrityError), transaction.atomic():
        SignUpFactory(network=open_network, email="SAMA@yhdistys.example")


def test_filled_honeypot_looks_like_success_but_saves_nothing(client, open_network):
    response = client.post(open_network.url, valid_data(website="https://roskaa.example"))
    assert response.status_code == 302
    assert response["Location"].endswith("ilmoittautuminen/kiitos/")
    assert SignUp.objects.count() == 0
    assert mail.outbox == []


def test_missing_consent_reshows_the_form_with_linked_finnish_errors(client, open_network):
    response = client.post(open_network.url, valid_data(consent="", email="ei-osoite"))
    html = response.content.decode()
    assert response.status_code == 400
    assert SignUp.objects.count() == 0
    assert "Ilmoittautuminen vaatii suostumuksesi." in html
    assert "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi." in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="signup-email_error"' in html
    assert 'id="signup-email_error"' in html
    assert 'aria-describedby="signup-consent_error"' in html
    # What the person typed stays in the form.
    assert 'value="Testi Henkilö"' in html
    assert 'value="ei-osoite"' in html


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Testi\x00Henkilö"),
        ("organisation", "Yhdistys\x00"),
        ("message", "Hei\x00"),
        ("email", "testi\x00@yhdistys.example"),
        ("name", "x" * 151),
        ("organisation", "y" * 5000),
        ("message", "z" * 2001),
        ("email", "a" * 250 + "@yhdistys.example"),
        ("name", "Testi\u202eHenkilö"),
        ("region_or_type", "type:tuntematon"),
        ("name", "   "),
    ],
)
def test_odd_or_over_long_input_is_refused_with_400(client, open_network, field, value):
    response = client.post(open_network.url, valid_data(**{field: value}))
    assert response.status_code == 400
    assert SignUp.objects.count() == 0
    assert f'id="signup-{field}_error"' in response.content.decode()


def test_combining_characters_are_normalised(client, open_network):
    client.post(open_network.url, valid_data(name="Ja\u0308rvinen"))
    assert SignUp.objects.get().name == "Järvinen"


def test_sign_up_is_open_until_the_end_of_the_deadline_day_in_helsinki(open_network):
    open_network.signup_deadline = datetime.date(2021, 12, 31)
    assert open_network.signup_is_open(now=helsinki(2021, 12, 31, 23, 59, 59))
    assert not open_network.signup_is_open(now=helsinki(2022, 1, 1, 0, 0, 0))
    # 23.30 UTC on the 31st is already 1.30 on New Year's Day in Helsinki.
    utc_late = datetime.datetime(2021, 12, 31, 23, 30, tzinfo=datetime.UTC)
    assert not open_network.signup_is_open(now=utc_late)


def test_unticked_signup_open_closes_the_form(client, open_network):
    open_network.signup_open = False
    open_network.save_revision().publish()
    response = client.post(open_network.url, valid_data())
    assert response.status_code == 403
    assert SignUp.objects.count() == 0


def test_after_the_deadline_the_page_says_closed_and_posts_are_refused(client, closed_network):
    html = client.get(closed_network.url).content.decode()
    assert "Ilmoittautuminen verkostoon on päättynyt." in html
    assert 'name="email"' not in html
    response = client.post(closed_network.url, valid_data())
    assert response.status_code == 403
    assert "Ilmoittautuminen on päättynyt" in response.content.decode()
    assert SignUp.objects.count() == 0
    assert mail.outbox == []


@override_settings(SIGNUP_RATE_LIMIT=5)
def test_more_than_five_posts_from_one_address_are_refused_with_429(client, open_network):
    for n in range(5):
        response = client.post(open_network.url, valid_data(email=f"h{n}@yhdistys.example"))
        assert response.status_code == 302
    response = client.post(open_network.url, valid_data(email="kuudes@yhdistys.example"))
    assert response.status_code == 429
    assert "Liian monta yritystä" in response.content.decode()
    assert SignUp.objects.count() == 5
    # Another address is not affected.
    other = client.post(
        open_network.url, valid_data(email="toinen@yhdistys.example"), REMOTE_ADDR="192.0.2.7"
    )
    assert other.status_code == 302


@override_settings(SIGNUP_RATE_LIMIT=2)
def test_rejected_submissions_do_not_use_up_the_rate_limit(client, open_network):
    for _attempt in range(4):
        response = client.post(open_network.url, valid_data(email="ei-osoite"))
        assert response.status_code == 400
    for n in range(2):
        response = client.post(open_network.url, valid_data(email=f"h{n}@yhdistys.example"))
        assert response.status_code == 302
    assert SignUp.objects.count() == 2
    # The allowance counted the accepted submissions only, and it is now used up.
    response = client.post(open_network.url, valid_data(email="kolmas@yhdistys.example"))
    assert response.status_code == 429


def test_posts_without_a_csrf_token_are_refused(open_network):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(open_network.url, valid_data())
    assert response.status_code == 403
    assert SignUp.objects.count() == 0


def test_a_network_without_coordinator_email_still_saves(client, open_network):
    open_network.coordinator = None
    open_network.save_revision().publish()
    response = client.post(open_network.url, valid_data())
    assert response.status_code == 302
    assert SignUp.objects.count() == 1
    assert [message.to for message in mail.outbox] == [["testi.henkilo@yhdistys.example"]]


def test_signup_created_at_is_aware(client, open_network):
    client.post(open_network.url, valid_data())
    assert timezone.is_aware(SignUp.objects.get().created_at)
