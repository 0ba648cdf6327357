/**
 * Route data of the citation tool (/trich-dan/): the provinces a pasted text may come
 * from (as issued, in Vietnamese order), the keys of the documents the portal has pages
 * for (so that the tool links only to pages that exist), and the example text.
 */
import { getCatalog, getCitationIndex } from '../catalog';
import type { Unit } from '../../lib/catalog';
import { sortVi } from '../../lib/collate';

export interface CitationToolPageData {
  provinces: Unit[];
  knownKeys: string[];
  example: string;
}

export const CITATION_TOOL_EXAMPLE = 'Thực hiện Quyết định số 3647/QĐ-UBND ngày 17/11/2021 của UBND tỉnh Quảng Trị và Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.';

export async function citationToolPageData(): Promise<CitationToolPageData> {
  const [catalog, index] = await Promise.all([getCatalog(), getCitationIndex()]);
  return {
    provinces: sortVi([...catalog.units.values()].filter((u) => u.tier === 'province' && u.era === 'pre-2025'), (u) => u.name),
    knownKeys: [...index.documents.keys()],
    example: CITATION_TOOL_EXAMPLE,
  };
}
