"""Reading a WordPress export (WXR 1.0-1.2, Tools -> Export) safely into plain data.

defusedxml refuses DTDs, entity expansion (billion laughs) and external entities; anything
that is not a well-formed WXR file becomes a `WXRError` with a Finnish message.
"""

from __future__ import annotations

import datetime
import urllib.parse
from dataclasses import dataclass, field
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, parse
from django.utils.translation import gettext as _

WP_NAMESPACE_PREFIX = "http://wordpress.org/export/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"


class WXRError(Exception):
    """The file cannot be imported; the message says why, for the editor."""


@dataclass
class Author:
    login: str
    email: str = ""
    display_name: str = ""


@dataclass
class Term:
    slug: str
    name: str


@dataclass
class Item:
    post_id: int
    post_type: str
    guid: str
    title: str = ""
    slug: str = ""
    link: str = ""
    status: str = ""
    date_gmt: datetime.datetime | None = None
    modified_gmt: datetime.datetime | None = None
    content: str = ""
    excerpt: str = ""
    creator: str = ""
    parent_id: int = 0
    tags: list[Term] = field(default_factory=list)
    categories: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comment_count: int = 0
    attachment_url: str = ""


@dataclass
class Export:
    version: str
    site_url: str
    authors: list[Author]
    tags: list[Term]
    categories: list[Term]
    items: list[Item]

    def of_type(self, *post_types: str) -> list[Item]:
        return [item for item in self.items if item.post_type in post_types]


def _text(element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _raw(element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "") if found is not None else ""


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        return 0


def _gmt(value: str) -> datetime.datetime | None:
    if not value or value.startswith("0000"):
        return None
    try:
        moment = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return moment.replace(tzinfo=datetime.UTC)


def _slug(value: str) -> str:
    # WordPress stores non-ASCII slugs percent-encoded (`j%c3%a4rjest%c3%b6t`).
    return urllib.parse.unquote(value.strip())


def _wp_namespace(channel) -> str:
    for child in channel:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag.startswith("{" + WP_NAMESPACE_PREFIX) and tag.endswith("}wxr_version"):
            return tag[1 : tag.index("}")]
    return ""


def read_export(source: str | IO[bytes]) -> Export:
    """The export in `source` (a path or a binary file)."""
    try:
        tree = parse(source, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise WXRError(
            _(
                "Tiedostossa on XML-rakenteita (DTD tai entiteettejä), joita ei turvallisuus"
                "syistä lueta. WordPressin oma vientitiedosto ei sisällä niitä."
            )
        ) from error
    except ParseError as error:
        raise WXRError(
            _(
                "Tiedosto ei ole eheää XML:ää (rivi %(line)s). Se voi olla katkennut: vie "
                "sisältö WordPressistä uudelleen."
            )
            % {"line": getattr(error, "position", ("?",))[0]}
        ) from error
    except (UnicodeDecodeError, ValueError) as error:
        raise WXRError(_("Tiedostoa ei voi lukea XML-tiedostona.")) from error

    root = tree.getroot()
    channel = root.find("channel") if root.tag == "rss" else None
    wp = _wp_namespace(channel) if channel is not None else ""
    if not wp:
        raise WXRError(
            _(
                "Tiedosto ei ole WordPressin vientitiedosto (WXR). Vie sisältö WordPressissä: "
                "Työkalut -> Vie -> Kaikki sisältö."
            )
        )
    ns = "{" + wp + "}"
    version = _text(channel, f"{ns}wxr_version")
    excerpt_ns = "{" + wp + "excerpt/}"

    authors = [
        Author(
            login=_text(author, f"{ns}author_login"),
            email=_text(author, f"{ns}author_email"),
            display_name=_text(author, f"{ns}author_display_name"),
        )
        for author in channel.findall(f"{ns}author")
    ]
    tags = [
        Term(_slug(_text(tag, f"{ns}tag_slug")), _text(tag, f"{ns}tag_name"))
        for tag in channel.findall(f"{ns}tag")
    ]
    categories = [
        Term(_slug(_text(cat, f"{ns}category_nicename")), _text(cat, f"{ns}cat_name"))
        for cat in channel.findall(f"{ns}category")
    ]

    items = []
    for element in channel.findall("item"):
        item = Item(
            post_id=_int(_text(element, f"{ns}post_id")),
            post_type=_text(element, f"{ns}post_type") or "post",
            guid=_text(element, "guid"),
            title=_text(element, "title"),
            slug=_slug(_text(element, f"{ns}post_name")),
            link=_text(element, "link"),
            status=_text(element, f"{ns}status"),
            date_gmt=_gmt(_text(element, f"{ns}post_date_gmt")),
            modified_gmt=_gmt(_text(element, f"{ns}post_modified_gmt")),
            content=_raw(element, f"{{{CONTENT_NS}}}encoded"),
            excerpt=_raw(element, f"{excerpt_ns}encoded"),
            creator=_text(element, f"{{{DC_NS}}}creator"),
            parent_id=_int(_text(element, f"{ns}post_parent")),
            attachment_url=_text(element, f"{ns}attachment_url"),
        )
        if not item.guid:
            # WXR 1.0 exports of some plugins leave guid empty; the post id is as stable.
            item.guid = f"wp-post-{item.post_id}"
        for term in element.findall("category"):
            entry = Term(_slug(term.get("nicename", "")), (term.text or "").strip())
            if term.get("domain") == "post_tag":
                item.tags.append(entry)
            elif term.get("domain") == "category":
                item.categories.append(entry)
        for meta in element.findall(f"{ns}postmeta"):
            item.meta[_text(meta, f"{ns}meta_key")] = _text(meta, f"{ns}meta_value")
        item.comment_count = len(element.findall(f"{ns}comment"))
        items.append(item)

    return Export(
        version=version,
        site_url=_text(channel, f"{ns}base_site_url") or _text(channel, "link"),
        authors=authors,
        tags=tags,
        categories=categories,
        items=items,
    )
