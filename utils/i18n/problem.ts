/** A problem the lint found, in a form both the command line (message) and the studio (code + params) can show. */
export type ProblemSeverity = 'error' | 'warning';
export type ProblemCode =
  | 'parse'
  | 'not-object'
  | 'not-string'
  | 'missing-file'
  | 'missing'
  | 'extra'
  | 'empty'
  | 'placeholder-missing'
  | 'placeholder-extra'
  | 'plural-missing'
  | 'plural-extra'
  | 'markup'
  | 'locked-label'
  | 'too-long'
  | 'much-too-long'
  | 'changed'
  | 'store-limit'
  | 'unused'
  | 'readme-stale'
  | 'hashes-unrecorded'
  | 'orthography'
  | 'double-space'
  | 'edge-space'
  | 'stray-script'
  | 'mixed-script'
  | 'term-mismatch'
  | 'term-missing'
  | 'term-reference'
  | 'term-unknown'
  | 'status-unreviewed';

export interface Problem {
  severity: ProblemSeverity;
  code: ProblemCode;
  language: string;
  namespace: string;
  /** The key the problem is about ('' for a whole file). */
  key: string;
  /** Values for the message (the studio translates the message from `code` and these). */
  params: Record<string, string>;
  /** The English message for the command line. */
  message: string;
}

export interface Where {
  language: string;
  namespace: string;
  key: string;
}

export function problem(
  severity: ProblemSeverity,
  code: ProblemCode,
  where: Where,
  params: Record<string, string>,
  message: string,
): Problem {
  return { severity, code, ...where, params, message };
}

/** Where a problem is, for people: "vi/settings.json › site.turnOn". */
export function locationOf(item: Pick<Problem, 'language' | 'namespace' | 'key'>): string {
  const file = item.namespace ? `${item.language}/${item.namespace}.json` : item.language;
  return item.key ? `${file} › ${item.key}` : file;
}
