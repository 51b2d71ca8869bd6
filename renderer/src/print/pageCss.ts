/** What one paper asks of the printer: size, margins and the running footer in the page margin. */
export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  /** CSS margin shorthand for @page. */
  margin: string;
  /** A translated template with {{page}} and {{pages}}, printed at the bottom of every page. */
  pageNumbers?: string;
  /** Printed at the bottom-start of every page (e.g. the attendance fingerprint); plain text. */
  footerText?: string;
}

/** A CSS string literal: every character outside printable ASCII and the quote/backslash escaped. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code < 0x20 || code === 0x22 || code === 0x5c || code === 0x7f || ch === '<' || ch === '>' ? `\\${code.toString(16)} ` : ch;
  }
  return `${out}"`;
}

/** "第 {{page}} 页，共 {{pages}} 页" → "第 " counter(page) " 页，共 " counter(pages) " 页" */
export function counterContent(template: string): string {
  const parts = template.split(/(\{\{pages?\}\})/);
  return parts
    .filter((p) => p !== '')
    .map((p) => (p === '{{page}}' ? 'counter(page)' : p === '{{pages}}' ? 'counter(pages)' : cssString(p)))
    .join(' ');
}

/**
 * The @page rule for one paper. It is rendered in a <style> inside the page, after the app's own
 * stylesheet, so it wins over the badge sheet's borderless default while this paper is shown.
 */
export function pageCss(setup: PageSetup, fontFamily: string): string {
  const box = `font-family: ${fontFamily}; font-size: 7.5pt; color: #444;`;
  const footer = setup.footerText
    ? `@bottom-left { content: ${cssString(setup.footerText)}; ${box} font-family: 'DejaVu Sans Mono', Consolas, monospace; }`
    : '';
  const numbers = setup.pageNumbers ? `@bottom-right { content: ${counterContent(setup.pageNumbers)}; ${box} }` : '';
  return `@page { size: A4 ${setup.orientation}; margin: ${setup.margin}; ${footer} ${numbers} }`;
}
