// Loads Prisma's schema engine compiled to WebAssembly.
//
// The .wasm is the one bundled with the installed prisma CLI (node_modules/prisma/build), i.e. the
// exact engine build that CLI was released with. The CLI does not ship the wasm-bindgen JS glue
// for it; that comes from @prisma/schema-engine-wasm (pinned in package.json). The glue's import
// names carry hashes of their signatures, so a mismatch is caught at instantiation (LinkError)
// rather than misbehaving later: after upgrading prisma, re-pin @prisma/schema-engine-wasm to a
// version whose glue links, and re-run the schema-drift test.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);
const wasmPath = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');

// Rust panics inside the engine report their message here (the engine calls
// `global.PRISMA_WASM_PANIC_REGISTRY.set_message`) before surfacing as `RuntimeError: unreachable`.
let lastPanicMessage = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanicMessage = message;
  },
};

let loading = null;

/** Instantiates the module once; resolves to the glue exports (`SchemaEngine`, `version`). */
export function loadSchemaEngineModule() {
  loading ??= (async () => {
    const bytes = await readFile(wasmPath);
    let instance;
    try {
      ({ instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue }));
    } catch (error) {
      const cli = require('prisma/package.json').version;
      // Its package.json is not in its "exports": read it beside the entry file.
      const gluePackage = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'package.json');
      const wasmGlue = JSON.parse(await readFile(gluePackage, 'utf8')).version;
      throw new Error(
        `The schema engine WebAssembly of prisma ${cli} (${wasmPath}) does not link with the JS glue of ` +
          `@prisma/schema-engine-wasm ${wasmGlue}: ${error.message}. Pin a @prisma/schema-engine-wasm version built ` +
          'with the same wasm-bindgen as this prisma release.',
      );
    }
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loading;
}

/** Whether an error came from a Rust panic, and its message if so. */
export function panicDetails(error) {
  if (error instanceof WebAssembly.RuntimeError || lastPanicMessage !== null) {
    return { message: lastPanicMessage ?? String(error?.message ?? error) };
  }
  return null;
}
