// `--save`: the latest table goes into RESULTS.md between markers; the hand-written method and
// analysis around it stay as they are.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BENCH_DIR } from './paths.js';

const BEGIN = '<!-- bench:begin (written by `npm run bench -- --save`) -->';
const END = '<!-- bench:end -->';

export async function saveResults(report: string, log: (msg: string) => void): Promise<void> {
  const path = join(BENCH_DIR, 'RESULTS.md');
  const current = await readFile(path, 'utf8').catch(() => `# Benchmark results\n\n${BEGIN}\n${END}\n`);
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${BEGIN} ... ${END} block to replace`);
  await writeFile(path, `${current.slice(0, start + BEGIN.length)}\n${report}\n${current.slice(end)}`);
  log(`results written to ${path}`);
}
