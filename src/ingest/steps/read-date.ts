/**
 * Reads the publication dates blogs and exports write (ISO, "5 January 2024", US and European numeric
 * forms, Hashnode's `Fri Jan 05 2024 13:16:02 GMT+0000 (Coordinated Universal Time)`, Unix times) as an
 * ISO day. The day is the one the author wrote: a time zone never moves it to the day before or after.
 * A numeric date that reads both ways (12-08-2025) is read month first, as JavaScript and US blogs do,
 * and flagged, so the report can ask the editor to check it.
 */
export interface ReadDate {
  date?: string;
  /** Set when the written form could be day-first or month-first; says how it was read. */
  ambiguous?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]{3,9},?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; such a date was never written on purpose.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || year < 1970 || year > 2100) return undefined;
  return d.toISOString().slice(0, 10);
}

export function readDate(raw: string): ReadDate {
  const t = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(t);
  if (m) return maybe(iso(+m[1]!, +m[2]!, +m[3]!));
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(t);
  if (m) {
    const [a, sep, b, year] = [+m[1]!, m[2]!, +m[3]!, +m[4]!];
    // Dots are the European day-first form; otherwise the number over 12 is the day.
    if (sep === '.' || (a > 12 && b <= 12)) return maybe(iso(year, b, a));
    const date = iso(year, a, b);
    if (!date || a === b || b > 12) return maybe(date);
    return {
      date,
      ambiguous: `read as ${b} ${MONTH_NAMES[a - 1]} ${year} (month first); it could also mean ${a} ${MONTH_NAMES[b - 1]} ${year}`,
    };
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return maybe(iso(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return maybe(iso(+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!));
  // Unix time in seconds or milliseconds, as some exporters write it.
  if (/^\d{10}$|^\d{13}$/.test(t)) {
    const d = new Date(t.length === 10 ? Number(t) * 1000 : Number(t));
    return maybe(d.toISOString().slice(0, 10));
  }
  // Anything else JavaScript itself can read (RFC 2822 with a time, for example), as before.
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? {} : maybe(d.toISOString().slice(0, 10));
}

function maybe(date: string | undefined): ReadDate {
  return date ? { date } : {};
}
