"""Per-document generation context: a seeded random source and slot fillers (orgs, people, places, money, contacts)."""

from __future__ import annotations

import csv
import logging
import random
import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Sequence

logger = logging.getLogger(__name__)

KNOWN_ORGS_CSV = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "known_illegal_orgs.csv"
SHARED_KNOWN_ORGS_CSV = Path(__file__).resolve().parents[3] / "shared" / "facts" / "known_illegal_orgs.csv"

NATIONAL_PREFIXES = (
    "中国", "中国", "中国", "中华", "中华", "全国", "国际", "世界", "亚太", "一带一路", "华夏", "亚洲", "环球",
    "中外", "海峡两岸", "国家", "全球", "中国民间", "世界华人", "国际华人", "中华民族", "中国当代", "东方",
)
FIELDS = (
    "书画", "国学", "非遗", "养生", "乡村振兴", "慈善", "教育", "收藏", "企业家", "品牌", "文化", "艺术", "中医药",
    "健康", "质量", "诚信", "老年", "家庭教育", "茶文化", "武术", "诗词", "书法", "摄影", "民俗", "生态", "环保",
    "科技", "人才", "电子商务", "区块链", "大健康", "美容美发", "建筑装饰", "食品安全", "扶贫", "志愿服务", "公益",
    "红色文化", "易经", "养老", "文旅", "职业教育", "青少年", "妇女儿童", "民营经济", "产业发展", "文物鉴定",
    "工艺美术", "名人", "楹联", "硬笔书法", "传统文化", "民族文化", "绿色产业", "数字经济", "康养", "营养",
    "心理健康", "儿童美术", "音乐", "舞蹈", "戏曲", "朗诵", "钱币", "玉石", "紫砂", "陶瓷", "根雕", "奇石",
    "中华孝道", "家风", "廉政文化", "安全生产", "应急救援", "消防", "物流", "汽车", "农业", "种业", "农村合作",
    "社区服务", "家政", "殡葬", "宗亲", "姓氏文化", "文创", "创新创业", "科普", "环境监测", "室内环境",
    "针灸", "推拿", "艾灸", "太极", "禅修", "风水", "命理", "体育", "围棋", "象棋", "老年大学", "校外培训",
)
SUFFIXES = (
    "协会", "协会", "协会", "研究会", "研究会", "联合会", "促进会", "促进会", "委员会", "研究院", "研究院", "联盟",
    "基金会", "中心", "发展中心", "专业委员会", "工作委员会", "学会", "总会", "联谊会", "发展促进会", "交流协会",
    "研究中心", "管理中心", "评价中心", "发展研究院", "艺术院", "学院", "商会", "俱乐部", "传承委员会", "产业联盟",
)
FIELD_MIDDLES = ("", "", "", "", "", "文化", "艺术", "发展", "产业", "传承", "研究", "交流", "保护", "推广", "服务")

