/**
 * Sites where annotation runs without being asked: Vietnamese government and Party portals and the
 * national papers staff read. One list, used by the manifest (host permissions, content-script
 * matches) and by the popup. Other sites are opt-in per origin.
 */
export const GOVERNMENT_HOSTS = [
  '*.gov.vn', // every ministry, province and ward portal: chinhphu.vn mirrors, hanoi.gov.vn, ...
  'chinhphu.vn',
  'baochinhphu.vn', // Government newspaper
  'dangcongsan.vn', // Communist Party of Viet Nam e-newspaper
  'tapchicongsan.org.vn', // Party theoretical journal
  'quochoi.vn', // National Assembly portal
  'nhandan.vn', // Nhân Dân, the Party daily
  'qdnd.vn', // Quân đội nhân dân
  'mattran.org.vn', // Viet Nam Fatherland Front
  'vbpl.vn', // national legal-document database
  'thuvienphapluat.vn', // legal library most staff use
  'luatvietnam.vn',
  'vietnamplus.vn', // VNA news in English and Vietnamese
] as const;

/** Match patterns for every listed host and its subdomains, http and https. */
export const GOVERNMENT_MATCH_PATTERNS: string[] = GOVERNMENT_HOSTS.flatMap((host) =>
  host.startsWith('*.') ? [`*://${host}/*`] : [`*://${host}/*`, `*://*.${host}/*`],
);
