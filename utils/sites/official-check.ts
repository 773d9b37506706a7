/**
 * "Is this the real government site?": a local check of the address only (nothing leaves the
 * device). Official = a government suffix (*.go.kr, gov.kr) or a listed public service domain.
 * Anything else that borrows government words, sits one or two letters away from an official
 * address, hides letters with punycode, or asks for a password over http gets a plain warning.
 */
import data from './official-domains.json';

export type OfficialVerdict = 'official' | 'warning' | 'unknown';

/** Why an address looks suspicious (each has a plain sentence in the overlay locale). */
export type WarningReason = 'punycode' | 'government-word' | 'looks-like-official' | 'insecure' | 'password-form';

export interface OfficialCheck {
  verdict: OfficialVerdict;
  host: string;
  /** The listed service name ("정부24"), when the host belongs to one. */
  serviceName?: string;
  /** The official address this one resembles, for "did you mean…". */
  resembles?: string;
  reasons: WarningReason[];
  /** An official site served over http: not a fake, but worth a word. */
  insecure: boolean;
}

export interface PageFacts {
  /** The page has a password field (a login form). */
  hasPasswordField?: boolean;
}

const SUFFIXES: string[] = data.suffixes;
const SERVICES: { domain: string; name: string }[] = data.services;
const GOVERNMENT_WORDS: string[] = data.governmentWords;
const FOREIGN_GOVERNMENT: string[] = data.foreignGovernmentSuffixes;
/** Official hosts people type, compared letter by letter with the visited host. */
const WELL_KNOWN_HOSTS = [
  ...SERVICES.map((service) => service.domain),
  'hometax.go.kr',
  'bokjiro.go.kr',
  'wetax.go.kr',
  'epeople.go.kr',
  'hikorea.go.kr',
  'mois.go.kr',
];

export function checkOfficialSite(url: string | URL, facts: PageFacts = {}): OfficialCheck {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const bare = host.replace(/^www\./, '');
  const insecure = parsed.protocol === 'http:';

  const service = SERVICES.find((entry) => bare === entry.domain || bare.endsWith(`.${entry.domain}`));
  if (service || SUFFIXES.some((suffix) => bare === suffix || bare.endsWith(`.${suffix}`))) {
    return { verdict: 'official', host, serviceName: service?.name, reasons: [], insecure };
  }

  const reasons: WarningReason[] = [];
  if (host.split('.').some((label) => label.startsWith('xn--'))) reasons.push('punycode');
  const foreignGovernment = FOREIGN_GOVERNMENT.some((suffix) => bare === suffix || bare.endsWith(`.${suffix}`));
  const resembles = foreignGovernment ? undefined : closestOfficial(bare);
  if (resembles) reasons.push('looks-like-official');
  if (!foreignGovernment && hasGovernmentWord(bare)) reasons.push('government-word');
  if (insecure && !isLoopback(host)) reasons.push('insecure');
  if (facts.hasPasswordField && (insecure || reasons.length > 0)) reasons.push('password-form');
  // A password asked for over plain http is risky even on a loopback or intranet address.
  if (facts.hasPasswordField && insecure && !reasons.includes('insecure')) reasons.unshift('insecure');

  return { verdict: reasons.length > 0 ? 'warning' : 'unknown', host, resembles, reasons, insecure };
}

function hasGovernmentWord(host: string): boolean {
  const labels = host.split('.');
  // "gov" or "go" as a label in the middle of a foreign domain: gov.kr.example.com, go.kr-help.net
  if (labels.slice(0, -1).some((label) => label === 'gov' || label === 'go' || label === 'govt')) return true;
  const flat = host.replace(/\./g, '-');
  return GOVERNMENT_WORDS.some((word) => flat.includes(word)) || /g[o0]v|g[o0]-?kr|정부|민원/.test(host);
}

/** The official host at most two edits away (g0v.kr, gov-kr.com → gov.kr), or undefined. */
function closestOfficial(host: string): string | undefined {
  let best: { host: string; distance: number } | undefined;
  for (const official of WELL_KNOWN_HOSTS) {
    const distance = editDistance(host, official);
    const limit = official.length <= 6 ? 1 : 2;
    if (distance > 0 && distance <= limit && (!best || distance < best.distance)) best = { host: official, distance };
    // Same name, other ending: gov.kr.com, nhis.or.kr.co, bokjiro.go.kr-apply.com
    const withoutEnding = host.split('.').slice(0, -1).join('.').replace(/-/g, '.');
    if (!best && (host.startsWith(`${official}.`) || host.startsWith(`${official}-`) || withoutEnding === official)) {
      best = { host: official, distance };
    }
  }
  return best?.host;
}

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}
