"""The header colours editors may choose: Suomi.fi colour tokens on which white text and the
white focus ring meet WCAG 2.1 AA (contrast at least 4.5:1, tested in tests/identity)."""

from django.utils.translation import gettext_lazy as _

# (token name as in static/css/site.css's --fi-color-* properties, label, the token's value)
HEADER_COLOURS = [
    ("brand-base", _("Suomi.fi-sininen"), "hsl(214, 100%, 24%)"),
    ("highlight-dark1", _("Tummansininen"), "hsl(212, 63%, 37%)"),
    ("highlight-base", _("Sininen"), "hsl(212, 63%, 45%)"),
    ("black-base", _("Musta"), "hsl(0, 0%, 13%)"),
    ("depth-dark1", _("Harmaa"), "hsl(202, 7%, 40%)"),
    ("accent-tertiary-dark1", _("Violetti"), "hsl(284, 36%, 45%)"),
    ("success-dark1", _("Vihreä"), "hsl(165, 90%, 27%)"),
]
DEFAULT_HEADER_COLOUR = "brand-base"
HEADER_COLOUR_CHOICES = [(name, label) for name, label, _value in HEADER_COLOURS]
