import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '../../../../shared/contract/records';
import type { Result } from '../../../../shared/contract/result';
import { errorMessage } from '../../forms/errorText';
import { saveExport } from '../../records/files';

/**
 * Asks the core for a file and hands it to the person (save dialog or download). `busy` names the
 * export under way, so only its button spins.
 */
export function useExport(): { busy: string | null; run(name: string, request: () => Promise<Result<ExportFile>>): Promise<void> } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (name: string, request: () => Promise<Result<ExportFile>>) => {
    setBusy(name);
    try {
      const r = await request();
      if (!r.ok) {
        const m = errorMessage(r.error);
        void message.error(t(m.key, m.vars ?? {}));
        return;
      }
      const saved = await saveExport(r.value);
      if (saved.saved) void message.success(t('exportUi.saved', { file: saved.fileName }));
      else if ('error' in saved) void message.error(t('reportsui.saveFailed', { reason: saved.error }));
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
