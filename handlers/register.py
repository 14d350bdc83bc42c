"""Who may talk to the bot: /start CODE redeems a one-time invite; strangers get one short answer;
an admin re-binds a lost phone by issuing a fresh invite (/gancb)."""

from __future__ import annotations

from datetime import timedelta

from bot.invites import deep_link, hash_code, looks_like_code, new_code
from bot.models import Official, Role
from handlers import texts
from handlers.context import Services
from handlers.types import Incoming, Reply
from handlers.view import example_report, title_name

# a stranger who keeps writing gets the explanation again only after this long
STRANGER_QUIET = timedelta(hours=12)


async def welcome(services: Services, me: Official) -> Reply:
    tasks = await services.store.pledges.tasks_of(me.id)
    examples = "\n".join(f"  «{example_report(t)}»" for t in tasks[:2]) or "  «#1: đạt 60»"
    return Reply(texts.WELCOME.format(title_name=title_name(me), count=len(tasks), examples=examples))


async def cmd_start(services: Services, incoming: Incoming, me: Official | None, args: str) -> list[Reply]:
    """/start [CODE]: redeem an invite (also re-binds a registered account), or greet."""
    code = args.strip()
    if code:
        official_id = None
        if looks_like_code(code):
            official_id = await services.store.people.redeem_invite(
                hash_code(code), incoming.channel, incoming.sender_id, incoming.chat_id, services.clock.now()
            )
        if official_id is None:
            await services.store.people.record_invite_failure(
                incoming.channel, incoming.sender_id, services.clock.now()
            )
            return [Reply(texts.INVITE_INVALID)]
        official = await services.store.pledges.official(official_id)
        if official is None:
            return [Reply(texts.INVITE_INVALID)]
        return [await welcome(services, official)]
    if me is None:
        return [Reply(texts.UNKNOWN_SENDER)]
    return [Reply(texts.WELCOME_BACK.format(title_name=title_name(me)))]


async def stranger(services: Services, incoming: Incoming) -> list[Reply]:
    """Anyone not bound: a bare invite code redeems; anything else gets one short explanation, then
    silence for a while, so a stranger cannot make the bot chatter."""
    if looks_like_code(incoming.text):
        return await cmd_start(services, incoming, None, incoming.text)
    since = services.clock.now() - STRANGER_QUIET
    earlier = await services.store.progress.messages_from_sender_since(
        incoming.channel, incoming.chat_id, incoming.sender_id, since
    )
    # the current message is already stored: it counts as one
    if earlier > 1:
        return []
    return [Reply(texts.UNKNOWN_SENDER)]


async def cmd_rebind(services: Services, incoming: Incoming, me: Official, args: str) -> list[Reply]:
    """/gancb <mã cán bộ> (admins): a fresh one-time invite; redeeming it replaces the old binding."""
    if me.role is not Role.ADMIN:
        return [Reply(texts.ADMINS_ONLY)]
    official_id = args.strip()
    if not official_id:
        return [Reply(texts.REBIND_USAGE)]
    official = await services.store.pledges.official(official_id)
    if official is None:
        return [Reply(texts.REBIND_UNKNOWN.format(official_id=official_id[:40]))]
    code = new_code()
    now = services.clock.now()
    hours = services.settings.invites.ttl_hours
    await services.store.people.create_invite(
        official.id, hash_code(code), me.id, now, now + timedelta(hours=hours)
    )
    link = deep_link(services.settings.telegram.bot_username, code)
    return [
        Reply(
            texts.REBIND_DONE.format(
                name=official.name, official_id=official.id, hours=hours, code=code, link=link
            )
        )
    ]
