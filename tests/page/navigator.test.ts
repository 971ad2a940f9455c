// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import type { Card, CardActions, CardModel } from '../../lib/page/card';
import type { Finding } from '../../lib/page/findings';
import type { PageLife } from '../../lib/page/lifetime';
import { FindingNavigator } from '../../lib/page/navigator';
import { PaintBook } from '../../lib/page/paint-book';
import type { Painter } from '../../lib/page/painter';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

/** A finding over the whole text of a fresh paragraph. */
function findingOn(text: string, watchKey: string): Finding {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.append(paragraph);
  const node = paragraph.firstChild as Text;
  return {
    category: 'deadline',
    key: watchKey,
    text,
    container: paragraph,
    // Only the four ends are read (happy-dom has no StaticRange).
    range: {
      startContainer: node,
      startOffset: 0,
      endContainer: node,
      endOffset: text.length,
    } as unknown as StaticRange,
    prefix: '',
    suffix: '',
    sentence: text,
    watchKey,
    documentKey: null,
  };
}

/** A navigator over a card that records what it was last asked to show, and a save the test finishes. */
function setUp() {
  const shown: { model: CardModel; actions: CardActions }[] = [];
  const card = {
    show: (model: CardModel, _anchor: DOMRect, actions: CardActions) => shown.push({ model, actions }),
    hide: () => {},
  } as unknown as Card;
  const painter = { setCurrent: () => {}, add: () => {}, remove: () => {} } as unknown as Painter;
  const book = new PaintBook(painter, DEFAULT_SETTINGS.categories);
  let finishSave: () => void = () => {};
  const navigator = new FindingNavigator({
    life: {} as PageLife,
    doc: document,
    card,
    painter,
    book,
    shownFindings: () => [],
    guard:
      (work) =>
      (...args) =>
        void work(...args),
    save: (finding, save) =>
      new Promise((resolve) => {
        finishSave = () => {
          book.markSaved([finding.watchKey], save);
          resolve(undefined);
        };
      }),
  });
  return { navigator, shown, finish: () => finishSave() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('page/navigator', () => {
  it('a save shows as saved on the card', async () => {
    const { navigator, shown, finish } = setUp();
    navigator.show(findingOn('trước ngày 30/01/2027', 'd1'));
    shown.at(-1)?.actions.onSave(true);
    finish();
    await settle();
    expect(shown.at(-1)?.model.saved).toBe(true);
  });

  it('a fuller reading that replaced the finding while saving still shows the save', async () => {
    const { navigator, shown, finish } = setUp();
    const first = findingOn('trước ngày 30/01/2027', 'd1');
    navigator.show(first);
    shown.at(-1)?.actions.onSave(true);
    // The background's reading arrives mid-save: the card now shows its successor.
    const successor = findingOn('trước ngày 30/01/2027', 'd1');
    navigator.show(successor);
    finish();
    await settle();
    expect(navigator.open).toBe(successor);
    expect(shown.at(-1)?.model).toMatchObject({ finding: successor, saved: true });
  });

  it('a save that ends after the user opened another finding leaves that card alone', async () => {
    const { navigator, shown, finish } = setUp();
    navigator.show(findingOn('trước ngày 30/01/2027', 'd1'));
    shown.at(-1)?.actions.onSave(true);
    const other = findingOn('trước ngày 15/02/2027', 'd2');
    navigator.show(other);
    const count = shown.length;
    finish();
    await settle();
    expect(shown.length).toBe(count);
    expect(shown.at(-1)?.model).toMatchObject({ finding: other, saved: false });
  });
});
