import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';

/**
 * Keeps one failing part (a section, a helper) from taking the whole overlay down with it: the
 * launcher, Esc and every other section keep working. `fallback` is shown instead of the part.
 */
export function SafeBoundary({ children, fallback = null }: { children: ComponentChildren; fallback?: ComponentChildren }) {
  const [error] = useErrorBoundary((caught: unknown) => console.warn('Dotbogi: a part of the overlay failed.', caught));
  return <>{error ? fallback : children}</>;
}
