import { t } from '../lib/i18n';
import type { Settings } from '../lib/settings/settings';
import type { FindingCategory } from '../lib/watchlist/types';

const LABELS = {
  reference: 'categoryReference',
  'weak-reference': 'categoryWeakReference',
  deadline: 'categoryDeadline',
  date: 'categoryDate',
} as const satisfies Record<FindingCategory, string>;

/** How the page paints each category (lib/page/painter.ts), in a swatch and in words. */
const PAINT = {
  reference: { fill: true, line: 'solid', words: 'popupLegendFill' },
  'weak-reference': { fill: false, line: 'dotted', words: 'popupLegendDotted' },
  deadline: { fill: true, line: 'solid', words: 'popupLegendFill' },
  date: { fill: false, line: 'dashed', words: 'popupLegendDashed' },
} as const satisfies Record<FindingCategory, { fill: boolean; line: string; words: string }>;

/**
 * What the colours on the page mean, with the user's colours: a sample of each paint and its name
 * and style in words, so the legend does not rest on colour alone.
 */
export function HighlightLegend({ categories }: { categories: Settings['categories'] }) {
  return (
    <section class="legend" aria-labelledby="legend-title" data-testid="highlight-legend">
      <h2 id="legend-title">{t('popupLegend')}</h2>
      <ul
        style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.75rem' }}
      >
        {(Object.keys(LABELS) as FindingCategory[]).map((category) => {
          const { on, colour } = categories[category];
          const name = t(LABELS[category]);
          const paint = PAINT[category];
          return (
            <li key={category} data-category={category} data-colour={colour} data-on={String(on)}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: '1.4em',
                  height: '0.9em',
                  marginRight: '0.3em',
                  verticalAlign: 'middle',
                  opacity: on ? 1 : 0.35,
                  background: paint.fill ? `${colour}61` : 'transparent',
                  borderBottom: `3px ${paint.line} ${colour}`,
                }}
              />
              {on ? name : t('popupLegendOff', [name])} ({t(paint.words)})
            </li>
          );
        })}
      </ul>
    </section>
  );
}
