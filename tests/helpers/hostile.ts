/** The hostile-content cases: scripts/lib/hostile-cases.ts (scripts/bench-hostile.ts uses them too; scripts must not import from tests/). */
export * from '../../scripts/lib/hostile-cases';
