import { Extension } from '@tiptap/core';
import type { Plugin } from '@tiptap/pm/state';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

export interface CaretUser {
  name?: string;
  color?: string;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

function colorOf(user: CaretUser): string {
  return user.color && HEX.test(user.color) ? user.color : '#4f5bd5';
}

/** The other person's caret: a coloured bar with their name above it. */
export function renderCaret(user: CaretUser): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'notes-caret';
  caret.style.borderColor = colorOf(user);
  const label = document.createElement('span');
  label.className = 'notes-caret__label';
  label.style.backgroundColor = colorOf(user);
  label.textContent = user.name ?? 'Someone';
  caret.append(label);
  return caret;
}

/**
 * Everyone else's caret and selection in the shared notes, from the meeting's presence
 * (awareness `cursor`, and `user` with name and colour). Like Tiptap's CollaborationCaret, but
 * "everyone else" means other awareness clients: presence has its own client id, not the
 * document's.
 */
export function notesCarets(awareness: Awareness) {
  return Extension.create({
    name: 'notesCarets',
    addProseMirrorPlugins() {
      // y-tiptap types the plugin as `any`.
      const carets = yCursorPlugin(awareness, {
        awarenessStateFilter: (_doc: number, client: number) => client !== awareness.clientID,
        cursorBuilder: (user: CaretUser) => renderCaret(user),
        selectionBuilder: (user: CaretUser) => ({
          style: `background-color: ${colorOf(user)}33`,
          class: 'notes-selection',
        }),
      }) as Plugin;
      return [carets];
    },
  });
}
