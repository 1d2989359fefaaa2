"""The numbers of the cost model (`cost.py`): what weighs more than 1, and how many items a
list counts. A new list field must appear here unless it is a connection or has a size
argument (`tests/graphql/limits/test_cost.py` checks every list of the schema)."""

from __future__ import annotations

MUTATION_WEIGHT = 10
INTROSPECTION_COST = 500
INTROSPECTION_FIELDS = {"__schema", "__type"}

# Fields that cost more than 1, by what they do: on a busy 2-core machine a plain field takes
# some 40 µs, loading and encoding a meeting's shared document about 4 ms.
FIELD_WEIGHTS: dict[str, int] = {
    "Meeting.document": 100,  # loads the shared document and encodes what the client lacks
    "OneOnOne.search": 100,  # a full-text search over the whole 1:1
}
# Lists whose size an argument gives, and the most it may be.
SIZE_ARGUMENTS: dict[str, tuple[str, int]] = {
    "Query.nodes": ("ids", 100),
    "Query.previewSchedule": ("count", 20),
}
# Lists without a size argument: the size to count (a cap where the domain has one, a
# generous expectation where it has none).
LIST_SIZES: dict[str, int] = {
    "Comment.replies": 5,
    "Meeting.talkingPoints": 30,
    "Meeting.comments": 20,
    "Meeting.actionItems": 20,
    "Meeting.openActionItemsFromBefore": 20,
    "OneOnOne.participants": 2,
    "OneOnOne.openTalkingPoints": 30,
    "OneOnOne.openActionItems": 20,
    "PrivateContent.talkingPoints": 30,
    "Query.templates": 30,
    "SearchResult.snippet": 10,
    "TalkingPoint.comments": 5,
    "Template.sections": 30,  # templates.MAX_SECTIONS
    "TemplateSection.prompts": 30,  # templates.MAX_PROMPTS
    "User.personalAccessTokens": 20,
    "User.notificationPreferences": 10,
    "UpdateNotificationPreferencesPayload.preferences": 10,
}
# A mutation payload's `errors` list: a few at most.
ERRORS_SIZE = 5
