import type { Bound, Unit } from '../../api/generated.ts';

/*
 * Numbers, units and dates as the research views show them. DOM-free and shared by the charts, the tables and
 * their CSV exports, so a value reads the same in all three.
 */

/** An enum value in words: `OFFICIAL_VISIT` → "official visit". */
export function enumWords(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

const UNIT_WORDS: Record<Unit, string> = {
  USD: 'US dollars',
  PERCENT: 'percent',
  TONNES: 'tonnes',
  FOLD: 'times',
  COUNT: 'count',
};

export function unitWords(unit: Unit): string {
  return UNIT_WORDS[unit];
}

/** The first letter in capitals, for a heading. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const BOUND_WORDS: Record<Bound, string> = {
  ABOUT: 'about ',
  AT_LEAST: 'at least ',
  EXACT: '',
  LESS_THAN: 'less than ',
  MORE_THAN: 'more than ',
};

/** Compact figures: 24 000 000 000 → "24 bn", 565 000 000 → "565 m". */
function compact(value: number): string {
  const steps: [number, string][] = [
    [1e12, ' tn'],
    [1e9, ' bn'],
    [1e6, ' m'],
    [1e3, ' k'],
  ];
  for (const [size, suffix] of steps) {
    if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(4))}${suffix}`;
  }
  return String(Number(value.toPrecision(4)));
}

/** A value in its unit, short enough for an axis tick: "$24 bn", "45%", "1.2 m t", "3×". */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'USD':
      return `${value < 0 ? '−' : ''}$${compact(Math.abs(value))}`;
    case 'PERCENT':
      return `${compact(value)}%`;
    case 'TONNES':
      return `${compact(value)} t`;
    case 'FOLD':
      return `${compact(value)}×`;
    case 'COUNT':
      return compact(value);
  }
}

/** A value with how the source qualifies it: "about $31.5 bn", or "not stated" when a figure has no number. */
export function formatFigure(value: number | null, unit: Unit, bound: Bound): string {
  return value === null ? 'not stated' : `${BOUND_WORDS[bound]}${formatValue(value, unit)}`;
}

const DAY_MS = 86_400_000;

/** A `YYYY-MM-DD` day as the instant it begins, in UTC, as Plot's time scales want it. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The instant after a `YYYY-MM-DD` day ends: a period drawn to it covers its last day too. */
export function dayAfter(day: string): Date {
  return new Date(dayStart(day).getTime() + DAY_MS);
}

/** Whether the day range `[start, end]` overlaps `[from, to]`; open ends overlap everything. */
export function overlaps(start: string, end: string, from: string | null, to: string | null): boolean {
  return (from === null || end >= from) && (to === null || start <= to);
}
