/**
 * HTML versions of the seed pages, built at test time from ../shared/seeds (never copied into the
 * project). Each line becomes a paragraph; references are split over inline elements (<b>, <a>,
 * <span>) the way portals mark them up; and traps are added that must stay unhighlighted: hidden
 * text, a textarea, a script, an input, and "<p>A</p><p>B</p>" whose joined text would be a code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GoldFile, loadGold } from '../helpers/gold';

export const GENERATED_DIR = '.cache/e2e-pages';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Opening and closing tags to insert at text offsets, so a reference is split across elements. */
function splitMarkup(gold: GoldFile): Map<number, string[]> {
  const inserts = new Map<number, string[]>();
  const add = (at: number, tag: string) => inserts.set(at, [...(inserts.get(at) ?? []), tag]);
  gold.refs.forEach((ref, i) => {
    const codeStart = ref.end - ref.code.length;
    if (i % 3 === 0) {
      add(codeStart, '<b>');
      add(ref.end, '</b>');
    } else if (i % 3 === 1) {
      add(ref.start, '<a href="#ref">');
      add(ref.end, '</a>');
    } else {
      const middle = ref.start + Math.ceil((codeStart - ref.start) / 2);
      add(ref.start, '<span class="type">');
      add(middle, '</span>');
    }
  });
  return inserts;
}

const TRAPS = `
<p hidden>Chỉ thị số 99-CT/TW, ngày 1/1/2020 (ẩn)</p>
<div style="display:none">Kế hoạch số 98-KH/TU trước ngày 2/2/2022</div>
<textarea>Nghị quyết số 97-NQ/TW</textarea>
<input value="Quyết định 96/QĐ-UBND">
<script>window.__trap = 'Thông tư 95/2020/TT-BNV trước ngày 3/3/2023';</script>
<p>Số lượng 30</p><p>/2020/NĐ-CP là chuỗi không trọn vẹn</p>
`;

/** The seed as an HTML page with the traps; `before` holds the DOM as the page built it. */
export function seedPageHtml(gold: GoldFile): string {
  const inserts = splitMarkup(gold);
  const paragraphs: string[] = [];
  let lineStart = 0;
  for (const line of gold.text.split('\n')) {
    let html = '';
    let at = lineStart;
    const positions = [...inserts.keys()]
      .filter((p) => p >= lineStart && p <= lineStart + line.length)
      .sort((a, b) => a - b);
    for (const position of positions) {
      html += escapeHtml(gold.text.slice(at, position)) + (inserts.get(position) ?? []).join('');
      at = position;
    }
    html += escapeHtml(gold.text.slice(at, lineStart + line.length));
    if (line.trim()) paragraphs.push(`<p>${html}</p>`);
    lineStart += line.length + 1;
  }
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(gold.id)}</title></head>
<body>
<article>
${paragraphs.join('\n')}
</article>
${TRAPS}
<script>document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; });</script>
</body></html>`;
}

/** Writes every seed page to GENERATED_DIR; returns their ids. */
export function writeSeedPages(): string[] {
  mkdirSync(GENERATED_DIR, { recursive: true });
  return loadGold('seeds').map((gold) => {
    writeFileSync(join(GENERATED_DIR, `${gold.id}.html`), seedPageHtml(gold));
    return gold.id;
  });
}
