import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/page/findings';
import { PaintBook } from '../../lib/page/paint-book';
import { Painter } from '../../lib/page/painter';
import { SAVED_BATCH_MS, SavedKeysQueue } from '../../lib/page/saved-keys-queue';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

const finding = (watchKey: string) => ({ watchKey, category: 'deadline', range: {} }) as unknown as Finding;

function setUp() {
  const painter = new Painter({
    registry: new Map(),
    createHighlight: () => Object.assign(new Set(), { priority: 0 }),
  });
  const book = new PaintBook(painter, DEFAULT_SETTINGS.categories);
  const timers: { work: () => void; ms: number }[] = [];
  const asked: string[][] = [];
  const queue = new SavedKeysQueue(
    (saved) => book.markSaved(saved, true),
    (work, ms) => timers.push({ work, ms }),
    async (keys) => {
      asked.push(keys);
      return keys.filter((key) => key.startsWith('saved'));
    },
  );
  return { book, timers, asked, queue };
}

describe('page/saved-sync SavedKeysQueue', () => {
  it('asks about the keys of many slices in one request, once the batch time is up', async () => {
    const { book, timers, asked, queue } = setUp();
    queue.add([finding('saved-1'), finding('a')]);
    queue.add([finding('a'), finding('saved-2')]);
    queue.add([finding('b')]);
    expect(asked).toEqual([]);
    expect(timers.map((timer) => timer.ms)).toEqual([SAVED_BATCH_MS]);
    timers[0]?.work();
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual([['saved-1', 'a', 'saved-2', 'b']]);
    expect(book.isSaved('saved-1')).toBe(true);
    expect(book.isSaved('saved-2')).toBe(true);
    expect(book.isSaved('a')).toBe(false);
  });

  it('asks at once on flush (a click, the end of a scan), and schedules again for later keys', async () => {
    const { book, timers, asked, queue } = setUp();
    queue.add([finding('saved-x')]);
    queue.flush();
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual([['saved-x']]);
    expect(book.isSaved('saved-x')).toBe(true);
    // The timer of the first batch finds nothing left to ask.
    timers[0]?.work();
    expect(asked).toHaveLength(1);
    queue.add([finding('c')]);
    expect(timers).toHaveLength(2);
    queue.flush();
    expect(asked).toEqual([['saved-x'], ['c']]);
  });

  it('an answer older than the user’s own save or removal does not undo it', async () => {
    const painter = new Painter({
      registry: new Map(),
      createHighlight: () => Object.assign(new Set(), { priority: 0 }),
    });
    const book = new PaintBook(painter, DEFAULT_SETTINGS.categories);
    let answer: (keys: string[]) => void = () => {};
    const queue = new SavedKeysQueue(
      (saved) => book.markSaved(saved, true),
      () => {},
      () => new Promise<string[]>((resolve) => (answer = resolve)),
    );
    queue.add([finding('k1'), finding('k2')]);
    const asking = queue.flush();
    // While the question is out, the user removes k1 from the watchlist (it was saved before).
    book.markSaved(['k1'], false);
    queue.userChanged('k1');
    answer(['k1', 'k2']);
    await asking;
    expect(book.isSaved('k1')).toBe(false);
    expect(book.isSaved('k2')).toBe(true);
    // A later question counts again.
    queue.add([finding('k1')]);
    const again = queue.flush();
    answer(['k1']);
    await again;
    expect(book.isSaved('k1')).toBe(true);
  });
});
