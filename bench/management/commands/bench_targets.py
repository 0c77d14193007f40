import json

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from bench.search import search_targets
from bench.targets import find_targets
from news.frontcache import NEWS
from sitewide.fragments import generation_key
from sitewide.frontcache import request_scope, site_key


def counted(targets: list[dict], host: str, cold: bool = False) -> list[dict]:
    """`targets`, each with the SQL queries one anonymous request on `host` makes (the second
    one: the first fills per-process caches as a warm worker has them; `cold`: the app's
    caches cleared before it) and the Redis counters a news publish on that site increments."""
    client = Client(HTTP_HOST=host)
    for target in targets:
        client.get(target["url"])
        client.cookies.clear()
        if cold:
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(target["url"])
        client.cookies.clear()
        target["status"] = response.status_code
        target["queries"] = len(queries.captured_queries)
        target["sql"] = [query["sql"][:300] for query in queries.captured_queries]
        # As another item's publish does to the app's caches (sitewide.fragments.forget).
        news = site_key(NEWS, request_scope(response.wsgi_request))  # the target's site's
        target["news_publish_counters"] = [cache.make_and_validate_key(generation_key(news))]
    return targets


class Command(BaseCommand):
    help = (
        "Print the benchmark's target URLs as JSON, each with the SQL queries one anonymous "
        "request makes (counted in-process with the current settings and database) and the "
        "Redis counters a news publish increments. --all-sites: for every site of the install, "
        "[{hostname, targets}], each site's targets requested on its own host."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--all-sites", action="store_true")
        parser.add_argument(
            "--cold", action="store_true", help="count queries with the app's caches cleared"
        )

    def handle(self, *args, host: str, all_sites: bool, cold: bool, **options):
        try:
            if all_sites:
                result = [
                    {
                        "hostname": site.hostname,
                        "targets": counted(find_targets(site), site.hostname, cold),
                    }
                    for site in Site.objects.order_by("hostname", "port")
                ]
            else:
                result = counted(find_targets() + search_targets(), host, cold)
        except LookupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(json.dumps(result, ensure_ascii=False))
