"""WordPress post content (block-editor markup or classic HTML) as news body blocks.

Paragraphs, headings (h2 -> heading, h3-h6 -> subheading), lists, quotes, images with alt
text, tables, video embeds (allowed providers) and links to anything else. A block or element
we have no block for keeps its text as a paragraph: nothing vanishes silently.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from news.embeds import player_url

# Inline markup our paragraph blocks allow (news.blocks.PARAGRAPH_FEATURES).
INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i", "a": "a", "br": "br"}
VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr", "col"}
BLOCK_COMMENT = re.compile(r"<!--\s+(/?)wp:([a-z0-9/-]+)(\s+\{.*?\})?\s*(/?)-->", re.S)
CONTAINERS = {"group", "columns", "column", "cover", "media-text", "row", "stack"}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
# The only addresses the import writes (href and src): web, mail, phone and this site.
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
URL_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):")
# Browsers drop tabs and line breaks anywhere in an address and controls and spaces around it
# (`java\tscript:` runs); the check looks at the address without any of them.
URL_IGNORED = re.compile(r"[\x00-\x20\x7f]")
URL_KEEPS_OUT = re.compile(r"[\t\n\r]")
URL_EDGES = re.compile(r"^[\x00-\x20]+|[\x00-\x20]+$")


class Node:
    def __init__(self, tag: str, attrs: dict[str, str] | None = None):
        self.tag = tag
        self.attrs = attrs or {}
        self.children: list[Node | str] = []

    def text(self) -> str:
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append("\n")
            else:
                parts.append(child.text())
        return "".join(parts)

    def find_all(self, tag: str) -> list[Node]:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag:
                    found.append(child)
                found.extend(child.find_all(tag))
        return found


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _allowed(probe: str) -> bool:
    probe = URL_IGNORED.sub("", probe).lower()
    scheme = URL_SCHEME.match(probe)
    if scheme:
        return scheme.group(1) in ALLOWED_SCHEMES
    # `//host` and `/\\host` are another host; a relative path means nothing here.
    return probe.startswith("#") or (probe.startswith("/") and not probe.startswith(("//", "/\\")))


def safe_url(url: str) -> str | None:
    """`url` if it is http(s), mailto, tel or an address on this site, else None.

    The one allow-list for every href/src the import writes. The address must pass as it is
    and with its entities decoded (repeatedly: `&amp;#106;` too), so no spelling of a scheme
    slips past whatever decodes it later."""
    url = URL_EDGES.sub("", URL_KEEPS_OUT.sub("", str(url)))
    probe = url
    for _ in range(5):
        if not _allowed(probe):
            return None
        decoded = html.unescape(probe)
        if decoded == probe:
            return url
        probe = decoded
    return None


@functools.cache
def _converter(features: tuple[str, ...]) -> EditorHTMLConverter:
    return EditorHTMLConverter(features=list(features))


def as_editor_allows(markup: str, features: list[str] | tuple[str, ...]) -> str:
    """Rich text through Wagtail's own whitelisting (DbWhitelister) for the editor features of
    the field it goes into: the import stores nothing an editor could not have written."""
    return _converter(tuple(features)).to_database_format(markup)


def parse_html(markup: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder.root


def _inline_html(node: Node | str) -> str:
    """Allowed inline markup only, everything else reduced to its text; escaped."""
    if isinstance(node, str):
        return html.escape(node, quote=False)
    inner = "".join(_inline_html(child) for child in node.children)
    tag = INLINE.get(node.tag)
    if tag == "br":
        return "<br/>"
    if tag == "a":
        href = safe_url(node.attrs.get("href", ""))
        if href:
            return f'<a href="{html.escape(href)}">{inner}</a>'
        return inner
    if tag:
        return f"<{tag}>{inner}</{tag}>" if inner.strip() else inner
    return inner


def _children_html(node: Node) -> str:
    return "".join(_inline_html(child) for child in node.children).strip()


@dataclass
class ImageRef:
    src: str
    alt: str
    caption: str
    attachment_id: int | None


@dataclass
class Converted:
    blocks: list[dict] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def paragraph(self, inner_html: str) -> None:
        inner_html = inner_html.strip()
        if inner_html:
            if not inner_html.startswith(("<ul>", "<ol>")):
                inner_html = f"<p>{inner_html}</p>"
            self.blocks.append({"type": "paragraph", "value": inner_html})


ImageResolver = Callable[[ImageRef], int | None]


def _image_block(out: Converted, img: Node, caption: str, resolve: ImageResolver) -> None:
    match = re.search(r"wp-image-(\d+)", img.attrs.get("class", ""))
    ref = ImageRef(
        src=safe_url(img.attrs.get("src", "")) or "",
        alt=img.attrs.get("alt", "").strip(),
        caption=caption.strip(),
        attachment_id=int(match.group(1)) if match else None,
    )
    out.images.append(ref)
    image_id = resolve(ref)
    if image_id is None:
        # The file was not found: say in the text what was there instead of losing it.
        text = ref.caption or ref.alt
        if text:
            out.paragraph(f"<i>{html.escape(text, quote=False)}</i>")
        return
    out.blocks.append(
        {
            "type": "image",
            "value": {
                "image": image_id,
                "alt_text": (ref.alt or ref.caption)[:250],
                "caption": ref.caption[:300],
            },
        }
    )


def _list_html(node: Node) -> str:
    items = []
    for li in node.find_all("li"):
        # Nested lists are flattened one level: our lists have one level.
        text = "".join(
            _inline_html(child)
            for child in li.children
            if not (isinstance(child, Node) and child.tag in ("ul", "ol"))
        ).strip()
        if text:
            items.append(f"<li>{text}</li>")
    tag = "ol" if node.tag == "ol" else "ul"
    return f"<{tag}>{''.join(items)}</{tag}>" if items else ""


def _table_value(node: Node) -> dict | None:
    rows = []
    header = False
    for tr in node.find_all("tr"):
        cells = [
            cell for cell in tr.children if isinstance(cell, Node) and cell.tag in ("td", "th")
        ]
        if not rows and cells and all(cell.tag == "th" for cell in cells):
            header = True
        rows.append([" ".join(cell.text().split()) for cell in cells])
    if not rows:
        return None
    width = max(len(row) for row in rows)
    caption = node.find_all("caption")
    figcaption = node.find_all("figcaption")
    return {
        "data": [row + [""] * (width - len(row)) for row in rows],
        "first_row_is_table_header": header,
        "first_col_is_header": False,
        "table_caption": " ".join((caption or figcaption)[0].text().split())
        if (caption or figcaption)
        else "",
    }


def _element(out: Converted, node: Node | str, resolve: ImageResolver) -> None:
    """One top-level element of classic HTML (or of a block's inner HTML)."""
    if isinstance(node, str):
        for chunk in re.split(r"\n\s*\n", node):
            out.paragraph(html.escape(" ".join(chunk.split()), quote=False))
        return
    tag = node.tag
    if tag == "p":
        images = node.find_all("img")
        for img in images:
            _image_block(out, img, "", resolve)
        text = _children_html(node)
        if text:
            out.paragraph(text.replace("\n", " "))
    elif tag in ("h1", "h2"):
        heading = " ".join(node.text().split())
        if heading:
            out.blocks.append({"type": "heading", "value": heading[:200]})
    elif tag in ("h3", "h4", "h5", "h6"):
        heading = " ".join(node.text().split())
        if heading:
            out.blocks.append({"type": "subheading", "value": heading[:200]})
    elif tag in ("ul", "ol"):
        out.paragraph(_list_html(node))
    elif tag == "blockquote":
        cite = node.find_all("cite")
        attribution = " ".join(cite[0].text().split()) if cite else ""
        paragraphs = [" ".join(p.text().split()) for p in node.find_all("p")]
        text = "\n".join(paragraph for paragraph in paragraphs if paragraph)
        text = text or " ".join(node.text().replace(attribution, "").split())
        if text:
            out.blocks.append(
                {"type": "quote", "value": {"text": text, "attribution": attribution[:200]}}
            )
    elif tag == "figure" and node.find_all("table"):
        value = _table_value(node)
        if value:
            out.blocks.append({"type": "table", "value": value})
    elif tag == "figure" or tag == "img":
        images = [node] if tag == "img" else node.find_all("img")
        captions = node.find_all("figcaption")
        caption = " ".join(captions[0].text().split()) if captions else ""
        for img in images:
            _image_block(out, img, caption, resolve)
        if not images:
            out.paragraph(html.escape(" ".join(node.text().split()), quote=False))
    elif tag == "table":
        value = _table_value(node)
        if value:
            out.blocks.append({"type": "table", "value": value})
    elif tag in ("div", "section", "article", "main", "aside", "center", "span"):
        for child in node.children:
            _element(out, child, resolve)
    elif tag in INLINE:
        out.paragraph(_inline_html(node))
    elif tag in ("script", "style", "iframe", "noscript", "form", "object", "embed"):
        src = safe_url(node.attrs.get("src", "")) or ""
        if tag == "iframe" and player_url(src):
            out.blocks.append(
                {"type": "embed", "value": {"url": src, "title": node.attrs.get("title", "Video")}}
            )
        else:
            out.unknown.append(tag)
    elif tag == "hr":
        return
    else:
        text = " ".join(node.text().split())
        if text:
            out.unknown.append(tag)
            out.paragraph(html.escape(text, quote=False))


def _classic(out: Converted, markup: str, resolve: ImageResolver) -> None:
    """Classic editor content has no <p>: WordPress adds them on display (wpautop), around
    runs of text and inline elements separated by blank lines."""
    root = parse_html(markup)
    run: list[str] = []

    def flush() -> None:
        out.paragraph(" ".join("".join(run).split()).replace("<br/> ", "<br/>"))
        run.clear()

    for child in root.children:
        if isinstance(child, str):
            chunks = re.split(r"\n\s*\n", child)
            for index, chunk in enumerate(chunks):
                if index:
                    flush()
                run.append(html.escape(chunk, quote=False))
        elif child.tag in INLINE and child.tag != "img":
            run.append(_inline_html(child))
        else:
            flush()
            _element(out, child, resolve)
    flush()


def _embed_block(out: Converted, attrs: dict, inner: str) -> None:
    url = str(attrs.get("url", "")).strip()
    if not url:
        match = re.search(r"https?://[^\s<\"]+", inner)
        url = html.unescape(match.group(0)) if match else ""
    url = safe_url(url) or ""
    if url and player_url(url):
        captions = parse_html(inner).find_all("figcaption")
        title = " ".join(captions[0].text().split()) if captions else "Video"
        out.blocks.append({"type": "embed", "value": {"url": url, "title": str(title)[:200]}})
    elif url:
        out.paragraph(f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>')


def _blocks(out: Converted, markup: str, resolve: ImageResolver) -> None:
    """Block-editor markup: `<!-- wp:name {attrs} -->inner<!-- /wp:name -->`, nested."""
    position = 0
    while True:
        match = BLOCK_COMMENT.search(markup, position)
        if match is None:
            _classic(out, markup[position:], resolve)
            return
        _classic(out, markup[position : match.start()], resolve)
        closing, name, attrs_json, self_closing = match.groups()
        if closing:
            position = match.end()
            continue
        try:
            attrs = json.loads(attrs_json) if attrs_json else {}
        except json.JSONDecodeError:
            attrs = {}
        if self_closing:
            position = match.end()
            if name not in ("spacer", "separator", "more", "nextpage"):
                out.unknown.append(name)
            continue
        inner, position = _inner(markup, match.end(), name)
        _block(out, name, attrs if isinstance(attrs, dict) else {}, inner, resolve)


def _inner(markup: str, start: int, name: str) -> tuple[str, int]:
    """The inner markup of the block `name` opened before `start`, and where it ends."""
    depth = 1
    for match in BLOCK_COMMENT.finditer(markup, start):
        closing, other, _attrs, self_closing = match.groups()
        if other != name or self_closing:
            continue
        depth += -1 if closing else 1
        if depth == 0:
            return markup[start : match.start()], match.end()
    return markup[start:], len(markup)  # an unclosed block keeps the rest as its content


def _block(out: Converted, name: str, attrs: dict, inner: str, resolve: ImageResolver) -> None:
    short = name.removeprefix("core/")
    if short in CONTAINERS:
        _blocks(out, inner, resolve)
    elif short == "heading":
        text = " ".join(parse_html(inner).text().split())
        if text:
            level = attrs.get("level", 2)
            kind = "heading" if level in (1, 2) else "subheading"
            out.blocks.append({"type": kind, "value": text[:200]})
    elif short == "embed" or short.startswith("embed/") or short in ("core-embed/youtube", "video"):
        _embed_block(out, attrs, inner)
    elif short in (
        "paragraph",
        "list",
        "quote",
        "pullquote",
        "image",
        "table",
        "freeform",
        "gallery",
    ):
        _classic(out, inner, resolve)
    elif short in ("html", "shortcode", "preformatted", "code", "verse"):
        text = " ".join(parse_html(inner).text().split())
        out.unknown.append(short)
        if text and short != "html":
            out.paragraph(html.escape(text, quote=False))
        elif text:
            _classic(out, inner, resolve)
    else:
        # A block from a plugin or a newer WordPress: its text stays, marked as unknown.
        out.unknown.append(short)
        _classic(out, inner, resolve)


def convert(markup: str, resolve: ImageResolver = lambda ref: None) -> Converted:
    out = Converted()
    if not markup.strip():
        return out
    if BLOCK_COMMENT.search(markup):
        _blocks(out, markup, resolve)
    else:
        _classic(out, markup, resolve)
    return out


def plain_text(markup: str) -> str:
    text = parse_html(BLOCK_COMMENT.sub(" ", markup)).text()
    return " ".join(text.split())


def lead_from(excerpt: str, content: str, limit: int = 600) -> str:
    """The excerpt, or the first sentence of the content when there is none."""
    text = plain_text(excerpt)
    if not text:
        body = plain_text(content)
        text = SENTENCE_END.split(body, maxsplit=1)[0] if body else ""
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text
