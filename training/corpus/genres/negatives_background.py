"""Background negatives: everyday Chinese text on every common topic (news, reviews, posts, SMS, Q&A)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from training.corpus.context import Context
from training.corpus.genres.moves import bind
from training.corpus.genres.registry import Doc, genre

logger = logging.getLogger(__name__)

BG = "negative"
BOTH_SOURCES = ("web", "social")
SOCIAL_ONLY = ("social",)

# ================================================================ style helpers

EMOJI = ("😂", "🤣", "😭", "😅", "👍", "❤️", "🙄", "😤", "🥰", "😋", "☀️", "🌧", "🎉", "💪", "🙏", "😴", "🤔", "👀", "✨",
         "😊", "😡", "🥲", "😑", "🤗", "😍", "🙃", "💔", "🌸", "🍀", "😪", "🤦", "👏", "😳", "🥺", "😎", "🤪", "😱")
FACE_TAGS = ("[哈哈]", "[泪]", "[笑cry]", "[doge]", "[允悲]", "[心]", "[赞]", "[抓狂]", "[微笑]", "[吃瓜]", "[二哈]",
             "[偷笑]", "[怒]", "[可怜]", "[good]", "[思考]", "[太开心]", "[awsl]", "[打call]", "[裂开]", "[捂脸]",
             "[呲牙]", "[旺柴]", "[耶]", "[奋斗]", "[OK]", "[强]", "[憨笑]", "[衰]", "[晕]", "[鼓掌]", "[馋嘴]",
             "[委屈]", "[费解]", "[污]", "[酷]", "[嘻嘻]", "[爱你]", "[失望]", "[抱抱]", "[害羞]", "[哼]")
CASUAL_ENDS = ("，", "。", " ", "！", "~", "…", "", "!!", "。。", "～～", "?", "；")
FULL_TO_ASCII = str.maketrans({"，": ",", "。": ".", "！": "!", "？": "?", "：": ":", "；": ";", "（": "(", "）": ")"})
TYPOS = (("的", "得"), ("得", "的"), ("在", "再"), ("那", "哪"), ("做", "作"), ("已", "以"), ("吗", "嘛"), ("了", "啦"),
         ("什么", "神马"), ("这样", "酱紫"), ("喜欢", "稀饭"), ("是不是", "是8是"), ("非常", "灰常"), ("觉得", "觉的"))
NICK_HEADS = ("小", "大", "阿", "老", "胖", "甜", "酸", "糖", "喵", "汪", "柚子", "橘子", "西瓜", "奶茶", "芒果", "土豆",
              "番茄", "冰", "雨", "风", "月", "星", "北", "南", "夏", "秋", "冬", "晴天", "周末", "午后")
NICK_TAILS = ("酱", "君", "同学", "妹", "哥", "不吃香菜", "的日常", "爱睡觉", "今天也要加油", "在减肥", "_", "2333",
              "呀", "本人", "子", "宝", "超人", "有点甜", "不想上班", "快跑", "的猫", "和狗", "学姐", "老师", "酱紫")


def fill_all(ctx: Context, pool: Sequence[str], lo: int, hi: int) -> list[str]:
    """lo..hi distinct phrasings from pool, slots filled (empty list when 0 drawn)."""
    k = ctx.rng.randint(lo, hi)
    return [ctx.fill(t) for t in ctx.pick_n(pool, k)]


def one(ctx: Context, pool: Sequence[str]) -> str:
    """One filled phrasing."""
    return ctx.fill(ctx.pick(pool))


def formal(sentences: Sequence[str]) -> str:
    """Join sentences as edited prose: each ends with a full stop unless it already has a closing mark."""
    out = []
    for s in sentences:
        s = s.strip()
        if not s:
            continue
        out.append(s if s[-1] in "。！？!?…）)”」" else s + "。")
    return "".join(out)


def casual(ctx: Context, sentences: Sequence[str], tail_p: float = 0.5) -> str:
    """Join sentences the way people type: mixed or missing marks, emoji and [face] tags, sometimes ASCII, typos."""
    out = []
    for s in sentences:
        s = s.strip().rstrip("。")
        if not s:
            continue
        end = "，" if ctx.maybe(0.15) else ctx.pick(CASUAL_ENDS)
        if ctx.maybe(0.12):
            end = ctx.pick(EMOJI) if ctx.maybe(0.6) else ctx.pick(FACE_TAGS)
        out.append(s + end)
    text = "".join(out).rstrip("，, ；")
    if ctx.maybe(tail_p):
        text += ctx.pick(EMOJI) * ctx.pick((1, 1, 1, 2, 3)) if ctx.maybe(0.55) else ctx.pick(FACE_TAGS)
    return roughen(ctx, text)


def roughen(ctx: Context, text: str) -> str:
    """Informal surface habits: ASCII punctuation, missing punctuation, a typo or two, stray spaces."""
    roll = ctx.rng.random()
    if roll < 0.14:
        text = text.translate(FULL_TO_ASCII)
    elif roll < 0.22:
        text = re.sub("[，。]", " ", text)
    if ctx.maybe(0.18):
        a, b = ctx.pick(TYPOS)
        idx = text.find(a)
        if idx >= 0:
            text = text[:idx] + b + text[idx + len(a):]
    return text


def nick(ctx: Context) -> str:
    """A casual social-media nickname for @mentions and repost chains."""
    roll = ctx.rng.random()
    if roll < 0.5:
        return ctx.pick(NICK_HEADS) + ctx.pick(NICK_TAILS)
    if roll < 0.7:
        return ctx.person() + ctx.pick(("", "_", "Lily", "0521", "的微博", str(ctx.rng.randint(1, 999))))
    if roll < 0.85:
        return ctx.pick(("Sunny", "Coco", "Kiki", "Momo", "Jason", "Tony", "Vivian", "Leo", "Amy", "Yuki")) + \
            ctx.pick(("", "_", "酱", "-", "")) + str(ctx.rng.randint(0, 9999))
    return "用户" + str(ctx.rng.randint(100000, 7999999999))


def hashtag(ctx: Context, topics: Sequence[str]) -> str:
    """A Weibo topic tag."""
    return f"#{ctx.pick(topics)}#"


def bind_numbers(ctx: Context) -> None:
    """Per-document numeric slots: percentages, counts, clock times, months and weekdays."""
    r = ctx.rng
    bind(ctx, {
        "pct": f"{r.uniform(0.05, 3.8):.2f}%", "pct2": f"{r.uniform(0.1, 9.9):.1f}%", "bigpct": f"{r.uniform(8, 95):.1f}%",
        "ten": str(r.randint(2, 9)), "tens": str(r.randint(11, 98)), "tens2": str(r.randint(11, 98)),
        "hund": str(r.randint(101, 998)), "hund2": str(r.randint(101, 998)), "thou": str(r.randint(1001, 9998)),
        "mon": str(r.randint(1, 12)), "mon2": str(r.randint(1, 12)), "day": str(r.randint(1, 28)),
        "day2": str(r.randint(1, 28)), "wk": ctx.pick("一二三四五六日"), "hour": str(r.randint(7, 12)), "hour2": str(r.randint(13, 22)),
        "minute": ctx.pick(("00", "30", "15", "45", "20", "10")), "temp": str(r.randint(-8, 37)),
        "temp2": str(r.randint(-3, 39)), "cs": ctx.city_short(), "pv": ctx.province_short(),
        "cnum": ctx.pick(("三", "五", "六", "七", "八", "十", "两", "四")), "yi": f"{r.uniform(1.2, 980):.1f}",
    })


def bind_vocab(ctx: Context, vocab: dict[str, Sequence[str]]) -> None:
    """Bind each slot name to one word drawn from its list, so topic words vary by document."""
    for key, words in vocab.items():
        ctx.slot(key, ctx.fill(ctx.pick(words)))


# ================================================================ news sections

AGENCY_DATELINES = (
    "新华社{cs}{mon}月{day}日电 ", "本报讯（记者 {person}）", "{cs}日报讯 ", "（{cs}晚报记者 {person}）", "央视网消息：",
    "中新网{mon}月{day}日电 ", "【{cs}新闻】", "人民网{cs}{mon}月{day}日电 ", "澎湃新闻记者 {person} ", "{cs}讯 ", "本网讯 ",
    "记者{person}报道：",
)
# Openers that carry their own time or source; used only before leads that do not start with one.
TIME_DATELINES = ("{mon}月{day}日，", "近日，", "昨天，", "今天上午，", "据媒体报道，", "记者从{cs}市有关部门获悉，",
                  "据{cs}发布消息，")
LEAD_HAS_OPENER = re.compile(r"^(\d|[一二三四五六七八九十]+月|记者|据|今天|今日|昨|近日|近期|在|由|北京时间|随着|入冬|天气|不少|"
                             r"受|今年|国家|中央|教育部|工信部|每年|走进)")


def dateline(ctx: Context, lead: str) -> str:
    """A news opener that does not repeat the lead's own date or source."""
    if LEAD_HAS_OPENER.match(lead) or ctx.maybe(0.6):
        return ctx.fill(ctx.pick(AGENCY_DATELINES)) if ctx.maybe(0.75) else ""
    return ctx.fill(ctx.pick(TIME_DATELINES))


NEWS_TAILS = (
    "（完）", "（记者{person}）", "编辑：{person}", "责任编辑：{person}", "（{cs}日报）", "来源：{cs}发布", "（实习生 {person}）",
    "图/{person}", "（原标题：{headline}）", "来源：央视新闻客户端", "校对：{person}", "更多详情请关注后续报道",
)
HEADLINE_FRAMES = ("{}", "组图：{}", "图文：{}", "快讯：{}", "视频：{}", "{}（图）", "独家：{}",
                   "关注｜{}", "{}【附全文】", "最新！{}", "{}（附名单）", "{}！")

FIN_VOCAB = {
    "idx": ("上证指数", "深证成指", "创业板指", "沪深300", "科创50", "恒生指数", "北证50", "上证50", "中证500"),
    "sector": ("半导体", "白酒", "新能源车", "光伏", "医药", "券商", "银行", "房地产", "煤炭", "军工", "人工智能",
               "消费电子", "有色金属", "传媒", "游戏", "旅游酒店", "农业", "钢铁", "化工", "储能", "机器人", "算力",
               "低空经济", "黄金", "电力", "稀土永磁", "CPO", "创新药", "猪肉", "家电", "保险", "航运"),
    "sector2": ("中药", "锂电池", "风电", "数字货币", "5G", "芯片", "教育", "物流", "云计算", "网络安全", "免税",
                "汽车零部件", "农药", "食品饮料", "石油石化", "水泥建材", "白色家电", "电子烟", "充电桩"),
    "stock": ("贵州茅台", "宁德时代", "比亚迪", "中国平安", "招商银行", "隆基绿能", "中芯国际", "东方财富", "万科A",
              "格力电器", "美的集团", "五粮液", "海康威视", "恒瑞医药", "京东方A", "紫金矿业", "中国移动", "工业富联",
              "药明康德", "中信证券", "长江电力", "中国神华", "伊利股份", "海天味业", "立讯精密", "迈瑞医疗", "牧原股份",
              "科大讯飞", "三一重工", "中国中免", "赛力斯", "中国石油", "片仔癀", "同花顺", "韦尔股份"),
    "newco": ("华润新材", "中科智芯", "恒达电子", "瑞丰科技", "海川智能", "天合新能", "长青股份", "博远微电子",
              "宏昌精密", "新锐医疗", "金盘智造", "星源环境"),
    "fundco": ("易方达", "华夏", "南方", "嘉实", "广发", "富国", "汇添富", "博时", "招商", "工银瑞信", "景顺长城", "中欧",
               "兴证全球", "鹏华", "华安", "天弘", "交银施罗德", "银华"),
    "fundtype": ("沪深300ETF", "中证500指数增强", "科技创新混合", "稳健添利债券", "养老目标2035三年持有期混合",
                 "红利低波ETF", "货币A", "医疗健康股票", "新能源主题混合", "恒生科技ETF", "纳斯达克100指数(QDII)",
                 "短债债券A", "中证A500ETF", "黄金ETF联接C", "消费精选混合", "价值成长一年持有"),
}
FIN_HEADS = (
    "{idx}{收涨|收跌|微涨|低开高走|冲高回落|震荡收平}{pct}，{sector}板块{领涨|走强|集体大涨|全天活跃}",
    "A股三大指数{集体收涨|涨跌不一|集体回调|午后翻红}，两市成交额{yi}亿元",
    "{stock}发布{year}年{半年报|三季报|年报|业绩预告}：净利润同比{增长|下降}{pct2}",
    "{sector}概念股{午后拉升|早盘异动|持续走强}，{stock}{涨停|涨超{ten}%|封板}",
    "央行今日开展{hund}亿元{7天期|14天期}逆回购操作",
    "{mon}月LPR报价出炉：5年期以上LPR{维持不变|下调{ten}个基点}",
    "证监会：{进一步规范|严格监管|推动}{上市公司分红|程序化交易|IPO审核|退市制度|减持行为}",
    "人民币兑美元中间价{调升|调贬}{tens}个基点",
    "国际金价{再创新高|高位回落|大涨|跌破关键位}，金饰价格{升至|回落至}{hund}元/克",
    "{stock}：{拟回购|拟增持|控股股东拟减持}不超过{pct2}股份",
    "{sector}ETF连续{ten}日获资金净流入",
    "国家统计局：{mon}月CPI同比{上涨|下降}{pct}",
    "港股收评：恒指{收涨|收跌}{pct}，{科技股|内房股|医药股|金融股}{领涨|拖累大市}",
    "新股申购提示：{newco}今日申购，发行价{tens}.{ten}元",
    "{ten}家银行下调定期存款利率，最高降幅{tens}个基点",
    "中国证券业协会发布{year}年证券公司经营数据",
    "中国银行业协会发布信用卡业务发展报告",
    "{mon}月制造业PMI为{tens}.{ten}%，{重回扩张区间|环比回落|连续{ten}个月扩张}",
    "{stock}股价{创年内新高|跌至三年新低|大幅波动}，公司回应：经营正常",
    "北向资金全天净{买入|卖出}{yi}亿元，{sector}获加仓",
    "{sector}与{sector2}板块轮动，市场风格{切换|分化}明显",
    "外汇局：{mon}月末外汇储备规模为{thou}亿美元",
    "财报季来临，{sector}龙头业绩{超预期|不及预期}",
    "{stock}召开业绩说明会 董事长回应{分红|海外业务|产能}问题",
)
FIN_LEADS = (
    "{mon}月{day}日，A股三大指数{集体高开|低开|震荡}，截至收盘，{idx}报{thou}.{tens}点，{涨|跌}{pct}",
    "{stock}晚间公告称，公司{year}年实现营业收入{yi}亿元，同比{增长|下降}{pct2}",
    "今日{sector}板块表现强势，板块内{tens}只个股涨停，{stock}等涨幅居前",
    "据Wind数据统计，本周共有{ten}只新股上市，平均首日涨幅{bigpct}",
    "{idx}今日{缩量|放量}{上涨|调整}，全市场超{thou}只个股{上涨|下跌}",
    "{mon}月份，全国居民消费价格同比{上涨|下降}{pct}，其中食品价格{上涨|下降}{pct2}",
    "受{隔夜美股|政策预期|汇率波动|资金面}影响，{sector}板块{早盘|尾盘}{走强|承压}",
    "{stock}董事会秘书在投资者互动平台表示，公司目前生产经营一切正常",
    "{year}年以来，多家上市公司发布回购计划，累计回购金额超过{hund}亿元",
)
FIN_DETAILS = (
    "分析人士认为，短期市场仍以结构性行情为主，建议投资者关注业绩确定性较高的品种",
    "两市成交额{yi}亿元，较上一交易日{放量|缩量}{hund}亿元",
    "从资金面看，主力资金净{流入|流出}{sector}板块{tens}亿元",
    "机构普遍认为，{sector2}行业景气度有望在下半年回升",
    "公告显示，本次回购资金来源为公司自有资金，回购股份将用于员工持股计划",
    "{fundco}基金经理表示，当前估值处于历史较低水平，中长期配置价值显现",
    "券商研报指出，{sector}板块{调整已较充分|仍存在估值压力}，建议{逢低布局|控制仓位}",
    "市场人士提醒，个股波动较大，投资者应理性看待短期涨跌，注意风险",
    "{stock}表示，公司将持续加大研发投入，推进{海外市场|新产品|数字化}布局",
    "当日，人民币对美元汇率中间价报7.{thou}",
    "截至发稿，{stock}报{tens}.{ten}元，总市值约{yi}亿元",
    "数据显示，今年前{ten}个月，A股共有{hund}家公司完成IPO，募资总额{yi}亿元",
    "股市有风险，入市需谨慎",
)

FUND_HEADS = (
    "{fundco}基金旗下{fundtype}{今日起发售|获批|宣布暂停大额申购|提前结束募集}",
    "公募基金规模突破{tens}万亿元，{货币基金|债券基金|ETF}贡献最大",
    "{year}年{上半年|一季度|前三季度}公募基金业绩出炉，{sector}主题基金领跑",
    "中国证券投资基金业协会：{mon}月末私募基金管理规模{yi}万亿元",
    "明星基金经理{person}{卸任|离职|新发产品}，旗下基金{业绩|规模}引关注",
    "{fundco}{fundtype}成立以来收益率超{bigpct}",
    "基金定投还能坚持吗？{ten}张图看懂定投的{微笑曲线|止盈方法|扣款日选择}",
    "ETF规模再创新高，{sector}ETF单日{净申购|净流入}{yi}亿元",
    "个人养老金基金名录扩容，新增{tens}只{指数基金|养老目标基金}",
    "公募费率改革：{ten}家基金公司下调管理费率",
    "基金分红潮来了！{year}年以来{hund}只基金合计分红{yi}亿元",
    "{fundco}基金：坚持长期投资，积极践行投资者保护",
    "新发基金市场回暖，本周{tens}只新基金开售",
    "养老目标基金{四季度|年内}平均收益{pct2}",
)
FUND_LEADS = (
    "据{fundco}基金公告，{fundtype}将于{mon}月{day}日起公开发售，投资者可通过{银行|券商|基金公司直销}渠道认购",
    "Wind数据显示，截至{mon}月末，全市场共有公募基金{thou}只，总规模{tens}.{ten}万亿元",
    "今年以来，{sector}主题基金表现亮眼，多只产品净值涨幅超过{bigpct}",
    "基金业协会最新数据显示，存续私募基金管理人{thou}家，较上月{增加|减少}{tens}家",
    "不少投资者在社交平台吐槽，买的{fundtype}今年还是亏了{pct2}",
)
FUND_DETAILS = (
    "基金管理人提示，基金过往业绩不代表未来表现，投资需谨慎",
    "该基金拟任基金经理{person}拥有{ten}年投资经验，管理规模{yi}亿元",
    "业内人士建议，普通投资者可通过定投方式分散择时风险",
    "认购费率按金额分档收取，认购金额100万元以上的按笔收费",
    "基金的最低认购金额为{1元|10元|100元}，投资门槛较低",
    "数据显示，债券基金仍是规模增长的主要来源",
    "有基金经理表示，目前更看好{sector}和{sector2}方向的长期机会",
    "{ten}只产品因规模不足五千万元触发清盘条件",
    "投资者可在基金公司官网、中国证监会基金信息披露平台查询产品信息",
)

