"""fill_bench_data builds real, live Wagtail content in bulk, as add_child + publish would."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test import Client
from wagtail.models import Page, Revision

from bench import fill
from contacts.models import ContactCard
from network.models import EventPage, NetworkPage
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

SCALE = 30


@pytest.fixture
def filled(home):
    call_command("fill_bench_data", scale=SCALE, stdout=open("/dev/null", "w"))  # noqa: SIM115
    return home


def test_builds_the_requested_news_and_the_rest_in_proportion(filled):
    targets = fill.Targets.for_scale(SCALE)
    assert NewsPage.objects.live().count() == SCALE
    assert ContactCard.objects.published().filter(email__startswith="bench").count() == (
        targets.cards
    )
    assert NetworkPage.objects.live().count() == targets.networks
    assert EventPage.objects.live().count() == targets.events


def test_the_page_tree_is_consistent(filled):
    # treebeard's own check: paths, depths and numchild agree with each other.
    assert all(not problems for problems in Page.find_problems())
    news_index = NewsIndexPage.objects.get()
    assert news_index.numchild == SCALE
    page = NewsPage.objects.order_by("path").last()
    assert page.get_parent().specific == news_index
    assert page.url_path == f"{news_index.url_path}{page.slug}/"


def test_every_page_and_card_has_its_published_revision(filled):
    for page in NewsPage.objects.all():
        assert page.live_revision_id == page.latest_revision_id
        revision = Revision.objects.get(pk=page.latest_revision_id)
        assert revision.object_id == str(page.pk)
        restored = revision.as_object()
        assert restored.title == page.title
        assert {k.pk for k in restored.keywords.all()} == {k.pk for k in page.keywords.all()}
    for card in ContactCard.objects.filter(email__startswith="bench"):
        assert card.live_revision_id == card.latest_revision_id is not None


def test_news_items_carry_three_to_six_keywords_from_a_vocabulary_of_about_300(filled):
    from keywords.models import Keyword

    assert Keyword.objects.count() >= 300
    counts = [page.keywords.count() for page in NewsPage.objects.all()]
    assert min(counts) >= 3 and max(counts) <= 6


def test_pages_render_and_appear_in_the_news_listing(filled):
    client = Client()
    newest = NewsPage.objects.live().newest_first().first()
    response = client.get(newest.url)
    assert response.status_code == 200
    assert newest.title in response.content.decode()
    listing = client.get(NewsIndexPage.objects.get().url).content.decode()
    assert newest.title in listing
    for page in (NetworkPage.objects.first(), EventPage.objects.first()):
        assert client.get(page.url).status_code == 200


def test_filled_news_is_found_by_search(filled):
    page = NewsPage.objects.live().order_by("pk").first()
    word = page.title.split()[-1]
    hits = NewsPage.objects.live().search(word)
    assert page.pk in {hit.pk for hit in hits}
    response = Client().get("/haku/", {"q": word})
    assert response.status_code == 200
    assert response.context["results"].paginator.count >= 1


def test_a_second_run_tops_up_instead_of_duplicating(filled):
    call_command("fill_bench_data", scale=SCALE + 5, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert NewsPage.objects.count() == SCALE + 5
    assert NewsPage.objects.values("slug").distinct().count() == SCALE + 5
    assert all(not problems for problems in Page.find_problems())


def test_refuses_without_a_home_page(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="setup_site"):
        call_command("fill_bench_data", scale=5)


@pytest.mark.postgres
def test_fast_index_rows_equal_the_search_backends_own(filled, is_postgres):
    if not is_postgres:
        pytest.skip("The fast index path is PostgreSQL's; run with DATABASE_URL=postgres://...")
    from wagtail.search.backends import get_search_backend

    def rows(model, objs):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT object_id, title::text, body::text, autocomplete::text, title_text, "
                "body_text FROM wagtailsearch_indexentry WHERE object_id = ANY(%s) "
                "ORDER BY content_type_id, object_id",
                [[str(obj.pk) for obj in objs]],
            )
            return cursor.fetchall()

    backend = get_search_backend()
    for model, objs in [
        (NewsPage, list(NewsPage.objects.prefetch_related("keywords")[:10])),
        (ContactCard, list(ContactCard.objects.all()[:5])),
        (EventPage, list(EventPage.objects.all()[:5])),
    ]:
        index = backend.get_index_for_model(model)
        index.add_items(model, objs)
        expected = rows(model, objs)
        fill.fast_postgres_add_items(index, model, objs)
        assert rows(model, objs) == expected


def test_the_filled_content_is_in_the_site_search_index(filled):
    from search.models import SearchDocument

    targets = fill.Targets.for_scale(SCALE)
    counts = dict(SearchDocument.objects.values_list("kind").annotate(n=Count("*")))
    assert counts["news"] == SCALE
    assert counts["network"] == targets.networks
    assert counts["event"] == targets.events
    assert counts["expert"] >= targets.cards
    client = Client()
    response = client.get("/haku/", {"q": "osallisuus"})
    assert response.status_code == 200
    assert "search-hit" in response.content.decode()


def test_several_sites_get_their_own_content_and_share_the_keywords(db):
    from wagtail.models import Site

    call_command("fill_bench_data", scale=12, sites=2, stdout=open("/dev/null", "w"))  # noqa: SIM115
    sites = list(Site.objects.order_by("hostname"))
    assert [site.hostname for site in sites] == [fill.bench_site_hostname(n) for n in (1, 2)]
    assert sites[0].is_default_site
    targets = fill.Targets.for_scale(12)
    for site in sites:
        root = site.root_page
        assert NewsPage.objects.live().descendant_of(root).count() == 12
        assert ContactCard.objects.filter(sites=site).count() == targets.cards
        assert NetworkPage.objects.descendant_of(root).count() == targets.networks
    # Cards serve only their own site's news and networks (one card per site in the fill).
    for link in NewsPage.contact_links.rel.related_model.objects.select_related("page", "card"):
        site = link.page.get_site()
        assert link.card.sites.filter(pk=site.pk).exists()
    assert all(not problems for problems in Page.find_problems())
    # On the second site's host its own newest item is listed, the first site's is not.
    newest = [
        NewsPage.objects.live().descendant_of(site.root_page).newest_first().first()
        for site in sites
    ]
    listing = Client(HTTP_HOST=sites[1].hostname).get(
        NewsIndexPage.objects.descendant_of(sites[1].root_page).get().get_url_parts()[2]
    )
    assert listing.status_code == 200
    html = listing.content.decode()
    assert newest[1].title in html
    assert newest[0].title not in html
