/** 三级安全教育 and the pre-shift talk: what the rest of the app may use of this domain. */
export { SafetyEducationService, safetyEducation, type SessionLevel } from './service';
export { educationAtDoor } from './kiosk';
/** The one place exam passes are read (see passes.ts): wired to the exams domain at merge. */
export { levelPassed, type LevelPass } from './passes';
export { plannedTalkToday, recentTopics, TOPIC_LIMIT } from './talks';
