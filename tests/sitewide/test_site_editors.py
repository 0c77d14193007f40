"""Editors of one site see one site: each site's Toimittajat and Moderaattorit find their own
site's pages, cards, sign-ups, feedback and images in the admin, and nothing of the other's,
neither in a listing, chooser, search, report or dashboard, nor by its URL. Superusers see both.

`home` is the default site ("testserver"), whose pair are today's Toimittajat/Moderaattorit;
`other_site` ("toinen.localhost") gets its own pair when it is saved.
"""

import json
import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, WorkflowPage

from pages.models import FeedbackMessage
from sitewide.models import SiteEditors
from sitewide.permissions import (
    EDITORS_GROUP,
    MODERATORS_GROUP,
    ensure_site_groups,
    sites_of,
)
from tests.factories import ContactCardFactory, NewsIndexPageFactory, NewsPageFactory, UserFactory
from tests.network.factories import NetworkPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db

# Each site's objects carry its name, so one search of a response finds any leak.
NAMES = {"a": "Lapinsisältö", "b": "Pohjoissisältö"}


def _content(site, tag: str) -> dict:
    home = site.root_page.specific
    name = NAMES[tag]
    news_index = NewsIndexPageFactory(parent=home, slug=f"uutiset-{tag}")
    news = NewsPageFactory(parent=news_index, title=f"{name} uutinen", slug=f"uutinen-{tag}")
    network = NetworkPageFactory(parent=home, title=f"{name} verkosto", slug=f"verkosto-{tag}")
    signup = SignUpFactory(network=network, name=f"{name} ilmoittautuja")
    card = ContactCardFactory(name=f"{name} kortti", sites=[site])
    image = get_image_model().objects.create(
        title=f"{name} kuva",
        file=get_test_image_file(f"kuva-{tag}.png"),
        collection=site.editing.collection,
    )
    feedback = FeedbackMessage.objects.create(message=f"{name} palaute", site=site)
    document = get_document_model().objects.create(
        title=f"{name} asiakirja",
        file=ContentFile(b"%PDF-1.4 demo", name=f"asiakirja-{tag}.pdf"),
        collection=site.editing.collection,
    )
    return {
        "document": document,
        "site": site,
        "home": home,
        "news": news,
        "network": network,
        "signup": signup,
        "card": card,
        "image": image,
        "feedback": feedback,
    }


@pytest.fixture
def sites(home, other_site):
    from wagtail.models import Site

    default = Site.objects.get(is_default_site=True)
    return {"a": _content(default, "a"), "b": _content(other_site, "b")}


def _user(group: Group, name: str):
    user = UserFactory(username=name)
    user.groups.add(group)
    return user


@pytest.fixture
def people(sites):
    a, b = sites["a"]["site"].editing, sites["b"]["site"].editing
    return {
        ("a", "editor"): _user(a.editors, "toimittaja-a"),
        ("a", "moderator"): _user(a.moderators, "moderaattori-a"),
        ("b", "editor"): _user(b.editors, "toimittaja-b"),
        ("b", "moderator"): _user(b.moderators, "moderaattori-b"),
    }


ROLES = [("a", "editor"), ("a", "moderator"), ("b", "editor"), ("b", "moderator")]


def _other(tag: str) -> str:
    return "b" if tag == "a" else "a"


# The pairs ------------------------------------------------------------------------------------


def test_the_default_site_keeps_todays_groups_as_its_pair(home):
    editing = SiteEditors.objects.get(site__is_default_site=True)
    assert (editing.editors.name, editing.moderators.name) == (EDITORS_GROUP, MODERATORS_GROUP)
    # Their page permissions lie on the site's home, no longer on the whole tree's root.
    assert not GroupPagePermission.objects.filter(group=editing.editors, page__depth=1).exists()
    assert GroupPagePermission.objects.filter(
        group=editing.moderators, page=home, permission__codename="publish_page"
    ).exists()


def test_a_new_site_gets_its_own_pair_with_the_roles_permissions(other_site):
    editing = other_site.editing
    assert editing.editors.name == "Toimittajat – Toinen alue"
    assert editing.moderators.name == "Moderaattorit – Toinen alue"
    template = Group.objects.get(name=MODERATORS_GROUP)
    held = set(editing.moderators.permissions.values_list("codename", flat=True))
    assert {"access_admin", "publish_contactcard", "view_signup", "handle_feedback"} <= held
    # The whole install's subscribers and the WordPress import stay with the default site's.
    assert "view_subscriber_addresses" not in held
    assert "import_wordpress" not in held
    assert {"view_subscriber_addresses", "import_wordpress"} <= set(
        template.permissions.values_list("codename", flat=True)
    )
    pages = set(
        GroupPagePermission.objects.filter(group=editing.editors).values_list("page", flat=True)
    )
    assert pages == {other_site.root_page_id}


