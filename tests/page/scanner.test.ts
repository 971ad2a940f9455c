// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../../lib/extract/index';
import type { Extraction } from '../../lib/extract/types';
import type { Finding } from '../../lib/page/findings';
import { createStaticRange } from '../../lib/page/page-text';
import { nextSliceChars, PageScanner, replaceFindings } from '../../lib/page/scanner';

/** A page of `count` paragraphs, each with one reference and one deadline. */
function page(count: number): void {
  document.body.innerHTML = Array.from(
    { length: count },
    (_, i) => `<p>Theo Kế hoạch số ${i + 1}-KH/UBND, các sở báo cáo trước ngày 20/12/2026.</p>`,
  ).join('');
}

function scanner(onYield: () => Promise<void> = async () => {}) {
  const changes: { added: Finding[]; removed: Finding[] }[] = [];
  let yields = 0;
  const instance = new PageScanner({
    root: document.body,
    isOwn: () => false,
    lang: 'vi',
    yieldToPage: () => {
      yields++;
      return onYield();
    },
    onChange: (added, removed) => changes.push({ added, removed }),
  });
  return { instance, changes, yields: () => yields };
}

describe('page/scanner', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('scans the whole page in slices, yielding between them, findings in document order', async () => {
    page(1_500); // ~110,000 characters: more than two slices of 48,000
    const { instance, changes, yields } = scanner();
    await instance.scanAll();
    expect(yields()).toBeGreaterThan(2);
    expect(changes.length).toBeGreaterThan(2);
    expect(instance.findings).toHaveLength(3_000);
    const codes = instance.findings.filter((f) => f.reference).map((f) => f.reference?.code);
    expect(codes.slice(0, 3)).toEqual(['1-KH/UBND', '2-KH/UBND', '3-KH/UBND']);
    expect(codes.at(-1)).toBe('1500-KH/UBND');
    expect(instance.stats.done).toBe(true);
  });

  it('reads the containers in view first, then the rest, each once', async () => {
    page(5);
    const last = document.body.lastElementChild as Element;
    const { instance, changes } = scanner();
    await instance.scanAll([last]);
    expect(changes[0]?.added.map((f) => f.text)).toEqual(['Kế hoạch số 5-KH/UBND', 'ngày 20/12/2026']);
    expect(instance.findings).toHaveLength(10);
    expect(instance.findings[0]?.reference?.code).toBe('1-KH/UBND');
  });

  it('a new full scan cancels the one in progress: its slices add nothing more', async () => {
    page(1_500);
    let release: () => void = () => {};
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    let slices = 0;
    const { instance, changes } = scanner(() => (slices++ === 0 ? paused : Promise.resolve()));
    const old = instance.scanAll();
    await Promise.resolve();
    const addedBefore = changes.flatMap((c) => c.added).length;
    expect(addedBefore).toBeGreaterThan(0);
    const fresh = instance.scanAll();
    release();
    await Promise.all([old, fresh]);
    // The first slice's findings were removed by the new scan; only the new scan's findings remain.
    expect(instance.findings).toHaveLength(3_000);
    expect(new Set(instance.findings.map((f) => f.range)).size).toBe(3_000);
  });

  it('a rescan replaces only the findings inside the changed container', async () => {
    page(3);
    const { instance, changes } = scanner();
    await instance.scanAll();
    const second = document.body.children[1] as Element;
    second.textContent = 'Nay thay bằng Chỉ thị số 07/CT-TTg.';
    changes.length = 0;
    await instance.rescan([second]);
    expect(changes[0]?.removed.map((f) => f.text)).toEqual(['Kế hoạch số 2-KH/UBND', 'ngày 20/12/2026']);
    expect(instance.findings.map((f) => f.text)).toEqual([
      'Kế hoạch số 1-KH/UBND',
      'ngày 20/12/2026',
      'Chỉ thị số 07/CT-TTg',
      'Kế hoạch số 3-KH/UBND',
      'ngày 20/12/2026',
    ]);
  });

  it('never reads what the user types into an editable region, even when asked to rescan it', async () => {
    document.body.innerHTML = '<p>Kế hoạch số 1-KH/UBND</p><div contenteditable="true"><p id="typed">x</p></div>';
    const { instance } = scanner();
    await instance.scanAll();
    const typed = document.getElementById('typed') as HTMLElement;
    typed.textContent = 'Chỉ thị số 05/CT-TTg, báo cáo trước ngày 20/12/2026';
    await instance.rescan([typed]);
    expect(instance.findings.map((f) => f.text)).toEqual(['Kế hoạch số 1-KH/UBND']);
  });

  it('reads without deadline details itself, and puts the background’s full reading in place', async () => {
    document.body.innerHTML = '<p>Các sở gửi báo cáo về Văn phòng trước ngày 30/6/2027.</p>';
    let answer: (value: Extraction) => void = () => {};
    const complete = vi.fn(
      (text: string, _options: { lang?: 'vi' | 'en' }) =>
        new Promise<Extraction>((resolve) => {
          answer = (value) => resolve(value);
          void text;
        }),
    );
    const changes: { added: Finding[]; removed: Finding[] }[] = [];
    const instance = new PageScanner({
      root: document.body,
      isOwn: () => false,
      lang: 'vi',
      yieldToPage: async () => {},
      onChange: (added, removed) => changes.push({ added, removed }),
      complete,
    });
    await instance.scanAll();
    // The page's own pass found the deadline, but left the costly task and owners to the background.
    expect(instance.findings.map((f) => [f.date?.kind, f.date?.owners])).toEqual([['deadline', undefined]]);
    const [text, options] = complete.mock.calls[0] ?? ['', {}];
    expect(options.lang).toBe('vi');
    answer(extract(text, { lang: 'vi' }));
    await vi.waitFor(() => expect(changes).toHaveLength(2));
    expect(changes[1]?.removed).toEqual(changes[0]?.added);
    expect(instance.findings.map((f) => f.date?.owners?.map((o) => o.text))).toEqual([['Các sở']]);
    expect(instance.findings[0]?.date?.task?.text).toBe('gửi báo cáo về Văn phòng');
  });

  it('asks the background only about slices its reading would change', async () => {
    const asked: string[] = [];
    const scan = async (html: string, published?: string) => {
      document.body.innerHTML = html;
      asked.length = 0;
      const instance = new PageScanner({
        root: document.body,
        isOwn: () => false,
        lang: 'vi',
        published,
        yieldToPage: async () => {},
        onChange: () => {},
        complete: async (text) => {
          asked.push(text);
          return null;
        },
      });
      await instance.scanAll();
      return asked.length;
    };
    // No deadline and the page's date known: the background would add nothing.
    expect(await scan('<p>Theo Kế hoạch số 12-KH/UBND ngày 3/5/2026 của tỉnh.</p>', '2026-05-10')).toBe(0);
    // A deadline: its task and owners come from the background.
    expect(await scan('<p>Các sở báo cáo trước ngày 30/6/2026.</p>', '2026-05-10')).toBe(1);
    // The slice found the page's date: the background reads it with that date.
    expect(await scan('<p>Hà Nội, ngày 3 tháng 5 năm 2026</p><p>Kế hoạch số 12-KH/UBND.</p>')).toBe(1);
  });

  it('drops a background reading that comes after the text was read again', async () => {
    document.body.innerHTML = '<p id="p">Ministries must submit their reports by June 30, 2027.</p>';
    const answers: ((value: Extraction) => void)[] = [];
    const instance = new PageScanner({
      root: document.body,
      isOwn: () => false,
      lang: 'en',
      yieldToPage: async () => {},
      onChange: () => {},
      complete: () => new Promise<Extraction>((resolve) => answers.push(resolve)),
    });
    await instance.scanAll();
    const paragraph = document.getElementById('p') as HTMLElement;
    paragraph.textContent = 'Provinces must finish by July 31, 2027.';
    await instance.rescan([paragraph]);
    answers[0]?.({ references: [], dates: [] }); // stale: the paragraph changed
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(instance.findings.map((f) => f.text)).toEqual(['July 31, 2027']);
  });

  it('does nothing after stop', async () => {
    page(2);
    const { instance, changes } = scanner();
    instance.stop();
    await instance.scanAll();
    expect(changes).toEqual([]);
    expect(instance.findings).toEqual([]);
  });

  describe('replaceFindings (a background reading put in place)', () => {
    /** One finding per paragraph `i`, at `offset` in its text node. */
    function at(i: number, offset = 0): Finding {
      const node = document.getElementById(`p${i}`)?.firstChild as Node;
      const range = createStaticRange({
        startContainer: node,
        startOffset: offset,
        endContainer: node,
        endOffset: offset + 1,
      });
      return { text: `${i}:${offset}`, range } as unknown as Finding;
    }
    const labels = (findings: Finding[]) => findings.map((f) => f.text);

    beforeEach(() => {
      document.body.innerHTML = Array.from({ length: 60 }, (_, i) => `<p id="p${i}">paragraph ${i}</p>`).join('');
    });

    it('swaps a slice’s block in place with a few DOM comparisons, however long the list', () => {
      const current = Array.from({ length: 60 }, (_, i) => at(i));
      const local = current.slice(20, 30);
      const added = [at(20), at(22, 3), at(25), at(25, 4), at(29, 2)];
      const compare = vi.spyOn(Node.prototype, 'compareDocumentPosition');
      const result = replaceFindings(current, local, added);
      expect(compare.mock.calls.length).toBeLessThanOrEqual(2);
      compare.mockRestore();
      expect(labels(result)).toEqual([...labels(current.slice(0, 20)), ...labels(added), ...labels(current.slice(30))]);
    });

    it('merges in document order when the block was split or its findings moved past a neighbour', () => {
      const current = Array.from({ length: 10 }, (_, i) => at(i));
      const split = [current[2], current[5]] as Finding[];
      expect(labels(replaceFindings(current, split, [at(2, 1), at(5, 1)]))).toEqual([
        '0:0',
        '1:0',
        '2:1',
        '3:0',
        '4:0',
        '5:1',
        '6:0',
        '7:0',
        '8:0',
        '9:0',
      ]);
      // A reading of paragraphs 3–4 that found something in paragraph 6 still lands in order.
      expect(labels(replaceFindings(current, current.slice(3, 5), [at(3, 1), at(6, 2)]))).toEqual([
        '0:0',
        '1:0',
        '2:0',
        '3:1',
        '5:0',
        '6:0',
        '6:2',
        '7:0',
        '8:0',
        '9:0',
      ]);
      expect(labels(replaceFindings(current, current.slice(3, 5), []))).toEqual([
        '0:0',
        '1:0',
        '2:0',
        '5:0',
        '6:0',
        '7:0',
        '8:0',
        '9:0',
      ]);
    });
  });

  it('sizes the next slice from the measured cost of the last one, within bounds', () => {
    // 8,000 characters took 32 ms, twice the 16 ms aimed at: the next slice gets half as much.
    expect(nextSliceChars(8_000, 8_000, 32)).toBe(4_000);
    // A cheap slice lets the budget grow, but at most twofold at a time, and never past the cap.
    expect(nextSliceChars(8_000, 8_000, 1)).toBe(16_000);
    expect(nextSliceChars(60_000, 60_000, 1)).toBe(64_000);
    // A very slow one never starves the scan; a slice without text leaves the budget alone.
    expect(nextSliceChars(8_000, 8_000, 10_000)).toBe(1_000);
    expect(nextSliceChars(8_000, 0, 3)).toBe(8_000);
  });
});
