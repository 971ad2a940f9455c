import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammothXml from 'mammoth/lib/xml/index.js';
import { describe, expect, it } from 'vitest';
import { NotPlainXml, readPlainXml } from '../../lib/documents/docx-xml';
import mammoth, { xmldomReadString, xmlPartsRead } from '../../lib/documents/mammoth';
import { zipTextEntries } from '../../lib/documents/zip';
import { planDocx } from '../helpers/docx-writer';
import { seededRandom } from '../helpers/seeded-random';

const FIXTURES = join(__dirname, '../fixtures/documents');
/** mammoth's own namespace map, in part (office-xml-reader.js): mapped and unmapped URIs both occur. */
const MAP = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'urn:mapped': 'm',
};
const make = {
  element: (name: string, attributes: Record<string, string>, children: unknown[]) =>
    new mammothXml.Element(name, attributes, children),
  text: mammothXml.text,
};
const plain = (xml: string) => readPlainXml(xml, MAP, make);
/** xmldom's reading as mammoth does it: its tree, or 'error'. */
const byXmldom = (xml: string) => xmldomReadString(xml, MAP).then(JSON.stringify, () => 'error');

describe('DOCX XML parts read without a DOM (docx-xml.ts)', () => {
  it('gives xmldom’s tree for every part of a LibreOffice DOCX and of our long one', async () => {
    for (const bytes of [readFileSync(join(FIXTURES, 'plan.docx')), planDocx(300_000)]) {
      const parts = (await zipTextEntries(new Uint8Array(bytes), /\.(xml|rels)$/)) as Record<string, string>;
      expect(Object.keys(parts)).toContain('word/document.xml');
      for (const name of Object.keys(parts)) {
        const xml = (parts[name] as string).replace(/^\uFEFF/, '');
        expect(JSON.stringify(plain(xml)), name).toBe(await byXmldom(xml));
      }
    }
  });

  it('reads namespaces, entities, references, line ends and split text as xmldom does', async () => {
    const cases = [
      '<?xml version="1.0"?><w:d xmlns:w="urn:mapped" a="x\ty\nz  q\r\nr" w:b=\'1&amp;2&#65;&#x42;&#x1F600;\'>\r\n <w:t xml:space="preserve">a\r\nb\rc &lt;&gt;&quot;&apos;</w:t></w:d>',
      '<d xmlns="urn:mapped"><e xmlns="urn:other" p:q="1" xmlns:p="urn:p"><f xmlns=""/></e><g/></d>',
      '<d>a<!-- note -->b<?pi x?>c<e/>d &#10;&#9;</d>',
      '<!-- before --><d  a = "1"  ><e  /></d>\n',
      // XML 1.1 line ends, as xmldom reads them, in text and in attributes.
      '<d b="x\u2028y\r\u0085z">a\u2028b\u0085c\r\u0085d</d>',
      '<d xmlns:p="urn:p" xmlns="urn:mapped"/>',
      '<d xmlns:m="urn:mapped" xmlns:n="urn:mapped"><m:e m:x="1" y="2"/></d>',
      '<d/>',
    ];
    for (const xml of cases) expect(JSON.stringify(plain(xml)), xml).toBe(await byXmldom(xml));
  });

  it('leaves to xmldom what is not plain XML, and accepts nothing xmldom refuses', async () => {
    const notPlain = [
      '<!DOCTYPE d><d/>',
      '<d><![CDATA[x]]></d>',
      '<p:d/>',
      '<d>a & b</d>',
      '<d a="<"/>',
      '<d><e></d>',
      '<d a="1" a="2"/>',
      '<d>&nbsp;</d>',
      '<d>',
      '<d/><e/>',
      'text<d/>',
      '<d a=1/>',
      // xmldom's quirks, left to it: it refuses `</a >` after an earlier `</a>`, reads `<?>` as
      // text, has no `xmlns` prefix, and keeps prefixes in a plain object.
      '<r><a></a><a></a ></r>',
      '<d><?>b<?x?>c</d>',
      '<xmlns:b/>',
      '<d xmlns:xmlns="u"/>',
      '<d xmlns:="u"/>',
      '<__proto__:d xmlns:__proto__="u"/>',
    ];
    for (const xml of notPlain) expect(() => plain(xml), xml).toThrow(NotPlainXml);
  });

  it('on random markup: either the same tree as xmldom or left to it', async () => {
    const pieces = [
      '<a>',
      '</a>',
      '<b x="1">',
      "<b\tx = '>'\n>",
      '</b>',
      '</b >',
      '<m:c/>',
      '<c\u00a0x="1"/>',
      '<é/>',
      ' xmlns:m="urn:mapped"',
      'text',
      ' ',
      '\u00a0',
      '\r\n',
      '&amp;',
      '&',
      '&#x41;',
      '&#X41;',
      '<!--c-->',
      '<?p i?>',
      '<?>',
      '\u2028',
      '\u0085',
      '\r',
      '<![CDATA[z]]>',
      '"',
      "'",
      '=',
      '<',
      '>',
      '/',
    ];
    const random = seededRandom(5).below;
    let same = 0;
    for (let round = 0; round < 1000; round++) {
      let xml = random(2) ? '<r xmlns:m="urn:mapped">' : '<r>';
      for (let n = random(12); n > 0; n--) xml += pieces[random(pieces.length)];
      xml += '</r>';
      let ours: string;
      try {
        ours = JSON.stringify(plain(xml));
      } catch (error) {
        expect(error, xml).toBeInstanceOf(NotPlainXml);
        continue;
      }
      expect(ours, xml).toBe(await byXmldom(xml));
      same++;
    }
    expect(same).toBeGreaterThan(50); // the comparison was made, not only left to xmldom
  });

  it('mammoth reads the fixture’s parts with our reader, to the same HTML and messages as with xmldom', async () => {
    const buffer = readFileSync(join(FIXTURES, 'plan.docx'));
    Object.assign(xmlPartsRead, { plain: 0, xmldom: 0 });
    const ours = await mammoth.convertToHtml({ buffer });
    expect(xmlPartsRead.plain).toBeGreaterThan(0);
    expect(xmlPartsRead.xmldom).toBe(0);
    const installed = mammothXml.readString;
    mammothXml.readString = xmldomReadString;
    try {
      const theirs = await mammoth.convertToHtml({ buffer });
      expect(ours).toEqual(theirs);
    } finally {
      mammothXml.readString = installed;
    }
  });
});
