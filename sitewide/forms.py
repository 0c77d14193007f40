from django import forms
from django.utils.translation import gettext_lazy as _

from .text import UNSAVEABLE, clean_message, clean_query

# The one honeypot of the site's public forms: people never see the field (hidden from sight
# and from assistive technology) and leave it empty; bots that fill every field do not.
HONEYPOT_FIELD = "website"


def honeypot_field() -> forms.CharField:
    """The honeypot, declared on a form as `website = honeypot_field()`."""
    return forms.CharField(
        label=_("Jätä tämä kenttä tyhjäksi"),
        required=False,
        error_messages={"null_characters_not_allowed": UNSAVEABLE},
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )


def honeypot_filled(data) -> bool:
    return bool(data.get(HONEYPOT_FIELD, "").strip())


class FeedbackForm(forms.Form):
    message = forms.CharField(
        label=_("Palaute"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Kerro, mikä sivustolla ei toiminut tai oli vaikeasti käytettävää."),
        error_messages={"required": _("Kirjoita palautteesi.")},
    )
    page_address = forms.CharField(
        label=_("Sivu, jota palaute koskee (vapaaehtoinen)"), max_length=500, required=False
    )
    name = forms.CharField(label=_("Nimi (vapaaehtoinen)"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("Sähköposti, jos haluat vastauksen (vapaaehtoinen)"),
        required=False,
        error_messages={"invalid": _("Tarkista sähköpostiosoite, esim. nimi@esimerkki.fi.")},
    )
    website = honeypot_field()

    def clean(self):
        cleaned = super().clean()
        # The message keeps its paragraphs; the one-line fields collapse all whitespace.
        if cleaned.get("message"):
            cleaned["message"] = clean_message(cleaned["message"], max_length=5000)
        for field in ("page_address", "name"):
            if cleaned.get(field):
                cleaned[field] = clean_query(cleaned[field], max_length=5000)[0]
        return cleaned

    def is_bot(self) -> bool:
        return honeypot_filled(self.data)
