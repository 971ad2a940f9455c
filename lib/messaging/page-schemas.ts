/**
 * Run-time shapes of the requests a tab's content script answers. Kept apart from the background's
 * schemas (schemas.ts) so the content script builds only these small ones when it starts.
 */
import * as v from 'valibot';
import type { Schemas } from './channel';
import type { PageProtocol } from './protocol';

const nothing = v.strictObject({});
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const PAGE_SCHEMAS: Schemas<PageProtocol> = {
  getPageStatus: nothing,
  getFindings: nothing,
  scrollToFinding: v.object({ index: count }),
  refreshSaved: nothing,
  rescan: nothing,
  getAttachments: nothing,
};
