import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../lib/cli/html-text';

describe('cli/html-text', () => {
  it('keeps blocks apart and inline elements together', () => {
    expect(htmlToText('<p>A</p><p>B</p>')).toBe('A\n\nB');
    expect(htmlToText('<p>Chỉ thị số <b>19-CT/TƯ</b>, <a href="#">ngày 5/11/2012</a></p>')).toBe(
      'Chỉ thị số 19-CT/TƯ, ngày 5/11/2012',
    );
  });

  it('drops scripts, styles, comments and the head, and decodes entities', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><!-- x --><script>1</script><p>Ngh&#7883; &amp; &nbsp;đ&#x1ECB;nh</p></body></html>';
    expect(htmlToText(html)).toBe('Nghị & \u00a0định');
  });

  it('never throws on malformed markup', () => {
    expect(htmlToText('<p>unclosed <b>bold <i>x</p></div>&bogus; &#99999999;')).toBe(
      'unclosed bold x\n\n&bogus; &#99999999;',
    );
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml('a.html', 'x')).toBe(true);
    expect(looksLikeHtml('a.txt', '<!DOCTYPE html><p>')).toBe(true);
    expect(looksLikeHtml('a.txt', 'Số 5 < 6')).toBe(false);
  });
});
