"""The one rule for what belongs to a site (sitewide/sites.py), which every per-site listing,
search, feed and admin filter uses."""

from wagtail.models import Page, Site

from news.models import NewsPage
from sitewide.sites import in_site, site_tree_paths
from tests.factories import NewsIndexPageFactory, NewsPageFactory


def test_each_sites_news_are_in_that_site_only(home, other_site):
    ours = NewsPageFactory(parent=NewsIndexPageFactory(parent=home), title="Meidän")
    theirs = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=other_site.root_page), title="Heidän"
    )
    home_site = Site.objects.get(root_page=home)
    news = NewsPage.objects.all()
    assert set(news) == {ours, theirs}  # both visible without the scope
    assert list(in_site(news, home_site)) == [ours]
    assert list(in_site(news, other_site)) == [theirs]


def test_a_translated_home_keeps_its_pages_in_the_same_site(home, other_site):
    from wagtail.models import Locale

    swedish_home = home.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish_home.save_revision().publish()
    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=swedish_home, slug="nyheter"))
    home_site = Site.objects.get(root_page=home)
    assert swedish_home.path in site_tree_paths(home_site)
    assert article.get_site() == home_site
    assert list(in_site(NewsPage.objects.all(), other_site)) == []


def test_rows_related_to_pages_are_scoped_through_a_prefix(home, other_site):
    from wagtail.models import PageViewRestriction

    theirs = NewsPageFactory(parent=NewsIndexPageFactory(parent=other_site.root_page))
    PageViewRestriction.objects.create(page=theirs, restriction_type="login")
    restrictions = PageViewRestriction.objects.all()
    assert in_site(restrictions, other_site, prefix="page__").count() == 1
    assert in_site(restrictions, Site.objects.get(root_page=home), prefix="page__").count() == 0


def test_a_page_outside_every_site_belongs_to_none(home):
    orphan_root = Page.get_first_root_node().add_child(instance=Page(title="Irrallaan"))
    assert orphan_root.get_site() is None
