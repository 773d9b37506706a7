/**
 * The guide file format (utils/guides/data/<id>.json), version 1, as a zod schema.
 *
 * A guide is data: which sites it applies to, and steps. Each step says on which page it
 * happens (page condition), which element it is about (a fingerprint, never one selector),
 * what the user does there (action kind), and its text as locale keys (namespace "guides").
 * The background validates every file with `parseGuide`; a broken file is reported with its
 * JSON path and reason and skipped, so it can never crash the overlay (which gets only valid
 * guides and imports this file's types, never zod).
 */
import { z } from '@/utils/zod';

export const GUIDE_FORMAT_VERSION = 1;

const text = z.string().trim().min(1).max(200);
/** A locale key in the "guides" namespace, e.g. "resident-copy.steps.name.text". */
const localeKey = z.string().regex(/^[a-z0-9-]+(\.[a-zA-Z0-9-]+)+$/, 'a dotted key in the guides namespace, e.g. "resident-copy.title"');

/**
 * What an element looks like, from several independent angles, so that a page redesign that
 * changes some of them (ids, classes, order, wording) still leaves enough to recognise it.
 * Every field is optional; the matcher weighs only the ones present.
 */
export const fingerprintSchema = z
  .object({
    /** ARIA role, explicit or implicit (button, link, textbox, combobox, radio, checkbox…). */
    role: z.string().max(40).optional(),
    /** Accessible name, computed simply (aria-label(ledby), <label>, alt, text, title, placeholder). */
    name: text.optional(),
    /** Visible label near a form field (its <label>, row header or legend). */
    label: text.optional(),
    /** Visible text of the element itself. */
    text: text.optional(),
    id: z.string().max(120).optional(),
    /** The `name` attribute of a form field. */
    nameAttr: z.string().max(120).optional(),
    /** The `value` attribute (radio buttons and check boxes). */
    value: z.string().max(200).optional(),
    /** A link's target, compared by its last path segments (hosts and ../ differ between copies). */
    href: z.string().max(300).optional(),
    /** data-* attributes, without the "data-" prefix. */
    data: z.record(z.string().max(60), z.string().max(200)).optional(),
    tag: z
      .string()
      .max(40)
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional(),
    type: z.string().max(40).optional(),
    /** A short CSS path (up to 4 levels), the weakest hint: pages reorder and rename. */
    css: z.string().max(300).optional(),
    /** Text of the nearest heading or legend before the element. */
    heading: text.optional(),
    /** The landmark it sits in (main, navigation, form, banner, contentinfo, search, complementary, region). */
    landmark: z.string().max(40).optional(),
  })
  .strict()
  .refine((fingerprint) => Object.keys(fingerprint).length >= 2, 'a fingerprint needs at least two fields');

/** Simple glob: `*` matches any run of characters, everything else literally. */
const glob = z.string().min(1).max(300);

export const pageConditionSchema = z
  .object({
    /** Host glob, e.g. "*.gov.kr"; absent = any host the guide's sites allow. */
    host: glob.optional(),
    /** Path glob, e.g. "*\/resident-copy/apply.html". */
    path: glob.optional(),
    /** Query parameters that must be present; "*" = any value. */
    query: z.record(z.string().max(60), z.string().max(200)).optional(),
    /** An element that must be on the page (clear, unique match). */
    present: fingerprintSchema.optional(),
    /** An element that must NOT be on the page. */
    absent: fingerprintSchema.optional(),
  })
  .strict();

export const ACTIONS = ['click', 'type', 'choose', 'wait', 'check-phone', 'read'] as const;

export const stepSchema = z
  .object({
    /** Stable id, used by branches and saved progress. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    action: z.enum(ACTIONS),
    /** Where this step happens. */
    page: pageConditionSchema,
    /** The element the step is about. `wait` and `read` steps may have none. */
    target: fingerprintSchema.optional(),
    /** The exact Korean label on screen, shown in 「」 next to the translated text. */
    label: text.optional(),
    text: localeKey,
    why: localeKey.optional(),
    /** Evaluated in order when the step is shown: the first condition that holds jumps. */
    branches: z
      .array(z.object({ if: pageConditionSchema, goTo: z.string() }).strict())
      .max(5)
      .optional(),
    /**
     * "auto" (default): done when the user acts on the target (click; change for type/choose).
     * "manual": a step covering several fields; done with Next, or when the user moves on to a
     * later step's target.
     */
    advance: z.enum(['auto', 'manual']).optional(),
    /** The step is done when this holds (besides the user acting on the target). */
    waitFor: pageConditionSchema.optional(),
    /**
     * The person must first read what the page shows before the step's target (the values typed,
     * on a review page; the issued document): that block (the nearest table, list or region before
     * the target without fields in it) is kept clear of the card, the arrow and the launcher, and is
     * never dimmed. A live session timer is always kept clear, without saying so here.
     */
    review: z.boolean().optional(),
  })
  .strict()
  .refine((step) => step.target || step.action === 'wait' || step.action === 'read' || step.action === 'check-phone', {
    message: 'click, type and choose steps need a target',
    path: ['target'],
  });

export const siteSchema = z
  .object({
    host: glob,
    /** Path prefixes (globs allowed); absent = the whole host. */
    paths: z.array(glob).max(20).optional(),
  })
  .strict();

export const guideSchema = z
  .object({
    format: z.literal(GUIDE_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Bumped when steps change, so saved progress from an older version restarts cleanly. */
    version: z.number().int().min(1),
    title: localeKey,
    summary: localeKey,
    /**
     * How often people need this task, 1 = most often: 도와 드릴 일 lists guides in this order
     * (guides without a rank last), so the commonest task (주민등록표 등본) is on top.
     */
    rank: z.number().int().min(1).max(1000).optional(),
    /** What to do once the guide is done (print, save, close), one locale key each, shown on the 다 했어요 card. */
    finish: z.array(localeKey).max(4).optional(),
    sites: z.array(siteSchema).min(1).max(20),
    steps: z.array(stepSchema).min(1).max(16),
  })
  .strict()
  .superRefine((guide, context) => {
    const ids = new Set<string>();
    guide.steps.forEach((step, index) => {
      if (ids.has(step.id)) context.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `duplicate step id "${step.id}"` });
      ids.add(step.id);
    });
    guide.steps.forEach((step, index) =>
      step.branches?.forEach((branch, b) => {
        if (!ids.has(branch.goTo)) {
          context.addIssue({ code: 'custom', path: ['steps', index, 'branches', b, 'goTo'], message: `no step "${branch.goTo}"` });
        }
      }),
    );
  });

export type Fingerprint = z.infer<typeof fingerprintSchema>;
export type PageCondition = z.infer<typeof pageConditionSchema>;
export type GuideStep = z.infer<typeof stepSchema>;
export type GuideAction = GuideStep['action'];
export type Guide = z.infer<typeof guideSchema>;

export interface GuideProblem {
  /** JSON path inside the file, e.g. "steps[2].target". */
  path: string;
  reason: string;
}

export type ParsedGuide = { ok: true; guide: Guide } | { ok: false; problems: GuideProblem[] };

/** Validates one guide file's parsed JSON; never throws. */
export function parseGuide(data: unknown): ParsedGuide {
  const result = guideSchema.safeParse(data);
  if (result.success) return { ok: true, guide: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: jsonPath(issue.path), reason: issue.message })),
  };
}

function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$';
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}${out ? '.' : ''}${String(part)}`), '');
}
