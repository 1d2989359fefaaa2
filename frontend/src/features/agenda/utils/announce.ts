import * as Y from 'yjs';
import { NO_SECTION } from './sections';
import { topicLabel } from './topics';

/**
 * What a screen reader should hear about someone else's changes to the agenda (the last one
 * when several arrive at once), or null for changes not worth a word (typing). `names` maps
 * authors' IDs to first names.
 */
export function describeRemoteChanges(
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
  items: Y.Map<Y.Map<unknown>>,
  names: ReadonlyMap<string, string>,
): string | null {
  let message: string | null = null;
  for (const event of events) {
    if (event.target === items) {
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'add') continue;
        const author = items.get(key)?.get('author');
        const who = typeof author === 'string' ? names.get(author) : undefined;
        message = who ? `${who} added a talking point` : 'A talking point was added';
      }
      continue;
    }
    if (!(event instanceof Y.YMapEvent) || !(event.target instanceof Y.Map)) continue;
    const item = event.target as Y.Map<unknown>;
    const keys = event.keysChanged;
    if (keys.has('deleted')) {
      message = item.get('deleted') === true ? 'A talking point was deleted' : 'A talking point was restored';
    } else if (keys.has('topic')) {
      const topic = topicLabel((item.get('topic') as string | null) ?? null);
      message = topic ? `A talking point was tagged ${topic}` : 'A talking point’s topic was removed';
    } else if (keys.has('done')) {
      const text = item.get('text');
      const name = text instanceof Y.Text && text.length > 0 ? `“${text.toJSON()}”` : 'A talking point';
      message = item.get('done') === true ? `${name} was checked off` : `${name} was reopened`;
    } else if (keys.has('order') || keys.has('section')) {
      const section = item.get('section');
      message = `A talking point was moved${typeof section === 'string' ? ` in ${section || NO_SECTION}` : ''}`;
    }
  }
  return message;
}
