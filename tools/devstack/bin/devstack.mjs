#!/usr/bin/env node
// The `devstack` command (see ../src/cli.ts): TypeScript through tsx, like the rest of the stack.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
