import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/contract/result';
import { errorMessage } from '../../forms/errorText';

export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  /** A translated message, ready to show. */
  error: string | null;
  reload(): void;
}

/**
 * Runs a call when its inputs change and keeps the latest answer; a slower earlier answer never
 * overwrites a later one. `run` returns null while the inputs are not ready (no station yet).
 */
export function useLoad<T>(run: () => Promise<Result<T>> | null, deps: readonly unknown[]): Loaded<T> {
  const { t } = useTranslation();
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    const pending = run();
    if (!pending) return;
    let live = true;
    setLoading(true);
    void pending.then((r) => {
      if (!live) return;
      setLoading(false);
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else {
        setData(null);
        setError(t(errorMessage(r.error).key, errorMessage(r.error).vars ?? {}));
      }
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick, t]);

  return { data, loading, error, reload };
}
