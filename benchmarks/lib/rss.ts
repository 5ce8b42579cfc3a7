// A process's resident memory (Linux /proc): what "peak RSS" means in the bulk rows.
import { readFile, writeFile } from 'node:fs/promises';

const MB = 1024 * 1024;

async function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  if (kb === undefined) throw new Error(`/proc/${pid}/status has no ${field}`);
  return (Number(kb) * 1024) / MB;
}

/** The resident set now, in MB. */
export const rssMb = (pid: number) => statusField(pid, 'VmRSS');

export interface RssWatch {
  /** The highest resident set since the watch began, in MB. */
  stop(): Promise<number>;
}

/**
 * Watches a process's peak resident set from now on. The kernel's own high-water mark (VmHWM) is
 * reset first (`5` into clear_refs, Linux 4.0+), so it counts this span only and misses no spike;
 * where that is refused, VmRSS sampled every 20 ms stands in (a spike shorter than that is missed).
 */
export async function watchRss(pid: number): Promise<RssWatch> {
  const reset = await writeFile(`/proc/${pid}/clear_refs`, '5').then(() => true, () => false);
  let sampled = await rssMb(pid);
  const timer = setInterval(() => {
    void rssMb(pid).then((mb) => (sampled = Math.max(sampled, mb)), () => {});
  }, 20);
  return {
    async stop() {
      clearInterval(timer);
      const last = await rssMb(pid);
      return Math.max(sampled, last, reset ? await statusField(pid, 'VmHWM') : 0);
    },
  };
}
