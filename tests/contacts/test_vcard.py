import pytest
import vobject

from tests.factories import ContactCardFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_vcard_parses_back_with_name_organisation_title_email_and_phone(client, home):
    card = ContactCardFactory(
        name="Marjut Hiltunen",
        job_title="Järjestöyhteistyön asiantuntija",
        organisation=OrganisationFactory(name="POPsote-hanke"),
        email="marjut.hiltunen@popsote.example",
        phone="+358500001002",
    )
    response = client.post(card.get_vcard_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="marjut-hiltunen.vcf"'
    vcard = vobject.readOne(response.content.decode())
    assert vcard.fn.value == "Marjut Hiltunen"
    assert vcard.n.value.family == "Hiltunen"
    assert vcard.n.value.given == "Marjut"
    assert vcard.org.value == ["POPsote-hanke"]
    assert vcard.title.value == "Järjestöyhteistyön asiantuntija"
    assert vcard.email.value == "marjut.hiltunen@popsote.example"
    assert vcard.tel.value == "+358500001002"


@pytest.mark.parametrize(("suffix", "method"), [("", "get"), ("vcard/", "post")])
def test_draft_deleted_and_impossible_cards_are_not_found(client, home, suffix, method):
    draft = ContactCardFactory(live=False)
    deleted = ContactCardFactory()
    deleted_token = deleted.token
    deleted.delete()
    ask = getattr(client, method)
    for token in (draft.token, deleted_token, "0", "x" * 16, "x" * 300):
        assert ask(f"/asiantuntijat/kortti/{token}/{suffix}").status_code == 404
    # The old sequential addresses are gone (see contacts/urls.py for why not redirected).
    live = ContactCardFactory()
    assert ask(f"/asiantuntijat/kortti/{live.pk}/{suffix}").status_code == 404
