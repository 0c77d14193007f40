from django.core.management.base import BaseCommand, CommandError

from keywords import governance
from keywords.models import Keyword


def _find(name: str) -> Keyword:
    keyword = Keyword.objects.filter(name__iexact=name).first()
    keyword = keyword or Keyword.objects.filter(slug=name).first()
    if keyword is None:
        raise CommandError(f"Asiasanaa ”{name}” ei löydy.")
    return keyword


class Command(BaseCommand):
    help = "Yhdistää asiasanat kohdeasiasanaan (nimi tai tunniste): merge_keywords A B --into C"

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+")
        parser.add_argument("--into", required=True, dest="target")

    def handle(self, *args, sources, target, **options):
        target_keyword = _find(target)
        source_keywords = [_find(name) for name in sources]
        moved = governance.merge_keywords(source_keywords, target_keyword)
        names = ", ".join(keyword.name for keyword in source_keywords)
        self.stdout.write(f"{names} -> {target_keyword.name}: {moved} merkintää siirretty.")
