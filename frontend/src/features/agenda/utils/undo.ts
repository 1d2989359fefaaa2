import * as Y from 'yjs';
import { LOCAL, itemsOf } from './document';

/** What the UndoManager keeps per step (only the part used here). */
type StackItem = Pick<Y.UndoManager['undoStack'][number], 'insertions'>;

/**
 * Per-person undo and redo for the agenda: only this client's own edits (origin LOCAL) are
 * tracked, so the other person's edits and whatever a resync loads are never undone.
 *
 * Items are never removed from `items` (the server refuses it): undoing the addition of a
 * talking point soft-deletes it instead (it goes to "Recently deleted"), and redo restores it.
 */
export class AgendaUndo {
  private readonly manager: Y.UndoManager;
  private readonly items: Y.Map<Y.Map<unknown>>;
  /** The stack item being undone or redone (its insertions tell which items it added). */
  private popping: StackItem | null = null;

  constructor(doc: Y.Doc) {
    this.items = itemsOf(doc);
    this.manager = new Y.UndoManager(this.items, {
      trackedOrigins: new Set([LOCAL]),
      captureTimeout: 500,
      deleteFilter: (struct) => this.mayDelete(struct),
    });
  }

  canUndo(): boolean {
    return this.manager.canUndo();
  }

  canRedo(): boolean {
    return this.manager.canRedo();
  }

  undo(): boolean {
    return this.pop(this.manager.undoStack, () => this.manager.undo());
  }

  redo(): boolean {
    return this.pop(this.manager.redoStack, () => this.manager.redo());
  }

  /** The next edit starts a new undo step (call between distinct actions). */
  stopCapturing(): void {
    this.manager.stopCapturing();
  }

  /** Calls `listener` whenever what can be undone or redone changes. */
  onChange(listener: () => void): () => void {
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared', 'stack-item-updated'] as const;
    for (const event of events) this.manager.on(event, listener);
    return () => {
      for (const event of events) this.manager.off(event, listener);
    };
  }

  destroy(): void {
    this.manager.destroy();
  }

  private pop(stack: readonly StackItem[], run: () => unknown): boolean {
    this.popping = stack.at(-1) ?? null;
    try {
      return run() !== null;
    } finally {
      this.popping = null;
    }
  }

  /** The entry of `items` that `struct` belongs to (the talking point's own Map item). */
  private entryOf(struct: Y.Item): Y.Item | null {
    let current: Y.Item | null = struct;
    while (current) {
      if (current.parent === this.items) return current;
      const parent = current.parent as Y.AbstractType<unknown> | null;
      current = parent?._item ?? null;
    }
    return null;
  }

  /**
   * Called by the UndoManager, inside the undo transaction, for each struct it would delete.
   * Within a talking point added by the step being undone nothing is deleted; its `deleted`
   * flag is set instead (so the step still counts as a change and redo flips it back).
   */
  private mayDelete(struct: Y.Item): boolean {
    const entry = this.entryOf(struct);
    if (!entry || !this.popping || !Y.isDeleted(this.popping.insertions, entry.id)) return true;
    const item = entry.content instanceof Y.ContentType ? entry.content.type : null;
    if (!(item instanceof Y.Map)) return false;
    if (struct.parent === item && struct.parentSub === 'deleted') {
      item.set('deleted', true);
      return true; // already overwritten by the line above: deleting it again is a no-op
    }
    if (struct === entry && item.get('deleted') !== true) item.set('deleted', true);
    return false;
  }
}
