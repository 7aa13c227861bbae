#!/usr/bin/env node
// The `mutualis` executable: TypeScript sources run through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
