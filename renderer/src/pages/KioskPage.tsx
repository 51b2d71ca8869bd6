import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, directionOf } from '../../../shared/i18n/languages';
import { BrandMark } from '../components/BrandMark';
import { useLanguage } from '../state/language';

/**
 * The sign-in kiosk at the training room's door. A placeholder until kiosk pairing exists: large type
 * for workers who read little, three language buttons, and no way into the admin screens.
 */
export function KioskPage() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Flex vertical align="center" justify="center" gap={48} className="kiosk" data-testid="kiosk-page">
      <Flex align="center" gap={24}>
        <BrandMark size={96} />
        <Typography.Title className="kiosk-title">{t('kiosk.title')}</Typography.Title>
      </Flex>
      <Flex vertical align="center" gap={16} className="kiosk-message" role="status">
        <Typography.Text className="kiosk-headline">{t('kiosk.notReady')}</Typography.Text>
        <Typography.Text className="kiosk-detail">{t('kiosk.notReadyDetail')}</Typography.Text>
      </Flex>
      <Flex gap={24} wrap justify="center" role="group" aria-label={t('language.label')}>
        {LANGUAGES.map((lang) => (
          <Button
            key={lang}
            className="kiosk-language"
            autoInsertSpace={false}
            type={lang === language ? 'primary' : 'default'}
            aria-pressed={lang === language}
            // A worker's choice is for this worker: the next one at the door starts from the default.
            onClick={() => void setLanguage(lang, { remember: false, station: false })}
          >
            <span lang={lang} dir={directionOf(lang)}>
              {LANGUAGE_NAMES[lang]}
            </span>
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}
