import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { TabStatus } from '../lib/tabs';

export interface PopupAppProps {
  /** Resolves the status of the tab this popup speaks for. */
  loadStatus: () => Promise<TabStatus>;
  openWatchlist: () => void;
}

/** The toolbar popup: what the extension found on the current page, and the way to the watchlist. */
export function PopupApp({ loadStatus, openWatchlist }: PopupAppProps) {
  const [status, setStatus] = useState<TabStatus | undefined>();
  useEffect(() => {
    loadStatus().then(setStatus, () => setStatus({ kind: 'none' }));
  }, [loadStatus]);

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <section aria-labelledby="on-this-page">
        <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
        <p data-testid="page-status" data-state={status?.kind ?? 'loading'}>
          {describeStatus(status)}
        </p>
      </section>
      <button type="button" onClick={openWatchlist}>
        {t('popupOpenWatchlist')}
      </button>
      <footer>{t('localOnly')}</footer>
    </main>
  );
}

function describeStatus(status: TabStatus | undefined): string {
  if (!status) return '…';
  if (status.kind === 'none') return t('popupNoTab');
  if (status.kind === 'inactive') return t('popupNotActive');
  return t('popupFindings', [String(status.status.references), String(status.status.dates)]);
}
