import type { Language } from './languages';

/**
 * Trade (工种) names and catalogue categories in Uyghur and English, keyed by the Chinese name the
 * catalogue (seeds 000 and 002) and every station's trades table keep. Screens show the translation
 * where one exists; the Chinese name stays the record's name and is what exports and the bureau's
 * forms carry. A station's own trade, or a catalogue entry not listed here, shows as typed.
 */
const TRADES: Record<string, { ug: string; en: string }> = {
  // Seed 000's planning trades.
  砌筑工: { ug: 'تامچى', en: 'Bricklayer' },
  钢筋工: { ug: 'ئارماتۇرىچى', en: 'Rebar worker' },
  混凝土模板工: { ug: 'بېتون قېلىپچىسى', en: 'Concrete formwork worker' },
  管道工: { ug: 'تۇرۇبىچى', en: 'Pipe fitter' },
  电工: { ug: 'ئېلېكترچى', en: 'Electrician' },
  架子工: { ug: 'قۇرۇلۇش سۇپىسى ئىشچىسى', en: 'Scaffolder' },
  油漆工: { ug: 'سىرچى', en: 'Painter' },
  混凝土工: { ug: 'بېتونچى', en: 'Concrete worker' },
  装饰装修工: { ug: 'بېزەك-ياسىداش ئىشچىسى', en: 'Finishing and decoration worker' },
  筑路工: { ug: 'يول ياسىغۇچى', en: 'Road builder' },
  抹灰工: { ug: 'سۇۋاقچى', en: 'Plasterer' },
  防水工: { ug: 'سۇ ئۆتكۈزمەسلىك ئىشچىسى', en: 'Waterproofer' },
  建筑幕墙安装工: { ug: 'پەردە تام ئورناتقۇچى', en: 'Curtain wall installer' },
  园林绿化工: { ug: 'يېشىللاشتۇرۇش ئىشچىسى', en: 'Landscaping worker' },
  电焊工: { ug: 'كەپشەرچى', en: 'Welder' },
  环卫从业人员: { ug: 'مۇھىت تازىلىق خادىمى', en: 'Sanitation worker' },
  物业服务人员: { ug: 'مۈلۈك مۇلازىمەت خادىمى', en: 'Property services worker' },
  燃气从业人员: { ug: 'تەبىئىي گاز خادىمى', en: 'Gas worker' },
  水处理人员: { ug: 'سۇ تازىلاش خادىمى', en: 'Water treatment worker' },
  // Seed 002's catalogue: the trades a construction site meets most.
  '焊工（住建部特：建筑焊工；住建部：电焊工（焊工））': { ug: 'كەپشەرچى', en: 'Welder' },
  '电工（住建部特：建筑电工；住建部：弱电工、建筑电工）': { ug: 'ئېلېكترچى', en: 'Electrician' },
  '砌筑工（住建部：建筑瓦工、窑炉修筑工、瓦工）': { ug: 'تامچى', en: 'Bricklayer' },
  '混凝土工（住建部：混凝土搅拌工、混凝土浇筑工、混凝土模具工）': { ug: 'بېتونچى', en: 'Concrete worker' },
  '架子工（住建部特：建筑架子工；住建部： 普通架子工、附着升降脚手架安装拆卸工、高处作业吊篮操作工）': { ug: 'قۇرۇلۇش سۇپىسى ئىشچىسى', en: 'Scaffolder' },
  '模板工（混凝土模板工）': { ug: 'بېتون قېلىپچىسى', en: 'Concrete formwork worker' },
  '木工（手工木工、精细木工、木雕工）': { ug: 'ياغاچچى', en: 'Carpenter' },
  '管工（管道工）（住建部：管道工（管工））': { ug: 'تۇرۇبىچى', en: 'Pipe fitter' },
  '装饰装修工（抹灰工、油漆工、镶贴工、涂裱工、装饰装修木工）': { ug: 'بېزەك-ياسىداش ئىشچىسى', en: 'Finishing and decoration worker' },
  '测量工（测量放线工）（住建部：测量放线工（测量工、工程测量员）': { ug: 'ئۆلچەش ئىشچىسى', en: 'Surveyor' },
  '绿化工（园林绿化工）': { ug: 'يېشىللاشتۇرۇش ئىشچىسى', en: 'Landscaping worker' },
  水暖工: { ug: 'سۇ-ئىسسىقلىق ئىشچىسى', en: 'Plumbing and heating worker' },
  保洁员: { ug: 'تازىلىقچى', en: 'Cleaner' },
  机械设备安装工: { ug: 'ماشىنا ئۈسكۈنە ئورناتقۇچى', en: 'Machinery installer' },
  通风工: { ug: 'شامالدۇرۇش ئىشچىسى', en: 'Ventilation worker' },
  安装钳工: { ug: 'ئورنىتىش سلىسارى', en: 'Installation fitter' },
  消防安装工: { ug: 'ئوت ئۆچۈرۈش ئەسلىھەسى ئورناتقۇچى', en: 'Fire protection installer' },
  防腐保温工: { ug: 'چىرىشتىن ساقلاش ۋە ئىسسىقلىق ساقلاش ئىشچىسى', en: 'Anti-corrosion and insulation worker' },
  爆破工: { ug: 'پارتلاتقۇچى', en: 'Blaster' },
  '建筑起重信号司索工（住建部：起重信号工、起重信号司索工）': { ug: 'كۆتۈرگۈچ سىگنالچىسى', en: 'Crane signaller and rigger' },
  '建筑起重机械司机（塔式起重机）(住建部： 起重驾驶员（含塔式、门式、桥式等起重机驾驶员）': { ug: 'مۇنارلىق كران شوپۇرى', en: 'Tower crane operator' },
  '建筑起重机械司机（施工升降机）': { ug: 'قۇرۇلۇش لىفتى شوپۇرى', en: 'Construction hoist operator' },
  质检员: { ug: 'سۈپەت تەكشۈرگۈچى', en: 'Quality inspector' },
  资料员: { ug: 'ماتېرىيال-ھۆججەت خادىمى', en: 'Document clerk' },
  材料员: { ug: 'ماتېرىيال خادىمى', en: 'Materials clerk' },
  劳务员: { ug: 'ئەمگەك ئىشلىرى خادىمى', en: 'Labour clerk' },
  机械员: { ug: 'ماشىنا خادىمى', en: 'Machinery clerk' },
  标准员: { ug: 'ئۆلچەم خادىمى', en: 'Standards clerk' },
  土建施工员: { ug: 'قۇرۇلۇش ئىجرا خادىمى', en: 'Civil works supervisor' },
  土建质量员: { ug: 'قۇرۇلۇش سۈپەت خادىمى', en: 'Civil works quality officer' },
};

