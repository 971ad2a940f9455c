import { t } from '../lib/i18n';
import type { FilterChoices, WatchFilter } from '../lib/watchlist/view';

export interface WatchFiltersProps {
  filter: WatchFilter;
  choices: FilterChoices;
  lang: 'vi' | 'en';
  /** How many items are done: the "Đã xong (N)" toggle says it (undefined while the list loads). */
  doneCount: number | undefined;
  onChange: (filter: WatchFilter) => void;
}

/** Search, filters, grouping and the done toggle of the watchlist page (sorting is in the table's header). */
export function WatchFilters({ filter, choices, lang, doneCount, onChange }: WatchFiltersProps) {
  const set = <K extends keyof WatchFilter>(key: K, value: WatchFilter[K]) => onChange({ ...filter, [key]: value });
  const value = (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => event.currentTarget.value;
  return (
    <div class="filters">
      <input
        type="search"
        class="search"
        aria-label={t('watchlistSearch')}
        placeholder={t('watchlistSearch')}
        value={filter.query}
        onInput={(e) => set('query', value(e))}
      />
      <label>
        {t('filterKind')}
        <select value={filter.kind} onChange={(e) => set('kind', value(e) as WatchFilter['kind'])}>
          <option value="all">{t('filterAll')}</option>
          <option value="document">{t('kindDocument')}</option>
          <option value="deadline">{t('kindDeadline')}</option>
          <option value="date">{t('kindDate')}</option>
        </select>
      </label>
      <label>
        {t('filterStatus')}
        <select
          value={filter.status}
          data-testid="filter-status"
          onChange={(e) => set('status', value(e) as WatchFilter['status'])}
        >
          <option value="all">{t('filterAll')}</option>
          <option value="open">{t('statusNotDone')}</option>
          <option value="done">{t('statusDone')}</option>
        </select>
      </label>
      <label>
        {t('filterDueFrom')}
        <input type="date" value={filter.dueFrom} onInput={(e) => set('dueFrom', value(e))} />
      </label>
      <label>
        {t('filterDueTo')}
        <input type="date" value={filter.dueTo} onInput={(e) => set('dueTo', value(e))} />
      </label>
      <label>
        {t('filterSite')}
        <select value={filter.site} onChange={(e) => set('site', value(e))}>
          <option value="">{t('filterAll')}</option>
          {choices.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterType')}
        <select value={filter.type} onChange={(e) => set('type', value(e))}>
          <option value="">{t('filterAll')}</option>
          {choices.types.map((type) => (
            <option key={type.id} value={type.id}>
              {lang === 'vi' ? type.vi : type.en}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterIssuer')}
        <select value={filter.issuer} onChange={(e) => set('issuer', value(e))}>
          <option value="">{t('filterAll')}</option>
          {choices.issuers.map((issuer) => (
            <option key={issuer.value} value={issuer.value}>
              {issuer.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('groupBy')}
        <select
          value={filter.group}
          data-testid="group-by"
          onChange={(e) => set('group', value(e) as WatchFilter['group'])}
        >
          <option value="none">{t('groupNone')}</option>
          <option value="document">{t('groupDocument')}</option>
          <option value="owner">{t('groupOwner')}</option>
          <option value="site">{t('groupSite')}</option>
        </select>
      </label>
      <button
        type="button"
        data-testid="show-done"
        aria-pressed={filter.status === 'done'}
        onClick={() => set('status', filter.status === 'done' ? 'open' : 'done')}
      >
        {t('showDone', [doneCount === undefined ? '…' : String(doneCount)])}
      </button>
    </div>
  );
}
