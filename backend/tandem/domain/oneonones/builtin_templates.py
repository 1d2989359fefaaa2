"""Talking-point templates shipped with Tandem, from established 1:1 practice.

IDs are fixed so that series keep pointing at them across releases; content changes here reach
every installation at its next start (`ensure_builtin_templates`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class BuiltinTemplate:
    id: uuid.UUID
    name: str
    description: str
    one_time: bool
    sections: tuple[tuple[str, tuple[str, ...]], ...]


ROLE_NEGOTIATION = BuiltinTemplate(
    id=uuid.UUID("5f0c6f8e-0b1a-4c1e-9a51-0d7e7a1f0001"),
    name="Role negotiation",
    description="A one-time first meeting to agree on how you will work together.",
    one_time=True,
    sections=(
        (
            "Clarity",
            (
                "What does success in this role look like in six months?",
                "Which responsibilities are yours alone, and which are shared?",
            ),
        ),
        (
            "Transparency",
            (
                "What should each of us know about how the other likes to work?",
                "How and when do we share bad news early?",
            ),
        ),
        (
            "Accountability",
            (
                "How will we track commitments from one 1:1 to the next?",
                "What do we do when a commitment slips?",
            ),
        ),
        (
            "Structure",
            (
                "How often and how long do we meet?",
                "Who brings the agenda, and what belongs in a 1:1 rather than elsewhere?",
            ),
        ),
    ),
)

SUCCESSFUL_ONE_ON_ONE = BuiltinTemplate(
    id=uuid.UUID("5f0c6f8e-0b1a-4c1e-9a51-0d7e7a1f0002"),
    name="Successful 1:1",
    description="A recurring 1:1 in ten steps, from check-in to follow-up.",
    one_time=False,
    sections=(
        ("Check-in", ("How are you doing, really?",)),
        ("Follow up on action items", ("What happened with last time's action items?",)),
        ("Behavioural skills", ("Which skill are you working on, and how is it going?",)),
        ("Feedback", ("Feedback for you", "Feedback for me")),
        ("Accountability", ("What did you commit to, and where does it stand?",)),
        ("Culture check", ("How do you feel about the team and how we work?",)),
        ("Applaud successes", ("What went well since we last met?",)),
        ("Create action items", ("What will each of us do before next time?",)),
        ("Take notes", ("Decisions and context worth remembering",)),
        ("Follow-up", ("What should we pick up next time?",)),
    ),
)

PDCA_COACHING = BuiltinTemplate(
    id=uuid.UUID("5f0c6f8e-0b1a-4c1e-9a51-0d7e7a1f0003"),
    name="PDCA coaching",
    description="A coaching session in the plan-do-check-act cycle.",
    one_time=False,
    sections=(
        (
            "Follow-up on prior commitments",
            ("Which commitments were kept, and what got in the way?",),
        ),
        ("Individual performance", ("Where are you against your goals?",)),
        ("Problem solving", ("Which problem should we work through together today?",)),
        (
            "Organisational and team dynamics",
            ("What is changing around the team, and how does it affect you?",),
        ),
        (
            "Professional and career development",
            ("Where do you want to grow next, and what would help?",),
        ),
    ),
)

BUILTIN_TEMPLATES = (ROLE_NEGOTIATION, SUCCESSFUL_ONE_ON_ONE, PDCA_COACHING)
