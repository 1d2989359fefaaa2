import type { AgendaItem } from '../utils/document';
import { AgendaItemText } from './AgendaItemText';

export interface AgendaItemActions {
  setDone: (id: string, done: boolean) => void;
  remove: (id: string) => void;
  move: (id: string, direction: 'up' | 'down') => void;
}

/** One talking point: done checkbox, shared text, move and remove buttons. */
export function AgendaItemRow({
  item,
  position,
  canMoveUp,
  canMoveDown,
  actions,
}: {
  item: AgendaItem;
  position: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  actions: AgendaItemActions;
}) {
  const name = item.text.trim() || `Talking point ${position}`;
  return (
    <li className={`agenda-item${item.done ? ' agenda-item--done' : ''}`}>
      <input
        type="checkbox"
        className="checkbox agenda-item__done"
        checked={item.done}
        aria-label={`Done: ${name}`}
        onChange={(event) => actions.setDone(item.id, event.target.checked)}
      />
      <AgendaItemText yText={item.yText} label={`Talking point ${position}`} />
      <div className="agenda-item__actions">
        <button
          type="button"
          className="agenda-icon-button"
          id={`agenda-up-${item.id}`}
          aria-label={`Move up: ${name}`}
          title="Move up"
          disabled={!canMoveUp}
          onClick={() => actions.move(item.id, 'up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="agenda-icon-button"
          id={`agenda-down-${item.id}`}
          aria-label={`Move down: ${name}`}
          title="Move down"
          disabled={!canMoveDown}
          onClick={() => actions.move(item.id, 'down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="agenda-icon-button agenda-icon-button--danger"
          aria-label={`Delete: ${name}`}
          title="Delete"
          onClick={() => actions.remove(item.id)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </li>
  );
}