PROVINCES: dict[str, dict[str, tuple[str, ...]]] = {
    "北京": {"北京": ("东城区", "西城区", "朝阳区", "海淀区", "丰台区", "通州区", "昌平区", "大兴区", "顺义区")},
    "上海": {"上海": ("浦东新区", "黄浦区", "徐汇区", "静安区", "闵行区", "宝山区", "松江区")},
    "天津": {"天津": ("和平区", "河西区", "南开区", "滨海新区", "武清区")},
    "重庆": {"重庆": ("渝中区", "江北区", "万州区", "涪陵区", "永川区", "綦江区")},
    "河北": {"石家庄": ("长安区", "桥西区", "正定县"), "廊坊": ("广阳区", "三河市", "固安县"),
           "保定": ("竞秀区", "涿州市", "定州市"), "邯郸": ("丛台区", "武安市"), "唐山": ("路北区", "迁安市")},
    "山西": {"太原": ("小店区", "迎泽区"), "大同": ("平城区", "云冈区"), "运城": ("盐湖区", "永济市")},
    "内蒙古": {"呼和浩特": ("新城区", "赛罕区"), "包头": ("昆都仑区", "青山区"), "赤峰": ("红山区", "宁城县")},
    "辽宁": {"沈阳": ("和平区", "沈河区", "浑南区"), "大连": ("中山区", "甘井子区", "金州区"), "鞍山": ("铁东区", "海城市")},
    "吉林": {"长春": ("朝阳区", "南关区", "绿园区"), "吉林": ("船营区", "蛟河市"), "延边": ("延吉市", "珲春市")},
    "黑龙江": {"哈尔滨": ("道里区", "南岗区", "香坊区"), "齐齐哈尔": ("龙沙区", "讷河市"), "大庆": ("萨尔图区", "让胡路区")},
    "江苏": {"南京": ("玄武区", "鼓楼区", "江宁区"), "苏州": ("姑苏区", "吴中区", "昆山市", "常熟市"),
           "无锡": ("梁溪区", "江阴市", "宜兴市"), "徐州": ("云龙区", "邳州市"), "南通": ("崇川区", "如皋市")},
    "浙江": {"杭州": ("西湖区", "临平区", "富阳区", "滨江区", "桐庐县", "余杭区"), "宁波": ("海曙区", "鄞州区", "慈溪市"),
           "温州": ("鹿城区", "瑞安市", "乐清市"), "金华": ("婺城区", "义乌市", "东阳市"), "绍兴": ("越城区", "诸暨市")},
    "安徽": {"合肥": ("蜀山区", "包河区", "肥西县"), "芜湖": ("镜湖区", "无为市"), "阜阳": ("颍州区", "临泉县")},
    "福建": {"福州": ("鼓楼区", "仓山区", "福清市"), "厦门": ("思明区", "湖里区"), "莆田": ("城厢区", "仙游县"),
           "漳州": ("芗城区", "长泰区"), "泉州": ("丰泽区", "晋江市", "石狮市")},
    "江西": {"南昌": ("东湖区", "红谷滩区"), "赣州": ("章贡区", "瑞金市"), "九江": ("浔阳区", "庐山市")},
    "山东": {"济南": ("历下区", "市中区", "章丘区"), "青岛": ("市南区", "黄岛区", "即墨区"), "潍坊": ("奎文区", "诸城市", "寿光市"),
           "泰安": ("泰山区", "东平县"), "临沂": ("兰山区", "沂水县"), "烟台": ("芝罘区", "龙口市")},
    "河南": {"郑州": ("金水区", "二七区", "中原区", "新郑市"), "洛阳": ("西工区", "偃师区"), "南阳": ("卧龙区", "邓州市"),
           "周口": ("川汇区", "项城市")},
    "湖北": {"武汉": ("江岸区", "武昌区", "洪山区", "汉阳区"), "宜昌": ("西陵区", "宜都市"), "襄阳": ("襄城区", "枣阳市")},
    "湖南": {"长沙": ("岳麓区", "芙蓉区", "天心区", "浏阳市"), "株洲": ("天元区", "醴陵市"), "衡阳": ("蒸湘区", "耒阳市"),
           "常德": ("武陵区", "津市市")},
    "广东": {"广州": ("天河区", "越秀区", "番禺区", "白云区"), "深圳": ("福田区", "南山区", "龙岗区", "宝安区"),
           "东莞": ("南城街道", "长安镇", "虎门镇"), "佛山": ("禅城区", "顺德区", "南海区"), "汕头": ("金平区", "潮阳区")},
    "广西": {"南宁": ("青秀区", "兴宁区"), "桂林": ("秀峰区", "阳朔县"), "柳州": ("城中区", "柳江区")},
    "海南": {"海口": ("龙华区", "美兰区"), "三亚": ("吉阳区", "天涯区")},
    "四川": {"成都": ("锦江区", "武侯区", "青羊区", "郫都区"), "绵阳": ("涪城区", "江油市"), "南充": ("顺庆区", "阆中市"),
           "宜宾": ("翠屏区", "南溪区")},
    "贵州": {"贵阳": ("南明区", "观山湖区"), "遵义": ("红花岗区", "仁怀市"), "毕节": ("七星关区", "威宁县")},
    "云南": {"昆明": ("五华区", "盘龙区", "呈贡区"), "大理": ("大理市", "祥云县"), "曲靖": ("麒麟区", "宣威市")},
    "陕西": {"西安": ("雁塔区", "碑林区", "未央区", "长安区"), "宝鸡": ("渭滨区", "凤翔区"), "咸阳": ("秦都区", "兴平市")},
    "甘肃": {"兰州": ("城关区", "七里河区"), "天水": ("秦州区", "麦积区"), "酒泉": ("肃州区", "敦煌市")},
    "青海": {"西宁": ("城中区", "城西区"), "海东": ("乐都区", "平安区")},
    "宁夏": {"银川": ("兴庆区", "金凤区"), "吴忠": ("利通区", "青铜峡市")},
    "新疆": {"乌鲁木齐": ("天山区", "沙依巴克区"), "伊犁": ("伊宁市", "霍尔果斯市"), "喀什": ("喀什市", "疏勒县")},
}
PROVINCE_SUFFIX = {"北京": "市", "上海": "市", "天津": "市", "重庆": "市", "内蒙古": "自治区", "广西": "壮族自治区",
                   "宁夏": "回族自治区", "新疆": "维吾尔自治区"}
