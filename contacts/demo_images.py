"""Illustrated avatars for the demo contact cards, drawn here with Pillow: a stylised figure in
the Suomi.fi colours, never a photo of a real person. The alt text says so, because a visitor
who cannot see the picture should not think it shows the (fictional) person.

Some demo cards stay without a picture, so the directory shows both kinds of card.
"""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image

from .models import ContactCard

SIZE = 480
# Suomi.fi token colours (suomifi-design-tokens): backgrounds light, figures dark enough.
BACKGROUNDS = [(234, 242, 250), (241, 249, 246), (255, 246, 229), (245, 238, 248), (232, 247, 252)]
FIGURES = [(0, 53, 122), (42, 110, 187), (7, 131, 100), (134, 73, 156), (225, 106, 24)]
ILLUSTRATED = [
    "Aino Koskela",
    "Marjut Hiltunen",
    "Eero Palojärvi",
    "Sanni Uusitalo",
    "Liisa Kaarlehto",
    "Ánne Vuomajärvi",
    "Hanna Törmänen",
    "Riikka Vaara",
    "Tuomas Ylikorpi",
    "Outi Hakoniemi",
]
ALT = "Piirroskuva: tyylitelty henkilöhahmo (kuvitus, ei valokuva)"


def draw_avatar(seed: str) -> bytes:
    """A head and shoulders in one colour on a light background (JPEG)."""
    rng = random.Random(seed)
    image = PillowImage.new("RGB", (SIZE, SIZE), rng.choice(BACKGROUNDS))
    draw = ImageDraw.Draw(image)
    figure = rng.choice(FIGURES)
    centre = SIZE // 2
    head = rng.randint(SIZE * 15 // 100, SIZE * 19 // 100)
    head_y = SIZE * 38 // 100
    draw.ellipse((centre - head, head_y - head, centre + head, head_y + head), fill=figure)
    shoulders = rng.randint(SIZE * 34 // 100, SIZE * 40 // 100)
    top = head_y + head + SIZE // 20
    draw.ellipse((centre - shoulders, top, centre + shoulders, top + SIZE * 7 // 10), fill=figure)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, optimize=True)
    return out.getvalue()


def ensure_demo_avatars() -> int:
    """Give the illustrated demo cards their avatar; return how many were added."""
    added = 0
    for card in ContactCard.objects.filter(name__in=ILLUSTRATED, photo__isnull=True):
        image = Image.objects.create(
            title=f"Kuvitus: {card.name}"[:255],
            file=ImageFile(io.BytesIO(draw_avatar(card.name)), name=f"demo-avatar-{card.pk}.jpg"),
            description=ALT,
        )
        card.photo = image
        card.photo_alt = ALT
        card.save_revision().publish()
        added += 1
    return added
