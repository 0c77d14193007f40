"""The work the worker does (django-tasks, on the database backend `subscriptions`).

Run it with `manage.py db_worker --backend subscriptions --queue-name subscriptions`;
publishing only enqueues.
"""

import datetime

from django_tasks import task

from . import delivery

BACKEND = "subscriptions"
QUEUE = "subscriptions"


@task(backend=BACKEND, queue_name=QUEUE)
def send_item(page_id: int) -> int:
    return delivery.send_item(page_id)


@task(backend=BACKEND, queue_name=QUEUE)
def send_digest(week: str) -> int:
    return delivery.send_digest(datetime.date.fromisoformat(week))
