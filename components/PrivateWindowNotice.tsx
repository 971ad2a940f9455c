import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

export interface PrivateWindowNoticeProps {
  /** Opens this page again in a normal window; rejects when the browser refuses. */
  openInNormalWindow(): Promise<void>;
}

/**
 * The watchlist page opened in a private window: the list lives on disk, so it is neither read nor
 * written here (Firefox refuses IndexedDB in private windows anyway). Says so, and offers the way out.
 */
export function PrivateWindowNotice({ openInNormalWindow }: PrivateWindowNoticeProps) {
  const [refused, setRefused] = useState(false);
  return (
    <main class="watchlist" data-testid="watchlist-private">
      <h1>{t('watchlistTitle')}</h1>
      <p class="notice private">{t('watchlistPrivate')}</p>
      <button type="button" class="primary" onClick={() => openInNormalWindow().catch(() => setRefused(true))}>
        {t('openInNormalWindow')}
      </button>
      {refused && (
        <p class="message error" role="alert">
          {t('openInNormalWindowFailed')}
        </p>
      )}
    </main>
  );
}
