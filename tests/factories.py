"""Factories for the site's content; pages are created under a parent and published."""

import datetime
import itertools

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site

from contacts.models import ContactCard, Organisation, Region
from keywords.models import Keyword
from news.models import NewsIndexPage, NewsPage
from sitewide.permissions import EDITORS_GROUP, MODERATORS_GROUP

WAGTAIL_DEFAULT_GROUPS = {"Editors": EDITORS_GROUP, "Moderators": MODERATORS_GROUP}

_dates = itertools.count()


class KeywordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Keyword
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"asiasana {n}")


class PageFactory(factory.Factory):
    """Adds the page under `parent` and publishes it unless `live=False`."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, parent, live=True, keywords=(), **kwargs):
        page = model_class(**kwargs)
        parent.add_child(instance=page)
        if keywords:
            page.keywords.set(list(keywords))
        revision = page.save_revision()
        if live:
            revision.publish()
        else:
            page.unpublish()
        page.refresh_from_db()
        return page


class NewsIndexPageFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Uutiset"
    slug = "uutiset"


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Uutinen {n}")
    slug = factory.Sequence(lambda n: f"uutinen-{n}")
    date = factory.LazyFunction(
        lambda: datetime.date(2022, 1, 1) + datetime.timedelta(next(_dates))
    )
    lead = "Verkosto kokoontui ja sopi jatkosta."
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Osallisuusverkosto kokoontui etänä.</p>"}]
    )


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"kayttaja{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.invalid")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "salasana-testi-123")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        """Group names; Wagtail's English defaults ("Editors") mean their Finnish renames."""
        for name in names or ():
            self.groups.add(Group.objects.get(name=WAGTAIL_DEFAULT_GROUPS.get(name, name)))
        if create:
            self.save()


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Seutu {n}")
    slug = factory.Sequence(lambda n: f"seutu-{n}")
    area = "Lappi"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Järjestö {n} ry")
    type = Organisation.Type.NGO
    region = factory.SubFactory(RegionFactory)


class ContactCardFactory(factory.django.DjangoModelFactory):
    """A published card unless `live=False`; `keywords` is a list of names."""

    class Meta:
        model = ContactCard
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Asiantuntija Numero{n}")
    job_title = "Osallisuuskoordinaattori"
    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.Sequence(lambda n: f"asiantuntija.numero{n}@demo.example")
    phone = "+358500001001"
    expertise = "Asukasosallisuus ja järjestöyhteistyö."

    @classmethod
    def _create(cls, model_class, *args, live=True, keywords=(), sites=None, **kwargs):
        card = model_class(*args, **kwargs)
        card.live = False
        card.save()
        if keywords:
            card.keywords.set(list(keywords))
        # On the default site unless told otherwise, as an editor's new card is.
        card.sites.set(Site.objects.filter(is_default_site=True) if sites is None else sites)
        card.save()
        revision = card.save_revision()
        if live:
            revision.publish()
        card.refresh_from_db()
        return card
