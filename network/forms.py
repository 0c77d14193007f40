"""The public form for joining a network."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation
from sitewide.forms import HONEYPOT_FIELD, honeypot_field

from .formatting import REGION_PREFIX, TYPE_PREFIX

REQUIRED = _("Tämä kenttä on pakollinen.")
UNSAVEABLE = _("Tekstissä on merkkejä, joita ei voi tallentaa.")
ONE_LINE = _("Kirjoita tämä tieto yhdelle riville.")
# Line breaks of every kind: in a one-line field they could start new lines in the
# coordinator's email (a paragraph the visitor writes in the site's own voice).
LINE_BREAKS = {"\r", "\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


def _too_long(limit: int) -> str:
    return _("Kirjoita enintään %(limit)d merkkiä.") % {"limit": limit}


def clean_text(value: str, multiline: bool = False) -> str:
    """NFC text without control characters (NUL included): PostgreSQL refuses NUL in text.

    A one-line field refuses every line break (CR included); a multi-line one keeps CR/LF
    as newlines.
    """
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    elif any(ch in LINE_BREAKS for ch in text):
        raise ValidationError(ONE_LINE)
    for ch in text:
        if multiline and ch == "\n":
            continue
        if unicodedata.category(ch)[0] == "C" or ch in LINE_BREAKS:
            raise ValidationError(UNSAVEABLE)
    return text.strip()


def region_or_type_choices(regions) -> list:
    """Grouped choices: the network's regions (or all regions), then organisation types."""
    region_choices = [(f"{REGION_PREFIX}{region.slug}", region.name) for region in regions]
    type_choices = [(f"{TYPE_PREFIX}{value}", label) for value, label in Organisation.Type.choices]
    choices: list = [("", _("Valitse"))]
    if region_choices:
        choices.append((_("Alue"), region_choices))
    choices.append((_("Organisaation tyyppi"), type_choices))
    return choices


class SignUpForm(forms.Form):
    name = forms.CharField(
        label=_("Nimi"),
        max_length=150,
        error_messages={
            "required": REQUIRED,
            "null_characters_not_allowed": UNSAVEABLE,
            "max_length": _too_long(150),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Organisaatio"),
        max_length=200,
        error_messages={
            "required": REQUIRED,
            "null_characters_not_allowed": UNSAVEABLE,
            "max_length": _too_long(200),
        },
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = forms.EmailField(
        label=_("Sähköposti"),
        max_length=254,
        error_messages={
            "required": REQUIRED,
            "invalid": _("Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi."),
            "null_characters_not_allowed": UNSAVEABLE,
            "max_length": _too_long(254),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    region_or_type = forms.ChoiceField(
        label=_("Alue tai organisaation tyyppi"),
        error_messages={
            "required": _("Valitse alue tai organisaation tyyppi."),
            "invalid_choice": _("Valitse vaihtoehto listasta."),
        },
    )
    message = forms.CharField(
        label=_("Viesti (vapaaehtoinen)"),
        required=False,
        max_length=2000,
        error_messages={"null_characters_not_allowed": UNSAVEABLE, "max_length": _too_long(2000)},
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consent = forms.BooleanField(
        label=_("Hyväksyn, että tietoni tallennetaan verkoston jäsenyyden hoitamista varten."),
        error_messages={"required": _("Ilmoittautuminen vaatii suostumuksesi.")},
    )
    website = honeypot_field()

    def __init__(self, *args, regions=(), **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["region_or_type"].choices = region_or_type_choices(regions)

    def clean_name(self):
        return clean_text(self.cleaned_data["name"])

    def clean_organisation(self):
        return clean_text(self.cleaned_data["organisation"])

    def clean_message(self):
        return clean_text(self.cleaned_data["message"], multiline=True)

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]
