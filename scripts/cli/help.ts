// The --help text; the exit codes come from errors.ts so the two cannot drift apart.
import { EXIT } from './errors.ts';
import { PROGRESS_MIN_FILES } from './progress.ts';

export const HELP = `Usage: dramatis annotate [options] FILE...

Lists the people and places a news article is about, offline, with the same
detection, extraction and index as the Dramatis browser extension.

FILE is a .txt (analysed as it is; title = first non-empty line), a .html page
(article detection + extraction first), a .html.gz, or - for standard input.
Other names are sniffed: gzip by its magic bytes, HTML by its opening tag.

Options:
  -f, --format FORMAT  json (default): {"article": {...}, "people": [...], "places": [...]}
                         with mention offsets into the extracted text
                       markdown: people and places with descriptions and counts
                       text: the extracted article text exactly as analysed
      --jsonl          one compact JSON line per file (implies --format json);
                         a failed file gives {"file", "error": {"exitCode", "message"}}
      --force          analyse pages that do not look like an article
      --type TYPE      treat every input as txt or html, whatever its name
      --index PATH     use this index file instead of data/index/dramatis.idx
  -h, --help           show this help
  -V, --version        show the version

Several files: json gives an array, text separates files with "==> FILE <==".
A progress bar appears on stderr for ${PROGRESS_MIN_FILES}+ files when stderr is a terminal.

Exit codes (each failed file gets a one-line message on stderr; a batch goes on
with the other files and exits with the code of the FIRST file that failed):
  ${EXIT.ok}  success
  ${EXIT.internal}  internal error (a bug)
  ${EXIT.usage}  usage error (bad option, no FILE)
  ${EXIT.notFound}  file not found or unreadable
  ${EXIT.isDirectory}  is a directory
  ${EXIT.notText}  binary, not UTF-8, damaged gzip, or not a regular file (a device)
  ${EXIT.empty}  empty file, or no text to analyse
  ${EXIT.notArticle}  not an article (use --force)
  ${EXIT.indexDamaged}  index missing, damaged or truncated (stops the whole run)
`;
