import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';
import { LOCALE_PARTS, resources } from '../../shared/i18n/resources';

const root = join(import.meta.dirname, '..', '..');
const rendererSrc = join(root, 'renderer', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const files = sourceFiles(rendererSrc).map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));
const allKeys = new Set(LANGUAGES.flatMap((l) => Object.keys(resources[l])));

/** Strips comments so a note written in Chinese does not count as a screen string. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('i18n resources', () => {
  it('has every key in every language, none empty', () => {
    for (const lang of LANGUAGES) {
      for (const key of allKeys) {
        const value = resources[lang][key];
        expect(value, `${lang} ${key}`).toBeTypeOf('string');
        expect(value!.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('keeps each key in one locale file', () => {
    const seen = new Map<string, number>();
    const doubled: string[] = [];
    LOCALE_PARTS.forEach((part, i) => {
      for (const key of Object.keys(part.en)) {
        if (seen.has(key)) doubled.push(`${key} (parts ${seen.get(key)} and ${i})`);
        else seen.set(key, i);
      }
    });
    expect(doubled).toEqual([]);
  });

  it('uses the same {{variables}} in every language', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of allKeys) {
      const expected = vars(resources.en[key]!);
      for (const lang of LANGUAGES) expect(vars(resources[lang][key]!), `${lang} ${key}`).toEqual(expected);
    }
  });

  it('writes Uyghur in Arabic script', () => {
    const arabic = /[\u0600-\u06ff]/;
    // Keys whose Uyghur value is all Latin would mean an untranslated copy of the English.
    const latinOnly = Object.entries(resources.ug).filter(([, v]) => !arabic.test(v));
    expect(latinOnly).toEqual([]);
  });
});

describe('renderer strings', () => {
  it('finds t() calls to check (the scan works)', () => {
    expect(files.some((f) => /\bt\('/.test(f.text))).toBe(true);
  });

  it('uses only keys that exist', () => {
    const missing: string[] = [];
    for (const { file, text } of files) {
      // t('key') and i18n.t('key')
      for (const m of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) if (!allKeys.has(m[2]!)) missing.push(`${file}: ${m[2]}`);
      // t(`home.step.${step}.title`): some key must fit the pattern
      for (const m of text.matchAll(/\bt\(\s*`([^`]+)`/g)) {
        const pattern = new RegExp(`^${m[1]!.replace(/[.]/g, '\\.').replace(/\$\{[^}]+\}/g, '[^.]+')}$`);
        if (![...allKeys].some((k) => pattern.test(k))) missing.push(`${file}: ${m[1]}`);
      }
      // Keys held in tables and passed to t() later go in a property named `...Key` (labelKey, titleKey).
      for (const m of text.matchAll(/\b[a-z]+Key:\s*(['"])([^'"]+)\1/g)) if (!allKeys.has(m[2]!)) missing.push(`${file}: ${m[2]}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no Chinese or Uyghur text outside the i18n resources', () => {
    const script = /[\u3400-\u9fff\uf900-\ufaff\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;
    const offenders = files.filter((f) => script.test(withoutComments(f.text))).map((f) => f.file);
    expect(offenders).toEqual([]);
  });
});
