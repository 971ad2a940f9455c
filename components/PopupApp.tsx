import { useCallback, useEffect, useState } from 'preact/hooks';
import { STORAGE_FULL } from '../lib/db/storage-errors';
import { t } from '../lib/i18n';
import { type Attachment, pdfShownInTab } from '../lib/links/attachments';
import { PRIVATE_WINDOW } from '../lib/messaging/protocol';
import type { TabStatus } from '../lib/messaging/tabs';
import type { ComingUpSummary } from '../lib/reminders/popup-summary';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import type { FindingSummary, SaveResult } from '../lib/watchlist/types';
import { ComingUp } from './ComingUp';
import { FindingList } from './FindingList';
import { HighlightLegend } from './HighlightLegend';
import { AttachmentList } from './viewer/AttachmentList';

export interface PopupActions {
  /** Resolves the status of the tab this popup speaks for. */
  loadStatus: () => Promise<TabStatus>;
  loadFindings: (tabId: number) => Promise<FindingSummary[]>;
  pick: (tabId: number, finding: FindingSummary) => void;
  /** Asks for the site's permission and starts annotating it; false when refused. */
  enableSite: (tabId: number, url: string) => Promise<boolean>;
  scanOnce: (tabId: number) => Promise<void>;
  /** Scans the tab's page again from scratch. */
  rescan: (tabId: number) => Promise<void>;
  openWatchlist: () => void;
  openSettings: () => void;
  /** Watchlist: which keys are saved, save or unsave findings of a page, what is due. */
  loadSaved: (keys: string[]) => Promise<string[]>;
  save: (
    findings: FindingSummary[],
    page: { tabId: number; url: string; title: string },
    save: boolean,
  ) => Promise<SaveResult>;
  /** What is due, read from the database (the truth: it replaces `storedDue`). */
  loadDue: () => Promise<ComingUpSummary>;
  /** Downloads the whole watchlist as CSV. */
  exportCsv: () => Promise<void>;
  /** The PDF and Word files the page in the tab links or embeds. */
  loadAttachments: (tabId: number) => Promise<Attachment[]>;
  /** Opens the document viewer on an http(s) URL in a new tab. */
  openDocument: (url: string) => void;
}

export interface PopupAppProps extends PopupActions {
  lang: 'vi' | 'en';
  /** Opened in a private window: nothing is saved from here (see the wiring). */
  privateWindow?: boolean;
  /** The highlight categories with the user's colours, for the legend. */
  highlights?: Settings['categories'];
  /** The keyboard shortcut that opens the watchlist, as the browser has it (the user may change it). */
  watchlistShortcut?: string;
  /** "Coming up" as last counted (`popup-summary.ts`), shown at once until `loadDue` answers. */
  storedDue?: ComingUpSummary;
}

