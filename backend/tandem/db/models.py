"""Imports every model, so metadata (Alembic, tests) sees all tables."""

from tandem.db.base import Base
from tandem.db.leases import Lease
from tandem.domain.actions.models import ActionItem
from tandem.domain.agenda.models import (
    DocumentClient,
    DocumentUpdate,
    MeetingDocument,
    PrivateNote,
    TalkingPoint,
)
from tandem.domain.comments.models import Comment
from tandem.domain.identity.models import AuthSession, PersonalAccessToken, SignInAttempt
from tandem.domain.notifications.models import (
    Notification,
    NotificationPreference,
    NotificationSettings,
)
from tandem.domain.oneonones.models import Meeting, OneOnOne, Participant, Template
from tandem.domain.people.models import User
from tandem.domain.search.models import SearchEntry
from tandem.mail.models import OutboxMessage

__all__ = [
    "ActionItem",
    "AuthSession",
    "Base",
    "Comment",
    "DocumentClient",
    "DocumentUpdate",
    "Lease",
    "Meeting",
    "MeetingDocument",
    "Notification",
    "NotificationPreference",
    "NotificationSettings",
    "OneOnOne",
    "OutboxMessage",
    "Participant",
    "PersonalAccessToken",
    "PrivateNote",
    "SearchEntry",
    "SignInAttempt",
    "TalkingPoint",
    "Template",
    "User",
]
