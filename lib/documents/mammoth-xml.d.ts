/** The one internal module of mammoth we use (mammoth.ts): its XML reading and tree nodes. */
declare module 'mammoth/lib/xml/index.js' {
  const xml: {
    readString(xml: string, namespaceMap?: Record<string, string>): Promise<unknown>;
    Element: new (name: string, attributes: Record<string, string>, children: unknown[]) => unknown;
    text(value: string): unknown;
  };
  export default xml;
}
