/** The portal's plan renderer (render-plan.ts) as the tests of the Markdown modules use it. */
import { createPlanRenderer } from '../../src/lib/markdown/render-plan';

export const renderPlan = createPlanRenderer({ unitNames: new Map([['quang-tri', 'Quảng Trị']]) });

/** Renders a body through the portal's real pipeline, as the plans loader does; returns the HTML. */
export async function renderLikeThePortal(mdx: string, path = `${process.cwd()}/content/plans/x/y/2024/z.mdx`): Promise<string> {
  return (await renderPlan(mdx, path, { province: 'quang-tri', year: 2024 })).html;
}