def test_a_new_sites_pages_are_moderated_by_its_own_moderators(other_site):
    editing = other_site.editing
    workflow_page = WorkflowPage.objects.get(page=other_site.root_page)
    assert workflow_page.workflow == editing.workflow
    task = editing.workflow.tasks.get().specific
    assert list(task.groups.all()) == [editing.moderators]
    # Cards have one workflow for the whole install; each site's moderators approve in it.
    card_task = GroupApprovalTask.objects.get(
        workflow_tasks__workflow__workflow_content_types__isnull=False
    )
    assert editing.moderators in card_task.groups.all()


def test_ensure_site_groups_is_idempotent(other_site):
    before = (Group.objects.count(), GroupPagePermission.objects.count())
    editing = ensure_site_groups(other_site)
    ensure_site_groups(other_site)
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before
    assert editing.pk == other_site.editing.pk


def test_a_new_translation_of_a_sites_home_gets_the_pairs_permissions(other_site):
    from wagtail.models import Locale

    swedish = Locale.objects.get(language_code="sv")
    translation = other_site.root_page.copy_for_translation(swedish)
    assert GroupPagePermission.objects.filter(
        group=other_site.editing.editors, page=translation
    ).exists()


def test_sites_of_a_user_come_from_their_groups(people, sites):
    assert sites_of(people[("b", "editor")]) == [sites["b"]["site"]]
    assert sites_of(people[("a", "moderator")]) == [sites["a"]["site"]]


# Reaching the other site's objects -------------------------------------------------------------


def _login(client, user):
    client.force_login(user)


