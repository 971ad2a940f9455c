/**
 * The XML reading mammoth does for every part of a DOCX, without building a DOM first. mammoth
 * parses each part with @xmldom/xmldom into a DOM, then walks that DOM into its own small tree
 * (element name with its namespace mapped to a prefix, attributes, children; text). On a 5 MB
 * `word/document.xml` the DOM and its garbage were most of mammoth's time, on the critical path of
 * reading a long DOCX. `readPlainXml` builds mammoth's tree straight from the text.
 *
 * It reads the plain XML that Word, LibreOffice and our own writer produce: elements, attributes,
 * text, the five entities and character references, comments and processing instructions, with
 * ASCII names and XML's own white space in tags. Anything else (a DOCTYPE, CDATA, an undeclared
 * prefix, a stray `&` or `<`, a mismatched tag, another name or separator) throws
 * `NotPlainXml`, and the caller lets xmldom read that part as before, so an odd or broken file gets
 * exactly mammoth's own answer. On what it reads, its tree equals xmldom's (tests/documents/docx-xml.test.ts).
 *
 * xmldom's own ways it follows: line ends as XML 1.1 has them (CR LF, CR, NEL, LS become LF), in
 * attributes then each tab and LF a space; `xmlns:p` attributes named in the xmlns namespace, with
 * no `xmlns` prefix to declare or use. Where xmldom is quirky it leaves the part to xmldom: an end
 * tag with space before its `>`, a `<?>`, a prefix declared as `xmlns`, empty or `__proto__`.
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
// `xmlns` is no prefix here: xmldom names every `xmlns:p` attribute in the xmlns namespace itself.
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS });

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

/** Line ends as xmldom reads them (XML 1.1's): CR LF, CR NEL, NEL, LS and a lone CR become LF. */
const LINE_END_RE = /[\r\u0085\u2028]/;
const normaliseLineEnds = (raw: string) =>
  LINE_END_RE.test(raw) ? raw.replace(/\r[\n\u0085]?|[\u0085\u2028]/g, '\n') : raw;

const textValue = (raw: string) => decode(normaliseLineEnds(raw));
/** Attribute values also turn each literal tab and line end into a space (references are kept). */
const attributeValue = (raw: string) => decode(normaliseLineEnds(raw).replace(/[\t\n]/g, ' '));

/** XML's white space (space, tab, line feed, carriage return): the only separators read in tags. */
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
/** Name characters of the plain subset: ASCII letters, digits, `_ . - :` (every OOXML name). */
const isNameCode = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 58) /* digits and : */ ||
  code === 95 ||
  code === 46 ||
  code === 45;
/** A name starts with a letter or `_`. */
const startsName = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;

function skipSpaces(xml: string, at: number): number {
  while (isSpace(xml.charCodeAt(at))) at++;
  return at;
}

/** The end of the name starting at `at` (not plain when none starts there). */
function nameEnd(xml: string, at: number): number {
  if (!startsName(xml.charCodeAt(at))) notPlain('name');
  let end = at + 1;
  while (isNameCode(xml.charCodeAt(end))) end++;
  return end;
}

interface Open<Node> {
  rawName: string;
  name: string;
  scope: Scope;
  attributes: Record<string, string>;
  children: Node[];
}

type Qualify = (uri: string | undefined, local: string) => string;

/**
 * Qualified names of elements and of attributes by scope and raw name: a long document repeats a
 * handful of names hundreds of thousands of times, in one or two scopes.
 */
type NameCache = WeakMap<Scope, { elements: Map<string, string>; attributes: Map<string, string> }>;

/**
 * mammoth's tree of the XML part `xml`: names of namespaced elements and attributes as
 * `prefix:local` where `namespaceMap` maps their URI, else `{uri}local`. Throws `NotPlainXml`.
 */
