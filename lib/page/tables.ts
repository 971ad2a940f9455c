/**
 * Real `<table>` structure for extraction: which stretches of the joined text are the cells of
 * which row, so a date under a "Thời hạn" column and the owner in the "Cơ quan chủ trì" cell of its
 * row are read together. Merged cells (rowspan, colspan) are laid out on a grid, so every row has
 * its full set of columns, as a reader sees them.
 */
import type { TextTable } from '../extract/types';
import type { PageText } from './page-text';

type CellSpan = { start: number; end: number };

/** An empty cell: no text of its own in this part of the page. */
const EMPTY: CellSpan = { start: 0, end: 0 };

/** The table cell a flow container sits in; undefined outside tables. */
export type CellLocator = (container: Element) => { cell: Element; table: HTMLTableElement } | undefined;

/** A locator that walks up from each container once, however often one slice asks about it. */
export function cellLocator(): CellLocator {
  const known = new Map<Element, { cell: Element; table: HTMLTableElement } | undefined>();
  return (container) => {
    if (known.has(container)) return known.get(container);
    const cell = container.closest('td, th');
    const table = cell?.closest('table');
    const found = cell && table ? { cell, table } : undefined;
    known.set(container, found);
    return found;
  };
}

/** The tables that flows of `page` sit in, as rows of cell spans in `page.text`, header rows first. */
export function tablesOf(page: PageText, locate: CellLocator = cellLocator()): TextTable[] {
  const spans = new Map<Element, CellSpan>();
  const tables = new Set<HTMLTableElement>();
  page.flows.forEach((flow, i) => {
    const { cell, table } = locate(flow.container) ?? {};
    if (!cell || !table) return;
    const start = page.flowStarts[i] as number;
    const end = start + flow.text.length;
    const known = spans.get(cell);
    spans.set(cell, known ? { start: Math.min(known.start, start), end: Math.max(known.end, end) } : { start, end });
    tables.add(table);
  });
  return [...tables]
    .map((table) => grid(table).filter((row) => row.some((cell) => cell && spans.has(cell))))
    .filter((rows) => rows.length > 0)
    .map((rows) => rows.map((row) => row.map((cell) => (cell && spans.get(cell)) || EMPTY)));
}

/** The table's rows as a grid of cells: a merged cell stands in every slot it covers. */
export function grid(table: HTMLTableElement): (Element | undefined)[][] {
  const rows: (Element | undefined)[][] = [];
  const sameTable = [...table.rows].filter((row) => row.closest('table') === table);
  sameTable.forEach((row, r) => {
    rows[r] ??= [];
    let column = 0;
    // Own cells only: some DOMs list a nested table's cells too.
    for (const cell of [...row.cells].filter((c) => c.parentElement === row)) {
      while (rows[r]?.[column]) column++;
      const across = clamp(cell.colSpan, 1, 50);
      const down = clamp(cell.rowSpan || sameTable.length - r, 1, sameTable.length - r);
      for (let dr = 0; dr < down; dr++) {
        rows[r + dr] ??= [];
        for (let dc = 0; dc < across; dc++) (rows[r + dr] as (Element | undefined)[])[column + dc] = cell;
      }
      column += across;
    }
  });
  // Fill the holes a short row leaves, so every slot is a cell or explicitly nothing.
  return rows.map((row) => Array.from(row, (cell) => cell));
}

/** The first row of `table`: its header, which extraction needs even when a scan slice starts lower. */
export function headerRowOf(table: HTMLTableElement): HTMLTableRowElement | undefined {
  return table.tHead?.rows[0] ?? table.rows[0];
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Number.isFinite(value) ? value : low));
}
