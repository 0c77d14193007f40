"""Following keywords, networks or all news by email: subscriptions, consent, deliveries."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from keywords.models import Keyword
from network.models import NetworkPage

# The version of the consent text the follow form shows; a new wording gets a new version, so
# each consent record says which text the person agreed to (GDPR Art. 7(1)).
CONSENT_VERSION = "2026-12-1"


def new_key() -> str:
    return secrets.token_urlsafe(24)


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("Heti")
    WEEKLY = "weekly", _("Viikoittain koosteena")


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        """Confirmed, not withdrawn, and not to an address that bounced or complained."""
        return self.filter(confirmed_at__isnull=False, withdrawn_at__isnull=True).exclude(
            email__in=Suppression.objects.values("email")
        )

    def following_item(self, keyword_ids, network_id: int | None):
        """Those following all news, one of `keyword_ids`, or the network `network_id`."""
        match = Q(all_news=True) | Q(keywords__in=list(keyword_ids))
        if network_id:
            match |= Q(networks=network_id)
        return self.filter(pk__in=Subscription.objects.filter(match).values("pk"))


class Subscription(models.Model):
    """What one address follows in one language at one frequency."""

    email = models.EmailField(_("sähköposti"), max_length=254)
    language = models.CharField(_("kieli"), max_length=8, choices=settings.LANGUAGES)
    frequency = models.CharField(_("tiheys"), max_length=12, choices=Frequency.choices)
    all_news = models.BooleanField(_("kaikki uutiset"), default=False)
    keywords = models.ManyToManyField(
        Keyword, verbose_name=_("asiasanat"), blank=True, related_name="subscriptions"
    )
    networks = models.ManyToManyField(
        NetworkPage, verbose_name=_("verkostot"), blank=True, related_name="subscriptions"
    )
    # Secret part of the links in emails: erasing or re-keying the subscription voids them.
    key = models.CharField(max_length=64, default=new_key, editable=False)
    created_at = models.DateTimeField(_("luotu"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("vahvistettu"), null=True, blank=True, db_index=True)
    withdrawn_at = models.DateTimeField(_("peruttu"), null=True, blank=True, db_index=True)
    # What the next email must tell once: follows that ended because their keyword or network
    # was deleted, or moved because their keyword was merged (names, in the words of the time).
    pending_notices = models.JSONField(default=list, blank=True, editable=False)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("seuranta")
        verbose_name_plural = _("seurannat")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "language", "frequency"], name="unique_subscription_per_address"
            )
        ]
        permissions = [("view_subscriber_addresses", _("Näkee seuraajien osoitteet"))]

    def __str__(self) -> str:
        return f"{self.email} ({self.get_frequency_display()}, {self.language})"

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.withdrawn_at is None

    def follows_anything(self) -> bool:
        return self.all_news or self.keywords.exists() or self.networks.exists()


class ConsentRecord(models.Model):
    """One consent given in the follow form (GDPR Art. 7): when, where, which text, and what
    became of it."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="consents"
    )
    given_at = models.DateTimeField(_("annettu"), default=timezone.now)
    source_url = models.CharField(_("sivu"), max_length=500, blank=True)
    consent_version = models.CharField(_("suostumustekstin versio"), max_length=32)
    confirmed_at = models.DateTimeField(_("vahvistettu"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("peruttu"), null=True, blank=True)

    class Meta:
        verbose_name = _("suostumus")
        verbose_name_plural = _("suostumukset")
        ordering = ["-given_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.consent_version} {self.given_at:%Y-%m-%d %H:%M}"


class Suppression(models.Model):
    """An address never mailed again (hard bounce, spam complaint) until it subscribes anew."""

    class Reason(models.TextChoices):
        BOUNCED = "bounced", _("Palautui")
        COMPLAINED = "complained", _("Roskapostivalitus")
        REJECTED = "rejected", _("Hylätty")

    email = models.EmailField(_("sähköposti"), max_length=254, unique=True)
    reason = models.CharField(_("syy"), max_length=16, choices=Reason.choices)
    created_at = models.DateTimeField(_("luotu"), default=timezone.now)

    class Meta:
        verbose_name = _("estetty osoite")
        verbose_name_plural = _("estetyt osoitteet")

    def __str__(self) -> str:
        return self.email


class ItemNotice(models.Model):
    """A news item's first publication: what the followers are to be told of (one per page)."""

    page_id = models.PositiveBigIntegerField(unique=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # The editor's "do not notify" choice on the publish screen.
    notify = models.BooleanField(default=True)
    # When every "at once" follower had it; None: still to do (the tick retries it).
    immediate_done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("uutisilmoitus")
        verbose_name_plural = _("uutisilmoitukset")

    def __str__(self) -> str:
        return f"page {self.page_id}"


class QuietPublish(models.Model):
    """An editor chose "publish without notifying" for this page (before its first publish)."""

    page_id = models.PositiveBigIntegerField(unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"page {self.page_id}"


class Delivery(models.Model):
    """One item to one address: written before the mail is sent, marked after. The unique
    constraint is what keeps crashes, retries and parallel workers from sending it twice."""

    class State(models.TextChoices):
        SENDING = "sending", _("Lähetetään")
        SENT = "sent", _("Lähetetty")

    email = models.EmailField(max_length=254)
    page_id = models.PositiveBigIntegerField(db_index=True)
    state = models.CharField(max_length=8, choices=State.choices, default=State.SENDING)
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["email", "page_id"], name="unique_delivery_per_item")
        ]
        indexes = [models.Index(fields=["state", "claimed_at"])]

    def __str__(self) -> str:
        return f"{self.email}: page {self.page_id} ({self.state})"


class Digest(models.Model):
    """One weekly digest run (its Monday in Helsinki); done when everyone had theirs."""

    week = models.DateField(unique=True)
    started_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.week.isoformat()
