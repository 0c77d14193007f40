"""Who handles accessibility feedback: one permission, read by the admin and the notification.

The messages hold a visitor's name, email and words, so they go to those who answer them
(Moderaattorit, given `pages.handle_feedback` by migration pages 0003; settable per group in
the admin), not to every editor.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

HANDLE_FEEDBACK = "pages.handle_feedback"
# What handling feedback is: reading the messages (listing, inspect, export) and answering them.
HANDLER_ACTIONS = frozenset({"view", "change"})
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def may_handle_feedback(user) -> bool:
    return user.is_active and user.has_perm(HANDLE_FEEDBACK)


def feedback_handlers():
    """The active users who may handle feedback: the same rule as `may_handle_feedback`."""
    return get_user_model().objects.with_perm(
        HANDLE_FEEDBACK, is_active=True, include_superusers=True, backend=MODEL_BACKEND
    )


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Every admin action on feedback needs `handle_feedback`; adding and deleting need their
    model permission besides (nobody adds feedback by hand; deleting is a superuser's)."""

    def user_has_permission(self, user, action):
        if not may_handle_feedback(user):
            return False
        return action in HANDLER_ACTIONS or super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        handlers = feedback_handlers()
        if HANDLER_ACTIONS & set(actions):
            return handlers
        return handlers.filter(pk__in=super().users_with_any_permission(actions).values("pk"))
