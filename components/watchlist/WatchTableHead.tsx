import { t } from '../../lib/i18n';
import { COLUMNS, type Column } from '../../lib/watchlist/columns';

const LABEL = {
  due: 'columnDueShort',
  task: 'columnTask',
  owners: 'columnOwners',
  document: 'columnDocument',
  site: 'columnSource',
  status: 'columnStatus',
} as const;

export interface WatchTableHeadProps {
  sort: Column;
  descending: boolean;
  /** Sorts by `column`: the sorted column turns around, another starts ascending. */
  onSort: (column: Column, descending: boolean) => void;
  allSelected: boolean;
  onSelectAll: (selected: boolean) => void;
  /**
   * The list is still loading (its first screen shows): "select all" would select only the rows
   * read so far, and another order needs the rest. Both wait, disabled, for a moment.
   */
  busy?: boolean;
}

/** The table's header row: select all, one sort button per column (with `aria-sort`), actions. */
export function WatchTableHead({
  sort,
  descending,
  onSort,
  allSelected,
  onSelectAll,
  busy = false,
}: WatchTableHeadProps) {
  return (
    <thead class="watch-head">
      <tr class="watch-grid" aria-rowindex={1}>
        <th scope="col" class="cell-select">
          <input
            type="checkbox"
            aria-label={t('selectAll')}
            checked={allSelected}
            disabled={busy}
            onChange={(e) => onSelectAll(e.currentTarget.checked)}
          />
        </th>
        {COLUMNS.map((column) => {
          const sorted = column === sort;
          return (
            <th
              key={column}
              scope="col"
              class={`cell-${column}`}
              aria-sort={sorted ? (descending ? 'descending' : 'ascending') : undefined}
            >
              <button
                type="button"
                class="sort-button"
                data-sort={column}
                disabled={busy}
                onClick={() => onSort(column, sorted ? !descending : false)}
              >
                {t(LABEL[column])}
                <span aria-hidden="true" class="sort-arrow">
                  {sorted ? (descending ? ' ▼' : ' ▲') : ''}
                </span>
              </button>
            </th>
          );
        })}
        <th scope="col" class="cell-actions">
          {t('columnActions')}
        </th>
      </tr>
    </thead>
  );
}
