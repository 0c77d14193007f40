import factory
from django.utils import timezone

from subscriptions.models import Frequency, Subscription


class SubscriptionFactory(factory.django.DjangoModelFactory):
    """A confirmed subscription; pass keywords=[...], networks=[...] to follow them."""

    class Meta:
        model = Subscription
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"seuraaja{n}@example.invalid")
    language = "fi"
    frequency = Frequency.IMMEDIATE
    confirmed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def keywords(self, create, keywords, **kwargs):
        if keywords:
            self.keywords.set(keywords)

    @factory.post_generation
    def networks(self, create, networks, **kwargs):
        if networks:
            self.networks.set(networks)
