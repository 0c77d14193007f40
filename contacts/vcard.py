"""A contact card as a vCard 3.0 file, built with vobject."""

import vobject

from .models import ContactCard


def vcard_for(card: ContactCard) -> str:
    vcard = vobject.vCard()
    vcard.add("fn").value = card.name
    # Finnish names are written given name first: "Aino Virtanen".
    given, _space, family = card.name.rpartition(" ")
    vcard.add("n").value = vobject.vcard.Name(family=family, given=given)
    if card.job_title:
        vcard.add("title").value = card.job_title
    if card.organisation:
        vcard.add("org").value = [card.organisation.name]
    if card.email:
        email = vcard.add("email")
        email.value = card.email
        email.type_param = "INTERNET"
    if card.phone:
        tel = vcard.add("tel")
        tel.value = card.phone
        tel.type_param = "WORK"
    for _service, url, _label in card.social_links():
        vcard.add("url").value = url
    return vcard.serialize()
