/**
 * Document types: how running text names them (Vietnamese and English type words) and how a symbol
 * abbreviates them. Sources: Decree 30/2020/NĐ-CP App. III (state), Guideline 36-HD/VPTW (Party),
 * Law 80/2015/QH13 (legal normative); see ../shared/spec/vn-document-references.md §1.2–1.4, §2.1.
 * Matching is case-insensitive on NFC text; `abbrs` are compared ASCII-folded and upper-cased.
 */
export interface DocType {
  /** Stable id, used in keys and exports. */
  id: string;
  vi: string;
  en: string;
  /** Type words as written in prose, lower case; a space stands for any run of white space. */
  words: readonly string[];
  /** Abbreviations inside a symbol, folded to ASCII upper case (`QĐ` → `QD`, `TTg` → `TTG`). */
  abbrs: readonly string[];
  /** A bare number after this word ("Chỉ thị 36") is worth reporting as a weak reference. */
  citesBareNumbers?: boolean;
}

export const DOC_TYPES: readonly DocType[] = [
  // "Nghị quyết số 57-NQ/TW", "Resolution No. 190/2025/QH15"
  {
    id: 'nghi-quyet',
    vi: 'Nghị quyết',
    en: 'Resolution',
    words: ['nghị quyết', 'resolution'],
    abbrs: ['NQ'],
    citesBareNumbers: true,
  },
  {
    id: 'nghi-quyet-lien-tich',
    vi: 'Nghị quyết liên tịch',
    en: 'Joint Resolution',
    words: ['nghị quyết liên tịch', 'joint resolution'],
    abbrs: ['NQLT'],
  },
  // "Nghị định số 30/2020/NĐ-CP", "Decree No. 105/2020/ND-CP"
  {
    id: 'nghi-dinh',
    vi: 'Nghị định',
    en: 'Decree',
    words: ['nghị định', 'decree'],
    abbrs: ['ND'],
    citesBareNumbers: true,
  },
  // "Quyết định số 1520/QĐ-UBND", "Decision No. 4800/QD-BYT"
  {
    id: 'quyet-dinh',
    vi: 'Quyết định',
    en: 'Decision',
    words: ['quyết định', 'decision'],
    abbrs: ['QD'],
    citesBareNumbers: true,
  },
  // "Chỉ thị số 16/CT-TTg", "Directive No.35-CT/TW"
  {
    id: 'chi-thi',
    vi: 'Chỉ thị',
    en: 'Directive',
    words: ['chỉ thị', 'directive'],
    abbrs: ['CT'],
    citesBareNumbers: true,
  },
  // "Kết luận số 49-KL/TW", "Conclusion No. 155-KL/TW"
  {
    id: 'ket-luan',
    vi: 'Kết luận',
    en: 'Conclusion',
    words: ['kết luận', 'conclusion'],
    abbrs: ['KL'],
    citesBareNumbers: true,
  },
  // State "QyĐ", Party "QĐi" (on paper) and "QĐ" (in practice): "Quy định số 37-QĐ/TW", "Regulation No. 08-QDi/TW"
  {
    id: 'quy-dinh',
    vi: 'Quy định',
    en: 'Regulation',
    words: ['quy định', 'qui định', 'regulations', 'regulation'],
    abbrs: ['QYD', 'QDI'],
    citesBareNumbers: true,
  },
  { id: 'quy-che', vi: 'Quy chế', en: 'Rules', words: ['quy chế', 'qui chế', 'statute'], abbrs: ['QC'] },
  // "Thông tư số 01/2021/TT-BNV", "Circular No. 56/2011/TT-BTC"
  {
    id: 'thong-tu',
    vi: 'Thông tư',
    en: 'Circular',
    words: ['thông tư', 'circular'],
    abbrs: ['TT'],
    citesBareNumbers: true,
  },
  {
    id: 'thong-tu-lien-tich',
    vi: 'Thông tư liên tịch',
    en: 'Joint Circular',
    words: ['thông tư liên tịch', 'joint circular'],
    abbrs: ['TTLT'],
  },
  { id: 'thong-tri', vi: 'Thông tri', en: 'Party Circular', words: ['thông tri'], abbrs: [] },
  // "Thông báo số 106/TB-VPCP", "Announcement 503/TB-UBND"
  {
    id: 'thong-bao',
    vi: 'Thông báo',
    en: 'Announcement',
    words: ['thông báo kết luận', 'thông báo', 'announcement', 'notification', 'notice'],
    abbrs: ['TB'],
  },
  {
    id: 'thong-cao',
    vi: 'Thông cáo',
    en: 'Communiqué',
    words: ['thông cáo', 'communiqué', 'communique'],
    abbrs: ['TC'],
  },
  // "Hướng dẫn 01-HD/TW", "Guideline 36-HD/VPTW"
  {
    id: 'huong-dan',
    vi: 'Hướng dẫn',
    en: 'Guideline',
    words: ['hướng dẫn', 'guidelines', 'guideline', 'guidance', 'instructions', 'instruction'],
    abbrs: ['HD'],
    citesBareNumbers: true,
  },
  // "Chương trình hành động số 76-CTr/TU"
  {
    id: 'chuong-trinh',
    vi: 'Chương trình',
    en: 'Programme',
    words: ['chương trình hành động', 'chương trình', 'action programme', 'action program', 'programme', 'program'],
    abbrs: ['CTR'],
  },
  // "Kế hoạch số 77-KH/TU", "Plan 243/KH-UBND"
  { id: 'ke-hoach', vi: 'Kế hoạch', en: 'Plan', words: ['kế hoạch', 'plan'], abbrs: ['KH'], citesBareNumbers: true },
  { id: 'phuong-an', vi: 'Phương án', en: 'Option plan', words: ['phương án'], abbrs: ['PA'] },
  { id: 'de-an', vi: 'Đề án', en: 'Scheme', words: ['đề án', 'scheme'], abbrs: ['DA'] },
  { id: 'du-an', vi: 'Dự án', en: 'Project', words: ['dự án', 'project'], abbrs: [] },
  { id: 'bao-cao', vi: 'Báo cáo', en: 'Report', words: ['báo cáo', 'report'], abbrs: ['BC'] },
  { id: 'bien-ban', vi: 'Biên bản', en: 'Minutes', words: ['biên bản', 'minutes'], abbrs: ['BB'] },
  { id: 'to-trinh', vi: 'Tờ trình', en: 'Submission', words: ['tờ trình', 'submission', 'proposal'], abbrs: ['TTR'] },
  // "Công điện số 914/CĐ-TTg", "Official Dispatch No 110/CD-TTg"
  {
    id: 'cong-dien',
    vi: 'Công điện',
    en: 'Official Telegram',
    words: ['công điện', 'official telegram', 'telegram'],
    abbrs: ['CD'],
  },
  // Công văn has no type abbreviation in state symbols (`5418/UBND-TKBT`); Party công văn is `CV`.
  {
    id: 'cong-van',
    vi: 'Công văn',
    en: 'Official Letter',
    words: ['công văn', 'official dispatch', 'official letter', 'dispatch'],
    abbrs: ['CV'],
  },
  // "Văn bản số 5418/UBND-TKBT": the generic word, often used for a công văn.
  { id: 'van-ban', vi: 'Văn bản', en: 'Document', words: ['văn bản', 'document'], abbrs: [] },
  {
    id: 'van-ban-hop-nhat',
    vi: 'Văn bản hợp nhất',
    en: 'Consolidated Document',
    words: ['văn bản hợp nhất', 'consolidated document'],
    abbrs: ['VBHN'],
  },
  // "Luật Tổ chức Quốc hội số 57/2014/QH13", "Law No. 80/2015/QH13"
  { id: 'luat', vi: 'Luật', en: 'Law', words: ['bộ luật', 'luật', 'law', 'code'], abbrs: [] },
  { id: 'phap-lenh', vi: 'Pháp lệnh', en: 'Ordinance', words: ['pháp lệnh', 'ordinance'], abbrs: ['PL'] },
  { id: 'lenh', vi: 'Lệnh', en: 'Order', words: ['lệnh', 'order'], abbrs: ['L'] },
  { id: 'giay-moi', vi: 'Giấy mời', en: 'Invitation', words: ['giấy mời', 'invitation'], abbrs: ['GM'] },
  { id: 'hop-dong', vi: 'Hợp đồng', en: 'Contract', words: ['hợp đồng'], abbrs: [] },
  { id: 'ban-sao', vi: 'Bản sao', en: 'Copy', words: [], abbrs: ['BS', 'SY', 'TRS', 'SL'] },
];

/**
 * Shorthands written before a full code ("NQ 180-NQ/ĐU", "CV 5973/UBND-KT", "QĐ 1147-QĐ/BTGDVTW").
 * Matched case-sensitively, and only when a full code follows.
 */
export const TYPE_SHORTHANDS: Readonly<Record<string, string>> = {
  NQ: 'nghi-quyet',
  NĐ: 'nghi-dinh',
  QĐ: 'quyet-dinh',
  CT: 'chi-thi',
  KL: 'ket-luan',
  TT: 'thong-tu',
  KH: 'ke-hoach',
  CTr: 'chuong-trinh',
  CV: 'cong-van',
  TB: 'thong-bao',
  HD: 'huong-dan',
  VB: 'cong-van',
};

/** Words that, between a type word and the code, introduce the number: "số", "số:", "No.", "Number". */
export const NUMBER_CUES: readonly string[] = ['số', 'no', 'number', 'nos'];
