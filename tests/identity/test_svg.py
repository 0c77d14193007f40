"""Uploaded SVGs can only draw: scripts, handlers, animations and outside references go."""

import pytest

from identity.svg import UnsafeSvg, sanitise_svg

HOSTILE = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     viewBox="0 0 10 10" onload="alert(1)">
  <script>alert(2)</script>
  <style>@import url(https://evil.example/x.css);</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <circle cx="5" cy="5" r="4" fill="url(#g)" onclick="alert(3)"/>
  <rect width="2" height="2" style="fill: url(https://evil.example/p.svg#x)"/>
  <image href="https://evil.example/tracker.png" width="1" height="1"/>
  <use xlink:href="https://evil.example/sprite.svg#icon"/>
  <use href="#g"/>
  <a href="javascript:alert(4)"><path d="M0 0h1v1z"/></a>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
  <set attributeName="href" to="javascript:alert(5)"/>
</svg>"""


def test_scripts_handlers_and_outside_references_are_removed_and_shapes_kept():
    clean = sanitise_svg(HOSTILE).decode()
    for gone in ("script", "alert", "onload", "onclick", "evil.example", "foreignObject", "<set"):
        assert gone not in clean
    assert "<circle" in clean and 'fill="url(#g)"' in clean
    assert 'href="#g"' in clean  # a reference inside the file itself stays
    assert "<rect" in clean


@pytest.mark.parametrize(
    "data",
    [
        b"not xml at all",
        b"<html><body>no svg</body></html>",
        b'<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
    ],
)
def test_what_is_not_a_plain_svg_is_refused(data):
    with pytest.raises(UnsafeSvg):
        sanitise_svg(data)
