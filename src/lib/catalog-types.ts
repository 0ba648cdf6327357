/**
 * The catalog's types: a plan joined to its agency and provinces, and the catalog of
 * every plan, agency, unit and index, as src/lib/catalog.ts builds it.
 */
import type { AgencyData } from './schemas/agency';
import type { PlanData } from './schemas/plan';
import type { ProvinceData } from './schemas/province';
import type { IndexData } from './schemas/index-entry';

export interface Entry<T> {
  id: string;
  data: T;
  /** Path of the source file relative to the project root, for error messages. */
  filePath?: string | undefined;
}

export interface Agency extends AgencyData {
  /** Collection id: "quang-tri/so-noi-vu". */
  key: string;
}

export interface Unit extends ProvinceData {
  /** Collection id: "quang-tri", "quang-tri-2025", "ha-tinh/huyen-ky-anh". */
  key: string;
}

export interface CatalogPlan {
  /** Collection id, also the path under /ke-hoach/: "ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd". */
  id: string;
  /** Public URL: "/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/". */
  url: string;
  filePath: string;
  data: PlanData;
  issuer: Agency;
  /** Province as issued (pre-2025 unit). */
  province: Unit;
  /** The province's 2025 successor. */
  successor: Unit;
  district: Unit | null;
}

export interface Catalog {
  /** All plans, newest first (by issue date, then plan year), ties in Vietnamese title order. */
  plans: CatalogPlan[];
  agencies: Map<string, Agency>;
  units: Map<string, Unit>;
  /** Former plan paths (aliases) → current plan. */
  aliases: Map<string, CatalogPlan>;
  /** The indices plans target, in the collection's order. */
  indices: Map<string, IndexData>;
}
