/**
 * mammoth, reading the XML parts of a DOCX with `readPlainXml` (docx-xml.ts) instead of building an
 * xmldom DOM of each: on a long DOCX that DOM was most of mammoth's time. mammoth reads every part
 * through `readString` of its `lib/xml` module, looked up at each call, so replacing that one
 * function is the whole change. A part outside the plain subset goes to mammoth's own reader, so
 * an odd or broken file gets mammoth's own answer. The viewer's DOCX worker and `scan` import
 * mammoth from here, so both read DOCX files the same way.
 */
import mammoth from 'mammoth';
import mammothXml from 'mammoth/lib/xml/index.js';
import { NotPlainXml, readPlainXml } from './docx-xml';

const xmldomReadString = mammothXml.readString;
const treeMaker = {
  element: (name: string, attributes: Record<string, string>, children: unknown[]) =>
    new mammothXml.Element(name, attributes, children),
  text: mammothXml.text,
};

/** Parts read by each reader since the count was last reset (the viewer reports it with a read DOCX). */
export const xmlPartsRead = { plain: 0, xmldom: 0 };

mammothXml.readString = (xml: string, namespaceMap: Record<string, string> = {}) => {
  try {
    const tree = readPlainXml(xml, namespaceMap, treeMaker);
    xmlPartsRead.plain++;
    return Promise.resolve(tree);
  } catch (error) {
    if (!(error instanceof NotPlainXml)) return Promise.reject(error);
    xmlPartsRead.xmldom++;
    return xmldomReadString(xml, namespaceMap);
  }
};

/** mammoth's own reader, for the tests that compare the two. */
export { xmldomReadString };
export default mammoth;
