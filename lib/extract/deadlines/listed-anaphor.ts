/**
 * "…, còn 3 đơn vị chưa nộp: Trường THPT Lê Quý Đôn, Trường THPT Chu Văn An, Trung tâm GDNN-GDTX
 * Bảo Lộc. Đề nghị các đơn vị này nộp bổ sung báo cáo …": an owner that points back ("các đơn vị
 * này / trên / nêu trên") at the bodies the sentence before lists after its colon is those bodies.
 */
import type { Span } from '../types';
import { splitOwners } from './owners';
import { trimSpan } from './text-walk';
import { bodyAt } from './word-classes';

const POINTING_OWNER_RE =
  /^(?:các|những)\s+(?:đơn\s+vị|cơ\s+quan|trường|địa\s+phương|xã|phường|cơ\s+sở|doanh\s+nghiệp|tổ\s+chức)\s+(?:này|trên|nêu\s+trên|có\s+tên\s+trên)$/iu;
/** How far back the listing sentence may start. */
const LIST_BACK = 400;

export function listedBodies(text: string, owner: Span): Span[] | null {
  if (!POINTING_OWNER_RE.test(owner.text)) return null;
  // The sentence before the owner's: it ends with a full stop before the owner's sentence starts.
  const floor = Math.max(0, owner.start - LIST_BACK);
  const before = text.slice(floor, owner.start);
  const stop = before.search(/\.\s+(?:\S+\s+){0,3}$/u);
  if (stop < 0) return null;
  const colon = before.lastIndexOf(':', stop);
  if (colon < 0 || /[.;\n]/.test(before.slice(colon + 1, stop))) return null;
  const list = trimSpan(text, floor + colon + 1, floor + stop);
  if (!list || !bodyAt(text, list.start, false)) return null;
  const members = splitOwners(text, list, false);
  return members.length > 1 && members.every((m) => bodyAt(text, m.start, false)) ? members : null;
}
