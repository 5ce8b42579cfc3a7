// npm run openapi -w backend [> openapi.json]: the document the server serves at /api/v1/openapi.json,
// for tools that want a file (Postman import, redocly, code generators).
import { openApiDocument } from '../../src/modules/docs/index.js';

process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
