"""Which contact cards an admin user sees and handles: the cards of their sites.

A card belongs to one or more sites (`ContactCard.sites`); the editors and moderators of a site
(`sitewide.permissions.sites_of`) see, edit and choose the cards that name one of their sites,
and superusers every card. The model permissions still say what they may do with one.
"""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site
from wagtail.permission_policies import ModelPermissionPolicy

from sitewide.permissions import sees_every_site, sites_of

from .models import ContactCard


def cards_of(user):
    """The cards that name one of `user`'s sites (every card for a superuser)."""
    if sees_every_site(user):
        return ContactCard.objects.all()
    return ContactCard.objects.filter(
        pk__in=ContactCard.sites.through.objects.filter(site__in=sites_of(user)).values(
            "contactcard_id"
        )
    )


class ContactCardPermissionPolicy(ModelPermissionPolicy):
    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return ContactCard.objects.none()
        return cards_of(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and cards_of(user).filter(pk=instance.pk).exists()
        )


contact_card_permission_policy = ContactCardPermissionPolicy(ContactCard)


class ContactCardAdminForm(WagtailAdminModelForm):
    """A site's editor names only their own sites; a new card starts on them. The card's other
    sites (an expert shared with another county) stay as they were, unseen by this editor."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("sites")
        user = getattr(self, "for_user", None)
        if field is None or user is None or sees_every_site(user):
            return
        own = [site.pk for site in sites_of(user)]
        field.queryset = Site.objects.filter(pk__in=own).order_by("site_name", "hostname")
        if self.instance.pk is None and not self.is_bound:
            self.initial["sites"] = own
        elif self.instance.pk is not None:
            self.initial["sites"] = [
                pk for pk in self.instance.sites.values_list("pk", flat=True) if pk in own
            ]
        self._others = (
            list(Site.objects.filter(contact_cards=self.instance).exclude(pk__in=own))
            if self.instance.pk
            else []
        )

    def clean_sites(self):
        chosen = self.cleaned_data.get("sites")
        others = getattr(self, "_others", [])
        if not others or chosen is None:
            return chosen
        return Site.objects.filter(pk__in=[s.pk for s in chosen] + [s.pk for s in others])
