"""Illustrations for the demo news, drawn here with Pillow (so they are ours to publish): soft
shapes in the Suomi.fi colours. Each has an alt text that says what it shows and a credit."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter
from wagtail.images.models import Image

from .models import NewsPage

WIDTH, HEIGHT = 1600, 900
CREDIT = "Osallisuus-demo, piirretty ohjelmallisesti"
# Suomi.fi token colours (suomifi-design-tokens): brand, highlight, accents, success, warning.
PALETTE = [
    (0, 53, 122),
    (42, 110, 187),
    (35, 90, 154),
    (134, 73, 156),
    (26, 153, 199),
    (7, 131, 100),
    (245, 166, 35),
    (225, 106, 24),
]
# slug: (what the picture shows, the kind of shapes drawn)
ILLUSTRATIONS = {
    "ensimmainen-vuosi-hyvinvointialueilla": (
        "Piirroskuva: toisiinsa limittyviä värikkäitä ympyröitä sinisellä pohjalla, kuin "
        "verkoston jäsenet koolla.",
        "circles",
    ),
    "pirkanmaan-osallisuuskyselyn-tulokset": (
        "Piirroskuva: eri korkuisia pylväitä kuin kyselyn tulosten kaavio.",
        "bars",
    ),
    "webinaari-saamelaisasiakkaan-aani": (
        "Piirroskuva: aaltoilevia värinauhoja kuin revontulet tunturin yllä.",
        "waves",
    ),
    "jarjestopiste-sote-keskukseen": (
        "Piirroskuva: pyöreitä puhekuplia, joissa ihmiset keskustelevat.",
        "circles",
    ),
    "vanhusneuvostojen-verkostopaiva": (
        "Piirroskuva: pöydän ympärille asettuneita värikkäitä ympyröitä.",
        "circles",
    ),
    "kainuun-nuorten-mielenterveyskysely": (
        "Piirroskuva: nousevia pylväitä ja vihreä kaari kuin toiveikas kaavio.",
        "bars",
    ),
}


def _draw(slug: str, kind: str) -> bytes:
    rng = random.Random(slug)
    background = rng.choice(PALETTE[:3])
    image = PillowImage.new("RGB", (WIDTH, HEIGHT), background)
    layer = PillowImage.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    colours = [c for c in PALETTE if c != background]
    if kind == "bars":
        count = rng.randint(6, 9)
        step = WIDTH // (count + 1)
        for i in range(count):
            height = rng.randint(HEIGHT // 5, HEIGHT * 3 // 4)
            x = step // 2 + i * step
            draw.rounded_rectangle(
                (x, HEIGHT - height, x + step * 2 // 3, HEIGHT + 20),
                radius=24,
                fill=(*rng.choice(colours), 230),
            )
    elif kind == "waves":
        for band in range(5):
            colour = (*rng.choice(colours), 150)
            base = HEIGHT * (band + 1) // 7
            amplitude = rng.randint(40, 120)
            points = [
                (x, base + amplitude * ((x / WIDTH * (2 + band)) % 2 - 1) ** 2)
                for x in range(0, WIDTH + 40, 40)
            ]
            draw.polygon([*points, (WIDTH, HEIGHT), (0, HEIGHT)], fill=colour)
    else:
        for _ in range(rng.randint(9, 14)):
            r = rng.randint(60, 220)
            x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*rng.choice(colours), 190))
    layer = layer.filter(ImageFilter.GaussianBlur(2))
    image.paste(layer, (0, 0), layer)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=78, optimize=True, progressive=True)
    return out.getvalue()


def ensure_demo_images() -> int:
    """Give the illustrated demo news their header images; return how many were added."""
    added = 0
    for page in NewsPage.objects.filter(slug__in=ILLUSTRATIONS, header_image__isnull=True):
        alt, kind = ILLUSTRATIONS[page.slug]
        image = Image.objects.create(
            title=f"Kuvitus: {page.title}"[:255],
            file=ImageFile(io.BytesIO(_draw(page.slug, kind)), name=f"demo-{page.slug}.jpg"),
            description=alt,
        )
        page.header_image = image
        page.header_image_alt = alt
        page.header_image_credit = CREDIT
        page.save_revision().publish()
        added += 1
    return added
