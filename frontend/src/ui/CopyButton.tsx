import { useEffect, useState } from 'react';
import { Button } from './Button';
import { LiveMessage } from './Status';

/** Copies text to the clipboard and says so (visibly and to screen readers). */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <Button size="sm" onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <LiveMessage
        message={state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? 'Copying failed; select the text and copy it by hand.' : ''}
      />
    </>
  );
}
