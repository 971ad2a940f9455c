import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, main, parseScanArgs, readScanInput, UsageError } from '../../lib/cli/scan';

/** Runs the CLI in-process, as `npm run scan` would, and collects what it prints. */
async function runScan(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let [stdout, stderr] = ['', ''];
  const status = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'vanban-scan-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('cli/scan', () => {
  it('parses its flags', () => {
    expect(parseScanArgs(['--json', '--published', '2026-11-20', '--lang', 'en', 'a.txt'])).toEqual({
      format: 'json',
      published: '2026-11-20',
      lang: 'en',
      files: ['a.txt'],
    });
  });

  it.each([
    [['--nope', 'a.txt'], /unknown option --nope/],
    [['--published', '20/11/2026', 'a.txt'], /YYYY-MM-DD/],
    [['--lang', 'fr', 'a.txt'], /vi or en/],
    [['--json'], /no file given/],
  ])('rejects %j with one clear line', (args, message) => {
    expect(() => parseScanArgs(args)).toThrow(UsageError);
    expect(() => parseScanArgs(args)).toThrow(message);
  });

  it('tells HTML from text; reads its visible text, entities decoded, malformed markup without a throw', () => {
    expect(looksLikeHtml('a.html', 'x')).toBe(true);
    expect(looksLikeHtml('a.txt', '<!DOCTYPE html><p>')).toBe(true);
    expect(looksLikeHtml('a.txt', 'Số 5 < 6')).toBe(false);
    const page = write(
      'entities.html',
      '<html><head><title>T</title><style>p{}</style></head><body><!-- x --><p>Ngh&#7883; &amp; đ&#x1ECB;nh</p>' +
        '<p>unclosed <b>bold <i>x</p></div>&bogus;</body></html>',
    );
    expect(readScanInput(page).text.trim()).toBe('Nghị & định\nunclosed bold x\n&bogus;');
  });

  it('reads HTML tables as tables, as the viewer does: a date under "Thời hạn" is a deadline', async () => {
    const file = write(
      'plan.html',
      '<html><body><table><tr><th>Nhiệm vụ</th><th>Thời hạn</th></tr>' +
        '<tr><td>Rà soát hồ sơ tồn đọng</td><td>30/6/2027</td></tr></table></body></html>',
    );
    expect(readScanInput(file).tables).toHaveLength(1);
    const { stdout } = await runScan(['--json', file]);
    const { dates } = JSON.parse(stdout) as { dates: { value: string; kind: string }[] };
    expect(dates).toEqual([expect.objectContaining({ value: '2027-06-30', kind: 'deadline' })]);
  });

  it('reads HTML as its visible text and refuses binary or non-UTF-8 files', () => {
    const html = write(
      'page.html',
      '<html><body><script>var x = "Chỉ thị 1/CT-TTg"</script><p>Chỉ thị 2/CT-TTg</p></body></html>',
    );
    expect(readScanInput(html).text.trim()).toBe('Chỉ thị 2/CT-TTg');
    expect(() => readScanInput(write('bin.txt', Buffer.from([0x41, 0, 0x42])))).toThrow(/not a text file/);
    expect(() => readScanInput(write('latin1.txt', Buffer.from([0x43, 0xe1, 0x63])))).toThrow(/not UTF-8/);
    expect(() => readScanInput(join(dir, 'missing.txt'))).toThrow(/no such file/);
  });

  it('prints exactly one JSON object whose spans index the file as read', async () => {
    const content = 'Theo Kế hoạch số 45-KH/TU, các sở báo cáo trước ngày 20/12/2026.\n';
    const file = write('note.txt', content);
    const { status, stdout } = await runScan(['--json', file]);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as {
      references: { start: number; end: number; text: string }[];
      dates: { start: number; end: number; text: string; kind: string }[];
    };
    expect(Object.keys(parsed)).toEqual(['references', 'dates']);
    for (const item of [...parsed.references, ...parsed.dates])
      expect(content.slice(item.start, item.end)).toBe(item.text);
    expect(parsed.references.map((r) => r.text)).toEqual(['Kế hoạch số 45-KH/TU']);
    expect(parsed.dates.map((d) => d.text)).toEqual(['ngày 20/12/2026']);
    // A deadline carries what must be done, by whom, and for which document.
    expect(parsed.dates[0]).toMatchObject({
      kind: 'deadline',
      task: { text: 'báo cáo' },
      owners: [{ text: 'các sở' }],
      document: '45-KH/TU',
    });
  });

  it('exits non-zero with one line on stderr for a missing file', async () => {
    const result = await runScan([join(dir, 'missing.txt')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^scan: cannot read .*missing\.txt: no such file$/),
    ]);
  });

  it('exits 2 on a bad flag', async () => {
    const result = await runScan(['--bogus', 'a.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('scan: unknown option --bogus\n');
  });
});
