import { useCallback, useSyncExternalStore } from 'react';
import type { AgendaUndo } from '../utils/undo';

export interface AgendaUndoControls {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  /** The next edit starts a new undo step. */
  stopCapturing: () => void;
}

/** Undo and redo of this person's own edits to the current document (a resync starts afresh). */
export function useAgendaUndo(manager: AgendaUndo): AgendaUndoControls {
  const subscribe = useCallback((listener: () => void) => manager.onChange(listener), [manager]);
  const canUndo = useSyncExternalStore(subscribe, () => manager.canUndo());
  const canRedo = useSyncExternalStore(subscribe, () => manager.canRedo());
  return {
    canUndo,
    canRedo,
    undo: () => manager.undo(),
    redo: () => manager.redo(),
    stopCapturing: () => manager.stopCapturing(),
  };
}
