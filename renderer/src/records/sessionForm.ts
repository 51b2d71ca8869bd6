import type { Audience, SessionFields, TrainingSession } from '../../../shared/contract/records';
import type { NationalTrainingType, SkillLevel } from '../../../shared/domain/vocab';
import { fromRange, toRange } from './sessionTimes';

/** The session form's fields and their conversion to and from a session. Pure. */

export type RepeatKind = 'none' | 'daily' | 'weekly';

export interface SessionFormValues {
  title: string;
  category: string;
  nationalType: NationalTrainingType | null;
  skillLevel: SkillLevel | null;
  tradeIds: string[];
  trainerIds: string[];
  date: string;
  start: string;
  end: string;
  overrideHours: boolean;
  classHoursOverride: number | null;
  location: string;
  capacity: number | null;
  description: string;
  materials: string;
  audienceKind: Audience['kind'];
  audienceTeam: string;
  audienceTrade: string | null;
  audienceSince: string;
  hasAck: boolean;
  /** The notice in Chinese (required when any language is written), Uyghur and English. */
  ackText: string;
  ackTextUg: string;
  ackTextEn: string;
  repeat: RepeatKind;
  skipWeekends: boolean;
  weekdays: number[];
  until: string;
}

/** Where the contract's field paths land on this form. */
export const SESSION_FIELD_MAP: Record<string, string> = {
  'fields.title': 'title',
  'fields.category': 'category',
  'fields.startsAt': 'start',
  'fields.endsAt': 'end',
  'fields.classHoursOverride': 'classHoursOverride',
  'fields.location': 'location',
  'fields.capacity': 'capacity',
  'fields.description': 'description',
  'fields.materials': 'materials',
  'fields.audience.value': 'audienceTeam',
  'fields.ackText': 'ackText',
  'fields.ackTextUg': 'ackTextUg',
  'fields.ackTextEn': 'ackTextEn',
  'fields.trainerIds': 'trainerIds',
  'repeat.until': 'until',
  'repeat.weekdays': 'weekdays',
  'repeat': 'until',
};

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const blankSession = (): SessionFormValues => ({
  title: '', category: 'safety', nationalType: null, skillLevel: null, tradeIds: [], trainerIds: [], date: today(), start: '08:00',
  end: '08:45', overrideHours: false, classHoursOverride: null, location: '', capacity: null, description: '', materials: '',
  audienceKind: 'all', audienceTeam: '', audienceTrade: null, audienceSince: '', hasAck: false, ackText: '', ackTextUg: '',
  ackTextEn: '', repeat: 'none', skipWeekends: true, weekdays: [1, 2, 3, 4, 5], until: '',
});

export function sessionToForm(s: TrainingSession): SessionFormValues {
  const a = s.audience;
  return {
    ...blankSession(),
    title: s.title, category: s.category, nationalType: s.nationalType, skillLevel: s.skillLevel, tradeIds: s.tradeIds,
    trainerIds: s.trainerIds, ...fromRange(s.startsAt, s.endsAt), overrideHours: s.classHoursOverride !== null,
    classHoursOverride: s.classHoursOverride, location: s.location, capacity: s.capacity, description: s.description,
    materials: s.materials, audienceKind: a.kind, audienceTeam: a.kind === 'team' ? a.value : '',
    audienceTrade: a.kind === 'trade' ? a.value : null, audienceSince: a.kind === 'new_since' ? a.value : '',
    hasAck: s.ackText !== null, ackText: s.ackText ?? '', ackTextUg: s.ackTextUg ?? '', ackTextEn: s.ackTextEn ?? '',
  };
}

export function audienceOf(v: SessionFormValues): Audience {
  switch (v.audienceKind) {
    case 'team':
      return { kind: 'team', value: v.audienceTeam.trim() };
    case 'trade':
      return { kind: 'trade', value: v.audienceTrade ?? '' };
    case 'new_since':
      return { kind: 'new_since', value: v.audienceSince };
    default:
      return { kind: 'all' };
  }
}

const written = (text: string | undefined): string | null => (text && text.trim() ? text : null);

/** The notice in each language; none at all when switched off or the Chinese text is empty. */
export function noticeOf(v: Pick<SessionFormValues, 'hasAck' | 'ackText' | 'ackTextUg' | 'ackTextEn'>): Pick<SessionFields, 'ackText' | 'ackTextUg' | 'ackTextEn'> {
  const zh = v.hasAck ? written(v.ackText) : null;
  if (!zh) return { ackText: null, ackTextUg: null, ackTextEn: null };
  return { ackText: zh, ackTextUg: written(v.ackTextUg), ackTextEn: written(v.ackTextEn) };
}

/** The session's fields, or null when the times make no range (end equal to start). */
export function fieldsOf(v: SessionFormValues): SessionFields | null {
  const range = toRange(v);
  if (!range) return null;
  return {
    title: v.title,
    category: v.category,
    nationalType: v.nationalType ?? null,
    skillLevel: v.skillLevel ?? null,
    tradeIds: v.tradeIds ?? [],
    trainerIds: v.trainerIds ?? [],
    ...range,
    classHoursOverride: v.overrideHours ? (v.classHoursOverride ?? null) : null,
    location: v.location,
    capacity: v.capacity ?? null,
    description: v.description,
    materials: v.materials,
    audience: audienceOf(v),
    ...noticeOf(v),
  };
}
