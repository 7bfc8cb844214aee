// Popularity priors in [0, 1]. Every tuning constant of the formula is named here.
import { TIER_HEAD } from './describe.ts';
import type { Draft } from './draft.ts';

// Places: population on a log scale between POP_LOG_MIN (1,000 people → 0) and POP_LOG_MAX (30M → 1).
export const POP_LOG_MIN = 3;
export const POP_LOG_MAX = 7.5;
export const CITY_BASE = 0.1;
export const CITY_POP_WEIGHT = 0.55;
export const NATIONAL_CAPITAL_BOOST = 0.25;
export const ADMIN1_CAPITAL_BOOST = 0.08;
/** Natural Earth draws a place at all: a small bonus growing as its scalerank falls (0 = most prominent). */
export const NE_PRESENCE_BOOST = 0.06;
export const COUNTRY_BASE = 0.85;
export const COUNTRY_POP_WEIGHT = 0.15;
export const TERRITORY_PRIOR = 0.6;
export const ADMIN1_BASE = 0.3;
export const ADMIN1_POP_WEIGHT = 0.3;
export const ADMIN1_NO_POP = 0.42;
export const ADMIN2_BASE = 0.2;
export const ADMIN2_POP_WEIGHT = 0.25;
export const ADMIN2_NO_POP = 0.28;
/** Physical features and regions: PHYSICAL_TOP at scalerank 0, minus PHYSICAL_RANK_STEP per rank. */
export const PHYSICAL_TOP = 0.7;
export const PHYSICAL_RANK_STEP = 0.045;
export const PHYSICAL_FLOOR = 0.2;
export const PHYSICAL_UNRANKED = 0.4;
/** GeoNames' named world regions (Middle East, Levant, Sahel) are news vocabulary. */
export const WORLD_REGION_PRIOR = 0.6;

// People: office tier (0..1 as tier / TIER_HEAD), recency of that office, and CVD notability rank.
export const PERSON_BASE = 0.05;
export const OFFICE_WEIGHT = 0.35;
export const RECENCY_WEIGHT = 0.1;
/** Offices ending before RECENCY_FROM count 0, ending now count RECENCY_ENDED_MAX, still held count 1. */
export const RECENCY_FROM = 1900;
export const RECENCY_TO = 2023;
export const RECENCY_ENDED_MAX = 0.8;
export const NOTABLE_WEIGHT = 0.5;
/** A ranked CVD person gets at least NOTABLE_FLOOR of the weight; rank 1 gets all of it. */
export const NOTABLE_FLOOR = 0.5;
/** Rank where the log notability scale reaches 0 (the file holds ranks up to about 15,000). */
export const NOTABLE_RANK_SCALE = 20000;

const clamp = (x: number) => Math.min(1, Math.max(0, x));

export function popScale(pop: number, min = POP_LOG_MIN, max = POP_LOG_MAX): number {
  return pop > 0 ? clamp((Math.log10(pop) - min) / (max - min)) : 0;
}

export function placePrior(d: Draft): number {
  const pop = d.population ?? 0;
  const neBonus = d.scalerank !== undefined ? NE_PRESENCE_BOOST * clamp((10 - d.scalerank) / 10) : 0;
  switch (d.kind) {
    case 'country':
      return clamp(COUNTRY_BASE + COUNTRY_POP_WEIGHT * popScale(pop, 5, 9));
    case 'city':
      return clamp(CITY_BASE + CITY_POP_WEIGHT * popScale(pop) + neBonus +
        (d.capital === 'country' ? NATIONAL_CAPITAL_BOOST : d.capital === 'admin1' ? ADMIN1_CAPITAL_BOOST : 0));
    case 'admin1':
      return pop > 0 ? clamp(ADMIN1_BASE + ADMIN1_POP_WEIGHT * popScale(pop, 4, 8)) : ADMIN1_NO_POP;
    case 'admin2':
      return pop > 0 ? clamp(ADMIN2_BASE + ADMIN2_POP_WEIGHT * popScale(pop, 4, 8)) : ADMIN2_NO_POP;
    case 'territory':
      return d.source === 'world-countries' ? TERRITORY_PRIOR + COUNTRY_POP_WEIGHT * popScale(pop, 4, 9) : TERRITORY_PRIOR;
    default:
      if (d.source === 'geonames-no-country' && d.kind === 'region') return WORLD_REGION_PRIOR;
      if (d.scalerank === undefined) return PHYSICAL_UNRANKED;
      return clamp(Math.max(PHYSICAL_FLOOR, PHYSICAL_TOP - PHYSICAL_RANK_STEP * d.scalerank));
  }
}

export function personPrior(d: Draft): number {
  const tier = d.officeTier ?? 0;
  const end = d.officeEnd ?? NaN;
  const recency = end === Infinity ? 1 : Number.isNaN(end) ? 0 : RECENCY_ENDED_MAX * clamp((end - RECENCY_FROM) / (RECENCY_TO - RECENCY_FROM));
  const notability = d.bhhtRank && Number.isFinite(d.bhhtRank)
    ? NOTABLE_FLOOR + (1 - NOTABLE_FLOOR) * clamp(1 - Math.log(d.bhhtRank) / Math.log(NOTABLE_RANK_SCALE))
    : 0;
  return clamp(PERSON_BASE + OFFICE_WEIGHT * (tier / TIER_HEAD) + RECENCY_WEIGHT * (tier ? recency : 0) + NOTABLE_WEIGHT * notability);
}

/** Priors are stored rounded so float noise never changes the output bytes. */
export function roundPrior(p: number): number {
  return Math.round(p * 10000) / 10000;
}
