import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml checked offline by electron-builder's own loader and JSON-schema validation,
 * the same code `electron-builder` runs before packaging.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

type Config = Record<string, unknown>;
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: Config | null): Promise<Config>;
  validateConfiguration(config: Config, debugLogger: unknown): Promise<void>;
}
interface DebugLoggerModule {
  DebugLogger: new (isEnabled?: boolean) => unknown;
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as DebugLoggerModule;

const load = () => getConfig(root, join(root, 'electron-builder.yml'), null);
const validate = (config: Config) => validateConfiguration(structuredClone(config), new DebugLogger(false));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('flips the fuses that would let the shipped binary run other code', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('is really validated: an unknown key or a wrong type is rejected', async () => {
    const config = await load();
    await expect(validate({ ...config, notAnOption: true })).rejects.toThrow(/notAnOption/);
    await expect(validate({ ...config, npmRebuild: 'yes' })).rejects.toThrow(/npmRebuild/);
    await expect(validate({ ...config, nsis: { oneClick: false, colour: 'red' } })).rejects.toThrow(/configuration\.nsis/);
  });

  it('ships only the built output, starts from the bundled main, and leaves the rebuild to the packaging machine', async () => {
    const config = await load();
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(config).toMatchObject({
      appId: 'cn.upgradestation.app',
      productName: '提升站',
      directories: { output: 'dist', buildResources: 'resources' },
      asarUnpack: ['node_modules/better-sqlite3/**'],
      npmRebuild: false,
      extraMetadata: { main: 'out/electron/main.cjs' },
    });
    expect(pkg.main).toBe('out/electron/main.cjs');
    const [files] = config.files as { filter: string[] }[];
    expect(files?.filter.slice(0, 3)).toEqual(['out/**/*', 'package.json', '!out/**/*.map']);
    // Everything after those only takes things away.
    expect(files?.filter.slice(3).every((f) => f.startsWith('!'))).toBe(true);
  });

  it('targets Windows (NSIS in Chinese, portable) and Linux (AppImage, deb)', async () => {
    const config = await load();
    expect(config).toMatchObject({
      win: { target: ['nsis', 'portable'], icon: 'resources/icon.ico' },
      nsis: { oneClick: false, allowToChangeInstallationDirectory: true, language: '2052' },
      linux: { target: ['AppImage', 'deb'], category: 'Education', icon: 'resources/icon.png' },
    });
    expect((config.linux as { maintainer?: string }).maintainer).toMatch(/\S+/);
  });
});

describe('icons', () => {
  it('icon.png is a 512×512 PNG', () => {
    const png = readFileSync(join(root, 'resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('icon.ico holds PNG images of 256, 48, 32 and 16 px', () => {
    const ico = readFileSync(join(root, 'resources', 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + i * 16;
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG');
      sizes.push(ico.readUInt8(entry) || 256);
    }
    expect(sizes).toEqual([256, 48, 32, 16]);
  });
});
