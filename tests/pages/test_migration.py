"""Moving the pages and feedback out of sitewide keeps every existing page, revision, message,
log entry and permission: a database at the old layout is filled the old way (with the models
as migrations saw them then), migrated forward, and read with today's models."""

import datetime
import uuid

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import ModelLogEntry, Page

from pages.feedback_reply import REPLY_ACTION
from pages.models import AccessibilityStatementPage, FeedbackMessage, StandardPage
from tests.factories import UserFactory

# Serialized rollback: the flush after this test must not leave later tests without Wagtail's
# root page, default site and groups.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Going back to it unapplies sitewide 0005 and every pages migration (they depend on it).
BEFORE_THE_MOVE = [("sitewide", "0004_privacysettings")]
TREEBEARD_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
GROUP = "Palautteen käsittelijät"


def migrate_back():
    """The database as it was before the move; the apps as migrations saw them then."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_THE_MOVE)
    ContentType.objects.clear_cache()
    return MigrationExecutor(connection).loader.project_state(BEFORE_THE_MOVE).apps


def migrate_forward() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    # Re-read the content types (the migration moved them). The serialized rollback after the
    # test reloads them with the same ids, and a cold cache would make signals during that
    # reload create them a second time.
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*django_apps.get_models())


def next_child_path(old_apps, parent) -> str:
    """Treebeard's path for a new last child (historical models have no add_child)."""
    Page_ = old_apps.get_model("wagtailcore", "Page")
    last = (
        Page_.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .first()
    )
    number = int(last.path[-4:], 36) + 1 if last else 1
    digits = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        digits = TREEBEARD_ALPHABET[digit] + digits
    return parent.path + digits


def add_old_page(old_apps, parent, model_name: str, **fields):
    """A live page with one published revision, saved as sitewide's model."""
    ContentType_ = old_apps.get_model("contenttypes", "ContentType")
    Page_ = old_apps.get_model("wagtailcore", "Page")
    Revision = old_apps.get_model("wagtailcore", "Revision")
    model = old_apps.get_model("sitewide", model_name)
    content_type, _ = ContentType_.objects.get_or_create(
        app_label="sitewide", model=model_name.lower()
    )
    page = model.objects.create(
        path=next_child_path(old_apps, parent),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{fields['slug']}/",
        draft_title=fields["title"],
        content_type=content_type,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        **fields,
    )
    Page_.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    parent.numchild += 1
    revision = Revision.objects.create(
        content_type=content_type,
        base_content_type=ContentType_.objects.get(app_label="wagtailcore", model="page"),
        object_id=str(page.pk),
        object_str=fields["title"],
        created_at=datetime.datetime(2026, 11, 25, 12, tzinfo=datetime.UTC),
        content={"pk": page.pk, "title": fields["title"], "slug": fields["slug"], **fields},
    )
    model.objects.filter(pk=page.pk).update(latest_revision=revision, live_revision=revision)
    return page


def fill_the_old_way(old_apps) -> dict:
    Page_ = old_apps.get_model("wagtailcore", "Page")
    Site_ = old_apps.get_model("wagtailcore", "Site")
    site_root = Page_.objects.get(pk=Site_.objects.get(is_default_site=True).root_page_id)
    standard = add_old_page(
        old_apps, site_root, "StandardPage", title="Tietoa", slug="tietoa", body="<p>Vanha</p>"
    )
    statement = add_old_page(
        old_apps,
        site_root,
        "AccessibilityStatementPage",
        title="Saavutettavuusseloste",
        slug="saavutettavuusseloste",
        conformance="partial",
        intro="<p>Vanha seloste</p>",
        statement_date=datetime.date(2026, 11, 24),
        reviewed_date=datetime.date(2026, 11, 24),
        feedback_contact="<p>Lomake</p>",
        supervisory_authority="<p>Avi</p>",
        enforcement_procedure="<p>Ilmoitus</p>",
    )
    feedback = old_apps.get_model("sitewide", "FeedbackMessage").objects.create(
        message="Kontrasti on heikko.",
        email="palautteen.antaja@example.com",
        due_date=datetime.date(2026, 12, 8),
    )
    ContentType_ = old_apps.get_model("contenttypes", "ContentType")
    feedback_type, _ = ContentType_.objects.get_or_create(
        app_label="sitewide", model="feedbackmessage"
    )
    Permission_ = old_apps.get_model("auth", "Permission")
    change, _ = Permission_.objects.get_or_create(
        content_type=feedback_type,
        codename="change_feedbackmessage",
        defaults={"name": "Can change saavutettavuuspalaute"},
    )
    group = old_apps.get_model("auth", "Group").objects.create(name=GROUP)
    group.permissions.add(change)
    old_apps.get_model("wagtailcore", "ModelLogEntry").objects.create(
        content_type=feedback_type,
        object_id=str(feedback.pk),
        label=feedback.message,
        action="sitewide.feedback_reply",
        timestamp=datetime.datetime(2026, 11, 25, 12, tzinfo=datetime.UTC),
    )
    return {
        "standard": standard.pk,
        "statement": statement.pk,
        "feedback": feedback.pk,
        "permission": change.pk,
    }