ESTATE_VOCAB = {
    "estate": ("阳光城", "碧桂园", "万科翡翠", "保利天悦", "龙湖春江", "华润悦府", "中海锦城", "绿城桂语", "融创壹号院",
               "招商臻园", "金地名著", "越秀天悦", "滨江御园", "建发央著", "中铁诺德", "旭辉江山"),
    "ehood": ("高新区", "新城区", "滨江板块", "老城区", "经开区", "南站片区", "大学城", "科学城", "东部新城", "临空港"),
}
ESTATE_HEADS = (
    "{cs}{调整|优化|放宽}住房公积金政策：首套房最高可贷{tens}万元",
    "{mon}月{tens}城新房价格{环比下降|止跌回稳|环比上涨}，{cs}{领涨|降幅收窄}",
    "{cs}出台楼市新政：{取消限购|首付比例降至{tens}%|购房给予契税补贴}",
    "{cs}二手房成交量{环比上涨|同比回落}{bigpct}，{刚需|改善}买家入市",
    "{cs}土拍：{ehood}地块{底价成交|溢价{pct2}成交|流拍}，楼面价{thou}元/平方米",
    "房贷利率再创新低，{cs}首套房贷款利率降至3.{tens}%",
    "{estate}{开盘|加推}：均价{tens}000元/平方米，{当天去化{bigpct}|认筹火爆|优惠力度加大}",
    "住建部：{推进城中村改造|加快保障性住房建设|规范房地产经纪服务}",
    "{cs}{mon}月商品住宅成交{thou}套，{环比|同比}{增长|下降}{pct2}",
    "{cs}发布{year}年度供地计划，住宅用地{hund}公顷",
    "{cs}：{ten}个保障性租赁住房项目开工，可提供房源{thou}套",
    "存量房贷利率下调{如何操作|何时落地}？多家银行回应",
    "{estate}项目{交付|延期交付}，业主：{基本满意|要求说法}",
    "{cs}推出“以旧换新”购房补贴，最高可补{ten}万元",
    "买房还是租房？{cs}年轻人这样算账",
    "中国房地产业协会：{year}年{上半年|全年}全国新房销售面积{同比下降|降幅收窄}",
)
ESTATE_LEADS = (
    "据{cs}市住房和城乡建设局消息，{mon}月{day}日起，本市执行新的住房公积金贷款政策",
    "国家统计局{mon}月{day}日发布数据，{mon2}月份70个大中城市中，新建商品住宅销售价格环比下降的城市有{tens}个",
    "记者走访{cs}多个楼盘发现，售楼处看房人数较上月明显{增多|减少}",
    "{cs}{ehood}一宗住宅用地{昨日|今天上午}完成出让，由{estate}所属公司竞得",
    "{year}年以来，{cs}已先后{ten}次调整楼市政策",
    "房产中介{person}告诉记者，最近咨询买房的客户多了，但真正成交的还是以刚需为主",
)
ESTATE_DETAILS = (
    "新政实施后，首套住房商业性个人住房贷款最低首付款比例调整为{tens}%",
    "业内人士分析，政策调整有利于满足刚性和改善性住房需求，促进市场平稳健康发展",
    "中介表示，{ehood}的二手房挂牌量达到{thou}套，议价空间在{ten}%左右",
    "该项目主推{tens}-1{tens2}平方米三房、四房户型，预计{year}年底交付",
    "购房者可通过{cs}市住房公积金管理中心官网或手机APP办理贷款申请",
    "开发商表示，项目将按期交付，并已完成主体结构封顶",
    "不少市民表示，还会继续观望，等房价稳定后再出手",
    "租房市场方面，{cs}{ehood}一居室月租金在{thou}元左右",
)

EDU_VOCAB = {
    "exam": ("高考", "中考", "考研", "研究生考试", "公务员考试", "国考", "省考", "事业单位招聘考试", "大学英语四六级考试",
             "全国计算机等级考试", "普通话水平测试", "自学考试", "成人高考", "学业水平考试", "艺术类专业统考",
             "高中会考", "小升初", "专升本考试", "同等学力申硕考试"),
    "cert": ("注册会计师", "教师资格证", "一级建造师", "二级建造师", "法律职业资格", "执业药师", "初级会计职称",
             "中级会计职称", "中级经济师", "证券从业资格", "基金从业资格", "导游资格", "执业医师资格", "消防设施操作员",
             "护士执业资格", "注册安全工程师", "税务师", "银行从业资格", "一级造价工程师", "CFA", "雅思", "托福"),
    "subject": ("语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治", "文综", "理综"),
    "school": ("清华大学", "北京大学", "浙江大学", "复旦大学", "武汉大学", "中山大学", "四川大学", "南京大学",
               "华中科技大学", "西安交通大学", "山东大学", "厦门大学", "同济大学", "哈尔滨工业大学", "湖南大学"),
    "major": ("计算机科学与技术", "临床医学", "法学", "金融学", "电气工程", "汉语言文学", "软件工程", "会计学",
              "人工智能", "护理学", "机械设计制造", "师范类", "新闻传播学", "土木工程"),
}
EDU_HEADS = (
    "{school}校友捐赠{tens}00万元设立奖助学金",
    "爱心企业向{cs}{ten}所乡村学校捐赠图书{thou}册",
    "{year}年全国各地{exam}各科考试时间汇总",
    "{year}年{pv}{exam}报名时间确定：{mon}月{day}日开始",
    "{year}年{exam}{今日开考|落下帷幕|成绩公布}，全国{tens}.{ten}万人报名",
    "{pv}{year}年高考分数线公布：本科{线|批}{hund}分",
    "{year}考研国家线发布，{major}专业{上涨|下降}{ten}分",
    "{school}{year}年本科招生简章发布，{新增|调整}{ten}个专业",
    "{school}{year}年{强基计划|综合评价|专项计划}招生{启动|公布入围名单}",
    "{pv}{year}年{exam}志愿填报指南：{ten}个要点家长必看",
    "教育部：{year}年{普通高校毕业生预计{thou}万人|严禁高考“状元”炒作|部署中小学暑期安全工作}",
    "{year}年{cert}考试报名{开始|即将截止|时间公布}，附报名流程",
    "{cert}考试成绩{今日公布|可以查询了}，合格标准{是|为}多少？",
    "{year}年{cert}考试大纲{发布|有变化}，{新增|删除}{ten}个考点",
    "{cs}{year}年{中考|小升初}招生政策出炉：{取消|调整}{特长生|加分项目|划片方式}",
    "{exam}{考前|考后}提醒：{这些物品不能带|准考证打印入口|成绩查询方式}",
    "{year}年{exam}{报名人数创新高|报考人数下降}，{热门|冷门}专业有哪些",
    "{school}{year}年硕士研究生招生考试复试分数线公布",
    "{cs}教育考试院：{year}年{exam}准考证{mon}月{day}日起打印",
    "{pv}{year}年{cert}证书{开始发放|领取通知|电子证书可下载}",
    "{year}年{cs}{exam}考点安排公布，考生可{提前看考场|查询考点位置}",
    "{exam}作文题目出炉：{今年的题目你会怎么写|网友：太难了|专家解读}",
    "{pv}{exam}{首日|次日}{subject}考试结束，考生：{难度适中|比平时简单|压轴题有点难}",
    "{year}年{pv}普通高校招生录取{进度|结果}查询",
    "中国注册会计师协会：{year}年注册会计师全国统一考试报名简章",
    "{school}{year}年{exam}录取通知书{开始寄送|设计曝光}",
)
EDU_LEADS = (
    "记者从{pv}省教育考试院获悉，{year}年{exam}网上报名将于{mon}月{day}日开始，考生须在规定时间内完成报名和缴费",
    "{year}年{exam}于{mon}月{day}日{开考|结束}，{pv}共有{tens}.{ten}万名考生参加考试，设考点{hund}个",
    "{mon}月{day}日，{year}年{cert}考试成绩公布，考生可登录{中国人事考试网|官方网站}查询",
    "{school}日前发布{year}年本科招生章程，今年计划招生{thou}人，与去年基本持平",
    "据了解，{year}年{cert}考试{笔试|面试}将于{mon}月{day}日举行，报名费用按各省物价部门核定标准收取",
    "教育部近日发布通知，要求各地做好{year}年{exam}组织工作，确保考试安全平稳",
    "每年{exam}前后，各类志愿填报咨询服务都会火一把",
)
EDU_DETAILS = (
    "考生须携带准考证和有效身份证件，按准考证规定的时间和地点参加考试",
    "考试期间，各考点周边将实行交通管制，请市民提前规划出行路线",
    "成绩合格的考生，可在规定时间内申请领取合格证书",
    "招生计划、专业设置及录取规则以学校官网公布的招生章程为准",
    "{subject}科目考试时间为{hour}:00至{hour2}:30",
    "考试院提醒，考生要通过官方渠道获取信息，不要相信所谓“内部指标”“提前批名额”",
    "今年该专业报考人数比去年增加{bigpct}，竞争十分激烈",
    "报名流程包括网上报名、信息确认、网上缴费三个环节",
    "考生如对成绩有异议，可在成绩公布后{ten}天内申请复核",
    "学校将为家庭经济困难新生开通“绿色通道”，可申请国家助学贷款",
    "专家建议，填报志愿时要把兴趣、分数和城市综合起来考虑",
    "据统计，今年全省共设置考场{thou}个，监考人员{thou}名",
    "证书由人力资源和社会保障部统一印制，全国范围内有效",
    "部分热门科目报名人数较多，建议考生尽早报名",
)

TECH_VOCAB = {
    "brand": ("华为", "小米", "苹果", "荣耀", "OPPO", "vivo", "一加", "三星", "realme", "魅族", "红米", "iQOO", "努比亚"),
    "gadget": ("折叠屏手机", "平板", "智能手表", "无线耳机", "笔记本电脑", "电视", "路由器", "充电宝", "AR眼镜",
               "扫地机器人", "智能音箱", "游戏本", "手环"),
    "chip": ("麒麟", "骁龙8", "天玑9400", "A18", "M4", "玄戒"),
    "carrier": ("中国移动", "中国联通", "中国电信", "中国广电"),
    "app": ("微信", "支付宝", "抖音", "淘宝", "美团", "高德地图", "12306", "小红书", "B站", "QQ", "钉钉", "百度网盘"),
    "topic": ("大模型", "人工智能", "量子计算", "卫星通信", "6G", "鸿蒙系统", "自动驾驶", "固态电池", "芯片",
              "数据安全", "低空经济", "人形机器人", "云计算", "AI手机"),
}
TECH_HEADS = (
    "{brand}新款{gadget}正式发布，起售价{thou}元",
    "{brand}{gadget}{首销|开售}即{售罄|破纪录}，{tens}分钟销量超{yi}万台",
    "搭载{chip}芯片！{brand}新旗舰{曝光|官宣|入网}",
    "{app}{上线|测试}新功能：{可以|支持}{清理缓存|查看转账记录|一键关闭广告|设置青少年模式}",
    "{carrier}{推出|下调}{5G套餐|宽带资费|国际漫游费}，{最低|每月}{tens}元",
    "工信部：我国5G基站总数达{hund}万个",
    "{topic}迎来新突破，{school}团队成果登上《自然》",
    "{brand}回应{gadget}{发热|信号差|续航缩水}问题：将推送系统更新修复",
    "iOS {tens}.{ten}正式版推送，修复多项问题",
    "{year}年第{一|二|三|四}季度国内手机出货量{同比增长|同比下降}{pct2}，{brand}{重回第一|位列第二}",
    "{app}崩了？官方回应：{已恢复|正在紧急修复}",
    "国产{topic}{加速落地|发布白皮书|进入应用阶段}，{cs}企业{ten}项成果发布",
    "{brand}与{carrier}合作推出{gadget}专属合约机",
    "中国互联网协会发布《{year}中国互联网发展报告》",
    "双十一{gadget}销量排行出炉：{brand}位居榜首",
    "手机越用越卡怎么办？{brand}工程师给出{ten}个建议",
    "{brand}发布会定档{mon}月{day}日，{gadget}或将同步亮相",
    "{topic}概念火了，普通人该怎么看？",
)
TECH_LEADS = (
    "{mon}月{day}日晚，{brand}在{cs}举行新品发布会，正式推出新一代{gadget}",
    "据{brand}官方介绍，新机采用{chip}芯片，配备{tens}00mAh大电池，支持{tens}W快充",
    "工信部最新数据显示，截至{mon}月底，我国移动电话用户总数达{tens}.{ten}亿户",
    "近日，不少用户反映{app}出现{无法登录|闪退|支付失败}的情况，相关话题登上热搜",
    "{carrier}{cs}分公司宣布，{mon}月起将在全市推广{5G-A|千兆宽带|FTTR全屋光纤}服务",
    "随着{topic}的快速发展，越来越多企业开始布局相关业务",
)
TECH_DETAILS = (
    "新机提供{ten}种配色，{mon}月{day}日起在各大电商平台开售",
    "官方表示，此次升级将分批推送，用户可在设置中手动检查更新",
    "业内人士认为，高端市场竞争将更加激烈",
    "该产品支持北斗卫星消息，在无地面网络时也能发送短信",
    "有用户实测，新机在重度使用下续航可达一天半",
    "{carrier}客服表示，老用户可通过营业厅或APP办理套餐变更",
    "专家提醒，用户应从官方应用商店下载软件，避免个人信息泄露",
    "研发团队负责人{person}表示，下一步将加快成果转化",
    "相比上一代，新品重量减轻了{tens}克，屏幕亮度提升{bigpct}",
)

SPORT_VOCAB = {
    "team": ("上海海港", "上海申花", "山东泰山", "北京国安", "成都蓉城", "浙江队", "天津津门虎", "武汉三镇", "河南队",
             "长春亚泰", "青岛海牛", "深圳新鹏城"),
    "bteam": ("广东宏远", "辽宁本钢", "北京首钢", "浙江广厦", "上海久事", "新疆广汇", "山东高速", "深圳马可波罗",
              "青岛国信", "浙江稠州"),
    "sport": ("乒乓球", "羽毛球", "女排", "游泳", "跳水", "田径", "体操", "举重", "网球", "短道速滑", "射击", "马拉松"),
    "event": ("世界杯预选赛", "亚洲杯", "奥运会", "亚运会", "全运会", "世锦赛", "亚冠联赛", "世界杯", "大奖赛总决赛",
              "苏迪曼杯", "汤尤杯", "全国锦标赛"),
    "assoc": ("中国足球协会", "中国足协", "中国篮协", "中国排球协会", "中国乒乓球协会", "中国田径协会",
              "中国羽毛球协会", "国际足联", "亚足联", "中国奥委会"),
    "foreign": ("日本", "韩国", "澳大利亚", "沙特", "伊朗", "泰国", "越南", "印尼", "巴西", "德国", "美国", "法国"),
}
SPORT_HEADS = (
    "{assoc}第{ten}届会员代表大会召开，选举产生新一届执委会",
    "{assoc}理事会审议通过{year}年工作报告和预算",
    "中超第{tens}轮：{team}{ten}比{ten}战胜{team2}",
    "{team}主场{ten}:{ten}战平{team2}，{外援梅开二度|补时阶段扳平|错失点球}",
    "CBA常规赛：{bteam}{hund}-{hund2}{力克|击败|不敌}{bteam2}",
    "国足{event}{客场|主场}{ten}比{ten}{负|胜|平}{foreign}，{出线形势|积分榜}{分析|出炉}",
    "{assoc}公布{year}赛季{准入名单|处罚决定|赛程}",
    "{assoc}：{mon}月{day}日起{开放|开展}{青训|裁判员|教练员}{报名|培训}",
    "中国{sport}队{event}{摘金|夺冠|卫冕成功|收获{ten}枚金牌}",
    "{year}{cs}马拉松{鸣枪开跑|报名开启}，{thou}名跑者参赛",
    "{cs}公益跑活动举行，{thou}名市民参与",
    "{person}{event}{夺冠|摘银|晋级决赛|爆冷出局}，{赛后哭了|接受采访}",
    "女足{event}名单公布：{ten}名新人入选",
    "NBA常规赛：{湖人|勇士|凯尔特人|掘金|雷霆}{hund}-{hund2}{胜|负}{热火|太阳|尼克斯|独行侠|快船}",
    "{team}官宣{新帅|新外援|续约队长}，{person}{正式加盟|留队}",
    "{sport}{event}中国队名单出炉，{person}领衔",
    "全民健身{日|月}：{cs}{ten}个体育场馆{免费开放|低价开放}",
    "欧冠{1/4|1/8|半}决赛：{皇马|拜仁|曼城|巴萨|阿森纳|国米}{ten}-{ten}{巴黎|利物浦|多特|米兰|切尔西|马竞}",
    "{cs}{sport}{公开赛|邀请赛}开幕，{tens}支队伍参赛",
    "{team}球迷{组织慈善义卖|为受伤球员捐款|自发清理看台}，{获点赞|上热搜}",
    "{assoc}主席：{将继续推进职业联赛改革|青训是长期工程}",
)
SPORT_LEADS = (
    "北京时间{mon}月{day}日晚，{year}赛季中超联赛第{tens}轮一场焦点战在{cs}打响",
    "{mon}月{day}日，{assoc}在官方网站发布公告，对{team}{ten}名球员作出处罚",
    "在刚刚结束的{event}{sport}比赛中，中国选手{person}以{tens}.{ten}的成绩获得冠军",
    "今天上午，{year}{cs}马拉松在{cs}市{广场|体育中心|滨江公园}鸣枪开跑",
    "本场比赛，{bteam}外援砍下{tens}分{ten}篮板，帮助球队取得{ten}连胜",
    "由{cs}市体育局主办的{cs}公益跑活动{mon}月{day}日举行，参与者完成{ten}公里路程",
)
SPORT_DETAILS = (
    "上半场双方均有机会，但都没能取得进球",
    "第{tens}分钟，{person}禁区内头球破门，帮助球队取得领先",
    "赛后主教练{person}表示，球队打出了应有的水平，但细节上还需要提高",
    "本次比赛设全程、半程和迷你跑三个项目，赛道沿途设置了{ten}个补给站",
    "公益跑报名费全部用于赛事组织，完赛选手可获得完赛奖牌和电子证书",
    "根据{assoc}纪律准则，相关球员被停赛{ten}场，并处罚款",
    "现场{thou}名球迷为主队加油助威",
    "目前{team}积分{tens}分，暂列积分榜第{ten}位",
    "这是中国队本届赛事获得的第{ten}枚金牌",
    "下一轮，{team}将客场挑战{team2}",
)

ENT_VOCAB = {
    "show": ("《乘风{year}》", "《奔跑吧》", "《向往的生活》", "《声生不息》", "《这！就是街舞》", "《歌手{year}》",
             "《极限挑战》", "《脱口秀大会》", "《种地吧》", "《中国好声音》"),
    "film": ("《长安的荔枝》", "《{cs}往事》", "《无名之辈》", "《热辣人生》", "《流浪之地》", "《孤注》", "《逆行者》",
             "《好东西》", "《夏日终曲》", "《封神》", "《星河长明》", "《第{ten}个春天》"),
    "drama": ("《繁花》", "《庆余年》", "《长相思》", "《狂飙》", "《人世间》", "《玫瑰的故事》", "《我的阿勒泰》",
              "《漫长的季节》", "《去有风的地方》", "《山海情》"),
    "fund": ("中国红十字基金会", "中华慈善总会", "中国扶贫基金会", "中国乡村发展基金会", "中国妇女发展基金会",
             "中国青少年发展基金会", "中国儿童少年基金会", "深圳壹基金公益基金会", "{pv}省慈善总会", "中国宋庆龄基金会"),
    "award": ("金鸡奖", "百花奖", "华表奖", "金马奖", "白玉兰奖", "金鹰奖", "飞天奖", "金像奖"),
}
ENT_HEADS = (
    "{film}票房突破{tens}亿，{person}{主演|执导}获赞",
    "{person}{官宣恋情|宣布结婚|晒娃|新歌上线|回应近况}，网友送祝福",
    "{drama}{大结局|开播|收视破{ten}}，{person}演技获认可",
    "{show}首期播出，{person}{表现亮眼|引发热议|被淘汰}",
    "{person}向{fund}捐款{tens}0万元驰援{灾区|受灾群众}",
    "多位明星通过{fund}为{pv}灾区捐款捐物",
    "{person}{cs}演唱会{门票秒空|官宣加场|延期举行}",
    "第{tens}届{award}提名名单公布，{film}获{ten}项提名",
    "中国电影家协会发布{year}年度{电影创作报告|优秀影片推荐}",
    "{mon}月电影票房{hund}亿元，{film}领跑",
    "{person}{新剧|新电影}{杀青|定档|发布海报}，{搭档|合作}{person2}",
    "{person}担任{fund}公益形象大使，{呼吁关注|参与}{儿童阅读|乡村教育|环保}",
    "{person}获{award}最佳{男主角|女主角|导演}",
    "{film}豆瓣开分{ten}.{ten}，网友：{值得一看|有点失望|期待已久}",
    "{person}{工作室|经纪公司}发声明：{网传消息不实|将依法维权}",
    "{person}参加{公益活动|慈善晚会}，{为山区孩子送去图书|带头认捐}",
    "中国音乐家协会{举办|发布}{year}年{音乐会|新作品推介}",
    "{drama}导演谈幕后：{拍了{ten}个月|演员很拼|取景在{cs}}",
)
ENT_LEADS = (
    "据猫眼专业版数据，截至{mon}月{day}日{hour}时，电影{film}累计票房突破{tens}亿元",
    "{mon}月{day}日，{person}{工作室|本人}在社交平台发文，宣布向{fund}捐款{tens}0万元，用于受灾地区救援和灾后重建",
    "{fund}官方微博发布感谢信，感谢{person}等{tens}位艺人对{灾区|乡村儿童}的捐赠",
    "由{person}领衔主演的电视剧{drama}昨晚迎来大结局，相关话题阅读量超{ten}亿",
    "{person}{cs}站演唱会{mon}月{day}日开票，{thou}张门票几分钟内售罄",
    "第{tens}届{award}颁奖典礼日前在{cs}举行，{film}成为最大赢家",
)
ENT_DETAILS = (
    "{fund}表示，善款将按照捐赠人意愿全部用于受灾群众生活救助",
    "网友纷纷点赞：“默默做好事，这才是正能量”",
    "该片由{person2}执导，讲述了一个发生在{cs}小城的故事",
    "{fund}将定期公示善款使用情况，接受社会监督",
    "不少网友表示，第一次因为一部剧去了一个城市旅游",
    "演唱会主办方提醒，请通过官方渠道购票，谨防黄牛",
    "该剧豆瓣评分{ten}.{ten}，是今年评分最高的国产剧之一",
    "这已经不是{person}第一次捐款了，此前{他|她}曾多次参与{助学|扶贫|抗洪}捐赠",
    "节目组回应称，后续将推出加长版",
    "据悉，{person}还将担任本届{award}评委",
)

