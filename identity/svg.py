"""Uploaded SVG logos and icons, cleaned so that they can only draw: no scripts, event
handlers, animations, embedded documents or references outside the file itself."""

import re
import xml.etree.ElementTree as ET

from defusedxml import ElementTree as SafeET

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
# Shapes, text, gradients, clipping and grouping: everything a logo needs and nothing else.
ALLOWED_ELEMENTS = {
    "svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse", "line",
    "polyline", "polygon", "text", "tspan", "linearGradient", "radialGradient", "stop",
    "clipPath", "mask", "pattern", "use", "symbol",
}  # fmt: skip
_EXTERNAL_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.I)
_DANGEROUS_VALUE = re.compile(r"javascript:|data:|@import|expression\(", re.I)


class UnsafeSvg(ValueError):
    pass


def _local_name(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def _clean_element(element: ET.Element) -> None:
    for child in list(element):
        if not isinstance(child.tag, str):  # comments, processing instructions
            element.remove(child)
            continue
        namespace, name = _local_name(child.tag)
        if namespace != SVG_NS or name not in ALLOWED_ELEMENTS:
            element.remove(child)
            continue
        _clean_element(child)
    for attribute, value in list(element.attrib.items()):
        namespace, name = _local_name(attribute)
        is_link = name == "href" and namespace in ("", XLINK_NS)
        if (
            name.lower().startswith("on")
            or (namespace not in ("", XLINK_NS, "http://www.w3.org/XML/1998/namespace"))
            or (is_link and not value.strip().startswith("#"))
            or _EXTERNAL_URL.search(value)
            or _DANGEROUS_VALUE.search(value)
        ):
            del element.attrib[attribute]


def sanitise_svg(data: bytes) -> bytes:
    """The SVG in `data` with everything but drawing removed; UnsafeSvg if it is no SVG."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except Exception as error:  # defusedxml's refusals and XML syntax errors alike
        raise UnsafeSvg(str(error)) from error
    if _local_name(root.tag) != (SVG_NS, "svg"):
        raise UnsafeSvg("the root element is not <svg>")
    _clean_element(root)
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
