import type { FunctionComponent } from 'preact';
import { FieldHelper } from './field-helper/FieldHelper';
import { GlossaryMarks } from './GlossaryMarks';
import { GuideRunner } from '@/components/guides/GuideRunner';

/**
 * Helpers that live outside the panel and run while the overlay is mounted (e.g. the field
 * helper's callouts). Add a component here; it renders inside the overlay's providers
 * (i18n, OverlayContext, HighlightLayerContext). Keep each one cheap at mount.
 */
export const ALWAYS_ON: FunctionComponent[] = [FieldHelper, GlossaryMarks, GuideRunner];
