import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { FindingSummary } from '../lib/messages';
import type { TabStatus } from '../lib/tabs';
import { FindingList } from './FindingList';

export interface PopupActions {
  /** Resolves the status of the tab this popup speaks for. */
  loadStatus: () => Promise<TabStatus>;
  loadFindings: (tabId: number) => Promise<FindingSummary[]>;
  pick: (tabId: number, finding: FindingSummary) => void;
  /** Asks for the site's permission and starts annotating it; false when refused. */
  enableSite: (tabId: number, url: string) => Promise<boolean>;
  scanOnce: (tabId: number) => Promise<void>;
  openWatchlist: () => void;
}

export interface PopupAppProps extends PopupActions {
  lang: 'vi' | 'en';
}

/** The toolbar popup: what the extension found on the current page, and the way to the watchlist. */
export function PopupApp(props: PopupAppProps) {
  const { loadStatus, loadFindings, pick, enableSite, scanOnce, openWatchlist, lang } = props;
  const [status, setStatus] = useState<TabStatus | undefined>();
  const [findings, setFindings] = useState<FindingSummary[]>([]);
  const [notice, setNotice] = useState<string | undefined>();

  const refresh = useCallback(async () => {
    const next = await loadStatus().catch((): TabStatus => ({ kind: 'none' }));
    setStatus(next);
    setFindings(next.kind === 'active' ? await loadFindings(next.tabId) : []);
  }, [loadStatus, loadFindings]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const startOn = async (start: () => Promise<unknown>) => {
    setNotice(undefined);
    if ((await start()) === false) return setNotice(t('popupPermissionDenied'));
    // The content script needs a moment to scan before it can answer.
    setTimeout(() => void refresh(), 400);
  };

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <section aria-labelledby="on-this-page">
        <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
        <p data-testid="page-status" data-state={status?.kind ?? 'loading'}>
          {describeStatus(status)}
        </p>
        {status?.kind === 'active' && findings.length === 0 && <p>{t('popupNothingFound')}</p>}
        {status?.kind === 'active' && (
          <FindingList findings={findings} lang={lang} onPick={(finding) => pick(status.tabId, finding)} />
        )}
        {status?.kind === 'inactive' && /^https?:/.test(status.url) && (
          <div class="actions">
            <button
              type="button"
              data-testid="enable-site"
              onClick={() => startOn(() => enableSite(status.tabId, status.url))}
            >
              {t('popupEnableSite')}
            </button>
            <button type="button" data-testid="scan-once" onClick={() => startOn(() => scanOnce(status.tabId))}>
              {t('popupScanPage')}
            </button>
          </div>
        )}
        {notice && <p class="notice">{notice}</p>}
      </section>
      <button type="button" data-testid="open-watchlist" onClick={openWatchlist}>
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
