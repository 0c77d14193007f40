"""Reading a WordPress export (WXR 1.0-1.2, Tools -> Export) safely into plain data,
incrementally (defusedxml's iterparse).

defusedxml refuses DTDs, entity expansion (billion laughs) and external entities; anything
that is not a well-formed WXR file becomes a `WXRError` with a Finnish message.
"""

from __future__ import annotations

import datetime
import urllib.parse
from dataclasses import dataclass, field
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse
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


def _wp_namespace_in(element) -> str:
    """`{http://wordpress.org/export/1.2/}` from the first WordPress element in `element`."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag.startswith("{" + WP_NAMESPACE_PREFIX):
            uri = tag[1 : tag.index("}")]
            if not uri.endswith("/excerpt/"):
                return "{" + uri + "}"
    return ""


def _item(element, ns: str) -> Item:
    excerpt_ns = "{" + ns[1:-1] + "excerpt/}"
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
    return item


def read_export(source: str | IO[bytes]) -> Export:
    """The export in `source` (a path or a binary file)."""
    try:
        return _read(source)
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


def _read(source: str | IO[bytes]) -> Export:
    """Incrementally: each element under <channel> becomes data when it ends and is then
    dropped, so the export's data is held but never its whole XML tree (a 100 MB export:
    about half of parse()'s peak; bench/wordpress_parse_memory.py, docs/wordpress.md)."""
    root = channel = None
    depth = 0
    ns = version = site_url = link = ""
    authors: list[Author] = []
    tags: list[Term] = []
    categories: list[Term] = []
    items: list[Item] = []
    events = iterparse(
        source,
        events=("start", "end"),
        forbid_dtd=True,
        forbid_entities=True,
        forbid_external=True,
    )
    for event, element in events:
        if event == "start":
            depth += 1
            if depth == 1:
                root = element
            elif depth == 2 and channel is None and root.tag == "rss" and element.tag == "channel":
                channel = element
            continue
        depth -= 1
        if depth != 2 or channel is None or root.tag != "rss" or element not in channel:
            continue  # inside an element still being read, or outside the (first) channel
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.startswith("{" + WP_NAMESPACE_PREFIX) and tag.endswith("}wxr_version"):
            ns = tag[: tag.index("}") + 1]
            version = (element.text or "").strip()
        elif tag == "link":
            link = (element.text or "").strip()
        elif tag == "item":
            items.append(_item(element, ns or _wp_namespace_in(element)))
        elif ns and tag == f"{ns}base_site_url":
            site_url = (element.text or "").strip()
        elif ns and tag == f"{ns}author":
            authors.append(
                Author(
                    login=_text(element, f"{ns}author_login"),
                    email=_text(element, f"{ns}author_email"),
                    display_name=_text(element, f"{ns}author_display_name"),
                )
            )
        elif ns and tag == f"{ns}tag":
            tags.append(
                Term(_slug(_text(element, f"{ns}tag_slug")), _text(element, f"{ns}tag_name"))
            )
        elif ns and tag == f"{ns}category":
            categories.append(
                Term(
                    _slug(_text(element, f"{ns}category_nicename")),
                    _text(element, f"{ns}cat_name"),
                )
            )
        channel.remove(element)  # read: the tree keeps nothing of it
    if not ns:
        raise WXRError(
            _(
                "Tiedosto ei ole WordPressin vientitiedosto (WXR). Vie sisältö WordPressissä: "
                "Työkalut -> Vie -> Kaikki sisältö."
            )
        )
    return Export(
        version=version,
        site_url=site_url or link,
        authors=authors,
        tags=tags,
        categories=categories,
        items=items,
    )
