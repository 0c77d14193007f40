"""Phone numbers: validated and stored in E.164, shown in Finnish national format."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_REGION = "FI"


def normalise_phone(raw: str) -> str:
    """`050 123 4567` or `+358 50 1234567` -> `+358501234567`; invalid input raises."""
    try:
        number = phonenumbers.parse(raw, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise ValidationError(
            _("Puhelinnumero ei kelpaa. Kirjoita se muodossa 050 123 4567 tai +358 50 123 4567."),
            code="invalid_phone",
        ) from error
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("Puhelinnumero ei kelpaa. Tarkista numero ja suuntanumero."), code="invalid_phone"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_format(e164: str) -> str:
    """`+358501234567` -> `050 123 4567`: area code, then the subscriber number in 3 + rest."""
    number = phonenumbers.parse(e164, DEFAULT_REGION)
    if number.country_code != 358:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    area, _space, subscriber = national.partition(" ")
    subscriber = subscriber.replace(" ", "")
    if len(subscriber) >= 6:
        subscriber = f"{subscriber[:3]} {subscriber[3:]}"
    return f"{area} {subscriber}".strip()
