import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';
import { resources } from '../../shared/i18n/resources';

describe('translated texts', () => {
  it('name no port number: the port is the host’s, shown from what it listens on', () => {
    const withPort = LANGUAGES.flatMap((lang) =>
      Object.entries(resources[lang])
        .filter(([, v]) => /\b8760\b|:\d{4,5}\b|(port|端口|ئېغىز)\D{0,3}\d{2,5}/i.test(v))
        .map(([k, v]) => `${lang} ${k}: ${v}`),
    );
    expect(withPort).toEqual([]);
  });
});
