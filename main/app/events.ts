import type { StationEvent } from '../../shared/contract/events';

export type Listener = (event: StationEvent) => void;

/** In-process fan-out of live updates; each host forwards them to its screens. */
export class EventBus {
  private listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: StationEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken screen connection must not stop the others or the write that emitted.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
