import { describe, expect, it } from 'vitest';
import { requestScan, takeScanRequest } from '../../lib/sites/scan-request';

describe('scan-request', () => {
  it('marks one injection as asked for, and only one', () => {
    expect(takeScanRequest()).toBe(false);
    requestScan();
    expect(takeScanRequest()).toBe(true);
    expect(takeScanRequest()).toBe(false);
  });
});
