"""Templates: the built-in ones, the organisation's (published by admins) and personal ones."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from tandem.db.base import utcnow
from tandem.db.engine import lock_key
from tandem.domain.actor import Actor
from tandem.domain.errors import ErrorCode, FieldError, Invalid, invalid
from tandem.domain.oneonones.builtin_templates import BUILTIN_TEMPLATES
from tandem.domain.oneonones.models import Template, TemplateKind

MAX_SECTIONS = 30
MAX_PROMPTS = 30


async def ensure_builtin_templates(session: AsyncSession) -> None:
    """Insert or refresh the templates shipped with Tandem (idempotent; run at start-up)."""
    await lock_key(session, "builtin-templates")
    existing = {
        t.id: t
        for t in (
            await session.execute(select(Template).where(Template.kind == TemplateKind.BUILTIN))
        ).scalars()
    }
    for builtin in BUILTIN_TEMPLATES:
        sections = [{"title": t, "prompts": list(p)} for t, p in builtin.sections]
        row = existing.get(builtin.id)
        if row is None:
            session.add(
                Template(
                    id=builtin.id,
                    name=builtin.name,
                    description=builtin.description,
                    kind=TemplateKind.BUILTIN.value,
                    one_time=builtin.one_time,
                    sections=sections,
                )
            )
        elif (row.name, row.description, row.one_time, row.sections) != (
            builtin.name,
            builtin.description,
            builtin.one_time,
            sections,
        ):
            row.name, row.description = builtin.name, builtin.description
            row.one_time, row.sections = builtin.one_time, sections


def _visible(user_id: uuid.UUID) -> Any:
    return or_(
        Template.kind.in_([TemplateKind.BUILTIN.value, TemplateKind.ORGANISATION.value]),
        Template.owner_id == user_id,
    )


async def visible_templates(
    session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID] | None = None
) -> list[Template]:
    """Built-in and organisation templates, and the user's own; archived ones only by ID."""
    stmt = select(Template).where(_visible(user_id))
    if ids is not None:
        stmt = stmt.where(Template.id.in_(set(ids)))
    else:
        stmt = stmt.where(Template.archived_at.is_(None))
    rows = await session.execute(stmt.order_by(Template.kind, Template.name, Template.id))
    return list(rows.scalars())


async def usable_template(
    session: AsyncSession, user_id: uuid.UUID, template_id: uuid.UUID, field: str
) -> Template:
    found = await visible_templates(session, user_id, [template_id])
    if not found or found[0].archived_at is not None:
        raise invalid(field, "No such template.", ErrorCode.NOT_FOUND)
    return found[0]


@dataclass(frozen=True)
class NewTemplate:
    name: str
    description: str
    sections: list[tuple[str, list[str]]]
    one_time: bool = False
    organisation: bool = False


def _check(new: NewTemplate) -> list[dict[str, Any]]:
    errors = []
    name = " ".join(new.name.split())
    if not name:
        errors.append(FieldError("name", "Name the template.", ErrorCode.REQUIRED))
    elif len(name) > 120:
        errors.append(FieldError("name", "Use at most 120 characters.", ErrorCode.TOO_LONG))
    if len(new.description) > 1000:
        errors.append(FieldError("description", "Use at most 1000 characters.", ErrorCode.TOO_LONG))
    if not new.sections:
        errors.append(FieldError("sections", "Add at least one section.", ErrorCode.REQUIRED))
    if len(new.sections) > MAX_SECTIONS:
        errors.append(
            FieldError("sections", f"Use at most {MAX_SECTIONS} sections.", ErrorCode.TOO_LONG)
        )
    sections = []
    for title, prompts in new.sections:
        clean_title = " ".join(title.split())
        clean_prompts = [" ".join(p.split()) for p in prompts if p.strip()]
        if not clean_title or len(clean_title) > 200:
            errors.append(
                FieldError(
                    "sections", "Every section needs a title (1-200 characters).", ErrorCode.INVALID
                )
            )
        if len(clean_prompts) > MAX_PROMPTS or any(len(p) > 500 for p in clean_prompts):
            errors.append(
                FieldError(
                    "sections",
                    f"Use at most {MAX_PROMPTS} prompts of 500 characters.",
                    ErrorCode.TOO_LONG,
                )
            )
        sections.append({"title": clean_title, "prompts": clean_prompts})
    if errors:
        raise Invalid(*dict.fromkeys(errors))
    return sections


async def create_template(session: AsyncSession, actor: Actor, new: NewTemplate) -> Template:
    """A personal template, or — for admins — one published to the organisation."""
    if new.organisation and not actor.is_admin:
        raise invalid(
            "organisation",
            "Only administrators publish organisation templates.",
            ErrorCode.FORBIDDEN,
        )
    sections = _check(new)
    template = Template(
        name=" ".join(new.name.split()),
        description=new.description.strip(),
        kind=(TemplateKind.ORGANISATION if new.organisation else TemplateKind.PERSONAL).value,
        owner_id=None if new.organisation else actor.user_id,
        one_time=new.one_time,
        sections=sections,
    )
    session.add(template)
    await session.flush()
    return template


async def archive_template(session: AsyncSession, actor: Actor, template_id: uuid.UUID) -> Template:
    """Hide a template from pickers; series using it keep it."""
    template = await session.get(Template, template_id)
    mine = template is not None and template.owner_id == actor.user_id
    organisation = template is not None and template.kind == TemplateKind.ORGANISATION.value
    if template is None or not (mine or organisation):
        raise invalid("id", "No such template.", ErrorCode.NOT_FOUND)
    if organisation and not actor.is_admin:
        raise invalid(
            "id", "Only administrators archive organisation templates.", ErrorCode.FORBIDDEN
        )
    template.archived_at = template.archived_at or utcnow()
    return template
