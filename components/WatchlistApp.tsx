import { t } from '../lib/i18n';

/** The full-tab watchlist. Until the database lands it shows the empty state. */
export function WatchlistApp() {
  return (
    <main class="watchlist">
      <h1>{t('watchlistTitle')}</h1>
      <p data-testid="watchlist-empty">{t('watchlistEmpty')}</p>
      <footer>{t('localOnly')}</footer>
    </main>
  );
}
