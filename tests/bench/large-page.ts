/** The page bench's generated 1 MB government-style page (page.ts, page-profile.ts). */

/** ~1 MB of our own government-style prose: each paragraph one reference and two dates. */
export function buildLargePage(paragraphs = 5000): string {
  const types = [
    'Kế hoạch số {n}-KH/TU',
    'Quyết định số {n}/QĐ-UBND',
    'Nghị định số {n}/2025/NĐ-CP',
    'Công văn số {n}/UBND-VX',
  ];
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const ref = (types[i % types.length] as string).replace('{n}', String(100 + i));
    const split = i % 2 === 0 ? ref.replace(/ (\S+)$/, ' <b>$1</b>') : ref;
    const day = (i % 28) + 1;
    const month = (i % 12) + 1;
    body.push(
      `<p>Đoạn ${i}: tỉnh triển khai ${split} ngày ${day}/${month}/2025 về cải cách hành chính; ` +
        `các sở báo cáo kết quả trước ngày ${day}/${month}/2026 và tăng cường kiểm tra.</p>`,
    );
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang lớn</title></head><body><article>\n${body.join('\n')}\n</article></body></html>`;
}
