/**
 * A growing text kept as parts, with its length and last characters tracked on the side. Reading
 * the end of a string built with `+=` makes V8 flatten it, which made rebuilding a large document
 * quadratic (a 5 MB DOCX took minutes); here every operation looks at a few characters only.
 */
export class TextAppender {
  private readonly parts: string[] = [];
  length = 0;
  /** The last few characters. */
  private end = '';

  append(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.length += text.length;
    this.end = (this.end + text.slice(-8)).slice(-8);
  }

  /** Up to the last 8 characters. */
  tail(): string {
    return this.end;
  }

  endsWithSpace(): boolean {
    return this.length === 0 || /\s$/.test(this.end);
  }

  /** Drops the last character. */
  dropLast(): void {
    this.removeEnd(1);
  }

  /** Removes trailing spaces and tabs (not line breaks). */
  trimSpaces(): void {
    for (;;) {
      const match = /[ \t]+$/.exec(this.end);
      if (!match) return;
      this.removeEnd(match[0].length);
    }
  }

  /** Length without trailing white space, looking back part by part. */
  trimmedLength(): number {
    let length = this.length;
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i] as string;
      const kept = part.trimEnd().length;
      length -= part.length - kept;
      if (kept > 0) break;
    }
    return length;
  }

  private removeEnd(count: number): void {
    let left = count;
    while (left > 0 && this.parts.length) {
      const last = this.parts[this.parts.length - 1] as string;
      if (last.length <= left) {
        this.parts.pop();
        left -= last.length;
        this.length -= last.length;
      } else {
        this.parts[this.parts.length - 1] = last.slice(0, last.length - left);
        this.length -= left;
        left = 0;
      }
    }
    const joined = this.parts.slice(-4).join('');
    this.end = joined.slice(-8);
  }

  toString(): string {
    return this.parts.join('');
  }
}
