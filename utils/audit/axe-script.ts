type Axe = typeof import('axe-core');

/** axe-core's own build, copied into the extension by modules/axe-script.ts. */
export const AXE_SCRIPT = '/content-scripts/axe.min.js';

/**
 * The axe that AXE_SCRIPT defined in this isolated world: injected into the same frame just
 * before the audit script, so the page's own scripts can neither see nor replace it.
 */
export function injectedAxe(scope: object = globalThis): Axe {
  const axe = (scope as { axe?: Axe }).axe;
  if (!axe?.run) throw new Error(`axe-core is missing: ${AXE_SCRIPT} was not injected before the audit script`);
  return axe;
}
