import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import { wallToInstant } from '../../../shared/domain/time';
import { enterPaperScores, finishAttempt, loadStarterBank, saveExam, startAttempt } from '../exams';

/**
 * The demo's exams: the starter bank, and an exam on the last few closed safety sessions taken by most of
 * their attendees on a tablet (about four in five answers right, so some fail), a retake or two, one
 * session marked from paper, and a worker examined orally.
 */
export function demoExams(db: Database, stationId: string, nowIso: string, sessionsWanted = 6): { sessions: number; results: number } {
  loadStarterBank(db, stationId, nowIso);
  const sessions = db
    .prepare("SELECT id, station_id AS stationId, series_id AS seriesId, ends_at AS endsAt FROM training_sessions WHERE station_id = ? AND state = 'closed' AND category = 'safety' ORDER BY starts_at DESC LIMIT ?")
    .all(stationId, sessionsWanted) as { id: string; stationId: string; seriesId: string | null; endsAt: string }[];
  const tablet: Caller = { role: 'kiosk', deviceId: 'demo-tablet', via: 'internal', stationId };
  const trainer: Caller = { role: 'trainer', via: 'internal' };
  let results = 0;
  let n = 0;
  const key = () => `demo-exam-${String(++n).padStart(6, '0')}`;
  sessions.forEach((s, i) => {
    // Taken in the quarter hour after the session ended, as at the door.
    const at = (k: number) => new Date(wallToInstant(s.endsAt) + (5 + (k % 10)) * 60_000).toISOString();
    saveExam(db, s, { title: '安全教育考试', mode: 'draw', draw: [{ category: 'safety', topic: '', count: 10 }], questionIds: [], passPercent: 60, timeLimitMinutes: 20, attemptsAllowed: 2, shuffleOptions: true }, false, nowIso);
    const people = db.prepare("SELECT worker_id FROM attendance WHERE session_id = ? AND status = 'present' ORDER BY worker_id").pluck().all(s.id) as string[];
    if (i === 1) {
      // Marked from a paper exam: one table for the session.
      const rows = people.map((workerId, k) => ({ workerId, score: 40 + ((k * 37) % 61) }));
      results += enterPaperScores(db, at(0), s.id, 100, rows, trainer).recorded.length;
      return;
    }
    people.forEach((workerId, k) => {
      if (k % 9 === 8) return; // some did not take it
      const oral = i === 0 && k === 0;
      for (let attempt = 0; attempt < 2; attempt++) {
        const start = startAttempt(db, at(k), { session: s, workerId, method: 'badge', takenBy: oral ? 'oral' : 'kiosk' }, oral ? trainer : tablet);
        if (!start.paper) return;
        const answers: Record<string, number[]> = {};
        start.paper.questions.forEach((q, j) => {
          const right = (db.prepare('SELECT answer FROM exam_questions WHERE id = ?').pluck().get(q.id) as string).split('').map((l) => l.charCodeAt(0) - 65);
          const good = (k * 7 + j * 3 + attempt * 5) % 10 < 8 - (k % 4 === 3 ? 3 : 0);
          answers[q.id] = good ? right : [q.options.map((o) => o.index).find((x) => !right.includes(x)) ?? 0];
        });
        const done = finishAttempt(db, at(k), { attemptId: start.paper.attemptId, answers, idempotencyKey: key() }, oral ? trainer : tablet);
        results++;
        if (done.result.passed) return;
      }
    });
  });
  return { sessions: sessions.length, results };
}