def _text(response) -> str:
    """The page, or a chooser's HTML out of its JSON (where "ä" would be "\\u00e4")."""
    if response.streaming:  # a CSV export
        return b"".join(response.streaming_content).decode("utf-8-sig")
    if response.get("Content-Type", "").startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def _refused(response) -> bool:
    """403, 404, or Wagtail's way of refusing an admin view: back to the dashboard."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)


@pytest.mark.parametrize("tag,role", ROLES)
def test_own_sites_objects_are_reachable(client, sites, people, tag, role):
    _login(client, people[(tag, role)])
    own = sites[tag]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own["news"].pk])).status_code == 200
    assert (
        client.get(
            reverse("wagtailsnippets_contacts_contactcard:edit", args=[own["card"].pk])
        ).status_code
        == 200
    )
    assert client.get(reverse("wagtailimages:edit", args=[own["image"].pk])).status_code == 200
    if role == "moderator":
        signup_url = reverse("wagtailsnippets_network_signup:edit", args=[own["signup"].pk])
        assert client.get(signup_url).status_code == 200
        assert (
            client.get(
                reverse("wagtailsnippets_pages_feedbackmessage:edit", args=[own["feedback"].pk])
            ).status_code
            == 200
        )


@pytest.mark.parametrize("tag,role", ROLES)
def test_other_sites_objects_answer_403_or_404_by_url(client, sites, people, tag, role):
    _login(client, people[(tag, role)])
    other = sites[_other(tag)]
    urls = [
        reverse("wagtailadmin_pages:edit", args=[other["news"].pk]),
        reverse("wagtailadmin_pages:edit", args=[other["home"].pk]),
        reverse("wagtailsnippets_contacts_contactcard:edit", args=[other["card"].pk]),
        reverse("wagtailsnippets_contacts_contactcard:inspect", args=[other["card"].pk]),
        reverse("wagtailsnippets_contacts_contactcard:history", args=[other["card"].pk]),
        reverse("wagtailsnippets_network_signup:edit", args=[other["signup"].pk]),
        reverse("wagtailsnippets_pages_feedbackmessage:edit", args=[other["feedback"].pk]),
        reverse("wagtailimages:edit", args=[other["image"].pk]),
        reverse("wagtaildocs:edit", args=[other["document"].pk]),
        reverse("network_signup_add_member", args=[other["signup"].pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert _refused(response), url
        assert NAMES[_other(tag)] not in _text(response), url


@pytest.mark.parametrize("tag,role", ROLES)
def test_explorer_of_the_other_home_shows_nothing_of_it(client, sites, people, tag, role):
    _login(client, people[(tag, role)])
    other = sites[_other(tag)]
    response = client.get(reverse("wagtailadmin_explore", args=[other["home"].pk]), follow=True)
    assert response.status_code in (200, 403, 404)
    assert NAMES[_other(tag)] not in _text(response)


def _listing_urls(sites, tag: str) -> list[str]:
    own = sites[tag]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[own["home"].pk]),
        reverse("wagtailadmin_pages:search") + "?q=uutinen",
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=[Page.get_first_root_node().pk]),
        reverse("wagtailadmin_choose_page_search") + "?q=uutinen",
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailsnippets_contacts_contactcard:list"),
        reverse("wagtailsnippets_contacts_contactcard:list") + "?stale=true",
        reverse("wagtailsnippetchoosers_contacts_contactcard:choose"),
        reverse("wagtailsnippetchoosers_contacts_contactcard:choose_results") + "?q=kortti",
        reverse("wagtailsnippets_network_signup:list"),
        reverse("wagtailsnippets_pages_feedbackmessage:list"),
        reverse("wagtailimages:index"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtailimages_chooser:choose_results") + "?q=kuva",
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailsnippets_contacts_contactcard:list") + "?export=csv",
        reverse("wagtailsnippets_network_signup:list") + "?export=csv",
        reverse("subscriptions_followers"),
    ]


@pytest.mark.parametrize("tag,role", ROLES)
def test_no_listing_chooser_search_report_or_dashboard_names_the_other_site(
    client, sites, people, tag, role
):
    _login(client, people[(tag, role)])
    for url in _listing_urls(sites, tag):
        # The explorer's root sends a one-site editor on to their site's home.
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert NAMES[_other(tag)] not in _text(response), url


def test_own_objects_show_in_the_listings_and_choosers(client, sites, people):
    _login(client, people[("b", "moderator")])
    for name in (
        "wagtailsnippets_contacts_contactcard:list",
        "wagtailsnippetchoosers_contacts_contactcard:choose",
        "wagtailsnippets_network_signup:list",
        "wagtailsnippets_pages_feedbackmessage:list",
        "wagtailimages:index",
        "wagtailimages_chooser:choose",
        "wagtaildocs:index",
        "wagtaildocs_chooser:choose",
    ):
        assert NAMES["b"] in _text(client.get(reverse(name))), name
    search = client.get(reverse("wagtailadmin_choose_page_search") + "?q=uutinen")
    assert NAMES["b"] in _text(search)
    for name in ("contacts_contactcard", "network_signup"):
        export = client.get(reverse(f"wagtailsnippets_{name}:list") + "?export=csv")
        assert NAMES["b"] in _text(export), name


def test_dashboard_shows_the_own_sites_pages_awaiting_review_only(client, sites, people):
    from home.dashboard import pages_awaiting_review

    for tag in ("a", "b"):
        news = sites[tag]["news"]
        news.save_revision(user=people[(tag, "editor")])
        news.get_workflow().start(news, people[(tag, "editor")])
    awaiting = [page.pk for page, _state in pages_awaiting_review(people[("b", "moderator")])]
    assert awaiting == [sites["b"]["news"].pk]


def test_the_dashboards_page_count_is_the_own_sites_even_with_a_translated_home(
    client, sites, people, admin_user
):
    from wagtail.models import Locale, Page, Site

    from sitewide.sites import in_site

    # A Swedish home of site b is its own tree root: Wagtail would then count every site's pages.
    sites["b"]["site"].root_page.copy_for_translation(Locale.objects.get(language_code="sv"))

    def counted(user) -> int:
        client.force_login(user)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        summary = re.search(r'<a href="/admin/pages/\d+/">\s*([\d\s\xa0]+?)\s+sivu', html)
        return int(re.sub(r"\D", "", summary.group(1)))

    every_page = Page.objects.count() - 1
    assert counted(admin_user) == every_page
    own = in_site(Page.objects.all(), Site.objects.get(pk=sites["b"]["site"].pk)).count()
    assert own < every_page
    assert counted(people[("b", "editor")]) == own


def test_a_superuser_sees_both_sites(client, sites, admin_user):
    client.force_login(admin_user)
    for name in (
        "wagtailsnippets_contacts_contactcard:list",
        "wagtailsnippets_network_signup:list",
        "wagtailsnippets_pages_feedbackmessage:list",
        "wagtailimages:index",
    ):
        content = client.get(reverse(name)).content.decode()
        assert NAMES["a"] in content and NAMES["b"] in content, name
    search = _text(client.get(reverse("wagtailadmin_choose_page_search") + "?q=uutinen"))
    assert NAMES["a"] in search and NAMES["b"] in search


# New cards ----------------------------------------------------------------------------------


def test_a_new_card_starts_on_the_editors_site_and_offers_only_their_sites(client, sites, people):
    _login(client, people[("b", "editor")])
    form = client.get(reverse("wagtailsnippets_contacts_contactcard:add")).context["form"]
    assert list(form.fields["sites"].queryset) == [sites["b"]["site"]]
    assert form.initial["sites"] == [sites["b"]["site"].pk]


def test_an_editor_may_not_name_another_site_on_a_card(sites, people):
    from contacts.card_access import ContactCardAdminForm
    from contacts.models import ContactCard
    from contacts.wagtail_hooks import ContactCardViewSet

    form_class = ContactCardViewSet().get_edit_handler().get_form_class()
    assert issubclass(form_class, ContactCardAdminForm)
    form = form_class(
        data={"name": "Uusi", "sites": [sites["a"]["site"].pk]},
        instance=ContactCard(),
        for_user=people[("b", "editor")],
    )
    form.is_valid()
    assert "sites" in form.errors


def test_editing_a_shared_card_keeps_the_sites_the_editor_does_not_see(sites, people):
    from contacts.wagtail_hooks import ContactCardViewSet

    card = ContactCardFactory(
        name="Yhteinen asiantuntija", sites=[sites["a"]["site"], sites["b"]["site"]]
    )
    form_class = ContactCardViewSet().get_edit_handler().get_form_class()
    form = form_class(instance=card, for_user=people[("b", "editor")])
    assert form.initial["sites"] == [sites["b"]["site"].pk]
    cleaned = form_class(
        data={"sites": [sites["b"]["site"].pk]}, instance=card, for_user=people[("b", "editor")]
    )
    cleaned.is_valid()
    assert set(cleaned.cleaned_data["sites"]) == {sites["a"]["site"], sites["b"]["site"]}


def test_wordpress_import_is_the_default_sites_moderators_only(client, sites, people):
    _login(client, people[("b", "moderator")])
    assert _refused(client.get(reverse("wordpress_import")))
    _login(client, people[("a", "moderator")])
    assert client.get(reverse("wordpress_import")).status_code == 200


def test_awaiting_review_panel_lists_no_card_of_the_other_site(client, sites, people):
    for tag in ("a", "b"):
        card = sites[tag]["card"]
        card.save_revision(user=people[(tag, "editor")])
        card.get_default_workflow().start(card, people[(tag, "editor")])
    _login(client, people[("b", "moderator")])
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"{NAMES['b']} kortti" in content
    assert NAMES["a"] not in content


# The move of today's groups (migration sitewide 0007) -------------------------------------------


def test_adoption_moves_todays_whole_tree_permissions_and_files_to_the_default_site(home):
    """The state a database made by today's main has: the groups' page permissions on the tree
    root, their image permissions and the images on the root collection, no SiteEditors."""
    from wagtail.models import Collection, GroupCollectionPermission

    from sitewide.permissions import adopt_existing_groups, restore_whole_tree_permissions

    SiteEditors.objects.all().delete()
    restore_whole_tree_permissions()
    root_collection = Collection.get_first_root_node()
    image = get_image_model().objects.create(
        title="Vanha kuva", file=get_test_image_file("vanha.png"), collection=root_collection
    )
    editors = Group.objects.get(name=EDITORS_GROUP)
    member = UserFactory(username="vanha-toimittaja")
    member.groups.add(editors)
    assert GroupPagePermission.objects.filter(group=editors, page__depth=1).exists()

    adopt_existing_groups()

    editing = SiteEditors.objects.get(site__is_default_site=True)
    assert editing.editors == editors
    assert not GroupPagePermission.objects.filter(group=editors, page__depth=1).exists()
    assert GroupPagePermission.objects.filter(
        group=editors, page=home, permission__codename="change_page"
    ).exists()
    assert not GroupCollectionPermission.objects.filter(
        group=editors, collection=root_collection
    ).exists()
    image.refresh_from_db()
    assert image.collection == editing.collection
    # What the member could do yesterday on the site, they still can.
    assert home.permissions_for_user(member).can_edit()
    assert home.permissions_for_user(member).can_add_subpage()
    from wagtail.images.permissions import permission_policy as images

    assert images.user_has_permission_for_instance(member, "change", image)


@pytest.mark.parametrize("tag,role", ROLES)
def test_page_chooser_opened_at_the_other_sites_page_names_nothing_of_it(
    client, sites, people, tag, role
):
    _login(client, people[(tag, role)])
    other = sites[_other(tag)]
    own = sites[tag]
    assert NAMES[tag] in _text(
        client.get(reverse("wagtailadmin_choose_page_child", args=[own["home"].pk]))
    )
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[other["network"].pk]))
    assert response.status_code == 404
    assert NAMES[_other(tag)] not in _text(response)
