import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ReactNode } from 'react';
import type { PrivatePoint } from '../hooks/usePrivateContent';
import type { AgendaItem } from '../utils/document';
import { NO_SECTION, groupAgenda, type AgendaEntry, type AgendaView } from '../utils/sections';
import { AddTalkingPointForm } from './AddTalkingPointForm';
import { AgendaItemRow, type AgendaItemActions, type EditingMarker } from './AgendaItemRow';
import { PrivateItemRow } from './PrivateItemRow';

/** A private talking point placed among the shared ones (by its section and position). */
interface PrivateEntry extends AgendaEntry {
  point: PrivatePoint;
}

function privateEntry(point: PrivatePoint): PrivateEntry {
  return {
    id: point.key,
    text: point.text,
    done: point.done,
    author: '',
    section: point.section,
    topic: point.topic ?? null,
    order: point.position,
    deleted: false,
    point,
  };
}


/** Where a dragged talking point was dropped: before the item at `index` of `section` (without it). */
export interface AgendaDrop {
  id: string;
  section: string;
  index: number;
}

const SECTION_PREFIX = 'section:';

/** Prefer the talking point under the pointer, then the section under it, then the nearest point. */
const collisions: CollisionDetection = (args) => {
  const items = args.droppableContainers.filter((c) => !String(c.id).startsWith(SECTION_PREFIX));
  const within = pointerWithin(args);
  const overItem = within.filter((c) => !String(c.id).startsWith(SECTION_PREFIX));
  if (overItem.length > 0) return overItem;
  if (within.length > 0) return within;
  return closestCenter({ ...args, droppableContainers: items });
};

function SectionList({ title, label, children }: { title: string; label: string; children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: `${SECTION_PREFIX}${title}` });
  return (
    <ul ref={setNodeRef} className="agenda-section__items" aria-label={label}>
      {children}
    </ul>
  );
}

/** The live talking points by section, reorderable by drag and drop (pointer or keyboard). */
export function AgendaSections({
  view,
  actions,
  editing,
  onAdd,
  onAddPrivately,
  onDrop,
  privatePoints,
  onNotice,
}: {
  view: AgendaView<AgendaItem>;
  /** The viewer's own private talking points, shown in their sections. */
  privatePoints: readonly PrivatePoint[];
  onAddPrivately: (section: string, text: string) => void;
  onNotice: (message: string) => void;
  actions: AgendaItemActions;
  /** Who else is editing which talking point. */
  editing: ReadonlyMap<string, EditingMarker[]>;
  onAdd: (section: string, text: string) => void;
  onDrop: (drop: AgendaDrop) => void;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const byId = new Map(view.ordered.map((item) => [item.id, item]));
  const nameOf = (id: UniqueIdentifier) => {
    const item = byId.get(String(id));
    if (item) return `“${item.text.trim() || 'Untitled talking point'}”`;
    const section = String(id).slice(SECTION_PREFIX.length);
    return `the end of ${section || NO_SECTION}`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up talking point ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `Talking point ${nameOf(active.id)} is over ${nameOf(over.id)}.` : `Talking point ${nameOf(active.id)} is no longer over a place to drop.`,
    onDragEnd: ({ active, over }) =>
      over ? `Talking point ${nameOf(active.id)} was moved to ${nameOf(over.id)}.` : `Talking point ${nameOf(active.id)} was dropped where it was.`,
    onDragCancel: ({ active }) => `Moving talking point ${nameOf(active.id)} was cancelled.`,
  };

  function dragEnd({ active, over }: DragEndEvent) {
    if (!over || over.id === active.id) return;
    const id = String(active.id);
    const overId = String(over.id);
    if (overId.startsWith(SECTION_PREFIX)) {
      const title = overId.slice(SECTION_PREFIX.length);
      const target = view.sections.find((s) => s.title === title)?.items.filter((item) => item.id !== id) ?? [];
      onDrop({ id, section: title, index: target.length });
      return;
    }
    const section = view.sections.find((s) => s.items.some((item) => item.id === overId));
    const from = view.sections.find((s) => s.items.some((item) => item.id === id));
    if (!section || !from) return;
    const target = section.items.filter((item) => item.id !== id);
    const overIndex = target.findIndex((item) => item.id === overId);
    let after: boolean;
    if (section === from) {
      // Within a section the dragged point takes the place of the one it is over.
      after = from.items.findIndex((item) => item.id === id) < from.items.findIndex((item) => item.id === overId);
    } else {
      const dragged = active.rect.current.translated;
      after = dragged ? dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2 : false;
    }
    onDrop({ id, section: section.title, index: overIndex + (after ? 1 : 0) });
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragEnd={dragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move a talking point, press space or enter, use the arrow keys to move it, then press space or enter to drop it, or escape to cancel.',
        },
      }}
    >
      {groupAgenda<AgendaItem | PrivateEntry>([...view.ordered, ...privatePoints.map(privateEntry)]).sections.map((combined) => {
        const section = view.sections.find((s) => s.title === combined.title) ?? { title: combined.title, items: [] };
        const title = section.title || NO_SECTION;
        const headingId = `agenda-section-${title.replace(/\W+/g, '-')}`;
        return (
          <section key={section.title} className="agenda-section" aria-labelledby={headingId}>
            <h3 className="agenda-section__title" id={headingId}>
              {title}
            </h3>
            <SortableContext items={section.items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
              <SectionList title={section.title} label={title}>
                {combined.items.map((entry) => {
                  if ('point' in entry) return <PrivateItemRow key={entry.id} point={entry.point} onNotice={onNotice} />;
                  const i = section.items.indexOf(entry);
                  return (
                    <AgendaItemRow
                      key={entry.id}
                      item={entry}
                      position={view.ordered.indexOf(entry) + 1}
                      canMoveUp={i > 0}
                      canMoveDown={i < section.items.length - 1}
                      actions={actions}
                      editing={editing.get(entry.id) ?? []}
                    />
                  );
                })}
              </SectionList>
            </SortableContext>
            {section.title ? (
              <AddTalkingPointForm
                label={`Add talking point to ${title}`}
                onAdd={(text) => onAdd(section.title, text)}
                onAddPrivately={(text) => onAddPrivately(section.title, text)}
              />
            ) : null}
          </section>
        );
      })}
    </DndContext>
  );
}
