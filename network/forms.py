"""The public form for joining a network."""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation
from sitewide.forms import HONEYPOT_FIELD, honeypot_field
from sitewide.text import UNSAVEABLE, refuse_odd_text

from .formatting import REGION_PREFIX, TYPE_PREFIX

REQUIRED = _("Tämä kenttä on pakollinen.")


def _too_long_now(limit: int) -> str:
    return gettext("Kirjoita enintään %(limit)d merkkiä.") % {"limit": limit}


# Lazy: the fields are built once at import; the message is in the visitor's language.
_too_long = lazy(_too_long_now, str)


def _text_errors(limit: int, **more) -> dict:
    """The Finnish error messages of a required text field of at most `limit` characters."""
    return {
        "required": REQUIRED,
        "null_characters_not_allowed": UNSAVEABLE,
        "max_length": _too_long(limit),
        **more,
    }


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
        error_messages=_text_errors(150),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Organisaatio"),
        max_length=200,
        error_messages=_text_errors(200),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = forms.EmailField(
        label=_("Sähköposti"),
        max_length=254,
        error_messages=_text_errors(
            254, invalid=_("Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")
        ),
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
        return refuse_odd_text(self.cleaned_data["name"])

    def clean_organisation(self):
        return refuse_odd_text(self.cleaned_data["organisation"])

    def clean_message(self):
        return refuse_odd_text(self.cleaned_data["message"], multiline=True)

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]
