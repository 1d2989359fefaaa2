import { useEditorState, type Editor } from '@tiptap/react';

/** The formatting buttons over the shared notes; each says whether it is on (aria-pressed). */
export function NotesToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: e.isActive('heading', { level: 2 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      taskList: e.isActive('taskList'),
      link: e.isActive('link'),
    }),
  });

  function toggleLink() {
    if (editor.isActive('link')) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return;
    }
    const href = window.prompt('Link address', 'https://');
    if (!href || href === 'https://') {
      editor.commands.focus();
      return;
    }
    const safe = /^(https?:|mailto:)/i.test(href) ? href : `https://${href}`;
    editor.chain().focus().extendMarkRange('link').setLink({ href: safe }).run();
  }

  const buttons = [
    { label: 'Heading', text: 'H2', pressed: active.heading, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(), keys: undefined },
    { label: 'Bold', text: 'B', pressed: active.bold, run: () => editor.chain().focus().toggleBold().run(), keys: 'Control+B' },
    { label: 'Italic', text: 'I', pressed: active.italic, run: () => editor.chain().focus().toggleItalic().run(), keys: 'Control+I' },
    { label: 'Bulleted list', text: '•', pressed: active.bulletList, run: () => editor.chain().focus().toggleBulletList().run(), keys: undefined },
    { label: 'Numbered list', text: '1.', pressed: active.orderedList, run: () => editor.chain().focus().toggleOrderedList().run(), keys: undefined },
    { label: 'Checklist', text: '☑', pressed: active.taskList, run: () => editor.chain().focus().toggleTaskList().run(), keys: undefined },
    { label: 'Link', text: 'Link', pressed: active.link, run: toggleLink, keys: undefined },
  ];

  return (
    <div className="notes-toolbar" role="toolbar" aria-label="Formatting">
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          className={`notes-toolbar__button notes-toolbar__button--${button.label.toLowerCase().replaceAll(' ', '-')}`}
          aria-label={button.label}
          aria-pressed={button.pressed}
          aria-keyshortcuts={button.keys}
          title={button.label}
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
        >
          <span aria-hidden="true">{button.text}</span>
        </button>
      ))}
    </div>
  );
}
