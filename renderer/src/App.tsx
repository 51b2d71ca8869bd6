import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AdminFrame } from './frame/AdminFrame';
import { Gate } from './frame/Gate';
import { AboutPage } from './pages/AboutPage';
import { HomePage } from './pages/HomePage';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';
import { SignInPage } from './pages/SignInPage';
import { LanguageProvider } from './state/language';
import { SessionProvider } from './state/session';
import { StationProvider } from './state/station';
import { attendanceRoutes } from './routes/attendance';
import { examRoutes } from './routes/exams';
import { printRoutes, recordRoutes } from './routes/records';
import { reportRoutes } from './routes/reports';
import { paperRoutes } from './routes/print';
import { trustRoutes } from './routes/trust';
import { safetyEducationPapers, safetyEducationRoutes } from './routes/safety-education';
import { IdleLock } from './frame/IdleLock';
import { ToKiosk } from './frame/ToKiosk';

export function App() {
  return (
    <SessionProvider>
      <LanguageProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/setup" element={<Gate kind="setup"><SetupPage /></Gate>} />
            <Route path="/signin" element={<Gate kind="signin"><SignInPage /></Gate>} />
            {/* The kiosk is its own page (kiosk.html, the hosts serve it for /kiosk/*): load it, do not route. */}
            <Route path="/kiosk/*" element={<ToKiosk />} />
            {/* Print views (records-ui): bare pages outside the frame, signed-in only. */}
            {[...printRoutes, ...paperRoutes, ...safetyEducationPapers].map((r) => <Route key={r.path} path={r.path} element={<Gate kind="admin">{r.element}</Gate>} />)}
            <Route element={<Gate kind="admin"><StationProvider><IdleLock><AdminFrame /></IdleLock></StationProvider></Gate>}>
              <Route index element={<HomePage />} />
              {[...recordRoutes, ...attendanceRoutes, ...examRoutes, ...safetyEducationRoutes, ...reportRoutes, ...trustRoutes].map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="settings" element={<SettingsPage />} />
              <Route path="about" element={<AboutPage />} />
            </Route>
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </BrowserRouter>
      </LanguageProvider>
    </SessionProvider>
  );
}
