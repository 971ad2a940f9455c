/**
 * Grouping of the sorted watchlist ("Nhóm theo"): header rows with a name and a count, each
 * followed by its items in the sort order. Pure; the table renders the rows as they come.
 */
import { documentCodes, documentOf } from './columns';
import type { WatchItem } from './types';
import type { GroupBy } from './view';

export type TableRow =
  | { type: 'group'; id: string; name: string; count: number }
  | { type: 'item'; id: string; item: WatchItem };

const COLLATOR = new Intl.Collator('vi', { numeric: true });

/** The groups an item belongs to: one per lead unit, so a shared task shows under each unit. */
function groupNamesOf(item: WatchItem, by: Exclude<GroupBy, 'none'>, codes: ReadonlyMap<string, string>): string[] {
  if (by === 'site') return [item.site];
  if (by === 'owner') return item.owners?.length ? item.owners : [''];
  return [documentOf(item, codes)];
}

/**
 * `sorted` as table rows: without grouping one row per item; else groups by name (Vietnamese
 * order, the unnamed group last, as `emptyName`), each with its count and its items in order.
 */
export function tableRows(
  sorted: readonly WatchItem[],
  by: GroupBy,
  emptyName: string,
  codes: ReadonlyMap<string, string> = documentCodes(sorted),
): TableRow[] {
  if (by === 'none') return sorted.map((item) => ({ type: 'item', id: item.key, item }));
  const groups = new Map<string, WatchItem[]>();
  for (const item of sorted) {
    for (const name of new Set(groupNamesOf(item, by, codes))) {
      const members = groups.get(name);
      if (members) members.push(item);
      else groups.set(name, [item]);
    }
  }
  const names = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : COLLATOR.compare(a, b)));
  return names.flatMap((name) => {
    const members = groups.get(name) ?? [];
    const id = `group:${name}`;
    return [
      { type: 'group' as const, id, name: name || emptyName, count: members.length },
      ...members.map((item) => ({ type: 'item' as const, id: `${id}:${item.key}`, item })),
    ];
  });
}
