import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAPTURE_MENU_ID, openOrFocus, registerCaptureMenu, takeSelection } from '../../lib/messaging/capture-handoff';
import { MAX_SELECTION } from '../../lib/watchlist/capture';

type ClickListener = (info: { menuItemId: string; selectionText?: string; pageUrl?: string }, tab?: object) => void;

/** Registers the menu with the browser's menu API stubbed; returns what a click on it runs. */
function registerMenu() {
  let onClick: ClickListener = () => {};
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => CAPTURE_MENU_ID as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((listener: ClickListener) => {
    onClick = listener;
  }) as never);
  registerCaptureMenu(() => 'Thêm vào danh sách theo dõi');
  return (info: Parameters<ClickListener>[0], tab?: object) => onClick(info, tab);
}

/** The hand-off id in the capture page address the click opened. */
const idOf = (url: string) => new URL(url).searchParams.get('id') as string;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the "Add to watchlist" selection menu', () => {
  it('appears on selections of web pages and, when clicked, opens the capture page on a one-time hand-off', async () => {
    const click = registerMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith(
      expect.objectContaining({ id: CAPTURE_MENU_ID, contexts: ['selection'], title: 'Thêm vào danh sách theo dõi' }),
    );
    const opened = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    click(
      {
        menuItemId: CAPTURE_MENU_ID,
        selectionText: '  Nộp báo cáo trước ngày 05/01/2027. ',
        pageUrl: 'https://a.example/tin',
      },
      { title: 'Tin A', incognito: false },
    );
    await vi.waitFor(() => expect(opened).toHaveBeenCalled());
    const options = opened.mock.calls[0]?.[0] as { url: string; type: string };
    expect(options.type).toBe('popup');
    expect(options.url).toMatch(/\/capture\.html\?id=[\w-]+$/);
    // The address carries only the id; the text waits in session storage, for one read.
    // (Not a bare "05": the id is a random UUID, which can hold those digits.)
    expect(options.url).not.toMatch(/05(?:\/|%2F)01|b%C3%A1o|báo/i);
    expect(await takeSelection(idOf(options.url))).toEqual({
      text: 'Nộp báo cáo trước ngày 05/01/2027.',
      cut: false,
      url: 'https://a.example/tin',
      title: 'Tin A',
      private: false,
    });
    expect(await takeSelection(idOf(options.url))).toBeUndefined();
  });

  it('caps a long selection, marks one from a private window, and falls back to a tab', async () => {
    const click = registerMenu();
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('no windows here'));
    const tab = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    click(
      { menuItemId: CAPTURE_MENU_ID, selectionText: 'chữ '.repeat(5_000), pageUrl: 'https://a.example/' },
      { title: 'A', incognito: true },
    );
    await vi.waitFor(() => expect(tab).toHaveBeenCalled());
    const [options] = tab.mock.calls[0] as unknown as [{ url: string }];
    const selection = await takeSelection(idOf(options.url));
    expect(selection?.cut).toBe(true);
    expect(selection?.text.length).toBeLessThanOrEqual(MAX_SELECTION);
    expect(selection?.private).toBe(true);
  });

  it('ignores clicks on other menu items', async () => {
    const click = registerMenu();
    const opened = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    click({ menuItemId: 'scan-page', selectionText: 'x' });
    await new Promise((done) => setTimeout(done, 10));
    expect(opened).not.toHaveBeenCalled();
  });
});

describe('opening the watchlist (the Alt+Shift+W command)', () => {
  it('focuses a tab that shows it already, else opens one', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    await openOrFocus('/watchlist.html');
    expect(query).toHaveBeenCalledWith({ url: expect.stringMatching(/\/watchlist\.html\*$/) });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/watchlist\.html$/) });

    query.mockResolvedValue([{ id: 4, windowId: 2 }] as never);
    await openOrFocus('/watchlist.html');
    expect(update).toHaveBeenCalledWith(4, { active: true });
    expect(focus).toHaveBeenCalledWith(2, { focused: true });
    expect(create).toHaveBeenCalledTimes(1);
  });
});
