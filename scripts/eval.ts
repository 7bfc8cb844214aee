// npm run eval [-- --json] [-- --verbose]
// Accuracy of the core on the seed article and the dev set (tests/dev-set: Readability test pages,
// HTML → extractArticle → annotate), side by side with compromise, plus the Readability-corpus
// extraction summary. --json prints one JSON object on the last line; --verbose lists every miss.
import { readDevSet, readPageHtml, readSeed, SEED_WIKIDATA_CORRECTIONS, type GoldFile } from './eval/gold.ts';
import { extractPage, type TextSource } from './eval/article-text.ts';
import { aggregate, scoreDocument, type Aggregate, type DocScore, type TypeScore } from './eval/score.ts';
import { compromiseSystem, loadCore, type NamedSystem } from './eval/systems.ts';

/** The accuracy the product aims for on the dev set (entity-level F1 per type). */
const TARGET_F1 = 0.9;
const READABILITY_MODULE = './readability-corpus.ts';

interface Doc {
  id: string;
  text: string;
  gold: GoldFile;
}

interface SystemRun {
  seed: { doc: DocScore; total: Aggregate };
  dev: { docs: DocScore[]; total: Aggregate };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

async function loadDocs(): Promise<{ seed: Doc; dev: Doc[]; sources: Set<TextSource> }> {
  const { text, gold } = readSeed();
  const sources = new Set<TextSource>();
  const dev: Doc[] = [];
  for (const g of readDevSet()) {
    const { article, source } = await extractPage(readPageHtml(g.page!));
    sources.add(source);
    dev.push({ id: g.page!, text: article.text, gold: g });
  }
  return { seed: { id: 'seed', text, gold }, dev, sources };
}

function run(system: NamedSystem, seed: Doc, dev: Doc[]): SystemRun {
  const score = (d: Doc) => scoreDocument(d.text, d.gold, system.annotate(d.text));
  const seedDoc = score(seed);
  const devDocs = dev.map(score);
  return { seed: { doc: seedDoc, total: aggregate([seedDoc]) }, dev: { docs: devDocs, total: aggregate(devDocs) } };
}

function summary(total: Aggregate) {
  const type = (t: Aggregate['people']) => ({
    p: round(t.entities.p),
    r: round(t.entities.r),
    f1: round(t.entities.f1),
    mentionP: round(t.mentions.p),
    mentionR: round(t.mentions.r),
    mentionF1: round(t.mentions.f1),
  });
  return {
    people: type(total.people),
    places: type(total.places),
    mentionRecall: round(total.mentionRecall),
    linkingAccuracy: round(total.linkingAccuracy),
    trapErrors: total.trapErrors,
    trapsFailed: total.trapsFailed,
    traps: total.traps,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function table(title: string, runs: [string, Aggregate][]): string {
  const lines = [`\n${title}`, `  ${''.padEnd(12)}${runs.map(([n]) => n.padStart(34)).join('')}`];
  const row = (label: string, cell: (a: Aggregate) => string) =>
    lines.push(`  ${label.padEnd(12)}${runs.map(([, a]) => cell(a).padStart(34)).join('')}`);
  lines.push(`  ${''.padEnd(12)}${runs.map(() => 'P     R    F1'.padStart(34)).join('')}`);
  for (const key of ['people', 'places'] as const) {
    row(`${key} ent`, (a) => `${pct(a[key].entities.p)} ${pct(a[key].entities.r)} ${pct(a[key].entities.f1)}`);
    row(`${key} ment`, (a) => `${pct(a[key].mentions.p)} ${pct(a[key].mentions.r)} ${pct(a[key].mentions.f1)}`);
  }
  row('mention R', (a) => pct(a.mentionRecall));
  row('linking', (a) => `${pct(a.linkingAccuracy)} of ${a.people.matched + a.places.matched}`);
  row('traps', (a) => `${a.trapsFailed}/${a.traps} failed, ${a.trapErrors} err`);
  return lines.join('\n');
}

function details(label: string, s: DocScore): string[] {
  const out: string[] = [];
  const list = (what: string, items: string[]) => items.length && out.push(`    ${what}: ${items.join('; ')}`);
  for (const key of ['people', 'places'] as const) {
    const t: TypeScore = s[key];
    list(`${key} missed`, t.missed);
    list(`${key} spurious`, t.spurious);
    list(`${key} mislinked`, t.mislinked);
  }
  const traps = [...new Set(s.trapErrors.map((e) => `"${e.mention}" as ${e.type} in "${e.trap}" (${e.wrong})`))];
  list('trap errors', traps);
  return out.length ? [`  ${label}`, ...out] : [];
}

/** The corpus report's summary lines (after its per-page table), or all of it with --verbose. */
async function readabilitySection(json: boolean, verbose: boolean): Promise<{ text: string; summary: unknown }> {
  try {
    const mod = (await import(READABILITY_MODULE)) as {
      evaluateCorpus?: () => { rows: unknown[]; summary: unknown };
      formatReport?: (rows: unknown[], summary: unknown) => string;
    };
    if (!mod.evaluateCorpus) return { text: 'scripts/readability-corpus.ts has no evaluateCorpus()', summary: null };
    const { rows, summary } = mod.evaluateCorpus();
    if (!mod.formatReport) return { text: '', summary };
    const report = mod.formatReport(rows, summary);
    const summaryAt = report.search(/^pages:/m);
    return { text: verbose || summaryAt < 0 ? report : report.slice(summaryAt), summary };
  } catch (err) {
    return { text: `Readability corpus section unavailable: ${err instanceof Error ? err.message : err}`, summary: null };
  }
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const { seed, dev, sources } = await loadDocs();
  const core = await loadCore();
  const coreRun = typeof core === 'string' ? null : run(core, seed, dev);
  const baseRun = run(compromiseSystem, seed, dev);
  const readability = await readabilitySection(json, verbose);

  const out: string[] = [];
  out.push(`Dramatis eval — seed article + ${dev.length} dev-set pages (text via ${[...sources].join(', ')})`);
  if (typeof core === 'string') out.push(`Core not run: ${core}`);
  const corrections = Object.entries(SEED_WIKIDATA_CORRECTIONS).map(([n, q]) => `${n} = ${q}`);
  out.push(`Seed gold corrections: ${corrections.join(', ')}. compromise does not link, so its linking figure only counts unlinked names.`);
  out.push('Entity P/R/F1 by one-to-one matching; mention P/R/F1 count min(system, gold) mentions per matched entity.');
  const side = (pick: (r: SystemRun) => Aggregate): [string, Aggregate][] => [
    ...(coreRun ? [['dramatis', pick(coreRun)] as [string, Aggregate]] : []),
    ['compromise', pick(baseRun)],
  ];
  out.push(table('SEED (article-syria-2016)', side((r) => r.seed.total)));
  out.push(table(`DEV SET (${dev.length} pages, micro-averaged; target entity F1 ≥ ${TARGET_F1})`, side((r) => r.dev.total)));
  out.push('\nPer page entity F1 (people / places):');
  dev.forEach((d, i) => {
    const cell = (s: DocScore) => `${pct(s.people.entities.f1)} / ${pct(s.places.entities.f1)}`;
    out.push(`  ${d.id.padEnd(28)}${coreRun ? `dramatis ${cell(coreRun.dev.docs[i])}   ` : ''}compromise ${cell(baseRun.dev.docs[i])}`);
  });
  if (coreRun) {
    out.push('\nDramatis errors:');
    out.push(...details('seed', coreRun.seed.doc));
    if (verbose) dev.forEach((d, i) => out.push(...details(d.id, coreRun.dev.docs[i])));
    else out.push('  (dev-set errors: npm run eval -- --verbose)');
  }
  if (readability.text) out.push('\nREADABILITY CORPUS (extraction)\n' + readability.text);

  if (!json) {
    console.log(out.join('\n'));
    return;
  }
  const result = {
    seed: coreRun ? summary(coreRun.seed.total) : null,
    dev: coreRun ? summary(coreRun.dev.total) : null,
    compromise: { seed: summary(baseRun.seed.total), dev: summary(baseRun.dev.total) },
    readability: readability.summary,
    devPages: dev.map((d) => d.id),
    textSource: [...sources],
  };
  console.log(out.join('\n'));
  console.log(JSON.stringify(result));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
