import { HostState } from './host';

/** The observable part of a host: its state and who listens to it. */
export class HostStore {
  private readonly listeners = new Set<() => void>();
  private current: HostState = { revision: 0, unsaved: false };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly state = (): HostState => this.current;

  /** The workbook changed: views read it again. */
  changed(): void {
    this.set({ ...this.current, revision: this.current.revision + 1, unsaved: true });
  }

  /** Another workbook was opened: nothing of it is unsaved, and nothing in it was gone to yet. */
  opened(): void {
    this.set({ revision: this.current.revision + 1, unsaved: false });
  }

  /** The workbook as it is now was handed over (downloaded). */
  saved(): void {
    if (this.current.unsaved) this.set({ ...this.current, unsaved: false });
  }

  selected(address: string): void {
    this.set({ ...this.current, selected: address });
  }

  private set(next: HostState): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
