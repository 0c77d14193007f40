"""Deleting a contact card leaves no copy of its email or phone anywhere in the database."""

import pytest
from django.db import connection

from news.models import NewsPageContact
from tests.factories import ContactCardFactory, NewsPageFactory

pytestmark = pytest.mark.django_db(transaction=False)

EMAIL = "poistettava.henkilo@poisto.example"
PHONE = "+358500009876"


def tables_containing(*needles: str) -> set[str]:
    found = set()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            description = connection.introspection.get_table_description(cursor, table)
            quoted = connection.ops.quote_name(table)
            for column in description:
                name = connection.ops.quote_name(column.name)
                for needle in needles:
                    cursor.execute(
                        f"SELECT 1 FROM {quoted} WHERE CAST({name} AS TEXT) LIKE %s LIMIT 1",
                        [f"%{needle}%"],
                    )
                    if cursor.fetchone():
                        found.add(f"{table}.{column.name}")
    return found


def test_deleting_a_card_removes_email_and_phone_from_every_table(news_index):
    card = ContactCardFactory(email=EMAIL, phone=PHONE)
    card.job_title = "Uusi nimike"
    card.save_revision().publish()
    page = NewsPageFactory(parent=news_index)
    NewsPageContact.objects.create(page=page, card=card, sort_order=0)
    page.save_revision().publish()
    assert tables_containing(EMAIL, PHONE), "the search must find the data before deletion"

    card.delete()

    assert tables_containing(EMAIL, PHONE) == set()
