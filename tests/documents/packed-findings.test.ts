import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type DocumentFinding,
  documentFindings,
  summariesFromLines,
  summarizeDocument,
} from '../../lib/documents/findings';
import { lineHash, lineHashOf, packFindings, transferOf, unpackFindings } from '../../lib/documents/packed-findings';
import { extract } from '../../lib/extract';
import { lineKeyOf, summaryOf } from '../../lib/watchlist/summary';
import { planParagraph } from '../helpers/docx-writer';

// Our own plan text: references, deadlines with tasks and owners, dates, Vietnamese letters
// (two and three UTF-8 bytes each), and a table row's worth of white space.
const paragraphs = Array.from({ length: 12 }, (_, i) => planParagraph(i));
const text = `${paragraphs.join('\n')}\nThời hạn:\t30/6/2027 — “Kế hoạch số 5-KH/TU” 😀 ngày 2/3/2027.`;
const pageStarts = [0, text.indexOf(paragraphs[6] as string)];
const findings = documentFindings(text, extract(text), pageStarts);

/** Every field a finding has, read through its getters. */
const fieldsOf = (finding: DocumentFinding) => ({
  category: finding.category,
  key: finding.key,
  text: finding.text,
  start: finding.start,
  end: finding.end,
  page: finding.page,
  sentence: finding.sentence,
  watchKey: finding.watchKey,
  documentKey: finding.documentKey,
  prefix: finding.prefix,
  suffix: finding.suffix,
  reference: finding.reference,
  date: finding.date,
});

afterEach(() => vi.restoreAllMocks());

describe('packed findings', () => {
  it('come back with every field as it was, through a transfer', () => {
    expect(findings.length).toBeGreaterThan(30);
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(['reference', 'deadline', 'date']));
    const packed = packFindings(findings);
    const moved = structuredClone(packed, { transfer: transferOf(packed) });
    expect(packed.details.byteLength).toBe(0); // transferred, not copied
    const unpacked = unpackFindings(moved);
    expect(unpacked.map(fieldsOf)).toEqual(findings.map(fieldsOf));
    expect(unpacked.map((f) => f.toJSON())).toEqual(findings);
    expect(unpacked.map((f) => f.lineHash)).toEqual(findings.map((f) => lineHash(lineKeyOf(f))));
  });

  it('read a finding’s details only when one is asked for, and once', () => {
    const unpacked = unpackFindings(packFindings(findings));
    const parse = vi.spyOn(JSON, 'parse');
    const deadline = unpacked.find((f) => f.category === 'deadline');
    for (const finding of unpacked) void [finding.start, finding.end, finding.page, lineHashOf(finding)];
    expect(parse).not.toHaveBeenCalled();
    expect(deadline?.date?.kind).toBe('deadline');
    expect(deadline?.sentence).toContain(deadline?.text);
    expect(deadline?.watchKey).toMatch(/^deadline\|/);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('an empty batch is an empty list', () => {
    expect(unpackFindings(packFindings([]))).toEqual([]);
  });
});

describe('the panel’s lines over findings', () => {
  it('read what summaryOf would give, without copying it', () => {
    const summaries = summarizeDocument(unpackFindings(packFindings(findings)));
    const eager = summarizeDocument(findings);
    expect(summaries.map((line) => ({ ...summaryOf(line, line.first), count: line.count }))).toEqual(
      eager.map((line) => ({ ...summaryOf(findings[line.first] as DocumentFinding, line.first), count: line.count })),
    );
    const rebuilt = summariesFromLines(
      findings,
      eager.map((line) => line.first),
      eager.map((line) => line.count),
    );
    expect(rebuilt.map((line) => line.page)).toEqual(eager.map((line) => findings[line.first]?.page));
  });
});
