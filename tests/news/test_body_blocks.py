"""Body blocks editors expect: h3, table, file attachment, and video embeds from an allow-list."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from news.blocks import ArticleBodyBlock
from news.embeds import player_origins, player_url
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

TABLE = {
    "data": [["Kunta", "Jäseniä"], ["Inari", "12"], ["<b>Sodankylä</b>", "8"]],
    "first_row_is_table_header": True,
    "first_col_is_header": False,
    "table_caption": "Jäsenet kunnittain",
}


def test_subheading_table_attachment_and_video_render_accessibly(client, news_index):
    document = Document.objects.create(
        title="Toimintasuunnitelma 2027", file=ContentFile(b"%PDF-1.4 demo", name="suunnitelma.pdf")
    )
    page = NewsPageFactory(
        parent=news_index,
        body=[
            {"type": "heading", "value": "Tulokset"},
            {"type": "subheading", "value": "Lappi"},
            {"type": "table", "value": TABLE},
            {"type": "attachment", "value": {"document": document.pk, "title": ""}},
            {
                "type": "embed",
                "value": {
                    "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                    "title": "Verkoston esittely",
                },
            },
        ],
    )
    response = client.get(page.url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h3", string="Lappi")
    table = soup.find("table")
    assert table.caption.get_text(strip=True) == "Jäsenet kunnittain"
    assert [th.get_text(strip=True) for th in table.select("thead th[scope=col]")] == [
        "Kunta",
        "Jäseniä",
    ]
    # Cell text is text: markup typed into a cell is shown, never run.
    assert "&lt;b&gt;Sodankylä&lt;/b&gt;" in response.content.decode()
    link = soup.find("a", download=True)
    assert link.get_text() == "Toimintasuunnitelma 2027"
    assert "PDF" in link.find_next("span").get_text()
    iframe = soup.find("iframe")
    assert iframe["src"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert iframe["title"] == "Verkoston esittely"


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "javascript:alert(1)",
        "https://vimeo.com/channels/staffpicks",
    ],
)
def test_embed_from_a_provider_outside_the_allow_list_is_refused(url):
    block = ArticleBodyBlock()
    value = block.to_python([{"type": "embed", "value": {"url": url, "title": "Video"}}])
    with pytest.raises(ValidationError):
        block.clean(value)


def test_allowed_providers_give_player_urls():
    assert player_url("https://youtu.be/dQw4w9WgXcQ") == (
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    )
    assert player_url("https://vimeo.com/76979871") == "https://player.vimeo.com/video/76979871"


def test_content_security_policy_frames_exactly_the_allowed_players():
    frame_src = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]
    assert sorted(frame_src) == sorted(player_origins())
