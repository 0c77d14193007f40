"""The editor groups: model permissions for every editor and moderator, and each site's own
pair of groups (page permissions on its trees only, its own image and document collection,
its own moderation workflow), so that the editors of one site see one site.

- `ensure_site_groups(site)` makes (or completes) a site's pair; a Site's save calls it, and so
  does a new translation of a site's home page, so `setup_site`, Settings → Sites and tests
  need no call of their own.
- `sites_of(user)` is which sites a user edits; `in_sites_of(queryset, user)` narrows pages (or
  rows related to a page) to them. Superusers see every site.
"""

from django.apps import AppConfig
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q, QuerySet
from django.db.models.signals import post_migrate
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from .sites import site_tree_paths

# Wagtail's default groups under the Finnish names migration sitewide 0003 gives them.
EDITORS_GROUP = "Toimittajat"
MODERATORS_GROUP = "Moderaattorit"
EDITOR_GROUPS = (EDITORS_GROUP, MODERATORS_GROUP)
MODERATION_WORKFLOW = "Moderaattorin hyväksyntä"


def grant_to_editor_groups(
    model, actions: tuple[str, ...], groups: tuple[str, ...] = EDITOR_GROUPS
) -> None:
    """Give `groups` (both, unless told) `actions` (e.g. "add", "change", "publish") on
    `model`; idempotent.

    Runs after migrate (snippet publish permissions exist only from then on).
    """
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    permissions = Permission.objects.filter(content_type=content_type, codename__in=codenames)
    for group in role_groups(*groups):
        group.permissions.add(*permissions)


def grant_after_migrate(
    app_config: AppConfig,
    grants: dict[str, tuple[str, ...]],
    groups: tuple[str, ...] = EDITOR_GROUPS,
    name: str = "editor",
) -> None:
    """After every migrate, give `groups` `grants` ({model name: actions}) on the app's
    models. Call from `AppConfig.ready()`: the handler then runs after Wagtail's own, which
    creates the snippets' publish permissions. `name` tells apart two grants of one app."""

    def grant(sender, **kwargs):
        for model_name, actions in grants.items():
            grant_to_editor_groups(app_config.get_model(model_name), actions, groups)

    post_migrate.connect(grant, weak=False, dispatch_uid=f"{app_config.label}_{name}_permissions")


# Data migrations that move a permission between the groups. They take the migration's `apps`
# and run once, so a later change made in the admin (Settings → Groups) stays.


def migration_permission(apps, app_label: str, model: str, codename: str, name: str):
    """The permission, created if missing: on a fresh database Django creates permissions only
    after every migration has run (post_migrate creates no duplicate of this one)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def migration_group(apps, group_name: str):
    """The group, or None on a site that renamed or deleted it (then nothing is moved)."""
    return apps.get_model("auth", "Group").objects.filter(name=group_name).first()


def migration_revoke(apps, group_name: str, app_label: str, codenames) -> None:
    """Take `codenames` of `app_label` from the group, if it exists."""
    group = migration_group(apps, group_name)
    if group is not None:
        group.permissions.remove(
            *apps.get_model("auth", "Permission").objects.filter(
                content_type__app_label=app_label, codename__in=list(codenames)
            )
        )


# Each site's editors ---------------------------------------------------------------------------
#
# Today's "Toimittajat" and "Moderaattorit" stay the default site's pair (migration sitewide
# 0007): every grant above, every data migration and every membership names them, so nothing
# anyone could do on the existing site is lost. They are also the roles' templates: a new site's
# pair starts with their model permissions, and the grants reach every site's pair.

# What a role may do with pages and with images and documents when its template group holds
# nothing to copy (renamed or deleted); Wagtail's own defaults for Editors and Moderators.
DEFAULT_PAGE_CODENAMES = {
    EDITORS_GROUP: ("add_page", "change_page"),
    MODERATORS_GROUP: ("add_page", "change_page", "publish_page"),
}
DEFAULT_COLLECTION_CODENAMES = (
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
)
# How a group of each role links to its site (SiteEditors.editors / .moderators).
SITE_ROLE_LINKS = {EDITORS_GROUP: "sites_edited", MODERATORS_GROUP: "sites_moderated"}
GROUP_NAME_LENGTH = 150


def role_groups(*roles: str) -> QuerySet:
    """The groups in `roles` (EDITORS_GROUP, MODERATORS_GROUP): the named template groups and
    every site's group of that role."""
    condition = Q(name__in=roles)
    for role in roles:
        if role in SITE_ROLE_LINKS:
            condition |= Q(**{f"{SITE_ROLE_LINKS[role]}__isnull": False})
    return Group.objects.filter(condition).distinct()


