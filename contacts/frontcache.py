"""What contact responses show and what a card, organisation or region change makes stale."""

from sitewide.frontcache import register_page_keys, register_purge_keys, register_view_keys

from .models import ContactCard, ContactDirectoryPage, Organisation, Region

# CONTACTS: every response showing cards, organisations or regions (the directory, articles'
# "Lisätietoja", network pages, keyword pages). CARD_PAGES: every card's own page.
CONTACTS = "contacts"
CARD_PAGES = "contact-cards"


def card_view_keys(request, token: str, **kwargs) -> list[str]:
    # The card's own key (contact-<pk>) is added by the view, which knows the card.
    return [CARD_PAGES, "keywords"]


register_view_keys("contact_card", card_view_keys)
register_page_keys(ContactDirectoryPage, lambda page, request: [CONTACTS, "keywords"])

# ContactCard is a draftable snippet: publishing and unpublishing save it, so post_save covers
# them (draft saves purge too, harmlessly).
register_purge_keys(ContactCard, lambda card: [f"contact-{card.pk}", CONTACTS])
# Cards show their organisation and region; the network index shows regions.
register_purge_keys(Organisation, lambda organisation: [CONTACTS, CARD_PAGES, "networks"])
register_purge_keys(Region, lambda region: [CONTACTS, CARD_PAGES, "networks"])
