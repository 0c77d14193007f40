"""The site lookups every cold page needs: Wagtail's answers, in queries that do not grow with
the number of sites."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from sitewide.sites import all_site_root_paths

pytestmark = pytest.mark.django_db


def add_site(number: int, *languages: str) -> Site:
    home = Page.get_first_root_node().add_child(
        instance=HomePage(
            title=f"Alue {number}", slug=f"alue-{number}", locale=Locale.get_default()
        )
    )
    home.save_revision().publish()
    for language in languages:
        home.copy_for_translation(Locale.objects.get(language_code=language))
    return Site.objects.create(hostname=f"alue{number}.localhost", port=80, root_page=home)


def wagtails_answer() -> list:
    cache.clear()  # Wagtail keeps its own answer in the cache
    return Site.get_site_root_paths()


def test_the_site_root_paths_are_wagtails_own_for_sites_with_and_without_translations(home):
    add_site(1, "sv")
    add_site(2)
    add_site(3, "se", "en")
    paths = all_site_root_paths()
    assert len(paths) == len(wagtails_answer()) > 4
    assert paths == wagtails_answer()


def test_the_site_root_paths_take_two_queries_however_many_sites(
    home, django_assert_max_num_queries
):
    for number in range(1, 8):
        add_site(number, "sv")
    with django_assert_max_num_queries(2):
        paths = all_site_root_paths()
    assert {path.site_id for path in paths} == set(Site.objects.values_list("pk", flat=True))
