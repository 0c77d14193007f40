import pytest
from bs4 import BeautifulSoup

from tests.factories import ContactCardFactory, OrganisationFactory, RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cards(directory):
    rovaniemi = RegionFactory(name="Rovaniemi", slug="rovaniemi", area="Lappi")
    koillismaa = RegionFactory(name="Koillismaa", slug="koillismaa", area="Pohjois-Pohjanmaa")
    hanke = OrganisationFactory(name="Lapin hanke", region=rovaniemi)
    ry = OrganisationFactory(name="Koillismaan ry", region=koillismaa)
    return {
        "aino": ContactCardFactory(
            name="Aino Koskela",
            job_title="Osallisuuskoordinaattori",
            organisation=hanke,
            keywords=["osallisuus"],
        ),
        "eero": ContactCardFactory(
            name="Eero Palojärvi",
            job_title="Hyte-asiantuntija",
            organisation=ry,
            expertise="Järjestöjen digituki.",
            keywords=["järjestöt"],
        ),
        "draft": ContactCardFactory(name="Luonnos Kortti", organisation=hanke, live=False),
    }


def names(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".contact-card__name")]


def test_directory_lists_published_cards_only(client, cards):
    assert names(client.get("/asiantuntijat/")) == ["Aino Koskela", "Eero Palojärvi"]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"organisaatio": "lapin-hanke"}, ["Aino Koskela"]),
        ({"alue": "koillismaa"}, ["Eero Palojärvi"]),
        ({"asiasana": "järjestöt"}, ["Eero Palojärvi"]),
        ({"asiasana": "jarjestot"}, ["Eero Palojärvi"]),
        ({"q": "koordinaattori"}, ["Aino Koskela"]),
        ({"q": "digituki"}, ["Eero Palojärvi"]),
        ({"q": "eero"}, ["Eero Palojärvi"]),
        ({"q": "luonnos"}, []),
        ({"alue": "rovaniemi", "q": "aino"}, ["Aino Koskela"]),
    ],
)
def test_directory_filters_and_search(client, cards, params, expected):
    assert names(client.get("/asiantuntijat/", params)) == expected


@pytest.mark.parametrize("param", ["organisaatio", "alue", "asiasana"])
def test_unknown_filters_are_explained_not_errors(client, cards, param):
    response = client.get("/asiantuntijat/", {param: "ei-ole<b>"})
    assert response.status_code == 200
    assert names(response) == []
    html = response.content.decode()
    assert "Valintaa ”ei-ole&lt;b&gt;” ei löytynyt." in html


@pytest.mark.parametrize(
    "params", [{"q": "x" * 10_000}, {"q": "a\x00b"}, {"page": "-3"}, {"page": "9"}]
)
def test_odd_input_never_gives_a_500(client, cards, params):
    assert client.get("/asiantuntijat/", params).status_code in (200, 400, 404)


def test_directory_filters_are_labelled(client, cards):
    soup = BeautifulSoup(client.get("/asiantuntijat/").content, "html.parser")
    for control in soup.select(".filter-form input, .filter-form select"):
        assert soup.find("label", attrs={"for": control["id"]})


@pytest.mark.parametrize("count", [10, 100])
def test_directory_queries_do_not_grow_with_cards(
    client, directory, count, django_assert_max_num_queries
):
    organisation = OrganisationFactory()
    for n in range(count):
        ContactCardFactory(organisation=organisation, keywords=[f"aihe {n % 5}", "yhteinen"])
    client.get("/asiantuntijat/")
    # Constant in N: page routing, the three filter menus, count, cards, their keywords.
    with django_assert_max_num_queries(16):
        assert client.get("/asiantuntijat/", {"asiasana": "yhteinen"}).status_code == 200
