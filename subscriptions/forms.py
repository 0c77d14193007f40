"""The public follow form and the manage form reached from the emails."""

from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from keywords.models import Keyword
from network.models import NetworkPage
from sitewide.forms import HONEYPOT_FIELD, honeypot_field
from sitewide.text import UNSAVEABLE, refuse_odd_text

from .models import Frequency

EMAIL_MAX_LENGTH = 254
CONSENT_TEXT = _(
    "Hyväksyn, että sähköpostiosoitteeni tallennetaan, jotta minulle voidaan lähettää "
    "valitsemani uutiset. Voin perua seurannan milloin tahansa jokaisen viestin linkistä."
)


def normalised_email(value: str) -> str:
    """One spelling per address, so that limits, uniqueness and suppression all match."""
    return value.strip().lower()


class FollowForm(forms.Form):
    email = forms.CharField(
        label=_("Sähköposti"),
        max_length=EMAIL_MAX_LENGTH,
        error_messages={
            "required": _("Tämä kenttä on pakollinen."),
            "null_characters_not_allowed": UNSAVEABLE,
            "max_length": _("Sähköpostiosoite on liian pitkä."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("Kuinka usein"),
        choices=Frequency.choices,
        initial=Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Valitse, kuinka usein haluat viestejä."),
            "invalid_choice": _("Valitse vaihtoehto listasta."),
        },
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Seuraaminen vaatii suostumuksesi.")},
    )
    website = honeypot_field()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("auto_id", "follow-%s")
        super().__init__(*args, **kwargs)

    def clean_email(self):
        value = refuse_odd_text(self.cleaned_data["email"])
        try:
            validate_email(value)
        except forms.ValidationError as error:
            raise forms.ValidationError(
                _("Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")
            ) from error
        return normalised_email(value)

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]


class ManageForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("Kuinka usein"), choices=Frequency.choices, widget=forms.RadioSelect
    )
    all_news = forms.BooleanField(label=_("Kaikki uutiset"), required=False)
    keywords = forms.ModelMultipleChoiceField(
        label=_("Seuraamasi asiasanat"),
        queryset=Keyword.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    networks = forms.ModelMultipleChoiceField(
        label=_("Seuraamasi verkostot"),
        queryset=NetworkPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    add_keyword = forms.CharField(
        label=_("Lisää asiasana"),
        required=False,
        max_length=100,
        help_text=_("Kirjoita asiasanan nimi, esim. järjestöt."),
        error_messages={"null_characters_not_allowed": UNSAVEABLE},
    )

    def __init__(self, *args, subscription, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("auto_id", "manage-%s")
        super().__init__(*args, **kwargs)
        self.fields["keywords"].queryset = subscription.keywords.order_by("sort_key", "pk")
        # Any live network may be added here; the ones followed come checked.
        self.fields["networks"].queryset = NetworkPage.objects.live().public().order_by("title")

    def clean_add_keyword(self):
        name = refuse_odd_text(self.cleaned_data["add_keyword"])
        if not name:
            return None
        keyword = Keyword.objects.by_name_or_synonym(name)
        if keyword is None:
            raise forms.ValidationError(_("Asiasanaa ei löytynyt. Tarkista kirjoitusasu."))
        return keyword
