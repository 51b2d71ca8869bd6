import { audited } from '../audited';
import { AppError } from '../../../shared/contract/result';
import { TALK_CATEGORY } from '../../../shared/domain/safety-education';
import { addMinutes, stationNow } from '../../../shared/domain/time';
import { plannedTalkToday, recentTopics, safetyEducation } from '../../services/safety-education';
import { exportFile, safeFileName } from '../../services/exports';
import { appendAudit } from '../../services/audit';
import type { HandlerGroup } from '../handler';

export const safetyEducationHandlers: HandlerGroup<
  | 'safetyEducation.settings'
  | 'safetyEducation.updateSettings'
  | 'safetyEducation.sessionLevel'
  | 'safetyEducation.setSessionLevel'
  | 'safetyEducation.progress'
  | 'safetyEducation.briefs'
  | 'safetyEducation.cards'
  | 'safetyEducation.report'
  | 'exports.safetyEducationReport'
  | 'talks.topics'
  | 'talks.start'
> = {
  'safetyEducation.settings': (input, { core }) => {
    core.stations.get(input.stationId);
    return safetyEducation(core).settings(input.stationId);
  },
  'safetyEducation.updateSettings': (input, { core, caller, raise }) => {
    core.stations.get(input.stationId);
    const svc = safetyEducation(core);
    const after = audited(core, caller, (note) => {
      const before = svc.settings(input.stationId);
      const saved = svc.updateSettings(input.stationId, input.settings);
      note({ stationId: input.stationId, action: 'update', entity: 'station_settings', entityId: input.stationId, before: { safetyEducation: before }, after: { safetyEducation: saved } });
      return saved;
    });
    raise({ type: 'station.changed', stationId: input.stationId });
    return after;
  },
  'safetyEducation.sessionLevel': (input, { core }) => safetyEducation(core).sessionLevel(input.sessionId),
  'safetyEducation.setSessionLevel': (input, { core, caller, raise }) => {
    const changed = audited(core, caller, (note) => {
      const r = safetyEducation(core).setSessionLevel(input.sessionId, input.level);
      if (r.before.level !== r.after.level)
        note({ stationId: r.stationId, action: 'set_edu_level', entity: 'session', entityId: input.sessionId, before: { eduLevel: r.before.level }, after: { eduLevel: r.after.level } });
      return r;
    });
    raise({ type: 'sessions.changed', stationId: changed.stationId, sessionIds: [input.sessionId] });
    return changed.after;
  },
  'safetyEducation.progress': (input, { core }) => safetyEducation(core).progress(input.workerId),
  'safetyEducation.briefs': (input, { core }) => {
    core.stations.get(input.stationId);
    return safetyEducation(core).briefs(input.stationId, input.workerIds);
  },
  'safetyEducation.cards': (input, { core }) => {
    const first = input.workerIds?.[0];
    const stationId = input.stationId ?? (first ? (core.db.prepare('SELECT station_id FROM workers WHERE id = ?').pluck().get(first) as string | undefined) : undefined);
    if (!stationId) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
    core.stations.get(stationId);
    return safetyEducation(core).cards(stationId, input.workerIds ? { workerIds: input.workerIds } : { team: input.team ?? '' });
  },
  'safetyEducation.report': (input, { core }) => {
    core.stations.get(input.stationId);
    return safetyEducation(core).report(input.stationId, input.month);
  },
  'exports.safetyEducationReport': async (input, { core, caller }) => {
    const svc = safetyEducation(core);
    const report = svc.report(input.stationId, input.month);
    const fileName = `三级安全教育完成情况_${safeFileName(report.stationName)}_${input.month}.xlsx`;
    const file = exportFile(fileName, await svc.reportXlsx(report));
    // Newcomers are named in it: an export of personal data, recorded as the other reports are.
    appendAudit(core.db, caller, {
      stationId: input.stationId, at: core.clock.now(), action: 'export_personal_data', entity: 'safety_education_report', entityId: null,
      after: { fileName, period: input.month },
    });
    return file;
  },
  'talks.topics': (input, { core }) => {
    core.stations.get(input.stationId);
    return recentTopics(core.db, input.stationId, input.team);
  },
  'talks.start': (input, { core, caller, raise }) => {
    core.stations.get(input.stationId);
    const now = stationNow(core.clock.now()).slice(0, 16);
    const { minutesPerClassHour } = core.stationSettings.get(input.stationId);
    const session = audited(core, caller, (note) => {
      // The team's daily series already planned today's talk: that one is given, under today's topic.
      const planned = plannedTalkToday(core.db, input.stationId, input.team, now.slice(0, 10));
      if (planned) {
        const before = core.sessions.get(planned);
        const [updated] = core.sessions.update(planned, { title: input.topic }, 'this');
        const opened = core.sessions.setState(updated!.id, 'open');
        note({ stationId: input.stationId, action: 'start_talk', entity: 'session', entityId: planned, before: { title: before.title, state: before.state }, after: { title: opened.title, state: opened.state } });
        return opened;
      }
      const [made] = core.sessions.create(
        input.stationId,
        {
          title: input.topic, category: TALK_CATEGORY, nationalType: '003001', skillLevel: null, tradeIds: [], trainerIds: [],
          startsAt: now, endsAt: addMinutes(now, input.minutes), classHoursOverride: null, location: '', capacity: null,
          description: '', materials: '', audience: { kind: 'team', value: input.team }, ackText: null, ackTextUg: null, ackTextEn: null,
        },
        minutesPerClassHour,
        null,
      );
      if (!made) throw new AppError('internal', 'The talk was not created');
      const opened = core.sessions.setState(made.id, 'open');
      note({ stationId: input.stationId, action: 'start_talk', entity: 'session', entityId: made.id, after: opened });
      return opened;
    });
    raise({ type: 'sessions.changed', stationId: input.stationId, sessionIds: [session.id] });
    return session;
  },
};
