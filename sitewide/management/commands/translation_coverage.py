"""How much of the interface text each language's catalogue translates (docs/translations.md)."""

from pathlib import Path

from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand


def coverage(po_path: Path) -> tuple[int, int, int]:
    """(translated, fuzzy, total) messages of one .po file; the header does not count."""
    with po_path.open("rb") as file:
        catalog = read_po(file)
    messages = [message for message in catalog if message.id]
    translated = sum(
        1
        for message in messages
        if not message.fuzzy
        and (all(message.string) if isinstance(message.string, tuple) else message.string)
    )
    fuzzy = sum(1 for message in messages if message.fuzzy)
    return translated, fuzzy, len(messages)


class Command(BaseCommand):
    help = "Print the share of interface strings each language's catalogue translates."

    def handle(self, *args, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        reviewed = set(settings.INTERFACE_REVIEWED_LANGUAGES)
        for code, name in settings.LANGUAGES:
            if code == settings.LANGUAGE_CODE:
                self.stdout.write(f"{code:4} {name}: source language (the strings are Finnish)")
                continue
            po_path = locale_dir / code / "LC_MESSAGES" / "django.po"
            if not po_path.exists():
                self.stdout.write(f"{code:4} {name}: no catalogue (Finnish shown)")
                continue
            translated, fuzzy, total = coverage(po_path)
            share = 100 * translated / total if total else 0
            status = "reviewed" if code in reviewed else "not reviewed: Finnish marked lang=fi"
            self.stdout.write(
                f"{code:4} {name}: {translated}/{total} translated ({share:.0f} %), "
                f"{fuzzy} fuzzy; {status}"
            )
