import { audited } from '../audited';
import { appendAudit } from '../../services/audit';
import type { Caller } from '../../../shared/contract/access';
import { stationFor } from '../confine';
import { AppError } from '../../../shared/contract/result';
import { verifyChain } from '../../services/attendance';
import type { Core } from '../core';
import type { HandlerGroup } from '../handler';

export const attendanceHandlers: HandlerGroup<
  'kiosk.state' | 'kiosk.scan' | 'kiosk.trainers' | 'kiosk.unlock' | 'kiosk.register' | 'attendance.live' | 'attendance.correct' | 'attendance.verify' | 'devices.startPairing' | 'devices.pair' | 'devices.list' | 'devices.revoke'
> = {
  'kiosk.state': (input, { core, caller }) => {
    const stationId = stationFor(core, caller, input.stationId);
    return core.attendance.kioskState(stationId, core.stations.get(stationId).name, input.sessionId);
  },
  'kiosk.scan': (input, { core, caller, raise }) => {
    const session = core.sessions.get(input.sessionId);
    const answer = core.attendance.scan(session, input, caller);
    if (answer.at && !answer.repeat) raise({ type: 'attendance.changed', stationId: session.stationId, sessionId: session.id });
    return answer;
  },
  'kiosk.trainers': (_input, { core }) => core.accountAdmin.kioskTrainers(),
  'kiosk.unlock': async (input, { core, caller }) => {
    const unlocked = await core.accountAdmin.unlock(input.accountId, input.pin, caller.deviceId);
    core.log.info('kiosk.unlocked', { accountId: input.accountId, deviceId: caller.deviceId });
    return unlocked;
  },
  'kiosk.register': (input, { core, caller, raise }) => {
    const accountId = core.accountAdmin.unlocked(input.unlockToken);
    const session = core.sessions.get(input.sessionId);
    // The trainer is the one registering and vouching for the sign-in; the device is where it happened.
    const trainer: Caller = { role: 'trainer', accountId, deviceId: caller.deviceId, via: caller.via };
    let workerId: string;
    try {
      workerId = core.workers.create(
        session.stationId,
        {
          name: input.name, idType: input.idType, idNumber: input.idNumber, tradeId: input.tradeId, mobile: '', skillLevel: null, employer: '', team: '',
          homeProvince: '', homeCounty: '', homeTownship: '', mandarinLevel: null, traineeGroup: null, language: input.language ?? 'zh-CN',
          entryDate: null, exitDate: null, status: 'on_site', highRiskPost: null, insuranceMonths: null, apprenticeLevel: null, apprenticeFrom: null, apprenticeTo: null,
        },
        trainer,
      ).id;
    } catch (err) {
      // Already on the roster (registered elsewhere, badge forgotten): sign that record in.
      const existing = err instanceof AppError && err.code === 'conflict' ? err.details?.existingId : undefined;
      if (typeof existing !== 'string') throw err;
      workerId = existing;
    }
    raise({ type: 'workers.changed', stationId: session.stationId, workerIds: [workerId] });
    // The newcomer reads and acknowledges the notice like everyone else: without `ack` the answer is
    // `ack_required` with the text in their language, and the form sends again once they have.
    const answer = core.attendance.scan(
      session,
      { sessionId: session.id, workerId, method: 'manual', mode: 'in', ack: input.ack, idempotencyKey: input.idempotencyKey, ...(input.language ? { language: input.language } : {}) },
      trainer,
    );
    if (answer.at && !answer.repeat) raise({ type: 'attendance.changed', stationId: session.stationId, sessionId: session.id });
    return answer;
  },
  'attendance.live': (input, { core }) => core.attendance.live(input.sessionId),
  'attendance.correct': (input, { core, caller, raise }) => {
    const row = core.attendance.correct(input, caller);
    const session = core.sessions.get(input.sessionId);
    raise({ type: 'attendance.changed', stationId: session.stationId, sessionId: session.id });
    return row;
  },
  'attendance.verify': (_input, { core }) => verifyChain(core.db),
  'devices.startPairing': (input, { core, caller }) => {
    core.stations.get(input.stationId);
    // The code itself never goes in the log: it is a one-time secret until used.
    return audited(core, caller, (note) => {
      const started = core.devices.startPairing(input.stationId, caller.accountId);
      note({ stationId: input.stationId, action: 'start_pairing', entity: 'device', entityId: null, after: { expiresAt: started.expiresAt } });
      return started;
    });
  },
  'devices.pair': (input, { core, caller, raise }) => {
    // The tablet is anonymous until paired: the row names the new device and the account whose code it used.
    const paired = core.devices.pair(input.code, input.name, (d) =>
      appendAudit(core.db, { role: 'kiosk', deviceId: d.deviceId, ...(d.pairedBy ? { accountId: d.pairedBy } : {}), via: caller.via }, {
        stationId: d.stationId, at: d.at, action: 'pair', entity: 'device', entityId: d.deviceId, after: { name: d.name, pairedBy: d.pairedBy },
      }),
    );
    core.log.info('device.paired', { deviceId: paired.deviceId });
    raise({ type: 'devices.changed', stationId: paired.stationId });
    return paired;
  },
  'devices.list': (input, { core }) => core.devices.list(input.stationId),
  'devices.revoke': (input, { core, caller, raise }) => {
    const device = audited(core, caller, (note) => {
      const stationId = core.devices.stationOf(input.deviceId);
      const before = core.devices.list(stationId).find((d) => d.id === input.deviceId);
      const after = core.devices.revoke(input.deviceId);
      if (!before?.revokedAt) note({ stationId, action: 'revoke', entity: 'device', entityId: after.id, before, after });
      return after;
    });
    raise({ type: 'devices.changed', stationId: core.devices.stationOf(device.id), revokedDeviceId: device.id });
    return device;
  },
};
