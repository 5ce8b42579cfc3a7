// Everything the native schema-engine writes to stderr is one JSON object per line, and the
// Prisma CLI reads it that way: it collects `fields.message`, remembers the last `level: "ERROR"`
// line, and, for the one-shot `cli ...` commands, looks for an ERROR line with
// `target: "schema_engine::logger"` carrying `fields.error_code` (P1001, P1003, ...).
// This module writes exactly that shape.

const LEVELS = { TRACE: 0, DEBUG: 1, INFO: 2, WARN: 3, ERROR: 4 };

// The CLI starts the engine with RUST_LOG=info; honour it loosely (only the level part).
const wanted = (() => {
  const name = String(process.env.RUST_LOG ?? 'info').split(',')[0].split('=').pop().toUpperCase();
  return LEVELS[name] ?? LEVELS.INFO;
})();

function writeLine(object) {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), ...object })}\n`);
}

/** A log line of our own (the stand-in's, not the engine's). */
export function log(level, message, fields = {}) {
  if ((LEVELS[level] ?? LEVELS.INFO) < wanted) return;
  writeLine({ level, fields: { message, ...fields }, target: 'schema_engine::stand_in' });
}

/**
 * Forwards a log event of the WebAssembly engine. It already arrives as the native engine's JSON
 * (`{level, fields, target, ...}`), so it only needs filtering and a timestamp.
 */
export function forwardEngineLog(json) {
  try {
    const event = JSON.parse(json);
    if ((LEVELS[event.level] ?? LEVELS.INFO) < wanted) return;
    writeLine(event);
  } catch {
    log('INFO', String(json));
  }
}

/**
 * Reports a failed one-shot command the way the native engine does. The CLI skips the first
 * stderr line of a one-shot command (the native engine's start-up line), so one is written first.
 */
export function reportFatal({ code, message }) {
  writeLine({ level: 'INFO', fields: { message: 'Starting schema engine CLI (offline stand-in)' }, target: 'schema_engine::logger' });
  writeLine({
    level: 'ERROR',
    fields: { is_panic: false, ...(code ? { error_code: code } : {}), message },
    target: 'schema_engine::logger',
  });
}
