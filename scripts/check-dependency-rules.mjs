#!/usr/bin/env node
// The dependency rule: the domain and contracts packages stay pure (no database, HTTP,
// file, network or process code), so that they can be unit-tested without I/O and bundled
// into the web app; and in the server, SQL is written only under apps/server/src/db. `node scripts/check-dependency-rules.mjs [--root <dir>]`; exits 1 and
// prints file:line for every offending import. --root lets the test run it on a fixture tree.
import fs from 'node:fs';
import path from 'node:path';

/** Packages (or package prefixes ending in '*') that do I/O or belong to the server. */
const FORBIDDEN_PACKAGES = [
  'kysely',
  'kysely-*',
  'pg',
  'pg-*',
  'postgres',
  '@electric-sql/*',
  'hono',
  '@hono/*',
  'nodemailer',
  'smtp-server',
  'exceljs',
  'pdfkit',
  'swagger-ui-dist',
  '@node-rs/*',
  'undici',
  'ws',
  'axios',
  'node-fetch',
  'playwright-core',
  '@mutualis/server',
  '@mutualis/web',
];

/** Node built-ins that touch files, network, processes or the machine. */
const FORBIDDEN_BUILTINS = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'child_process',
  'cluster',
  'worker_threads',
  'os',
  'readline',
  'repl',
  'inspector',
  'sqlite',
];

/** Code that does I/O without importing anything. */
const FORBIDDEN_GLOBALS = [
  { pattern: /\bfetch\s*\(/g, what: 'fetch()' },
  { pattern: /\bnew\s+XMLHttpRequest\b/g, what: 'XMLHttpRequest' },
  { pattern: /\bnew\s+WebSocket\b/g, what: 'WebSocket' },
  { pattern: /\bprocess\.env\b/g, what: 'process.env' },
];

/** What contracts must not reach, even through a domain module (the web app bundles contracts). */
const CONTRACTS_EXTRA_FORBIDDEN = ['highs'];

/** Writing SQL (Kysely query builders, sql`` templates): only in an area's repositories and under apps/server/src/db. */
const SERVER_DIR = 'apps/server/src';
const SQL_HOME = 'apps/server/src/db';
const SQL_HOMES_TEXT = 'repository files (<area>/repository.ts, <area>/<name>-repository.ts) and apps/server/src/db';
const isRepositoryFile = (file) =>
  /(^|[-/\\])repository\.ts$/.test(path.basename(file)) || path.basename(file) === 'repository.ts';
const SQL_PATTERNS = [
  {
    pattern: /\.(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)\s*\(/g,
    what: 'a Kysely query',
  },
  { pattern: /\bsql\s*(<[^\n`]*>)?\s*`/g, what: 'an sql`` template' },
  { pattern: /\bsql\.(raw|ref|table|id|lit|val|join)\s*\(/g, what: 'sql helpers' },
];

/** Shared building blocks of the server; every other folder of apps/server/src is an area. */
const SHARED_SERVER_FOLDERS = ['http', 'db', 'mail', 'files', 'documents', 'jobs', 'cli', 'types', 'messages'];
/** The composition root, which wires HTTP to the areas. */
const SERVER_ROOT_FILES = ['app.ts', 'main.ts', 'deps.ts'];

const PACKAGES = [
  { name: 'domain', dir: 'packages/domain/src', importName: '@mutualis/domain' },
  { name: 'contracts', dir: 'packages/contracts/src', importName: '@mutualis/contracts' },
];

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;

function listFiles(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (SOURCE.test(entry.name)) out.push(full);
  }
  return out;
}

/** Blanks out comments (keeping newlines, so line numbers stay right) without touching strings. */
function stripComments(text) {
  let out = '';
  let i = 0;
  let quote = null;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i++;
    } else if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c;
      out += c;
      i++;
    }
  }
  return out;
}

const IMPORT_PATTERNS = [
  /\bfrom\s*['"]([^'"\n]+)['"]/g, // import x from 'm'; export { x } from 'm'
  /\bimport\s*['"]([^'"\n]+)['"]/g, // import 'm'
  /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g, // import('m')
  /\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g, // require('m')
];

function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every module specifier a file imports, with its line. */
export function importsOf(text) {
  const code = stripComments(text);
  const found = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of code.matchAll(pattern)) found.push({ specifier: match[1], line: lineOf(code, match.index) });
  }
  return found.sort((a, b) => a.line - b.line);
}

