import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostChannels } from '../../shared/contract/host-channels';
import { counterContent, cssString, pageCss } from '../../renderer/src/print/pageCss';
import { pdfName, printPaper } from '../../renderer/src/print/printPaper';

describe('pageCss', () => {
  it('writes text as CSS string literals that cannot close the rule', () => {
    expect(cssString('第 1 页')).toBe('"第 1 页"');
    const hostile = cssString('"; } body { display: none } </style><script>');
    expect(hostile.startsWith('"')).toBe(true);
    expect(hostile.endsWith('"')).toBe(true);
    // No unescaped quote, angle bracket or backslash inside.
    expect(hostile.slice(1, -1)).not.toMatch(/(?<!\\)"|[<>]/);
    expect(hostile).toContain('\\22 ');
  });

  it('turns a translated page template into counters', () => {
    expect(counterContent('第 {{page}} 页，共 {{pages}} 页')).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"');
    expect(counterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(counterContent('{{page}}-بەت')).toBe('counter(page) "-بەت"');
  });

  it('sets size, margins and the running footer of the page', () => {
    const css = pageCss({ orientation: 'landscape', margin: '10mm', pageNumbers: '{{page}}/{{pages}}', footerText: 'SHA-256 ab12' }, 'sans-serif');
    expect(css).toMatch(/^@page \{ size: A4 landscape; margin: 10mm;/);
    expect(css).toContain('@bottom-left { content: "SHA-256 ab12";');
    expect(css).toContain('@bottom-right { content: counter(page) "/" counter(pages);');
    expect(pageCss({ orientation: 'portrait', margin: '12mm' }, 'serif')).toBe('@page { size: A4 portrait; margin: 12mm;   }');
  });
});

describe('printPaper', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('in a browser, prints with the browser', async () => {
    const print = vi.fn();
    vi.stubGlobal('window', { print, location: { pathname: '/print/report', search: '?kind=month' } });
    expect(await printPaper('a.pdf')).toEqual({ kind: 'printed' });
    expect(print).toHaveBeenCalledOnce();
  });

  it('in the desktop app, asks the host to render this route to PDF, with a path the host accepts', async () => {
    const call = vi.fn().mockResolvedValue({ ok: true, value: { saved: true, fileName: 'x.pdf' } });
    const print = vi.fn();
    vi.stubGlobal('window', { print, station: { call }, location: { pathname: '/print/status-table', search: '?stations=01J0000000000000000000000A,01J0000000000000000000000B' } });
    expect(await printPaper('表.pdf')).toEqual({ kind: 'saved', fileName: 'x.pdf' });
    expect(print).not.toHaveBeenCalled();
    const [name, input] = call.mock.calls[0]!;
    expect(name).toBe('host.printToPdf');
    expect(hostChannels['host.printToPdf'].safeParse(input).success).toBe(true);
  });

  it('reports a cancelled dialog and a refusal, and can keep the browser dialog in the desktop app', async () => {
    const call = vi.fn().mockResolvedValueOnce({ ok: true, value: { saved: false } }).mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'boom' } });
    const print = vi.fn();
    vi.stubGlobal('window', { print, station: { call }, location: { pathname: '/print/badges', search: '' } });
    expect(await printPaper('a.pdf')).toEqual({ kind: 'cancelled' });
    expect(await printPaper('a.pdf')).toEqual({ kind: 'failed', message: 'boom' });
    expect(await printPaper('a.pdf', false)).toEqual({ kind: 'printed' });
    expect(print).toHaveBeenCalledOnce();
  });

  it('names files without characters Windows refuses', () => {
    expect(pdfName('签到表', '2026-03-02', 'a/b:c*d?')).toBe('签到表-2026-03-02-a_b_c_d_.pdf');
    expect(pdfName('', 'x')).toBe('x.pdf');
  });
});
