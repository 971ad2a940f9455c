/** What the viewer asks its analysis worker (analysis-worker.ts) and what it answers. */
import type { DocumentFinding } from '../findings';
import type { DocumentText } from '../types';

export interface AnalysisRequest {
  id: number;
  doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>;
}

export type AnalysisMessage =
  /** The findings of the next slice, which ends at text offset `end`. */
  | { id: number; type: 'findings'; findings: DocumentFinding[]; end: number }
  /** All sliced; the panel's lines as each line's first finding and its count. */
  | { id: number; type: 'done'; first: Int32Array; count: Int32Array }
  | { id: number; type: 'error'; error: string };

/**
 * The DOCX worker's share of its extraction: the viewer hands it a port to this worker, over which
 * it asks for the slices of `doc` from text offset `from` on, while it reads the ones before.
 */
export interface HelperPortMessage {
  type: 'helper';
  port: MessagePort;
}
export interface HelperRequest {
  doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>;
  from: number;
}
export type HelperAnswer = { type: 'findings'; findings: DocumentFinding[] } | { type: 'error'; error: string };
