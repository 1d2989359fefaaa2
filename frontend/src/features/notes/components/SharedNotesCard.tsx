import Collaboration from '@tiptap/extension-collaboration';
import TaskItem from '@tiptap/extension-task-item';
import TaskList from '@tiptap/extension-task-list';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { Card } from '../../../ui/Card';
import { ErrorState, LoadingState } from '../../../ui/Status';
import { useMeetingLive } from '../../agenda/hooks/meetingLive';
import { notesCarets } from '../utils/carets';
import { NotesToolbar } from './NotesToolbar';
import './notes.css';

/** The rich-text editor bound to the document's `notes` (one editor per document and presence). */
function NotesEditor({ doc, awareness }: { doc: Y.Doc; awareness: Awareness }) {
  const editor = useEditor(
    {
      extensions: [
        // Node and mark names are those the server renders to Markdown (docs/sync.md): keep them.
        StarterKit.configure({
          undoRedo: false, // Collaboration's undo: one's own edits only
          underline: false, // not rendered by the server
          link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
          heading: { levels: [1, 2, 3] },
        }),
        TaskList,
        TaskItem.configure({ nested: true }),
        Collaboration.configure({ document: doc, field: 'notes' }),
        notesCarets(awareness),
      ],
      editorProps: {
        attributes: {
          class: 'notes-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Shared notes',
        },
      },
    },
    [doc, awareness],
  );
  return (
    <div className="notes-editor">
      <NotesToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}

/** The meeting's shared notes, written by both people at once (rich text, live cursors). */
export function SharedNotesCard() {
  const { shared, presence } = useMeetingLive();
  let body;
  if (shared.status === 'loading') body = <LoadingState label="Loading the notes…" />;
  else if (shared.status === 'error') body = <ErrorState message={shared.error ?? 'The notes could not be loaded.'} onRetry={shared.retry} />;
  else body = <NotesEditor key={shared.doc.guid} doc={shared.doc} awareness={presence.awareness} />;
  return (
    <Card title="Shared notes" titleId="meeting-shared-notes">
      <p className="notes-hint">Both of you see these notes and each other’s cursor as you type.</p>
      {body}
    </Card>
  );
}
