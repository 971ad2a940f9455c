/**
 * The document's addressees ("Kính gửi: Các huyện ủy, thị ủy, …", or one "- …;" line each) and the
 * second-person forms that stand for them in its requests ("Ban Thường vụ đề nghị các đồng chí …",
 * "Đề nghị Quý đơn vị cấp chứng từ …"): the guidelines take an owner named away from its date, the
 * document's addressee included, exactly as written there.
 */
import { ADDRESSEE_FORMS_VI, MEMBER_ROLES_VI } from '../tables/task-words';
import type { Span } from '../types';
import { splitOwners } from './owners';
import { alternation } from './phrases';
import { lineEndWithin, trimSpan } from './text-walk';

/**
 * "các đồng chí" (not "đồng chí Chủ tịch …", a person, nor "các đồng chí đảng viên", a kind of
 * member named as written), "Quý đơn vị", "Quý cơ quan", …
 */
const ADDRESS_FORM_RE = new RegExp(
  `^(?:các\\s+)?${alternation(ADDRESSEE_FORMS_VI)}(?![\\p{L}\\p{M}])(?!\\s+${alternation(MEMBER_ROLES_VI)}(?![\\p{L}\\p{M}]))`,
  'iu',
);
/** "đồng chí Chủ tịch UBND tỉnh", "Đồng chí Nguyễn Văn A": a title or a name makes it a person. */
const PERSON_RE = /^(?:[Cc]ác\s+)?[Đđ]ồng\s+[Cc]hí\s+\p{Lu}/u;
const TO_RE = /kính\s+gửi[ \t]*:?[ \t]*/iu;
/** The addressee block stands at the head of the document: it is looked for only this far. */
const HEAD_WINDOW = 20_000;
/** The most addressee lines read ("- …;" one a line). */
const MAX_LINES = 12;
const BULLET_RE = /^[ \t]*[-+•\u2013][ \t]*/;

export function isAddressForm(owner: Span): boolean {
  return ADDRESS_FORM_RE.test(owner.text) && !PERSON_RE.test(owner.text);
}

/** The bodies after "Kính gửi", one owner each, or none when the document names no addressee. */
export function addresseesOf(text: string): Span[] {
  const to = TO_RE.exec(text.slice(0, HEAD_WINDOW));
  if (!to) return [];
  const segments: Span[] = [];
  let at = to.index + to[0].length;
  let first = true;
  for (let n = 0; n < MAX_LINES && at < text.length; n++) {
    const limit = Math.min(text.length, at + 400);
    const lineEnd = lineEndWithin(text, at, limit);
    const end = lineEnd < 0 ? limit : lineEnd;
    const line = text.slice(at, end);
    const bullet = BULLET_RE.exec(line);
    if (!first && !bullet) break;
    const from = at + (bullet ? bullet[0].length : 0);
    const piece = trimSpan(text, from, end);
    if (piece) {
      const cut = /[;.,]+$/.exec(piece.text);
      const segment = cut ? trimSpan(text, piece.start, piece.end - cut[0].length) : piece;
      if (segment) segments.push(segment);
    }
    // A closing "." ends the block; a line of its own after "Kính gửi:" may be followed by more.
    if (piece?.text.endsWith('.') && !bullet) break;
    first = false;
    at = end + 1;
  }
  return segments.flatMap((segment) => splitOwners(text, segment, false));
}

/**
 * `owners` with any bare second-person form ("các đồng chí", not "các đồng chí đảng viên") replaced
 * by the addressees (none when there are none).
 */
export function withAddressees(owners: Span[], addressees: () => Span[]): Span[] {
  if (!owners.some(isAddressForm)) return owners;
  return owners.flatMap((owner) => (isAddressForm(owner) ? addressees() : [owner]));
}
