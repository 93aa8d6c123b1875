/*
 * The API's values in words: dates with their precision, amounts with their bound and unit, enum values as
 * the sources would say them. Free of React so the panels and the path list share one way of saying things.
 */

import type { Bound, DateDetailsFragment, DatePrecision, GrowthUnit, Unit } from '../../api/generated.ts';

type PartialDateLike = Pick<DateDetailsFragment, 'text' | 'precision'>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One end of a date as given (`2024`, `2024-03`, `2024-03-13`), in words. */
function sayDatePart(part: string): string {
  const [year, month, day] = part.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? part;
}

const PRECISION_WORD: Record<DatePrecision, string> = { DAY: 'day', MONTH: 'month', YEAR: 'year' };

/** The date in words, a range as "from – to". */
export function sayDate(date: PartialDateLike): string {
  const [from, to] = date.text.split('/');
  return to ? `${sayDatePart(from ?? '')} – ${sayDatePart(to)}` : sayDatePart(from ?? date.text);
}

/** How precise the source is: "to the day", "to the month", or a range of months. */
export function sayPrecision(date: PartialDateLike): string {
  const word = PRECISION_WORD[date.precision];
  return date.text.includes('/') ? `a range of ${word}s` : `to the ${word}`;
}

/** An enum value as words: `BILATERAL_MEETING` → "bilateral meeting". */
export function sayEnum(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A large number as "31.5 billion"; smaller ones with thousands separators. */
export function sayNumber(value: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) return `${new Intl.NumberFormat('en', { maximumFractionDigits: 3 }).format(value / size)} ${word}`;
  }
  return new Intl.NumberFormat('en', { maximumFractionDigits: 3 }).format(value);
}

function sayBound(bound: Bound): string {
  return bound === 'EXACT' ? '' : `${sayEnum(bound)} `;
}

/** A sum of money as a source gives it: "about USD 31 billion". */
export function sayMoney(money: { amount: number; currency: string; bound: Bound }): string {
  return `${sayBound(money.bound)}${money.currency} ${sayNumber(money.amount)}`;
}

/** A figure's or target's number in its unit: "more than USD 14.5 billion", "2.6-fold", "45%", "about 3,000". */
export function sayQuantity(value: number, unit: Unit | GrowthUnit, bound: Bound): string {
  const number = sayNumber(value);
  const quantity =
    unit === 'USD' ? `USD ${number}` : unit === 'PERCENT' ? `${number}%` : unit === 'FOLD' ? `${number}-fold` : unit === 'TONNES' ? `${number} tonnes` : number;
  return `${sayBound(bound)}${quantity}`;
}

/** A change against the period before: "up 30%", "down USD 2 billion", "up 2.6-fold". */
export function sayGrowth(growth: { value: number; unit: GrowthUnit; bound: Bound }): string {
  const direction = growth.value < 0 ? 'down' : 'up';
  return `${direction} ${sayQuantity(Math.abs(growth.value), growth.unit, growth.bound)}`;
}

const UNIT_WORDS: Record<Unit, string> = { COUNT: 'a count', FOLD: 'fold', PERCENT: 'percent', TONNES: 'tonnes', USD: 'US dollars' };

export function sayUnit(unit: Unit): string {
  return UNIT_WORDS[unit];
}

/** Paragraph numbers as a reader would cite them: "¶ 2, 5". */
export function sayParagraphs(paragraphs: readonly number[]): string {
  return `${paragraphs.length > 1 ? '¶¶' : '¶'} ${paragraphs.join(', ')}`;
}
