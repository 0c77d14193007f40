"""Who handles accessibility feedback: one permission, read by the admin and the notification.

The messages hold a visitor's name, email and words, so they go to those who answer them
(Moderaattorit, given `pages.handle_feedback` by migration pages 0003; settable per group in
the admin), not to every editor. Each message names its site: a site's moderators see and are
emailed about that site's messages only (`sitewide.permissions.sites_of`), superusers all.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from sitewide.permissions import sees_every_site, sites_of, users_of_site

HANDLE_FEEDBACK = "pages.handle_feedback"
# What handling feedback is: reading the messages (listing, inspect, export) and answering them.
HANDLER_ACTIONS = frozenset({"view", "change"})
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def of_sites(sites) -> Q:
    """Messages of `sites`; one whose site is gone (or never set) is the default site's."""
    condition = Q(site__in=sites)
    if any(site.is_default_site for site in sites):
        condition |= Q(site=None)
    return condition


def may_handle_feedback(user) -> bool:
    return user.is_active and user.has_perm(HANDLE_FEEDBACK)


def feedback_handlers(site=None):
    """The active users who may handle feedback (of `site`, if given): the same rule as
    `may_handle_feedback` and the policy's rows."""
    handlers = get_user_model().objects.with_perm(
        HANDLE_FEEDBACK, is_active=True, include_superusers=True, backend=MODEL_BACKEND
    )
    if site is not None:
        handlers = handlers.filter(pk__in=users_of_site(site).values("pk"))
    return handlers


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Every admin action on feedback needs `handle_feedback`; adding and deleting need their
    model permission besides (nobody adds feedback by hand; deleting is a superuser's)."""

    def user_has_permission(self, user, action):
        if not may_handle_feedback(user):
            return False
        return action in HANDLER_ACTIONS or super().user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        messages = super().instances_user_has_any_permission_for(user, actions)
        if sees_every_site(user):
            return messages
        return messages.filter(of_sites(sites_of(user)))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            sees_every_site(user)
            or type(instance).objects.filter(of_sites(sites_of(user)), pk=instance.pk).exists()
        )

    def users_with_any_permission(self, actions):
        handlers = feedback_handlers()
        if HANDLER_ACTIONS & set(actions):
            return handlers
        return handlers.filter(pk__in=super().users_with_any_permission(actions).values("pk"))
