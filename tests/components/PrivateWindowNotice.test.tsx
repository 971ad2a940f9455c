// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrivateWindowNotice } from '../../components/PrivateWindowNotice';
import { WatchlistApp } from '../../components/WatchlistApp';
import type { WatchlistData } from '../../lib/db/watchlist-data';
import type { WatchlistFiles } from '../../lib/export/export-watchlist';
import { t } from '../../lib/i18n';

afterEach(cleanup);

describe('the watchlist where its storage cannot be read', () => {
  it('a read the browser refuses is said on the page, not left as a wait', async () => {
    const refused = Object.assign(
      new Error('A mutation operation was attempted on a database that did not allow mutations.'),
      {
        name: 'InvalidStateError',
      },
    );
    const data = {
      watchItems: (_onItems: unknown, onError: (error: unknown) => void) => {
        queueMicrotask(() => onError(refused));
        return () => {};
      },
    } as unknown as WatchlistData;
    render(<WatchlistApp data={data} files={{} as WatchlistFiles} today="2026-11-30" lang="vi" />);
    const alert = await screen.findByTestId('watchlist-unreadable');
    expect(alert.textContent).toContain(refused.message);
  });

  it('in a private window: says why, opens a normal window, and says so when the browser refuses', async () => {
    const open = vi.fn().mockRejectedValueOnce(new Error('refused')).mockResolvedValue(undefined);
    render(<PrivateWindowNotice openInNormalWindow={open} />);
    expect(screen.getByTestId('watchlist-private').textContent).toContain(t('watchlistPrivate'));
    fireEvent.click(screen.getByRole('button', { name: t('openInNormalWindow') }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', t('openInNormalWindowFailed'));
    fireEvent.click(screen.getByRole('button', { name: t('openInNormalWindow') }));
    await waitFor(() => expect(open).toHaveBeenCalledTimes(2));
  });
});
