// Office importance and one-line descriptions of people's positions.

/** One dated office holding. Years: NaN when unknown; end Infinity while held. */
export interface Holding {
  label: string;
  start: number;
  end: number;
  tier: number;
}

// Importance tiers (higher = more important). Heads of state and government > ministers >
// governors, mayors, envoys > legislators > anything else. Deputies sit one tier below their principal.
export const TIER_HEAD = 6;
export const TIER_DEPUTY_HEAD = 5;
export const TIER_MINISTER = 4;
export const TIER_REGIONAL = 3;
export const TIER_LEGISLATOR = 2;
export const TIER_OTHER = 1;

const HEAD = /^(the )?(President|Prime Minister|Federal Chancellor|Chancellor of (Germany|Austria)|King|Queen|Emir|Amir|Sultan|Supreme Leader|Premier|Taoiseach|Head of (State|Government)|Monarch|Grand Duke|Chief Executive|General Secretary of the Communist Party|Secretary-General of the United Nations|Chairman of the Presidium|Chairman of the State Council|First Minister)\b/i;
const NOT_HEAD = /\b(of the (Senate|National Assembly|Chamber|Parliament|House|Assembly|Court|Council|Supreme|Constitutional|Central Bank|Bank|Legislative|National Council|Federal Assembly|Congress|European)|Court|Bank|Commission|Committee|Party)\b|\bPremier of [A-Z][a-z]+ (Province|State)\b/i;
const MINISTER = /\b(Minister|Secretary of State|Secretary|Chancellor of the Exchequer|Attorney[- ]General|Treasurer|Speaker|Chairman of the|President of the (Senate|National Assembly|Chamber|Parliament|House|Assembly|Congress))\b/i;
const REGIONAL = /\b(Governor|Mayor|Ambassador|Permanent Representative|High Commissioner|Commissioner|Chief Justice|Chief of|Premier of|Chief Minister|Lieutenant Governor|Judge|Justice)\b/i;
const LEGISLATOR = /\b(member|representative|senator|deputy|MP|councillor|delegate|MEP|legislator)\b/i;
const DEPUTY = /\b(Deputy|Vice|Assistant|Under|Junior|Parliamentary Secretary|State Secretary|Minister of State|Acting|Associate)\b|\bVice-/i;

export function officeTier(label: string): number {
  let tier = TIER_OTHER;
  if (HEAD.test(label.replace(/^(Vice|Deputy|Acting|First Deputy) /i, '')) && !NOT_HEAD.test(label)) tier = TIER_HEAD;
  else if (MINISTER.test(label)) tier = TIER_MINISTER;
  else if (REGIONAL.test(label)) tier = TIER_REGIONAL;
  else if (LEGISLATOR.test(label)) tier = TIER_LEGISLATOR;
  if (DEPUTY.test(label) && tier > TIER_LEGISLATOR) tier -= 1;
  return tier;
}

/** Year of an ISO-ish date ("2014-08-28", "1991", "-383"), NaN when absent. */
export function yearOf(date: string): number {
  const m = /^(-?\d{1,4})/.exec(date.trim());
  return m ? Number(m[1]) : NaN;
}

/** Best office: highest tier, then the most recent (held now beats ended), then the earliest label. */
export function bestHolding(hs: Holding[]): Holding | undefined {
  return [...hs].sort((a, b) =>
    b.tier - a.tier ||
    (b.end === a.end ? 0 : (Number.isNaN(b.end) ? -Infinity : b.end) - (Number.isNaN(a.end) ? -Infinity : a.end)) ||
    (Number.isNaN(b.start) ? -Infinity : b.start) - (Number.isNaN(a.start) ? -Infinity : a.start) ||
    a.label.localeCompare(b.label),
  )[0];
}

function span(h: Holding): string {
  const s = Number.isNaN(h.start) ? '' : String(h.start);
  const e = h.end === Infinity ? '' : Number.isNaN(h.end) ? '?' : String(h.end);
  if (!s && (e === '?' || !e)) return '';
  if (s && s === e) return s;
  return `${s}–${e}`;
}

/** "President of Russia (2000–2008, 2012–)": the best office with the spans it was held. */
export function describeHoldings(hs: Holding[]): string {
  const best = bestHolding(hs);
  if (!best) return '';
  const spells = hs
    .filter((h) => h.label === best.label)
    .sort((a, b) => (a.start || 0) - (b.start || 0) || (a.end || 0) - (b.end || 0));
  // Join touching spells ("2000–2004", "2004–2008" → "2000–2008").
  const merged: Holding[] = [];
  for (const h of spells) {
    const last = merged[merged.length - 1];
    if (last && !Number.isNaN(h.start) && (last.end >= h.start || Number.isNaN(last.end))) {
      last.end = Number.isNaN(last.end) ? h.end : Math.max(last.end, h.end);
    } else merged.push({ ...h });
  }
  const spans = merged.map(span).filter(Boolean);
  const shown = spans.length > 3 ? [...spans.slice(0, 1), '…', ...spans.slice(-1)] : spans;
  return shown.length ? `${best.label} (${shown.join(', ')})` : best.label;
}

/** Resolve a repo-local short position label ("President") against the full labels of the repo. */
export function fullPositionLabel(short: string, labels: string[], countryName: string): string {
  const s = short.trim();
  const lower = s.toLowerCase();
  const exact = labels.find((l) => l.toLowerCase() === lower);
  if (exact && (!countryName || exact.includes(countryName) || hasPlace(exact))) return exact;
  const pick = (xs: string[]) => xs.sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
  const prefixed = pick(labels.filter((l) => l.toLowerCase().startsWith(`${lower} of `)));
  if (prefixed) return prefixed;
  const suffixed = pick(labels.filter((l) => l.toLowerCase().endsWith(` ${lower}`) && l.length - s.length < 30));
  if (suffixed) return suffixed;
  const base = exact ?? s;
  if (!countryName || base.includes(countryName)) return base;
  return `${base}, ${countryName}`;
}

function hasPlace(label: string): boolean {
  // A label names its jurisdiction when it ends "of X"/"to X"/"for X" with a capitalised place-like tail.
  return /\b(of|to|for|in) (the )?[A-Z][\p{L}-]+( [A-Z][\p{L}-]+)*$/u.test(label) && !/\b(of|for) (Foreign|Internal|Finance|Defen[cs]e|Justice|Health|Education|Agriculture|Labou?r|Economy|Interior|Culture|Transport|Energy|Trade|Environment|Tourism|Youth|Sports?|Communications|Industry|Commerce)/.test(label);
}
