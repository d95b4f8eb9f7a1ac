/** One page of a paged AWS list: its items, and the token of the next page if there is one. */
export interface Page<T> {
  items: readonly T[];
  next?: string;
}

/**
 * Every item of a paged list, following tokens up to `maxPages` (what was read by then is kept);
 * undefined when the first page says the resource does not exist.
 */
export async function collectPages<T>(
  fetch: (token: string | undefined) => Promise<Page<T> | undefined>,
  maxPages: number,
): Promise<T[] | undefined> {
  const items: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await fetch(token);
    if (answer === undefined) return page === 0 ? undefined : items;
    items.push(...answer.items);
    token = answer.next;
    if (!token) break;
  }
  return items;
}
