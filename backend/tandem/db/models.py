"""Imports every model, so metadata (Alembic, tests) sees all tables."""

from tandem.db.base import Base
from tandem.domain.identity.models import AuthSession, PersonalAccessToken, SignInAttempt
from tandem.domain.people.models import User

__all__ = ["AuthSession", "Base", "PersonalAccessToken", "SignInAttempt", "User"]
