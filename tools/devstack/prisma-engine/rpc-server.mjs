// The JSON-RPC 2.0 mode: one JSON object per line on stdin (requests from the Prisma CLI, and its
// replies to our `print` requests) and on stdout (our replies). Each method is the method of the
// same name on the WebAssembly `SchemaEngine`, with the few adjustments commented below.
import { readFile } from 'node:fs/promises';
import readline from 'node:readline';
import { createAdapterFactory } from './adapter-factory.mjs';
import { describeUrl, userFacing, withClient } from './connection.mjs';
import { forwardEngineLog, log } from './log.mjs';
import { runOneShot } from './one-shot.mjs';
import { loadSchemaEngineModule, panicDetails } from './wasm-engine.mjs';

// The native engine's JSON-RPC error code for every engine error; details go in `data`.
const ENGINE_ERROR = 4466;

export async function serveJsonRpc({ datasource, datamodels }) {
  // stdout belongs to the protocol: keep stray console output of libraries off it.
  console.log = console.info = console.error;

  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const pendingPrints = new Map();
  let nextPrintId = 1;

  /** Asks the CLI to print `content` on its stdout (how the native `diff` outputs), and waits. */
  function printOnCli(content) {
    const id = nextPrintId++;
    return new Promise((resolve) => {
      pendingPrints.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });
  }

  let engine = null;
  let adapters = null;

  // Created on the first request rather than at start-up, like the native engine connects lazily:
  // a missing database then becomes a reply with P1003, not a crash.
  async function getEngine() {
    if (engine) return engine;
    adapters ??= createAdapterFactory(datasource);
    const target = describeUrl(datasource.url);
    // The WebAssembly engine reports connection failures as bare messages; probing first gives the
    // CLI the same user-facing codes (P1000, P1001, P1003, ...) as the native engine.
    await withClient(target, (client) => client.query('SELECT 1'));
    const { SchemaEngine } = await loadSchemaEngineModule();
    const files = await Promise.all(datamodels.map(async (file) => [file, await readFile(file, 'utf8')]));
    engine = await SchemaEngine.new({ datamodels: files.length > 0 ? files : undefined }, forwardEngineLog, adapters.factory);
    return engine;
  }

  const methods = {
    // Not on the wasm engine: plain `pg` work, and the database may not exist yet.
    async createDatabase() {
      await runOneShot('create-database', datasource);
      return { databaseName: describeUrl(datasource.url).database };
    },
    async getDatabaseVersion(params) {
      return (await getEngine()).version(params ?? null);
    },
    // The wasm engine returns the diff instead of printing it; the CLI expects it printed through
    // a `print` request, and a result without `stdout`.
    async diff(params) {
      const result = await (await getEngine()).diff(params);
      if (result.stdout != null) await printOnCli(result.stdout);
      return { exitCode: result.exitCode, stdout: null };
    },
    // These two describe the migration history through a cache that, on the wasm engine, only
    // diagnoseMigrationHistory (with the shadow database allowed) fills: without it, `migrate dev`
    // on a database that has none of the existing migrations yet fails with "PostgreSQL shadow DB
    // must be provided through an external factory".
    async createMigration(params) {
      const schemaEngine = await getEngine();
      await warmMigrationHistoryCache(schemaEngine, params);
      return schemaEngine.createMigration(params);
    },
    async evaluateDataLoss(params) {
      const schemaEngine = await getEngine();
      await warmMigrationHistoryCache(schemaEngine, params);
      return schemaEngine.evaluateDataLoss(params);
    },
  };

  async function call(method, params) {
    if (methods[method]) return methods[method](params);
    const schemaEngine = await getEngine();
    if (method === 'version' || typeof schemaEngine[method] !== 'function') {
      throw new Error(`The offline schema engine does not support the JSON-RPC method \`${method}\`.`);
    }
    return schemaEngine[method](params);
  }

  let queue = Promise.resolve();
  let shuttingDown = null;

  async function shutDown(exitCode) {
    shuttingDown ??= (async () => {
      await queue;
      await adapters?.dropLeftovers();
      process.exit(exitCode);
    })();
    return shuttingDown;
  }

  function handleRequest(request) {
    // The wasm engine must not be re-entered (its methods take `&mut self`): one call at a time.
    queue = queue.then(async () => {
      adapters?.takeScriptFailure();
      try {
        const result = await call(request.method, request.params);
        send({ jsonrpc: '2.0', id: request.id, result: result ?? null });
      } catch (error) {
        const panic = panicDetails(error);
        const explained = explainScriptFailure(request, adapters?.takeScriptFailure());
        send({ jsonrpc: '2.0', id: request.id, error: toRpcError(explained ?? error, panic) });
        // No engine method is safe to call after a Rust panic: stop, as the native engine does.
        if (panic) void shutDown(101);
      }
    });
  }

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      log('ERROR', `Could not parse a JSON-RPC message: ${line.slice(0, 200)}`);
      return;
    }
    if (message.method) {
      handleRequest(message);
    } else if (pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)();
      pendingPrints.delete(message.id);
    }
  });
  // The CLI ends stdin when done, and sends SIGTERM right after: both mean "finish and exit".
  lines.on('close', () => void shutDown(0));
  process.on('SIGTERM', () => void shutDown(0));
  process.on('SIGINT', () => void shutDown(130));
}

