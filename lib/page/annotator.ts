/**
 * The content script's work on a page: scan it, paint findings, explain one in a card on click,
 * move between findings from the keyboard, follow changes and SPA navigations, and answer the
 * popup; follow the user's settings live (colours, categories shown, language). Everything stops,
 * leaving the page as it was, when the site is switched off or the extension reloads. Errors are
 * caught here: nothing we do may throw into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t, uiLanguage } from '../i18n';
import { type FindingSummary, isMessage, type Message, type PageStatus, type SaveResult } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { Card } from './card';
import { type Finding, summarize } from './findings';
import { findingAtPoint, liveRange, rectsOf } from './hit-test';
import { watchMutations } from './observer';
import { OverlayPainter } from './overlay-painter';
import { readLanguage, readPublishedDate } from './page-meta';
import { browserHighlights, type FindingPainter, highlightCss, installHighlightStyles, Painter } from './painter';
import { PageScanner } from './scanner';
import { flowContainerOf } from './text-flows';
import { mountUiHost, UI_HOST_TAG } from './ui-host';

/** Past this many highlights a page stays readable only if we stop painting; the rest are still listed. */
export const MAX_PAINTED = 3000;

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

export function startAnnotator(ctx: ContentScriptContext, settings: Settings, doc: Document = document): Annotator {
  // Ends with the annotator: every listener below is registered with this signal.
  const life = new AbortController();
  const listen = <E extends Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: AddEventListenerOptions = {},
  ) => target.addEventListener(type, handler as EventListener, { ...options, signal: life.signal });
  const ui = mountUiHost(doc);
  const styles = installHighlightStyles(doc, ui.host, highlightCss(colourMap(settings)));
  const env = browserHighlights();
  const overlay = env ? undefined : new OverlayPainter(ui.root, (finding) => rectsOf(finding, doc));
  overlay?.setColours(colourMap(settings));
  const painter: FindingPainter = env ? new Painter(env) : (overlay as OverlayPainter);
  const card = new Card(ui.root, (key, subs) => t(key as never, subs), uiLanguage);
  const isOwn = (node: Node) => node === ui.host || ui.host.contains(node);
  const saved = new Set<string>();
  const painted = new Set<Finding>();
  let cardFinding: Finding | undefined;
  let shown = settings.categories;
  const isShown = (finding: Finding) => shown[finding.category].on;
  const shownFindings = () => scanner.findings.filter(isShown);

  const scanner = new PageScanner({
    root: doc.body ?? doc.documentElement,
    isOwn: (element) => element.tagName.toLowerCase() === UI_HOST_TAG,
    published: readPublishedDate(doc),
    lang: readLanguage(doc),
    // Idle time first; the timeout keeps a busy page from starving the scan.
    yieldToPage: () => new Promise((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: 100 })),
    onChange: (added, removed) => {
      for (const finding of removed) {
        painter.remove(finding);
        painted.delete(finding);
        if (finding === cardFinding) closeCard();
      }
      for (const finding of added) {
        if (painted.size >= MAX_PAINTED) break;
        if (!isShown(finding)) continue;
        painter.add(finding, saved.has(finding.watchKey));
        painted.add(finding);
      }
      if (added.length) void refreshSaved(added);
    },
  });

  const guard =
    <A extends unknown[]>(work: (...args: A) => unknown) =>
    (...args: A) => {
      if (life.signal.aborted) return;
      try {
        const result = work(...args);
        if (result instanceof Promise) result.catch(report);
      } catch (error) {
        report(error);
      }
    };

  /** Asks the background which of the new keys are saved, and paints them so. */
  async function refreshSaved(findings: Finding[]): Promise<void> {
    const keys = [...new Set(findings.map((finding) => finding.watchKey))];
    const request: Message<'getSavedKeys'> = { type: 'getSavedKeys', keys };
    const known = (await browser.runtime.sendMessage(request).catch(() => [])) as string[] | undefined;
    for (const key of known ?? []) saved.add(key);
    if (life.signal.aborted) return;
    for (const finding of findings)
      if (saved.has(finding.watchKey) && painted.has(finding)) painter.setSaved(finding, true);
  }

  function sameKey(finding: Finding): Finding[] {
    return shownFindings().filter((other) => other.key === finding.key);
  }

  function openCard(finding: Finding, notice?: string): void {
    const range = liveRange(finding, doc);
    if (!range) return;
    cardFinding = finding;
    painter.setCurrent(finding);
    const siblings = sameKey(finding);
    card.show(
      {
        finding,
        index: siblings.indexOf(finding) + 1,
        count: siblings.length,
        saved: saved.has(finding.watchKey),
        notice,
      },
      range.getBoundingClientRect(),
      {
        onSave: guard((save: boolean) => toggleSaved(finding, save)),
        onStep: guard((direction: 1 | -1) => {
          const others = sameKey(finding);
          const next = others[(others.indexOf(finding) + direction + others.length) % others.length];
          if (next) goTo(next);
        }),
        onClose: guard(closeCard),
      },
    );
  }

  function closeCard(): void {
    card.hide();
    cardFinding = undefined;
    painter.setCurrent(undefined);
  }

  function goTo(finding: Finding): void {
    const range = liveRange(finding, doc);
    const element = range?.startContainer.parentElement;
    if (!element) return;
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    ctx.requestAnimationFrame(() => openCard(finding));
  }

  async function toggleSaved(finding: Finding, save: boolean): Promise<void> {
    const [summary] = summarize([finding]);
    const request: Message<'saveFinding'> = {
      type: 'saveFinding',
      finding: summary as FindingSummary,
      source: {
        url: doc.location.href,
        title: doc.title,
        seenAt: new Date().toISOString(),
        quote: finding.text,
        prefix: finding.prefix,
        suffix: finding.suffix,
      },
      save,
    };
    const result = (await browser.runtime.sendMessage(request).catch((error: Error) => ({
      ok: false,
      error: error.message,
    }))) as SaveResult;
    if (!result.ok) {
      openCard(finding, t('cardSaveFailed', [result.error]));
      return;
    }
    if (result.saved) saved.add(finding.watchKey);
    else saved.delete(finding.watchKey);
    for (const other of painted) if (other.watchKey === finding.watchKey) painter.setSaved(other, result.saved);
    if (cardFinding === finding) openCard(finding);
  }

  function step(direction: 1 | -1): void {
    const findings = shownFindings();
    if (findings.length === 0) return;
    const at = cardFinding ? findings.indexOf(cardFinding) : direction === 1 ? -1 : findings.length;
    const next = findings[(at + direction + findings.length) % findings.length];
    if (next) goTo(next);
  }

  function status(): PageStatus {
    const findings = scanner.findings;
    const references = findings.filter((f) => f.reference).length;
    return {
      active: true,
      url: doc.location.href,
      title: doc.title,
      references,
      dates: findings.length - references,
      scan: scanner.stats,
    };
  }

  // Pointer: a click on a highlight opens its card; a click elsewhere closes it.
  listen(
    doc,
    'click',
    guard((event: MouseEvent) => {
      if (event.composedPath().includes(ui.host) || !(event.target instanceof Node)) return;
      const finding = findingAtPoint(shownFindings(), event.clientX, event.clientY, event.target, doc);
      if (finding) openCard(finding);
      else if (card.open) closeCard();
    }),
    { capture: true, passive: true },
  );

  // Keyboard: Alt+Shift+J / Alt+Shift+K step through findings, Esc closes the card.
  listen(
    doc,
    'keydown',
    guard((event: KeyboardEvent) => {
      if (event.key === 'Escape' && card.open) return closeCard();
      if (!event.altKey || !event.shiftKey || isTyping(event.target)) return;
      if (event.code === 'KeyJ') step(1);
      else if (event.code === 'KeyK') step(-1);
    }),
    { capture: true },
  );

  const watch = watchMutations(
    doc.body ?? doc.documentElement,
    isOwn,
    guard((containers: Element[]) => scanner.rescan(containers)),
  );
  if (overlay)
    listen(
      window,
      'resize',
      guard(() => overlay.redraw()),
      { passive: true },
    );
  ctx.addEventListener(
    window,
    'wxt:locationchange',
    guard(() => scanner.scanAll(containersInView(doc, ui.host))),
  );

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'getPageStatus':
        return Promise.resolve(status());
      case 'getFindings':
        return Promise.resolve(summarize([...scanner.findings]));
      case 'scrollToFinding': {
        const finding = scanner.findings[(message as Message<'scrollToFinding'>).index];
        if (finding) goTo(finding);
        return Promise.resolve(Boolean(finding));
      }
      case 'refreshSaved':
        saved.clear();
        for (const finding of painted) painter.setSaved(finding, false);
        return refreshSaved([...scanner.findings]).then(() => true);
      case 'rescan':
        return scanner.scanAll().then(status);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);

  function stop(): void {
    if (life.signal.aborted) return;
    life.abort();
    browser.runtime.onMessage.removeListener(onMessage);
    watch.stop();
    scanner.stop();
    card.hide();
    painter.dispose();
    styles.remove();
    ui.remove();
  }
  ctx.onInvalidated(stop);

  /** Paints what became visible, unpaints what was switched off, and takes the new colours. */
  function apply(next: Settings): void {
    if (life.signal.aborted) return;
    shown = next.categories;
    styles.update(highlightCss(colourMap(next)));
    overlay?.setColours(colourMap(next));
    for (const finding of [...painted]) {
      if (isShown(finding)) continue;
      painter.remove(finding);
      painted.delete(finding);
      if (finding === cardFinding) closeCard();
    }
    for (const finding of scanner.findings) {
      if (painted.size >= MAX_PAINTED) break;
      if (!isShown(finding) || painted.has(finding)) continue;
      painter.add(finding, saved.has(finding.watchKey));
      painted.add(finding);
    }
  }

  // Start after the browser has styled and laid out the page in its own frame, so the first
  // visibility checks do not force that work into our task.
  ctx.requestAnimationFrame(() =>
    ctx.setTimeout(
      guard(() => scanner.scanAll(containersInView(doc, ui.host))),
      0,
    ),
  );
  return { apply, stop };
}

/** The flow containers under a few points down the viewport: scanned before the rest of the page. */
function containersInView(doc: Document, host: Element): Element[] {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return [];
  const root = doc.body ?? doc.documentElement;
  const found = new Set<Element>();
  for (const fx of [0.3, 0.6]) {
    for (let fy = 0.05; fy < 1; fy += 0.15) {
      const element = doc
        .elementsFromPoint(view.innerWidth * fx, view.innerHeight * fy)
        .find((el) => el !== host && !host.contains(el));
      if (element && element !== root && root.contains(element)) found.add(flowContainerOf(element, root));
    }
  }
  found.delete(root);
  return [...found];
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

function report(error: unknown): void {
  // Never into the page's console as an uncaught error; a quiet note for whoever debugs us.
  console.debug('[VănBản Watch]', error);
}
