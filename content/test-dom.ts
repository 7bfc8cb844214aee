// Test helper: a linkedom document from an HTML string (the same DOM the CLI and eval use).
import { parseHTML } from 'linkedom';

export function htmlDocument(html: string): Document {
  return parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}
