/** The LRU's own bookkeeping for one entry (its node, the key's map slot, the TTL), about. */
const ENTRY_OVERHEAD_BYTES = 128;

/**
 * What one cached string costs in memory, as lru-cache's `sizeCalculation`: V8 keeps a string in
 * one or two bytes a character, so two is the bound. Counting bytes rather than entries keeps a
 * cache within its budget however large the values (a big instance's name directory is megabytes).
 */
export function entrySize(value: string, key: string): number {
  return 2 * (key.length + value.length) + ENTRY_OVERHEAD_BYTES;
}
