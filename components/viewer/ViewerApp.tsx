import { useEffect, useRef, useState } from 'preact/hooks';
import type { DocumentFinding, DocumentSummary } from '../../lib/documents/findings';
import type { DocumentReaders } from '../../lib/documents/read-document';
import type { DocumentErrorCode } from '../../lib/documents/types';
import { DocumentError } from '../../lib/documents/types';
import { DocumentAnnotator } from '../../lib/documents/viewer/document-annotator';
import { HtmlSurface } from '../../lib/documents/viewer/html-surface';
import { type DocumentInput, type OpenedDocument, openDocument } from '../../lib/documents/viewer/open-document';
import { PdfSurface } from '../../lib/documents/viewer/pdf-surface';
import type { DocumentSource } from '../../lib/documents/viewer/save';
import type { DocumentSurface } from '../../lib/documents/viewer/surface';
import { lineKeyOf } from '../../lib/watchlist/summary';
import type { SaveResult } from '../../lib/watchlist/types';
import { FindingsPanel } from './FindingsPanel';

export interface ViewerAppProps {
  /** The document to fetch (`viewer.html?file=`), or none: then the file picker. */
  initialUrl?: string;
  lang: 'vi' | 'en';
  t: (key: string, substitutions?: string[]) => string;
  readers: DocumentReaders;
  save(finding: DocumentFinding, source: DocumentSource, save: boolean): Promise<SaveResult>;
  savedKeys(keys: string[]): Promise<string[]>;
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; code: DocumentErrorCode | 'unknown'; url?: string }
  | { status: 'ready'; doc: OpenedDocument };

const ERROR_KEYS: Readonly<Record<DocumentErrorCode, string>> = {
  empty: 'docError_empty',
  scanned: 'docError_scanned',
  encrypted: 'docError_encrypted',
  damaged: 'docError_damaged',
  'html-not-pdf': 'docError_htmlNotPdf',
  'old-word': 'docError_oldWord',
  unsupported: 'docError_unsupported',
  'too-large': 'docError_tooLarge',
  timeout: 'docError_timeout',
  http: 'docError_http',
  network: 'docError_network',
  scheme: 'docError_scheme',
};

