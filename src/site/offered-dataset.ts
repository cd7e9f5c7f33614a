// The bytes of the two claims files (`/data/claims.json`, `/data/claims.csv`), worked out on a thread
// while Astro builds (src/integrations/dataset-thread.ts) and handed to their endpoints here. The
// endpoints run in the build's own process, but in modules Vite bundled apart from the integrations, so
// the hand-over is a slot on globalThis, not a shared module.
export type DatasetBytes = { json: Uint8Array<ArrayBuffer>; csv: Uint8Array<ArrayBuffer> };

const SLOT = Symbol.for('versus-site.dataset-bytes');
type Slot = { [SLOT]?: Promise<DatasetBytes> };

/** Offers the files for this build's endpoints; a rejection is theirs to handle (they then work the files out themselves). */
export function offerDataset(bytes: Promise<DatasetBytes>): void {
  bytes.catch(() => undefined);
  (globalThis as Slot)[SLOT] = bytes;
}

/** The files offered for this build, or undefined when none were offered or working them out failed. */
export async function offeredDataset(): Promise<DatasetBytes | undefined> {
  return (globalThis as Slot)[SLOT]?.catch(() => undefined);
}
