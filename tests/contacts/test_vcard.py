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
    response = client.get(f"/asiantuntijat/kortti/{card.pk}/vcard/")
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


@pytest.mark.parametrize("suffix", ["", "vcard/"])
def test_draft_deleted_and_impossible_cards_are_not_found(client, home, suffix):
    draft = ContactCardFactory(live=False)
    deleted = ContactCardFactory()
    deleted_pk = deleted.pk
    deleted.delete()
    for pk in (draft.pk, deleted_pk, 0, 10**30):
        assert client.get(f"/asiantuntijat/kortti/{pk}/{suffix}").status_code == 404
    assert client.get(f"/asiantuntijat/kortti/abc/{suffix}").status_code == 404
