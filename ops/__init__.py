"""Operator scripts: run the production stack locally for load tests, fault drills and benchmarks.

Not a Django app; nothing here is imported by the site itself.
"""
