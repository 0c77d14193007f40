"""Turning an accepted sign-up into a member organisation row on the network's page."""

from dataclasses import dataclass

from django.db import transaction

from contacts.models import Organisation, Region

from .formatting import REGION_PREFIX, TYPE_PREFIX
from .models import NetworkMember, NetworkPage, SignUp


@dataclass
class MembershipResult:
    organisation: Organisation
    added: bool  # False: the organisation was a member already
    published: bool  # False: saved as a draft revision for an editor to publish


def organisation_for(signup: SignUp) -> Organisation:
    """The organisation named in the sign-up, created (typed or placed by the answer) if new."""
    name = " ".join(signup.organisation.split())[:200]
    organisation = Organisation.objects.filter(name__iexact=name).first()
    if organisation is not None:
        return organisation
    organisation = Organisation(name=name)
    code = signup.region_or_type
    if code.startswith(TYPE_PREFIX) and code.removeprefix(TYPE_PREFIX) in Organisation.Type.values:
        organisation.type = code.removeprefix(TYPE_PREFIX)
    elif code.startswith(REGION_PREFIX):
        organisation.region = Region.objects.filter(slug=code.removeprefix(REGION_PREFIX)).first()
    organisation.save()
    return organisation


@transaction.atomic
def add_member_from_signup(signup: SignUp, user=None) -> MembershipResult:
    """Add the sign-up's organisation to the latest revision of the network page.

    Going through a revision keeps the member when an editor later publishes from the editor
    (which starts from the latest revision). The revision is published only when the page had
    nothing else waiting and the user may publish; otherwise it stays a draft.
    """
    organisation = organisation_for(signup)
    network = NetworkPage.objects.get(pk=signup.network_id)
    draft = network.get_latest_revision_as_object()
    if any(member.organisation_id == organisation.pk for member in draft.members.all()):
        return MembershipResult(organisation, added=False, published=False)
    members = list(draft.members.all())
    members.append(NetworkMember(organisation=organisation, role=""))
    draft.members = members
    can_publish = user is None or network.permissions_for_user(user).can_publish()
    publish = network.live and not network.has_unpublished_changes and can_publish
    revision = draft.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return MembershipResult(organisation, added=True, published=publish)
