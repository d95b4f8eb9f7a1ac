/** Faults scheduled per operation, consumed one per request in the order they were scheduled. */
export class FaultQueue<T> {
  private readonly pending = new Map<string, T[]>();

  add(key: string, fault: T, times = 1): void {
    const queue = this.pending.get(key) ?? [];
    for (let i = 0; i < times; i++) queue.push(fault);
    this.pending.set(key, queue);
  }

  take(key: string): T | undefined {
    return this.pending.get(key)?.shift();
  }

  clear(): void {
    this.pending.clear();
  }
}