/** Seed 002's catalogue categories. */
const CATEGORIES: Record<string, { ug: string; en: string }> = {
  古典建筑: { ug: 'قەدىمكى بىناكارلىق', en: 'Traditional architecture' },
  园林: { ug: 'باغچىلىق', en: 'Landscaping' },
  城管: { ug: 'شەھەر باشقۇرۇش', en: 'City management' },
  安全管理人员: { ug: 'بىخەتەرلىك باشقۇرغۇچىلار', en: 'Safety managers' },
  市政: { ug: 'شەھەر قۇرۇلۇشى', en: 'Municipal works' },
  建筑: { ug: 'بىناكارلىق', en: 'Construction' },
  建筑施工特种作业: { ug: 'قۇرۇلۇشتىكى ئالاھىدە مەشغۇلات', en: 'Special construction operations' },
  房地产: { ug: 'ئۆي-مۈلۈك', en: 'Real estate' },
  水处理: { ug: 'سۇ تازىلاش', en: 'Water treatment' },
  燃气: { ug: 'تەبىئىي گاز', en: 'Gas' },
  装配式建筑: { ug: 'قۇراشتۇرما بىناكارلىق', en: 'Prefabricated construction' },
};

/** A trade's name on a screen in `lang`: its translation where one exists, else the name as kept. */
export function tradeLabel(name: string, lang: Language | string): string {
  if (lang === 'ug' || lang === 'en') return TRADES[name]?.[lang] ?? name;
  return name;
}

/** A catalogue category on a screen in `lang`, likewise. */
export function tradeCategoryLabel(category: string, lang: Language | string): string {
  if (lang === 'ug' || lang === 'en') return CATEGORIES[category]?.[lang] ?? category;
  return category;
}

/** The Chinese names that have a translation (for tests: what may still read Chinese on a ug screen). */
export const TRANSLATED_TRADE_NAMES: readonly string[] = Object.keys(TRADES);
