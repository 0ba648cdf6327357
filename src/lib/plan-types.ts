/** Document types a plan-like document can have (NĐ 30/2020, Điều 7). Kept apart from the schema so that client code can use it without zod. */
export const PLAN_TYPES = ['Kế hoạch', 'Chương trình', 'Đề án', 'Phương án'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];
