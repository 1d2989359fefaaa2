import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { LOCAL } from '../utils/document';
import { adjustPosition, diffText, type DeltaOp } from '../utils/textDiff';

/**
 * A one-line field bound to a talking point's Y.Text: typing becomes a minimal splice (so two
 * people typing in the same point merge), and remote edits keep the caret where it was.
 */
export function AgendaItemText({ yText, label, readOnly }: { yText: Y.Text; label: string; readOnly?: boolean }) {
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.value = yText.toJSON();
    const observer = (event: Y.YTextEvent) => {
      const next = yText.toJSON();
      if (input.value === next) return; // our own typing, already shown
      const focused = document.activeElement === input;
      const start = input.selectionStart ?? 0;
      const end = input.selectionEnd ?? 0;
      const delta = event.delta as DeltaOp[];
      input.value = next;
      if (focused) input.setSelectionRange(adjustPosition(start, delta), adjustPosition(end, delta));
    };
    yText.observe(observer);
    return () => yText.unobserve(observer);
  }, [yText]);

  return (
    <input
      ref={ref}
      type="text"
      className="input agenda-item__text"
      aria-label={label}
      readOnly={readOnly}
      maxLength={2000}
      onInput={(event) => {
        const splice = diffText(yText.toJSON(), event.currentTarget.value);
        if (!splice || !yText.doc) return;
        yText.doc.transact(() => {
          if (splice.remove > 0) yText.delete(splice.index, splice.remove);
          if (splice.insert) yText.insert(splice.index, splice.insert);
        }, LOCAL);
      }}
    />
  );
}
