from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# Limited rich text keeps articles consistent and accessible: no font sizes, colours or tables.
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


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, label=_("Kappale"), template="news/blocks/paragraph.html"
    )
    heading = blocks.CharBlock(
        label=_("Väliotsikko"), max_length=200, icon="title", template="news/blocks/heading.html"
    )
    image = FigureBlock()
    quote = QuoteBlock()
