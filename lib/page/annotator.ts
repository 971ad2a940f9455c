/**
 * The content script's work on a page, wired together: scan it (scanner.ts), paint what is shown
 * (paint-book.ts), explain a finding in a card and move between findings (navigator.ts), keep the
 * saved marks in step (saved-sync.ts), answer the popup (page-responder.ts), follow changes, SPA
 * navigations and the user's settings. Everything stops, leaving the page as it was, when the site
 * is switched off or the extension reloads. Nothing we do may throw into the page.
 */
import { t, uiLanguage } from '../i18n';
import { logQuietly } from '../log';
import { sendToBackground } from '../messaging/channel';
import { type PageStatus, PRIVATE_WINDOW } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { summarizeLines } from '../watchlist/summary';
import { Card } from './card';
import type { Finding } from './findings';
import { findingAtPoint, rectsOf } from './hit-test';
import { HINT_DELAY_MS, HoverHint } from './hover-hint';
import { containersInView } from './in-view';
import { type PageLife, watchLocation } from './lifetime';
import { FindingNavigator, isTyping } from './navigator';
import { watchMutations } from './observer';
import { readLanguage, readPublishedDate } from './page-meta';
import { answerThePopup } from './page-responder';
import { PaintBook } from './paint-book';
import { browserHighlights, highlightCss, installHighlightStyles, Painter } from './painter';
import { SavedKeysQueue } from './saved-keys-queue';
import { toggleSaved } from './saved-sync';
import { PageScanner } from './scanner';
import { isUiHost, mountUiHost } from './ui-host';

export interface Annotator {
  /** Follows changed settings: colours, which categories are painted. */
  apply(settings: Settings): void;
  /** Removes everything we added to the page and stops listening. */
  stop(): void;
}

const colourMap = (settings: Settings) =>
  Object.fromEntries(
    Object.entries(settings.categories).map(([category, style]) => [category, style.colour]),
  ) as Record<Finding['category'], string>;

/** The longest the first scan waits for the page to be idle (a page busy for good still gets read). */
const START_TIMEOUT_MS = 1000;

/** The longest a highlight found during a full scan waits before it is painted (unless the reader scrolls). */
const PAINT_BATCH_MS = 1000;

