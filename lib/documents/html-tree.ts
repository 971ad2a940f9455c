/**
 * A small, tolerant HTML reader for documents (mammoth's DOCX output, an HTML file opened in the
 * viewer): elements and text only. Scripts, styles, comments and attributes other than a few safe
 * ones are dropped, so rendering the tree again is also how the viewer sanitises. Pure; no DOM.
 */

export interface ElementNode {
  tag: string;
  /** Only `colspan`/`rowspan` on cells survive: nothing that can run code or load anything. */
  attrs: Record<string, string>;
  children: TreeNode[];
}
export type TreeNode = ElementNode | string;

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr', 'area', 'base', 'source']);
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'title',
]);
/** Elements that end an open `p` (HTML's implied end tags, enough for real documents). */
const CLOSES_P = new Set(['p', 'div', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
const KEPT_ATTRS = new Set(['colspan', 'rowspan']);

const TOKEN_RE = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\/?([a-zA-Z][\w:-]*)([^>]*)>|[^<]+|</g;
const ATTR_RE = /([^\s=/]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const ENTITY_RE = /&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi;
const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  shy: '\u00ad',
};

/** `&amp;`, `&#7871;`, `&#x1EBF;` and the named entities Vietnamese pages use, decoded. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY_RE, (whole, name: string) => {
    if (name[0] === '#') {
      const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** The `<body>` content of `html` (or all of it) as a tree under a synthetic `body` element. */
export function parseHtml(html: string): ElementNode {
  const root: ElementNode = { tag: 'body', attrs: {}, children: [] };
  const stack: ElementNode[] = [root];
  let dropping: string | undefined;
  const top = () => stack[stack.length - 1] as ElementNode;
  const close = (tag: string) => {
    const at = stack.map((node) => node.tag).lastIndexOf(tag);
    if (at > 0) stack.length = at;
  };
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(html); m; m = TOKEN_RE.exec(html)) {
    const token = m[0];
    const tag = m[1]?.toLowerCase();
    if (dropping) {
      if (tag === dropping && token.startsWith('</')) dropping = undefined;
      continue;
    }
    if (!tag) {
      if (token.startsWith('<!') || token.startsWith('<?')) continue;
      top().children.push(decodeEntities(token));
      continue;
    }
    if (token.startsWith('</')) {
      close(tag);
      continue;
    }
    if (DROPPED.has(tag)) {
      if (!token.endsWith('/>')) dropping = tag;
      continue;
    }
    if (tag === 'html' || tag === 'body') continue;
    if (CLOSES_P.has(tag) || tag === 'li' || tag === 'tr' || tag === 'td' || tag === 'th') {
      if (CLOSES_P.has(tag)) closeIfOpen(stack, 'p');
      if (tag === 'li') closeSibling(stack, 'li', ['ul', 'ol']);
      if (tag === 'tr') closeSibling(stack, 'tr', ['table', 'thead', 'tbody', 'tfoot']);
      if (tag === 'td' || tag === 'th') closeSibling(stack, ['td', 'th'], ['tr']);
    }
    const element: ElementNode = { tag, attrs: attributes(m[2] ?? ''), children: [] };
    top().children.push(element);
    if (!VOID.has(tag) && !token.endsWith('/>')) stack.push(element);
  }
  return root;
}

function closeIfOpen(stack: ElementNode[], tag: string): void {
  const last = stack[stack.length - 1];
  if (last && last.tag === tag && stack.length > 1) stack.pop();
}

/** Closes an open `tags` element up to (not past) its container, as a new one starts. */
function closeSibling(stack: ElementNode[], tags: string | string[], containers: string[]): void {
  const wanted = typeof tags === 'string' ? [tags] : tags;
  for (let i = stack.length - 1; i > 0; i--) {
    const tag = (stack[i] as ElementNode).tag;
    if (containers.includes(tag)) return;
    if (wanted.includes(tag)) {
      stack.length = i;
      return;
    }
  }
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(source); m; m = ATTR_RE.exec(source)) {
    const name = (m[1] as string).toLowerCase();
    if (KEPT_ATTRS.has(name)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
