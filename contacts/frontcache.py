"""What contact responses show and what a card, organisation or region change makes stale."""

from wagtail.models import PageViewRestriction

from keywords.frontcache import KEYWORDS
from keywords.models import Keyword
from sitewide.fragments import register_fragment
from sitewide.frontcache import (
    MENU,
    all_site_scopes,
    media_models,
    register_page_keys,
    register_purge_keys,
    register_purge_sites,
    register_view_keys,
)

from .models import ContactCard, ContactDirectoryPage, Organisation, Region

# CONTACTS: every response showing cards, organisations or regions (the directory, articles'
# "Lisätietoja", network pages, keyword pages). CARD_PAGES: every card's own page.
CONTACTS = "contacts"
CARD_PAGES = "contact-cards"


def contact_key(pk: int) -> str:
    """The key of one card's own page."""
    return f"contact-{pk}"


def card_view_keys(request, token: str, **kwargs) -> list[str]:
    # The card's own key (contact_key) is added by the view, which knows the card.
    return [CARD_PAGES, KEYWORDS]


register_view_keys("contact_card", card_view_keys)
register_page_keys(ContactDirectoryPage, lambda page, request: [CONTACTS, KEYWORDS])

# ContactCard is a draftable snippet: publishing and unpublishing save it, so post_save covers
# them (draft saves purge too, harmlessly).
register_purge_keys(ContactCard, lambda card: [contact_key(card.pk), CONTACTS])


def card_sites(card: ContactCard) -> list[int]:
    """The sites a card showed on and shows on: post_save comes before modelcluster writes the
    new `sites` (the stored rows are the old ones, the card's own the new ones). A card deleted
    (its rows gone) or on no site purges every site."""
    stored = ContactCard.sites.through.objects.filter(contactcard_id=card.pk)
    sites = {*stored.values_list("site_id", flat=True), *(site.pk for site in card.sites.all())}
    return sorted(sites) or all_site_scopes()


register_purge_sites(ContactCard, card_sites)
# Cards show their organisation, region, keywords and photo.
for model in (Organisation, Region, Keyword, *media_models()):
    register_purge_keys(model, lambda obj: [CONTACTS, CARD_PAGES])
# A restricted network or article may no longer show its cards' links.
register_purge_keys(PageViewRestriction, lambda restriction: [CONTACTS])

# A contact card (contacts/includes/contact_card.html) shows the card, its organisation and
# photo, and links to its page (MENU: a site change).
register_fragment("contact-card", [CONTACTS, MENU])
# The directory's filter lists and pages of its whole list (contacts/contact_directory_page.html).
register_fragment("directory-options", [CONTACTS])
register_fragment("directory-cards", [CONTACTS, MENU])
