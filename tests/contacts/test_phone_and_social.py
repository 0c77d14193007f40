import pytest
from django.core.exceptions import ValidationError

from contacts import social
from contacts.phone import national_format, normalise_phone


@pytest.mark.parametrize(
    "raw", ["050 123 4567", "0501234567", "+358 50 123 4567", "+358-50-1234567", "(050) 1234567"]
)
def test_mobile_numbers_normalise_to_e164(raw):
    assert normalise_phone(raw) == "+358501234567"


def test_national_format_groups_like_finnish_numbers_are_written():
    assert national_format("+358501234567") == "050 123 4567"
    assert national_format("+35892345678") == "09 234 5678"


@pytest.mark.parametrize("raw", ["123", "puhelin", "050", "+358 00 000", "0" * 40, "\x00050"])
def test_invalid_numbers_raise_a_finnish_error(raw):
    with pytest.raises(ValidationError) as error:
        normalise_phone(raw)
    assert "Puhelinnumero ei kelpaa" in str(error.value)


def test_social_handles_and_urls_are_cleaned():
    assert social.clean_x("@OmaTunnus") == "OmaTunnus"
    assert social.clean_x("https://twitter.com/OmaTunnus") == "OmaTunnus"
    assert social.clean_mastodon("@nimi@mastodon.example") == "https://mastodon.example/@nimi"
    assert social.clean_bluesky("https://bsky.app/profile/nimi.bsky.social") == "nimi.bsky.social"
    assert (
        social.clean_linkedin("https://www.linkedin.com/in/nimi/")
        == "https://www.linkedin.com/in/nimi"
    )


@pytest.mark.parametrize(
    "cleaner, value",
    [
        (social.clean_x, "liian pitkä tunnus välilyönneillä"),
        (social.clean_x, "https://evil.example/OmaTunnus"),
        (social.clean_mastodon, "javascript:alert(1)"),
        (social.clean_bluesky, "ei tunnus"),
        (social.clean_linkedin, "https://linkedin.evil.example/in/x"),
    ],
)
def test_invalid_social_values_are_refused(cleaner, value):
    with pytest.raises(ValidationError):
        cleaner(value)
