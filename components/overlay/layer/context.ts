import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { HighlightLayer } from './highlight-layer';

export const HighlightLayerContext = createContext<HighlightLayer | null>(null);

/** The overlay's one highlight layer (provided by OverlayApp's mount). */
export function useHighlightLayer(): HighlightLayer {
  const layer = useContext(HighlightLayerContext);
  if (!layer) throw new Error('useHighlightLayer() needs a <HighlightLayerContext.Provider> above it.');
  return layer;
}
