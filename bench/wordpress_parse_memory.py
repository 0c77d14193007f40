"""Benchmark: peak memory of reading a 100 MB WordPress export (issue 25, finding 7).

    .venv/bin/python bench/wordpress_parse_memory.py [--size-mb 100]

Writes a WXR 1.2 file of block-editor posts (bench/wordpress_import.py's) of about that size
into a temporary folder, then reads it in a fresh subprocess per way of reading and prints
each one's peak resident memory (ru_maxrss) above the process's own after Django's setup:
`read_export` (incremental, iterparse: what the import uses) and, for comparison,
defusedxml's `parse` of the whole tree (what it used before). Figures live in
docs/wordpress.md, never in tests.
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osallisuus.settings.dev")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def measure(way: str, path: str) -> None:
    """In the subprocess: read the file one way, print the peak above the baseline."""
    import django

    django.setup()
    from defusedxml.ElementTree import parse

    from wordpress.wxr import read_export

    baseline = _peak_mb()
    started = time.perf_counter()
    if way == "iterparse":
        export = read_export(path)
        count = len(export.items)
    else:
        tree = parse(path, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        count = len(tree.getroot().find("channel").findall("item"))
    seconds = time.perf_counter() - started
    print(f"{way}\t{count}\t{_peak_mb() - baseline:.0f}\t{seconds:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--measure", nargs=2, metavar=("WAY", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return

    from bench.wordpress_import import write_export

    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.xml"
        write_export(sample, posts=1000, tags_per_post=4)
        per_post = sample.stat().st_size / 1000
        path = Path(folder) / "export.xml"
        write_export(path, posts=int(args.size_mb * 1024 * 1024 / per_post), tags_per_post=4)
        size = path.stat().st_size / (1024 * 1024)
        print(f"export: {size:.0f} MB")
        print("way\titems\tpeak RSS above baseline (MB)\tseconds")
        for way in ("iterparse", "tree"):
            result = subprocess.run(
                [sys.executable, __file__, "--measure", way, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            print(result.stdout.strip())


if __name__ == "__main__":
    main()