GAME_VOCAB = {
    "game": ("《王者荣耀》", "《原神》", "《英雄联盟》", "《和平精英》", "《黑神话：悟空》", "《崩坏：星穹铁道》",
             "《明日方舟》", "《永劫无间》", "《蛋仔派对》", "《逆水寒》", "《梦幻西游》", "《第五人格》", "《金铲铲之战》",
             "《炉石传说》", "《魔兽世界》", "《我的世界》", "《塞尔达传说》", "《CS2》", "《DOTA2》", "《阴阳师》"),
    "league": ("KPL", "LPL", "DOTA2国际邀请赛", "英雄联盟全球总决赛", "PEL", "电竞亚运"),
    "club": ("EDG", "RNG", "JDG", "BLG", "TES", "AG超玩会", "WBG", "LNG", "狼队", "成都AG"),
    "platform": ("Steam", "PS5", "Switch", "Xbox", "TapTap", "App Store"),
}
GAME_HEADS = (
    "{game}新版本{今日上线|定档{mon}月{day}日|开启预下载}，新增{ten}个{英雄|角色|地图}",
    "{mon}月国产网络游戏审批信息公布，共{hund}款游戏获批",
    "{league}{季后赛|总决赛|常规赛}：{club}{ten}:{ten}{击败|不敌}{club2}",
    "{game}{公测|删档测试}开启，{首日|三天}玩家突破{tens}00万",
    "{game}{平衡性调整|周年庆活动|联动}公告：{这些英雄被削弱|免费领皮肤|限时返场}",
    "{platform}{夏促|冬促|秋促}开启，{game}史低{ten}折",
    "{game}登顶{platform}畅销榜，{玩家|网友}：{好玩|氪不动了}",
    "未成年人防沉迷新规：{寒假|暑假}期间每周限玩{ten}小时",
    "{club}官宣{新赛季阵容|转会|教练调整}，{person}{加盟|离队}",
    "{game}{被玩家吐槽|紧急修复}{卡顿|BUG|匹配机制}，官方致歉并补偿",
    "{game}{年度收入|全球流水}突破{tens}亿美元",
    "中国音像与数字出版协会发布{year}年游戏产业报告",
    "{game}攻略：{新手前期怎么玩|{ten}个隐藏任务|最强阵容推荐}",
    "{game}电竞{世界赛|城市赛}落户{cs}",
)
GAME_LEADS = (
    "{game}官方{mon}月{day}日发布公告，新版本将于下周更新，届时服务器将停机维护{ten}小时",
    "在昨晚进行的{league}比赛中，{club}以{ten}:{ten}战胜{club2}，锁定季后赛席位",
    "国家新闻出版署网站{mon}月{day}日公布了{mon2}月份国产网络游戏审批信息，共有{hund}款游戏获批",
    "不少玩家在论坛反映，更新后{game}出现{闪退|掉帧|登录排队}问题",
)
GAME_DETAILS = (
    "停服期间玩家将无法登录游戏，官方将发放{hund}钻石作为补偿",
    "本次更新还优化了新手引导和匹配机制",
    "本场比赛MVP由{club}中单{person}获得",
    "游戏厂商提醒，未成年人游戏时间受防沉迷系统限制，家长可开启成长守护功能",
    "有玩家吐槽，新活动“肝度”太高",
    "据第三方数据，该游戏上线首月流水超{tens}亿元",
    "官方表示，非官方渠道的充值返利、代练均存在封号风险",
)

GOV_VOCAB = {
    "meeting": ("国务院常务会议", "省政府常务会议", "市委常委会会议", "市政府常务会议", "全国人大常委会会议",
                "省政协全体会议", "县委理论学习中心组学习会", "全国两会", "中央经济工作会议", "省委全会"),
    "policy": ("稳就业", "优化营商环境", "乡村振兴", "巩固拓展脱贫攻坚成果", "东西部协作", "对口帮扶",
               "民生实事", "城市更新", "生态环境保护", "安全生产", "防汛救灾", "科技创新", "招商引资", "养老服务体系",
               "基层治理", "消费帮扶", "义务教育优质均衡", "新型城镇化"),
    "official": ("市长", "县长", "副省长", "市委书记", "区长", "镇党委书记", "省长", "副市长"),
    "place2": ("恩施", "毕节", "定西", "喀什", "临夏", "黔东南", "凉山", "延安", "赣州", "大别山区", "武陵山区", "六盘山区"),
}
GOV_HEADS = (
    "{cs}总工会“送温暖”活动慰问困难职工{thou}户",
    "{meeting}召开 部署{policy}等工作",
    "{cs}召开{policy}工作推进会",
    "{pv}出台{ten}条措施{支持|推动}{policy}",
    "{official}{person}{赴|到}{place}调研{policy}工作",
    "{cs}{year}年{ten}件民生实事项目全部完成",
    "{cs}与{place2}签订{东西部协作|对口帮扶}协议，{year}年投入帮扶资金{yi}亿元",
    "{pv}{year}年脱贫人口人均纯收入{增长|达到}{pct2}",
    "{year}年{pv}政府工作报告{全文|要点}发布",
    "国务院办公厅印发《关于{促进|推动|加强}{policy}的意见》",
    "{cs}消费帮扶{农产品展销会|专馆}开业，{place2}特产受欢迎",
    "{pv}启动{policy}专项督查，{ten}个督查组赴各地",
    "{cs}人大常委会审议{物业管理条例|养犬管理规定|文明行为促进条例}草案",
    "{cs}政协委员建言{policy}：{加大财政投入|完善配套政策|发挥企业作用}",
    "国家乡村振兴局：{year}年{防止返贫监测|产业帮扶|就业帮扶}取得新进展",
    "{cs}发布{year}年第{ten}号政府令",
    "全国人大代表{person}：建议{提高个税起征点|延长产假|加强农村养老}",
    "{pv}省委常委会召开会议 传达学习{重要讲话精神|会议精神}",
    "{cs}驻村工作队{帮助村民|带领群众}{种茶|养牛|发展民宿}增收",
)
GOV_LEADS = (
    "{mon}月{day}日，{cs}召开{policy}工作推进会，总结前一阶段工作，安排部署下一步重点任务",
    "{meeting}{mon}月{day}日召开，研究{policy}有关工作",
    "{official}{person}近日到{place}调研{policy}工作，实地察看项目建设进展",
    "{year}年以来，{cs}对口帮扶{place2}，累计投入财政帮扶资金{yi}亿元，实施帮扶项目{hund}个",
    "记者从{cs}市政府新闻发布会上获悉，今年全市{ten}件民生实事已全部完成年度目标",
)
GOV_DETAILS = (
    "会议强调，要坚持以人民为中心的发展思想，切实把好事办好、实事办实",
    "会议要求，各级各部门要压实责任，确保各项任务落到实处",
    "帮扶资金主要用于产业发展、基础设施建设和就业培训",
    "通过消费帮扶，{place2}的农特产品进入{cs}的超市和食堂，带动{thou}户农户增收",
    "{person}指出，要持续巩固拓展脱贫攻坚成果，坚决守住不发生规模性返贫的底线",
    "据介绍，{cs}今年新增城镇就业{tens}.{ten}万人，城镇调查失业率控制在{ten}%以内",
    "驻村第一书记{person}说，村里的特色产业已经形成规模",
    "下一步，{cs}将进一步完善政策体系，推动{policy}工作取得更大成效",
    "会议还研究了其他事项",
)

SOC_VOCAB = {
    "incident": ("地铁故障", "路面塌陷", "暴雨积水", "小区停电", "电梯困人", "燃气泄漏", "交通事故", "山火", "老人走失",
                 "孩子被困阳台", "车辆自燃", "楼道起火", "共享单车乱停", "噪音扰民"),
    "hero": ("外卖小哥", "公交司机", "环卫工人", "退伍军人", "大学生", "出租车司机", "快递员", "保安大叔", "护士", "民警"),
    "bureau": ("市场监管局", "消费者协会", "交警支队", "住建局", "城管局", "卫健委", "人社局", "应急管理局", "文旅局", "公安局"),
}
SOC_HEADS = (
    "{cs}“爱心驿站”{上新|升级}，{环卫工|快递员|外卖小哥}有了歇脚点",
    "{cs}开展“慈善一日捐”活动，{机关干部|企业职工}踊跃参与",
    "{cs}{ten}个社区设置旧衣捐赠箱，衣物{消毒后捐给困难家庭|统一回收再利用}",
    "{cs}一{hero}{跳河救人|扑灭火情|救下轻生女子|拾金不昧}，{获表彰|被赞“最美”|婉拒奖金}",
    "{cs}{place}{incident}，{无人员伤亡|已处置完毕|多部门赶赴现场}",
    "{cs}消费者协会发布消费提示：{预付卡消费要谨慎|警惕“免费旅游”陷阱|选购年货注意这些}",
    "{pv}省消协{year}年受理投诉{thou}件，为消费者挽回损失{hund}万元",
    "{cs}{bureau}{开展|启动}{食品安全|电动自行车|燃气安全|校园周边}专项整治",
    "{cs}{ten}岁男孩走失，{民警|热心市民}{ten}小时帮其找到家人",
    "{cs}无偿献血者{person}累计献血{thou}毫升，获全国无偿献血奉献奖",
    "{cs}一小区{incident}，居民{被困|着急}，物业：{正在抢修|已联系供电部门}",
    "{cs}街头“爱心冰箱”{运行一年|上线}，{环卫工|外卖员}可免费取用",
    "{cs}{ten}所学校周边{增设|施划}{护学岗|斑马线|限速标志}",
    "男子{酒驾|无证驾驶|高速逆行}被查，{罚款|拘留}",
    "{cs}居民自发组建志愿服务队，{帮老人买菜|清理楼道|巡逻夜查}",
    "{cs}公交{ten}条线路{调整|新开通|恢复}，附详细站点",
    "{cs}{bureau}通报：{ten}家{餐馆|超市|药店}因{卫生不达标|价格违法|销售过期食品}被处罚",
    "{person}老人{捐出积蓄|资助学生}{tens}年，{通过学校设立奖学金|通过红十字会捐出}",
    "{cs}一{hero}{雨夜|深夜}护送迷路老人回家",
    "暴雨中，{cs}市民自发为被困车辆指路",
    "{cs}{ten}只流浪{猫|狗}被救助，{待领养|找到新家}",
)
SOC_LEADS = (
    "{mon}月{day}日{hour}时许，{cs}{place}发生{incident}，{公安|消防|应急}部门第一时间赶到现场",
    "近日，一段“{hero}{雨中|深夜}{救人|助人}”的视频在网上走红，视频中的主人公是{cs}的{hero}{person}",
    "记者从{cs}{bureau}获悉，{year}年以来共{受理|查处}相关{投诉|案件}{thou}件",
    "{cs}消费者协会提醒，部分商家以低价为诱饵推销预付卡，消费者办卡前应核实经营者资质",
    "{person}今年{tens}岁，在{cs}{place}{开了{tens}年修鞋铺|做了{tens}年保洁|骑了{ten}年外卖}",
)
SOC_DETAILS = (
    "事发后，{bureau}立即组织人员进行处置，目前现场秩序已经恢复",
    "{person}说：“换作别人，也会这么做的。”",
    "事故原因正在进一步调查中",
    "消协提醒，消费者遇到纠纷可拨打12315热线投诉",
    "目前，孩子已被安全送回家人身边",
    "社区工作人员表示，将持续关注，为居民解决实际困难",
    "{cs}市文明办为{person}颁发了见义勇为证书和奖金",
    "周边居民表示，希望有关部门尽快解决问题",
    "网友留言：“{好样的|太暖了|正能量满满}，为你点赞！”",
    "民警提醒，市民出行要遵守交通规则，注意安全",
)

AUTO_VOCAB = {
    "car": ("比亚迪秦PLUS", "特斯拉Model Y", "理想L6", "小鹏MONA", "蔚来ES6", "问界M7", "小米SU7", "吉利星愿",
            "长安深蓝S7", "零跑C11", "大众朗逸", "丰田凯美瑞", "本田雅阁", "宝马3系", "五菱缤果", "极氪001", "哪吒L",
            "别克GL8", "传祺M8", "哈弗H6"),
    "automaker": ("比亚迪", "吉利", "长安", "奇瑞", "长城", "上汽", "广汽", "理想", "小鹏", "蔚来", "零跑", "特斯拉中国"),
}
AUTO_HEADS = (
    "中国汽车工业协会：{mon}月汽车销量{tens}{0|5}.{ten}万辆，同比{增长|下降}{pct2}",
    "乘联会：{mon}月新能源乘用车零售渗透率达{bigpct}",
    "{car}{上市|改款|降价}，{售价|限时价}{tens}.{ten}万元起",
    "{automaker}{mon}月交付{thou}0辆，{同比增长|创历史新高}",
    "{cs}汽车以旧换新补贴{加码|申请指南}：最高补{ten}万元",
    "{year}{cs}国际车展开幕，{hund}款新车亮相",
    "{automaker}宣布召回{thou}辆{电动车|SUV|轿车}，原因{是|涉及}{刹车|电池包|安全气囊}",
    "{car}{冬季续航|碰撞测试|百公里油耗}实测：{表现不错|缩水明显|超出预期}",
    "{cs}新增{ten}座超充站，{高速服务区|商场}充电更方便",
    "新能源车险{贵|涨价}？{保险公司|业内}回应",
    "车主吐槽{car}{车机卡顿|异响|售后慢}，厂家回应",
    "驾照考试新规：{科目一|科目二|科目三}{考试内容调整|可以异地考}",
    "{mon}月车市价格战{升级|降温}，{ten}个品牌宣布降价",
    "二手车{交易|出口}量{同比增长|创新高}",
)
AUTO_LEADS = (
    "中国汽车工业协会{mon}月{day}日发布数据，{mon2}月我国汽车产销分别完成{tens}{0|5}万辆和{tens2}{0|5}万辆",
    "{mon}月{day}日，{car}正式上市，新车共推出{ten}个版本，官方指导价{tens}.{ten}万至{tens2}.{ten}万元",
    "{cs}商务局发布通知，{year}年汽车以旧换新补贴申请通道正式开启",
    "{year}{cs}国际汽车展览会{mon}月{day}日开幕，展期{ten}天",
)
AUTO_DETAILS = (
    "新能源汽车产销继续保持较快增长，出口表现亮眼",
    "符合条件的消费者报废旧车并购买新能源车，可申请{ten}万元补贴",
    "新车搭载{tens}kWh电池组，CLTC续航里程{hund}公里",
    "销售人员表示，近期到店看车的人明显增多，{car}需要排队提车",
    "车主可通过品牌官方APP预约免费检修",
    "业内人士提醒，购车时要看清金融方案中的手续费和利率",
    "展会期间，主办方还设置了试驾区和亲子互动区",
)

TRAVEL_VOCAB = {
    "spot": ("西湖", "故宫", "黄山", "张家界", "九寨沟", "鼓浪屿", "洱海", "丽江古城", "长城", "兵马俑", "乌镇", "泰山",
             "桂林漓江", "布达拉宫", "喀纳斯", "哈尔滨冰雪大世界", "淄博", "天津之眼", "重庆洪崖洞", "三亚亚龙湾", "敦煌莫高窟"),
    "holiday": ("五一", "国庆", "春节", "端午", "清明", "中秋", "暑期", "元旦", "寒假"),
    "country": ("泰国", "日本", "新加坡", "马来西亚", "韩国", "法国", "意大利", "新西兰", "越南", "土耳其", "格鲁吉亚"),
}
TRAVEL_HEADS = (
    "{holiday}假期{cs}接待游客{tens}0万人次，旅游收入{yi}亿元",
    "{spot}{holiday}门票{预约已满|限流|免费开放}，游客请错峰出行",
    "{holiday}出游攻略：{ten}条{小众|亲子|自驾}线路推荐",
    "12306：{holiday}火车票{mon}月{day}日开售，{抢票|退票}攻略来了",
    "{country}对中国游客{免签|延长免签|简化签证}，{机票搜索量|旅游预订量}大涨",
    "{cs}{新开|恢复}至{country}{国际航线|直飞航班}",
    "中国旅游协会：{year}年{holiday}国内旅游{出游人次|消费}同比{增长|恢复}{pct2}",
    "{spot}景区回应{排长队|收费|游客被宰}问题",
    "{cs}文旅局长{亲自带货|出镜推介}，{景区|美食}火出圈",
    "民宿{涨价|一房难求}，{cs}{holiday}酒店价格{翻倍|回落}",
    "{spot}{下雪了|花开了|迎来最佳观赏期}，美成一幅画",
    "{holiday}高速免费通行，这些路段容易拥堵",
    "{cs}至{spot}旅游专列开通",
    "{country}旅游注意事项：{入境政策|小费|交通}提醒",
)
TRAVEL_LEADS = (
    "据{cs}市文化广电旅游局统计，{holiday}假期全市共接待游客{tens}{0|5}.{ten}万人次，同比增长{pct2}",
    "记者{mon}月{day}日从{spot}景区管理处获悉，{holiday}期间景区实行实名预约，每日限流{thou}0人",
    "随着{holiday}临近，不少市民开始规划出游，在线旅游平台数据显示，{country}{人气|预订量}上涨明显",
    "{holiday}期间，{spot}迎来客流高峰，{ten}点左右入口处就排起了长队",
)
TRAVEL_DETAILS = (
    "景区提醒游客提前通过官方小程序预约，合理安排行程",
    "高速公路小型客车免费通行时间为{mon}月{day}日0时至{mon}月{day2}日24时",
    "酒店行业人士表示，今年假期{cs}酒店入住率超过{bigpct}",
    "不少游客选择“反向旅游”，去人少的小城市",
    "文旅部门开通投诉热线，游客遇到强制消费可随时举报",
    "火车票起售时间为乘车前{tens}天，候补购票成功率较高",
)

