"""The drills' verdict on sign-ups: every confirmed one stored exactly once."""

from collections import Counter

from ops.backup_drill import signup_failures
from ops.loadtest import lost_and_doubled


def test_every_confirmed_signup_stored_once_is_neither_lost_nor_doubled():
    stored = Counter({"a@example.org": 1, "b@example.org": 1})
    assert lost_and_doubled({"a@example.org", "b@example.org"}, stored) == ([], [])


def test_a_confirmed_signup_missing_from_the_database_is_lost():
    stored = Counter({"a@example.org": 1})
    assert lost_and_doubled({"a@example.org", "b@example.org"}, stored) == (["b@example.org"], [])


def test_a_signup_stored_twice_is_doubled_even_if_the_client_never_saw_it_confirmed():
    stored = Counter({"a@example.org": 2, "c@example.org": 3})
    assert lost_and_doubled({"a@example.org"}, stored) == ([], ["a@example.org", "c@example.org"])


def test_case_of_the_confirmed_address_does_not_make_it_lost():
    # stored_signups counts lower(email); the client remembers what it typed.
    stored = Counter({"load-1-2-1@example.org": 1})
    assert lost_and_doubled({"Load-1-2-1@Example.org"}, stored) == ([], [])


def test_stored_but_unconfirmed_signups_are_not_lost():
    # A resubmit after a timeout may store a sign-up whose confirmation the client never saw.
    stored = Counter({"a@example.org": 1, "b@example.org": 1})
    assert lost_and_doubled({"a@example.org"}, stored) == ([], [])


def test_backup_drill_passes_when_all_signups_are_confirmed_and_stored_once():
    confirmed = {f"load-backup-{n}-1@example.org" for n in range(6)}
    assert signup_failures(6, confirmed, Counter(dict.fromkeys(confirmed, 1))) == []


def test_backup_drill_fails_when_fewer_signups_were_confirmed_than_made():
    confirmed = {f"load-backup-{n}-1@example.org" for n in range(4)}
    failures = signup_failures(6, confirmed, Counter(dict.fromkeys(confirmed, 1)))
    assert failures == ["4 of 6 sign-ups were confirmed"]


def test_backup_drill_fails_on_a_lost_or_doubled_signup():
    confirmed = {f"load-backup-{n}-1@example.org" for n in range(6)}
    stored = Counter(dict.fromkeys(confirmed, 1))
    del stored["load-backup-0-1@example.org"]
    stored["load-backup-1-1@example.org"] = 2
    failures = signup_failures(6, confirmed, stored)
    assert len(failures) == 2
    assert "load-backup-0-1@example.org" in failures[0]
    assert "load-backup-1-1@example.org" in failures[1]
