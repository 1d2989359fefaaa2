"""The schema: merges the per-area packages and sets limits and caches."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig

from tandem.graphql import patches
from tandem.graphql.actions.mutations import ActionItemMutation
from tandem.graphql.actions.types import ActionItem
from tandem.graphql.agenda.mutations import AgendaMutation
from tandem.graphql.agenda.presence import PresenceMutation, PresenceSubscription
from tandem.graphql.agenda.subscriptions import (
    AgendaSubscription,
    MeetingEventsSubscription,
    PrivateContentSubscription,
)
from tandem.graphql.agenda.types import TalkingPoint
from tandem.graphql.comments.mutations import CommentMutation
from tandem.graphql.comments.types import Comment
from tandem.graphql.cost import QueryCost
from tandem.graphql.extensions import Guard, code_errors
from tandem.graphql.identity.mutations import IdentityMutation
from tandem.graphql.identity.types import PersonalAccessToken
from tandem.graphql.input_text import InputText
from tandem.graphql.limits import LIMIT_RULES, MAX_TOKENS
from tandem.graphql.mail.queries import MailMutation, MailQuery
from tandem.graphql.notifications.mutations import NotificationMutation
from tandem.graphql.notifications.subscriptions import NotificationSubscription
from tandem.graphql.notifications.types import Notification
from tandem.graphql.oneonones.mutations import OneOnOneMutation
from tandem.graphql.oneonones.queries import OneOnOneQuery
from tandem.graphql.oneonones.types import Meeting, OneOnOne, Template
from tandem.graphql.people.mutations import PeopleMutation
from tandem.graphql.people.queries import PeopleQuery
from tandem.graphql.people.types import User
from tandem.graphql.scalars import SCALAR_OVERRIDES

patches.apply()


@strawberry.type(description="Everything one can read.")
class Query(PeopleQuery, OneOnOneQuery, MailQuery):
    pass


@strawberry.type(description="Everything one can change.")
class Mutation(
    PeopleMutation,
    IdentityMutation,
    OneOnOneMutation,
    AgendaMutation,
    PresenceMutation,
    CommentMutation,
    ActionItemMutation,
    NotificationMutation,
    MailMutation,
):
    pass


@strawberry.type(description="Everything one can follow live (graphql-transport-ws).")
class Subscription(
    NotificationSubscription,
    AgendaSubscription,
    MeetingEventsSubscription,
    PresenceSubscription,
    PrivateContentSubscription,
):
    pass


class TandemSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: object = None) -> None:
        """Expected errors are answers, not incidents: give them their code, log nothing;
        unexpected ones are logged and masked as INTERNAL."""
        code_errors(errors)


schema = TandemSchema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    types=[
        User,
        PersonalAccessToken,
        OneOnOne,
        Meeting,
        Template,
        Notification,
        TalkingPoint,
        Comment,
        ActionItem,
    ],
    config=StrawberryConfig(disable_field_suggestions=True),
    scalar_overrides=SCALAR_OVERRIDES,
    extensions=[
        ParserCache,
        ValidationCache,
        # One set of limit rules for every request: a new rule class per request would make
        # every request miss the validation cache.
        lambda: AddValidationRules(LIMIT_RULES),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        Guard,
        InputText,
        QueryCost,
    ],
)
