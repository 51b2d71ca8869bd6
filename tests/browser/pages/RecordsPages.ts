import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Signs in as the admin and opens a page directly. The sign-in form has its own specs (setup, trust):
 * here the session is made through the station's API and handed to the tab as the app keeps it (the
 * token in sessionStorage, the language in localStorage), once, so a later sign-out stays signed out.
 * This spares each test two loads of the app and the home page's dashboard.
 */
export async function openSignedIn(page: Page, path: string, password: string, lang: 'zh-CN' | 'ug' = 'zh-CN'): Promise<void> {
  const res = await page.request.post('/api/rpc/auth.signIn', { data: { username: 'admin', password } });
  const body = (await res.json()) as { ok: boolean; value?: { token?: string } };
  const token = body.value?.token;
  if (!body.ok || !token) throw new Error(`auth.signIn failed: ${JSON.stringify(body)}`);
  await page.addInitScript(
    ([t, l]) => {
      if (sessionStorage.getItem('test.seeded')) return;
      sessionStorage.setItem('test.seeded', '1');
      sessionStorage.setItem('station.session', t);
      localStorage.setItem('station.language', l);
    },
    [token, lang] as const,
  );
  await page.goto(path);
}

/** The station page: profile form, five-haves panel, class-hour rule. */
export class StationProfilePage {
  readonly root: Locator;
  readonly form: Locator;
  readonly haves: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('station-page');
    this.form = page.getByTestId('station-form');
    this.haves = page.getByTestId('five-haves');
  }

  field(name: string): Locator {
    return this.form.locator(`#${name}`);
  }

  have(key: string): Locator {
    return this.haves.getByTestId(`five-haves-${key}`);
  }

  /** Saves and waits for the core's answer, so the next step never races a save still in flight. */
  async save(): Promise<void> {
    await this.answered(() => this.page.getByTestId('station-save').click());
  }

  /** Enter in a field submits the form, as Save does. */
  async submitFrom(name: string): Promise<void> {
    await this.answered(() => this.field(name).press('Enter'));
  }

  private async answered(act: () => Promise<void>): Promise<void> {
    const response = this.page.waitForResponse((r) => r.url().endsWith('/station.update'));
    await act();
    await response;
  }
}

/** The roster list. */
export class WorkersListPage {
  readonly root: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('workers-page');
    this.search = page.getByTestId('worker-search');
    this.table = page.getByTestId('worker-table');
    this.rows = this.table.locator('tbody tr.ant-table-row');
  }

  async open(): Promise<void> {
    await this.page.goto('/workers');
    await expect(this.root).toBeVisible();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }
}

/** One worker's form (new or existing). */
export class WorkerFormPage {
  readonly form: Locator;
  readonly name: Locator;
  readonly idNumber: Locator;
  readonly idCheck: Locator;
  readonly save: Locator;
  readonly conflict: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('worker-form');
    this.name = page.getByTestId('worker-name');
    this.idNumber = page.getByTestId('worker-id-number');
    this.idCheck = page.getByTestId('id-check');
    this.save = page.getByTestId('worker-save');
    this.conflict = page.getByTestId('worker-conflict');
  }

  async openNew(): Promise<void> {
    await this.page.goto('/workers/new');
    await expect(this.form).toBeVisible();
  }

  async fill(fields: { name: string; idNumber: string; mobile?: string; team?: string }): Promise<void> {
    await this.name.fill(fields.name);
    await this.idNumber.fill(fields.idNumber);
    if (fields.mobile) await this.page.getByTestId('worker-mobile').fill(fields.mobile);
    if (fields.team) await this.page.getByTestId('worker-team').fill(fields.team);
  }
}

/** The session form. */
export class SessionFormPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('session-form');
  }

  async openNew(): Promise<void> {
    await this.page.goto('/sessions/new');
    await expect(this.form).toBeVisible();
  }

  /** The notice to acknowledge at the kiosk, per language (switched on first). */
  async fillNotice(texts: { zh?: string; ug?: string; en?: string }): Promise<void> {
    const toggle = this.page.getByTestId('session-has-ack');
    if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
    for (const lang of ['zh', 'ug', 'en'] as const) {
      const text = texts[lang];
      if (text !== undefined) await this.notice(lang).fill(text);
    }
  }

  notice(lang: 'zh' | 'ug' | 'en'): Locator {
    return this.page.getByTestId(`session-ack-${lang}`);
  }

  async fillTimes(date: string, start: string, end: string): Promise<void> {
    // The date field takes 2026-03-02 typed in whatever the language; leaving it confirms it (Enter
    // would submit the form).
    await this.page.getByTestId('session-date').fill(date);
    await this.page.getByTestId('session-date').press('Tab');
    await this.page.getByTestId('session-start').fill(start);
    await this.page.getByTestId('session-end').fill(end);
  }
}