CITY_SUFFIX = {"延边": "朝鲜族自治州", "大理": "白族自治州", "伊犁": "哈萨克自治州", "喀什": "地区"}
TOWN_PARTS = ("东风", "红星", "新华", "城关", "长安", "青山", "白云", "金桥", "柳林", "桃园", "石门", "龙泉", "双河", "高桥",
              "杨柳", "马坊", "清河", "三里", "西坝", "南湖", "北塘", "望江", "太平", "永安", "兴隆", "和平", "黄庄", "李家")
TOWN_SUFFIXES = ("镇", "乡", "街道", "镇", "村", "社区")

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容", "令狐", "皇甫")
GIVEN_CHARS = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲建国立新春梅海波宇浩俊凯鹏飞志宏德福文斌辉"
    "云峰晓燕丹婷雪琳佳欣怡子涵梓轩一鸣思远嘉豪振兴永红淑珍金凤秀兰桂芳玉兰秀珍家乐天佑雨泽晨阳婉清若曦瑞安"
    "德胜长青守仁学民宝山庆丰怀远继光绍华凤英翠花翠兰淑芬少华国栋国庆建军建华卫东卫国红梅向阳爱民"
)
HONORIFICS = ("老师", "会长", "秘书长", "主任", "理事长", "院长", "先生", "女士", "大师", "教授", "执行会长", "副会长")

TITLE_PREFIXES = ("中国", "全国", "世界", "国际", "华夏", "亚洲", "中华", "新时代", "共和国", "当代", "国家级", "德艺双馨")
TITLE_CORES = ("书画", "国学", "非遗", "文化", "艺术", "养生", "慈善", "公益", "诚信", "品牌", "工匠", "乡村振兴", "中医",
               "教育", "收藏", "书法", "诗词", "民族文化", "和平文化", "红色文化", "健康", "传统医学", "楹联", "摄影")
TITLE_ENDS = ("大师", "名家", "传承人", "传播大使", "形象大使", "杰出人物", "领军人物", "突出贡献人物", "终身成就奖",
              "年度人物", "优秀工作者", "德艺双馨艺术家", "十大杰出人物", "功勋人物", "金奖", "特别贡献奖", "代表人物",
              "首席专家", "高级研究员", "特聘教授", "名誉主席", "荣誉会长", "专家委员", "示范单位", "诚信示范企业",
              "十佳品牌", "先进集体", "百强企业", "金牌讲师", "高级考评员")

BANKS = ("中国农业银行", "中国工商银行", "中国建设银行", "中国银行", "交通银行", "中国邮政储蓄银行", "农村信用社",
         "招商银行", "兴业银行", "农商银行", "民生银行", "浦发银行")
BANK_SHORT = ("农行", "工行", "建行", "中行", "邮储", "信用社", "招行", "农商行")
PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
                  "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182", "183", "185",
                  "186", "187", "188", "189", "191", "198", "199")
AREA_CODES = ("010", "021", "022", "023", "0311", "0316", "0571", "0574", "0577", "025", "0512", "020", "0755", "028",
              "027", "0731", "029", "0531", "0532", "0371", "0551", "0591", "0592", "0871", "0851", "0471", "024")
CN_DIGITS = "零一二三四五六七八九"
CN_DIGITS_UPPER = "零壹贰叁肆伍陆柒捌玖"

CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ADMIN_DIVISIONS = ("100000", "110101", "110105", "110108", "310101", "310115", "120101", "500103", "130102", "131002",
                   "330106", "330108", "330113", "330205", "320102", "320505", "440106", "440304", "510104", "420106",
                   "430104", "370102", "370212", "410105", "610113", "350102", "340104", "530102", "520102", "210102")