export function readPlainXml<Node>(xml: string, namespaceMap: Record<string, string>, make: XmlTreeMaker<Node>): Node {
  const qualify: Qualify = (uri, local) =>
    !uri ? local : namespaceMap[uri] ? `${namespaceMap[uri]}:${local}` : `{${uri}}${local}`;
  const names: NameCache = new WeakMap();
  const stack: Open<Node>[] = [];
  let root: Node | undefined;
  const add = (node: Node) => {
    const parent = stack[stack.length - 1];
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
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(make.text(textValue(raw)));
      else if (raw.trim()) notPlain('text outside the root');
    }
    if (lt < 0) break;
    at = lt;
    const next = xml.charCodeAt(at + 1);
    if (next === 47 /* / */) {
      const open = stack.pop() ?? notPlain('end tag without a start');
      const nameAt = at + 2;
      const end = nameEnd(xml, nameAt);
      if (end - nameAt !== open.rawName.length || !xml.startsWith(open.rawName, nameAt)) notPlain('mismatched end tag');
      // `</name >`: xmldom refuses it after an earlier `</name>` (it caches where that one was).
      if (xml.charCodeAt(end) !== 62 /* > */) notPlain('end tag');
      at = end + 1;
      add(make.element(open.name, open.attributes, open.children));
    } else if (next === 63 /* ? */) {
      // From the `?` on, as xmldom looks: `<?>` would end at its own `?>` there.
      const close = xml.indexOf('?>', at + 1);
      if (close <= at + 1) notPlain('processing instruction');
      at = close + 2;
    } else if (xml.startsWith('<!--', at)) {
      const close = xml.indexOf('-->', at + 4);
      if (close < 0) notPlain('comment');
      at = close + 3;
    } else if (next === 33 /* ! */) notPlain('declaration or CDATA');
    else {
      if (root !== undefined && !stack.length) notPlain('a second root');
      const open = readStartTag(xml, at, stack[stack.length - 1]?.scope ?? ROOT_SCOPE, qualify, names);
      if (open.selfClosing) add(make.element(open.name, open.attributes, []));
      else stack.push(open as Open<Node>);
      at = open.end;
    }
  }
  if (root === undefined || stack.length) notPlain('unclosed element');
  return root;
}

/** The start tag at `at`: its element (names qualified in its own scope), and where the tag ends. */
function readStartTag(xml: string, at: number, parentScope: Scope, qualify: Qualify, names: NameCache) {
  const nameAt = at + 1;
  let end = nameEnd(xml, nameAt);
  const rawName = xml.slice(nameAt, end);
  // Attributes as name, value, name, value…: most tags of a document have none or one.
  const raw: string[] = [];
  for (;;) {
    const afterSpace = skipSpaces(xml, end);
    const code = xml.charCodeAt(afterSpace);
    if (code === 62 /* > */ || code === 47 /* / */ || afterSpace === end) {
      end = afterSpace;
      break;
    }
    const nameStop = nameEnd(xml, afterSpace);
    const equals = skipSpaces(xml, nameStop);
    if (xml.charCodeAt(equals) !== 61 /* = */) notPlain('attribute without a value');
    const open = skipSpaces(xml, equals + 1);
    const quote = xml[open];
    if (quote !== '"' && quote !== "'") notPlain('attribute value without quotes');
    const close = xml.indexOf(quote, open + 1);
    if (close < 0) notPlain('unclosed attribute value');
    const value = xml.slice(open + 1, close);
    if (value.includes('<')) notPlain('< in an attribute value');
    raw.push(xml.slice(afterSpace, nameStop), attributeValue(value));
    end = close + 1;
  }
  let selfClosing = false;
  if (xml.charCodeAt(end) === 47 /* / */) {
    selfClosing = true;
    end++;
  }
  if (xml.charCodeAt(end) !== 62 /* > */) notPlain('start tag');
  let scope = parentScope;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const prefix = name === 'xmlns' ? '' : name.slice(6);
    // xmldom's prefix map is a plain object: these would not be stored (or found) as declared.
    if (name !== 'xmlns' && (!prefix || prefix.includes(':') || prefix === 'xmlns' || prefix === '__proto__'))
      notPlain('reserved prefix');
    if (scope === parentScope) scope = Object.create(parentScope) as Scope;
    scope[prefix] = raw[i + 1];
  }
  let cache = names.get(scope);
  if (!cache) {
    cache = { elements: new Map(), attributes: new Map() };
    names.set(scope, cache);
  }
  const attributes = Object.create(null) as Record<string, string>;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    let key = cache.attributes.get(name);
    if (key === undefined) {
      // Unprefixed attributes are in no namespace; `xmlns` and `xmlns:p` are in the xmlns one.
      key =
        name === 'xmlns' || name.startsWith('xmlns:')
          ? qualify(XMLNS_NS, name === 'xmlns' ? 'xmlns' : name.slice(6))
          : qualifiedName(name, scope, qualify, undefined);
      cache.attributes.set(name, key);
    }
    if (key in attributes) notPlain('attribute twice');
    attributes[key] = raw[i + 1] as string;
  }
  let name = cache.elements.get(rawName);
  if (name === undefined) {
    name = qualifiedName(rawName, scope, qualify, scope['']);
    cache.elements.set(rawName, name);
  }
  return { rawName, name, scope, attributes, children: [], selfClosing, end: end + 1 };
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
