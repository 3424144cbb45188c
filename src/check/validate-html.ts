import { readFile } from 'node:fs/promises';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

/** An html-validate runner configured by the project's .htmlvalidate.json. */
export async function createHtmlValidator(configFile: string): Promise<(file: string, html: string) => Promise<string[]>> {
  const config = JSON.parse(await readFile(configFile, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  return async (file, html) => {
    const report = await validator.validateString(html, file);
    return report.results.flatMap((result) =>
      result.messages.map((message) => `${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`),
    );
  };
}
