// The three output formats of `dramatis annotate`: JSON (default), Markdown and the analysed text.
import type { FoundEntity } from '../../src/lib.ts';
import { toMarkdown } from '../../src/format/markdown.ts';
import type { AnnotatedArticle } from './pipeline.ts';

export const FORMATS = ['json', 'markdown', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export interface EntityJson {
  name: string;
  id: string;
  description: string;
  inIndex: boolean;
  type: FoundEntity['type'];
  kind: FoundEntity['kind'];
  country: string;
  wikidata: string;
  coords?: [number, number];
  salience: number;
  mentions: { start: number; end: number; text: string }[];
}

export interface AnnotationJson {
  file: string;
  article: { isArticle: boolean; title: string; textLength: number; reason: string; byline: string; lang: string };
  people: EntityJson[];
  places: EntityJson[];
}

export interface FailureJson {
  file: string;
  error: { exitCode: number; message: string };
}

/** Salience rounded so the JSON stays readable and stable. */
const SALIENCE_DECIMALS = 3;

function entityJson(entity: FoundEntity): EntityJson {
  const json: EntityJson = {
    name: entity.name,
    id: entity.id,
    description: entity.description,
    inIndex: entity.inIndex,
    type: entity.type,
    kind: entity.kind,
    country: entity.country,
    wikidata: entity.wikidata,
    salience: Number(entity.salience.toFixed(SALIENCE_DECIMALS)),
    mentions: entity.mentions.map(({ start, end, text }) => ({ start, end, text })),
  };
  if (entity.coords) json.coords = entity.coords;
  return json;
}

export function annotationJson(file: string, { article, result }: AnnotatedArticle): AnnotationJson {
  return {
    file,
    article: {
      isArticle: article.isArticle,
      title: article.title,
      textLength: article.text.length,
      reason: article.reason,
      byline: article.byline,
      lang: article.lang,
    },
    people: result.people.map(entityJson),
    places: result.places.map(entityJson),
  };
}

export function failureJson(file: string, exitCode: number, message: string): FailureJson {
  return { file, error: { exitCode, message } };
}

export function markdownOutput({ article, result }: AnnotatedArticle): string {
  return toMarkdown(result, { title: article.title });
}

/** A mention object or a coordinate pair as JSON.stringify(…, 2) lays them out over several lines. */
const SPREAD_MENTION = /\{\n\s*"start": (\d+),\n\s*"end": (\d+),\n\s*"text": ("(?:[^"\\\n]|\\.)*")\n\s*\}/g;
const SPREAD_PAIR = /\[\n\s*(-?[\d.e+-]+),\n\s*(-?[\d.e+-]+)\n\s*\]/g;

/** Indented JSON with each mention and each coordinate pair kept on one line, for people to read. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(SPREAD_MENTION, '{"start": $1, "end": $2, "text": $3}')
    .replace(SPREAD_PAIR, '[$1, $2]');
}