HEALTH_VOCAB = {
    "disease": ("流感", "支原体肺炎", "诺如病毒", "高血压", "糖尿病", "甲流", "过敏性鼻炎", "近视", "颈椎病", "失眠",
                "脂肪肝", "幽门螺杆菌感染", "手足口病", "带状疱疹", "痛风", "甲状腺结节"),
    "hospital": ("市第一人民医院", "中心医院", "中医院", "妇幼保健院", "儿童医院", "人民医院", "协和医院", "肿瘤医院"),
    "dept": ("儿科", "呼吸科", "心内科", "眼科", "口腔科", "皮肤科", "急诊科", "骨科", "内分泌科", "消化科"),
}
HEALTH_HEADS = (
    "{disease}进入高发期，{cs}{hospital}{dept}{门诊量大增|日接诊超{thou}人次}",
    "国家医保局：{ten}{0|5}种药品{新增纳入医保目录|集采中选|价格平均降{bigpct}}",
    "{cs}{hospital}开通{夜间门诊|互联网医院|线上复诊}，{挂号|取药}更方便",
    "医生提醒：{disease}{并不可怕|早发现早治疗|这些症状要警惕}",
    "{year}年医保缴费开始，{个人缴费标准|缴费渠道}有变化",
    "{cs}启动{适龄女生HPV疫苗免费接种|老年人免费体检|癌症早筛}项目",
    "每天走一万步真的健康吗？专家这样说",
    "{dept}医生：{年轻人|老人|孩子}{disease}越来越多，和这些习惯有关",
    "{cs}医保新政：{门诊报销比例提高|异地就医直接结算|家庭共济}",
    "国家卫健委：{year}年{流感疫苗|儿童免疫规划}工作{启动|方案发布}",
    "{cs}{ten}家医院{实现检查结果互认|取消门诊输液|上线智慧药房}",
    "{cs}红十字会{开展|举办}{应急救护培训|无偿献血宣传|造血干细胞捐献}活动",
    "{person}医生{tens}年扎根乡村卫生室，守护村民健康",
    "天冷了，{disease}患者要注意这{ten}点",
)
HEALTH_LEADS = (
    "入冬以来，{disease}进入高发季节，{cs}{hospital}{dept}每天门诊量超过{thou}人次，比平时增加{bigpct}",
    "记者从{cs}市医疗保障局获悉，自{mon}月{day}日起，{cs}将执行新的门诊报销政策",
    "{hospital}{dept}主任医师{person}介绍，{disease}的典型症状包括{发热、咳嗽|头晕、乏力|疼痛、红肿}",
    "{cs}红十字会{mon}月{day}日在{place}举办应急救护培训，{tens}名市民学习了心肺复苏",
)
HEALTH_DETAILS = (
    "医生建议，出现症状应及时就医，不要自行用药",
    "参保人员可通过医保APP、微信小程序或银行网点缴纳医保费",
    "专家提醒，规律作息、均衡饮食、适量运动是预防的关键",
    "学员考核合格后可获得红十字救护员证书",
    "新政实施后，参保人员在基层医疗机构就诊报销比例提高到{tens}%",
    "医院提醒患者通过官方渠道预约挂号，警惕“黄牛”号贩子",
    "接种疫苗是预防{disease}最经济有效的手段",
    "{cs}红十字会表示，培训免费，欢迎市民报名参加",
)

WEATHER_HEADS = (
    "中央气象台发布寒潮{蓝色|黄色|橙色}预警，{cs}{将降温|气温骤降}{ten}℃以上",
    "{cs}今天{晴转多云|小到中雨|阵雨|大雪|雾霾}，最高气温{temp}℃",
    "暴雨{黄色|蓝色|红色}预警！{pv}{ten}个县市将有大到暴雨",
    "台风“{海葵|杜苏芮|摩羯|贝碧嘉|格美|山陀儿}”{登陆|逼近}{pv}，{cs}{停课|停运|启动应急响应}",
    "{cs}入{夏|冬|秋|春}了！{连续{ten}天|今年比往年}{早|晚}{ten}天",
    "高温{持续|预警}：{cs}最高气温将达3{ten}℃",
    "{cs}下周天气：前期{晴好|多雨}，后期{冷空气|暖湿气流}来袭",
    "{pv}今冬首场{雪|寒潮}来了，{出行|农业}注意防范",
    "{cs}空气质量{优|良|轻度污染}，{适宜|不宜}户外活动",
    "今天{立春|雨水|惊蛰|春分|谷雨|立夏|小满|夏至|大暑|立秋|白露|秋分|霜降|立冬|小雪|冬至|大寒}，{cs}天气{回暖|转凉|多变}",
    "“回南天”来了，{cs}{湿度超{tens}%|墙壁冒水}",
    "{cs}气象台{hour}时{minute}分发布{大风|雷电|冰雹|道路结冰|大雾}预警信号",
)
WEATHER_LEADS = (
    "据{cs}市气象台预报，{mon}月{day}日至{day2}日，受冷空气影响，全市将出现{大风降温|雨雪|强对流}天气",
    "今天白天{cs}{多云|阴有小雨|晴}，{东北|西北|偏南}风{ten}级，气温{temp}到{temp2}℃",
    "中央气象台{mon}月{day}日{hour}时发布预警，预计未来{ten}天{pv}等地有{暴雨|大雪|高温}",
)
WEATHER_DETAILS = (
    "气象部门提醒，市民外出注意添衣保暖，驾车出行注意路面湿滑",
    "受降雨影响，{cs}部分路段出现积水，交警已在现场疏导交通",
    "农业部门建议，做好蔬菜大棚的防寒加固工作",
    "预计本周末天气转好，气温逐步回升",
    "中小学生上学途中注意安全，家长适当增减衣物",
    "此次降温过程中，部分地区降温幅度可达{tens}℃",
)

LIFE_HEADS = (
    "双色球第{year}{hund}期开奖：头奖{ten}注{ten}00万元，{cs}彩民中得",
    "大乐透{开奖|奖池}{yi}亿元，{pv}彩民揽{ten}注一等奖",
    "{cs}彩民中{ten}00万大奖，{领奖|捐出部分奖金}",
    "福利彩票发行{tens}周年，累计筹集公益金{yi}亿元",
    "体彩公益金{助力|投入}{全民健身|青少年体育}，{cs}新建{tens}个健身点",
    "{year}年{秋冬|春夏}流行色{发布|出炉}，{ten}种穿搭公式",
    "装修避坑：{卫生间防水|瓷砖铺贴|橱柜定制}要注意这{ten}点",
    "小户型收纳神器：{tens}平米也能住得宽敞",
    "本周星座运势：{白羊|金牛|双子|巨蟹|狮子|处女|天秤|天蝎|射手|摩羯|水瓶|双鱼}座{财运|桃花|事业运}旺",
    "{mon}月家居建材价格指数{小幅上涨|环比下降}",
    "秋冬护肤指南：{干皮|油皮|敏感肌}这样保湿",
    "{cs}{家博会|车房展|年货节}开幕，{ten}00家企业参展",
)
LIFE_LEADS = (
    "{mon}月{day}日晚，中国福利彩票双色球游戏进行第{year}{hund}期开奖，当期一等奖开出{ten}注",
    "据{cs}福彩中心介绍，本期{cs}彩民在{place}一投注站中得一等奖",
    "走进{cs}{place}新开的建材市场，瓷砖、卫浴、灯具等品类一应俱全",
    "天气转凉，换季穿搭成为不少年轻人关注的话题",
)
LIFE_DETAILS = (
    "中奖彩民须在开奖之日起60天内兑奖，逾期未兑视为弃奖",
    "彩票公益金主要用于社会福利、体育等社会公益事业",
    "理性购彩，量力而行",
    "商家表示，“双十一”期间部分家居品类优惠幅度较大",
    "设计师建议，小户型装修要多利用垂直空间",
    "本期销售额{yi}亿元，奖池累计{tens}.{ten}亿元",
)

NEWS_SECTIONS: dict[str, tuple[dict, tuple, tuple, tuple]] = {
    "finance": (FIN_VOCAB, FIN_HEADS, FIN_LEADS, FIN_DETAILS),
    "funds": (FIN_VOCAB, FUND_HEADS, FUND_LEADS, FUND_DETAILS),
    "real_estate": (ESTATE_VOCAB, ESTATE_HEADS, ESTATE_LEADS, ESTATE_DETAILS),
    "education": (EDU_VOCAB, EDU_HEADS, EDU_LEADS, EDU_DETAILS),
    "tech": (TECH_VOCAB | {"school": EDU_VOCAB["school"]}, TECH_HEADS, TECH_LEADS, TECH_DETAILS),
    "sports": (SPORT_VOCAB, SPORT_HEADS, SPORT_LEADS, SPORT_DETAILS),
    "entertainment": (ENT_VOCAB, ENT_HEADS, ENT_LEADS, ENT_DETAILS),
    "games": (GAME_VOCAB, GAME_HEADS, GAME_LEADS, GAME_DETAILS),
    "government": (GOV_VOCAB, GOV_HEADS, GOV_LEADS, GOV_DETAILS),
    "society": (SOC_VOCAB, SOC_HEADS, SOC_LEADS, SOC_DETAILS),
    "autos": (AUTO_VOCAB, AUTO_HEADS, AUTO_LEADS, AUTO_DETAILS),
    "travel": (TRAVEL_VOCAB, TRAVEL_HEADS, TRAVEL_LEADS, TRAVEL_DETAILS),
    "health": (HEALTH_VOCAB, HEALTH_HEADS, HEALTH_LEADS, HEALTH_DETAILS),
    "weather": ({}, WEATHER_HEADS, WEATHER_LEADS, WEATHER_DETAILS),
    "lifestyle": ({}, LIFE_HEADS, LIFE_LEADS, LIFE_DETAILS),
}
NEWS_REACTIONS = (
    "支持", "早该这样了", "终于等到了", "啥时候轮到我们这", "不懂就问，这个怎么办理", "吃瓜", "真的假的", "mark一下",
    "涨知识了", "希望是真的", "转给家里人看看", "又涨了？？", "我就想知道什么时候降", "太难了", "好消息",
    "点赞", "关我什么事", "坐等后续", "看完沉默了", "这个必须转", "有没有懂的人说说", "评论区说得对", "泪目",
    "不信", "我们这边早就开始了", "打工人表示压力很大", "已收藏", "求详细说明", "笑死，评论比新闻好看",
)


def bind_section(ctx: Context, section: str) -> tuple[tuple, tuple, tuple]:
    """Bind numbers and the section's topic words (two distinct picks per list: {team} and {team2})."""
    vocab, heads, leads, details = NEWS_SECTIONS[section]
    bind_numbers(ctx)
    for key, words in vocab.items():
        first, second = ctx.pick_n(words, 2) if len(words) > 1 else (words[0], words[0])
        ctx.slot(key, ctx.fill(first))
        ctx.slot(key + "2", ctx.fill(second))
    return heads, leads, details


def headline(ctx: Context, heads: Sequence[str]) -> str:
    """A filled headline, sometimes in a portal's framing (组图：, 快讯：...)."""
    text = one(ctx, heads)
    return ctx.pick(HEADLINE_FRAMES).format(text) if ctx.maybe(0.3) else text


def news_doc(ctx: Context, section: str) -> Doc:
    """A headline alone, a news account's post, or a short news article for one section."""
    heads, leads, details = bind_section(ctx, section)
    head = headline(ctx, heads)
    ctx.slot("headline", head)
    group = f"bg_news:{section}"
    if ctx.maybe(0.4 if ctx.is_social else 0.22):
        if ctx.is_social and ctx.maybe(0.4):
            head = ctx.pick(("【{}】", "{}", "#{}#", "{}（转）", "{} 网页链接")).format(head) + \
                (ctx.pick(NEWS_REACTIONS) if ctx.maybe(0.4) else "")
        return Doc(title="", paragraphs=[head], group=group, source_hint=ctx.pick(("weibo", "comment", "forum_reply"))
                   if ctx.is_social else ctx.pick(("news", "list", "article")))
    lead = one(ctx, leads)
    lead = dateline(ctx, lead) + lead
    if ctx.is_social:
        body = [lead] + fill_all(ctx, details, 0, 2)
        text = ctx.pick(("【{}】", "#{}#", "{}：", "【{}】", "")).format(head) + formal(body)
        if ctx.maybe(0.3):
            text = ctx.pick(NEWS_REACTIONS) + ctx.pick(("//", " ", "！", "。")) + text
        return Doc(title="", paragraphs=[text], group=group, source_hint=ctx.pick(("weibo", "weibo", "moments", "forum_reply")))
    rest = fill_all(ctx, details, 1, 5)
    cut = ctx.rng.randint(0, len(rest))
    paragraphs = [formal([lead] + rest[:cut])]
    if rest[cut:]:
        paragraphs.append(formal(rest[cut:]))
    if ctx.maybe(0.35):
        paragraphs.append(one(ctx, NEWS_TAILS))
    return Doc(title=head, paragraphs=paragraphs, group=group, source_hint=ctx.pick(("news", "news", "article")))


def _news_genre(section: str, weight: float):
    @genre(name=f"bg/news_{section}", kind=BG, source_types=BOTH_SOURCES, weight=weight)
    def news_genre(ctx: Context) -> Doc:
        return news_doc(ctx, section)

    news_genre.__doc__ = f"News headline, news-account post or short article: {section}."
    news_genre.__name__ = f"news_{section}"
    return news_genre


NEWS_WEIGHTS = {"finance": 1.2, "funds": 0.8, "real_estate": 1.0, "education": 2.0, "tech": 1.0, "sports": 1.0,
                "entertainment": 1.0, "games": 0.8, "government": 1.0, "society": 1.2, "autos": 0.7, "travel": 0.7,
                "health": 0.9, "weather": 0.6, "lifestyle": 0.6}
NEWS_GENRES = {section: _news_genre(section, weight) for section, weight in NEWS_WEIGHTS.items()}

LIST_TITLES = ("要闻", "今日热点", "新闻排行", "24小时热榜", "{cs}新闻", "滚动新闻", "最新资讯", "本地要闻", "热门文章",
               "推荐阅读", "财经要闻", "教育频道", "体育新闻", "娱乐头条", "早间新闻", "今日关注")
LIST_INTROS = ("早安！今天是{mon}月{day}日，星期{wk}，一起来看看今天的新闻", "【{mon}月{day}日新闻早知道】",
               "今日热搜：", "{cs}晚报新闻速览", "睡前新闻 | {mon}月{day}日", "午间快讯", "一分钟看完今日要闻",
               "昨晚今晨发生了什么？", "每日新闻简报（{mon}.{day}）", "#新闻早班车#")


@genre(name="bg/news_headline_list", kind=BG, source_types=BOTH_SOURCES, weight=1.5)
def news_headline_list(ctx: Context) -> Doc:
    """A portal list of headlines across sections, or a morning news digest post."""
    sections = ctx.pick_n(tuple(NEWS_SECTIONS), ctx.rng.randint(3, 8))
    lines = []
    for section in sections:
        heads, _, _ = bind_section(ctx, section)
        lines.extend(headline(ctx, heads) for _ in range(ctx.rng.randint(1, 2)))
    ctx.rng.shuffle(lines)
    if ctx.is_social:
        marker = ctx.pick(("{i}.", "{i}、", "【{i}】", "▶", "·", "{i}）"))
        items = [marker.format(i=i + 1) + line for i, line in enumerate(lines[:ctx.rng.randint(3, 7)])]
        return Doc(title="", paragraphs=[one(ctx, LIST_INTROS)] + items, group="bg_news:list",
                   source_hint=ctx.pick(("weibo", "moments", "group_chat")))
    style = ctx.rng.randrange(4)
    items = []
    for line in lines:
        if style == 0:
            items.append(f"· {line}")
        elif style == 1:
            items.append(f"{line}  {ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 28):02d}")
        elif style == 2:
            items.append(f"[{ctx.pick(('财经', '教育', '体育', '娱乐', '社会', '科技', '房产', '汽车', '健康'))}] {line}")
        else:
            items.append(line)
    return Doc(title=one(ctx, LIST_TITLES), paragraphs=["\n".join(items)], group="bg_news:list",
               source_hint=ctx.pick(("list", "news")))


# ================================================================ consumer reviews

REVIEW_CLOSERS_GOOD = (
    "下次还来", "推荐", "总体满意", "好评", "还会回购的", "五星", "会推荐给朋友", "值得", "性价比可以", "👍👍👍", "满分",
    "还行吧", "还可以吧，能接受", "没毛病", "已经推荐给同事了", "给个好评吧", "整体不错",
)
REVIEW_CLOSERS_BAD = (
    "不推荐", "差评", "一般般吧", "给个中评", "慎重选择", "不会再来了", "希望改进", "失望", "无语", "就这样吧", "凑字数",
    "大家避雷", "再也不买了", "不值这个价",
)


def review_closer(ctx: Context, parts: Sequence[str]) -> list[str]:
    """0-1 closing verdicts matching the review's tone (counted from complaint words in the parts)."""
    if not ctx.maybe(0.55):
        return []
    text = "".join(parts)
    bad = sum(text.count(w) for w in ("差", "慢", "不", "没", "坏", "失望", "太", "退", "吵", "脏", "异味", "漏", "问题"))
    return [ctx.pick(REVIEW_CLOSERS_BAD if bad >= 2 else REVIEW_CLOSERS_GOOD)]


HOTEL_VOCAB = {
    "hotel": ("如家", "汉庭", "全季", "亚朵", "维也纳", "锦江之星", "7天", "桔子", "希尔顿欢朋", "丽枫", "城际",
              "格林豪泰", "喜来登", "万豪", "洲际", "某国际大酒店", "宾馆", "商务酒店", "度假酒店", "民宿"),
    "platform": ("携程", "美团", "飞猪", "去哪儿", "艺龙", "同程", "前台", "抖音团购"),
}
HOTEL_OPEN = (
    "这是第{ten}次住{hotel}了", "{出差|旅游|带娃|陪父母|和男朋友|开会}住了{ten}晚", "总体{不错|还行|很满意|一般|很差}",
    "在{platform}订的，{hund}一晚", "性价比很高", "大失所望", "住过最{好|差}的一家", "价格偏贵但值得",
    "朋友推荐来的", "临时订的，没抱太大期望", "第一次给酒店写评价", "比照片上{旧|好}很多", "房间升级了，惊喜",
    "订的{大床房|双床房|家庭房|标间}", "{hotel}的老会员了",
)
HOTEL_ASPECTS = (
    "位置{很好|方便|偏了点}，离{地铁站|火车站|景区|会展中心}{步行{ten}分钟|很近|有点远}",
    "房间{干净|很大|偏小|有股霉味|装修有点旧}", "床{很舒服|太软了|有点硬}，{睡得很香|腰疼}",
    "隔音{很差|一般|不错}，{半夜能听到隔壁说话|走廊很吵|睡得很安静}", "早餐{种类多|很一般|没什么吃的|很丰盛}",
    "前台{小姐姐|服务员}{态度很好|爱答不理|办入住很快|效率太低}", "{停车方便|停车要收费|没有停车位}",
    "wifi{很快|时断时连|基本没信号}", "空调{不制冷|很吵|效果不错}", "卫生间{有点小|很干净|下水慢|淋浴水温不稳定}",
    "窗外{风景不错|对着墙|是马路}", "电梯{要等很久|刷卡才能用}", "洗漱用品{齐全|要另外买}",
    "周边吃饭{很方便|不太方便}", "热水{要放很久|很足}", "{枕头|被子}有{异味|头发}", "送了{水果|小零食}，很贴心",
    "隔壁在装修，吵了一上午", "楼道烟味很重", "浴巾不干净，换了一次",
)
HOTEL_MONEY = (
    "押金{hund}元，退房后{秒退|{ten}天才退回来}", "{platform}上订比前台便宜{tens}块", "发票{开得很快|要等第二天|说开不了}",
    "说好的好评返现到现在也没给", "续住一晚直接{微信|支付宝}付的，挺方便", "退房时说要加收{tens}元清洁费，莫名其妙",
    "取消订单扣了一晚的房费，规则没看清，算我的", "会员价{hund}，含双早", "免押金入住，信用分够就行",
    "价格{hund}一晚，这个价位还能要求什么", "节假日涨到{hund}，平时才{hund2}", "退款申请了三天还没到账",
)


