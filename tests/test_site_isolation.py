"""Nothing of one site shows on another (issue 24, point 2): two sites with one of everything
each; every public URL of each, found by following its links, feeds and sitemap from its home,
answers on its own host, and on the other site's host it is not found (or redirects there to
that site's own content), and no response there carries any of the first site's strings."""

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from contacts.models import ContactDirectoryPage
from home.site_setup import ensure_accessibility_statement, ensure_privacy_page
from identity.models import SiteIdentity
from pages.models import StandardPage
from tests.factories import ContactCardFactory, KeywordFactory, NewsIndexPageFactory
from tests.factories import NewsPageFactory as NewsFactory
from tests.network.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)

pytestmark = pytest.mark.django_db

# Made-up words, each on one site only (Finnish-looking, so that the analyser treats them as
# words; none is in the other site's strings).
WORDS = {
    "a": {
        "identity": "Kuukkelilaakson hyvinvointialue",
        "news": "Kuukkelikevään kylätapaaminen",
        "keyword": "Tunturipöllöt",
        "network": "Kuukkelilaakson verkosto",
        "event": "Revontuli-iltapäivä",
        "card": "Aapeli Aapavuoma",
        "page": "Kuukkelilaakson palvelusivu",
    },
    "b": {
        "identity": "Lakeusharakan hyvinvointialue",
        "news": "Lakeusharakan järjestöpäivä",
        "keyword": "Jokisuistot",
        "network": "Lakeusharakan verkosto",
        "event": "Suistoseminaari",
        "card": "Bertta Jokivarsi",
        "page": "Lakeusharakan palvelusivu",
    },
}
MAX_URLS = 200
SKIPPED_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/")


@dataclass
class SiteUnderTest:
    name: str
    site: Site
    host: str
    words: dict
    card_token: str = ""
    urls: set = field(default_factory=set)


def _fill(name: str, site: Site) -> SiteUnderTest:
    words = WORDS[name]
    root = site.root_page.specific
    # Every site has its privacy notice and accessibility statement (the footer links them).
    ensure_privacy_page(root)
    ensure_accessibility_statement(root)
    SiteIdentity.objects.update_or_create(
        site=site, defaults={"organisation_name": words["identity"]}
    )
    keyword = KeywordFactory(name=words["keyword"])
    news_index = NewsIndexPageFactory(parent=root, show_in_menus=True)
    networks = NetworkIndexPageFactory(parent=root, show_in_menus=True)
    network = NetworkPageFactory(
        parent=networks, title=words["network"], slug=f"verkosto-{name}", keywords=[keyword]
    )
    NewsFactory(
        parent=news_index,
        title=words["news"],
        slug=f"uutinen-{name}",
        keywords=[keyword],
        network=network,
    )
    events = EventIndexPageFactory(parent=root, show_in_menus=True)
    EventPageFactory(parent=events, title=words["event"], slug=f"tapahtuma-{name}")
    directory = root.add_child(
        instance=ContactDirectoryPage(
            title="Asiantuntijat", slug="asiantuntijat", show_in_menus=True
        )
    )
    directory.save_revision().publish()
    card = ContactCardFactory(
        name=words["card"], email=f"{name}@alue.example", keywords=[keyword], sites=[site]
    )
    page = root.add_child(
        instance=StandardPage(
            title=words["page"], slug=f"sivu-{name}", show_in_menus=True, body="<p>Palvelut.</p>"
        )
    )
    page.save_revision().publish()
    Redirect.objects.create(site=site, old_path=f"/vanha-{name}", redirect_page=page)
    return SiteUnderTest(name, site, site.hostname, words, card_token=card.token)


@pytest.fixture
def sites(home, other_site, settings) -> dict[str, SiteUnderTest]:
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, other_site.hostname]
    # A crawl is many requests from one client: not what the rate limits are about.
    settings.SEARCH_RATE_LIMIT = settings.SUGGESTIONS_RATE_LIMIT = 100_000
    settings.CONTACT_DETAILS_RATE_LIMIT = 100_000
    default = Site.objects.get(is_default_site=True)
    return {"a": _fill("a", default), "b": _fill("b", other_site)}


@pytest.fixture
def crawled(sites) -> dict[str, SiteUnderTest]:
    for one in sites.values():
        one.urls = _crawl(one)
    return sites


