import { readFileSync } from 'node:fs';
import { parseYamlData } from '../../text/yaml-data.ts';

const marks = parseYamlData(readFileSync(new URL('./cell-marks.yaml', import.meta.url), 'utf8')) as { favours: string[]; disfavours: string[]; 'row-topic': string };

/** Topic of a row answered with marks when its label names none (cell-marks.yaml). */
export const MARKED_ROW_TOPIC = marks['row-topic'];
const POLARITY = new Map<string, 1 | -1>([...marks.favours.map((m) => [m, 1] as const), ...marks.disfavours.map((m) => [m, -1] as const)]);

/**
 * Which way a table cell written as a mark or a one-word answer leans ("✅", "No", "Limited"), and
 * the mark that decided; undefined for a cell that is a sentence (the sentence reader handles those).
 * A leading mark with a note ("✅ via a plugin") still counts; a note alone does not.
 */
export function cellMark(text: string): { polarity: 1 | -1; mark: string } | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s.!,;:]+$/u, '');
  const whole = POLARITY.get(t);
  if (whole) return { polarity: whole, mark: t };
  const lead = /^(\p{Extended_Pictographic}\uFE0F?|[✓✔✗✘☑])/u.exec(t)?.[1];
  const polarity = lead ? (POLARITY.get(lead) ?? POLARITY.get(lead.replace('\uFE0F', ''))) : undefined;
  return polarity && lead ? { polarity, mark: lead } : undefined;
}
