import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, setUiLanguage, t, uiLanguage } from '../../lib/i18n';

afterEach(() => setUiLanguage('auto'));

describe('i18n language setting', () => {
  it('follows the browser on auto, and the chosen language otherwise, placeholders included', () => {
    expect(uiLanguage()).toBe('vi'); // the test browser is Vietnamese
    expect(t('restoreDone', ['1', '2', '3'])).toBe('Đã khôi phục: thêm 1, cập nhật 2, bỏ qua 3 (bản ở đây mới hơn).');
    setUiLanguage('en');
    expect(uiLanguage()).toBe('en');
    expect(t('restoreDone', ['1', '2', '3'])).toBe('Restored: 1 added, 2 updated, 3 skipped (newer here).');
    setUiLanguage('vi');
    expect(t('popupExportCsv')).toBe('Xuất CSV');
  });

  it('formats like the browser: named placeholders, missing substitutions empty, $$ as $', () => {
    const entry = {
      message: 'Giá $AMOUNT$$$ cho $WHO$',
      placeholders: { amount: { content: '$1' }, who: { content: '$2' } },
    };
    expect(formatMessage(entry, ['5'])).toBe('Giá 5$ cho ');
    expect(formatMessage(undefined, ['x'])).toBe('');
  });
});
