import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** Height of the scrolling box in px. */
  height: number;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
}

/** Renders only the rows in view (plus a few), so 10,000 items scroll as smoothly as 10. */
export function VirtualList<T>({ items, rowHeight, height, keyOf, renderRow }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const overscan = 6;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return (
    <div
      class="virtual-list"
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul
        style={{
          height: `${items.length * rowHeight}px`,
          position: 'relative',
          margin: 0,
          padding: 0,
          listStyle: 'none',
        }}
      >
        {items.slice(first, last).map((item, offset) => (
          <li
            key={keyOf(item)}
            class="virtual-row"
            style={{
              position: 'absolute',
              top: `${(first + offset) * rowHeight}px`,
              left: 0,
              right: 0,
              height: `${rowHeight}px`,
            }}
          >
            {renderRow(item, first + offset)}
          </li>
        ))}
      </ul>
    </div>
  );
}
