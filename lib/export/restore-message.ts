/**
 * What a restore did, or why it did nothing, in the UI's language. Kept beside the restore so a
 * new refusal cannot ship without its message (the record below must name every problem).
 */
import { STORAGE_FULL } from '../db/watchlist';
import { type MessageKey, t } from '../i18n';
import type { RestorePhase, RestoreProblem, RestoreResult } from './backup';

const REFUSAL_MESSAGES: Record<RestoreProblem, MessageKey> = {
  notJson: 'restoreNotJson',
  notBackup: 'restoreNotBackup',
  version: 'restoreVersion',
  noItems: 'restoreNoItems',
  badItem: 'restoreBadItem',
  badSource: 'restoreBadSource',
  storage: 'restoreStorage',
  tooLarge: 'restoreTooLarge',
  tooMany: 'restoreTooMany',
};

export function describeRestore(result: RestoreResult, translate: typeof t = t): string {
  if (result.ok)
    return translate('restoreDone', [String(result.added), String(result.updated), String(result.skipped)]);
  if (result.problem === 'storage' && result.detail === STORAGE_FULL) return translate('storageFull');
  return translate('restoreFailed', [translate(REFUSAL_MESSAGES[result.problem], [result.detail])]);
}

/**
 * "Đang khôi phục… đã kiểm tra 4000/20000 bản ghi", then "… đã ghi 4000/20000 bản ghi", for
 * `restoreBackup`'s `onProgress`.
 */
export function describeRestoreProgress(
  done: number,
  total: number,
  phase: RestorePhase = 'check',
  translate: typeof t = t,
): string {
  return translate(phase === 'write' ? 'restoreWriting' : 'restoreProgress', [String(done), String(total)]);
}
