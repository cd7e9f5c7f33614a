/**
 * Heading levels for an article's sections that keep the page outline valid under its h1: sources
 * often start at ### or jump from ## to ####, which screen-reader users experience as missing levels.
 * Each section gets at most one level deeper than the one before it, starting at 2.
 */
export function outlineLevels(sections: readonly { id: string; depth: number }[]): Map<string, number> {
  const levels = new Map<string, number>();
  const stack: { depth: number; level: number }[] = [];
  for (const s of sections) {
    if (!s.id || s.depth < 2) continue;
    while (stack.length && stack.at(-1)!.depth >= s.depth) stack.pop();
    const level = Math.min(6, (stack.at(-1)?.level ?? 1) + 1);
    stack.push({ depth: s.depth, level });
    levels.set(s.id, level);
  }
  return levels;
}