/** Starts annotating, or returns undefined where the browser cannot paint highlights. */
export function startAnnotator(
  pageLife: PageLife,
  settings: Settings,
  doc: Document = document,
): Annotator | undefined {
  const highlights = browserHighlights();
  if (!highlights) {
    logQuietly('no CSS Custom Highlight API here', navigator.userAgent);
    return undefined;
  }
  if (!pageLife.alive) return undefined;
  // Ends with the annotator (stop) or the page life: every listener below is registered with it.
  const life = new AbortController();
  const guard =
    <A extends unknown[]>(work: (...args: A) => unknown) =>
    (...args: A): void => {
      if (life.signal.aborted) return;
      try {
        const result = work(...args);
        if (result instanceof Promise) result.catch((error) => logQuietly('page work failed', error));
      } catch (error) {
        logQuietly('page work failed', error);
      }
    };

  const ui = mountUiHost(pageLife, doc);
  const styles = installHighlightStyles(doc, ui.host, highlightCss(colourMap(settings)));
  // Highlights are queued and put in the registry in few batches (see PainterOptions.deferred):
  // at once for what is in view, rescans and the user's own actions; while a full scan reads the
  // rest of the page, at most every PAINT_BATCH_MS, when it ends, or when the user scrolls or clicks.
  const painter = new Painter(highlights, { deferred: true });
  let batching = false;
  let flushQueued = false;
  const paintQueued = () => {
    flushQueued = false;
    painter.flush();
  };
  const paintSoon = () => {
    if (!batching) return painter.flush();
    if (flushQueued) return;
    flushQueued = true;
    pageLife.setTimeout(guard(paintQueued), PAINT_BATCH_MS);
  };
  const scanWholePage = async (visibleFirst: Element[] = []) => {
    batching = false;
    try {
      await scanner.scanAll(visibleFirst);
    } finally {
      batching = false;
      painter.flush();
      savedKeys.flush();
    }
  };
  const book = new PaintBook(painter, settings.categories);
  const savedKeys = new SavedKeysQueue(
    (saved) => book.markSaved(saved, true),
    (work, ms) => pageLife.setTimeout(guard(work), ms),
    (keys) => sendToBackground('getSavedKeys', { keys }),
    (error) => logQuietly('page work failed', error),
  );
  const card = new Card(ui.root, (key, subs) => t(key as never, subs), uiLanguage);
  const hint = new HoverHint(ui.root, (key, subs) => t(key as never, subs));
  const shownFindings = () => scanner.findings.filter((finding) => book.isShown(finding));
  const cards = new FindingNavigator({
    life: pageLife,
    doc,
    card,
    painter,
    book,
    shownFindings,
    guard,
    save: async (finding, save) => {
      const result = await toggleSaved(book, finding, save, doc);
      if (result.ok) {
        savedKeys.userChanged(finding.watchKey);
        return undefined;
      }
      return result.error === PRIVATE_WINDOW ? t('privateNotSaved') : t('cardSaveFailed', [result.error]);
    },
  });

  const scanner = new PageScanner({
    root: doc.body ?? doc.documentElement,
    isOwn: isUiHost,
    published: readPublishedDate(doc),
    lang: readLanguage(doc),
    // Idle time first; the timeout keeps a busy page from starving the scan.
    yieldToPage: () => new Promise((resolve) => pageLife.requestIdleCallback(resolve, 100)),
    read: (text, options) => sendToBackground('readText', { text, ...options }),
    onShadowRoot: (root) => styles.adopt(root),
    onVisibleRead: () => {
      painter.flush();
      batching = true;
    },
    onChange: (added, removed) => {
      // The background's fuller reading replaces findings: an open card follows its finding.
      const open = cards.open;
      const successor = open && removed.includes(open) ? added.find((finding) => sameSpot(finding, open)) : undefined;
      book.unpaint(removed);
      if (successor) cards.show(successor);
      else cards.closeIfAmong(removed);
      book.paint(added);
      paintSoon();
      // A reading put in place keeps the watch keys of the findings it replaces: ask about new ones only.
      const asked = new Set(removed.map((finding) => finding.watchKey));
      const unknown = asked.size ? added.filter((finding) => !asked.has(finding.watchKey)) : added;
      if (unknown.length) savedKeys.add(unknown);
    },
  });

  /** Counts lines as the popup lists them, so its summary and its rows agree. */
  function status(): PageStatus {
    const lines = summarizeLines(scanner.findings);
    const references = lines.filter((line) => line.reference).length;
    return {
      active: true,
      url: doc.location.href,
      title: doc.title,
      references,
      dates: lines.length - references,
      scan: scanner.stats,
    };
  }

  // Only the user's own input counts: events a page script makes (isTrusted false) are ignored.
  const listen = <E extends Event>(type: string, handler: (event: E) => void, options: AddEventListenerOptions) =>
    doc.addEventListener(type, guard((event: E) => event.isTrusted && handler(event)) as EventListener, {
      ...options,
      signal: life.signal,
    });

  // Pointer: a click on a highlight opens its card; a click elsewhere closes it.
  listen<MouseEvent>(
    'click',
    (event) => {
      const path = event.composedPath();
      // The innermost node clicked, inside a page component's open shadow root too.
      const target = path[0];
      if (path.includes(ui.host) || !(target instanceof Node)) return;
      // The click may be on a finding still queued, or whose saved state was not asked yet.
      painter.flush();
      savedKeys.flush();
      const finding = findingAtPoint(shownFindings(), event.clientX, event.clientY, target, doc);
      if (finding) cards.show(finding);
      else if (cards.open) cards.close();
    },
    { capture: true, passive: true },
  );

  // Hover: when the pointer rests on a highlight, a hint says it can be clicked. One hit test per
  // rest, not per move: every move hides the hint and restarts the wait.
  let resting: ReturnType<typeof setTimeout> | undefined;
  life.signal.addEventListener('abort', () => clearTimeout(resting));
  listen<PointerEvent>(
    'pointermove',
    (event) => {
      hint.hide();
      clearTimeout(resting);
      const { clientX: x, clientY: y } = event;
      const target = event.composedPath()[0];
      if (event.pointerType !== 'mouse' || !(target instanceof Node) || ui.isOwn(target)) return;
      resting = setTimeout(
        guard(() => {
          if (cards.open) return;
          const finding = findingAtPoint(shownFindings(), x, y, target, doc);
          const box =
            finding && rectsOf(finding, doc).find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
          if (finding && box) hint.show(finding.category, box);
        }),
        HINT_DELAY_MS,
      );
    },
    { capture: true, passive: true },
  );
  for (const type of ['pointerdown', 'keydown', 'scroll'])
    listen(type, () => hint.hide(), { capture: true, passive: true });
  // The reader moves on while the scan is still queueing highlights: paint them in the next frame.
  listen('scroll', () => painter.pending && pageLife.requestAnimationFrame(guard(() => painter.flush())), {
    capture: true,
    passive: true,
  });

  // Keyboard: Alt+Shift+J / Alt+Shift+K step through findings, Esc closes the card.
  listen<KeyboardEvent>(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && cards.open) return cards.close();
      if (!event.altKey || !event.shiftKey || isTyping(event.target)) return;
      if (event.code === 'KeyJ') cards.step(1);
      else if (event.code === 'KeyK') cards.step(-1);
    },
    { capture: true },
  );

  const watch = watchMutations(doc.body ?? doc.documentElement, ui.isOwn, async (containers) => {
    const before = scanner.stats.busyMs;
    await scanner.rescan(containers).catch((error) => logQuietly('rescan failed', error));
    return scanner.stats.busyMs - before;
  });
  watchLocation(
    pageLife,
    guard(() => scanWholePage(containersInView(doc, ui.host))),
    doc,
  );
  const stopAnswering = answerThePopup(
    {
      status,
      findings: () => scanner.findings,
      goTo: (finding) => cards.goTo(finding),
      refreshSaved: () => {
        book.forgetSaved();
        savedKeys.add(scanner.findings);
        return savedKeys.flush();
      },
      rescan: () => scanWholePage(),
    },
    doc,
  );

  function stop(): void {
    if (life.signal.aborted) return;
    life.abort();
    stopAnswering();
    watch.stop();
    scanner.stop();
    card.hide();
    hint.hide();
    painter.dispose();
    styles.remove();
    ui.remove();
  }

  /** Paints what became visible, unpaints what was switched off, and takes the new colours. */
  function apply(next: Settings): void {
    if (life.signal.aborted) return;
    styles.update(highlightCss(colourMap(next)));
    cards.closeIfAmong(book.show(next.categories));
    book.paint(scanner.findings);
    painter.flush();
  }

  // Start when the page is idle: after the browser has styled, laid out and painted it, so the
  // first visibility checks do not force that work into our task. (A frame callback ran inside the
  // page's own first frames after load, heavy on a large page, and made their work look like ours.)
  pageLife.requestIdleCallback(
    guard(() => scanWholePage(containersInView(doc, ui.host))),
    START_TIMEOUT_MS,
  );
  pageLife.onEnd(stop);
  return { apply, stop };
}

/** The same text at the same place: a finding read again, not a new one. */
function sameSpot(a: Finding, b: Finding): boolean {
  return (
    a.text === b.text &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset
  );
}
