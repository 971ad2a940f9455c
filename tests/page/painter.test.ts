import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/page/findings';
import { HIGHLIGHT_NAMES, type HighlightLike, highlightCss, Painter } from '../../lib/page/painter';
import { DEFAULT_COLOURS } from '../../lib/settings/settings';

class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
}

function fakeEnvironment() {
  const registry = new Map<string, FakeHighlight>();
  return { registry, env: { registry, createHighlight: () => new FakeHighlight() } };
}

const finding = (category: Finding['category']): Finding =>
  ({ category, key: category, text: category, range: {} as StaticRange }) as unknown as Finding;

describe('page/painter', () => {
  it('registers one highlight per category and the current one on top, and nothing that tells what is saved', () => {
    const { registry, env } = fakeEnvironment();
    new Painter(env);
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    expect(registry.get(HIGHLIGHT_NAMES.current)?.priority).toBeGreaterThan(
      registry.get(HIGHLIGHT_NAMES.reference)?.priority ?? 0,
    );
    // The page can read the registry: no name or highlight may depend on the watchlist.
    expect([...registry.keys()].some((name) => /saved/.test(name))).toBe(false);
  });

  it('adds, marks current, and removes a finding everywhere', () => {
    const { registry, env } = fakeEnvironment();
    const painter = new Painter(env);
    const deadline = finding('deadline');
    painter.add(deadline);
    painter.setCurrent(deadline);
    expect(registry.get(HIGHLIGHT_NAMES.deadline)?.has(deadline.range)).toBe(true);
    expect(registry.get(HIGHLIGHT_NAMES.current)?.has(deadline.range)).toBe(true);
    painter.remove(deadline);
    for (const highlight of registry.values()) expect(highlight.has(deadline.range)).toBe(false);
  });

  it('in deferred mode, puts changes in the registry only on flush, and only those that change something', () => {
    const { registry, env } = fakeEnvironment();
    const painter = new Painter(env, { deferred: true });
    const deadline = finding('deadline');
    const date = finding('date');
    painter.add(deadline);
    painter.add(date);
    const deadlines = registry.get(HIGHLIGHT_NAMES.deadline) as FakeHighlight;
    expect(deadlines.size).toBe(0);
    expect(painter.pending).toBe(true);
    painter.flush();
    expect(painter.pending).toBe(false);
    expect(deadlines.has(deadline.range)).toBe(true);
    expect(registry.get(HIGHLIGHT_NAMES.date)?.has(date.range)).toBe(true);

    // A fuller reading put in place: the same range taken out and painted again touches nothing.
    const calls: string[] = [];
    const add = deadlines.add.bind(deadlines);
    const remove = deadlines.delete.bind(deadlines);
    deadlines.add = (range) => {
      calls.push('add');
      return add(range);
    };
    deadlines.delete = (range) => {
      calls.push('delete');
      return remove(range);
    };
    painter.remove(deadline);
    painter.add({ ...deadline });
    painter.flush();
    expect(calls).toEqual([]);
    expect(deadlines.has(deadline.range)).toBe(true);

    painter.remove(date);
    painter.flush();
    expect(registry.get(HIGHLIGHT_NAMES.date)?.has(date.range)).toBe(false);
  });

  it('marks the current finding at once even in deferred mode, with what was queued', () => {
    const { registry, env } = fakeEnvironment();
    const painter = new Painter(env, { deferred: true });
    const reference = finding('reference');
    painter.add(reference);
    painter.setCurrent(reference);
    expect(registry.get(HIGHLIGHT_NAMES.current)?.has(reference.range)).toBe(true);
    expect(registry.get(HIGHLIGHT_NAMES.reference)?.has(reference.range)).toBe(true);
  });

  it('unregisters everything on dispose', () => {
    const { registry, env } = fakeEnvironment();
    new Painter(env).dispose();
    expect(registry.size).toBe(0);
  });

  it('writes the user colours into the highlight rules', () => {
    const rgb = (css: string, name: string) =>
      new RegExp(`::highlight\\(${name}\\) \\{[^}]*?rgba\\((\\d+), (\\d+), (\\d+), `).exec(css)?.slice(1, 4);
    const css = highlightCss({ ...DEFAULT_COLOURS, reference: '#00aa00', date: '#102030' });
    expect(rgb(css, HIGHLIGHT_NAMES.reference)).toEqual(['0', '170', '0']);
    expect(rgb(css, HIGHLIGHT_NAMES.date)).toEqual(['16', '32', '48']);
    expect(rgb(highlightCss(), HIGHLIGHT_NAMES.reference)).not.toEqual(['0', '170', '0']);
  });
});
