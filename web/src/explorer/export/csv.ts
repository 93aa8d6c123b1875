/**
 * CSV as RFC 4180 describes it: CRLF between records, and a field quoted (its quotes doubled) when it holds a
 * comma, a quote or a line break. DOM-free, so the timelines' exports are tested in Node.
 */

export interface CsvColumn<Row> {
  header: string;
  value(row: Row): string | number | boolean | null | undefined;
}

const NEEDS_QUOTES = /[",\r\n]/;
// A spreadsheet runs a cell that starts with one of these as a formula. Names in the graph can be edited through
// the API, so a text field is never allowed to become one (OWASP's advice: a leading apostrophe).
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((column) => field(column.header))];
  for (const row of rows) lines.push(columns.map((column) => field(column.value(row))));
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
