import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract/result';
import { errorMessage } from '../forms/errorText';

export interface PrintData<T> {
  data: T | null;
  error: string | null;
  /** Data arrived or failed: the paper can say it is ready. */
  settled: boolean;
}

/** Loads a paper's data once per `key`; `load` null means the link named nothing to print. */
export function usePrintData<T>(key: string, load: (() => Promise<Result<T>>) | null): PrintData<T> {
  const { t } = useTranslation();
  const [state, setState] = useState<PrintData<T>>({ data: null, error: null, settled: false });
  useEffect(() => {
    let live = true;
    setState({ data: null, error: null, settled: false });
    if (!load) {
      setState({ data: null, error: t('print.badRequest'), settled: true });
      return;
    }
    void load().then((r) => {
      if (!live) return;
      if (r.ok) setState({ data: r.value, error: null, settled: true });
      else {
        const m = errorMessage(r.error);
        setState({ data: null, error: t(m.key, m.vars ?? {}), settled: true });
      }
    });
    return () => {
      live = false;
    };
    // `load` is rebuilt each render; `key` says when the request changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, t]);
  return state;
}
