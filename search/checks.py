from django.core.checks import Warning, register

from . import analysis


@register()
def finnish_analyser_loads(app_configs, **kwargs):
    if analysis.voikko_available():
        return []
    return [
        Warning(
            "The Finnish analyser (libvoikko + voikko-fi) could not be loaded: search falls "
            "back to Snowball's Finnish stemmer, which misses inflected forms and compound parts.",
            hint="Install the Debian packages libvoikko1 and voikko-fi (make setup does it as "
            "root), and the Python package libvoikko from requirements.txt.",
            id="search.W001",
        )
    ]