def get(client, one: SiteUnderTest, url: str, data=None, **kwargs):
    return client.get(url, data, HTTP_HOST=one.host, **kwargs)


def _same_host_path(href: str, base: str, host: str) -> str | None:
    absolute = urljoin(base, href.strip())
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.hostname != host:
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if path.startswith(SKIPPED_PREFIXES):
        return None
    return path


def _links(response, url: str, host: str) -> set[str]:
    base = f"http://{host}{url}"
    content = response.content.decode(errors="replace")
    kind = response.get("Content-Type", "")
    hrefs: list[str] = []
    if "html" in kind:
        soup = BeautifulSoup(content, "html.parser")
        hrefs += [tag["href"] for tag in soup.select("a[href], link[href]")]
        hrefs += [tag["action"] for tag in soup.select("form[method=get][action]")]
    elif "xml" in kind:
        hrefs += re.findall(r"<loc>([^<]+)</loc>", content)
        hrefs += re.findall(r"<link>([^<]+)</link>", content)
        hrefs += re.findall(r'<link[^>]*href="([^"]+)"', content)
    return {path for href in hrefs if (path := _same_host_path(href, base, host))}


def _crawl(one: SiteUnderTest) -> set[str]:
    from django.test import Client

    client = Client()
    start = {"/", "/sitemap.xml", "/syotteet/uutiset.rss", "/syotteet/uutiset.atom"}
    seen: set[str] = set()
    queue = sorted(start)
    while queue and len(seen) < MAX_URLS:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = get(client, one, url)
        if response.status_code == 200:
            queue += sorted(_links(response, url, one.host) - seen)
    return seen


def _strings_of(one: SiteUnderTest) -> list[str]:
    # Not the card's token: a 404 page may repeat the address asked for (language links).
    return list(one.words.values())


def _leaked(response, other: SiteUnderTest, selector: str = "") -> list[str]:
    text = response.content.decode(errors="replace")
    if selector:
        text = " ".join(str(tag) for tag in BeautifulSoup(text, "html.parser").select(selector))
    return [string for string in _strings_of(other) if string in text]


DIRECTIONS = [("a", "b"), ("b", "a")]


@pytest.mark.parametrize(("own", "other"), DIRECTIONS)
def test_every_url_of_a_site_answers_there_and_nothing_of_it_on_the_other_site(
    client, crawled, own, other
):
    one, elsewhere = crawled[own], crawled[other]
    # The crawl found what the site holds: its article, network, event, card and page.
    found = " ".join(one.urls)
    for slug in (f"uutinen-{own}", f"verkosto-{own}", f"tapahtuma-{own}", f"sivu-{own}"):
        assert slug in found
    assert one.card_token in found
    assert len(one.urls) > 20
    seen_text = ""
    for url in sorted(one.urls):
        response = get(client, one, url)
        assert response.status_code == 200, url
        seen_text += response.content.decode(errors="replace")
    # Its own strings are there to be seen (so their absence elsewhere means something).
    for string in _strings_of(one):
        assert string in seen_text, string

    # On the other site's host, none of its addresses answers with its content.
    for url in sorted(one.urls):
        response = get(client, elsewhere, url)
        assert response.status_code in (200, 301, 302, 404), url
        if response.status_code == 200:
            # Only addresses both sites have (home, search, listings) answer, with their own.
            assert url in elsewhere.urls or "?" in url, url
        if response.status_code in (301, 302):
            target = urlsplit(response["Location"])
            assert target.hostname in (None, elsewhere.host), url
        assert not _leaked(response, one), (url, _leaked(response, one))
    # And nothing of it is on any page of the other site.
    for url in sorted(elsewhere.urls):
        response = get(client, elsewhere, url)
        assert not _leaked(response, one), (url, _leaked(response, one))