/**
 * A migration script that failed comes back from the wasm engine as a bare "external connector
 * error". Rebuilt into the native engine's errors, naming the migration and the database's error:
 * P3018 when applying to the database, P3006 when replaying into the shadow database.
 */
function explainScriptFailure({ method, params }, failure) {
  if (!failure) return null;
  const migration = [params?.migrationsList, params?.from, params?.to]
    .flatMap((list) => list?.migrationDirectories ?? [])
    .find((directory) => directory.migrationFile?.content?.value === failure.script);
  if (!migration) return null;
  const { error } = failure;
  const databaseError = [`ERROR: ${error.message}`, error.detail && `DETAIL: ${error.detail}`, error.hint && `HINT: ${error.hint}`]
    .filter(Boolean)
    .join('\n');
  if (failure.shadow) {
    return userFacing(
      'P3006',
      `Migration \`${migration.path}\` failed to apply cleanly to the shadow database. \n` +
        (error.code ? `Error code: ${error.code}\n` : '') +
        `Error:\n${databaseError}`,
    );
  }
  if (method !== 'applyMigrations') return null;
  return userFacing(
    'P3018',
    'A migration failed to apply. New migrations cannot be applied before the error is recovered from. ' +
      'Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n' +
      `Migration name: ${migration.path}\n\n` +
      (error.code ? `Database error code: ${error.code}\n\n` : '') +
      `Database error:\n${databaseError}`,
  );
}

async function warmMigrationHistoryCache(schemaEngine, { migrationsList, filters }) {
  await schemaEngine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters });
}

/** The native engine's error shape: `{code: 4466, message, data: {is_panic, message, error_code?}}`. */
function toRpcError(error, panic) {
  const full = String(error?.message ?? error);
  log('DEBUG', full);
  return {
    code: ENGINE_ERROR,
    // The CLI shows this top-level message for panics, and `data.message` otherwise.
    message: panic ? panic.message : 'An error happened. Check the data field for details.',
    data: {
      is_panic: Boolean(panic),
      message: panic ? panic.message : withoutSpanTrace(full),
      ...(error?.prismaCode ? { error_code: error.prismaCode } : {}),
      ...(panic ? { backtrace: full } : {}),
    },
  };
}

// Engine errors end with a tracing span trace ("   0: some::module\n  with ...\n  at file.rs:12"):
// useful when debugging the engine (it is logged at DEBUG), noise in a message for people.
function withoutSpanTrace(message) {
  return message.replace(/\n\s+0: [\s\S]*$/, '').trim();
}
