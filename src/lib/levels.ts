/**
 * Administrative levels of the bodies that issue plans, with their Vietnamese labels.
 * The URL of a level page is its id.
 */
export const PLAN_LEVELS = ['tinh', 'so-nganh', 'huyen', 'xa'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

/** Agencies also include central bodies (Bộ Nội vụ, Chính phủ), which issue no plan here. */
export const AGENCY_LEVELS = ['trung-uong', ...PLAN_LEVELS] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const LEVEL_LABELS: Record<AgencyLevel, string> = {
  'trung-uong': 'Trung ương',
  tinh: 'Cấp tỉnh',
  'so-nganh': 'Sở, ban, ngành cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};

/** Longer explanations shown on the level pages. */
export const LEVEL_DESCRIPTIONS: Record<PlanLevel, string> = {
  tinh: 'Kế hoạch do Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương ban hành cho toàn tỉnh.',
  'so-nganh': 'Kế hoạch do một sở, ban, ngành cấp tỉnh ban hành cho ngành mình.',
  huyen: 'Kế hoạch do Ủy ban nhân dân huyện, thị xã, thành phố thuộc tỉnh ban hành. Cấp huyện kết thúc hoạt động từ ngày 01/7/2025.',
  xa: 'Kế hoạch do Ủy ban nhân dân xã, phường, thị trấn (từ 01/7/2025: xã, phường, đặc khu) ban hành.',
};
