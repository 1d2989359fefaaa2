"""Delivering the outbox over SMTP: claimed in batches (so replicas never send the same message
at once), retried with exponential backoff, failed for good after MAX_ATTEMPTS."""

from __future__ import annotations

import hashlib
import logging
import uuid
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Protocol
from urllib.parse import unquote, urlsplit

import aiosmtplib
from sqlalchemy import or_, select, update

from tandem.db.engine import Database
from tandem.mail.models import OutboxMessage

log = logging.getLogger("tandem.mail")

BATCH = 20
CLAIM_FOR = timedelta(minutes=2)
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=6)


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, … capped at 6 h."""
    delay: timedelta = FIRST_RETRY * int(2 ** max(attempts - 1, 0))
    return min(delay, LONGEST_RETRY)


class SmtpConfig:
    def __init__(self, url: str, mail_from: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps"):
            raise ValueError("SMTP_URL must start with smtp:// or smtps://")
        self.hostname = parts.hostname or "localhost"
        self.port = parts.port or (465 if parts.scheme == "smtps" else 25)
        self.use_tls = parts.scheme == "smtps"
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.mail_from = mail_from


def message_id(idempotency_key: str, sender: str) -> str:
    domain = parseaddr(sender)[1].rpartition("@")[2] or "tandem"
    return f"<{hashlib.sha256(idempotency_key.encode()).hexdigest()[:40]}@{domain}>"


def build(row: OutboxMessage, mail_from: str) -> EmailMessage:
    """A multipart/alternative (text + HTML) message, with calendar parts attached."""
    message = EmailMessage()
    message["From"] = mail_from
    message["To"] = str(Address(addr_spec=row.to_address))
    message["Subject"] = row.subject
    message["Message-ID"] = message_id(row.idempotency_key, mail_from)
    message["Date"] = format_datetime(row.created_at)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(row.text_body)
    message.add_alternative(row.html_body, subtype="html")
    for attachment in row.attachments:
        message.add_attachment(
            attachment["content"].encode(),
            maintype="text",
            subtype="calendar",
            filename=attachment["filename"],
            params={"method": attachment["method"], "charset": "utf-8"},
        )
    return message


async def claim(db: Database, now: datetime) -> list[OutboxMessage]:
    async with db.write() as session:
        rows = list(
            (
                await session.execute(
                    select(OutboxMessage)
                    .where(
                        OutboxMessage.sent_at.is_(None),
                        OutboxMessage.failed_at.is_(None),
                        OutboxMessage.next_attempt_at <= now,
                        or_(
                            OutboxMessage.claimed_until.is_(None),
                            OutboxMessage.claimed_until < now,
                        ),
                    )
                    .order_by(OutboxMessage.created_at, OutboxMessage.id)
                    .limit(BATCH)
                    .with_for_update(skip_locked=True)
                )
            ).scalars()
        )
        for row in rows:
            row.claimed_until = now + CLAIM_FOR
    return rows


class Stop(Protocol):
    """Whether the caller asks the delivery round to end (an asyncio or threading Event)."""

    def is_set(self) -> bool: ...


async def deliver_due(
    db: Database, config: SmtpConfig, now: datetime, stop: Stop | None = None
) -> int:
    """Send what is due; returns how many were sent. Once `stop` is set it finishes the message
    at hand, gives the rest of its claim back (another process, or this one after a restart,
    sends them at once rather than after the claim expires) and returns."""
    sent = 0
    rows = await claim(db, now)
    for n, row in enumerate(rows):
        if stop is not None and stop.is_set():
            await _release(db, [r.id for r in rows[n:]])
            break
        error: str | None = None
        try:
            await aiosmtplib.send(
                build(row, config.mail_from),
                hostname=config.hostname,
                port=config.port,
                username=config.username,
                password=config.password,
                use_tls=config.use_tls,
                start_tls=None if not config.use_tls else False,
                timeout=30,
            )
        except (aiosmtplib.SMTPException, OSError) as exc:
            error = f"{type(exc).__name__}: {exc}"[:1000]
            log.warning("email %s to %s failed: %s", row.id, row.to_address, error)
        async with db.write() as session:
            current = await session.get(OutboxMessage, row.id)
            assert current is not None
            current.claimed_until = None
            if error is None:
                current.sent_at = now
                sent += 1
                continue
            current.attempts += 1
            current.last_error = error
            if current.attempts >= MAX_ATTEMPTS:
                current.failed_at = now
            else:
                current.next_attempt_at = now + backoff(current.attempts)
    return sent


async def _release(db: Database, ids: list[uuid.UUID]) -> None:
    async with db.write() as session:
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.id.in_(ids)).values(claimed_until=None)
        )
