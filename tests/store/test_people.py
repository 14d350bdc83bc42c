"""PeopleRepo: invite codes (hashed, single use, expiring) and chat identities."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.clock import FixedClock
from bot.invites import hash_code, new_code
from bot.store import Store


async def test_invite_is_single_use_and_binds_the_account(sample_store: Store, clock: FixedClock) -> None:
    code = new_code()
    now = clock.now()
    await sample_store.people.create_invite(
        "tanphu", hash_code(code), "admin", now, now + timedelta(hours=72)
    )
    assert await sample_store.people.official_id_for("telegram", "111") is None
    assert (
        await sample_store.people.redeem_invite(
            hash_code(code.lower()), "telegram", "111", "111", now + timedelta(hours=1)
        )
        == "tanphu"
    )
    assert await sample_store.people.official_id_for("telegram", "111") == "tanphu"
    # a second use, even by the same person, finds nothing
    assert (
        await sample_store.people.redeem_invite(
            hash_code(code), "telegram", "222", "222", now + timedelta(hours=2)
        )
        is None
    )
    assert await sample_store.people.official_id_for("telegram", "222") is None


async def test_invite_expires(sample_store: Store, clock: FixedClock) -> None:
    code = new_code()
    now = clock.now()
    await sample_store.people.create_invite("tanphu", hash_code(code), None, now, now + timedelta(hours=72))
    assert (
        await sample_store.people.redeem_invite(
            hash_code(code), "telegram", "111", "111", now + timedelta(hours=72)
        )
        is None
    )


async def test_invite_for_an_unknown_official_is_refused_by_the_schema(
    sample_store: Store, clock: FixedClock
) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        await sample_store.people.create_invite(
            "khong-co", hash_code(new_code()), None, clock.now(), clock.now() + timedelta(hours=1)
        )


async def test_rebinding_replaces_the_old_phone(sample_store: Store, clock: FixedClock) -> None:
    now = clock.now()
    await sample_store.people.bind("telegram", "old-phone", "old-phone", "tanphu", now)
    code = new_code()
    await sample_store.people.create_invite("tanphu", hash_code(code), "admin", now, now + timedelta(hours=1))
    assert (
        await sample_store.people.redeem_invite(
            hash_code(code), "telegram", "new-phone", "new-phone", now + timedelta(minutes=5)
        )
        == "tanphu"
    )
    assert await sample_store.people.official_id_for("telegram", "old-phone") is None
    assert [i.external_id for i in await sample_store.people.identities_of("tanphu")] == ["new-phone"]
    assert await sample_store.people.unbind_official("tanphu", now, "admin") == 1
    assert await sample_store.people.all_identities() == []


async def test_invite_failures_are_counted_per_sender(sample_store: Store, clock: FixedClock) -> None:
    now = clock.now()
    for minutes in (1, 2, 3):
        await sample_store.people.record_invite_failure("telegram", "999", now + timedelta(minutes=minutes))
    await sample_store.people.record_invite_failure("telegram", "888", now)
    assert await sample_store.people.invite_failures_since("telegram", "999", now) == 3
    assert await sample_store.people.invite_failures_since("telegram", "999", now + timedelta(minutes=2)) == 1