/** The toolbar popup: the current page's findings to save, what is coming up, the way to the watchlist. */
export function PopupApp(props: PopupAppProps) {
  const {
    loadStatus,
    loadFindings,
    pick,
    enableSite,
    scanOnce,
    rescan,
    openWatchlist,
    openSettings,
    loadSaved,
    save,
    loadDue,
    exportCsv,
    loadAttachments,
    openDocument,
    lang,
    privateWindow = false,
    highlights = DEFAULT_SETTINGS.categories,
    watchlistShortcut,
    storedDue,
  } = props;
  const [status, setStatus] = useState<TabStatus | undefined>();
  const [findings, setFindings] = useState<FindingSummary[]>([]);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  // The stored summary until the database answers, then the database's answer. A failed read
  // (a private window, a broken database) leaves what is shown, still marked unchecked.
  const [due, setDue] = useState<{ summary?: ComingUpSummary; checked: boolean }>({
    summary: storedDue,
    checked: false,
  });
  const showDue = useCallback(
    (read: Promise<ComingUpSummary>) =>
      read.then(
        (summary) => setDue({ summary, checked: true }),
        () => undefined,
      ),
    [],
  );
  const [notice, setNotice] = useState<string | undefined>();

  const refresh = useCallback(async () => {
    // "Coming up" does not depend on the tab: read it alongside, not after the page's answers.
    void showDue(loadDue());
    const next = await loadStatus().catch((): TabStatus => ({ kind: 'none' }));
    setStatus(next);
    const found = next.kind === 'active' ? await loadFindings(next.tabId) : [];
    setFindings(found);
    // Without the watchlist (a private window, a failed read) the page's findings still show.
    setSaved(new Set(await loadSaved(found.map((f) => f.watchKey)).catch(() => [])));
    setAttachments(next.kind === 'active' ? await loadAttachments(next.tabId).catch(() => []) : []);
  }, [loadStatus, loadFindings, loadAttachments, loadSaved, loadDue, showDue]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const startOn = async (start: () => Promise<unknown>) => {
    setNotice(undefined);
    // The browser may refuse (a page it protects, a permission it will not grant): say so.
    const started = await start().catch((error: unknown) => error);
    if (started instanceof Error) return setNotice(t('actionFailed', [started.message]));
    if (started === false) return setNotice(t('popupPermissionDenied'));
    // The content script needs a moment to scan before it can answer.
    setTimeout(() => void refresh(), 400);
  };

  const toggle = async (items: FindingSummary[], wanted: boolean) => {
    if (status?.kind !== 'active') return;
    const page = { tabId: status.tabId, url: status.status.url, title: status.status.title };
    const result = await save(items, page, wanted);
    if (!result.ok) {
      const reason = { [STORAGE_FULL]: t('storageFull'), [PRIVATE_WINDOW]: t('privateNotSaved') }[result.error];
      setNotice(reason ?? t('saveFailed', [result.error]));
      return;
    }
    setNotice(undefined);
    // From the state as it is now, not as it was at the click: saves still on their way (a "save
    // all" and a quick click on a document) must not undo each other's marks.
    setSaved((current) => {
      const next = new Set(current);
      for (const item of items) {
        if (wanted) next.add(item.watchKey);
        else next.delete(item.watchKey);
      }
      return next;
    });
    await showDue(loadDue());
  };
  const deadlines = findings.filter((f) => f.category === 'deadline');
  const pdfInTab =
    status?.kind === 'active'
      ? pdfShownInTab(status.status.url, true)
      : status?.kind === 'inactive'
        ? pdfShownInTab(status.url, false)
        : undefined;

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {privateWindow && (
        <p class="notice private" data-testid="private-window">
          {t('popupPrivateWindow')}
        </p>
      )}
      <section aria-labelledby="on-this-page">
        <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
        <p data-testid="page-status" data-state={status?.kind ?? 'loading'}>
          {describeStatus(status)}
        </p>
        {pdfInTab && (
          <div class="actions">
            <button type="button" data-testid="open-pdf-tab" onClick={() => openDocument(pdfInTab)}>
              {t('popupOpenPdfInViewer')}
            </button>
          </div>
        )}
        {status?.kind === 'active' && findings.length === 0 && <p>{t('popupNothingFound')}</p>}
        {status?.kind === 'active' && (
          <button type="button" data-testid="rescan" onClick={() => startOn(() => rescan(status.tabId))}>
            {t('popupRescan')}
          </button>
        )}
        {deadlines.length > 0 && (
          <button type="button" data-testid="save-all-deadlines" onClick={() => toggle(deadlines, true)}>
            {t('popupSaveAllDeadlines')}
          </button>
        )}
        {status?.kind === 'active' && (
          <FindingList
            findings={findings}
            lang={lang}
            saved={saved}
            onPick={(finding) => pick(status.tabId, finding)}
            onToggleSave={(finding, wanted) => void toggle([finding], wanted)}
          />
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
        {notice && (
          <p class="notice" role="alert">
            {notice}
          </p>
        )}
      </section>
      <AttachmentList attachments={attachments} onOpen={(attachment) => openDocument(attachment.url)} />
      <ComingUp summary={due.summary} checked={due.checked} lang={lang} />
      <HighlightLegend categories={highlights} />
      <div class="actions">
        <button
          type="button"
          data-testid="open-watchlist"
          onClick={openWatchlist}
          title={watchlistShortcut ? t('popupOpenWatchlistTitle', [watchlistShortcut]) : undefined}
          aria-keyshortcuts={watchlistShortcut?.replace(/\s/g, '')}
        >
          {t('popupOpenWatchlist')}
        </button>
        {watchlistShortcut && (
          <kbd class="shortcut" data-testid="watchlist-shortcut">
            {watchlistShortcut}
          </kbd>
        )}
        <button
          type="button"
          data-testid="popup-export-csv"
          onClick={() => void exportCsv().catch((error: Error) => setNotice(t('actionFailed', [error.message])))}
        >
          {t('popupExportCsv')}
        </button>
        <button type="button" data-testid="open-settings" onClick={openSettings}>
          {t('settingsTitle')}
        </button>
      </div>
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
