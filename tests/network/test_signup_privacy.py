"""Sign-ups neither leak membership nor let a visitor write mail in the site's voice."""

import pytest
from django.core import mail

from network.models import SignUp
from tests.network.test_signup import valid_data

pytestmark = pytest.mark.django_db

PHISHING = "Istuntonne vanhenee, kirjautukaa: https://evil.example/kirjaudu"


@pytest.mark.parametrize("field", ["name", "organisation"])
@pytest.mark.parametrize("brk", ["\r", "\n", "\r\n", "\u2028", "\x85"])
def test_line_breaks_in_one_line_fields_are_refused_in_finnish(client, open_network, field, brk):
    value = f"Testi Henkilö{brk}{brk}{PHISHING}"
    response = client.post(open_network.url, valid_data(**{field: value}))
    assert response.status_code == 400
    assert SignUp.objects.count() == 0
    assert mail.outbox == []
    html = response.content.decode()
    assert f'id="signup-{field}_error"' in html
    assert "Kirjoita tämä tieto yhdelle riville." in html


def test_the_message_keeps_its_lines_but_is_quoted_as_the_visitors_text(client, open_network):
    message = f"Hei!\r\n\r\n{PHISHING}"
    assert client.post(open_network.url, valid_data(message=message)).status_code == 302
    assert SignUp.objects.get().message == f"Hei!\n\n{PHISHING}"
    (coordinator,) = [m for m in mail.outbox if m.to == ["koordinaattori@lappi.example"]]
    body = coordinator.body
    assert "Ilmoittautujan itse kirjoittama teksti" in body
    # Every line the visitor wrote is quoted; none stands alone as the site's own text.
    lines = body.splitlines()
    assert f"> {PHISHING}" in lines and PHISHING not in [line.strip() for line in lines]
    assert "> Nimi: Testi Henkilö" in lines
    assert "> Hei!" in lines


def test_new_and_existing_addresses_get_the_same_answer_and_an_email_each(client, open_network):
    first = client.post(open_network.url, valid_data())
    again = client.post(open_network.url, valid_data())
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"] == open_network.url + "ilmoittautuminen/kiitos/"
    assert client.get(first["Location"]).content == client.get(again["Location"]).content
    assert SignUp.objects.count() == 1
    to_applicant = [m for m in mail.outbox if m.to == ["testi.henkilo@yhdistys.example"]]
    assert len(to_applicant) == 2
    confirmation, already = to_applicant
    assert open_network.title in confirmation.subject
    assert "on vastaanotettu" in confirmation.body
    assert "jo ilmoittauduttu" in already.body
    # Neither carries text the visitor wrote: the form cannot mail someone else a message.
    for message in to_applicant:
        assert "Testi Henkilö" not in message.body
        assert "Haluamme mukaan" not in message.body
    # The address of the old "already joined" page is gone.
    assert client.get(open_network.url + "ilmoittautuminen/olit-jo-mukana/").status_code == 404