/** The viewer: a document drawn with its findings highlighted, the list beside it, and a way to open files. */
export function ViewerApp({ initialUrl, lang, t, readers, save, savedKeys }: ViewerAppProps) {
  const [state, setState] = useState<State>(initialUrl ? { status: 'loading' } : { status: 'idle' });
  const [current, setCurrent] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const docRef = useRef<HTMLDivElement>(null);
  const cardHostRef = useRef<HTMLDivElement>(null);
  const annotatorRef = useRef<DocumentAnnotator>();
  const surfaceRef = useRef<DocumentSurface>();
  /** The read under way, given up when another file is opened. */
  const reading = useRef<AbortController>();
  /** The document drawn now: a PDF's first page is followed by the whole, on the same surface. */
  const mounted =
    state.status === 'ready' ? (state.doc.read.kind === 'pdf' ? state.doc.read.pdf : state.doc.read) : undefined;

  const open = (input: DocumentInput) => {
    // A file opened while another is read: the other's read is given up, and its results ignored.
    reading.current?.abort();
    const current = new AbortController();
    reading.current = current;
    const ifCurrent =
      <T,>(update: (value: T) => void) =>
      (value: T) => {
        if (!current.signal.aborted) update(value);
      };
    setState({ status: 'loading' });
    openDocument(
      input,
      readers,
      ifCurrent((first: OpenedDocument) => setState({ status: 'ready', doc: first })),
      current.signal,
    ).then(
      ifCurrent((doc: OpenedDocument) => setState({ status: 'ready', doc })),
      ifCurrent((error: unknown) => {
        console.debug('[VănBản Watch]', error);
        setState({
          status: 'error',
          code: error instanceof DocumentError ? error.code : 'unknown',
          url: 'url' in input ? input.url : undefined,
        });
      }),
    );
  };

  useEffect(() => {
    if (initialUrl) open({ url: initialUrl });
  }, [initialUrl]);

  // Local files: dropped anywhere on the window.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      setDragging(false);
      open({ file });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  // Draw the document and annotate it once it is read (a PDF: once its first page is).
  useEffect(() => {
    if (state.status !== 'ready' || !docRef.current || !cardHostRef.current) return;
    const { doc } = state;
    document.title = `${doc.source.title} — VănBản Watch`;
    const container = docRef.current;
    const read = doc.read;
    const surface: DocumentSurface =
      read.kind === 'pdf'
        ? new PdfSurface(container, read.pdf as never, read.pieces, read.pageSizes)
        : new HtmlSurface(container, read.blocks ?? read.root.children, read.kind === 'text');
    const host = cardHostRef.current;
    const cardRoot = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const annotator = new DocumentAnnotator({
      surface,
      findings: doc.findings,
      cardRoot,
      t,
      language: () => lang,
      save: (finding, on) => save(finding, doc.source, on),
      savedKeys,
      onCurrent: (finding) => setCurrent(finding && lineKeyOf(finding)),
    });
    annotatorRef.current = annotator;
    surfaceRef.current = surface;
    container.dataset.ready = 'true';
    return () => {
      annotator.dispose();
      surface.dispose();
      annotatorRef.current = undefined;
      surfaceRef.current = undefined;
      delete container.dataset.ready;
    };
  }, [mounted]);

  // The whole PDF after its first page: new pieces and findings on the same drawn pages.
  useEffect(() => {
    if (state.status !== 'ready' || state.doc.partial) return;
    const read = state.doc.read;
    if (read.kind === 'pdf' && surfaceRef.current instanceof PdfSurface)
      surfaceRef.current.setPieces(read.pieces, read.pageSizes);
    annotatorRef.current?.setFindings(state.doc.findings);
  }, [state]);

  const pick = (summary: DocumentSummary) => {
    if (state.status !== 'ready') return;
    const finding = state.doc.findings[summary.first];
    if (finding) void annotatorRef.current?.goTo(finding);
  };

  return (
    <div class={`viewer${dragging ? ' dragging' : ''}`} data-state={state.status}>
      <header class="viewer-bar">
        <h1>{state.status === 'ready' ? state.doc.source.title : t('viewerTitle')}</h1>
        <label class="viewer-open">
          {t('viewerOpenFile')}
          <input
            type="file"
            data-testid="viewer-file"
            accept=".pdf,.docx,.htm,.html,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain"
            onChange={(event) => {
              const file = (event.currentTarget as HTMLInputElement).files?.[0];
              if (file) open({ file });
            }}
          />
        </label>
        {state.status === 'ready' && state.doc.url && (
          <a class="viewer-download" href={state.doc.url} download>
            {t('viewerDownload')}
          </a>
        )}
      </header>
      <div class="viewer-body">
        {state.status === 'ready' && (
          <FindingsPanel
            partial={state.doc.partial}
            summaries={state.doc.summaries}
            lang={lang}
            t={t}
            paged={state.doc.read.kind === 'pdf'}
            onPick={pick}
            currentKey={current}
          />
        )}
        {/* Focusable, so the document scrolls from the keyboard too (axe: scrollable-region-focusable). */}
        <main
          class="viewer-main"
          data-scroll-box
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
          tabIndex={0}
          aria-label={state.status === 'ready' ? state.doc.source.title : t('viewerTitle')}
        >
          {state.status === 'idle' && <p class="viewer-hint">{t('viewerDropHint')}</p>}
          {state.status === 'loading' && (
            <p class="viewer-hint" role="status">
              {t('viewerLoading')}
            </p>
          )}
          {state.status === 'error' && (
            <div class="viewer-error" role="alert" data-testid="viewer-error" data-code={state.code}>
              <p>{state.code === 'unknown' ? t('docError_damaged') : t(ERROR_KEYS[state.code])}</p>
              {state.url && (
                <p>
                  <a href={state.url} download>
                    {t('viewerDownload')}
                  </a>
                </p>
              )}
            </div>
          )}
          <div class="viewer-document" ref={docRef} data-testid="viewer-document" />
        </main>
      </div>
      <div ref={cardHostRef} class="viewer-card-host" />
    </div>
  );
}
