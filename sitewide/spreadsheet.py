"""Admin list exports that are safe to open in a spreadsheet program."""

from wagtail.snippets.views.snippets import IndexView

# A cell starting with one of these is read as a formula by Excel and LibreOffice (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class FormulaSafeIndexView(IndexView):
    """Snippet listing whose CSV export cannot smuggle formulas from visitors' input.

    XLSX exports are already written as plain strings by Wagtail; CSV has no cell types.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value
