"""Who sees and handles which sign-ups (names, emails, organisations): one rule, here.

- Every network's of their sites: whoever holds the sign-up model permissions (each site's
  Moderaattorit; settable per group in the admin) sees the sign-ups of the networks in their
  sites (`sitewide.permissions.sites_of`), superusers every sign-up.
- One network's: the admin users its page lists as sign-up handlers
  (`NetworkPage.coordinator_users`: the coordinator), who may read, export and change them,
  on the page and its translations.
- Nobody else, Toimittajat included: the listing, its exports, each sign-up's views and the
  chooser show them nothing (sitewide.snippet_access runs them all through this policy).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from sitewide.permissions import in_sites_of

from .models import NetworkPage, SignUp

# What a coordinator does with their network's sign-ups: read and export them, set their
# status, turn an accepted one into a member. Deleting stays with the moderators.
COORDINATOR_ACTIONS = frozenset({"view", "change"})


def coordinated_network_ids(user) -> frozenset[int]:
    """The networks whose sign-ups `user` handles as a coordinator (read once per request)."""
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    if not hasattr(user, "_coordinated_network_ids"):
        # A network's translations too: a Swedish visitor signs up on the Swedish page.
        listed = NetworkPage.objects.filter(coordinator_users=user).values("translation_key")
        user._coordinated_network_ids = frozenset(
            NetworkPage.objects.filter(translation_key__in=listed).values_list("pk", flat=True)
        )
    return user._coordinated_network_ids


class SignUpPermissionPolicy(ModelPermissionPolicy):
    def _over_every_network(self, user, actions) -> bool:
        return any(ModelPermissionPolicy.user_has_permission(self, user, a) for a in actions)

    def _as_coordinator(self, user, actions) -> frozenset[int]:
        if not COORDINATOR_ACTIONS & set(actions):
            return frozenset()
        return coordinated_network_ids(user)

    def user_has_permission(self, user, action):
        return self._over_every_network(user, [action]) or bool(
            self._as_coordinator(user, [action])
        )

    def user_has_permission_for_instance(self, user, action, instance):
        if instance.network_id in self._as_coordinator(user, [action]):
            return True
        return (
            self._over_every_network(user, [action])
            and in_sites_of(SignUp.objects.filter(pk=instance.pk), user, "network__").exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        coordinated = Q(network_id__in=self._as_coordinator(user, actions))
        if self._over_every_network(user, actions):
            in_own_sites = in_sites_of(SignUp.objects.all(), user, "network__")
            return SignUp.objects.filter(Q(pk__in=in_own_sites.values("pk")) | coordinated)
        return SignUp.objects.filter(coordinated)

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        if not COORDINATOR_ACTIONS & set(actions):
            return users
        coordinators = get_user_model().objects.filter(
            is_active=True, coordinated_network_pages__isnull=False
        )
        return get_user_model().objects.filter(
            Q(pk__in=users.values("pk")) | Q(pk__in=coordinators.values("pk"))
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        users = super().users_with_any_permission(actions)
        if not COORDINATOR_ACTIONS & set(actions):
            return users
        coordinators = instance.network.coordinator_users.filter(is_active=True)
        return get_user_model().objects.filter(
            Q(pk__in=users.values("pk")) | Q(pk__in=coordinators.values("pk"))
        )


signup_permission_policy = SignUpPermissionPolicy(SignUp)
