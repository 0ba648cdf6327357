/**
 * Duties recorded in frontmatter against the plans' text: every item occurs verbatim in
 * the body, and each plan's duty counts are the ones its "Tổ chức thực hiện" section gives.
 */
import { describe, expect, it } from 'vitest';
import { bodyTextOfSource } from '../../src/lib/markdown/body-text';
import { readPlans } from '../../scripts/lib/read-content';

const plans = readPlans();

/** Per seed, from its organisation section: bodies with duties, duty items, requests ("Đề nghị …"), groups (agency null). */
const COUNTS: Record<string, [number, number, number, number]> = {
  'quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc': [8, 22, 0, 2],
  'ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc': [8, 15, 2, 2],
  'ben-tre/ubnd-tinh/2021/105-kh-ubnd': [11, 22, 2, 2],
  'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd': [10, 16, 2, 2],
  'cao-bang/so-vhttdl/2022/tuyen-truyen-cchc': [6, 11, 0, 1],
};

it('counts bodies, duties, requests and groups per seed as the texts give them', () => {
  const counts = Object.fromEntries(
    plans.map((plan) => [
      plan.id,
      [
        plan.data.duties.length,
        plan.data.duties.reduce((sum, duty) => sum + duty.items.length, 0),
        plan.data.duties.filter((duty) => duty.request).length,
        plan.data.duties.filter((duty) => duty.agency === null).length,
      ],
    ]),
  );
  expect(counts).toEqual(COUNTS);
});

describe.each(plans.map((plan) => [plan.id, plan] as const))('%s', (_id, plan) => {
  it('records every duty item verbatim from the body', () => {
    const text = bodyTextOfSource(plan.body).text.replace(/\s+/g, ' ');
    const missing = plan.data.duties.flatMap((duty) => duty.items.filter((item) => !text.includes(item.replace(/\s+/g, ' '))));
    expect(missing).toEqual([]);
  });

  it('names each body with duties as the text does', () => {
    const text = bodyTextOfSource(plan.body).text;
    for (const duty of plan.data.duties) expect(text, duty.named).toContain(duty.named);
  });
});
