import type { Config } from '../config.js';
import { startInfrastructure, type Infrastructure } from '../infrastructure.js';
import { createLogger } from '../lib/logger.js';

/**
 * The infrastructure of a one-off command (admin, seeds): quieter than the server (info lines would
 * bury the command's own output), and no private Redis of its own, which would not be the one a
 * running server uses (see infrastructure.ts).
 */
export function startCliInfrastructure(config: Config): Promise<Infrastructure> {
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  return startInfrastructure(config, logger, { privateRedis: false });
}
