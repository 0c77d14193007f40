# The bulk-grown site of the query-count tests (`site.grow(count, kinds)`).
from tests.sitewide.test_query_counts import site  # noqa: F401
