// The priority of Pagefind's service process while Astro still builds. The early read (early-read.ts)
// only has to finish by the time Astro is done, and on a two-core machine it competed with the build
// for the CPU: with the service at the lowest priority (niceness 19) it reads in the time the build
// leaves idle, and adding one article to 1,000 built about 0.7 s sooner (four interleaved pairs, every
// pair faster; the early read still ended before Astro did). Once Astro is done the service gets its
// priority back where the system allows that (raising a priority needs privileges on Linux); where it
// does not, the service writes the index at the low priority, with little left running beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Niceness of the service while Astro builds. */
export const WHILE_ASTRO_BUILDS = 19;

/**
 * The threads of this process's Pagefind service (its binary is `pagefind` or `pagefind_extended`),
 * found through /proc. On Linux a niceness belongs to one thread, so each is set. None without /proc.
 */
export function pagefindThreads(): number[] {
  const found: number[] = [];
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const children = readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim();
      for (const pid of children ? children.split(/\s+/) : []) {
        if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind')) continue;
        for (const thread of readdirSync(`/proc/${pid}/task`)) found.push(Number(thread));
      }
    }
  } catch {
    // No /proc (not Linux), or a process that ended meanwhile: priorities stay as they are.
  }
  return found;
}

/** Gives every thread of the Pagefind service this niceness; returns how many took it. */
export function setPagefindNice(nice: number): number {
  let done = 0;
  for (const thread of pagefindThreads()) {
    try {
      setPriority(thread, nice);
      done++;
    } catch {
      // Not allowed (a higher priority without privileges), or the thread ended.
    }
  }
  return done;
}
