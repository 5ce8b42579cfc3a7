// `node --import tsx benchmarks/profile-summary.ts <file.cpuprofile> [top]`: where the time of a
// --cpu-prof profile went, by function (self time) and by package. Used to find the hot-path costs
// behind the numbers in RESULTS.md.
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
// Percentages are of busy time: the idle event loop (between runs, waiting for I/O) is left out.
for (const [id] of self) if (byId.get(id)!.callFrame.functionName === '(idle)') self.delete(id);
const total = [...self.values()].reduce((a, b) => a + b, 0);

const pkg = (url: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.includes('/backend/dist/')) return 'app: ' + url.split('/backend/dist/')[1]!.split('/').slice(0, -1).join('/');
  if (url.startsWith('node:')) return url;
  return url ? 'other' : '(native/idle/gc)';
};
const sum = (key: (n: Node) => string) => {
  const out = new Map<string, number>();
  for (const [id, t] of self) {
    const node = byId.get(id)!;
    out.set(key(node), (out.get(key(node)) ?? 0) + t);
  }
  return [...out.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 30));
};
const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
console.log(`${(total / 1e6).toFixed(1)} s busy`);
console.log('\nby package');
for (const [k, t] of sum((n) => pkg(n.callFrame.url))) console.log(pct(t), k);
console.log('\nby function (self)');
for (const [k, t] of sum((n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*backend\/dist\//, '')}:${n.callFrame.lineNumber}`)) console.log(pct(t), k);

// `--callers NAME`: the stacks that lead to a function, heaviest first.
const callersOf = process.argv.indexOf('--callers');
if (callersOf > 0) {
  const name = process.argv[callersOf + 1]!;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<string, number>();
  for (const [id, t] of self) {
    if (byId.get(id)!.callFrame.functionName !== name) continue;
    const frames: string[] = [];
    for (let p = parent.get(id); p !== undefined && frames.length < 8; p = parent.get(p)) {
      const f = byId.get(p)!.callFrame;
      frames.push(`${f.functionName || '(anon)'}@${f.url.replace(/.*node_modules\//, '').replace(/.*backend\/dist\//, '')}:${f.lineNumber}`);
    }
    stacks.set(frames.join(' < '), (stacks.get(frames.join(' < ')) ?? 0) + t);
  }
  console.log(`\ncallers of ${name}`);
  for (const [stack, t] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(pct(t), stack);
}