SLOT_PATTERN = re.compile(r"\{([a-z_]+?)(\d*)\}")
# Inline alternatives in templates: {a|b|} picks one (may be empty); options may contain {slot}s and nested choices.
CHOICE_PATTERN = re.compile(r"\{((?:[^{}|]|\{[a-z_]+\d*\})*(?:\|(?:[^{}|]|\{[a-z_]+\d*\})*)+)\}")
DOMAIN_TLDS = (".org.cn", ".org", ".com", ".cn", ".net", ".com.cn", ".org.cn", ".cc", ".top", ".vip", ".hk")
PINYIN_SYLLABLES = ("zhong", "hua", "guo", "xue", "wen", "hui", "xie", "lian", "shu", "hua", "yi", "ci", "shan", "gong",
                    "jian", "kang", "min", "jia", "tian", "xia", "shi", "jie", "ya", "tai", "cheng", "xin", "pin", "pai")


def credit_code_check_digit(first17: str) -> str:
    """GB 32100 check character for the first 17 characters of a unified social credit code."""
    total = sum(CREDIT_CODE_CHARS.index(ch) * w for ch, w in zip(first17, CREDIT_CODE_WEIGHTS))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def org_code_check_digit(first8: str) -> str:
    """GB 11714 check character for an 8-character organization code body."""
    total = sum(CREDIT_CODE_CHARS.index(ch) * w for ch, w in zip(first8, ORG_CODE_WEIGHTS))
    check = 11 - total % 11
    return "X" if check == 10 else ("0" if check == 11 else str(check))


def chinese_number(value: int, upper: bool = False) -> str:
    """Write a non-negative integer below 10^8 in Chinese numerals (三千八百, 一万二千)."""
    digits = CN_DIGITS_UPPER if upper else CN_DIGITS
    units = ("拾", "佰", "仟") if upper else ("十", "百", "千")
    if value == 0:
        return digits[0]

    def below_10k(n: int) -> str:
        out, zero = "", False
        for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
            d = n // power % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += digits[0]
                zero = False
            out += digits[d] + unit
        return out

    high, low = divmod(value, 10000)
    text = ""
    if high:
        text = below_10k(high) + ("万" if not upper else "万")
        if 0 < low < 1000:
            text += digits[0]
    if low:
        text += below_10k(low)
    if not upper and text.startswith("一十"):
        text = text[1:]
    return text


@lru_cache(maxsize=1)
def known_org_rows() -> tuple[tuple[str, str, str, str], ...]:
    """Published names of banned or suspected illegal organizations (name, list, date, source), if the lexicon exists."""
    for path in (KNOWN_ORGS_CSV, SHARED_KNOWN_ORGS_CSV):
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows = [(r["name"], r.get("list", ""), r.get("date", ""), r.get("source_url", ""))
                        for r in csv.DictReader(handle) if r.get("name")]
            if rows:
                return tuple(rows)
    logger.warning("known_illegal_orgs.csv not found; published names will not be sampled")
    return ()


