import { describeMigration } from './support';

describeMigration(20, 'subsidy_facts', [{ index: 'training_plans_year', sql: 'SELECT target FROM training_plans WHERE station_id = ? AND year = ?' }]);