@pytest.fixture
def old_layout_filled():
    old_apps = migrate_back()
    try:
        assert "sitewide_standardpage" in connection.introspection.table_names()
        assert not ContentType.objects.filter(app_label="pages").exists()
        ids = fill_the_old_way(old_apps)
    finally:
        # Forward even on failure: the flush after the test expects today's tables.
        migrate_forward()
    return ids


def test_old_pages_are_the_new_classes_and_answer(client, old_layout_filled):
    standard = Page.objects.get(pk=old_layout_filled["standard"]).specific
    statement = Page.objects.get(pk=old_layout_filled["statement"]).specific
    assert type(standard) is StandardPage
    assert type(statement) is AccessibilityStatementPage

    response = client.get(standard.url)
    assert response.status_code == 200
    assert "Vanha" in response.content.decode()
    response = client.get(statement.url)
    assert response.status_code == 200
    assert "Vanha seloste" in response.content.decode()


def test_old_revisions_restore_as_the_new_classes(old_layout_filled):
    standard = StandardPage.objects.get(pk=old_layout_filled["standard"])
    revision = standard.latest_revision
    assert type(revision.as_object()) is StandardPage
    assert revision.as_object().body == "<p>Vanha</p>"


def test_old_feedback_and_its_reply_log_are_kept(old_layout_filled):
    feedback = FeedbackMessage.objects.get(pk=old_layout_filled["feedback"])
    assert feedback.message == "Kontrasti on heikko."
    assert feedback.due_date == datetime.date(2026, 12, 8)
    entry = ModelLogEntry.objects.get(object_id=str(feedback.pk))
    assert entry.action == REPLY_ACTION
    assert entry.content_type.model_class() is FeedbackMessage


def test_group_permissions_point_at_the_moved_model(old_layout_filled):
    permission = Permission.objects.get(pk=old_layout_filled["permission"])
    assert permission.content_type == ContentType.objects.get_for_model(FeedbackMessage)
    assert Permission.objects.filter(codename="change_feedbackmessage").count() == 1
    user = UserFactory(groups=[GROUP])
    assert user.has_perm("pages.change_feedbackmessage")


def test_the_tables_carry_the_new_app_name(old_layout_filled):
    tables = set(connection.introspection.table_names())
    assert {"pages_standardpage", "pages_accessibilitystatementpage", "pages_feedbackmessage"} <= (
        tables
    )
    assert not tables & {
        "sitewide_standardpage",
        "sitewide_accessibilitystatementpage",
        "sitewide_feedbackmessage",
    }


def test_a_stray_content_type_under_the_new_label_gives_way_to_the_one_pages_use():
    # Code deployed before `migrate` ran may have created the new label's row, empty.
    old_apps = migrate_back()
    try:
        ids = fill_the_old_way(old_apps)
        ContentType_ = old_apps.get_model("contenttypes", "ContentType")
        used = ContentType_.objects.get(app_label="sitewide", model="standardpage").pk
        ContentType_.objects.create(app_label="pages", model="standardpage")
    finally:
        migrate_forward()
    assert ContentType.objects.get_for_model(StandardPage).pk == used
    assert type(Page.objects.get(pk=ids["standard"]).specific) is StandardPage
