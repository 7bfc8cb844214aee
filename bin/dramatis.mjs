#!/usr/bin/env node
// `dramatis` command shim: runs the TypeScript CLI without a build step by registering tsx's loader
// (a devDependency; this is for use from a checkout of the repository after `npm ci`).
import { register } from 'tsx/esm/api';

register();
const { runAsProgram } = await import('../scripts/cli.ts');
await runAsProgram(process.argv.slice(2));
