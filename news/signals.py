from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from .models import NewsPage


@receiver(page_published, sender=NewsPage)
def default_date_to_first_publication(sender, instance: NewsPage, **kwargs) -> None:
    if instance.date is None and instance.first_published_at:
        instance.date = timezone.localdate(instance.first_published_at)
        NewsPage.objects.filter(pk=instance.pk, date__isnull=True).update(date=instance.date)
