"""Admin list exports that open right in a Finnish spreadsheet program, and safely."""

import csv
import datetime

from django.db.models import Field
from django.utils import dateformat, timezone
from wagtail.admin.views.mixins import Echo
from wagtail.snippets.views.snippets import IndexView

from .dates import FINNISH_DATE, finnish_date

# A cell starting with one of these is read as a formula by Excel and LibreOffice (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Finnish Excel reads a CSV file as UTF-8 only after a byte order mark, and splits on semicolons
# (the comma is the decimal separator in Finnish).
CSV_BOM = "\ufeff"
CSV_DELIMITER = ";"


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def helsinki_naive(value: datetime.datetime) -> datetime.datetime:
    """The wall-clock time in Helsinki; spreadsheet cells carry no time zone."""
    if timezone.is_naive(value):
        return value
    return timezone.make_naive(value, timezone.get_default_timezone())


def finnish_datetime(value: datetime.datetime) -> str:
    """`30.11.2026 9.05` in Helsinki time."""
    return dateformat.format(helsinki_naive(value), f"{FINNISH_DATE} G.i")


class FormulaSafeIndexView(IndexView):
    """Snippet listing whose exports suit Finnish spreadsheets and cannot smuggle formulas.

    CSV: UTF-8 with a byte order mark, semicolons, dates and times as Finnish text in Helsinki
    time. XLSX: real date cells in Helsinki time (Wagtail writes UTC). Both: choice fields
    (a status) by their label rather than the stored code. XLSX cells are already written as
    plain strings by Wagtail; CSV has no cell types, so formula-like text gets a quote.
    """

    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime.datetime: {
            IndexView.FORMAT_XLSX: helsinki_naive,
            IndexView.FORMAT_CSV: finnish_datetime,
        },
        datetime.date: {IndexView.FORMAT_XLSX: None, IndexView.FORMAT_CSV: finnish_date},
    }

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in row:
            model_field = self._choice_field(field)
            if model_field is not None:
                row[field] = getattr(item, f"get_{model_field.name}_display")()
        return row

    def _choice_field(self, name: str) -> Field | None:
        try:
            field = self.model._meta.get_field(name)
        except Exception:  # noqa: BLE001 - a method or dotted path, not a model field
            return None
        return field if getattr(field, "choices", None) else None

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=CSV_DELIMITER)
        yield CSV_BOM.encode() + writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
