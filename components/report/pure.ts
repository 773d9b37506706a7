import { Component, h, type FunctionComponent } from 'preact';

/**
 * A component that re-renders only when one of its props changes (shallow comparison), like
 * React's `memo`, without pulling in preact/compat. The report reveals itself a little per task;
 * without this every step would re-render every section, chart and card already on screen.
 * Context changes (a new language) still reach the hooks inside: Preact re-renders context
 * consumers directly.
 */
export function pure<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !shallowEqual(this.props as Record<string, unknown>, next as Record<string, unknown>);
    }
    override render(props: P) {
      return h(render, props);
    }
  }
  (Pure as { displayName?: string }).displayName = `pure(${render.displayName ?? render.name})`;
  return Pure as unknown as FunctionComponent<P>;
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is(a[key], b[key]));
}
