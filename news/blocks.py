from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .embeds import PROVIDERS, player_url

# Limited rich text keeps articles consistent and accessible: no font sizes or colours;
# headings and tables are blocks of their own.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Kuva"))
    alt_text = blocks.CharBlock(
        label=_("Vaihtoehtoinen teksti"),
        max_length=250,
        help_text=_("Kerro lyhyesti, mitä kuvassa näkyy, ruudunlukijan käyttäjälle."),
    )
    caption = blocks.CharBlock(label=_("Kuvateksti"), max_length=300)

    class Meta:
        icon = "image"
        label = _("Kuva")
        template = "news/blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Lainaus"))
    attribution = blocks.CharBlock(label=_("Lähde"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Lainaus")
        template = "news/blocks/quote.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tiedosto"))
    title = blocks.CharBlock(
        label=_("Linkin teksti"),
        required=False,
        max_length=200,
        help_text=_("Jätä tyhjäksi, niin tekstinä on tiedoston nimi."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Liitetiedosto")
        template = "news/blocks/attachment.html"


class AllowedVideoURLBlock(blocks.URLBlock):
    """A video page address from an allowed provider (news.embeds); nothing else embeds."""

    def clean(self, value):
        value = super().clean(value)
        if value and player_url(value) is None:
            names = ", ".join(provider.name for provider in PROVIDERS)
            raise ValidationError(
                _("Upottaa voi vain näiden palvelujen videoita: %(names)s.") % {"names": names}
            )
        return value


class EmbedStructValue(blocks.StructValue):
    def player_url(self) -> str | None:
        return player_url(self.get("url") or "")


class VideoEmbedBlock(blocks.StructBlock):
    url = AllowedVideoURLBlock(
        label=_("Videon osoite"),
        help_text=_("YouTube- tai Vimeo-videon osoite selaimen osoiteriviltä."),
    )
    title = blocks.CharBlock(
        label=_("Videon nimi"),
        max_length=200,
        help_text=_("Ruudunlukija kertoo nimen ennen videota."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "news/blocks/embed.html"
        value_class = EmbedStructValue


TABLE_OPTIONS = {
    "minSpareRows": 0,
    "startRows": 3,
    "startCols": 3,
    "colHeaders": False,
    "rowHeaders": False,
    "contextMenu": ["row_above", "row_below", "col_left", "col_right", "remove_row", "remove_col"],
    "editor": "text",
    "stretchH": "all",
    "renderer": "text",
    "autoColumnSize": False,
}


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, label=_("Kappale"), template="news/blocks/paragraph.html"
    )
    heading = blocks.CharBlock(
        label=_("Väliotsikko"), max_length=200, icon="title", template="news/blocks/heading.html"
    )
    subheading = blocks.CharBlock(
        label=_("Alaotsikko"),
        max_length=200,
        icon="h3",
        template="news/blocks/subheading.html",
        help_text=_("Toisen tason väliotsikko väliotsikon alle."),
    )
    image = FigureBlock()
    quote = QuoteBlock()
    table = TableBlock(
        label=_("Taulukko"), table_options=TABLE_OPTIONS, template="news/blocks/table.html"
    )
    attachment = AttachmentBlock()
    embed = VideoEmbedBlock()
