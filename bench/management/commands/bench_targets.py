import json

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.search import search_targets
from bench.targets import find_targets
from news.frontcache import NEWS
from sitewide.fragments import generation_key
from sitewide.frontcache import request_scope, site_key


class Command(BaseCommand):
    help = (
        "Print the benchmark's target URLs as JSON, each with the SQL queries one anonymous "
        "request makes (counted in-process with the current settings and database) and the "
        "Redis counters a news publish increments."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, host: str, **options):
        try:
            targets = find_targets() + search_targets()
        except LookupError as error:
            raise CommandError(str(error)) from error
        client = Client(HTTP_HOST=host)
        for target in targets:
            # The first request fills per-process caches (site root, templates) as a warm
            # gunicorn worker already has them; the second one is what the benchmark measures.
            client.get(target["url"])
            client.cookies.clear()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(target["url"])
            client.cookies.clear()
            target["status"] = response.status_code
            target["queries"] = len(queries.captured_queries)
            target["sql"] = [query["sql"][:300] for query in queries.captured_queries]
            # As another item's publish does to the app's caches (sitewide.fragments.forget).
            news = site_key(NEWS, request_scope(response.wsgi_request))  # the target's site's
            target["news_publish_counters"] = [cache.make_and_validate_key(generation_key(news))]
        self.stdout.write(json.dumps(targets, ensure_ascii=False))
