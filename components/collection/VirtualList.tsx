/**
 * A list that renders only the rows in view (plus a margin), so 10,000 records cost the
 * same as 30. Rows have a fixed height; the scroll area keeps the full height.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  renderRow: (item: T, index: number) => ComponentChildren;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
  /** Scroll back to the top when this changes (a new filter or sort). */
  resetKey?: unknown;
  label?: string;
}

export function VirtualList<T>({ items, rowHeight, renderRow, overscan = 8, resetKey, label }: VirtualListProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setHeight(element.clientHeight || 800);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || 800));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const visible = items.slice(first, last);

  return (
    <div
      ref={ref}
      class="dl-vlist"
      role="list"
      aria-label={label}
      aria-rowcount={items.length}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>
        {visible.map((item, i) => (
          <div
            role="listitem"
            key={first + i}
            style={{ position: 'absolute', top: `${(first + i) * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}
          >
            {renderRow(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
