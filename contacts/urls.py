from django.urls import path, register_converter

from . import views


class CardTokenConverter:
    regex = r"[A-Za-z0-9_-]{16}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(CardTokenConverter, "cardtoken")

# Old addresses (/asiantuntijat/kortti/<id>/) answer 404: a redirect from the sequential id
# would let a scraper walk every card just as before.
urlpatterns = [
    path("asiantuntijat/kortti/<cardtoken:token>/", views.contact_card, name="contact_card"),
    path(
        "asiantuntijat/kortti/<cardtoken:token>/sahkoposti/",
        views.contact_card_email,
        name="contact_card_email",
    ),
    path(
        "asiantuntijat/kortti/<cardtoken:token>/vcard/",
        views.contact_card_vcard,
        name="contact_card_vcard",
    ),
]