class Context:
    """Random source plus fillers for one document; the same slot name gives the same value within the document."""

    def __init__(self, rng: random.Random, source_type: str = "web", org_pool: dict[str, list[str]] | None = None,
                 pool_key: str = "", reuse_p: float = 0.3) -> None:
        self.rng = rng
        self.source_type = source_type
        self.org_pool = org_pool if org_pool is not None else {}
        self.pool_key = pool_key
        self.reuse_p = reuse_p
        self.slots: dict[str, str] = {}
        self._province: str | None = None
        self._city: str | None = None
        self._field: str | None = None
        # long-form documents (set by the generator for a share of web pages and long posts) compose more moves
        self.long_form = False

    # -- basics -----------------------------------------------------------------------------------------------
    @property
    def is_social(self) -> bool:
        """True when the document is rendered as a social post (keep it short)."""
        return self.source_type == "social"

    def pick(self, options: Sequence[str]) -> str:
        """One option, uniformly."""
        return options[self.rng.randrange(len(options))]

    def pick_n(self, options: Sequence[str], k: int) -> list[str]:
        """k distinct options in random order (fewer if there are not enough)."""
        return self.rng.sample(list(options), min(k, len(options)))

    def maybe(self, p: float) -> bool:
        """True with probability p."""
        return self.rng.random() < p

    def fill(self, template: str) -> str:
        """Expand {a|b} choices, then fill {slot} / {slotN} placeholders; a slot keeps its value for the whole document."""
        while "|" in template:
            expanded = CHOICE_PATTERN.sub(lambda m: self.pick(m.group(1).split("|")), template)
            if expanded == template:
                break
            template = expanded
        return SLOT_PATTERN.sub(lambda m: self.slot(m.group(1) + m.group(2)), template)

    def fill_pick(self, options: Sequence[str]) -> str:
        """Pick one phrasing and fill its slots."""
        return self.fill(self.pick(options))

    def slot(self, key: str, value: str | None = None) -> str:
        """Get (creating on first use) or set the document value of a slot such as 'org' or 'org2'."""
        if value is not None:
            self.slots[key] = value
            return value
        if key not in self.slots:
            base = key.rstrip(string.digits)
            maker = self._slot_makers().get(base)
            if maker is None:
                raise KeyError(f"unknown template slot {{{key}}}")
            self.slots[key] = maker(key != base)
        return self.slots[key]

    def _slot_makers(self) -> dict:
        return {
            "org": lambda extra: self.org_name(national=None) if extra else self.main_org(),
            "person": lambda extra: self.person(),
            "city": lambda extra: self.city(new=extra),
            "province": lambda extra: self.province(),
            "place": lambda extra: self.place(),
            "amount": lambda extra: self.amount(200, 20000),
            "fee": lambda extra: self.amount(300, 9800),
            "bigamount": lambda extra: self.amount(20000, 2000000),
            "small": lambda extra: self.amount(10, 500),
            "count": lambda extra: str(self.rng.choice((self.rng.randint(3, 99), self.rng.randint(100, 5000)))),
            "nth": lambda extra: str(self.rng.choice((self.rng.randint(1, 12), self.rng.randint(2, 30)))),
            "few": lambda extra: str(self.rng.randint(2, 15)),
            "many": lambda extra: str(self.rng.choice((self.rng.randint(200, 3000), self.rng.randint(1000, 50000)))),
            "date": lambda extra: self.date(),
            "year": lambda extra: str(self.rng.randint(2018, 2026)),
            "phone": lambda extra: self.phone(),
            "account": lambda extra: self.bank_account(),
            "bank": lambda extra: self.pick(BANKS),
            "wechat": lambda extra: self.wechat_id(),
            "code": lambda extra: self.credit_code(True),
            "regno": lambda extra: self.registration_no(),
            "field": lambda extra: self.field(new=extra),
            "title": lambda extra: self.honor_title(),
            "url": lambda extra: self.url("org"),
            "role": lambda extra: self.pick(HONORIFICS),
            "known": lambda extra: self.known_org(),
            "address": lambda extra: self.address(),
        }

    # -- names --------------------------------------------------------------------------------------------------
    def field(self, new: bool = False) -> str:
        """A field of activity (书画, 国学, 乡村振兴 ...); the document's main field unless new."""
        if new:
            return self.pick(FIELDS)
        if self._field is None:
            self._field = self.pick(FIELDS)
        return self._field

    def org_name(self, field: str | None = None, national: bool | None = None) -> str:
        """A generated organization name; national ones use 中国/中华/国际... prefixes, local ones a place."""
        if national is None:
            national = self.maybe(0.7)
        field = field or self.field(new=self.maybe(0.3))
        middle = self.pick(FIELD_MIDDLES)
        suffix = self.pick(SUFFIXES)
        if middle and (middle in field or middle in suffix or middle[-1] == suffix[0]):
            middle = ""
        if national:
            prefix = self.pick(NATIONAL_PREFIXES)
            name = f"{prefix}{field}{middle}{suffix}"
            if self.maybe(0.06):
                name = f"{prefix}{self.pick(FIELDS)}{self.pick(('协会', '研究会', '联合会', '促进会'))}{field}专业委员会"
        else:
            place = self.pick((self.province_short(), self.city_short(), self.city_short() + "市",
                               self.province_short() + self._province_suffix()))
            name = f"{place}{field}{middle}{suffix}"
        return name

    def main_org(self, field: str | None = None, national: bool | None = None) -> str:
        """The document's main organization (slot 'org'), sometimes reused from earlier documents of the same family."""
        if "org" in self.slots:
            return self.slots["org"]
        pool = self.org_pool.setdefault(self.pool_key, [])
        if pool and self.maybe(self.reuse_p):
            name = self.pick(pool)
        else:
            name = self.org_name(field=field, national=national)
            pool.append(name)
            if len(pool) > 40:
                pool.pop(0)
        self.slots["org"] = name
        return name

    def known_org(self) -> str:
        """A published name of a banned or suspected illegal organization (falls back to a generated name)."""
        rows = known_org_rows()
        return self.pick(rows)[0] if rows else self.org_name(national=True)

    def known_org_row(self) -> tuple[str, str, str, str] | None:
        """A published (name, list, date, source) row, or None when the list is unavailable."""
        rows = known_org_rows()
        return self.pick(rows) if rows else None

    def person(self) -> str:
        """A plausible Chinese personal name."""
        surname = self.pick(COMPOUND_SURNAMES) if self.maybe(0.02) else self.pick(SURNAMES)
        given = self.pick(GIVEN_CHARS) if self.maybe(0.3) else self.pick(GIVEN_CHARS) + self.pick(GIVEN_CHARS)
        return surname + given

    def surname(self) -> str:
        """A single surname (for forms like 张会长, 李老师)."""
        return self.pick(SURNAMES)

    def honor_title(self) -> str:
        """An honorary title of the kind these bodies sell (中国书画传承大师, 乡村振兴突出贡献人物 ...)."""
        return f"{self.pick(TITLE_PREFIXES)}{self.pick(TITLE_CORES)}{self.pick(TITLE_ENDS)}"

    # -- places -------------------------------------------------------------------------------------------------
    def _province_suffix(self) -> str:
        return PROVINCE_SUFFIX.get(self._province_key(), "省")

    def _province_key(self) -> str:
        if self._province is None:
            self._province = self.pick(tuple(PROVINCES))
        return self._province

    def province_short(self) -> str:
        """The document's province without suffix (浙江)."""
        return self._province_key()

    def province(self) -> str:
        """The document's province, usually with its suffix (浙江省)."""
        key = self._province_key()
        return key + self._province_suffix() if self.maybe(0.8) else key

    def _city_key(self) -> str:
        if self._city is None:
            self._city = self.pick(tuple(PROVINCES[self._province_key()]))
        return self._city

    def city_short(self) -> str:
        """The document's city without suffix (杭州)."""
        return self._city_key()

    def city(self, new: bool = False) -> str:
        """A city of the document's province, written with or without the province (浙江省杭州市 / 杭州市 / 杭州)."""
        prov = self._province_key()
        if new:
            city = self.pick(tuple(PROVINCES[self.pick(tuple(PROVINCES))]))
            return city + CITY_SUFFIX.get(city, "市")
        city = self._city_key()
        city_full = city + CITY_SUFFIX.get(city, "市")
        if prov == city:
            return city_full if self.maybe(0.7) else city
        roll = self.rng.random()
        if roll < 0.3:
            return prov + self._province_suffix() + city_full
        if roll < 0.45:
            return prov + city
        return city_full if roll < 0.85 else city

    def place(self) -> str:
        """A district or county (sometimes a town) inside the document's city."""
        city = self._city_key()
        district = self.pick(PROVINCES[self._province_key()][city])
        out = district if self.maybe(0.5) else city + CITY_SUFFIX.get(city, "市") + district
        if self.maybe(0.3):
            out += self.pick(TOWN_PARTS) + self.pick(TOWN_SUFFIXES)
        return out

    def address(self) -> str:
        """A street address in the document's city."""
        road = self.pick(TOWN_PARTS) + self.pick(("路", "大街", "大道", "街", "巷"))
        building = self.pick(("", "", f"{self.rng.randint(1, 30)}号楼", "大厦", "国际广场", "商务中心", "写字楼"))
        unit = self.pick(("", f"{self.rng.randint(2, 28)}层", f"{self.rng.randint(101, 2808)}室", "A座"))
        city = self._city_key()
        district = self.pick(PROVINCES[self._province_key()][city]) if self.maybe(0.6) else ""
        prov = "" if city == self._province_key() or self.maybe(0.5) else self._province_key() + self._province_suffix()
        return f"{prov}{city}{CITY_SUFFIX.get(city, '市')}{district}{road}{self.rng.randint(1, 399)}号{building}{unit}"

    # -- money, dates, contacts ------------------------------------------------------------------------------------
    def _nice_number(self, lo: int, hi: int) -> int:
        value = self.rng.randint(lo, hi)
        if value >= 1000:
            step = self.pick((100, 100, 500, 1000)) if value < 100000 else self.pick((1000, 10000))
            value = max(lo, value // step * step)
            if self.maybe(0.25) and value >= 1000:
                value = value - value % 1000 + self.pick((680, 800, 880, 980, 990, 600, 500))
        elif value >= 100:
            value = value // 10 * 10 if self.maybe(0.7) else value
            if self.maybe(0.2):
                value = value // 100 * 100 + self.pick((88, 99, 66, 98))
        return value

    def amount(self, lo: int, hi: int) -> str:
        """A money amount between lo and hi yuan in one of many written forms (3800元, ¥3,800, 三千八百元, 3.8k)."""
        value = self._nice_number(lo, hi)
        forms = [
            lambda v: f"{v}元", lambda v: f"{v}元", lambda v: f"¥{v:,}", lambda v: f"￥{v}", lambda v: f"{v}块",
            lambda v: f"{v:,}元", lambda v: f"人民币{v}元", lambda v: f"{v}元整", lambda v: f"{v}.00元",
            lambda v: f"{chinese_number(v)}元", lambda v: f"{v} 元", lambda v: f"RMB {v}",
        ]
        if value >= 1000:
            forms.append(lambda v: f"{v / 1000:g}k")
            forms.append(lambda v: f"{v / 1000:g}千")
        if value >= 10000:
            forms.extend([lambda v: f"{v / 10000:g}万元", lambda v: f"{v / 10000:g}万", lambda v: f"{v / 10000:g}w"])
        if value >= 1000 and value % 1000 == 0 and value < 100000:
            forms.append(lambda v: f"{chinese_number(v, upper=True)}元整")
        return self.pick(forms)(value)

    def date(self, year_lo: int = 2018, year_hi: int = 2026) -> str:
        """A date between year_lo and year_hi in one of many written forms."""
        y, m, d = self.rng.randint(year_lo, year_hi), self.rng.randint(1, 12), self.rng.randint(1, 28)
        forms = (
            f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}/{m}/{d}",
            f"{m}月{d}日", f"{m}月{d}号", f"{y}年{m}月", f"{''.join('〇一二三四五六七八九'[int(c)] for c in str(y))}年"
            f"{chinese_number(m)}月{chinese_number(d)}日", f"{y}年{m}月{d}日（星期{self.pick('一二三四五六日')}）",
            f"{m}.{d}", f"{y}年{m:02d}月{d:02d}日",
        )
        return self.pick(forms)

    def phone(self) -> str:
        """A fake phone number: masked mobile, full mobile in several spacings, landline or 400 line."""
        prefix = self.pick(PHONE_PREFIXES)
        mid, tail = f"{self.rng.randint(0, 9999):04d}", f"{self.rng.randint(0, 9999):04d}"
        roll = self.rng.random()
        if roll < 0.25:
            return f"{prefix}****{tail}"
        if roll < 0.55:
            return f"{prefix}{mid}{tail}"
        if roll < 0.65:
            return f"{prefix}-{mid}-{tail}"
        if roll < 0.72:
            return f"{prefix} {mid} {tail}"
        if roll < 0.9:
            area = self.pick(AREA_CODES)
            length = 8 if len(area) == 3 else self.pick((7, 8))
            return f"{area}-{self.rng.randint(2, 8)}{self.rng.randint(0, 10 ** (length - 1) - 1):0{length - 1}d}"
        return f"400-{self.rng.randint(100, 999)}-{self.rng.randint(1000, 9999)}"

    def bank_account(self) -> str:
        """A fake bank card number, sometimes with the bank name and spaced groups."""
        length = self.pick((16, 19, 19, 19))
        digits = self.pick(("6222", "6228", "6217", "6212", "6230", "6225", "6214")) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(length - 4))
        if self.maybe(0.4):
            digits = " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
        if self.maybe(0.1):
            digits = digits[:6] + "*" * 6 + digits[-4:]
        if self.maybe(0.5):
            bank = self.pick(BANKS) if self.maybe(0.7) else self.pick(BANK_SHORT)
            sep = self.pick(("", " ", "：", "（", "，"))
            return f"{bank}{sep}{digits}{'）' if sep == '（' else ''}"
        return digits

    def wechat_id(self) -> str:
        """A fake WeChat id (letters+digits, wxid_ style or a phone number)."""
        letters = string.ascii_lowercase
        roll = self.rng.random()
        if roll < 0.3:
            return "".join(self.pick(PINYIN_SYLLABLES[:6] + ("xie", "hui", "gy", "cs", "zh"))
                           for _ in range(2)) + str(self.rng.randint(1, 9999))
        if roll < 0.45:
            return "wxid_" + "".join(self.rng.choice(letters + string.digits) for _ in range(self.rng.randint(8, 12)))
        if roll < 0.65:
            return self.pick(PHONE_PREFIXES) + f"{self.rng.randint(0, 99999999):08d}"
        name = "".join(self.rng.choice(letters) for _ in range(self.rng.randint(2, 5)))
        return name + self.pick(("", "_", "-")) + str(self.rng.randint(1, 99999))

    def credit_code(self, valid: bool = True) -> str:
        """An 18-character unified social credit code of a social organization (starts with 5), check digit valid or not."""
        category = self.pick("1112339")
        division = self.pick(ADMIN_DIVISIONS)
        body = "".join(self.rng.choice(CREDIT_CODE_CHARS) for _ in range(8))
        org_code = body + org_code_check_digit(body)
        first17 = "5" + category + division + org_code
        check = credit_code_check_digit(first17)
        if not valid:
            check = self.pick([c for c in CREDIT_CODE_CHARS if c != check])
        return first17 + check

    def registration_no(self) -> str:
        """A registration certificate number in the forms civil-affairs bodies print."""
        n = self.rng.randint(1, 9999)
        prov = self.province_short()[:1]
        return self.pick((
            f"社证字第{n:04d}号", f"{prov}民社登字第{n:04d}号", f"{prov}社证字第{self.rng.randint(100, 99999)}号",
            f"民政部登记证号{self.rng.randint(3000, 5999)}", f"{self.rng.randint(2000, 2026)}{n:05d}",
            f"{self.city_short()}民管字{self.rng.randint(2010, 2026)}第{n}号",
        ))

    def url(self, kind: str = "org") -> str:
        """A fake or official-looking URL; kind is org, gov, news, charity, forum, short or shop."""
        syl = "".join(self.pick(PINYIN_SYLLABLES) for _ in range(self.rng.randint(2, 3)))
        abbr = "".join(self.rng.choice("zgxhjlyshwcbmtqd") for _ in range(self.rng.randint(3, 6)))
        scheme = self.pick(("http://", "https://", "", "www."))
        if scheme == "www.":
            scheme, host_prefix = "", "www."
        else:
            host_prefix = self.pick(("www.", "", "www."))
        if kind == "gov":
            return scheme + self.pick(("www.mca.gov.cn", "chinanpo.mca.gov.cn", "www.chinanpo.gov.cn",
                                       f"mzt.{abbr[:2]}.gov.cn", f"mzj.{abbr}.gov.cn", "cszg.mca.gov.cn",
                                       f"www.{abbr}.gov.cn/mzj"))
        if kind == "charity":
            return scheme + self.pick(("gongyi.qq.com", "love.alipay.com", "cszg.mca.gov.cn", "ssl.gongyi.qq.com",
                                       "www.lianquan.org", "gongyi.weibo.com", "www.shuidichou.com"))
        if kind == "news":
            return scheme + self.pick(("news.", "www.", "m.", "")) + self.pick(
                ("xinhuanet.com", "people.com.cn", "chinanews.com.cn", "thepaper.cn", "bjnews.com.cn",
                 f"{abbr}news.com", f"{syl}.com", "gongyishibao.com", f"{abbr}.cn")) + f"/{self.rng.randint(2018, 2026)}-" \
                f"{self.rng.randint(1, 12):02d}/{self.rng.randint(1, 28):02d}/c_{self.rng.randint(10000, 999999)}.htm"
        if kind == "forum":
            return scheme + host_prefix + self.pick((f"bbs.{syl}.com", f"{abbr}.com/forum", "tieba.baidu.com/p",
                                                     f"club.{abbr}.net")) + f"/{self.rng.randint(100000, 9999999)}"
        if kind == "short":
            return self.pick(("t.cn/", "url.cn/", "dwz.cn/", "suo.im/")) + "".join(
                self.rng.choice(string.ascii_letters + string.digits) for _ in range(self.rng.randint(5, 8)))
        if kind == "shop":
            return scheme + host_prefix + f"{syl}{self.pick(('shop', 'mall', 'store', ''))}" + self.pick(DOMAIN_TLDS)
        return scheme + host_prefix + self.pick((abbr, syl, "china" + abbr, abbr + "org", "zg" + syl)) + self.pick(DOMAIN_TLDS)
