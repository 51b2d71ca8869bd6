import type { SkillLevel } from '../../../shared/domain/vocab';
/** Material for believable demo people: common surnames and given-name characters, real county codes. */
export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
export const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂建国华志海燕玉文德福春生永胜红梅小龙大金珍云飞鹏辉宏斌';
/**
 * Uyghur names as written in Chinese on ID cards (own name · father's name), for the Xinjiang sites of
 * seeds 000, 001 and 003: combined, some 500 different people rather than a handful repeated.
 */
export const UYGHUR_GIVEN = ['艾力', '买买提江', '阿不都热依木', '古丽米拉', '努尔兰', '热合曼', '阿依古丽', '伊力哈木', '帕提古丽', '阿迪力', '麦尔旦', '吐尔洪', '热依拉', '迪丽努尔', '艾尼瓦尔', '玉素甫', '阿孜古丽', '米热古丽', '艾克拜尔', '努尔比亚', '依沙克', '阿卜杜拉', '祖丽皮娅', '吾买尔江', '再努尔', '阿里木', '苏比努尔', '亚库甫'];
export const UYGHUR_FATHER = ['买买提', '吐尔逊', '艾合买提', '阿布拉', '沙吾提', '库尔班', '托合提', '吾守尔', '热合木', '依明', '卡德尔', '哈力克', '阿西木', '吐拉克', '亚森', '玉山', '肉孜', '巴拉提'];

/** How a site's workforce splits over TEAM_TRADES: rebar and concrete crews are the big ones. */
export const TRADE_WEIGHTS = [26, 12, 15, 9, 8, 7, 5, 6, 6, 6];

/** Certificates a worker may hold (kind, what it certifies): safety cards for most, a skill level for some. */
export const CERTIFICATE_ISSUERS = { safety: '江门市住房和城乡建设局', skill_level: '广东省职业技能鉴定指导中心', special_operation: '广东省住房和城乡建设厅' } as const;

/** Home counties [code, province, county]: Jiangmen's districts, labour-exporting inland counties, Xinjiang. */
export const COUNTIES: readonly (readonly [string, string, string])[] = [
  ['440703', '广东省', '蓬江区'],
  ['440704', '广东省', '江海区'],
  ['440705', '广东省', '新会区'],
  ['440781', '广东省', '台山市'],
  ['440783', '广东省', '开平市'],
  ['510722', '四川省', '三台县'],
  ['511721', '四川省', '宣汉县'],
  ['522121', '贵州省', '播州区'],
  ['431224', '湖南省', '溆浦县'],
  ['450881', '广西壮族自治区', '桂平市'],
  ['412726', '河南省', '郸城县'],
  ['652823', '新疆维吾尔自治区', '尉犁县'],
  ['653101', '新疆维吾尔自治区', '喀什市'],
];

export const EMPLOYERS = ['江门市建安劳务有限公司', '广东粤建劳务分包有限公司', '四川川建劳务有限公司', '贵州黔源建筑劳务有限公司', '新疆天山劳务服务有限公司'];

export const TEAM_TRADES = ['钢筋工', '砌筑工', '混凝土工', '架子工', '电工', '电焊工', '防水工', '管道工', '油漆工', '抹灰工'];

export const TRAINERS: readonly { name: string; kind: string; specialty: string; unit: string; title: string }[] = [
  { name: '黄建国', kind: 'model_craftsman', specialty: '钢筋绑扎与验收', unit: '中建八局第二建设有限公司', title: '全国劳动模范' },
  { name: '李秀英', kind: 'technical_worker', specialty: '施工用电安全', unit: '项目部机电班', title: '高级电工' },
  { name: '阿不都热依木·吐尔逊', kind: 'backbone', specialty: '脚手架搭设（维吾尔语授课）', unit: '项目部架子班', title: '班组长' },
  { name: '陈志强', kind: 'industry_expert', specialty: '工伤预防与应急救护', unit: '江门市建筑业协会', title: '安全工程师' },
  { name: '周海燕', kind: 'technical_worker', specialty: '防水施工工艺', unit: '项目部防水班', title: '技师' },
  { name: '刘德福', kind: 'industry_expert', specialty: '农民工权益保护', unit: '蓬江区总工会', title: '法律顾问' },
];

/** `level`: the skill level a skills session trains towards (seed 003 counts 高级工 and above). */
export const SESSION_TOPICS: readonly { title: string; category: string; nationalType: string | null; minutes: number; level?: SkillLevel }[] = [
  { title: '班前安全教育', category: 'safety', nationalType: '003001', minutes: 45 },
  { title: '高处作业与临边防护', category: 'safety', nationalType: '003001', minutes: 90 },
  { title: '钢筋绑扎技能培训', category: 'skills', nationalType: '003004', minutes: 180, level: 'L4' },
  { title: '钢筋翻样与复杂节点绑扎（高级工）', category: 'skills', nationalType: '003004', minutes: 180, level: 'L3' },
  { title: '防水卷材施工工艺', category: 'skills', nationalType: '003004', minutes: 135, level: 'L4' },
  { title: '施工用电安全', category: 'safety', nationalType: '003001', minutes: 90 },
  { title: '工伤预防与应急救护', category: 'injury_prevention', nationalType: '003001', minutes: 90 },
  { title: '农民工工资支付与维权常识', category: 'rights', nationalType: null, minutes: 90 },
  { title: '企业文化与质量意识', category: 'culture', nationalType: null, minutes: 45 },
  { title: '新进场工人三级安全教育', category: 'safety', nationalType: '003002', minutes: 180 },
];
