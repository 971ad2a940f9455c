// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { joinFlows, spanToRange } from '../../lib/page/page-text';
import { collectFlows, FlowWalker, flowContainerOf } from '../../lib/page/text-flows';
import { isUiHost } from '../../lib/page/ui-host';

const visibleAll = { isVisible: () => true };
const texts = (root: Element) => collectFlows(root, visibleAll).map((flow) => flow.text);

describe('page/text-flows', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps inline elements in one flow and splits at blocks', () => {
    document.body.innerHTML =
      '<p>Chỉ thị số <b>19-CT/TƯ</b>, <a href="#">ngày 5/11/2012</a></p><p>A</p><p>B</p><div>x<p>y</p>z</div>';
    expect(texts(document.body)).toEqual(['Chỉ thị số 19-CT/TƯ, ngày 5/11/2012', 'A', 'B', 'x', 'y', 'z']);
  });

  it('skips scripts, styles, form fields, editable and hidden regions, and our own UI', () => {
    document.body.innerHTML = `<p>giữ</p><script>var a = 1</script><style>p{}</style><textarea>bỏ</textarea>
      <input value="bỏ"><div contenteditable="true">bỏ</div><div hidden>bỏ</div><div aria-hidden="true">bỏ</div>
      <vanban-watch-x1>bỏ</vanban-watch-x1><p>cũng giữ</p>`;
    const flows = collectFlows(document.body, { ...visibleAll, isOwn: isUiHost });
    expect(flows.map((flow) => flow.text.trim())).toEqual(['giữ', 'cũng giữ']);
  });

  it('drops text whose element is not visible', () => {
    document.body.innerHTML = '<p>thấy <span class="x">ẩn</span> tiếp</p>';
    const flows = collectFlows(document.body, { isVisible: (el) => !el.classList.contains('x') });
    expect(flows.map((flow) => flow.text)).toEqual(['thấy  tiếp']);
  });

  it('reads <br> as a line break inside the flow', () => {
    document.body.innerHTML = '<p>Nghị quyết số<br>30c/NQ-CP</p>';
    expect(texts(document.body)).toEqual(['Nghị quyết số\n30c/NQ-CP']);
  });

  it('records each flow’s declared language', () => {
    document.body.innerHTML = '<p>tiếng Việt</p><p lang="en">English <b>bold</b></p>';
    expect(collectFlows(document.body, visibleAll).map((flow) => flow.lang)).toEqual(['', 'en']);
  });

  it('takes the nearest lang attribute of each flow, as closest() does, remembering what it climbed', () => {
    document.body.innerHTML =
      '<div lang="EN-GB"><p>one</p><section><p>two</p><div lang=""><p>three</p></div>' +
      '<div lang="vi"><ul><li>four</li><li lang="fr">five</li></ul></div><p>six</p></section></div><p>seven</p>';
    const flows = collectFlows(document.body, visibleAll);
    expect(flows.map((flow) => flow.lang)).toEqual(['en-gb', 'en-gb', '', 'vi', 'fr', 'en-gb', '']);
    expect(flows.map((flow) => flow.lang)).toEqual(
      flows.map((flow) => flow.container.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? ''),
    );
  });

  it('walks in slices and gives the same flows', () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>đoạn ${i} <i>nghiêng</i></p>`).join('');
    const walker = new FlowWalker(document.body, visibleAll);
    let clock = 0;
    const sliced: string[] = [];
    let slices = 0;
    while (!walker.done) {
      slices += 1;
      sliced.push(...walker.take(1, () => (clock += 0.5)).map((flow) => flow.text));
    }
    expect(slices).toBeGreaterThan(1);
    expect(sliced).toEqual(texts(document.body));
  });

  it('maps a span across inline elements back to a DOM range', () => {
    document.body.innerHTML = '<p>Theo <a>Kế hoạch</a> số <b>77-KH/TU</b> xong</p><p>khác</p>';
    const page = joinFlows(collectFlows(document.body, visibleAll));
    const start = page.text.indexOf('Kế hoạch');
    const end = page.text.indexOf(' xong');
    const range = spanToRange(page, start, end);
    const live = document.createRange();
    live.setStart(range?.startContainer as Node, range?.startOffset ?? 0);
    live.setEnd(range?.endContainer as Node, range?.endOffset ?? 0);
    expect(live.toString()).toBe('Kế hoạch số 77-KH/TU');
    expect(flowContainerOf(range?.startContainer as Node, document.body).tagName).toBe('P');
  });
});
