/**
 * The benchmarks' 10,000-item watchlist: items and sources written straight into IndexedDB from an
 * extension page, as the extension stores them, with task, lead unit and document varying so each
 * column's sort has real work to do.
 */
import type { Page } from '@playwright/test';

/** Writes `count` sample items and one source each into the watchlist database of `page`'s origin. */
export async function storeSampleItems(page: Page, count: number): Promise<void> {
  await page.evaluate(async (total) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vanban-watch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['items', 'sources'], 'readwrite');
    for (let i = 0; i < total; i++) {
      const deadline = i % 2 === 0;
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      const key = deadline ? `deadline|2026-${month}-${day}|${i}` : `${i}/QD-UBND`;
      tx.objectStore('items').add({
        key,
        kind: deadline ? 'deadline' : 'document',
        text: deadline ? `ngày ${day}/${month}/2026` : `${i}/QĐ-UBND`,
        value: deadline ? `2026-${month}-${day}` : undefined,
        due: deadline ? `2026-${month}-${day}` : null,
        sentence: deadline ? `Các sở báo cáo trước ngày ${day}/${month}/2026 (mục ${i}).` : undefined,
        // Task, lead unit and document vary, so each column's sort has real work to do.
        task: deadline ? `báo cáo kết quả thực hiện mục ${i}` : undefined,
        owners: deadline ? [['Sở Tài chính', 'Sở Y tế', 'Ủy ban nhân dân huyện', 'Bộ Nội vụ'][i % 4]] : undefined,
        documentKey: deadline ? `${i % 97}-KH/TU` : undefined,
        typeName: deadline ? null : { id: 'quyet-dinh', vi: 'Quyết định', en: 'Decision' },
        issuer: deadline ? [] : ['UBND'],
        status: i % 5 === 0 ? 'done' : 'open',
        note: '',
        createdAt: Date.now() - i * 1000,
        updatedAt: Date.now() - i * 1000,
        search: `bao cao muc ${i}`,
        site: 'tinhuy.songhong.gov.vn',
      });
      tx.objectStore('sources').add({
        itemKey: key,
        url: `https://tinhuy.songhong.gov.vn/${i}`,
        title: 'Tin',
        seenAt: new Date().toISOString(),
        quote: 'q',
        prefix: '',
        suffix: '',
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

/** Empties the watchlist database of `page`'s origin (items, sources and a restore's pending records). */
export async function clearStoredItems(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vanban-watch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['items', 'sources', 'pending'], 'readwrite');
    tx.objectStore('items').clear();
    tx.objectStore('sources').clear();
    tx.objectStore('pending').clear();
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  });
}

/** Where the watchlist page reports a restore. */
export const RESTORE_REPORT = '[data-testid="restore-message"]';

/** The restore report shown now (empty when none). */
export function restoreReportText(page: Page): Promise<string> {
  return page.evaluate((selector) => document.querySelector(selector)?.textContent ?? '', RESTORE_REPORT);
}

/**
 * Waits for a restore's final report, not a progress line: "Đã khôi phục …" / "Không khôi phục …"
 * (or English), other than `before` (each restore reports something different).
 */
export async function waitForRestoreReport(page: Page, before: string): Promise<void> {
  await page.waitForFunction(
    ([selector, old]) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return text !== old && /Đã khôi phục|Không khôi phục|Restored|Not restored/.test(text);
    },
    [RESTORE_REPORT, before] as const,
    { timeout: 60_000 },
  );
}
