import { Alert } from 'antd';
import { Component, type ReactNode } from 'react';

interface Props {
  message: string;
  children: ReactNode;
}

/**
 * The rest of the home page keeps working if the dashboard itself breaks (its script fails to load,
 * a chart throws): the failure shows where the dashboard would be.
 */
export class DashboardBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <Alert type="error" showIcon title={this.props.message} data-testid="dashboard-error" />;
    return this.props.children;
  }
}
