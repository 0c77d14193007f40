"""Property-based walk over every public URL with generated paths and query strings.

The walk covers every page type of the site (the demo networks, events, news, cards and the
pages every site has) and their sub-pages (archive, calendars, sign-up thanks). Whatever the
input, the site answers below 500 and never echoes markup unescaped.
"""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page, get_page_models

from contacts.demo import ensure_directory_page, load_demo_contacts
from contacts.models import ContactCard
from network.demo import load_demo_network
from network.models import EventIndexPage, EventPage, NetworkPage
from news.demo import load_demo_news
from pages.models import AccessibilityStatementPage

pytestmark = pytest.mark.django_db

MARKER = "<x-fuzz>"
PARAM_NAMES = ["q", "tag", "page", "organisaatio", "alue", "asiasana", "next", "format", "x"]

odd_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(
        [
            "",
            "\x00",
            "a\x00b",
            MARKER,
            f"{MARKER}\"'><script>",
            "0",
            "-1",
            "99999999999999999999999",
            "1e9",
            "%",
            "%ff",
            "../../etc/passwd",
            "' OR 1=1 --",
            "järjestöt",
            "jarjestot",
            "\u202e\u200b\ufeff",
            "𝔳𝔢𝔯𝔨𝔬𝔰𝔱𝔬",
        ]
    ),
    st.builds(lambda n: "x" * n, st.integers(min_value=200, max_value=12_000)),
)
query_strings = st.lists(st.tuples(st.sampled_from(PARAM_NAMES), odd_text), max_size=6)
path_suffixes = st.one_of(
    st.just(""),
    st.builds(lambda s: quote(s, safe="") + "/", odd_text.filter(bool)),
)


def our_page_types() -> set[type]:
    """Every page type the site's own apps define."""
    return {model for model in get_page_models() if model._meta.app_label != "wagtailcore"}


@pytest.fixture
def public_urls(home):
    ensure_directory_page(home)
    load_demo_contacts()
    load_demo_network(home)
    load_demo_news(home)
    card = ContactCard.objects.published().first()
    pages = [page for page in Page.objects.live().specific() if page.depth >= 2]
    missing = our_page_types() - {type(page) for page in pages}
    assert not missing, f"the walk loads no page of type {sorted(m.__name__ for m in missing)}"
    urls = [page.url for page in pages]
    event_index = EventIndexPage.objects.live().first()
    network = NetworkPage.objects.live().filter(signup_open=True).first()
    event = EventPage.objects.live().first()
    urls += [
        event_index.url + "arkisto/",
        event_index.url + "ical/",
        network.url + "ical/",
        network.url + "ilmoittautuminen/kiitos/",
        network.url + "ilmoittautuminen/olit-jo-mukana/",
        event.url + "ical/",
        AccessibilityStatementPage.objects.live().first().url + "kiitos/",
        "/haku/",
        "/asiasanat/",
        "/asiasanat/järjestöt/",
        "/asiasanat/jarjestot/",
        card.get_absolute_url(),
        card.get_vcard_url(),
        "/syotteet/uutiset.rss",
        "/syotteet/uutiset.atom",
        "/syotteet/asiasanat/sote.rss",
        "/sitemap.xml",
        "/robots.txt",
        "/sv/",
        "/en/haku/",
    ]
    return sorted(set(urls))


@pytest.mark.filterwarnings("ignore")
def test_no_public_url_answers_5xx_or_echoes_markup(client, public_urls, settings):
    settings.SEARCH_RATE_LIMIT = 10**9
    checked = []

    @hypothesis_settings(
        max_examples=2000,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(st.sampled_from(public_urls), path_suffixes, query_strings)
    def walk(url, suffix, params):
        target = url + suffix
        if params:
            target += "?" + urlencode(params)
        response = client.get(target)
        assert response.status_code < 500, target
        if response.get("Content-Type", "").startswith("text/html"):
            assert MARKER.encode() not in response.content, target
        checked.append(target)

    walk()
    assert len(checked) >= 2000