function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function matchesPackage(name, patterns) {
  return patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

/** Why a specifier is forbidden in a pure package, or null. */
function forbiddenReason(specifier) {
  if (specifier.startsWith('node:')) {
    const builtin = specifier.slice(5);
    return FORBIDDEN_BUILTINS.includes(builtin) || FORBIDDEN_BUILTINS.includes(builtin.split('/')[0])
      ? `imports the I/O module ${specifier}`
      : null;
  }
  if (FORBIDDEN_BUILTINS.includes(specifier)) return `imports the I/O module ${specifier}`;
  if (specifier.startsWith('.') || specifier.startsWith('/')) return null;
  const name = packageNameOf(specifier);
  if (matchesPackage(name, FORBIDDEN_PACKAGES)) return `imports ${specifier} (database, HTTP, file or server code)`;
  return null;
}

function resolveFile(candidate) {
  const tries = [candidate, `${candidate}.ts`, `${candidate}.tsx`, path.join(candidate, 'index.ts')];
  return tries.find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

/** Checks the tree under root; returns the violations as { file, line, message }. */
export function checkDependencyRules(root) {
  const violations = [];
  const pkgDirs = PACKAGES.map((p) => ({ ...p, abs: path.join(root, p.dir) }));
  const graph = new Map(); // file → [{ specifier, line, target }]

  const resolve = (fromFile, specifier) => {
    if (specifier.startsWith('.')) return resolveFile(path.resolve(path.dirname(fromFile), specifier));
    for (const p of pkgDirs) {
      if (specifier === p.importName) return resolveFile(path.join(p.abs, 'index'));
      if (specifier.startsWith(`${p.importName}/`))
        return resolveFile(path.join(p.abs, specifier.slice(p.importName.length + 1)));
    }
    return null;
  };

  for (const pkg of pkgDirs) {
    for (const file of listFiles(pkg.abs)) {
      const rel = path.relative(root, file);
      const text = fs.readFileSync(file, 'utf8');
      const edges = [];
      for (const { specifier, line } of importsOf(text)) {
        const reason = forbiddenReason(specifier);
        if (reason) violations.push({ file: rel, line, message: `${pkg.name} ${reason}` });
        const target = resolve(file, specifier);
        if (specifier.startsWith('.') || specifier.startsWith('/')) {
          const inside = target && pkgDirs.some((p) => target.startsWith(p.abs + path.sep));
          if (!inside) {
            violations.push({
              file: rel,
              line,
              message: `${pkg.name} imports ${specifier}, outside packages/domain/src and packages/contracts/src`,
            });
          }
        }
        edges.push({ specifier, line, target });
      }
      const code = stripComments(text);
      for (const { pattern, what } of FORBIDDEN_GLOBALS) {
        for (const match of code.matchAll(pattern)) {
          violations.push({ file: rel, line: lineOf(code, match.index), message: `${pkg.name} uses ${what} (I/O)` });
        }
      }
      graph.set(file, { pkg: pkg.name, edges });
    }
  }

  // The server's SQL lives in each area's repositories and in db/ (migrations, seed); use cases and routes call repositories.
  const sqlHome = path.join(root, SQL_HOME) + path.sep;
  for (const file of listFiles(path.join(root, SERVER_DIR))) {
    if (file.startsWith(sqlHome) || isRepositoryFile(file)) continue;
    const code = stripComments(fs.readFileSync(file, 'utf8'));
    for (const { pattern, what } of SQL_PATTERNS) {
      for (const match of code.matchAll(pattern)) {
        violations.push({
          file: path.relative(root, file),
          line: lineOf(code, match.index),
          message: `server writes ${what} outside ${SQL_HOMES_TEXT} (use a repository)`,
        });
      }
    }
  }

  // The server is cut by area (apps/server/src/<area>/). An area is reached from outside only
  // through its index.ts, and only route modules may import the shared HTTP layer (http/):
  // use cases, repositories and the shared blocks know nothing of HTTP.
  const serverDir = path.join(root, SERVER_DIR);
  const areaOf = (file) => {
    const parts = path.relative(serverDir, file).split(path.sep);
    return parts.length > 1 && !SHARED_SERVER_FOLDERS.includes(parts[0]) ? parts[0] : null;
  };
  const httpDir = path.join(serverDir, 'http') + path.sep;
  for (const file of listFiles(serverDir)) {
    const rel = path.relative(root, file);
    const from = areaOf(file);
    const isRoutes = /(^|-)routes\.ts$/.test(path.basename(file));
    for (const { specifier, line } of importsOf(fs.readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      const to = areaOf(target);
      if (to && to !== from && path.relative(path.join(serverDir, to), target) !== 'index.ts') {
        violations.push({
          file: rel,
          line,
          message: `imports ${specifier}, inside the ${to} area: go through ${to}/index.ts`,
        });
      }
      if (
        target.startsWith(httpDir) &&
        !file.startsWith(httpDir) &&
        !isRoutes &&
        !SERVER_ROOT_FILES.includes(path.relative(serverDir, file))
      ) {
        violations.push({
          file: rel,
          line,
          message: `imports ${specifier} (HTTP): only route modules (routes.ts, <name>-routes.ts) and the composition root may`,
        });
      }
    }
  }

  // Contracts are bundled into the web app: they must not reach a module with I/O or a solver,
  // directly or through the domain modules they import.
  const reachesForbidden = (file, seen = new Set()) => {
    if (seen.has(file)) return null;
    seen.add(file);
    const node = graph.get(file);
    if (!node) return null;
    for (const edge of node.edges) {
      if (!edge.specifier.startsWith('.') && matchesPackage(packageNameOf(edge.specifier), CONTRACTS_EXTRA_FORBIDDEN)) {
        return [path.relative(root, file), edge.specifier];
      }
      if (edge.target) {
        const chain = reachesForbidden(edge.target, seen);
        if (chain) return [path.relative(root, file), ...chain];
      }
    }
    return null;
  };
  for (const [file, node] of graph) {
    if (node.pkg !== 'contracts') continue;
    for (const edge of node.edges) {
      if (!edge.specifier.startsWith('.') && matchesPackage(packageNameOf(edge.specifier), CONTRACTS_EXTRA_FORBIDDEN)) {
        violations.push({
          file: path.relative(root, file),
          line: edge.line,
          message: `contracts imports ${edge.specifier}`,
        });
        continue;
      }
      if (!edge.target || graph.get(edge.target)?.pkg !== 'domain') continue;
      const chain = reachesForbidden(edge.target);
      if (chain) {
        violations.push({
          file: path.relative(root, file),
          line: edge.line,
          message: `contracts imports ${edge.specifier}, which reaches ${chain.join(' → ')}`,
        });
      }
    }
  }
  return violations;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const rootFlag = process.argv.indexOf('--root');
  const root =
    rootFlag > -1
      ? path.resolve(process.argv[rootFlag + 1])
      : path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const violations = checkDependencyRules(root);
  if (violations.length > 0) {
    for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message}`);
    console.error(
      `dependency rule: ${violations.length} violation(s); the domain and contracts packages must stay free of I/O, and server SQL lives in ${SQL_HOMES_TEXT}`,
    );
    process.exit(1);
  }
  console.log(
    `dependency rule: packages/domain and packages/contracts import no I/O code; server SQL only in ${SQL_HOMES_TEXT}`,
  );
}
