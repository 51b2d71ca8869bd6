import { appendAudit } from '../../services/audit';
import { AppError } from '../../../shared/contract/result';
import { coreSchemaVersion } from '../core';
import type { HandlerGroup } from '../handler';
import { hashPassword } from '../../services/accounts';
import { PRODUCT_NAME } from '../version';

export const appHandlers: HandlerGroup<'app.info' | 'setup.init'> = {
  'app.info': (_input, { core }) => {
    const station = core.stations.first();
    return {
      product: PRODUCT_NAME,
      version: core.version,
      schemaVersion: coreSchemaVersion(core),
      needsSetup: !station || core.accounts.count() === 0,
      language: core.settings.get().uiLanguage,
      stationName: station?.name ?? null,
    };
  },

  'setup.init': async (input, { core, caller, raise }) => {
    if (core.accounts.count() > 0) throw new AppError('conflict', 'This station is already set up', { reason: 'already_set_up' });
    const passwordHash = await hashPassword(input.adminPassword);
    // Station, admin and language in one transaction: a crash leaves either all of it or none.
    const station = core.db.transaction(() => {
      if (core.accounts.count() > 0) throw new AppError('conflict', 'This station is already set up', { reason: 'already_set_up' });
      const st = core.stations.first() ?? core.stations.create(input.stationName);
      if (st.name !== input.stationName) core.stations.rename(st.id, input.stationName);
      const admin = core.accounts.insertHashed({
        stationId: st.id,
        username: 'admin',
        // The person's name, not the station's: every audit row reads "admin / <name>".
        displayName: input.adminName ?? 'admin',
        role: 'admin',
        passwordHash,
      });
      if (input.language) core.settings.update({ uiLanguage: input.language });
      // Nobody is signed in yet: the setup is recorded as done by the admin account it creates.
      appendAudit(core.db, { role: 'admin', accountId: admin.id, via: caller.via }, {
        stationId: st.id, at: core.clock.now(), action: 'setup', entity: 'station', entityId: st.id,
        after: { station: core.stations.profile(st.id), admin, language: input.language ?? null },
      });
      return st;
    }).immediate();
    raise({ type: 'setup.done', stationId: station.id });
    core.log.info('setup.done', { stationId: station.id });
    return core.accounts.signIn('admin', input.adminPassword);
  },
};
