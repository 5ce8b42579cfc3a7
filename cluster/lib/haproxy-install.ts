import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { run, sleep } from '@shelfwise/devstack';

const CANDIDATES = ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy', '/usr/local/bin/haproxy', '/opt/homebrew/bin/haproxy'];

/**
 * The haproxy binary: found, or installed with apt-get (Debian/Ubuntu, as root). Anything else
 * gets a message saying how to install it, rather than a half-started cluster.
 */
export async function ensureHaproxy(log: (msg: string) => void): Promise<string> {
  const found = await findHaproxy();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = await run('apt-get', ['--version']).then((r) => r.code === 0, () => false);
  if (!isRoot || !hasApt) {
    throw new Error(
      'HAProxy is needed and is not installed. Install it, then run this again:\n' +
        '  Debian/Ubuntu: sudo apt-get install -y haproxy\n' +
        '  Fedora/RHEL:   sudo dnf install -y haproxy\n' +
        '  macOS:         brew install haproxy' +
        (hasApt ? '\n(This script installs it with apt-get itself when run as root.)' : ''),
    );
  }
  log('HAProxy is not installed: installing the Debian package (apt-get install -y haproxy)...');
  await aptInstall(log);
  const installed = await findHaproxy();
  if (!installed) throw new Error('apt-get reported success but no haproxy binary was found');
  return installed;
}

async function findHaproxy(): Promise<string | null> {
  for (const path of CANDIDATES) {
    if (await access(path, constants.X_OK).then(() => true, () => false)) return path;
  }
  const onPath = await run('haproxy', ['-v']).then((r) => r.code === 0, () => false);
  return onPath ? 'haproxy' : null;
}

// Another apt run (or unattended-upgrades) may hold the dpkg lock: wait for it rather than fail.
async function aptInstall(log: (msg: string) => void): Promise<void> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let updated = false;
  for (let attempt = 1; attempt <= 20; attempt++) {
    const result = await runWithEnv('apt-get', ['install', '-y', '--no-install-recommends', 'haproxy'], env);
    if (result.code === 0) {
      log('HAProxy installed');
      return;
    }
    const output = `${result.stdout}\n${result.stderr}`;
    if (/Could not get lock|is held by process|Unable to acquire the dpkg frontend lock/i.test(output)) {
      log(`apt is busy (another install is running); retrying in 6 s (${attempt}/20)`);
      await sleep(6_000);
      continue;
    }
    if (!updated && /Unable to locate package|has no installation candidate/i.test(output)) {
      log('the package lists are out of date: apt-get update');
      updated = true;
      await runWithEnv('apt-get', ['update'], env);
      continue;
    }
    throw new Error(`apt-get install -y haproxy failed (exit ${result.code}):\n${output.trim().slice(-2_000)}`);
  }
  throw new Error('apt stayed busy for two minutes; install HAProxy (apt-get install -y haproxy) and run this again');
}

function runWithEnv(file: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
