/**
 * The highlight rules, adopted before the page's first style pass. A stylesheet of `::highlight()`
 * rules (every element can originate a highlight) added to a laid-out page restyles every element
 * of it in one task (a 1 MB page: the longest task we caused); adopted into the still empty
 * document at `document_start`, the rules are simply part of the page's own first styling. A tiny
 * content script adopts them (entrypoints/highlight-styles.content.ts) with the default colours;
 * the content script's annotator takes the sheet over, or removes it where it does not run.
 */

/** Where the early sheet waits in our isolated world (content scripts of one extension share it). */
const EARLY_SHEET = Symbol.for('vanban-watch.early-highlight-sheet');

export interface EarlySheet {
  doc: Document;
  sheet: CSSStyleSheet;
  /** The rules it holds now. */
  css: string;
}

type Slot = Record<symbol, EarlySheet | undefined>;

/** Adopts `css` into `doc` and keeps the sheet for the annotator (no-op without constructable sheets). */
export function adoptEarlyStyles(doc: Document, css: string, scope: object = globalThis): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    (scope as Slot)[EARLY_SHEET] = { doc, sheet, css };
  } catch {
    // Without constructable stylesheets the annotator adds its own rules later.
  }
}

/** The early sheet of `doc`, still adopted, handed over once (the caller owns it from then on). */
export function takeEarlyStyles(doc: Document, scope: object = globalThis): EarlySheet | undefined {
  const slot = scope as Slot;
  const early = slot[EARLY_SHEET];
  slot[EARLY_SHEET] = undefined;
  if (!early || early.doc !== doc || !doc.adoptedStyleSheets.includes(early.sheet)) return undefined;
  return early;
}

/** Removes the early sheet where no annotator takes it (a site switched off, no Highlight API). */
export function dropEarlyStyles(doc: Document, scope: object = globalThis): void {
  const early = takeEarlyStyles(doc, scope);
  if (early) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== early.sheet);
}