# Permissions over what belongs to the whole install rather than to one site (the subscribers'
# addresses, the WordPress import into the default site's news): the template groups (the
# default site's pair) keep them, a new site's pair does not copy them. Apps add theirs from
# `AppConfig.ready()`.
INSTALL_WIDE_PERMISSIONS: set[tuple[str, str]] = set()


def keep_to_default_site(app_label: str, *codenames: str) -> None:
    INSTALL_WIDE_PERMISSIONS.update((app_label, codename) for codename in codenames)


def site_label(site: Site) -> str:
    return site.site_name or site.hostname


def _template(role: str) -> Group | None:
    return Group.objects.filter(name=role).first()


def _page_permissions(role: str) -> QuerySet:
    """The page permissions a role's group gets on its site's home pages."""
    template = _template(role)
    held = Permission.objects.none()
    if template is not None:
        held = Permission.objects.filter(
            pk__in=GroupPagePermission.objects.filter(group=template).values("permission")
        )
    if held.exists():
        return held
    return Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=DEFAULT_PAGE_CODENAMES[role]
    )


def _collection_permissions(role: str) -> QuerySet:
    template = _template(role)
    held = Permission.objects.none()
    if template is not None:
        held = Permission.objects.filter(
            pk__in=GroupCollectionPermission.objects.filter(group=template).values("permission")
        )
    if held.exists():
        return held
    return Permission.objects.filter(codename__in=DEFAULT_COLLECTION_CODENAMES)


def _new_group(role: str, site: Site) -> Group:
    """A group named for the role and the site ("Toimittajat – Lapin alue"), with the role
    template's model permissions (admin access, snippets, images)."""
    base = f"{role} – {site_label(site)}"[:GROUP_NAME_LENGTH]
    name, number = base, 1
    while Group.objects.filter(name=name).exists():
        number += 1
        name = f"{base[: GROUP_NAME_LENGTH - 5]} ({number})"
    group = Group.objects.create(name=name)
    template = _template(role)
    if template is not None:
        install_wide = Q(pk__in=[])
        for app_label, codename in INSTALL_WIDE_PERMISSIONS:
            install_wide |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(template.permissions.exclude(install_wide))
    return group


def _site_workflow(site: Site, moderators: Group) -> Workflow:
    """The moderation workflow of the site's pages: one approval by its own moderators (the
    default workflow's moderators would otherwise review another site's pages)."""
    name = f"{MODERATION_WORKFLOW} – {site_label(site)}"[:255]
    workflow = Workflow.objects.create(name=name)
    task = GroupApprovalTask.objects.create(name=name)
    task.groups.set([moderators])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


@transaction.atomic
def ensure_site_groups(site: Site):
    """Make or complete `site`'s editors: its pair of groups, page permissions on its home page
    and the home's translations, its collection with collection permissions for the pair, and
    (for every site but the one whose pair are the template groups) its moderation workflow.
    Idempotent: adds what is missing, takes nothing away."""
    from .models import SiteEditors

    editing, _created = SiteEditors.objects.get_or_create(site=site)
    if editing.editors is None:
        editing.editors = _new_group(EDITORS_GROUP, site)
    if editing.moderators is None:
        editing.moderators = _new_group(MODERATORS_GROUP, site)
    if editing.collection is None:
        editing.collection = Collection.get_first_root_node().add_child(name=site_label(site)[:255])
    uses_templates = editing.moderators.name == MODERATORS_GROUP
    if editing.workflow is None and not uses_templates:
        editing.workflow = _site_workflow(site, editing.moderators)
    editing.save()

    homes = list(Page.objects.filter(path__in=site_tree_paths(site)))
    for role, group in ((EDITORS_GROUP, editing.editors), (MODERATORS_GROUP, editing.moderators)):
        for permission in _page_permissions(role):
            for home in homes:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission
                )
        for permission in _collection_permissions(role):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=editing.collection, permission=permission
            )
    if editing.workflow is not None:
        for home in homes:
            WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": editing.workflow})
    # Snippet workflows (contact cards) are one per model for the whole install: each site's
    # moderators approve in them, as the template moderators do.
    for task in GroupApprovalTask.objects.filter(
        workflow_tasks__workflow__workflow_content_types__in=WorkflowContentType.objects.all(),
        groups__name=MODERATORS_GROUP,
    ).distinct():
        task.groups.add(editing.moderators)
    return editing


