from django import forms
from django.utils.translation import gettext_lazy as _

from .text import UNSAVEABLE

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
