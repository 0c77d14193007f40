import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wordpress.importer import Importer
from wordpress.wxr import WXRError, read_export


def progress_bar(stream):
    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            stream.write("\n")
        stream.flush()

    return show


class Command(BaseCommand):
    help = (
        "Tuo WordPressin vientitiedoston (WXR 1.1/1.2): uutiset, sivut, asiasanat, kuvat ja "
        "vanhojen osoitteiden ohjaukset. Uusi ajo päivittää (GUID), ei monista."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="WordPressin vientitiedosto (.xml)")
        parser.add_argument("--uploads", help="Paikallinen kopio kansiosta wp-content/uploads")
        parser.add_argument("--dry-run", action="store_true", help="Näytä, mitä tapahtuisi")
        parser.add_argument(
            "--default-user", help="Käyttäjätunnus, jolle kirjoittajat ilman vastinetta kuuluvat"
        )
        parser.add_argument(
            "--no-categories", action="store_true", help="Älä tuo kategorioita asiasanoiksi"
        )

    def handle(self, *args, export, uploads, dry_run, default_user, no_categories, **options):
        path = Path(export)
        if not path.is_file():
            raise CommandError(f"Tiedostoa ei löydy: {export}")
        if uploads and not Path(uploads).is_dir():
            raise CommandError(f"Kansiota ei löydy: {uploads}")
        user = None
        if default_user:
            user = get_user_model().objects.filter(username=default_user).first()
            if user is None:
                raise CommandError(f"Käyttäjää ei löydy: {default_user}")
        try:
            with path.open("rb") as handle:
                data = read_export(handle)
            summary = Importer(
                data,
                uploads=Path(uploads) if uploads else None,
                default_user=user,
                categories_as_keywords=not no_categories,
                dry_run=dry_run,
                progress=progress_bar(sys.stderr) if options["verbosity"] else None,
            ).run()
        except WXRError as error:
            raise CommandError(str(error)) from error
        if dry_run:
            self.stdout.write("Kokeiluajo: mitään ei tallennettu.")
        for line in summary.lines():
            self.stdout.write(line)
        for problem in summary.problems:
            self.stdout.write(f"  - {problem}")
        if summary.conflicts:
            self.stdout.write(_("Ristiriidat (Wagtailissa tehty muutos pysyy)") + ":")
        for conflict in summary.conflicts:
            self.stdout.write(f"  - {conflict}")