@pytest.mark.parametrize(("own", "other"), DIRECTIONS)
def test_search_suggestions_and_keyword_page_find_nothing_of_the_other_site(
    client, sites, own, other
):
    one, elsewhere = sites[own], sites[other]
    keyword_slug = KeywordFactory._meta.model.objects.get(name=one.words["keyword"]).slug
    on_own = get(client, one, f"/asiasanat/{keyword_slug}/")
    assert on_own.status_code == 200 and one.words["news"] in on_own.content.decode()
    assert get(client, elsewhere, f"/asiasanat/{keyword_slug}/").status_code == 404
    for feed in ("rss", "atom"):
        url = f"/syotteet/asiasanat/{keyword_slug}.{feed}"
        assert get(client, one, url).status_code == 200
        assert get(client, elsewhere, url).status_code == 404
    for query in (one.words["news"], one.words["keyword"], one.words["card"]):
        found = get(client, one, f"/haku/?q={query}")
        assert query.split()[0] in found.content.decode(), query
        response = get(client, elsewhere, f"/haku/?q={query}")
        assert response.status_code == 200
        # The query itself is repeated on the page (title, search box): the hits are not.
        assert not BeautifulSoup(response.content, "html.parser").select(".search-hit"), query
        assert not _leaked(response, one, "main ol, main ul, main nav"), query
    tag_search = get(client, elsewhere, f"/haku/?tag={keyword_slug}")
    assert not _leaked(tag_search, one)
    for prefix in (one.words["keyword"][:5], one.words["news"][:5], one.words["card"][:5]):
        own_suggestions = get(client, one, f"/haku/ehdotukset/?q={prefix}").json()["suggestions"]
        assert own_suggestions, prefix
        suggestions = get(client, elsewhere, f"/haku/ehdotukset/?q={prefix}").json()
        assert suggestions["suggestions"] == [], (prefix, suggestions)
    for listing in ("/asiasanat/", "/haku/", "/asiantuntijat/"):
        assert not _leaked(get(client, elsewhere, listing), one), listing


@pytest.mark.parametrize(("own", "other"), DIRECTIONS)
def test_cards_vcards_and_redirects_answer_only_on_their_site(client, sites, own, other):
    one, elsewhere = sites[own], sites[other]
    card = f"/asiantuntijat/kortti/{one.card_token}/"
    assert get(client, one, card).status_code == 200
    assert get(client, elsewhere, card).status_code == 404
    vcard = client.post(f"{card}vcard/", HTTP_HOST=one.host)
    assert vcard.status_code == 200 and one.words["card"] in vcard.content.decode()
    assert client.post(f"{card}vcard/", HTTP_HOST=elsewhere.host).status_code == 404
    assert client.post(f"{card}sahkoposti/", HTTP_HOST=elsewhere.host).status_code == 404
    redirected = get(client, one, f"/vanha-{own}")
    assert redirected.status_code in (301, 302)
    assert f"sivu-{own}" in redirected["Location"]
    assert get(client, elsewhere, f"/vanha-{own}", follow=True).status_code == 404


@pytest.mark.parametrize(("own", "other"), DIRECTIONS)
def test_the_404_page_of_a_site_shows_its_own_identity_and_menu(client, sites, own, other):
    one, elsewhere = sites[own], sites[other]
    response = get(client, elsewhere, f"/uutiset/uutinen-{own}/")
    assert response.status_code == 404
    text = response.content.decode()
    assert elsewhere.words["identity"] in text
    assert f"sivu-{other}" in text  # its own menu
    assert not _leaked(response, one)


@pytest.mark.parametrize(("own", "other"), DIRECTIONS)
def test_a_search_of_every_site_names_each_hits_site_and_links_to_its_host(
    client, sites, own, other
):
    one, elsewhere = sites[own], sites[other]
    query = one.words["news"]
    # Without the choice, this site's search finds nothing of the other's (see above).
    form = BeautifulSoup(get(client, elsewhere, "/haku/").content, "html.parser")
    assert form.select_one("input[type=checkbox][name=kaikki]") is not None
    response = get(client, elsewhere, "/haku/", data={"q": query, "kaikki": "1"})
    soup = BeautifulSoup(response.content, "html.parser")
    hit = soup.select_one(".search-hit")
    assert hit is not None and one.words["news"] in hit.get_text()
    assert hit.select_one(".search-hit__site").get_text() == one.site.site_name
    link = urlsplit(hit.select_one(".search-hit__title a")["href"])
    assert link.hostname == one.host and link.path == f"/uutiset/uutinen-{own}/"
    # The choice is kept in the links that narrow the results.
    assert soup.select_one("input[name=kaikki]").has_attr("checked")
