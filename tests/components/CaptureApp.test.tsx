// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CaptureActions, CaptureApp } from '../../components/capture/CaptureApp';
import { t } from '../../lib/i18n';
import type { CapturedSelection, CaptureProposal } from '../../lib/watchlist/capture';
import type { ItemDraft } from '../../lib/watchlist/types';
import { findingSummary } from '../helpers/factories';

afterEach(cleanup);

const selection: CapturedSelection = {
  text: 'Sở Y tế gửi kế hoạch tiêm chủng trước ngày 09/03/2027; họp sơ kết ngày 20/03/2027.',
  cut: false,
  url: 'https://news.example/tin',
  title: 'Tin y tế',
  private: false,
};
const draft = (over: Partial<ItemDraft>): ItemDraft => ({
  kind: 'deadline',
  due: '',
  task: '',
  owners: [],
  documentKey: null,
  note: '',
  ...over,
});
const proposal: CaptureProposal = {
  choices: [
    {
      label: 'ngày 09/03/2027',
      dueFound: true,
      draft: draft({
        due: '2027-03-09',
        text: 'ngày 09/03/2027',
        task: 'gửi kế hoạch tiêm chủng',
        owners: ['Sở Y tế'],
      }),
    },
    {
      label: 'ngày 20/03/2027',
      dueFound: true,
      draft: draft({ kind: 'date', due: '2027-03-20', text: 'ngày 20/03/2027' }),
    },
  ],
  documents: [],
};

function actions(over: Partial<CaptureActions> = {}): CaptureActions {
  return {
    saveDraft: vi.fn(async () => 'key'),
    saveDocuments: vi.fn(async () => ({ ok: true as const, saved: true })),
    openWatchlist: vi.fn(),
    ...over,
  };
}

const field = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;

describe('components/capture/CaptureApp', () => {
  it('prefills the first date found, switches with the choice, and saves what the user fixed', async () => {
    const props = actions();
    render(<CaptureApp {...props} lang="vi" selection={selection} proposal={proposal} privateWindow={false} />);
    expect(screen.getByTestId('capture-source').textContent).toContain('Tin y tế');
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(field('due').value).toBe('2027-03-09');
    expect(field('task').value).toBe('gửi kế hoạch tiêm chủng');
    expect(field('owners').value).toBe('Sở Y tế');

    fireEvent.click(screen.getAllByRole('radio')[1] as HTMLElement);
    await waitFor(() => expect(field('due').value).toBe('2027-03-20'));
    expect(field('kind').value).toBe('date');
    fireEvent.click(screen.getAllByRole('radio')[0] as HTMLElement);
    await waitFor(() => expect(field('due').value).toBe('2027-03-09'));

    fireEvent.input(field('owners'), { target: { value: 'Sở Y tế\nTrung tâm Y tế huyện' } });
    fireEvent.input(field('note'), { target: { value: 'gọi lại' } });
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(props.saveDraft).toHaveBeenCalledTimes(1));
    expect(props.saveDraft).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'deadline',
        due: '2027-03-09',
        task: 'gửi kế hoạch tiêm chủng',
        owners: ['Sở Y tế', 'Trung tâm Y tế huyện'],
        note: 'gọi lại',
      }),
    );
    const saved = await screen.findByTestId('capture-saved');
    expect(saved.textContent).toContain(t('captureSaved', ['gửi kế hoạch tiêm chủng', '09/03/2027']));
    fireEvent.click(saved.querySelector('a') as HTMLElement);
    expect(props.openWatchlist).toHaveBeenCalled();
  });

  it('with nothing found, offers the selection as the task and asks for the date before saving', async () => {
    const props = actions();
    render(
      <CaptureApp
        {...props}
        lang="vi"
        selection={{ ...selection, text: 'Chuẩn bị phòng họp  tầng 3.' }}
        proposal={{ choices: [], documents: [] }}
        privateWindow={false}
      />,
    );
    expect(screen.getByTestId('capture-nothing-found')).toBeTruthy();
    expect(field('task').value).toBe('Chuẩn bị phòng họp tầng 3.');
    fireEvent.click(screen.getByTestId('capture-save'));
    await screen.findByTestId('capture-need-due');
    expect(props.saveDraft).not.toHaveBeenCalled();
    fireEvent.input(field('due'), { target: { value: '2027-04-02' } });
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(props.saveDraft).toHaveBeenCalledWith(expect.objectContaining({ due: '2027-04-02' })));
  });

  it('in a private window shows what was found but cannot save', () => {
    const props = actions();
    render(
      <CaptureApp {...props} lang="vi" selection={{ ...selection, private: true }} proposal={proposal} privateWindow />,
    );
    expect(screen.getByTestId('capture-private').textContent).toBe(t('capturePrivate'));
    expect((screen.getByTestId('capture-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when the selection was cut, and when it is gone', () => {
    render(
      <CaptureApp
        {...actions()}
        lang="vi"
        selection={{ ...selection, cut: true }}
        proposal={proposal}
        privateWindow={false}
      />,
    );
    expect(screen.getByTestId('capture-cut').textContent).toContain('10.000');
    cleanup();
    render(<CaptureApp {...actions()} lang="vi" selection={undefined} proposal={proposal} privateWindow={false} />);
    expect(screen.getByTestId('capture-gone')).toBeTruthy();
    expect(screen.queryByTestId('capture-form')).toBeNull();
  });

  it('saves the checked documents of a selection that names documents', async () => {
    const props = actions();
    const documents = [findingSummary('45-KH/UBND'), findingSummary('18-NQ/TW')];
    render(
      <CaptureApp
        {...props}
        lang="vi"
        selection={selection}
        proposal={{ choices: [], documents }}
        privateWindow={false}
      />,
    );
    const list = screen.getByTestId('capture-documents');
    // Nothing dated: the documents come first, the form for a task by hand after them.
    expect(
      list.compareDocumentPosition(screen.getByTestId('capture-form')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    fireEvent.click(list.querySelectorAll('input[type="checkbox"]')[1] as HTMLElement);
    fireEvent.click(screen.getByTestId('capture-save-documents'));
    await waitFor(() => expect(props.saveDocuments).toHaveBeenCalledTimes(1));
    expect(
      (props.saveDocuments as ReturnType<typeof vi.fn>).mock.calls[0]?.[0].map((d: { watchKey: string }) => d.watchKey),
    ).toEqual(['45-KH/UBND']);
    await waitFor(() => expect(list.textContent).toContain(t('captureDocumentsSaved', ['1'])));
  });

  it('says why a save failed', async () => {
    const props = actions({ saveDraft: vi.fn(async () => Promise.reject(new Error('storage is full'))) });
    render(<CaptureApp {...props} lang="vi" selection={selection} proposal={proposal} privateWindow={false} />);
    fireEvent.click(screen.getByTestId('capture-save'));
    expect((await screen.findByTestId('capture-problem')).textContent).toBe(t('storageFull'));
  });
});
