import { Form, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Form.useForm whose messages follow the screen's language. antd keeps a shown error as the text it
 * was made with; a person who switches language with a red field in front of them (the setup screen
 * offers the switch above its first field) would keep reading the old language. On a switch, the
 * fields that show an error are checked again, so their rules (whose messages come from t()) say it anew.
 */
export function useLocalisedForm<T>(): [FormInstance<T>] {
  const [form] = Form.useForm<T>();
  const { i18n } = useTranslation();
  useEffect(() => {
    const again = () => {
      // The rules are read at render; a render follows the language change, so check after it.
      setTimeout(() => {
        const shown = form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => f.name);
        if (shown.length > 0) form.validateFields(shown).catch(() => undefined);
      }, 0);
    };
    i18n.on('languageChanged', again);
    return () => i18n.off('languageChanged', again);
  }, [form, i18n]);
  return [form];
}
