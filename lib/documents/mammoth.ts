/**
 * mammoth, reading the XML parts of a DOCX with `readPlainXml` (docx-xml.ts) instead of building an
 * xmldom DOM of each: on a long DOCX that DOM was most of mammoth's time. mammoth reads every part
 * through `readString` of its `lib/xml` module, looked up at each call, so replacing that one
 * function is the whole change. A part outside the plain subset goes to mammoth's own reader, so
 * an odd or broken file gets mammoth's own answer. The viewer's DOCX worker and `scan` import
 * mammoth from here, so both read DOCX files the same way. mammoth is pinned (package.json): a
 * version that kept `readString` from load time would bypass this without failing, so the unit
 * test, the e2e test and the Firefox smoke check that the parts were read here (`xmlPartsRead`).
 */
import mammoth from 'mammoth';
import mammothXml from 'mammoth/lib/xml/index.js';
import { logQuietly } from '../log';
import { NotPlainXml, readPlainXml } from './docx-xml';

/**
 * mammoth's own reader, kept on its module under a symbol: if this module is evaluated again (a
 * test that resets modules), it must not take its first copy's reader for xmldom's.
 */
const ORIGINAL = Symbol.for('vanban-watch.mammoth.readString');
const xmlModule = mammothXml as typeof mammothXml & { [ORIGINAL]?: typeof mammothXml.readString };
xmlModule[ORIGINAL] ??= mammothXml.readString;
const xmldomReadString = xmlModule[ORIGINAL];

const treeMaker = {
  element: (name: string, attributes: Record<string, string>, children: unknown[]) =>
    new mammothXml.Element(name, attributes, children),
  text: mammothXml.text,
};

/** Parts read by each reader since the count was last reset (the viewer reports it with a read DOCX). */
export const xmlPartsRead = { plain: 0, xmldom: 0 };

mammothXml.readString = (xml: string, namespaceMap?: Record<string, string>) => {
  const map = namespaceMap || {};
  try {
    const tree = readPlainXml(xml, map, treeMaker);
    xmlPartsRead.plain++;
    return Promise.resolve(tree);
  } catch (error) {
    // Outside the plain subset, or a fault of ours: xmldom reads the part as mammoth always did.
    if (!(error instanceof NotPlainXml)) logQuietly('reading an XML part without xmldom', error);
    xmlPartsRead.xmldom++;
    return xmldomReadString(xml, map);
  }
};

/** mammoth's own reader, for the tests that compare the two. */
export { xmldomReadString };
export default mammoth;
