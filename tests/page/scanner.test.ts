// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../../lib/extract/index';
import type { Extraction } from '../../lib/extract/types';
import type { Finding } from '../../lib/page/findings';
import { nextSliceChars, PageScanner, type ReadOptions, type ScannerOptions } from '../../lib/page/scanner';

/** The background's reading, here in the test's thread. */
const readHere = async (text: string, options: ReadOptions) => extract(text, options);

/** A scanner of the whole body in Vietnamese, with `options` over quiet defaults. */
function scannerWith(options: Partial<ScannerOptions>): PageScanner {
  return new PageScanner({
    root: document.body,
    isOwn: () => false,
    lang: 'vi',
    yieldToPage: async () => {},
    onChange: () => {},
    read: readHere,
    ...options,
  });
}

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
    read: readHere,
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
    // The first slice is read and placed; the scan waits at its first yield.
    await vi.waitFor(() => expect(changes.flatMap((c) => c.added).length).toBeGreaterThan(0));
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

  it('has each slice read off the page, and places the reading with its deadline details', async () => {
    document.body.innerHTML = '<p>Các sở gửi báo cáo về Văn phòng trước ngày 30/6/2027.</p>';
    const read = vi.fn(readHere);
    const instance = scannerWith({
      published: '2026-05-10',
      read,
    });
    await instance.scanAll();
    expect(read.mock.calls).toEqual([
      ['Các sở gửi báo cáo về Văn phòng trước ngày 30/6/2027.', { published: '2026-05-10', lang: 'vi' }],
    ]);
    expect(instance.findings.map((f) => f.date?.owners?.map((o) => o.text))).toEqual([['Các sở']]);
    expect(instance.findings[0]?.date?.task?.text).toBe('gửi báo cáo về Văn phòng');
  });

  it('reads the slice that finds the page’s date again with that date, and later slices with it', async () => {
    document.body.innerHTML = '<p>Hà Nội, ngày 3 tháng 5 năm 2026</p><p>Các sở báo cáo trước ngày 20/5.</p>';
    const read = vi.fn(readHere);
    const instance = scannerWith({
      read,
    });
    await instance.scanAll();
    expect(read.mock.calls.map(([, options]) => options.published)).toEqual([undefined, '2026-05-03']);
    // Without the page's date, "ngày 20/5" would have no year.
    expect(instance.findings.map((f) => f.date?.value)).toContain('2026-05-20');
  });

  it('a refused reading leaves its slice empty and the scan goes on', async () => {
    page(1_500);
    let calls = 0;
    const instance = scannerWith({
      read: (text, options) => (calls++ === 0 ? Promise.reject(new Error('refused')) : readHere(text, options)),
    });
    await instance.scanAll();
    expect(calls).toBeGreaterThan(2);
    expect(instance.findings.length).toBeGreaterThan(2_000);
    expect(instance.findings.at(-1)?.text).toBe('ngày 20/12/2026');
    expect(instance.stats.done).toBe(true);
  });

  it('reads a giant paragraph in pieces cut at spaces, its findings placed in the whole', async () => {
    const sentences = Array.from(
      { length: 40 },
      (_, i) => `Theo Kế hoạch số ${i + 1}-KH/UBND, các sở báo cáo trước ngày 20/12/2026.`,
    );
    document.body.innerHTML = `<p>${sentences.join(' ')}</p>`;
    const pieces: string[] = [];
    const instance = scannerWith({
      published: '2026-05-10',
      read: (text, options) => {
        pieces.push(text);
        return readHere(text, options);
      },
      readPieceChars: 500,
    });
    await instance.scanAll();
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.every((piece) => piece.length <= 500)).toBe(true);
    expect(pieces.join('')).toBe(sentences.join(' '));
    const codes = instance.findings.filter((f) => f.reference).map((f) => f.reference?.code);
    expect(codes).toEqual(sentences.map((_, i) => `${i + 1}-KH/UBND`));
    expect(instance.findings.filter((f) => f.date?.kind === 'deadline')).toHaveLength(40);
  });

  it('drops a reading that comes after its text was read again', async () => {
    document.body.innerHTML = '<p id="p">Ministries must submit their reports by June 30, 2027.</p>';
    const answers: { text: string; answer: () => void }[] = [];
    const instance = scannerWith({
      lang: 'en',
      read: (text, options) =>
        new Promise<Extraction>((resolve) => answers.push({ text, answer: () => resolve(extract(text, options)) })),
    });
    const full = instance.scanAll();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    const paragraph = document.getElementById('p') as HTMLElement;
    paragraph.textContent = 'Provinces must finish by July 31, 2027.';
    const again = instance.rescan([paragraph]);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.answer();
    await again;
    answers[0]?.answer(); // stale: the paragraph changed while it was being read
    await full;
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
