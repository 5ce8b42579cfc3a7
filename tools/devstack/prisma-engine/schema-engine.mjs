#!/usr/bin/env node
// Offline stand-in for Prisma's native `schema-engine` binary, which Prisma downloads from its
// own host (unreachable here) and which no npm package ships. Point the CLI at this file with
// PRISMA_SCHEMA_ENGINE_BINARY (backend/scripts/prisma.mjs does): it speaks the native binary's
// command line and JSON-RPC protocol, and does the work with Prisma's own schema engine compiled
// to WebAssembly, connected to PostgreSQL through @prisma/adapter-pg.
//
// Modes (as the CLI uses them):
//   --version                                       print the engine version
//   --datasource '<json>' cli <command>             can-connect-to-database | create-database | drop-database
//   [--datamodels <file>]... --datasource '<json>'  JSON-RPC server on stdin/stdout
import { parseArgs } from './args.mjs';
import { reportFatal } from './log.mjs';
import { runOneShot } from './one-shot.mjs';
import { serveJsonRpc } from './rpc-server.mjs';
import { loadSchemaEngineModule } from './wasm-engine.mjs';

try {
  const options = parseArgs(process.argv.slice(2));
  if (options.version) {
    const { version } = await loadSchemaEngineModule();
    process.stdout.write(`schema-engine-cli ${version()}\n`);
    process.exit(0);
  } else if (options.cliCommand) {
    process.exit(await runOneShot(options.cliCommand, options.datasource));
  } else {
    await serveJsonRpc(options);
  }
} catch (error) {
  reportFatal({ code: error?.prismaCode, message: String(error?.message ?? error) });
  process.exit(1);
}
