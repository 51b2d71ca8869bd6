import { useSession } from '../state/session';

export function useIsAdmin(): boolean {
  const { state } = useSession();
  return state.status === 'ready' && state.whoami.role === 'admin';
}