HOTEL_STORY = (
    "我们一家{三|四}口{mon}月{day}号入住，晚上{ten}点多才到，前台很快就办好了手续",
    "到了才发现订的{大床房|标间}没有了，前台给我们免费升级了套房，这点要表扬",
    "第二天早上在酒店餐厅吃的早餐，{品种不多但味道还行|人太多了，等位等了二十分钟}",
    "晚上隔壁房间一直有人大声说话，给前台打了两次电话才安静下来",
    "退房的时候前台查房查了很久，差点误了火车",
    "酒店的服务员{很热心，帮我们叫了出租车|把我们落下的充电器寄回来了，非常感谢}",
    "这次是公司安排的出差，住了{ten}天，总的来说还算满意",
    "房间在{tens}楼，{视野很好，可以看到江景|靠近电梯，有点吵}",
    "洗澡的时候热水忽冷忽热，打电话让工程部来修，半小时后才来人",
    "入住时前台推荐办了会员卡，说下次可以打折",
    "酒店位于市中心，周边吃的逛的都很多，晚上出去散步也方便",
    "和照片相比房间有点旧，但打扫得还算干净，床单也是新换的",
    "价格比同档次的酒店便宜{tens}元左右，如果不挑剔的话可以考虑",
    "父母年纪大了，酒店还特意安排了{低楼层|离电梯近}的房间，很贴心",
)


@genre(name="bg/review_hotel", kind=BG, source_types=BOTH_SOURCES, weight=1.2)
def review_hotel(ctx: Context) -> Doc:
    """A hotel review: verdict, aspects (location, room, noise, breakfast, staff), money details, closer."""
    bind_numbers(ctx)
    bind_vocab(ctx, HOTEL_VOCAB)
    if ctx.maybe(0.4):
        parts = fill_all(ctx, HOTEL_STORY, 2, 5) + fill_all(ctx, HOTEL_ASPECTS, 0, 3)
        ctx.rng.shuffle(parts)
        parts = fill_all(ctx, HOTEL_OPEN, 0, 1) + parts
    else:
        parts = fill_all(ctx, HOTEL_OPEN, 0, 2) + fill_all(ctx, HOTEL_ASPECTS, 1, 6)
    parts += fill_all(ctx, HOTEL_MONEY, 0, 1)
    parts += review_closer(ctx, parts)
    text = casual(ctx, parts, tail_p=0.2) if ctx.maybe(0.55) else formal(parts)
    return Doc(title="", paragraphs=[text], group="bg_review:hotel",
               source_hint=ctx.pick(("comment", "forum_reply")) if ctx.is_social else ctx.pick(("forum_thread", "blog", "product")))


DELIVERY_VOCAB = {
    "dish": ("黄焖鸡", "麻辣烫", "酸菜鱼", "炸鸡", "披萨", "汉堡", "牛肉面", "盖浇饭", "螺蛳粉", "寿司", "烧烤", "饺子",
             "煲仔饭", "轻食沙拉", "小龙虾", "卤肉饭", "麻辣香锅", "米线", "奶茶", "烤鸭", "凉皮", "鸡公煲"),
    "side": ("米饭", "饮料", "筷子", "酱料包", "辣椒", "小菜", "勺子", "纸巾", "可乐", "煎蛋"),
}
DELIVERY_PARTS = (
    "{dish}{味道不错|太咸了|很正宗|一般般|没以前好吃了|辣度刚好}", "分量{很足|太少了|够两个人吃}", "送到都凉了",
    "送餐{很快|太慢了，等了一个多小时|比预计早了{tens}分钟}", "包装{很严实|漏了，袋子里都是汤|很用心}",
    "骑手{小哥|大哥}态度很好，下雨天辛苦了", "少送了{side}", "备注不要{香菜|葱|辣}，结果还是放了",
    "{dish}里吃出一根头发", "第{ten}次点这家了", "好吃！", "不好吃", "价格实惠", "{满减|红包}下来才{tens}块，划算",
    "配送费{ten}块有点贵", "商家送了{side}，好评", "申请退款商家{秒同意|不理人}", "说好的好评返现{没有|已收到，谢谢老板}",
    "肉{很嫩|太老了|有点腥}", "米饭{硬|太少|很香}", "汤{很浓|太淡}", "青菜{很新鲜|发黄}", "和图片差距有点大",
    "一如既往的好吃", "打电话问商家，说今天人多", "{dish}还可以，就是有点油", "会员红包抵了{ten}块",
    "骑手把餐放错地方了，找了半天", "超时了，平台赔了个红包", "送错了，换成别人的{dish}", "面都坨了",
)


@genre(name="bg/review_delivery", kind=BG, source_types=BOTH_SOURCES, weight=1.2)
def review_delivery(ctx: Context) -> Doc:
    """A food-delivery review: taste, portion, speed, packaging, rider, refunds and coupons."""
    bind_numbers(ctx)
    bind_vocab(ctx, DELIVERY_VOCAB)
    parts = fill_all(ctx, DELIVERY_PARTS, 1, 5)
    parts += review_closer(ctx, parts)
    text = casual(ctx, parts, tail_p=0.25)
    return Doc(title="", paragraphs=[text], group="bg_review:delivery",
               source_hint="comment" if ctx.is_social else ctx.pick(("product", "forum_thread")))


RESTAURANT_VOCAB = {
    "cuisine": ("火锅", "川菜", "粤菜", "日料", "烤肉", "湘菜", "本帮菜", "西餐", "东北菜", "海鲜", "自助餐", "烧烤",
                "农家菜", "云南菜", "茶餐厅", "私房菜", "椰子鸡", "羊蝎子"),
    "order": ("毛肚", "招牌鱼", "小炒肉", "虾饺", "烤鱼", "红烧肉", "锅包肉", "牛排", "刺身拼盘", "口水鸡", "酸汤肥牛",
              "菌子", "蒜蓉粉丝扇贝", "糖醋排骨", "肥肠", "铁锅炖", "毛血旺", "菠萝包"),
}
RESTAURANT_PARTS = (
    "周末和朋友来吃{cuisine}，排队{排了{tens}分钟|不用排}", "人均{tens}0左右", "环境{不错|一般|有点吵|很有格调}",
    "服务员{很热情|上菜太慢|一直推销酒水|态度冷淡}", "{order}{必点|很好吃|一般|咸了}", "点了{ten}个菜，{三|两}个人吃撑了",
    "用的{团购券|代金券}，很划算", "办了会员卡，充{hund}送{tens}", "停车{方便|难}", "菜量{足|少}", "价格偏贵",
    "老板是{cs}人，口味很地道", "上菜速度{很快|慢}", "包间要最低消费{thou}", "开在{商场|老街}里，{好找|有点难找}",
    "带{爸妈|孩子|同事}来的，都说好吃", "结账时抹了零", "味道比以前差了", "餐具收费{ten}块，不太合理",
    "菜里有虫子，找了经理，免单了", "卫生一般，桌子油腻", "甜品是送的", "网红店，名不副实", "第{ten}次来了",
    "生日来吃的，店里送了长寿面", "微信扫码点餐，挺方便的", "等位的时候有免费小吃和美甲",
)


@genre(name="bg/review_restaurant", kind=BG, source_types=BOTH_SOURCES, weight=0.9)
def review_restaurant(ctx: Context) -> Doc:
    """A dine-in restaurant review: queue, dishes, service, price per head, coupons and membership cards."""
    bind_numbers(ctx)
    bind_vocab(ctx, RESTAURANT_VOCAB)
    parts = fill_all(ctx, RESTAURANT_PARTS, 2, 6)
    parts += review_closer(ctx, parts)
    text = casual(ctx, parts, tail_p=0.3) if ctx.maybe(0.75) else formal(parts)
    return Doc(title=ctx.pick(("", "", "探店", "{}测评".format(ctx.slot("cuisine")))), paragraphs=[text],
               group="bg_review:restaurant",
               source_hint=ctx.pick(("comment", "weibo", "moments")) if ctx.is_social else ctx.pick(("blog", "forum_thread")))


PRODUCT_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "clothes": (("羽绒服", "卫衣", "牛仔裤", "连衣裙", "T恤", "衬衫", "大衣", "运动鞋", "毛衣", "打底裤", "羊毛衫"),
                ("尺码{偏大|偏小|标准}，{ten}斤穿{M|L|XL}刚好", "面料{舒服|有点扎|很薄}", "有色差", "洗了一次就{起球|缩水|掉色}了",
                 "做工{精细|一般，线头多}", "版型好看", "上身效果{很好|一般}", "有点味道，晾几天就好了", "穿着很暖和",
                 "跟实体店比便宜了{tens}块")),
    "fruit": (("苹果", "橙子", "猕猴桃", "车厘子", "芒果", "葡萄", "荔枝", "草莓", "石榴", "柚子", "蓝莓", "香蕉"),
              ("{很甜|不甜|酸|水分足}", "个头{大|小|不均匀}", "有{ten}个坏果", "坏果联系客服{退了钱|补发了}", "包装很好，没有压坏",
               "比超市便宜", "很新鲜", "放了两天就软了", "有点小，和描述不符", "孩子爱吃")),
    "electronics": (("手机", "耳机", "充电宝", "键盘", "鼠标", "平板", "显示器", "路由器", "电纸书", "智能手表"),
                    ("运行{流畅|有点卡}", "电池{耐用|不行，半天就没电}", "屏幕{清晰|有坏点}", "发热{明显|不严重}",
                     "音质{不错|一般}", "连接{稳定|老是断}", "系统{好用|广告太多}", "手感很好", "开机就有问题，换了一台",
                     "比专卖店便宜{hund}")),
    "books": (("小说", "绘本", "教辅", "考研资料", "历史书", "工具书", "漫画", "英语词汇书", "菜谱"),
              ("正版，印刷清晰", "纸张{很好|有点薄}", "书角压坏了", "孩子很喜欢看", "内容{很实用|一般}", "包装{严实|太简单}",
               "字有点小", "送了书签", "发货快", "疑似盗版，有错别字")),
    "cosmetics": (("面霜", "口红", "洗面奶", "防晒霜", "精华", "面膜", "粉底液", "洗发水", "身体乳", "香水"),
                  ("用着{不错|一般|过敏了}", "味道{好闻|有点冲}", "肤感{清爽|油腻}", "是正品，查了防伪码", "保湿效果{好|一般}",
                   "送了小样", "日期新鲜", "学生党用很合适", "比专柜便宜一半", "瓶子漏了")),
    "appliances": (("空调", "冰箱", "洗衣机", "热水器", "扫地机器人", "空气炸锅", "电饭煲", "吸尘器", "电暖器", "净水器"),
                   ("安装师傅{很专业|迟到了|乱收费}", "噪音{小|有点大}", "{制热|制冷}很快", "省电", "操作简单，老人也会用",
                    "送货上门还帮忙搬走旧的", "说明书看不懂", "用了一个月{就坏了|很满意}", "外观{好看|一般}", "功能很多用不上")),
}
SHOP_COMMON = (
    "物流{很快|太慢了|第二天就到}", "快递{送到家门口|放驿站了|包装破了}", "客服{回复及时|态度很好|一直不回}",
    "和描述{一致|不符}", "价格{实惠|偏贵}", "双十一买的，{凑满减|用了券}很划算", "第{ten}次回购了", "包装精美",
    "{京东|淘宝|拼多多|抖音商城}买的", "好评返现{tens}元已收到", "用支付宝付的，{十分钟就发货|三天才发货}",
    "退货运费{自己出的|有运费险}", "七天无理由退了，退款{很快到账|等了一周}", "会员价比平时便宜{tens}块",
    "卖家送了{小礼品|优惠券}", "给{爸妈|老公|女朋友|孩子}买的", "{很满意|挺好|一般|失望}",
)


@genre(name="bg/review_product", kind=BG, source_types=BOTH_SOURCES, weight=1.6)
def review_product(ctx: Context) -> Doc:
    """An e-commerce product review (clothes, fruit, electronics, books, cosmetics, appliances)."""
    bind_numbers(ctx)
    kind = ctx.pick(tuple(PRODUCT_KINDS))
    items, aspects = PRODUCT_KINDS[kind]
    item = ctx.pick(items)
    parts = fill_all(ctx, aspects, 1, 4) + fill_all(ctx, SHOP_COMMON, 0, 3)
    ctx.rng.shuffle(parts)
    if ctx.maybe(0.3):
        parts.insert(0, ctx.pick(("这个{}", "买的{}", "{}收到了", "第一次买{}", "{}")).format(item))
    parts += review_closer(ctx, parts)
    text = casual(ctx, parts, tail_p=0.25)
    return Doc(title="", paragraphs=[text], group=f"bg_review:{kind}",
               source_hint="comment" if ctx.is_social else ctx.pick(("product", "forum_thread")))


# Book reviews, often long and warm: children's books, parenting, novels that move the reader, books about charity and
# hardship. Round 15's short pleas taught the model that warm words about children and hope ask for money; these say
# the same words with nothing asked.
BOOK_KINDS = {
    "kids": (("绘本", "童话书", "儿童百科", "拼音读物", "睡前故事书", "科普绘本", "数学启蒙书"), (
        "买给{kid_age}的{孩子|宝宝|女儿|儿子}，每天睡前都要我读一遍", "{孩子|宝宝}看得可认真了，还会自己讲给我听",
        "画面很温暖，色彩柔和，{孩子|宝宝}特别喜欢里面的小{兔子|熊|狐狸}", "故事讲的是{友爱|分享|勇气|亲情}，很适合亲子共读",
        "没有拼音，刚开始担心孩子读不懂，结果完全多虑了", "读完以后孩子说要把零花钱存起来给奶奶买礼物，好感动",
        "希望孩子能像书里的主人公一样善良勇敢", "纸张很厚，不怕撕，适合小宝宝", "一套{ten}本，性价比很高",
        "从{kid_age}一直买到现在，孩子的阅读兴趣就是这样培养起来的")),
    "parenting": (("育儿书", "家庭教育书", "儿童心理学的书", "营养食谱书"), (
        "初为父母，很多事都不懂，这本书帮了大忙", "作者说要多陪伴、多倾听，我深有体会", "看完以后我对孩子耐心多了",
        "书里讲了很多常见病的家庭护理，照顾孩子很实用", "推荐给所有新手爸妈", "有些观点我不太认同，但总体值得一读",
        "已经给{爸妈|朋友|同事}也买了一本", "每个孩子都是独一无二的，这句话让我很受触动")),
    "novel": (("小说", "散文集", "回忆录", "诗集", "传记"), (
        "看到最后哭得稀里哗啦", "写亲情的部分特别打动我，想起了{外婆|爷爷|妈妈}", "文字很干净，读起来很舒服",
        "一口气读完的，好久没有这么投入了", "主人公在困境中也没有放弃希望", "讲的是普通人的善良和坚持",
        "书里那个{支教|乡村|山区}老师的故事让我很感动", "读完心里暖暖的", "结局有点遗憾，但很真实",
        "有一种说不出的伤感，过了好几天才缓过来", "适合在安静的晚上慢慢读")),
    "charity_topic": (("写公益的书", "纪实文学", "人物传记"), (
        "书里写了一个普通人坚持{ten}年资助山区孩子上学的故事", "原来希望工程是这样一步步做起来的", "看完才知道做公益有多不容易",
        "作者不是有钱人，却一直在帮助别人，很让人敬佩", "穷则独善其身，达则兼济天下，书里的人做到了",
        "读完想去当志愿者", "讲了很多留守儿童的真实处境，看得心酸", "不煽情，很克制，反而更打动人")),
}
BOOK_COMMON = (
    "{京东|当当|淘宝}买的，{包装完好|快递很快|有点压痕}", "印刷清晰，纸张不错", "正版，放心", "价格{实惠|有点贵但值得}",
    "第{ten}次在这家买书了", "活动时买的，满减很划算", "{很满意|五星好评|推荐购买|值得收藏}",
)


@genre(name="bg/review_book", kind=BG, source_types=BOTH_SOURCES, weight=1.5)
def review_book(ctx: Context) -> Doc:
    """A book review: children's books, parenting, moving novels, books about charity work (nothing asked)."""
    bind_numbers(ctx)
    bind(ctx, {"kid_age": ctx.pick(("两岁", "三岁", "四岁半", "五岁", "六岁", "一年级", "上幼儿园"))})
    kind = ctx.pick(tuple(BOOK_KINDS))
    books, aspects = BOOK_KINDS[kind]
    parts = fill_all(ctx, aspects, 2, 5) + fill_all(ctx, BOOK_COMMON, 0, 2)
    if ctx.maybe(0.5):
        parts.insert(0, ctx.pick(("这本{}", "这套{}", "买的{}", "第一次给孩子买这种{}", "朋友推荐的{}")).format(ctx.pick(books)))
    text = casual(ctx, parts, tail_p=0.2) if ctx.is_social else formal(parts)
    return Doc(title="", paragraphs=[text], group=f"bg_review:book_{kind}",
               source_hint="comment" if ctx.is_social else ctx.pick(("product", "forum_thread", "blog")))


# Warm everyday posts with 爱心/希望/孩子/感动 and no money asked: small kindnesses, reposts wishing someone well.
WARM_PARTS = (
    "今天在地铁上看到有人给{老人|孕妇|抱孩子的妈妈}让座，心里暖暖的", "给楼下环卫阿姨送了瓶水，她笑得好开心",
    "妈妈做的爱心早餐🥰", "爱心便当，老公亲手做的", "{女儿|儿子}把自己的玩具送给了小区里的小朋友", "孩子说长大要当医生救人",
    "去献血了，{200|300|400}毫升，拿了个小本本", "周末去{养老院|福利院}做志愿者，陪老人聊天下棋", "愿天下的孩子都被温柔以待",
    "看了一个视频，外卖小哥冒雨救人，太感动了", "转发扩散，愿走失的孩子早日回家", "愿{relative}早日康复，加油",
    "这个世界还是好人多", "感谢那位帮我捡回钱包的好心人", "小区里的流浪猫被好心人收养了", "希望明天会更好",
    "每个努力生活的人都值得被爱", "{relative}生日，全家给她准备了惊喜", "宝宝第一次叫妈妈，眼泪都出来了",
    "被陌生人的善意感动到", "下雨天有人借伞给我，没留名字就走了", "孩子们的笑容是最珍贵的",
)


@genre(name="bg/post_warm_heart", kind=BG, source_types=SOCIAL_ONLY, weight=1.0)
def post_warm_heart(ctx: Context) -> Doc:
    """A warm post about small kindnesses, children and hope, with no money asked for."""
    bind(ctx, {"relative": ctx.pick(("奶奶", "爷爷", "外婆", "妈妈", "爸爸", "姥姥", "老公", "闺蜜"))})
    return social_post(ctx, [(WARM_PARTS, 1, 3), (MOOD_PARTS, 0, 1)], "bg_post:warm", ("weibo", "moments", "moments"))


AFTERSALE_OPEN = (
    "{mon}月{day}号在{shop}买了一{台|件|个|箱}{item}，{到手|用了{ten}天}就{坏了|发现有问题|和描述不一样}",
    "吐槽一下{shop}的售后", "记录一次退款经历，给大家避个坑", "有没有人遇到过{shop}{不给退款|拒绝退货}的情况？",
    "被{shop}气死了", "{item}买回来{ten}天，{降价|便宜了}{hund}，申请保价被拒", "分享一下我维权成功的经过",
    "双十一买的{item}到现在还没发货", "在{shop}直播间下单的{item}，收到货完全不是一回事",
)
AFTERSALE_BODY = (
    "联系客服，先是机器人回复，转人工排了半小时", "客服让我拍视频、拍照片，发了{ten}次还说不清楚",
    "申请退款被驳回，理由是“影响二次销售”", "商家说可以退，但运费要我自己出，{tens}块呢",
    "后来申请了平台介入，{ten}天后退款原路退回到支付宝了", "退款到账了，但运费险只赔了{ten}块",
    "商家提出退一半的钱，东西不用寄回", "打了{ten}次电话才有人接", "说好的返现一直没给，问就说系统问题",
    "最后在12315平台投诉，第二天商家就主动联系我了", "已经向当地消费者协会反映了，等处理结果",
    "用微信支付的，退款到了零钱", "信用卡付的款，退款要{ten}个工作日", "换货又等了一个星期",
    "售后师傅上门检测，说是{主板|电机|压缩机}问题，保修期内免费修", "商家还打电话求我删差评",
)
AFTERSALE_END = (
    "总之以后不会在这家买了", "大家买东西一定要保留聊天记录", "钱是小事，就是太耽误时间",
    "最后结果还算满意", "希望平台管一管", "记得买运费险", "有类似经历的可以交流一下", "完",
    "东西不贵，就是咽不下这口气", "愿天下没有难退的款",
)


