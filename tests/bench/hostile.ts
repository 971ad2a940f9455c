/**
 * `npm run bench` (hostile part): the page's extraction path (`extract` from lib/extract/index.ts)
 * on inputs built to make a matcher backtrack, at 125 K … 2 M characters. For each case it prints
 * the time per size and the slope of time against size on a log-log scale (least squares): 1 is
 * linear, 2 quadratic. Targets: every slope ≤ 1.1, and per character no slower than 10× ordinary
 * Vietnamese news. A size that takes longer than CUTOFF_MS stops its case (a quadratic case at 2 M
 * would run for hours); the slope is then taken over the sizes measured.
 */
import { loadavg } from 'node:os';
import { extract } from '../../lib/extract/index';
import { findReferences } from '../../lib/extract/refs/find-refs';
import { buildVietnameseText } from './corpus';

const SIZES = [125_000, 250_000, 500_000, 1_000_000, 2_000_000];
const CUTOFF_MS = 15_000;
const MAX_SLOPE = 1.1;
const MAX_TIMES_NEWS = 10;

/** A small deterministic generator, so every run measures the same "random" text. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomText(size: number, alphabet: string, seed: number): string {
  const next = seededRandom(seed);
  const chars: string[] = [];
  for (let i = 0; i < size; i++) chars.push(alphabet.charAt(Math.floor(next() * alphabet.length)));
  return chars.join('');
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Each case builds `size` characters of its kind of hostile text. */
const CASES: Record<string, (size: number) => string> = {
  // One long gap between two codes that a list word would join; the "x" makes the list test fail.
  'whitespace gap between codes': (size) => `Nghị quyết số 18-NQ/TW${' '.repeat(size - 32)}x 19-NQ/TW`,
  'many short gaps': (size) => repeatTo(`Nghị quyết số 18-NQ/TW${' '.repeat(200)}x `, size),
  'glued codes 19-CT/TƯ-×N': (size) => `Chỉ thị ${repeatTo('19-CT/TƯ-', size - 8)}`,
  // A table aligned with spaces whose one row runs on in pieces: each piece was once placed under
  // every header column (round 22's reader, quadratic before the review).
  'pieces under an aligned header': (size) =>
    `STT   Nội dung   Thời hạn   ${'x   '.repeat(20)}\n1   ${repeatTo('x   ', size)}`,
  'one-paragraph dates': (size) => repeatTo('ngày 1/1/2020, ', size),
  'random [0-9/-. ]': (size) => randomText(size, '0123456789/-. ', 1),
  'lone surrogates in codes': (size) => randomText(size, '\uD800\uDC0019-CT/TƯQĐ \uDBFF', 2),
  // Numbers that a cue-tail pattern could split many ways before it fails at "zz" (was exponential).
  'number runs before a cue': (size) => repeatTo(`Báo cáo ${'1 '.repeat(14)}zz 1/1/2027 là hạn chót. `, size),
  // A PDF copy set at one width: every line is joined to the next (prose.ts), and its clauses run long.
  'lines wrapped at one width': (size) =>
    repeatTo(
      'Các sở, ngành phối hợp với UBND các huyện hoàn thành rà soát hồ sơ trước\nngày 30/6/2027 và báo cáo kết quả về Sở Nội vụ để tổng hợp theo quy định\n',
      size,
    ),
  // Items, topics, semicolons and passive agents with no sentence stop: the owner readers' look-backs
  // (a semicolon or a comma looked for back to the page's start was quadratic here).
  'items without stops': (size) =>
    repeatTo(
      '2. Sở Y tế chủ trì rà soát hồ sơ; đối với các hộ có nhu cầu đề nghị nộp hồ sơ phải được Hội đồng cấp xã xét trước ngày 1/1/2027 ',
      size,
    ),
  // Header words one a line in lower case (each the wrapped rest of the one before) and in one line
  // of tabs: the table readers looked at every later line from each, and back to the page's start.
  'header words one a line': (size) => repeatTo('thời hạn\n', size),
  'header words on one tab line': (size) => repeatTo('thời hạn\t', size),
};

