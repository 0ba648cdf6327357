/**
 * The governance and reform indices that plans set out to improve, with the full names
 * the seed plans give them (Quảng Trị 2022 defines most of them in one sentence).
 */
export interface IndexInfo {
  id: string;
  /** The acronym as plans write it. */
  label: string;
  /** Full Vietnamese name, as a plan defines it. */
  name: string;
}

export const INDICES = [
  { id: 'par-index', label: 'PAR INDEX', name: 'Chỉ số cải cách hành chính' },
  { id: 'papi', label: 'PAPI', name: 'Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh' },
  { id: 'pci', label: 'PCI', name: 'Chỉ số năng lực cạnh tranh cấp tỉnh' },
  {
    id: 'ddci',
    label: 'DDCI',
    name: 'Chỉ số đánh giá năng lực điều hành cấp sở, ban, ngành và địa phương thuộc tỉnh',
  },
  {
    id: 'sipas',
    label: 'SIPAS',
    name: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
  },
  { id: 'ict-index', label: 'ICT INDEX', name: 'Chỉ số về sẵn sàng phát triển và ứng dụng công nghệ thông tin' },
  { id: 'dti', label: 'DTI', name: 'Chỉ số chuyển đổi số' },
  {
    id: 'ipa',
    label: 'IPA',
    name: 'Chỉ số đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước cấp tỉnh',
  },
] as const satisfies readonly IndexInfo[];

export type IndexId = (typeof INDICES)[number]['id'];
export const INDEX_IDS = INDICES.map((index) => index.id) as [IndexId, ...IndexId[]];

const byId = new Map<string, IndexInfo>(INDICES.map((index) => [index.id, index]));

/** The index with this id; throws for an unknown id (ids are validated by the plan schema). */
export function getIndex(id: string): IndexInfo {
  const index = byId.get(id);
  if (!index) throw new Error(`Unknown index "${id}"; known: ${INDEX_IDS.join(', ')}`);
  return index;
}