@genre(name="bg/review_after_sales", kind=BG, source_types=BOTH_SOURCES, weight=1.0)
def review_after_sales(ctx: Context) -> Doc:
    """A consumer complaint story: faulty item, customer service, refund via Alipay/WeChat, platform or 12315."""
    bind_numbers(ctx)
    kind = ctx.pick(tuple(PRODUCT_KINDS))
    bind(ctx, {"shop": ctx.pick(("某宝", "某东", "拼多多", "某音商城", "一家网店", "旗舰店", "楼下电器城", "某品牌专卖店")),
               "item": ctx.pick(PRODUCT_KINDS[kind][0])})
    parts = [one(ctx, AFTERSALE_OPEN)] + fill_all(ctx, AFTERSALE_BODY, 1, 4) + fill_all(ctx, AFTERSALE_END, 0, 1)
    text = casual(ctx, parts, tail_p=0.3) if ctx.maybe(0.6) else formal(parts)
    title = ctx.pick(("", "", "售后吐槽", "退款维权记录", "避坑", "求助：商家不给退款"))
    return Doc(title=title, paragraphs=[text], group="bg_review:after_sales",
               source_hint=ctx.pick(("weibo", "forum_reply", "comment")) if ctx.is_social else ctx.pick(("forum_thread", "blog")))


# ================================================================ everyday social posts

POST_TOPICS = ("今天也要加油", "打工人日常", "周末去哪儿", "美食", "晒晒我的猫", "萌宠", "考研", "减肥打卡", "我的日常",
               "天气", "下班了", "早安", "晚安", "生活碎片", "旅行", "恋爱日常", "带娃日常", "追剧", "双十一", "年货节",
               "毕业季", "开学季", "{cs}", "{cs}美食", "周一综合症", "今日份快乐", "vlog", "读书打卡")

MOOD_PARTS = (
    "把孩子的旧绘本捐给了社区图书角", "公交上给老人让了座，爱心座椅本来就该让", "楼下旧衣回收箱又满了",
    "去献血了，{hund}毫升，还送了个小熊", "给你们比个爱心❤️",
    "今天{好累|好困|心情不错|莫名有点丧|超开心}", "{又|终于}下雨了", "{cs}{今天|这几天}{好热|好冷|风好大|雾霾好重}",
    "{早上|晚上}{地铁|公交}{挤成沙丁鱼|又晚点了|坐过站了}", "闹钟响了{ten}次才起来", "{周一|周五|周末}{快乐|综合症}",
    "一觉睡到{中午|下午{ten}点}", "失眠了，{凌晨{ten}点|三点}还醒着", "晚饭吃了{火锅|烧烤|泡面|沙拉}", "终于把{房间|衣柜}收拾干净了",
    "下楼买个咖啡，回来发现忘带钥匙", "今天走了{thou}步", "健身第{tens}天，体重{没变|掉了{ten}斤}", "看了一部电影，哭得稀里哗啦",
    "阳台的花开了", "生活需要仪式感", "又是emo的一天", "天气好的时候心情也会变好", "想吃{dessert}",
    "楼上又在装修", "好想放假", "明天又要早起", "刚刚看到一个好好笑的视频", "这个世界到底怎么了",
    "今天的晚霞好美", "喝了{ten}杯咖啡还是困", "剪了个头发，有点后悔", "路过花店买了一束{花|向日葵|郁金香}",
    "一个人吃饭也挺好", "发工资了，开心{ten}秒钟", "手机屏幕摔碎了", "在家躺了一整天，什么都没干",
)
WORK_PARTS = (
    "工会会费每月从工资里扣{ten}块，年底发了购物卡", "公司组织给{cs}灾区捐款，通过红十字会统一捐的",
    "同事家里出事了，大家凑了点钱表表心意", "年会抽到一张{hund}块的超市会员卡",
    "加班到{hour}点，{太难了|终于下班了}", "老板又画饼了", "今天开了{ten}个会，一件正事没干", "同事请我喝奶茶了",
    "周报写完了，解脱", "明天{汇报|述职|面试}，好紧张", "{年终奖|绩效}出来了，{一言难尽|还不错}", "想辞职的第{tens}天",
    "通勤{一个半小时|两小时}，谁懂", "客户改了第{ten}版方案", "新来的实习生好可爱", "摸鱼被领导看到了",
    "今天领导夸我了", "打卡差一分钟迟到", "下班路上看到好看的夕阳", "开会的时候肚子叫了，好尴尬", "又要出差了，这次去{cs}",
    "工资到账，房贷扣款，余额{hund}", "团建去{爬山|唱K|农家乐}，不想去", "电脑蓝屏了，文件没保存", "试用期终于过了",
)


def social_post(ctx: Context, pools: Sequence[tuple[Sequence[str], int, int]], group: str,
                hints: Sequence[str] = ("weibo", "moments", "comment")) -> Doc:
    """A casual post drawn from several part pools, with tags, @mentions and emoji as people write them."""
    bind_numbers(ctx)
    bind(ctx, {"dessert": ctx.pick(("奶茶", "蛋糕", "冰淇淋", "烤红薯", "糖葫芦", "炸鸡", "螺蛳粉", "麻辣烫", "火锅"))})
    parts = []
    for pool, lo, hi in pools:
        parts += fill_all(ctx, pool, lo, hi)
    if ctx.maybe(0.3):
        ctx.rng.shuffle(parts)
    text = casual(ctx, parts, tail_p=0.55)
    if ctx.maybe(0.25):
        tag = ctx.fill(hashtag(ctx, POST_TOPICS))
        text = tag + text if ctx.maybe(0.5) else text + " " + tag
    if ctx.maybe(0.1):
        text += f" @{nick(ctx)}"
    if ctx.maybe(0.08):
        text += f" 📍{ctx.city_short()}·{ctx.pick(('万达广场', '大学城', '人民公园', '火车站', '老街', '江边', '图书馆'))}"
    return Doc(title="", paragraphs=[text], group=group, source_hint=ctx.pick(hints))


@genre(name="bg/post_mood", kind=BG, source_types=SOCIAL_ONLY, weight=1.3)
def post_mood(ctx: Context) -> Doc:
    """A Weibo/Moments mood post: weather, sleep, commuting, little joys and complaints."""
    return social_post(ctx, [(MOOD_PARTS, 1, 3)], "bg_post:mood")


@genre(name="bg/post_work", kind=BG, source_types=SOCIAL_ONLY, weight=0.9)
def post_work(ctx: Context) -> Doc:
    """An office worker's post: overtime, meetings, bosses, salary day, commuting."""
    return social_post(ctx, [(WORK_PARTS, 1, 3), (MOOD_PARTS, 0, 1)], "bg_post:work")


LOVE_PARTS = (
    "女儿把压岁钱捐了一部分给学校的爱心义卖", "带孩子去福利院做志愿者，他回来说要好好学习",
    "{男朋友|女朋友|老公|老婆}{送了我一束花|给我做了早餐|又忘了纪念日|出差了，好想他}", "在一起{ten}周年啦",
    "今天是我们结婚{ten}周年", "吵架了，谁都不理谁", "和{ta|他|她}去看了电影", "异地恋的第{tens}天", "被求婚了！！",
    "爸妈来{cs}看我了", "给妈妈买了件新衣服，她嘴上说浪费，其实很开心", "老爸学会了发表情包", "奶奶{tens}岁生日快乐",
    "陪家人吃了顿饭", "儿子今天{会叫爸爸了|第一天上幼儿园|考了{tens}分}", "女儿画了一幅画送给我", "带娃去{公园|游乐场|动物园}",
    "周末回老家，妈妈做了一桌子菜", "小朋友发烧了，一晚上没睡", "家长会结束，老师说孩子{进步很大|上课爱说话}",
    "一家人整整齐齐就是最大的幸福", "相亲失败第{ten}次", "单身狗的周末", "婆婆帮忙带娃，真的感谢",
    "二胎出生了，{母子|母女}平安", "闺蜜要结婚了，我当伴娘", "和老公一起还完了房贷",
)


@genre(name="bg/post_love_family", kind=BG, source_types=SOCIAL_ONLY, weight=1.0)
def post_love_family(ctx: Context) -> Doc:
    """A post about partners, parents, children and family gatherings."""
    return social_post(ctx, [(LOVE_PARTS, 1, 3), (MOOD_PARTS, 0, 1)], "bg_post:family", ("weibo", "moments", "moments"))


HEALTH_POST_PARTS = (
    "{relative}住院了，这几天在{hospital}陪床", "{relative}的手术很成功，谢谢医生护士", "孩子{发烧|肺炎}住院三天，医保报销了大部分",
    "体检查出{disease}，医生说问题不大，注意饮食就行", "医院挂号排了两个小时，看病五分钟", "{relative}出院了，终于可以回家过年了",
    "谢谢大家的关心，{relative}已经好多了", "祈祷{relative}早日康复🙏", "陪{relative}去复查，指标都正常", "医院的护士真的太辛苦了",
    "给{relative}买了个{血压计|血糖仪|按摩椅}", "在ICU外面等了一整夜，度秒如年", "{relative}查出{disease}，开始吃药控制",
    "人到中年，才知道健康最重要", "去{hospital}拔了颗智齿，脸肿成包子", "{relative}做完化疗了，头发掉了不少，但精神还好",
    "社区医院打了流感疫苗，免费的", "商业保险报销了{thou}块，幸亏当初买了", "住院押金交了{thou}，出院结算退了一部分",
)


FOODPET_PARTS = (
    "今天自己做了{红烧肉|可乐鸡翅|番茄炒蛋|酸菜鱼|蛋挞|手擀面}，{成功了|翻车了}", "楼下新开了一家{奶茶店|面馆|烘焙店}，排队好长",
    "{周末|今晚}{火锅|烧烤|日料}走起", "终于吃到了心心念念的{dessert}", "减肥失败，又吃了{dessert}", "这家店的{dessert}绝了",
    "我家{猫|狗|仓鼠|兔子}{又拆家了|今天洗澡了|胖了{ten}斤|学会了握手}", "猫主子今天不理我", "{狗子|猫咪}{ten}岁生日快乐",
    "带狗狗去打疫苗，一路上都在发抖", "捡了一只小流浪猫，有人想领养吗", "晒晒我家{橘猫|布偶|柯基|金毛|泰迪}",
    "猫粮又涨价了", "狗子把我的拖鞋咬坏了", "早餐：{豆浆油条|包子|煎饼果子|燕麦牛奶}", "妈妈寄来的{腊肠|辣酱|粽子|月饼}到了",
    "食堂今天的{糖醋排骨|鸡腿}好好吃", "点了外卖，等了一个小时", "第一次做蛋糕，丑但是好吃",
    "{cs}的{早茶|热干面|小面|肉夹馍|胡辣汤|米粉}yyds", "深夜放毒", "吃饱了才有力气减肥",
)


@genre(name="bg/post_health_family", kind=BG, source_types=SOCIAL_ONLY, weight=0.8)
def post_health_family(ctx: Context) -> Doc:
    """A post about a relative's illness, hospital stays, check-ups and insurance, with no money asked."""
    bind_vocab(ctx, {"relative": ("我妈", "我爸", "奶奶", "外婆", "爷爷", "外公", "老公", "婆婆", "儿子", "女儿", "我姐"),
                     "hospital": HEALTH_VOCAB["hospital"], "disease": HEALTH_VOCAB["disease"]})
    return social_post(ctx, [(HEALTH_POST_PARTS, 1, 3), (MOOD_PARTS, 0, 1)], "bg_post:health", ("weibo", "moments", "moments"))


@genre(name="bg/post_food_pets", kind=BG, source_types=SOCIAL_ONLY, weight=1.0)
def post_food_pets(ctx: Context) -> Doc:
    """A post about cooking, eating out, snacks and pets."""
    return social_post(ctx, [(FOODPET_PARTS, 1, 3), (MOOD_PARTS, 0, 1)], "bg_post:food_pets")


STUDY_PARTS = (
    "考研倒计时{tens}天", "{四级|六级}{终于过了|又没过|考了{hund}分}", "教资{笔试|面试}过了！", "期末考试{周|考完了|挂了一科}",
    "背了一天单词，记住了{ten}个", "图书馆{占不到座|七点就排队}", "明天考{subject}，还没复习", "论文查重{tens}%，要改死了",
    "高考加油！", "儿子今天高考，我比他还紧张", "分数出来了，{比预期高|发挥失常}", "收到{school}的录取通知书了",
    "初级会计证书{到手|考过了}", "注会{ten}门全过！", "驾照科目{一|二|三}{一次过|挂了}", "考公上岸了",
    "考研{初试|复试}结束，听天由命", "报了个{英语|会计|编程}班，希望能坚持", "学习打卡第{tens}天", "准考证打印好了",
    "雅思出分了，{ten}.5，够用了", "网课好无聊", "室友都在卷，我在躺", "开学第一天，新同学很好相处",
    "老师划的重点一个都没考", "志愿填报好纠结，{计算机|师范|医学}还是{金融|法学}", "普通话{二甲|一乙}，够用了",
    "小孩作业太难了，家长都不会", "毕业答辩顺利通过", "学位证和毕业证都拿到了",
)


@genre(name="bg/post_study_exam", kind=BG, source_types=SOCIAL_ONLY, weight=1.2)
def post_study_exam(ctx: Context) -> Doc:
    """A student's or parent's post about exams, results, certificates and admissions."""
    bind_vocab(ctx, {"subject": EDU_VOCAB["subject"], "school": EDU_VOCAB["school"]})
    return social_post(ctx, [(STUDY_PARTS, 1, 2), (MOOD_PARTS, 0, 1)], "bg_post:study")


HAUL_PARTS = (
    "双十一{战利品|快递}到了{ten}个", "拆快递是最快乐的事", "凑满减凑了半天，买了一堆不需要的", "{口红|衣服|鞋子|零食}又买多了",
    "这个月的工资又交给{淘宝|京东|拼多多}了", "直播间{抢到|没抢到}", "{会员日|店庆}{打折|买一送一}，冲", "返现{tens}块已到账",
    "退了{ten}件，留了{ten}件", "运费比东西还贵", "买了个{空气炸锅|扫地机器人|咖啡机}，幸福感提升", "这个{面膜|洗面奶}真的好用，回购第{ten}次",
    "开箱！{新手机|新耳机|新电脑}", "种草了好久终于入手", "被主播种草了，冲动消费", "花呗{还完|又要还}了",
    "超市{会员日|打折}，囤了一堆纸巾", "{年货|开学用品}都买齐了", "包邮还送小礼物，店家好贴心", "快递{丢了|被别人拿走了}",
    "拼单买的{水果|零食}，便宜好多", "充了{hund}话费返了{tens}，薅羊毛成功",
)


@genre(name="bg/post_shopping_haul", kind=BG, source_types=SOCIAL_ONLY, weight=0.9)
def post_shopping_haul(ctx: Context) -> Doc:
    """A shopping-haul post: parcels, discounts, cash-back, livestream buys."""
    return social_post(ctx, [(HAUL_PARTS, 1, 3)], "bg_post:haul")


TRIP_PARTS = (
    "打卡{spot}", "{spot}人山人海", "第一次来{spot}，{名不虚传|有点失望}", "来{cs}{ten}天了，吃胖了{ten}斤", "{spot}的日落太美了",
    "高铁{ten}小时到{cs}", "飞机晚点{ten}小时", "民宿老板人超好", "{cs}的{早茶|小吃|夜市}真的好吃", "门票{hund}，有点贵",
    "自驾{cs}，路上风景绝了", "带爸妈出来玩，他们很开心", "下次还要来", "拍了{hund}张照片", "酒店的窗外就是{海|山|江}",
    "排队{ten}小时，玩了十分钟", "人从众", "特种兵旅游{ten}天{ten}城", "回程的票终于抢到了", "旅行的意义就是放松吧",
)


@genre(name="bg/post_travel_checkin", kind=BG, source_types=SOCIAL_ONLY, weight=0.9)
def post_travel_checkin(ctx: Context) -> Doc:
    """A travel check-in post with places, crowds, food and tickets."""
    bind_vocab(ctx, {"spot": TRAVEL_VOCAB["spot"]})
    return social_post(ctx, [(TRIP_PARTS, 1, 4)], "bg_post:travel", ("weibo", "moments", "moments"))


REPOST_COMMENTS = (
    "转发微博", "哈哈哈哈哈", "笑死", "太真实了", "说的就是我", "转", "[doge]", "好可爱", "马住", "？？？", "有道理",
    "学到了", "哈哈哈哈哈哈哈哈哈", "救命", "同款", "我也想要", "绝了", "是我本人", "dd", "+1", "支持", "心疼",
    "冲", "真的会谢", "好家伙", "我哭死", "太惨了", "下次一定", "有点东西", "啊啊啊啊", "可以可以", "羡慕",
)
REPOST_ORIGINALS = (
    "{mon}月{day}日{cs}{下雪了|下冰雹了|出彩虹了}，你那里呢", "当代年轻人的{作息|饮食|消费}现状", "猫：我不是胖，是毛多",
    "打工人的精神状态be like", "那些年我们追过的{剧|动漫|偶像}", "{person}新歌MV上线", "你们的{年终奖|工资}发了吗",
    "妈妈眼里的“穿秋裤”温度", "小时候的零食你还记得几个", "{cs}地铁{ten}号线{开通|故障}了", "今日份的快乐来自{一只猫|晚霞|一碗面}",
    "转发这条{锦鲤|考神}，{逢考必过|好运连连}", "第一次带狗狗去海边，它疯了", "{film}定档了！", "周末有人一起{爬山|看展|打球}吗",
    "这是我见过最离谱的外卖备注", "一张图看懂{个税|医保|公积金}", "关于{早餐|午饭|晚饭}吃什么的终极答案",
)


@genre(name="bg/post_repost_chain", kind=BG, source_types=SOCIAL_ONLY, weight=1.1)
def post_repost_chain(ctx: Context) -> Doc:
    """A Weibo repost: a comment, a //@user chain of further comments, then the original post."""
    bind_numbers(ctx)
    bind_vocab(ctx, {"film": ENT_VOCAB["film"]})
    chain = [ctx.pick(REPOST_COMMENTS) + (ctx.pick(FACE_TAGS) if ctx.maybe(0.3) else "")]
    for _ in range(ctx.rng.randint(1, 4)):
        chain.append(f"//@{nick(ctx)}:{ctx.pick(REPOST_COMMENTS)}" + (ctx.pick(FACE_TAGS) if ctx.maybe(0.25) else ""))
    original = one(ctx, REPOST_ORIGINALS)
    tail = ctx.pick(("", " 网页链接", " 原图", f" {hashtag(ctx, ('搞笑', '日常', '热门', '萌宠', '今日话题'))}"))
    text = "".join(chain) + ctx.pick(("//@", "：", " ")) + (f"{nick(ctx)}:" if ctx.maybe(0.5) else "") + original + tail
    return Doc(title="", paragraphs=[roughen(ctx, text)], group="bg_post:repost", source_hint="weibo")


GREET_PARTS = (
    "祝大家{新年快乐|春节快乐|中秋快乐|端午安康|元宵节快乐|国庆快乐}", "{龙年|蛇年|马年}大吉，万事如意", "恭喜发财，红包拿来",
    "群里发了个红包，手慢了没抢到", "抢到{ten}块{tens}，今年手气最好的一次", "老板在群里发了{hund}块红包，大家快抢",
    "给爸妈发了{ten}00块红包，他们说不要不要", "收到{tens}个拜年短信，一个都没回", "年夜饭吃完了，开始看春晚",
    "今年回家过年，票终于抢到了", "祝{person}生日快乐，永远十八岁", "感谢朋友们的生日祝福", "七夕快乐，单身的也快乐",
    "母亲节快乐，妈妈辛苦了", "父亲节，给老爸打了个电话", "教师节快乐，谢谢{语文|数学|班主任}老师", "平安夜快乐🍎",
    "新的一年，身体健康最重要", "拜年啦！给大家拜个早年", "微信红包封面抽到了", "集五福集了{ten}张，差一张敬业福",
    "春节不打烊，初三就上班", "中秋节，月饼收了{ten}盒",
)


