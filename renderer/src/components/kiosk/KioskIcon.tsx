import {
  BookOutlined,
  CheckCircleFilled,
  ClockCircleFilled,
  CloudUploadOutlined,
  InfoCircleFilled,
  LockFilled,
  LogoutOutlined,
  QuestionCircleFilled,
  StopFilled,
  SwapOutlined,
  SyncOutlined,
  UnorderedListOutlined,
  UserDeleteOutlined,
} from '@ant-design/icons';
import type { IconName } from '../../kiosk/outcomes';

const ICONS: Record<IconName, typeof CheckCircleFilled> = {
  check: CheckCircleFilled,
  clock: ClockCircleFilled,
  repeat: SyncOutlined,
  logout: LogoutOutlined,
  question: QuestionCircleFilled,
  stop: StopFilled,
  swap: SwapOutlined,
  'user-off': UserDeleteOutlined,
  lock: LockFilled,
  list: UnorderedListOutlined,
  read: BookOutlined,
  cloud: CloudUploadOutlined,
};

export function KioskIcon({ name }: { name: IconName | 'info' }) {
  const Icon = name === 'info' ? InfoCircleFilled : ICONS[name];
  return <Icon aria-hidden />;
}
