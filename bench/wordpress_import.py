"""Benchmark: import a WordPress export of 5,000 posts with 20,000 tag links.

Goal (issue 13): under 2 minutes on this machine. Usage, against a database of its own:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/osallisuus_wpbench \\
        .venv/bin/python bench/wordpress_import.py [--posts 5000] [--tags-per-post 4]

It migrates that database, makes sure there is a home page and a news archive, writes a WXR
1.2 file of block-editor posts (four paragraphs, a heading, a list; 400 distinct tags) and
times `Importer(...).run()` end to end (parse, convert, pages, revisions, keywords,
redirects, one front-cache purge), then prints posts/s. A second run imports it again (all
updates). Timings live here, never in tests.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osallisuus.settings.dev")

HEADER = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench</title><link>https://bench.invalid</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.invalid</wp:base_site_url>
"""
BODY = "\n".join(
    [
        "<!-- wp:paragraph --><p>Verkosto {n} kokoontui ja sopi <strong>jatkosta</strong>.</p>"
        "<!-- /wp:paragraph -->",
        "<!-- wp:heading --><h2>Mitä sovittiin {n}</h2><!-- /wp:heading -->",
        "<!-- wp:paragraph --><p>Osallisuus kasvaa, kun järjestöt ja kunnat tekevät yhteistyötä."
        "</p><!-- /wp:paragraph -->",
        "<!-- wp:list --><ul><li>yksi</li><li>kaksi</li></ul><!-- /wp:list -->",
        '<!-- wp:paragraph --><p>Seuraava tapaaminen on <a href="https://bench.invalid/x">'
        "verkossa</a>.</p><!-- /wp:paragraph -->",
    ]
)


def write_export(path: Path, posts: int, tags_per_post: int, distinct_tags: int = 400) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for t in range(distinct_tags):
            out.write(
                f"<wp:tag><wp:tag_slug>aihe-{t}</wp:tag_slug>"
                f"<wp:tag_name><![CDATA[Äihe {t}]]></wp:tag_name></wp:tag>\n"
            )
        for n in range(1, posts + 1):
            tags = "".join(
                f'<category domain="post_tag" nicename="aihe-{(n * 7 + k * 13) % distinct_tags}">'
                f"<![CDATA[Äihe {(n * 7 + k * 13) % distinct_tags}]]></category>"
                for k in range(tags_per_post)
            )
            day = 1 + n % 28
            out.write(
                f"<item><title>Uutinen {n}</title>"
                f"<link>https://bench.invalid/2020/01/uutinen-{n}/</link>"
                f'<guid isPermaLink="false">https://bench.invalid/?p={n}</guid>'
                f"<content:encoded><![CDATA[{BODY.format(n=n)}]]></content:encoded>"
                f"<excerpt:encoded><![CDATA[]]></excerpt:encoded>"
                f"<wp:post_id>{n}</wp:post_id>"
                f"<wp:post_date_gmt>2020-01-{day:02d} 08:00:00</wp:post_date_gmt>"
                f"<wp:post_modified_gmt>2020-01-{day:02d} 09:00:00</wp:post_modified_gmt>"
                f"<wp:post_name>uutinen-{n}</wp:post_name><wp:status>publish</wp:status>"
                f"<wp:post_type>post</wp:post_type>{tags}</item>\n"
            )
        out.write("</channel></rss>\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--tags-per-post", type=int, default=4)
    parser.add_argument("--once", action="store_true", help="skip the second (update) run")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from home.site_setup import ensure_home_page
    from news.models import NewsIndexPage
    from wordpress.importer import Importer
    from wordpress.wxr import read_export

    home = ensure_home_page()
    if not NewsIndexPage.objects.exists():
        home.add_child(instance=NewsIndexPage(title="Uutiset", slug="uutiset"))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.xml"
        write_export(path, args.posts, args.tags_per_post)
        links = args.posts * args.tags_per_post
        print(f"export: {args.posts} posts, {links} tag links, {path.stat().st_size // 1024} KiB")
        for label in ("first import", "second import (updates)")[: 1 if args.once else 2]:
            began = time.monotonic()
            export = read_export(str(path))
            parsed = time.monotonic() - began
            stages: dict[str, float] = {}
            summary = Importer(
                export, stage=lambda name, seen=stages: seen.setdefault(name, time.monotonic())
            ).run()
            took = time.monotonic() - began
            ends = [*list(stages.values())[1:], began + took]
            split = ", ".join(
                f"{name} {end - start:.1f} s"
                for (name, start), end in zip(stages.items(), ends, strict=True)
            )
            print(
                f"{label}: {took:.1f} s ({args.posts / took:.0f} posts/s; parse {parsed:.1f} s, "
                f"{split}); "
                f"created {dict(summary.created)}, updated {dict(summary.updated)}, "
                f"redirects {summary.redirects}, problems {len(summary.problems)}"
            )


if __name__ == "__main__":
    main()