@genre(name="bg/post_greetings_hongbao", kind=BG, source_types=SOCIAL_ONLY, weight=0.8)
def post_greetings_hongbao(ctx: Context) -> Doc:
    """Holiday and birthday greetings, 红包 grabbing in family and work groups."""
    return social_post(ctx, [(GREET_PARTS, 1, 3)], "bg_post:greetings", ("moments", "group_chat", "weibo"))


GIVEAWAY_BRANDS = ("三只松鼠", "良品铺子", "元气森林", "喜茶", "瑞幸咖啡", "蜜雪冰城", "完美日记", "小米手机", "华为终端",
                   "OPPO", "百雀羚", "安踏", "李宁", "蒙牛", "伊利", "海底捞", "美团外卖", "饿了么", "大疆", "名创优品")
GIVEAWAY_PRIZES = ("新品礼盒", "定制周边", "手机一台", "{hund}元购物卡", "全年奶茶券", "耳机", "签名照", "限量款盲盒",
                   "电影票两张", "新年红包封面", "双人自助餐券", "运动鞋一双")
GIVEAWAY_PARTS = (
    "关注+转发本条微博，{mon}月{day}日抽{ten}位宝子送{prize}", "评论区说出你最想要的口味，抽{ten}人送{prize}",
    "转发抽奖！{ten}份{prize}等你来拿", "#{brand}周年庆# 转评赞三连，抽{tens}位送{prize}", "新品上市，转发抽{ten}位送{prize}",
    "带话题晒出你的{打卡照|使用体验}，就有机会获得{prize}", "微博抽奖平台抽取，公平公正", "中奖名单{mon}月{day}日公布，请留意私信",
    "没中奖的宝子们别灰心，还有第二轮", "活动最终解释权归{brand}官方所有", "感谢每一位粉丝的支持",
    "{brand}会员日全场{ten}折，会员积分翻倍", "抽奖结果请以官方账号私信为准，不要相信冒充客服的陌生账号",
)


@genre(name="bg/post_brand_giveaway", kind=BG, source_types=SOCIAL_ONLY, weight=0.7)
def post_brand_giveaway(ctx: Context) -> Doc:
    """A brand's official giveaway post: follow, repost, comment, prizes and draw dates."""
    bind_numbers(ctx)
    brand = ctx.pick(GIVEAWAY_BRANDS)
    bind(ctx, {"brand": brand, "prize": ctx.fill(ctx.pick(GIVEAWAY_PRIZES))})
    parts = fill_all(ctx, GIVEAWAY_PARTS, 1, 4)
    text = casual(ctx, parts, tail_p=0.5)
    if ctx.maybe(0.4):
        text = f"【{brand}】" + text
    return Doc(title="", paragraphs=[text], group=f"bg_post:giveaway:{brand}", source_hint="weibo")


SHORT_COMMENTS = (
    "哈哈哈哈哈哈", "太好看了吧", "求链接", "前排", "沙发", "第一", "楼主好人", "顶", "说得好", "不敢苟同", "我也是这么想的",
    "这也太可爱了", "蹲一个后续", "已关注", "主播好厉害", "学会了，谢谢", "这不就是我吗", "太真实了哈哈哈", "意难平",
    "背景音乐叫什么", "在哪里买的", "好想去", "这个价格可以", "怎么没人说{cs}", "评论区好有才", "哭了", "绝绝子",
    "收藏了", "感谢分享", "呜呜呜好感动", "同问", "我{cs}的", "加油", "泪目了", "好帅", "服了", "神评论", "666",
    "这是哪里啊", "楼上说得对", "坐标{cs}，表示羡慕", "孩子很喜欢", "不会吧不会吧", "就这？", "支持一下", "快更新吧",
)


@genre(name="bg/post_short_comment", kind=BG, source_types=SOCIAL_ONLY, weight=0.9)
def post_short_comment(ctx: Context) -> Doc:
    """A very short comment under a video, post or forum thread."""
    bind_numbers(ctx)
    parts = fill_all(ctx, SHORT_COMMENTS, 1, 3)
    text = casual(ctx, parts, tail_p=0.5)
    if ctx.maybe(0.25):
        text = f"回复@{nick(ctx)}：" + text
    return Doc(title="", paragraphs=[text], group="bg_post:comment", source_hint=ctx.pick(("comment", "forum_reply")))


# ================================================================ SMS and app notifications

SMS_OPTOUT = ("回T退订", "退订回TD", "拒收请回复R", "回N退订", "回复TD退订", "退订回T", "")


def masked_digits(ctx: Context, length: int) -> str:
    """A digit string, sometimes masked with x as anonymised SMS dumps show them."""
    if ctx.maybe(0.1):
        return "x" * length
    return "".join(str(ctx.rng.randint(0, 9)) for _ in range(length))


def sms_doc(ctx: Context, sender: str, parts: list[str], group: str, optout_p: float = 0.3) -> Doc:
    """An SMS or app push: sender in brackets (added by the renderer or here), body, optional opt-out line."""
    ctx.slot("org", sender)
    text = formal(parts) if ctx.maybe(0.75) else "，".join(p.rstrip("。") for p in parts)
    if ctx.maybe(optout_p):
        text += ctx.pick(SMS_OPTOUT)
    if ctx.maybe(0.3):
        text = f"【{sender}】" + text if ctx.maybe(0.8) else text + f"【{sender}】"
    return Doc(title="", paragraphs=[text], group=group, source_hint="sms")


BANK_SMS = (
    "您尾号{tail}的储蓄卡{mon}月{day}日{hour}:{minute}{消费|支出|转账支出|收入|工资收入}人民币{money}元，活期余额{money2}元",
    "您尾号{tail}的信用卡本期账单金额{money}元，最后还款日{mon}月{day}日，请按时还款",
    "您尾号{tail}的卡于{mon}月{day}日通过{微信支付|支付宝|快捷支付}消费{money}元",
    "您的账户{mon}月{day}日收到{person}转账{money}元",
    "尊敬的客户，您尾号{tail}的信用卡{已成功还款{money}元|本月积分已到账}，感谢使用",
    "您尾号{tail}的账户{hour}:{minute}跨行汇入{money}元，余额{money2}元",
    "您的{定期存款|理财产品}{money}元已于{mon}月{day}日到期，本息已转入活期账户",
    "您尾号{tail}的卡{mon}月{day}日ATM取款{money}元，手续费0.00元",
    "您申请的信用卡已寄出，请注意查收，激活后即可使用",
    "您尾号{tail}的信用卡有一笔{money}元的分期待确认，如非本人操作请致电客服",
    "温馨提示：近期电信诈骗高发，任何要求您转账到“安全账户”的都是诈骗",
    "您的手机银行登录密码修改成功，如非本人操作请立即联系我行",
    "您尾号{tail}的账户代扣{水费|电费|燃气费|社保费}{money}元",
)
BANK_SENDERS = ("工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮储银行", "浦发银行",
                "平安银行", "兴业银行", "中信银行", "民生银行", "光大银行", "{cs}农商银行")


@genre(name="bg/sms_bank_alert", kind=BG, source_types=SOCIAL_ONLY, weight=1.0)
def sms_bank_alert(ctx: Context) -> Doc:
    """A bank transaction alert, bill reminder or card notice."""
    bind_numbers(ctx)
    bind(ctx, {"tail": masked_digits(ctx, 4), "money": f"{ctx.rng.uniform(1, 20000):.2f}",
               "money2": f"{ctx.rng.uniform(10, 90000):,.2f}"})
    sender = one(ctx, BANK_SENDERS)
    parts = fill_all(ctx, BANK_SMS, 1, 2)
    if ctx.maybe(0.3):
        parts.append(ctx.pick(("详询95{tens}{ten}", "如有疑问请致电客服热线", "点击查看账单详情", "[{}]".format(sender))))
    return sms_doc(ctx, sender, [ctx.fill(p) for p in parts], "bg_sms:bank", optout_p=0.05)


CODE_SMS = (
    "您的验证码是{code6}，{5|10|15}分钟内有效，请勿泄露给他人",
    "验证码{code6}，您正在{登录|注册|修改密码|绑定手机}，如非本人操作请忽略本短信",
    "{code6}（{app}验证码），用于{登录|身份验证}，请勿转发",
    "您正在进行{支付|提现|实名认证}操作，验证码{code6}，切勿告知他人",
    "【{app}】验证码：{code6}。工作人员不会向您索要，请勿泄露",
    "您的动态密码为{code6}，有效期{5|10}分钟",
    "{app}：您的登录验证码为{code6}，若非本人操作，请及时修改密码",
    "亲爱的用户，您的注册验证码是{code6}，感谢您的支持",
    "您的账号在新设备登录，验证码{code6}。如不是您本人操作，请尽快修改密码",
    "验证码：{code6}，您正在使用{手机号|短信}登录{app}",
)
CODE_APPS = ("淘宝", "京东", "美团", "滴滴出行", "12306", "支付宝", "微信", "抖音", "小红书", "拼多多", "饿了么", "携程",
             "国家政务服务平台", "个人所得税", "交管12123", "中国移动", "菜鸟", "学习通", "钉钉", "闲鱼")


@genre(name="bg/sms_verification_code", kind=BG, source_types=SOCIAL_ONLY, weight=0.6)
def sms_verification_code(ctx: Context) -> Doc:
    """A verification-code SMS from an app or service."""
    app = ctx.pick(CODE_APPS)
    bind(ctx, {"code6": masked_digits(ctx, ctx.pick((4, 6, 6))), "app": app})
    return sms_doc(ctx, app, [one(ctx, CODE_SMS)], "bg_sms:code", optout_p=0.0)


PARCEL_SMS = (
    "您的快递已到{place}{菜鸟驿站|丰巢快递柜|兔喜生活|妈妈驿站}，取件码{pick}，请于{hour}点前取件",
    "您的包裹正在派送中，快递员{person}，电话{phone}",
    "您的快件已签收，签收人：{本人|门卫|快递柜|家人}，如有疑问请联系快递员",
    "您在{shop}购买的商品已发货，运单号{waybill}",
    "您的快递因地址不详暂存网点，请联系{phone}",
    "快递员{person}提醒您：今天下午{hour}点左右送达，家里没人可以放门口吗",
    "您有{ten}个包裹待取，取件码{pick}，超时将收取保管费",
    "您的退货包裹已被揽收，退款将在商家确认收货后原路退回",
    "【{courier}】您的快件已到达{cs}转运中心，预计明天送达",
    "{courier}快递：您的包裹已放{place}驿站，取件码{pick}，营业时间{hour}:00-21:00",
    "您好，您的快递放在{单元门口|快递柜|前台}了，记得拿",
)
COURIERS = ("顺丰速运", "中通快递", "圆通速递", "韵达快递", "申通快递", "京东物流", "极兔速递", "邮政EMS", "菜鸟裹裹", "德邦快递")


@genre(name="bg/sms_parcel", kind=BG, source_types=SOCIAL_ONLY, weight=0.8)
def sms_parcel(ctx: Context) -> Doc:
    """Parcel pick-up and delivery notices."""
    bind_numbers(ctx)
    courier = ctx.pick(COURIERS)
    bind(ctx, {"courier": courier, "pick": f"{ctx.rng.randint(1, 30)}-{ctx.rng.randint(1, 6)}-{masked_digits(ctx, 4)}",
               "waybill": ctx.pick(("SF", "YT", "JD", "ZT", "")) + masked_digits(ctx, 13),
               "shop": ctx.pick(("淘宝", "京东", "拼多多", "抖音商城", "唯品会"))})
    return sms_doc(ctx, courier, fill_all(ctx, PARCEL_SMS, 1, 2), "bg_sms:parcel", optout_p=0.05)


TELECOM_SMS = (
    "尊敬的客户，您本月套餐内流量已使用{bigpct}，剩余{ten}.{ten}GB",
    "您本月话费账单为{tens}.{ten}元，当前余额{tens2}.{ten}元",
    "{carrier}{5G|宽带}新套餐上线，每月{tens}元享{hund}GB流量+{hund2}分钟通话",
    "充值{hund}元送{tens}元话费，活动截至{mon}月{day}日",
    "您的宽带将于{mon}月{day}日到期，续费可享{ten}折优惠",
    "老用户专享：升级千兆宽带，每月仅加{tens}元",
    "您已成功订购{视频会员|流量包|来电提醒}业务，{tens}元/月",
    "您的话费余额不足{ten}元，为避免停机请及时充值",
    "办理融合套餐，手机+宽带+电视，每月{tens}元",
    "国际漫游提醒：欢迎来到{country}，流量资费{tens}元/天",
    "积分兑换：您有{thou}积分即将过期，可兑换话费或流量",
    "携号转网政策解读：转网不换号，详询营业厅",
)
CARRIERS = ("中国移动", "中国联通", "中国电信", "中国广电")


@genre(name="bg/sms_telecom", kind=BG, source_types=SOCIAL_ONLY, weight=0.7)
def sms_telecom(ctx: Context) -> Doc:
    """A carrier's usage alert, bill or plan ad."""
    bind_numbers(ctx)
    carrier = ctx.pick(CARRIERS)
    bind(ctx, {"carrier": carrier, "country": ctx.pick(TRAVEL_VOCAB["country"])})
    return sms_doc(ctx, carrier, fill_all(ctx, TELECOM_SMS, 1, 3), "bg_sms:telecom", optout_p=0.25)


PROMO_SMS = (
    "{shop}会员日来啦！{mon}月{day}日全场{ten}折，会员积分翻倍",
    "亲爱的会员，您有一张{tens}元优惠券即将过期，快来使用吧",
    "{shop}周年庆，充值{hund}送{tens}，储值更划算",
    "满{hund}减{tens}，满{hund2}返{tens2}元券，限时三天",
    "新店开业，前{hund}名顾客送{礼品|鸡蛋|购物袋}",
    "会员生日月，到店出示会员码可领取生日礼一份",
    "春季上新，{shop}新品{ten}折起，老顾客再享{ten}折",
    "您的积分{thou}分即将清零，可在会员小程序兑换礼品",
    "充值返现活动：充{thou}返{hund}，返现分{ten}个月到账",
    "年货节，{年货礼盒|坚果|牛奶}买二送一，欢迎选购",
    "清仓甩卖，最后{ten}天，全场{tens}元起",
    "关注公众号领{ten}元无门槛券",
    "您购买的商品已降价，可申请价保退差价",
    "感谢您在{shop}消费，评价晒图可领{ten}元返券",
)
PROMO_SHOPS = ("永辉超市", "沃尔玛", "大润发", "屈臣氏", "优衣库", "名创优品", "周大福", "苏宁易购", "国美电器", "太平鸟",
               "海澜之家", "良品铺子", "瑞幸咖啡", "星巴克", "肯德基", "麦当劳", "{cs}百货", "盒马", "七匹狼", "老凤祥")


@genre(name="bg/sms_shop_promo", kind=BG, source_types=SOCIAL_ONLY, weight=1.0)
def sms_shop_promo(ctx: Context) -> Doc:
    """A shop's promotion SMS: member days, coupons, top-up bonuses, cash-back."""
    bind_numbers(ctx)
    shop = one(ctx, PROMO_SHOPS)
    ctx.slot("shop", shop)
    parts = fill_all(ctx, PROMO_SMS, 1, 3)
    if ctx.maybe(0.3):
        parts.append(ctx.pick(("地址：{address}", "详询{phone}", "戳 {short} 查看", "门店地址见小程序")).format(
            address=ctx.address(), phone=ctx.phone(), short=ctx.url("short")))
    return sms_doc(ctx, shop, parts, "bg_sms:promo", optout_p=0.6)


LOAN_SMS = (
    "您有一笔{tens}万元备用金额度待领取，日息低至万分之{ten}，点击领取",
    "尊敬的客户，您已获得{bank}信用卡预审批资格，额度最高{tens}万",
    "急用钱？{app}{ten}分钟审核，最快{ten}分钟到账，年化利率{tens}.{ten}%起",
    "房屋抵押贷款，利息低，额度高，手续简单，详询{phone}",
    "经营贷{tens}0万，随借随还，{bank}合作产品",
    "您的信用卡可申请分期，{tens}期手续费{ten}折",
    "装修贷、车贷、消费贷，{person}经理为您服务，电话{phone}",
    "贷款有风险，借款需谨慎，请根据个人能力合理借贷",
    "您的账户有{thou}0元提额机会，登录APP查看",
    "{app}提醒您：本期账单{thou}元将于{mon}月{day}日自动还款",
    "企业贷款、个人贷款，利率低至3.{ten}%，放款快",
    "您的借款申请已审核通过，请在APP内签署合同",
)
LOAN_APPS = ("借呗", "微粒贷", "京东金条", "度小满", "360借条", "招联金融", "美团借钱", "分期乐", "安逸花")


@genre(name="bg/sms_loan_ad", kind=BG, source_types=SOCIAL_ONLY, weight=0.7)
def sms_loan_ad(ctx: Context) -> Doc:
    """A loan or credit-card marketing SMS (commercial lending, not charity)."""
    bind_numbers(ctx)
    app = ctx.pick(LOAN_APPS)
    bind(ctx, {"app": app})
    sender = app if ctx.maybe(0.5) else ctx.pick(BANK_SENDERS[:12])
    return sms_doc(ctx, sender, fill_all(ctx, LOAN_SMS, 1, 3), "bg_sms:loan", optout_p=0.6)


SCHOOL_NOTICE = (
    "各位家长好，明天{mon}月{day}日{学校组织春游|运动会|体检|家长会}，请孩子{穿校服|带好水杯|八点前到校}",
    "本周五下午{hour}点召开家长会，请家长准时参加，地点在各班教室",
    "寒假放假时间为{mon}月{day}日，开学时间另行通知",
    "请家长督促孩子完成假期作业，每天阅读不少于{tens}分钟",
    "近期{流感|手足口病|诺如病毒}高发，孩子如有发热症状请在家休息并及时告知老师",
    "幼儿园本学期保教费、伙食费请于{mon}月{day}日前通过{学校缴费平台|微信缴费小程序}缴纳，学校不接收现金和个人转账",
    "下周一开始实行冬季作息时间，{hour}:{minute}入校",
    "请各位家长{mon}月{day}日前在小程序上完成学生医保缴费，自愿参加",
    "明天有雨，请家长接送时注意安全，学校门口禁止停车",
    "{ten}年级期中考试成绩已发放，请家长在小程序查看并签字",
    "本学期课后服务报名开始，费用按区教育局核定标准收取",
    "学校{合唱团|篮球队|科技社团}招新，有兴趣的同学找{person}老师报名",
    "放学后请不要让孩子在校门口逗留，家长按时接送",
    "校园开放日定于{mon}月{day}日，欢迎家长参观",
    "请家长配合老师做好孩子的视力和睡眠管理，手机不带入校园",
    "今天孩子们在园里做了{月饼|手工|种植}活动，照片已上传到班级相册",
    "收到请回复：孩子姓名+家长",
    "班费使用明细已发群里，请大家查看",
)
SCHOOL_NAMES = ("{cs}实验小学", "{cs}第{cnum}中学", "阳光幼儿园", "{cs}外国语学校", "育才小学", "{cs}市第{cnum}小学",
                "金色童年幼儿园", "{cs}师范附属小学", "新城中学", "蓝天幼儿园")


