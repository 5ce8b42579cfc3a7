import { openApiDocument } from '../../src/modules/docs/index.js';
import { buildPostmanCollection, buildPostmanEnvironment } from './postman-collection.js';
import { sessionFolders, sessionVariables } from './postman-session.js';

/** The files under postman/, by name, exactly as they are committed. */
export function postmanFiles(): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'shelfwise.postman_collection.json': json(buildPostmanCollection(openApiDocument(), sessionFolders, sessionVariables)),
    'local.postman_environment.json': json(buildPostmanEnvironment('Shelfwise local', 'http://localhost:5000', 'http://127.0.0.1:1080')),
  };
}