def adopt_existing_groups() -> None:
    """Once (migration sitewide 0007): today's groups become the default site's pair, their page
    and collection permissions move from the whole tree to that site's trees and collection
    (with the images and documents that lay in the root collection), and every other existing
    site gets a pair of its own whose first members are today's groups' members."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from .models import SiteEditors

    default = Site.objects.filter(is_default_site=True).first()
    editors, moderators = _template(EDITORS_GROUP), _template(MODERATORS_GROUP)
    if default is None or editors is None or moderators is None:
        # Renamed or deleted groups: the admin decides; ensure_site_groups makes new pairs.
        return
    SiteEditors.objects.get_or_create(
        site=default, defaults={"editors": editors, "moderators": moderators}
    )
    editing = ensure_site_groups(default)
    root_collection = Collection.get_first_root_node()
    for model in (get_image_model(), get_document_model()):
        model.objects.filter(collection=root_collection).update(collection=editing.collection)
    for site in Site.objects.exclude(pk=default.pk):
        other = ensure_site_groups(site)
        other.editors.user_set.add(*editors.user_set.all())
        other.moderators.user_set.add(*moderators.user_set.all())
    GroupPagePermission.objects.filter(group__in=[editors, moderators], page__depth=1).delete()
    GroupCollectionPermission.objects.filter(
        group__in=[editors, moderators], collection=root_collection
    ).delete()


def restore_whole_tree_permissions() -> None:
    """Undoing migration sitewide 0007: the template groups get their page permissions back on
    the tree root and their collection permissions on the root collection."""
    root, root_collection = Page.get_first_root_node(), Collection.get_first_root_node()
    for role in (EDITORS_GROUP, MODERATORS_GROUP):
        group = _template(role)
        if group is None:
            continue
        for permission in _page_permissions(role):
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for permission in _collection_permissions(role):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


def sees_every_site(user) -> bool:
    return bool(user.is_active and user.is_superuser)


def sites_of(user) -> list[Site]:
    """The sites whose editor or moderator group `user` is in (read once per request). A user
    in no site's group (a group made by hand) counts as the default site's, as before sites
    had editors of their own. Superusers: every site."""
    if not user.is_authenticated:
        return []
    if not hasattr(user, "_editing_sites"):
        if sees_every_site(user):
            sites = Site.objects.all()
        else:
            groups = user.groups.all()
            sites = Site.objects.filter(
                Q(editing__editors__in=groups) | Q(editing__moderators__in=groups)
            ).distinct()
            if not sites.exists():
                sites = Site.objects.filter(is_default_site=True)
        user._editing_sites = list(sites.select_related("root_page").order_by("pk"))
    return user._editing_sites


def users_of_site(site: Site) -> QuerySet:
    """The users for whom `site` is one of `sites_of(user)`: the same rule, as a queryset
    (whom to email about a site's feedback)."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    in_site = (
        Q(is_superuser=True)
        | Q(groups__sites_edited__site=site)
        | Q(groups__sites_moderated__site=site)
    )
    if site.is_default_site:
        in_some_site = User.objects.filter(
            Q(groups__sites_edited__isnull=False) | Q(groups__sites_moderated__isnull=False)
        )
        in_site |= ~Q(pk__in=in_some_site.values("pk"))
    return User.objects.filter(pk__in=User.objects.filter(in_site).values("pk"))


def site_paths_of(user) -> list[str]:
    """The tree paths of the home pages (and translations) of `user`'s sites."""
    if not hasattr(user, "_editing_site_paths"):
        keys = [site.root_page.translation_key for site in sites_of(user)]
        user._editing_site_paths = list(
            Page.objects.filter(translation_key__in=keys).values_list("path", flat=True)
        )
    return user._editing_site_paths


def in_sites_of(queryset: QuerySet, user, prefix: str = "") -> QuerySet:
    """`queryset` (of pages, or of rows related to a page through `prefix`, e.g. "network__")
    narrowed to `user`'s sites, as `sitewide.sites.in_site` narrows to one; everything for a
    superuser."""
    if sees_every_site(user):
        return queryset
    condition = Q(pk__in=[])
    for path in site_paths_of(user):
        condition |= Q(**{f"{prefix}path__startswith": path})
    return queryset.filter(condition)


def connect_site_signals() -> None:
    """A saved site, and a new translation of a site's home page, get their editors."""
    from django.db.models.signals import post_save
    from wagtail.models import get_page_models

    def site_saved(sender, instance: Site, raw=False, **kwargs):
        if not raw:
            ensure_site_groups(instance)

    def page_created(sender, instance: Page, created=False, raw=False, **kwargs):
        if created and not raw and instance.depth == 2:
            for site in Site.objects.filter(root_page__translation_key=instance.translation_key):
                ensure_site_groups(site)

    post_save.connect(site_saved, sender=Site, weak=False, dispatch_uid="site_editors_site")
    for model in {Page, *get_page_models()}:
        post_save.connect(
            page_created,
            sender=model,
            weak=False,
            dispatch_uid=f"site_editors_home_{model._meta.label}",
        )
