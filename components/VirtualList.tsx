import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** Height of the scrolling box in px. */
  height: number;
  keyOf: (item: T) => string;
  /** One `<tr>` of exactly `rowHeight` px (`style` sets it). */
  renderRow: (item: T, index: number, style: { height: string }) => ComponentChildren;
}

/** Rows drawn beyond each edge of the view, so a short scroll shows no gap. */
const OVERSCAN = 6;

/** How many rows the list draws when scrolled to the top: what the first screen needs. */
export function rowsToFill(height: number, rowHeight: number): number {
  return Math.ceil(height / rowHeight) + OVERSCAN;
}

/**
 * A table body that renders only the rows in view (plus a few), so 10,000 items scroll as smoothly
 * as 10. The body scrolls by itself, so the table's header stays in place; the rows out of view
 * are stood in for by the body's padding, which keeps the scroll height right.
 */
export function VirtualList<T>({ items, rowHeight, height, keyOf, renderRow }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const style = { height: `${rowHeight}px` };
  return (
    <tbody
      class="virtual-list"
      style={{
        height: `${height}px`,
        paddingTop: `${first * rowHeight}px`,
        paddingBottom: `${(items.length - last) * rowHeight}px`,
      }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {items.slice(first, last).map((item, offset) => (
        <Fragment key={keyOf(item)}>{renderRow(item, first + offset, style)}</Fragment>
      ))}
    </tbody>
  );
}