@genre(name="bg/sms_school_notice", kind=BG, source_types=SOCIAL_ONLY, weight=0.9)
def sms_school_notice(ctx: Context) -> Doc:
    """A school or kindergarten notice to parents (SMS or class group chat)."""
    bind_numbers(ctx)
    school = one(ctx, SCHOOL_NAMES)
    parts = fill_all(ctx, SCHOOL_NOTICE, 1, 3)
    if ctx.is_social and ctx.maybe(0.5):
        text = casual(ctx, parts, tail_p=0.2)
        prefix = ctx.pick(("@所有人 ", "各位家长：", "【班级通知】", f"{ctx.surname()}老师：", ""))
        return Doc(title="", paragraphs=[prefix + text], group=f"bg_sms:school", source_hint="group_chat")
    return sms_doc(ctx, school, parts, "bg_sms:school", optout_p=0.0)


PROPERTY_NOTICE = (
    "因{供水管网维修|电力线路检修|二次供水水箱清洗}，{mon}月{day}日{hour}:00至{hour2}:00{停水|停电}，请提前做好准备",
    "{year}年度物业费开始收取，请业主通过物业APP或到物业服务中心缴纳，物业人员不会上门收取现金",
    "小区{ten}号楼电梯{年检|维保}，{mon}月{day}日暂停使用，给您带来不便敬请谅解",
    "近期将对小区绿化进行修剪和病虫害防治，喷药期间请关好门窗",
    "请业主不要在楼道内停放电动车和私拉电线充电",
    "{mon}月{day}日起小区实行车辆识别进出，请业主到物业登记车牌",
    "天气转冷，请业主检查家中水管，做好防冻措施",
    "小区{地下车库|外墙}{防水工程|维修}施工，请注意绕行",
    "接到业主反映，近期有高空抛物现象，请大家文明居住",
    "垃圾分类投放时间：早{ten}:00-9:00，晚{hour}:00-21:00",
    "物业服务中心电话{phone}，24小时值班",
    "端午节小区活动：包粽子比赛，欢迎业主带孩子参加",
    "燃气公司将于{mon}月{day}日入户安检，请家中留人，安检免费",
    "小区快递柜已更换运营商，超时保管费按新标准执行",
    "天然气、水电费可在{支付宝|微信}生活缴费里缴纳",
)
PROPERTY_SENDERS = ("{estate}物业服务中心", "{estate}物业", "万科物业", "碧桂园服务", "保利物业", "绿城服务", "{estate}管理处")


@genre(name="bg/sms_property_notice", kind=BG, source_types=SOCIAL_ONLY, weight=0.8)
def sms_property_notice(ctx: Context) -> Doc:
    """A property-management notice: water/power cuts, fees, elevators, parking."""
    bind_numbers(ctx)
    bind_vocab(ctx, {"estate": ESTATE_VOCAB["estate"] + ("幸福里", "金色家园", "翠湖苑", "香樟园", "御景湾", "锦绣华庭")})
    sender = one(ctx, PROPERTY_SENDERS)
    parts = fill_all(ctx, PROPERTY_NOTICE, 1, 3)
    if ctx.maybe(0.35):
        text = ctx.pick(("【温馨提示】", "【停水通知】", "各位业主：", "尊敬的业主：", "@所有人 ")) + formal(parts)
        return Doc(title="", paragraphs=[text + ("\n" + sender if ctx.maybe(0.5) else "")], group="bg_sms:property",
                   source_hint=ctx.pick(("group_chat", "sms")))
    return sms_doc(ctx, sender, parts, "bg_sms:property", optout_p=0.0)


ESTATE_AD = (
    "{estate}{ehood}地铁口现房，{tens}-1{tens2}㎡精装{二|三|四}房，首付{tens}万起",
    "{estate}样板间开放，{mon}月{day}日到访送{米面油|家电|精美礼品}",
    "{cs}{ehood}学区房，总价{hund}万起，购房即送车位使用权",
    "{estate}特价房{ten}套，一口价{hund}万，售完即止",
    "首付分期，公积金可贷，{estate}{ehood}品质大盘",
    "买房送装修，{ten}年物业费全免，详询{phone}",
    "{estate}二期认筹中，认筹{ten}万抵{tens}万",
    "{ehood}临街商铺出租/出售，{tens}-{hund}㎡，适合餐饮、便利店",
    "您好，我是{estate}置业顾问{person}，近期有优惠房源，有需要随时联系我",
    "二手房急售：{ehood}{tens}0平两室，满五唯一，业主诚心卖",
    "公寓投资，总价{tens}万起，精装交付，拎包入住",
    "{estate}周末暖场活动：亲子DIY、免费试吃",
)


@genre(name="bg/sms_real_estate_ad", kind=BG, source_types=SOCIAL_ONLY, weight=0.7)
def sms_real_estate_ad(ctx: Context) -> Doc:
    """A real-estate sales SMS or agent's Moments post."""
    bind_numbers(ctx)
    bind_vocab(ctx, ESTATE_VOCAB)
    parts = fill_all(ctx, ESTATE_AD, 1, 3)
    if ctx.maybe(0.3):
        parts.append(ctx.fill(ctx.pick(("咨询热线{phone}", "售楼处地址：{address}", "置业顾问{person} {phone}", "微信同号{phone}"))))
    return sms_doc(ctx, ctx.slot("estate"), parts, "bg_sms:estate_ad", optout_p=0.5)


TRAINING_AD = (
    "{year}年{cert}考试{培训|辅导}班招生，{名师授课|小班教学}，{不过退费|免费重学}",
    "成人学历提升：{自考|成考|国家开放大学}专升本，学信网可查，{ten}年拿证",
    "{cert}考前冲刺班，{mon}月{day}日开课，报名送{真题|讲义}",
    "会计实操{零基础|进阶}班，{ten}个月学会做账报税，推荐就业",
    "职业技能培训：{电工证|焊工证|叉车证|育婴师|保育员}，考试通过颁发职业技能等级证书",
    "暑期{英语|数学|编程|美术}班开始报名，{tens}人小班，老学员续报{ten}折",
    "{教师资格证|普通话}面试一对一辅导，通过率高",
    "考研{政治|英语|数学}全程班，{hund}课时，直播+录播",
    "{pv}{year}年公务员考试笔试{培训|集训营}火热招生中",
    "{school}在职研究生招生，周末上课，不影响工作",
    "PMP项目管理认证培训，{thou}元包含考试费",
    "免费试听，地址：{address}，咨询{phone}",
    "本机构为{cs}{某某|华师|学易|启航}教育科技有限公司，依法办学，收费开具正规发票",
    "报名请认准官方考试网站，本机构只提供培训服务，不代报名",
)


@genre(name="bg/sms_training_course_ad", kind=BG, source_types=BOTH_SOURCES, weight=0.8)
def sms_training_course_ad(ctx: Context) -> Doc:
    """A training company's ad for exam prep, certificates and degree courses (commercial, not a social org)."""
    bind_numbers(ctx)
    bind_vocab(ctx, {"cert": EDU_VOCAB["cert"], "school": EDU_VOCAB["school"]})
    company = ctx.pick(("中公教育", "华图教育", "粉笔", "新东方", "{cs}学大教育", "尚德机构", "优路教育", "环球网校",
                        "{cs}启航教育", "高顿教育", "东奥会计", "{cs}智博职业培训学校"))
    company = ctx.fill(company)
    parts = fill_all(ctx, TRAINING_AD, 1, 4)
    if not ctx.is_social:
        return Doc(title=ctx.pick(("招生简章", f"{company}课程介绍", "热招课程", "开班通知")), paragraphs=[formal(parts)],
                   group="bg_ad:training", extras={"site": company}, source_hint="product")
    return sms_doc(ctx, company, parts, "bg_ad:training", optout_p=0.6)


RECRUIT_AD = (
    "{company}招聘{job}{ten}名，月薪{thou}-{thou2}元，五险一金",
    "急招{job}，{包吃住|包住}，{cs}{place}，{长期|短期}工",
    "要求：{年龄{tens}-{tens2}岁|大专以上学历|有{ten}年以上相关经验}，{吃苦耐劳|沟通能力强}",
    "待遇：底薪+提成，周末双休，带薪年假",
    "有意者请投递简历至{email}，或电话联系{person}{经理|女士|先生}{phone}",
    "{company}{year}届校园招聘启动，{tens}个岗位等你来",
    "暑假工：{奶茶店|超市|餐厅}兼职，时薪{tens}元，日结",
    "本公司招聘不收取任何费用，请求职者警惕以招聘为名的收费行为",
    "面试地址：{address}",
    "持有{cert}证书者优先",
    "{cs}人才市场{mon}月{day}日举办专场招聘会，{hund}家企业提供{thou}个岗位",
    "工作地点{cs}，试用期{ten}个月，转正后缴纳社保",
)


@genre(name="bg/sms_recruitment_ad", kind=BG, source_types=BOTH_SOURCES, weight=0.8)
def sms_recruitment_ad(ctx: Context) -> Doc:
    """A job ad: positions, pay, requirements, contact (recruiting posts, group blasts, job-board pages)."""
    bind_numbers(ctx)
    company = ctx.city_short() + ctx.pick(("华远", "恒通", "鑫达", "新宇", "博瑞", "正泰", "佳禾", "众诚", "联发")) + \
        ctx.pick(("科技有限公司", "物流有限公司", "餐饮管理有限公司", "电子厂", "物业服务有限公司", "人力资源公司"))
    bind(ctx, {"company": company, "thou2": str(int(ctx.slot("thou")) + ctx.rng.randint(1000, 6000)),
               "job": ctx.pick(("普工", "操作工", "会计", "销售代表", "客服专员", "仓库管理员", "司机", "厨师", "保安",
                                "前台", "外卖骑手", "电工", "幼师", "护士", "程序员", "行政文员", "导购")),
               "email": ctx.wechat_id().replace("wxid_", "hr") + ctx.pick(("@163.com", "@qq.com", "@126.com")),
               "cert": ctx.pick(EDU_VOCAB["cert"] + ("电工证", "驾驶证C1", "叉车证", "厨师证"))})
    parts = fill_all(ctx, RECRUIT_AD, 2, 5)
    if not ctx.is_social:
        return Doc(title=ctx.pick((f"{company}招聘", "招聘信息", f"诚聘{ctx.slot('job')}")), paragraphs=[formal(parts)],
                   group="bg_ad:recruit", source_hint=ctx.pick(("product", "notice", "forum_thread")))
    if ctx.maybe(0.5):
        return Doc(title="", paragraphs=[casual(ctx, parts, tail_p=0.3)], group="bg_ad:recruit",
                   source_hint=ctx.pick(("group_chat", "moments")))
    return sms_doc(ctx, company, parts, "bg_ad:recruit", optout_p=0.2)


# ================================================================ forum Q&A and tips

QA_TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "paperwork": (
        ("第一次办护照需要准备什么材料？", "{cs}办护照要多久能拿到？", "社保断缴了{ten}个月有影响吗", "公积金怎么提取出来？",
         "身份证丢了补办流程是怎样的", "异地就医备案怎么弄", "个税年度汇算怎么退税？", "驾照到期换证去哪里办",
         "新生儿上户口需要什么", "居住证怎么办理", "港澳通行证续签可以网上办吗", "离职后社保怎么转移",
         "结婚登记需要预约吗", "房产证加名字要交什么费"),
        ("在{cs}出入境大厅办的，带身份证就行，现场拍照，大概{ten}个工作日", "可以在“移民局12367”小程序预约，不用排队",
         "护照工本费{tens}0元，邮寄到家另收费", "个税APP里直接申报，退税{ten}天左右到账",
         "公积金提取在公积金中心APP里就能办，租房提取每月限额", "我去年办的，很快，工作人员也很耐心",
         "社保断缴会影响{买房资格|医保报销|积分落户}，建议尽快补上", "身份证补办去户籍所在地派出所，加急的话{ten}天",
         "异地就医在国家医保服务平台APP备案，几分钟搞定", "带上户口本、出生证明、父母身份证去派出所",
         "先打12345问清楚，每个地方政策不一样", "网上办就行，千万别找代办，多花钱", "楼上说得对，我也是这么办的",
         "政务服务网上有办事指南，写得很清楚"),
        ("已经办好了，谢谢大家", "明白了，感谢", "收藏了，下周去办", "还有一个问题，外地户口可以在这边办吗"),
    ),
    "exam_prep": (
        ("考研{major}专业怎么复习？零基础", "教资科目二怎么背？", "四级还剩一个月还来得及吗", "注会先考哪两门比较好？",
         "一建{ten}月考试，现在开始复习来得及吗", "公务员行测怎么提高速度", "初级会计自学能过吗", "雅思口语怎么练",
         "孩子中考数学只有{tens}分，怎么补", "高三数学一轮复习怎么安排", "考研英语作文模板有用吗", "法考主观题怎么准备"),
        ("先把教材过一遍，再刷真题，最后{ten}周背重点", "我是自学过的，网课加题库就够了，没必要报很贵的班",
         "每天至少{ten}小时，坚持下来就能过", "真题至少刷{ten}遍，错题本很重要", "建议先考会计和税法，这两门有交叉",
         "单词每天背{tens}个，用APP打卡", "行测做题要限时，不会的果断跳过", "报班看个人，自律的话没必要",
         "考试时间在官网查，别信群里的小道消息", "证书在官网可以查验，考过了记得申请", "我当年考了{ten}次才过，别灰心",
         "多看看往年的考试大纲，重点变化不大", "找个研友一起学，互相监督"),
        ("谢谢学长", "好的，我试试", "感谢回复，有点信心了", "一起加油", "mark"),
    ),
    "phone_help": (
        ("手机充电特别慢怎么回事", "{brand}手机更新系统后耗电快", "微信聊天记录怎么迁移到新手机", "手机内存满了怎么清理",
         "iPhone{tens}信号差有办法吗", "手机进水了怎么办", "支付宝提示账户异常怎么处理", "手机一直弹广告怎么关",
         "蓝牙耳机连不上手机", "手机发烫严重正常吗", "旧手机卖二手怎么清除数据", "微信收不到消息提醒"),
        ("换根原装数据线试试，{ten}成是线的问题", "设置里把后台应用刷新关了，省电很多", "微信设置-通用-聊天记录迁移，连同一个WiFi就行",
         "清理一下微信缓存，能腾出{ten}个G", "进水了立刻关机，别充电，送售后", "恢复出厂设置前记得备份",
         "弹广告是某个APP的问题，去设置里把悬浮窗权限关掉", "去官方售后检测，保修期内免费", "支付宝异常就打官方客服95188，别点陌生链接",
         "新系统刚更新会建索引，过几天就好了", "我也遇到过，重启一下就好了", "建议别装来路不明的软件"),
        ("解决了，谢谢", "重启真的好了哈哈", "已送修", "试了还是不行", "感谢大佬"),
    ),
    "cooking": (
        ("红烧肉怎么做才不腻？", "蒸馒头总是发不起来", "新手怎么做可乐鸡翅", "空气炸锅能做什么菜", "炖排骨要不要焯水",
         "为什么我炒的青菜发黑", "怎么做出外面卖的那种煎饺", "宝宝辅食几个月开始加", "腌咸鸭蛋的比例是多少", "糖醋排骨的糖醋比例"),
        ("先焯水，再用冰糖炒糖色，小火炖{tens}分钟", "面粉和酵母的比例是100比1，温水和面，发到两倍大", "鸡翅两面划刀，煎到金黄再倒可乐",
         "空气炸锅烤鸡翅、烤红薯、薯条都很好吃，{hund}度{tens}分钟", "一定要焯水，冷水下锅，加姜片料酒", "大火快炒，最后放盐",
         "煎饺最后淋一圈面粉水，盖盖焖{ten}分钟", "我妈的做法是加一勺{老抽|蚝油|豆瓣酱}，特别香", "{ten}个月以后可以加米粉，一次只加一种",
         "盐水比例一比四，腌{tens}天就能吃", "照着{下厨房|B站}的视频做，一次就成功了", "多做几次就有手感了"),
        ("今晚就试试", "做出来了，家人都说好吃", "收藏了", "感谢分享", "学到了"),
    ),
}


@genre(name="bg/qa_forum", kind=BG, source_types=BOTH_SOURCES, weight=1.4)
def qa_forum(ctx: Context) -> Doc:
    """A forum or Q&A thread (paperwork, exam prep, phone trouble, cooking): question, answers, thanks."""
    bind_numbers(ctx)
    bind_vocab(ctx, {"major": EDU_VOCAB["major"], "brand": TECH_VOCAB["brand"]})
    topic = ctx.pick(tuple(QA_TOPICS))
    questions, answers, thanks = QA_TOPICS[topic]
    question = one(ctx, questions)
    detail = ctx.pick(("", "", "求助各位", "在线等，挺急的", "有没有懂的朋友", "问了好几个人都说不清楚", "新人求教",
                       "网上说法太多了，不知道信哪个"))
    if ctx.is_social:
        if ctx.maybe(0.5):
            text = casual(ctx, [question, detail] if detail else [question], tail_p=0.2)
        else:
            text = casual(ctx, fill_all(ctx, answers, 1, 2), tail_p=0.15)
        return Doc(title="", paragraphs=[text], group=f"bg_qa:{topic}", source_hint=ctx.pick(("forum_reply", "comment")))
    replies = []
    for i, answer in enumerate(fill_all(ctx, answers, 1, 5)):
        label = ctx.pick(("{}楼：", "{}# ", "回复{}楼：", "", "网友{}：")).format(i + 2)
        if "网友" in label:
            label = f"{nick(ctx)}："
        replies.append(label + roughen(ctx, answer))
    if ctx.maybe(0.4):
        replies.append("楼主：" + one(ctx, thanks))
    body = [question + (("，" + detail) if detail else "")] + replies
    return Doc(title=question, paragraphs=body, group=f"bg_qa:{topic}",
               source_hint=ctx.pick(("forum_thread", "forum_thread", "blog")))


TIPS_INTRO = (
    "{ten}个生活小技巧，学会了很实用", "过来人的经验，{买房|装修|租房|考证|带娃}一定要注意这些",
    "整理了一份{考研|考公|教资|注会}备考时间表，需要的自取", "去{cs}旅游的攻略，{ten}天行程安排", "第一次{养猫|养狗}需要准备什么",
    "手机用久了卡顿？试试这几招", "冬天{省电|取暖|护肤}小妙招", "家常菜做法合集，第{ten}期", "开学必备清单",
)
TIPS_ITEMS = (
    "出门前检查门窗水电燃气", "冰箱里放一块柠檬可以去味", "办证前先在网上预约，少跑一趟", "证件复印件多准备几份",
    "租房一定要看清合同，押金条款写清楚", "装修合同里写明增项怎么算", "报考前看清楚报名条件，别白交报名费",
    "备考最重要的是坚持，每天固定时间学习", "猫砂盆、猫粮、驱虫药是刚需", "景区门票提前在官方小程序买，便宜还不用排队",
    "手机设置里关掉没用的通知", "定期清理相册和聊天缓存", "插座不用的时候拔掉，能省不少电", "换季被子晒一晒再收起来",
    "炖汤的时候最后放盐", "孩子的疫苗本要保管好，入学要查", "网购记得买运费险", "信用卡设置自动还款，防止逾期",
    "去医院前在公众号上挂号，节省时间", "护照有效期不足半年就要换了",
)


@genre(name="bg/qa_tips", kind=BG, source_types=BOTH_SOURCES, weight=0.8)
def qa_tips(ctx: Context) -> Doc:
    """A tips list post (life hacks, exam schedules, travel, pets)."""
    bind_numbers(ctx)
    intro = one(ctx, TIPS_INTRO)
    marker = ctx.pick(("{i}.", "{i}、", "{i}）", "·", "✅", "◆", "第{i}条："))
    items = [marker.format(i=i + 1) + t for i, t in enumerate(fill_all(ctx, TIPS_ITEMS, 3, 7))]
    closing = ctx.pick(("", "", "有补充的欢迎评论区留言", "觉得有用就点个赞吧", "持续更新中", "都是亲身经验"))
    if ctx.is_social:
        return Doc(title="", paragraphs=[intro + "\n" + "\n".join(items) + ("\n" + closing if closing else "")],
                   group="bg_qa:tips", source_hint=ctx.pick(("weibo", "moments")))
    return Doc(title=intro, paragraphs=items + ([closing] if closing else []), group="bg_qa:tips",
               source_hint=ctx.pick(("blog", "forum_thread", "article")))
