"""The store: every byte dondoc keeps, behind one interface.

`Store` is what the rest of the code sees: a few repositories grouped by concern. Only
`bot.store` knows it is SQLite; a PostgreSQL store would provide the same repositories.
"""

from __future__ import annotations

from pathlib import Path

from bot.store.audit import AuditRepo
from bot.store.db import Database
from bot.store.inbox import InboxItem, InboxRepo
from bot.store.outbox import OutboxRepo
from bot.store.people import PeopleRepo
from bot.store.pledges import ImportSummary, PledgeRepo
from bot.store.progress import IncomingRecord, NewUpdate, PendingChoice, ProgressRepo, StoredMessage
from bot.store.reports import ReportsRepo


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.pledges = PledgeRepo(db)
        self.people = PeopleRepo(db)
        self.progress = ProgressRepo(db)
        self.outbox = OutboxRepo(db)
        self.audit = AuditRepo(db)
        self.reports = ReportsRepo(db)  # bulk reads for leader reports
        self.inbox = InboxRepo(db)  # raw channel updates, kept before they are confirmed

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        return cls(await Database.open(path))

    async def close(self) -> None:
        await self.db.close()

    async def backup(self, target: Path) -> None:
        await self.db.backup_to(target)


__all__ = ["ImportSummary", "InboxItem", "IncomingRecord", "NewUpdate", "PendingChoice", "Store", "StoredMessage"]
