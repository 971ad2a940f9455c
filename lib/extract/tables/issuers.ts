/**
 * Issuer codes inside document symbols, folded to ASCII upper case (`TƯ` → `TW`, `LĐLĐ` → `LDLD`).
 * Sources: ../shared/spec/vn-document-references.md §1.5. Agency unit codes after a công văn's
 * issuer (`UBND-TKBT`) are open-ended and stay undecoded.
 */
export type IssuerKind = 'party' | 'state' | 'assembly' | 'mass';

export interface Issuer {
  vi: string;
  en: string;
  kind: IssuerKind;
}

export const ISSUERS: Readonly<Record<string, Issuer>> = {
  // Party
  TW: {
    vi: 'Ban Chấp hành Trung ương (Bộ Chính trị, Ban Bí thư)',
    en: 'Party Central Committee (Politburo, Secretariat)',
    kind: 'party',
  },
  TU: { vi: 'Tỉnh ủy / Thành ủy', en: 'Provincial / Municipal Party Committee', kind: 'party' },
  THU: { vi: 'Thị ủy', en: 'Town Party Committee', kind: 'party' },
  HU: { vi: 'Huyện ủy', en: 'District Party Committee', kind: 'party' },
  QU: { vi: 'Quận ủy', en: 'Urban District Party Committee', kind: 'party' },
  DU: { vi: 'Đảng ủy', en: 'Party Committee', kind: 'party' },
  DUK: { vi: 'Đảng ủy Khối', en: 'Party Committee of the Bloc', kind: 'party' },
  DUTCT: { vi: 'Đảng ủy Tổng công ty', en: 'Corporation Party Committee', kind: 'party' },
  DUQS: { vi: 'Đảng ủy Quân sự', en: 'Military Party Committee', kind: 'party' },
  DUCA: { vi: 'Đảng ủy Công an', en: 'Police Party Committee', kind: 'party' },
  QUTW: { vi: 'Quân ủy Trung ương', en: 'Central Military Commission', kind: 'party' },
  BCSD: { vi: 'Ban Cán sự đảng', en: 'Party Affairs Committee', kind: 'party' },
  DD: { vi: 'Đảng đoàn', en: 'Party Delegation', kind: 'party' },
  CB: { vi: 'Chi bộ', en: 'Party Cell', kind: 'party' },
  DH: { vi: 'Đại hội', en: 'Party Congress', kind: 'party' },
  VPTW: { vi: 'Văn phòng Trung ương Đảng', en: 'Party Central Office', kind: 'party' },
  VPTU: { vi: 'Văn phòng Tỉnh ủy / Thành ủy', en: 'Office of the Provincial Party Committee', kind: 'party' },
  BTCTW: { vi: 'Ban Tổ chức Trung ương', en: 'Central Organisation Commission', kind: 'party' },
  BTCTU: { vi: 'Ban Tổ chức Tỉnh ủy / Thành ủy', en: 'Provincial Organisation Board', kind: 'party' },
  BTGTW: { vi: 'Ban Tuyên giáo Trung ương', en: 'Central Propaganda and Education Commission', kind: 'party' },
  BTGTU: { vi: 'Ban Tuyên giáo Tỉnh ủy / Thành ủy', en: 'Provincial Propaganda and Education Board', kind: 'party' },
  BDVTW: { vi: 'Ban Dân vận Trung ương', en: 'Central Mass Mobilisation Commission', kind: 'party' },
  BDVTU: { vi: 'Ban Dân vận Tỉnh ủy / Thành ủy', en: 'Provincial Mass Mobilisation Board', kind: 'party' },
  BTGDVTW: {
    vi: 'Ban Tuyên giáo và Dân vận Trung ương',
    en: 'Central Propaganda and Mass Mobilisation Commission',
    kind: 'party',
  },
  BTGDVTU: {
    vi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy / Thành ủy',
    en: 'Provincial Propaganda and Mass Mobilisation Board',
    kind: 'party',
  },
  BNCTW: { vi: 'Ban Nội chính Trung ương', en: 'Central Internal Affairs Commission', kind: 'party' },
  BKTTW: { vi: 'Ban Kinh tế Trung ương', en: 'Central Economic Commission', kind: 'party' },
  UBKTTW: { vi: 'Ủy ban Kiểm tra Trung ương', en: 'Central Inspection Commission', kind: 'party' },
  UBKTTU: { vi: 'Ủy ban Kiểm tra Tỉnh ủy / Thành ủy', en: 'Provincial Inspection Commission', kind: 'party' },
  BCDTW: { vi: 'Ban Chỉ đạo Trung ương', en: 'Central Steering Committee', kind: 'party' },
  // State, central
  CP: { vi: 'Chính phủ', en: 'Government', kind: 'state' },
  TTG: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister', kind: 'state' },
  VPCP: { vi: 'Văn phòng Chính phủ', en: 'Government Office', kind: 'state' },
  CTN: { vi: 'Chủ tịch nước', en: 'State President', kind: 'state' },
  BNV: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs', kind: 'state' },
  BTC: { vi: 'Bộ Tài chính', en: 'Ministry of Finance', kind: 'state' },
  BKHDT: { vi: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment', kind: 'state' },
  BGDDT: { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training', kind: 'state' },
  BYT: { vi: 'Bộ Y tế', en: 'Ministry of Health', kind: 'state' },
  BCA: { vi: 'Bộ Công an', en: 'Ministry of Public Security', kind: 'state' },
  BQP: { vi: 'Bộ Quốc phòng', en: 'Ministry of National Defence', kind: 'state' },
  BNG: { vi: 'Bộ Ngoại giao', en: 'Ministry of Foreign Affairs', kind: 'state' },
  BTP: { vi: 'Bộ Tư pháp', en: 'Ministry of Justice', kind: 'state' },
  BCT: { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade', kind: 'state' },
  BNNPTNT: {
    vi: 'Bộ Nông nghiệp và Phát triển nông thôn',
    en: 'Ministry of Agriculture and Rural Development',
    kind: 'state',
  },
  BNN: {
    vi: 'Bộ Nông nghiệp và Phát triển nông thôn',
    en: 'Ministry of Agriculture and Rural Development',
    kind: 'state',
  },
  BTNMT: { vi: 'Bộ Tài nguyên và Môi trường', en: 'Ministry of Natural Resources and Environment', kind: 'state' },
  BNNMT: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment', kind: 'state' },
  BGTVT: { vi: 'Bộ Giao thông vận tải', en: 'Ministry of Transport', kind: 'state' },
  BXD: { vi: 'Bộ Xây dựng', en: 'Ministry of Construction', kind: 'state' },
  BTTTT: { vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications', kind: 'state' },
  BKHCN: { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology', kind: 'state' },
  BLDTBXH: {
    vi: 'Bộ Lao động – Thương binh và Xã hội',
    en: 'Ministry of Labour, Invalids and Social Affairs',
    kind: 'state',
  },
  BVHTTDL: { vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism', kind: 'state' },
  UBDT: { vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Minority Affairs', kind: 'state' },
  BDTTG: { vi: 'Bộ Dân tộc và Tôn giáo', en: 'Ministry of Ethnic and Religious Affairs', kind: 'state' },
  NHNN: { vi: 'Ngân hàng Nhà nước', en: 'State Bank of Viet Nam', kind: 'state' },
  TTCP: { vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate', kind: 'state' },
  KTNN: { vi: 'Kiểm toán nhà nước', en: 'State Audit Office', kind: 'state' },
  TANDTC: { vi: 'Tòa án nhân dân tối cao', en: "Supreme People's Court", kind: 'state' },
  VKSNDTC: { vi: 'Viện kiểm sát nhân dân tối cao', en: "Supreme People's Procuracy", kind: 'state' },
  HDTP: { vi: 'Hội đồng Thẩm phán TANDTC', en: "Council of Judges of the Supreme People's Court", kind: 'state' },
  HDBCQG: { vi: 'Hội đồng Bầu cử quốc gia', en: 'National Election Council', kind: 'state' },
  BCD: { vi: 'Ban Chỉ đạo', en: 'Steering Committee', kind: 'state' },
  // State, local
  UBND: { vi: 'Ủy ban nhân dân', en: "People's Committee", kind: 'state' },
  HDND: { vi: 'Hội đồng nhân dân', en: "People's Council", kind: 'state' },
  SNV: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs', kind: 'state' },
  STC: { vi: 'Sở Tài chính', en: 'Department of Finance', kind: 'state' },
  SKHDT: { vi: 'Sở Kế hoạch và Đầu tư', en: 'Department of Planning and Investment', kind: 'state' },
  SGDDT: { vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training', kind: 'state' },
  SYT: { vi: 'Sở Y tế', en: 'Department of Health', kind: 'state' },
  STNMT: { vi: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment', kind: 'state' },
  SXD: { vi: 'Sở Xây dựng', en: 'Department of Construction', kind: 'state' },
  SCT: { vi: 'Sở Công Thương', en: 'Department of Industry and Trade', kind: 'state' },
  // National Assembly (the term number follows: QH15, UBTVQH14)
  QH: { vi: 'Quốc hội', en: 'National Assembly', kind: 'assembly' },
  UBTVQH: { vi: 'Ủy ban Thường vụ Quốc hội', en: 'National Assembly Standing Committee', kind: 'assembly' },
  VPQH: { vi: 'Văn phòng Quốc hội', en: 'Office of the National Assembly', kind: 'assembly' },
  // Front and mass organisations
  MTTW: {
    vi: 'Ủy ban Trung ương MTTQ Việt Nam',
    en: 'Central Committee of the Viet Nam Fatherland Front',
    kind: 'mass',
  },
  MTTQ: { vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front Committee', kind: 'mass' },
  LDLD: { vi: 'Liên đoàn Lao động', en: 'Federation of Labour', kind: 'mass' },
  TLD: { vi: 'Tổng Liên đoàn Lao động Việt Nam', en: 'Viet Nam General Confederation of Labour', kind: 'mass' },
  TWDTN: {
    vi: 'Trung ương Đoàn TNCS Hồ Chí Minh',
    en: 'Ho Chi Minh Communist Youth Union Central Committee',
    kind: 'mass',
  },
  HKHVN: { vi: 'Hội Khuyến học Việt Nam', en: 'Viet Nam Association for Learning Promotion', kind: 'mass' },
  HLHPN: { vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union", kind: 'mass' },
  HND: { vi: 'Hội Nông dân', en: "Farmers' Union", kind: 'mass' },
  HCCB: { vi: 'Hội Cựu chiến binh', en: "Veterans' Association", kind: 'mass' },
  DTN: { vi: 'Đoàn Thanh niên', en: 'Youth Union', kind: 'mass' },
};

/** Drafting-unit codes that end a công văn or Đoàn symbol (`UBND-VP`, `TWĐTN-VP`). Open-ended. */
export const UNIT_CODES: ReadonlySet<string> = new Set([
  'VP',
  'TH',
  'KT',
  'NC',
  'VX',
  'KGVX',
  'DT',
  'TKBT',
  'CCHC',
  'TCCB',
  'BTT',
  'NCKS',
  'CN',
  'QHQT',
  'TCTT',
  'QLQH',
  'VPDP',
  'CTXH',
  'TCCV',
]);

/** A National Assembly symbol: its body and term number (`QH15`, `UBTVQH15`). */
export const ASSEMBLY_SYMBOL = /^(UBTVQH|QH)(\d{1,2})$/;
