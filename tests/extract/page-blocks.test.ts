/**
 * A page hands extraction its blocks joined by "\n\uFFFC\n" (lib/page/page-text.ts). Read as
 * prose, a block break is a line break: a passage set one line a paragraph gives the owners, tasks
 * and deadlines of the same passage read as a file. Every passage is our own.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import { FLOW_SEPARATOR } from '../../lib/page/page-text';

/** Each deadline as its surface, task and owners, from the text with its lines joined by `separator`. */
function deadlinesOf(text: string, separator: string) {
  const joined = text.split('\n').join(separator);
  return extractDocument(joined, { lang: 'vi' })
    .dates.filter((date) => date.kind === 'deadline')
    .map((date) => ({
      date: date.text,
      // A file's line break inside a task, a page's block break read as a space: the same words.
      task: date.task?.text.replace(/\s+/g, ' ') ?? null,
      owners: (date.owners ?? []).map((owner) => owner.text),
    }));
}

const PASSAGES = {
  'a line of bodies over its items': [
    'Để bảo đảm tiến độ, Chủ tịch UBND tỉnh yêu cầu:',
    'Các sở, ban, ngành và UBND các phường, xã:',
    '- Rà soát danh mục thủ tục hành chính nội bộ, gửi Sở Nội vụ trước ngày 12/02/2027;',
    '- Cập nhật kết quả số hóa hồ sơ lên hệ thống chậm nhất ngày 20/3/2027.',
  ],
  'a numbered heading that names the body': [
    'II. NHIỆM VỤ',
    '1. Sở Xây dựng',
    '- Hoàn thành thẩm định thiết kế các công trình nhà ở xã hội trước ngày 15/4/2027.',
    '2. Ủy ban nhân dân các xã',
    '- Bàn giao mặt bằng sạch cho chủ đầu tư trong tháng 6/2027.',
  ],
  'a schedule declared to be deadlines, one item a block': [
    'Các mốc thời gian sau đây là hạn cuối phải hoàn thành từng nội dung:',
    '- Ngày 10/5/2027: Ban Chỉ đạo xã ban hành kế hoạch kiểm tra.',
    '- Ngày 25/6/2027: Hoàn thành kiểm tra tại các thôn.',
  ],
  'a sentence a PDF copy set one line a paragraph': [
    '3. Giao Ủy ban nhân dân các huyện, thị xã hoàn thành việc cắm mốc giới hành lang bảo vệ',
    'các tuyến kênh chính trước ngày 30/9/2027, báo cáo kết quả về Sở Nông nghiệp và Môi trường.',
  ],
};

describe('a page read block by block', () => {
  it.each(Object.entries(PASSAGES))('%s: as on the same text read as a file', (_name, lines) => {
    const text = lines.join('\n');
    const asFile = deadlinesOf(text, '\n');
    expect(asFile.length).toBeGreaterThan(0);
    expect(asFile.every((deadline) => deadline.owners.length > 0 || deadline.task)).toBe(true);
    expect(deadlinesOf(text, FLOW_SEPARATOR)).toEqual(asFile);
  });

  it('shows a task that runs over a block break with a space, not the separator', () => {
    const [deadline] = extractDocument(
      PASSAGES['a sentence a PDF copy set one line a paragraph'].join(FLOW_SEPARATOR),
      {
        lang: 'vi',
      },
    ).dates.filter((date) => date.kind === 'deadline');
    expect(deadline?.task?.text).toBe('hoàn thành việc cắm mốc giới hành lang bảo vệ các tuyến kênh chính');
  });

  it('names the bodies of a line of bodies for each item under it, block by block', () => {
    const found = deadlinesOf(PASSAGES['a line of bodies over its items'].join('\n'), FLOW_SEPARATOR);
    expect(found.map((deadline) => deadline.owners)).toEqual([
      ['Các sở, ban, ngành', 'UBND các phường, xã'],
      ['Các sở, ban, ngành', 'UBND các phường, xã'],
    ]);
  });
});