interface Cost {
  /** Wall-clock ms. */
  wall: number;
  /** CPU ms of the process: on a shared machine it leaves out the time spent waiting for a core. */
  cpu: number;
}

function timeOnce(work: () => unknown): Cost {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  work();
  const used = process.cpuUsage(cpuStart);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

/**
 * The fastest of at least three runs, and of as many as fit in 300 ms for a small input, so timer
 * noise and other processes on a shared machine weigh less; a run over 5 s is not repeated. Wall
 * and CPU time are each the fastest of their own.
 */
function measureMs(text: string): Cost {
  const samples: Cost[] = [];
  let total = 0;
  while (samples.length < 3 || (total < 300 && samples.length < 50)) {
    const cost = timeOnce(() => extract(text, { lang: 'vi' }));
    samples.push(cost);
    total += cost.wall;
    if (cost.wall > 5_000) break;
  }
  return { wall: Math.min(...samples.map((c) => c.wall)), cpu: Math.min(...samples.map((c) => c.cpu)) };
}

/** Least-squares slope of log(time) on log(size). */
export function logLogSlope(points: readonly { size: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.01)));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += ((xs[i] as number) - meanX) * ((ys[i] as number) - meanY);
    den += ((xs[i] as number) - meanX) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}

const NEWS_SIZE = SIZES[SIZES.length - 1] as number;
const news = buildVietnameseText(NEWS_SIZE);
extract(news.slice(0, 200_000), { lang: 'vi' }); // warm up the JIT
/**
 * News cost per M chars, at the largest size (runs as long as the point it is compared with) and
 * measured again beside each case: the machine's speed drifts under load.
 */
const newsMsPerMChar = (): Cost => {
  const cost = measureMs(news);
  return { wall: cost.wall / (NEWS_SIZE / 1e6), cpu: cost.cpu / (NEWS_SIZE / 1e6) };
};
const firstNews = newsMsPerMChar();
console.log(
  `hostile inputs, extract() of lib/extract/index.ts; news text ${firstNews.wall.toFixed(0)} ms per M chars` +
    ` (CPU ${firstNews.cpu.toFixed(0)}); load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
);
console.log('targets are judged on CPU time (wall-clock beside it): on a loaded machine wall time counts waiting too');

let allOk = true;
for (const [label, build] of Object.entries(CASES)) {
  const points: { size: number; cost: Cost }[] = [];
  let stopped = false;
  for (const size of SIZES) {
    const text = build(size);
    const cost = measureMs(text);
    points.push({ size: text.length, cost });
    if (cost.wall > CUTOFF_MS) {
      stopped = true;
      break;
    }
  }
  const slope = logLogSlope(points.map((p) => ({ size: p.size, ms: p.cost.cpu })));
  const wallSlope = logLogSlope(points.map((p) => ({ size: p.size, ms: p.cost.wall })));
  const last = points[points.length - 1] as { size: number; cost: Cost };
  const newsNow = newsMsPerMChar();
  const timesNews = last.cost.cpu / (last.size / 1e6) / newsNow.cpu;
  const wallTimesNews = last.cost.wall / (last.size / 1e6) / newsNow.wall;
  const refsOnly = timeOnce(() => findReferences(build(last.size))).wall;
  const ok = slope <= MAX_SLOPE && timesNews <= MAX_TIMES_NEWS && !stopped;
  allOk &&= ok;
  console.log(
    `${label.padEnd(30)} ${points.map((p) => `${(p.size / 1e3).toFixed(0)}K ${p.cost.cpu.toFixed(0)} ms`).join(', ')}` +
      `  slope ${slope.toFixed(2)} (wall ${wallSlope.toFixed(2)})  ${timesNews.toFixed(1)}× news per char` +
      ` (wall ${wallTimesNews.toFixed(1)}×)  (references alone ${refsOnly.toFixed(0)} ms)` +
      `${stopped ? `  STOPPED over ${CUTOFF_MS / 1000} s` : ''}  ${ok ? 'ok' : 'MISSED'}`,
  );
}
console.log(`hostile targets (slope ≤ ${MAX_SLOPE}, ≤ ${MAX_TIMES_NEWS}× news per char): ${allOk ? 'ok' : 'MISSED'}`);
