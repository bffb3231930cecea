import type { AppEvent } from '../ipc/contract.js';

/** Fans the main process's events out to every listener (windows, browser clients, tests). */
export interface EventHub {
  emit(event: AppEvent): void;
  /** Adds a listener; the returned function removes it. */
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<(event: AppEvent) => void>();
  return {
    emit(event) {
      for (const l of [...listeners]) l(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
