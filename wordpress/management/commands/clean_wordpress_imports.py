from django.core.management.base import BaseCommand

from wordpress import jobs


class Command(BaseCommand):
    help = (
        "Poistaa hylättyjen WordPress-esikatselujen tiedostot (tunnin jälkeen) ja vanhentuneet "
        "tilatiedostot kansiosta WORDPRESS_IMPORT_TMP. Sopii ajastettavaksi."
    )

    def handle(self, *args, **options):
        removed = jobs.remove_stale()
        if options["verbosity"]:
            self.stdout.write(f"Poistettu: {removed}")
