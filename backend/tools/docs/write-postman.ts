// npm run postman -w backend: regenerates postman/*.json from the OpenAPI document and the
// session in postman-session.ts. A test fails while the committed files differ from the output.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../../src/lib/paths.js';
import { postmanFiles } from './postman-files.js';

for (const [name, content] of Object.entries(postmanFiles())) {
  const file = join(projectRoot, 'postman', name);
  await writeFile(file, content);
  console.log(`wrote ${file}`);
}
