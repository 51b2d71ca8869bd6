import { describeMigration } from './support';

describeMigration(3, 'accounts', [{ index: 'auth_sessions_account', sql: 'SELECT token_hash FROM auth_sessions WHERE account_id = ?' }]);
