/** Route data of the list of every plan (/ke-hoach/): the plans, newest first (catalog order). */
import { getCatalog } from '../catalog';
import type { CatalogPlan } from '../../lib/catalog';

export interface PlansPageData {
  plans: CatalogPlan[];
}

export async function plansPageData(): Promise<PlansPageData> {
  return { plans: (await getCatalog()).plans };
}
