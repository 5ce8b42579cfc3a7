import type { Config } from '../config.js';
import { startInfrastructure, type Infrastructure } from '../infrastructure.js';
import { createLogger } from '../lib/logger.js';

/**
 * The infrastructure of a one-off command (admin, seeds): quieter than the server, whose info lines
 * would bury the command's own output. Without REDIS_URL it gets an in-process cache: a private
 * Redis of its own would not be the one a running server uses.
 */
export function startCliInfrastructure(config: Config): Promise<Infrastructure> {
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  return startInfrastructure(config, logger);
}
