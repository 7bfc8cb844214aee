// Checks the dev-set hand counts against the text the eval actually annotates.
//   npx tsx scripts/eval/recount-dev.ts [pages...] [--kwic] [--unclaimed] [--source readability|extractArticle]
// Prints, per page, every entity whose counted occurrences differ from its "mentions" (a difference is
// fine when the file's note explains it, e.g. a form that sometimes names something else).
// --kwic prints each occurrence in context; --unclaimed lists capitalised phrases no form or trap covers,
// to catch names the annotator missed.
import { readDevSet, readPageHtml } from './gold.ts';
import { extractPage, type TextSource } from './article-text.ts';
import { countForms, locateForms } from './forms.ts';

const KWIC_WIDTH = 50;
const CAPITALISED_PHRASE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:of|the|de|al|bin|van|von|du|la)[ \t]+)?\p{Lu}[\p{L}'’.-]*)*/gu;

async function main() {
  const args = process.argv.slice(2);
  const kwic = args.includes('--kwic');
  const unclaimed = args.includes('--unclaimed');
  const sourceArg = args.indexOf('--source');
  const source = (sourceArg >= 0 ? args[sourceArg + 1] : 'auto') as TextSource | 'auto';
  const pages = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--source');
  let disagreements = 0;
  for (const gold of readDevSet()) {
    if (pages.length && !pages.includes(gold.page!)) continue;
    const { article, source: used } = await extractPage(readPageHtml(gold.page!), source);
    const text = article.text;
    console.log(`\n## ${gold.page} (${used}, ${text.length} chars)`);
    const counts = countForms(text, gold);
    for (const type of ['people', 'places'] as const) {
      gold[type].forEach((e, i) => {
        const counted = counts.get(`${type}:${i}`) ?? 0;
        if (counted !== e.mentions) {
          disagreements++;
          console.log(`  ${type} ${e.name}: gold ${e.mentions}, counted ${counted}${e.note ? `  (note: ${e.note})` : ''}`);
        }
      });
    }
    if (kwic) {
      for (const hit of locateForms(text, gold)) {
        const left = text.slice(Math.max(0, hit.start - KWIC_WIDTH), hit.start).replace(/\s+/g, ' ');
        const right = text.slice(hit.end, hit.end + KWIC_WIDTH).replace(/\s+/g, ' ');
        console.log(`  ${hit.owner.padEnd(10)} ${left.padStart(KWIC_WIDTH)}[${hit.text}]${right}`);
      }
    }
    if (unclaimed) {
      const hits = locateForms(text, gold);
      const tally = new Map<string, number>();
      for (const m of text.matchAll(CAPITALISED_PHRASE)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (hits.some((h) => start < h.end && h.start < end)) continue;
        tally.set(m[0], (tally.get(m[0]) ?? 0) + 1);
      }
      console.log('  unclaimed: ' + [...tally].map(([p, n]) => (n > 1 ? `${p}×${n}` : p)).join(' | '));
    }
  }
  console.log(`\n${disagreements} disagreement(s)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
