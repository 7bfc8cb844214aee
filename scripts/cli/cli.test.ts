// The real `dramatis` command, spawned as a process (node bin/dramatis.mjs) on real inputs with the real
// index. In-process results from the library are the reference the CLI output must equal.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultIndex, toMarkdown, DEFAULT_INDEX_PATH, type DramatisIndex } from '../../src/lib.ts';
import { EXIT } from './errors.ts';
import { annotationJson, type AnnotationJson, type FailureJson } from './output.ts';
import { annotateText, annotateHtml } from './pipeline.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin/dramatis.mjs');
const SHARED = join(REPO, '../shared');
const SEED = join(SHARED, 'seed/article-syria-2016.txt');
const PAGES = join(SHARED, 'data/pages/readability');
const NYTIMES = join(PAGES, 'nytimes-1/source.html');
const WIKIPEDIA = join(PAGES, 'wikipedia/source.html');
const haveShared = existsSync(SEED) && existsSync(NYTIMES) && existsSync(WIKIPEDIA) && existsSync('/dev/zero');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const stderrLines = (r: Run) => r.stderr.split('\n').filter(Boolean);

let dir: string;
/** Bad inputs, made fresh for each run. */
const bad: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dramatis-cli-'));
  bad.missing = join(dir, 'no-such-file.txt');
  bad.directory = join(dir, 'a-directory');
  mkdirSync(bad.directory);
  bad.binary = join(dir, 'binary.txt');
  writeFileSync(bad.binary, readFileSync(process.execPath).subarray(0, 4096));
  bad.latin1 = join(dir, 'latin1.txt');
  writeFileSync(bad.latin1, Buffer.from('Erdo\u011fan met Assad in Gen\u00e8ve.\n', 'latin1'));
  bad.empty = join(dir, 'empty.html');
  writeFileSync(bad.empty, '');
  bad.blank = join(dir, 'blank.txt');
  writeFileSync(bad.blank, ' \n\t\n');
  bad.brokenGzip = join(dir, 'broken.html.gz');
  writeFileSync(bad.brokenGzip, gzipSync('<html><body><p>Ankara</p></body></html>').subarray(0, 20));
  bad.damagedIndex = join(dir, 'damaged.idx');
  writeFileSync(bad.damagedIndex, readFileSync(DEFAULT_INDEX_PATH).subarray(0, 4096));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('command line', () => {
  it('prints help with every exit code, and the version', async () => {
    const [help, version] = await Promise.all([run(['--help']), run(['--version'])]);
    expect(help.code).toBe(0);
    for (const code of Object.values(EXIT)) expect(help.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatchObject({ code: 0, stdout: `dramatis ${pkg.version}\n` });
  });

  it('rejects bad usage with exit code 2 and one line on stderr', async () => {
    const runs = await Promise.all([run(['annotate']), run(['annotate', '--bogus', 'x.txt']), run(['annotate', '--format', 'yaml', 'x.txt'])]);
    for (const r of runs) {
      expect(r.code).toBe(EXIT.usage);
      expect(stderrLines(r)).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('stops with exit code 8 when the index is damaged', async () => {
    const r = await run(['annotate', '--index', bad.damagedIndex, bad.missing]);
    expect(r.code).toBe(EXIT.indexDamaged);
    expect(stderrLines(r)).toEqual([expect.stringContaining('index damaged')]);
  });

  // Each kind of failure once as a lone file (the process exits with its code); the batch test covers the rest.
  it.each([
    ['missing', EXIT.notFound, 'no such file'],
    ['directory', EXIT.isDirectory, 'is a directory'],
    ['binary', EXIT.notText, 'binary'],
    ['empty', EXIT.empty, 'empty'],
  ])('a %s file exits with code %i and says so in one line', async (name, code, words) => {
    const r = await run(['annotate', '--format', 'text', bad[name]!]);
    expect(r.code).toBe(code);
    const lines = stderrLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`dramatis: ${bad[name]}: `)).toBe(true);
    expect(lines[0]).toContain(words);
    expect(r.stdout).toBe('');
  });
});

describe.skipIf(!haveShared)('real articles (../shared)', () => {
  let index: DramatisIndex;
  let seedText: string;
  let nytimesHtml: string;
  let nytimesGzip: string;
  beforeAll(async () => {
    index = await loadDefaultIndex();
    seedText = readFileSync(SEED, 'utf8');
    nytimesHtml = readFileSync(NYTIMES, 'utf8');
    nytimesGzip = join(dir, 'nytimes-1.html.gz');
    writeFileSync(nytimesGzip, gzipSync(nytimesHtml));
  });

  it('annotates a batch in one process: one JSON line per file, bad files reported, exit code of the first failure', async () => {
    // /dev/zero would never end if read: a device is refused before reading.
    const files = [SEED, NYTIMES, nytimesGzip, bad.directory, bad.missing, bad.latin1, bad.brokenGzip, bad.blank, '/dev/zero', WIKIPEDIA];
    const r = await run(['annotate', '--jsonl', ...files]);
    expect(r.code).toBe(EXIT.isDirectory);
    const lines = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AnnotationJson | FailureJson);
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines.slice(3).map((l) => ('error' in l ? l.error.exitCode : 0))).toEqual([
      EXIT.isDirectory, EXIT.notFound, EXIT.notText, EXIT.notText, EXIT.empty, EXIT.notText, EXIT.notArticle,
    ]);
    expect(stderrLines(r)).toHaveLength(7);
    expect(r.stderr).toContain(`dramatis: ${bad.latin1}: not valid UTF-8 text`);
    expect(r.stderr).toContain(`dramatis: ${WIKIPEDIA}: not an article (encyclopedia); use --force`);

    // The CLI gives exactly what the library gives in-process.
    const [seed, page, gzipped] = lines as AnnotationJson[];
    expect(seed).toEqual(annotationJson(SEED, annotateText(seedText, index)));
    expect(page).toEqual(JSON.parse(JSON.stringify(annotationJson(NYTIMES, annotateHtml(nytimesHtml, index)))));
    expect({ ...gzipped, file: NYTIMES }).toEqual(page);

    expect(seed.article).toMatchObject({ isArticle: true, title: 'Syrian war threatens to escalate as Obama-Putin talks fail', textLength: seedText.length, lang: 'en' });
    expect(seed.people.find((p) => p.wikidata === 'Q76')?.name).toBe('Barack Obama');
    for (const entity of [...seed.people, ...seed.places]) {
      for (const m of entity.mentions) expect(seedText.slice(m.start, m.end)).toBe(m.text);
    }
    expect(page.article).toMatchObject({ isArticle: true, title: 'United States to Lift Sudan Sanctions' });
    expect(page.places.map((p) => p.name)).toContain('Sudan');
  });

  it('--format text prints the analysed text exactly, so the JSON offsets can be checked against it', async () => {
    const [text, json] = await Promise.all([run(['annotate', '--format', 'text', nytimesGzip]), run(['annotate', nytimesGzip])]);
    expect(text.code).toBe(0);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as AnnotationJson;
    expect(result.article.textLength).toBe(text.stdout.length);
    const mentions = [...result.people, ...result.places].flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) expect(text.stdout.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads standard input: text as it is, HTML recognised by its markup', async () => {
    const [seedStdin, pageStdin] = await Promise.all([run(['annotate', '-'], seedText), run(['annotate', '--format', 'text', '-'], nytimesHtml)]);
    expect(seedStdin.code).toBe(0);
    expect(JSON.parse(seedStdin.stdout)).toEqual({ ...annotationJson('-', annotateText(seedText, index)) });
    expect(pageStdin).toMatchObject({ code: 0, stdout: annotateHtml(nytimesHtml, index).article.text });
  });

  it('--format markdown is the popup Markdown of the same result', async () => {
    const r = await run(['annotate', '--format', 'markdown', SEED]);
    expect(r.code).toBe(0);
    const { article, result } = annotateText(seedText, index);
    expect(r.stdout).toBe(toMarkdown(result, { title: article.title }));
    expect(r.stdout).toContain('- **Barack Obama** — ');
  });

  it('--force analyses a page that is not an article; several files without --jsonl make one JSON array', async () => {
    const r = await run(['annotate', '--force', WIKIPEDIA, bad.missing]);
    expect(r.code).toBe(EXIT.notFound);
    const [forced, missing] = JSON.parse(r.stdout) as [AnnotationJson, FailureJson];
    expect(forced.article).toMatchObject({ isArticle: true, reason: 'forced' });
    expect(forced.article.textLength).toBeGreaterThan(1000);
    expect(missing).toEqual({ file: bad.missing, error: { exitCode: EXIT.notFound, message: 'no such file' } });
  });
});
