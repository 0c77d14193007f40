"""Every address the import writes passes one allow-list, and its rich text passes Wagtail's
own whitelisting: nothing is stored that an editor could not have written."""

import pytest

from news.models import NewsPage
from pages.models import StandardPage
from wordpress.content import convert, safe_url
from wordpress.importer import Importer
from wordpress.wxr import Export, Item

pytestmark = pytest.mark.django_db

HOSTILE = [
    "javascript:alert(document.domain)//",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&#58;alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "/\\evil.example/",
]
KEPT = [
    "http://esimerkki.invalid/a?b=1&c=2",
    "https://esimerkki.invalid/",
    "mailto:toimitus@esimerkki.invalid",
    "tel:+358401234567",
    "/uutiset/kevatkokous/",
    "#osio",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_address_is_refused(url):
    assert safe_url(url) is None


@pytest.mark.parametrize("url", KEPT)
def test_web_mail_phone_and_site_addresses_are_kept(url):
    assert safe_url(url) == url


def _item(post_id, content, post_type="post"):
    return Item(
        post_id=post_id,
        post_type=post_type,
        guid=f"https://vanha.esimerkki.invalid/?p={post_id}",
        title=f"Juttu {post_id}",
        slug=f"juttu-{post_id}",
        status="publish",
        content=content,
    )


def _export(items):
    return Export(version="1.2", site_url="", authors=[], tags=[], categories=[], items=items)


def _markup(url: str) -> str:
    """The same address as an embed, a block link, a classic link and an image link."""
    attr = url.replace("&", "&amp;").replace('"', "&quot;")
    json_url = url.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    json_url = json_url.replace("\x01", "\\u0001")
    return (
        f'<!-- wp:embed {{"url":"{json_url}"}} -->\n<figure></figure>\n<!-- /wp:embed -->\n'
        f'<!-- wp:paragraph --><p>Katso <a href="{attr}">tämä</a>.</p><!-- /wp:paragraph -->\n'
        f'<p>Vanha <a href="{attr}">linkki</a> ja <strong>lihava</strong>.</p>'
    )


def _imported_pages() -> list:
    return list(NewsPage.objects.filter(title__startswith="Juttu")) + list(
        StandardPage.objects.filter(title__startswith="Juttu")
    )


def _stored(page) -> str:
    if isinstance(page, NewsPage):
        return "".join(
            str(block.value.source) for block in page.body if block.block_type == "paragraph"
        )
    return page.body


def test_import_stores_no_hostile_link_in_news_or_pages(news_index):
    items = []
    for n, url in enumerate(HOSTILE, start=1):
        items += [_item(n, _markup(url)), _item(100 + n, _markup(url), post_type="page")]
    Importer(_export(items)).run()

    pages = _imported_pages()
    assert len(pages) == 2 * len(HOSTILE)
    for page in pages:
        stored = _stored(page).lower()
        assert "lihava" in stored and "tämä" in stored  # the text stays
        for bad in ("javascript", "vbscript", "data:", "&#", "//evil", "\\evil", "alert"):
            assert bad not in stored, (page.title, stored)


def test_import_keeps_web_mail_phone_and_site_links(news_index):
    items = []
    for n, url in enumerate(KEPT, start=1):
        items += [_item(n, _markup(url)), _item(100 + n, _markup(url), post_type="page")]
    Importer(_export(items)).run()

    for page in _imported_pages():
        stored = _stored(page)
        n = page.title.split()[-1]
        url = KEPT[int(n) % 100 - 1].replace("&", "&amp;")
        assert stored.count(f'href="{url}"') == 3, (url, stored)


def test_imported_rich_text_is_what_the_editor_allows(news_index):
    """Markup the converter lets through is still whitelisted for the target field: a
    heading inside a news paragraph (whose editor has no headings) loses its tag, as
    does any attribute besides a link's address."""
    markup = '<ul><li><a href="/a" onclick="x()" style="color:red">yksi</a></li></ul>'
    Importer(_export([_item(1, markup), _item(2, markup, post_type="page")])).run()
    for page in _imported_pages():
        stored = _stored(page)
        assert '<a href="/a">yksi</a>' in stored
        assert "onclick" not in stored and "style" not in stored


def test_video_embed_and_its_page_link_stay():
    converted = convert(
        '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ"} -->'
        "<figure></figure><!-- /wp:embed -->"
    )
    assert converted.blocks[0]["type"] == "embed"
