/**
 * The XML reading mammoth does for every part of a DOCX, without building a DOM first. mammoth
 * parses each part with @xmldom/xmldom into a DOM, then walks that DOM into its own small tree
 * (element name with its namespace mapped to a prefix, attributes, children; text). On a 5 MB
 * `word/document.xml` the DOM and its garbage were most of mammoth's time, on the critical path of
 * reading a long DOCX. `readPlainXml` builds mammoth's tree straight from the text.
 *
 * It reads the plain XML that Word, LibreOffice and our own writer produce: elements, attributes,
 * text, the five entities and character references, comments and processing instructions. Anything
 * else (a DOCTYPE, CDATA, an undeclared prefix, a stray `&` or `<`, a mismatched tag) throws
 * `NotPlainXml`, and the caller lets xmldom read that part as before, so an odd or broken file gets
 * exactly mammoth's own answer. On what it reads, its tree equals xmldom's (tests/documents/docx-xml.test.ts).
 */

/** What mammoth's tree is made of (`mammoth/lib/xml/nodes.js`). */
export interface XmlTreeMaker<Node> {
  element(name: string, attributes: Record<string, string>, children: Node[]): Node;
  text(value: string): Node;
}

/** The part is outside the plain subset read here. */
export class NotPlainXml extends Error {}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Prefix → namespace URI in scope ('' is the default namespace); a child scope inherits by prototype. */
type Scope = Record<string, string | undefined>;
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS, xmlns: XMLNS_NS });

const NAME = /[^\s/>=<&"']+/y;
const ATTRIBUTE = /\s+([^\s/>=<&"']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const END_TAG = /<\/([^\s/>=<&"']+)\s*>/y;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function notPlain(what: string): never {
  throw new NotPlainXml(what);
}

/** Entities and character references decoded; a `&` that starts neither is not plain. */
function decode(raw: string): string {
  let out = '';
  let from = 0;
  for (let at = raw.indexOf('&'); at >= 0; at = raw.indexOf('&', from)) {
    ENTITY.lastIndex = at;
    const match = ENTITY.exec(raw) ?? notPlain('entity');
    const [, named, decimal, hex] = match;
    let value: string;
    if (named) value = NAMED[named] as string;
    else {
      const code = decimal ? Number(decimal) : Number.parseInt(hex as string, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) notPlain('character reference');
      value = String.fromCodePoint(code);
    }
    out += raw.slice(from, at) + value;
    from = ENTITY.lastIndex;
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** Line ends as XML reads them: CR LF and a lone CR become LF. */
const normaliseLineEnds = (raw: string) => (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);

const textValue = (raw: string) => decode(normaliseLineEnds(raw));
/** Attribute values also turn each literal tab and line end into a space (references are kept). */
const attributeValue = (raw: string) => decode(normaliseLineEnds(raw).replace(/[\t\n]/g, ' '));

interface Open<Node> {
  rawName: string;
  name: string;
  scope: Scope;
  attributes: Record<string, string>;
  children: Node[];
}

type Qualify = (uri: string | undefined, local: string) => string;

/**
 * mammoth's tree of the XML part `xml`: names of namespaced elements and attributes as
 * `prefix:local` where `namespaceMap` maps their URI, else `{uri}local`. Throws `NotPlainXml`.
 */
export function readPlainXml<Node>(xml: string, namespaceMap: Record<string, string>, make: XmlTreeMaker<Node>): Node {
  const qualify: Qualify = (uri, local) =>
    !uri ? local : namespaceMap[uri] ? `${namespaceMap[uri]}:${local}` : `{${uri}}${local}`;
  const stack: Open<Node>[] = [];
  let root: Node | undefined;
  const add = (node: Node) => {
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else if (root === undefined) root = node;
    else notPlain('a second root');
  };
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      const parent = stack.at(-1);
      if (parent) parent.children.push(make.text(textValue(raw)));
      else if (raw.trim()) notPlain('text outside the root');
    }
    if (lt < 0) break;
    at = lt;
    const next = xml.charCodeAt(at + 1);
    if (next === 47 /* / */) {
      END_TAG.lastIndex = at;
      const match = END_TAG.exec(xml) ?? notPlain('end tag');
      const open = stack.pop();
      if (!open || open.rawName !== match[1]) notPlain('mismatched end tag');
      add(make.element(open.name, open.attributes, open.children));
      at = END_TAG.lastIndex;
    } else if (next === 63 /* ? */) {
      const close = xml.indexOf('?>', at + 2);
      if (close < 0) notPlain('processing instruction');
      at = close + 2;
    } else if (xml.startsWith('<!--', at)) {
      const close = xml.indexOf('-->', at + 4);
      if (close < 0) notPlain('comment');
      at = close + 3;
    } else if (next === 33 /* ! */) notPlain('declaration or CDATA');
    else {
      if (root !== undefined && !stack.length) notPlain('a second root');
      const tag = readStartTag(xml, at, stack.at(-1)?.scope ?? ROOT_SCOPE, qualify);
      if (tag.selfClosing) add(make.element(tag.open.name, tag.open.attributes, []));
      else stack.push(tag.open as Open<Node>);
      at = tag.end;
    }
  }
  if (root === undefined || stack.length) notPlain('unclosed element');
  return root;
}

/** The start tag at `at`: its element (names qualified in its own scope), and where the tag ends. */
function readStartTag(xml: string, at: number, parentScope: Scope, qualify: Qualify) {
  NAME.lastIndex = at + 1;
  const rawName = NAME.exec(xml)?.[0] ?? notPlain('element name');
  let end = NAME.lastIndex;
  const raw: [name: string, value: string][] = [];
  for (;;) {
    ATTRIBUTE.lastIndex = end;
    const match = ATTRIBUTE.exec(xml);
    if (!match) break;
    raw.push([match[1] as string, attributeValue(match[2] ?? match[3] ?? '')]);
    end = ATTRIBUTE.lastIndex;
  }
  TAG_END.lastIndex = end;
  const tagEnd = TAG_END.exec(xml) ?? notPlain('start tag');
  let scope = parentScope;
  for (const [name, value] of raw) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    if (scope === parentScope) scope = Object.create(parentScope) as Scope;
    scope[name === 'xmlns' ? '' : name.slice(6)] = value;
  }
  const attributes = Object.create(null) as Record<string, string>;
  for (const [name, value] of raw) {
    // Unprefixed attributes are in no namespace; `xmlns` itself is in the xmlns one.
    const key = name === 'xmlns' ? qualify(XMLNS_NS, 'xmlns') : qualifiedName(name, scope, qualify, undefined);
    if (key in attributes) notPlain('attribute twice');
    attributes[key] = value;
  }
  const open: Open<unknown> = {
    rawName,
    name: qualifiedName(rawName, scope, qualify, scope['']),
    scope,
    attributes,
    children: [],
  };
  return { open, selfClosing: tagEnd[1] === '/', end: TAG_END.lastIndex };
}

/** `prefix:local` resolved in `scope`; an unprefixed name takes `unprefixed` (the default namespace for elements). */
function qualifiedName(name: string, scope: Scope, qualify: Qualify, unprefixed: string | undefined): string {
  const colon = name.indexOf(':');
  if (colon < 0) return qualify(unprefixed, name);
  const local = name.slice(colon + 1);
  if (colon === 0 || !local || local.includes(':')) notPlain('name');
  const uri = scope[name.slice(0, colon)];
  if (!uri) notPlain('undeclared prefix');
  return qualify(uri, local);
}
