from django import forms
from django.utils.translation import gettext_lazy as _

from sitewide.forms import honeypot_field, honeypot_filled
from sitewide.text import clean_message, clean_query


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
