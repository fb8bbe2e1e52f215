/**
 * The file loop both CLIs share: read each file as a report (read-report.ts), print one
 * JSON line per readable file in the order given, an error line on stderr for each
 * unreadable one, and exit 1 after the others if any failed.
 */
import { readReportFile } from './read-report';

export async function printEachReport(
  command: string,
  files: string[],
  lineFor: (file: string, text: string) => unknown,
): Promise<never> {
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = (await readReportFile(file)).text;
    } catch (e) {
      failed++;
      console.error(`${command}: ${file}: ${(e as Error).message}`);
      continue;
    }
    process.stdout.write(JSON.stringify(lineFor(file, text)) + '\n');
  }
  process.exit(failed ? 1 : 0);
}
