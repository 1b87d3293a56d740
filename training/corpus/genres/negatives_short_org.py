"""Short background negatives: headlines, SMS and posts that name 国际/协会/委员会/大赛/证书/会员 in ordinary ways."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from training.corpus.context import Context
from training.corpus.genres.moves import bind
from training.corpus.genres.negatives_background import (
    NEWS_REACTIONS, SMS_OPTOUT, bind_numbers, bind_vocab, casual, dateline, fill_all, formal, nick, one,
)
from training.corpus.genres.registry import Doc, genre

logger = logging.getLogger(__name__)

BG = "negative"
BOTH_SOURCES = ("web", "social")
SOCIAL_ONLY = ("social",)
# Real headline and SMS feeds are mostly one line; these genres keep most documents that short.
HEADLINE_ONLY_P = {"social": 0.6, "web": 0.35}


def short_news(ctx: Context, topics: Sequence[tuple[Sequence[str], Sequence[str]]], group: str) -> Doc:
    """A bare headline (most often), a headline with a reader's reaction, or a headline with a one-line lead.

    topics are (headlines, leads) pairs, so a lead always belongs to its headline's topic."""
    heads, leads = ctx.rng.choice(topics)
    head = one(ctx, heads)
    if not leads or ctx.maybe(HEADLINE_ONLY_P[ctx.source_type]):
        if ctx.is_social and ctx.maybe(0.3):
            head = ctx.pick(("【{}】", "#{}#", "{} 网页链接", "{}")).format(head) + \
                (ctx.pick(NEWS_REACTIONS) if ctx.maybe(0.5) else "")
        hints = ("comment", "comment", "weibo", "forum_reply") if ctx.is_social else ("news", "list")
        return Doc(title="", paragraphs=[head], group=group, source_hint=ctx.pick(hints))
    lead = one(ctx, leads)
    lead = dateline(ctx, lead) + lead
    if ctx.is_social:
        text = ctx.pick(("【{}】", "#{}#", "{}：", "")).format(head) + formal([lead])
        if ctx.maybe(0.25):
            text = ctx.pick(NEWS_REACTIONS) + ctx.pick(("//", " ", "！")) + text
        return Doc(title="", paragraphs=[text], group=group, source_hint=ctx.pick(("weibo", "moments", "comment")))
    return Doc(title=head, paragraphs=[formal([lead])], group=group, source_hint=ctx.pick(("news", "news", "article")))


def short_sms(ctx: Context, sender: str, parts: list[str], group: str, optout_p: float = 0.3) -> Doc:
    """An SMS: the renderer puts the sender in brackets in front most of the time; here it is sometimes a trailer."""
    ctx.slot("org", sender)
    text = formal(parts) if ctx.maybe(0.8) else "，".join(p.rstrip("。") for p in parts)
    if ctx.maybe(optout_p):
        text += ctx.pick(SMS_OPTOUT)
    if ctx.maybe(0.15):
        text += f"【{sender}】"
    return Doc(title="", paragraphs=[text], group=group, source_hint="sms")


def short_post(ctx: Context, parts: Sequence[str], lo: int, hi: int, group: str) -> Doc:
    """A short Weibo or Moments post in casual style."""
    text = casual(ctx, fill_all(ctx, parts, lo, hi), tail_p=0.5)
    if ctx.maybe(0.1):
        text += f" @{nick(ctx)}"
    return Doc(title="", paragraphs=[text], group=group, source_hint=ctx.pick(("weibo", "moments", "comment")))


# ================================================================ 国际 events and bodies

INTL_VOCAB = {
    "sport_body": ("国际奥委会", "国际足联", "国际乒联", "世界田联", "国际泳联", "国际滑联", "国际排联", "世界羽联",
                   "国际篮联", "国际体操联合会", "国际举联"),
    "world_body": ("国际货币基金组织", "国际能源署", "国际劳工组织", "国际民航组织", "国际原子能机构", "国际电信联盟",
                   "国际标准化组织", "国际海事组织", "国际红十字委员会"),
    "expo": ("中国国际进口博览会", "中国国际服务贸易交易会", "中国国际高新技术成果交易会", "中国国际消费品博览会",
             "中国国际工业博览会", "广交会", "中国国际航空航天博览会", "中国国际动漫游戏博览会", "{cs}国际车展",
             "中国国际中小企业博览会", "{cs}国际茶业博览会", "中国国际数字经济博览会", "{cs}国际家具展"),
    "intl_event": ("{cs}国际电影节", "{cs}国际音乐节", "{cs}国际风筝节", "{cs}国际啤酒节", "{cs}国际灯会",
                   "{cs}国际图书博览会", "{cs}国际龙舟邀请赛", "{cs}国际马拉松", "{cs}国际半程马拉松"),
    "country": ("法国", "德国", "日本", "韩国", "巴西", "意大利", "澳大利亚", "新加坡", "泰国", "英国", "西班牙", "埃及"),
    "intl_day": ("国际博物馆日", "国际护士节", "国际儿童节", "国际劳动节", "国际妇女节", "国际志愿者日", "国际禁毒日",
                 "国际消费者权益日", "国际母语日", "国际老人节"),
}
INTL_TOPICS = (
    ((
        "{sport_body}执委会会议在{洛桑|日内瓦|苏黎世|巴黎}举行",
        "国际足联最新世界排名：中国男足{升至|降至|仍列}第{tens}位",
        "国际奥委会确认{year}年{冬奥会|青奥会}举办城市",
        "国际乒联公布最新排名，国乒{包揽|占据}男女单打前{ten}",
        "国际泳联世锦赛：中国队收获第{ten}枚金牌",
        "国际奥委会主席会见中国奥委会代表团",
        "国际篮联{世界杯|亚洲杯}抽签：中国男篮与{country}同组",
        "{sport_body}{公布|修改}{year}年{赛历|积分规则}",
        "{sport_body}{宣布|确认}{cs}获得{year}年{世界杯|世锦赛|大奖赛}举办权",
    ), (
        "该排名每月更新一次，积分依据国际比赛成绩计算",
        "据介绍，{sport_body}本次会议主要讨论了下一阶段赛事安排",
        "中国代表团共派出{tens}名运动员参加本届比赛",
    )),
    ((
        "{expo}开幕，{tens}个国家和地区的{thou}家企业参展",
        "第{cnum}届{expo}闭幕，意向成交额{yi}亿元",
        "{expo}今日开幕，这些新品首次亮相",
        "{country}驻华大使参观{expo}",
        "{expo}{mon}月{day}日起开放公众预约",
        "{cs}国际会展中心{mon}月展会排期出炉",
    ), (
        "本届{expo}设{ten}个展区，展览面积超过{tens}万平方米，{country}为主宾国",
        "展会期间，观众可通过官方小程序预约入场，现场设有{ten}个入口",
        "这是该展会连续第{ten}年在{cs}举办",
    )),
    ((
        "{intl_event}{mon}月{day}日{开幕|举行|启幕}",
        "{intl_event}报名{开启|截止}，今年规模{thou}人",
        "{intl_event}{落幕|闭幕}，{tens}部作品获奖",
        "{intl_day}：{cs}{tens}家博物馆免费开放",
        "{intl_day}｜{cs}{举办主题活动|开展宣传活动}",
        "{intl_day}，这些{知识|提示}请收好",
        "{intl_day}假期{cs}接待游客{tens}万人次",
    ), (
        "{intl_event}共有来自{tens}个国家和地区的{thou}名{选手|嘉宾}参加",
        "活动期间部分路段将实行交通管制，请市民合理安排出行",
        "市民可在官方公众号查询活动时间和地点",
    )),
    ((
        "国际货币基金组织{上调|维持}中国经济增长预期至{pct2}",
        "国际能源署：全球可再生能源装机增长{bigpct}",
        "{world_body}发布{年度报告|最新报告}",
        "国际标准化组织发布一项{智能家居|电动汽车充电|无人机}国际标准",
        "中欧班列国际货运量同比增长{bigpct}",
        "{cs}新增{ten}条国际航线，直飞{country}",
        "国际航班{恢复|加密}：{cs}机场{mon}月起每周{tens}班",
        "国际空间站{完成补给|航天员出舱}",
        "{cs}国际学校{year}年秋季招生开放日",
        "国际大学生程序设计竞赛{cs}赛区开赛",
        "国际油价{上涨|下跌}{pct}，国内油价或{上调|下调}",
    ), (
        "{cs}机场相关负责人表示，新航线开通后，飞往{country}的旅客不用再中转",
        "报告预计，今年全球经济增速为{pct2}",
    )),
)


@genre(name="bg/short_international", kind=BG, source_types=BOTH_SOURCES, weight=1.4)
def short_international(ctx: Context) -> Doc:
    """Headlines and short posts about 国际 sports bodies, expos, international events, routes and 国际 days."""
    bind_numbers(ctx)
    bind_vocab(ctx, INTL_VOCAB)
    return short_news(ctx, INTL_TOPICS, "bg_short:international")


# ================================================================ national federations and race 组委会

FED_VOCAB = {
    "ffed": ("中国足协", "中国足球协会", "{pv}足协", "{cs}市足协"),
    "fleague": ("中超", "中甲", "中乙", "女超", "足协杯"),
    "bfed": ("中国篮协", "中国篮球协会", "{pv}篮球协会"),
    "bleague": ("CBA", "WCBA", "NBL", "CBA全明星赛"),
    "ofed": ("中国排协", "中国乒协", "中国田协", "中国泳协", "中国羽协", "中国网协", "中国围棋协会", "中国象棋协会",
             "中国自行车运动协会", "{cs}市体育总会", "中国登山协会"),
    "osport": ("排球", "乒乓球", "田径", "游泳", "羽毛球", "网球", "围棋", "象棋", "自行车", "攀岩"),
    "race": ("{cs}马拉松", "{cs}半程马拉松", "{cs}国际马拉松", "{cs}环湖骑行赛", "{cs}越野跑", "{cs}城市定向赛"),
}
FED_TOPICS = (
    ((
        "{ffed}公布{year}赛季{fleague}赛程",
        "{ffed}：{fleague}第{tens}轮改期至{mon}月{day}日",
        "{ffed}对{ten}名球员开出罚单",
        "{ffed}发布{year}赛季准入名单，{tens}家俱乐部通过",
        "{ffed}公布{中国男足|中国女足|国青|国少}集训名单",
        "{ffed}召开{year}年会员代表大会",
        "{ffed}：{mon}月起开展{裁判员|教练员}培训",
        "{ffed}就{fleague}争议判罚作出说明",
        "{ffed}与{cs}签约共建青训基地",
    ), (
        "根据{ffed}发布的公告，相关球员被停赛{ten}场，所在俱乐部被罚款",
        "赛程显示，新赛季将于{mon}月{day}日开幕",
    )),
    ((
        "{bfed}公布新赛季{bleague}赛程",
        "{bfed}对{bleague}{ten}名球员追加处罚",
        "{bfed}公布中国男篮集训名单，{person}入选",
        "{bleague}半决赛：{bfed}公布赛程及门票销售安排",
        "{bfed}：{mon}月{day}日起开放{青少年|三人篮球}注册",
    ), (
        "{bfed}相关负责人表示，新赛季将继续实行工资帽制度",
        "本轮比赛门票将通过官方渠道统一销售",
    )),
    ((
        "{ofed}举办{year}年全国{青少年|U15|U17}{osport}锦标赛",
        "全国{osport}锦标赛{cs}开赛，{tens}支队伍参赛",
        "{ofed}公布{osport}国家队{集训|参赛}名单",
        "{ofed}：{mon}月起开展{osport}{裁判员|教练员|社会体育指导员}培训",
        "{pv}运动会{cs}开幕，{tens}个代表团参赛",
        "体育总局：{year}年全民健身活动{thou}余场",
    ), (
        "{ofed}相关负责人表示，培训考核合格者将获得相应等级证书",
        "本次比赛由{ofed}主办，{cs}市体育局承办",
    )),
    ((
        "{race}组委会发布{参赛须知|交通管制公告|抽签结果}",
        "{race}组委会：{mon}月{day}日起领取参赛物品",
        "{race}{thou}名跑者参赛，组委会提醒注意补水",
        "{race}组委会致歉：{补给不足|存衣车晚到}",
        "{race}中签名单出炉",
        "{race}{mon}月{day}日鸣枪，这些路段临时封闭",
    ), (
        "{race}组委会提醒，参赛选手须凭本人身份证和参赛确认函领取号码布",
        "本届赛事设全程、半程和健康跑三个项目，总规模{thou}人",
        "组委会表示，比赛期间沿途设置{ten}个补给站和医疗点",
    )),
)


@genre(name="bg/short_sports_federation", kind=BG, source_types=BOTH_SOURCES, weight=1.1)
def short_sports_federation(ctx: Context) -> Doc:
    """Headlines and short posts about national federations' schedules, squads, penalties and race 组委会 notices."""
    bind_numbers(ctx)
    bind_vocab(ctx, FED_VOCAB)
    return short_news(ctx, FED_TOPICS, "bg_short:federation")


# ================================================================ consumer and industry associations, institutes

ASSOC_VOCAB = {
    "consumer": ("中国消费者协会", "中消协", "{pv}消费者协会", "{cs}市消费者协会", "{cs}市消保委", "上海市消保委",
                 "{pv}消保委"),
    "goods": ("预付卡", "电动自行车", "儿童玩具", "充电宝", "网红零食", "保健食品", "健身卡", "美容美发卡",
              "二手车", "家装", "在线教育", "电热毯", "燃气灶", "月饼礼盒", "外卖", "酒店预订", "直播带货商品"),
    "trade_assoc": ("中国汽车工业协会", "中国物流与采购联合会", "中国银行业协会", "中国互联网协会", "中国旅游协会",
                    "中国烹饪协会", "中国房地产业协会", "中国钢铁工业协会", "中国证券业协会", "中国家用电器协会",
                    "中国通信企业协会", "中国连锁经营协会", "{pv}物流协会", "{cs}市餐饮行业协会"),
    "arts_assoc": ("中国作家协会", "中国电影家协会", "中国音乐家协会", "中国书法家协会", "中国美术家协会",
                   "{pv}作家协会", "{cs}市文联", "{pv}美术家协会"),
    "academy": ("中国农业科学院", "中国社会科学院", "中国科学院", "{pv}农业科学院", "中国信息通信研究院",
                "中国汽车技术研究中心", "中国环境科学研究院", "{pv}社会科学院", "中国水稻研究所", "中国气象科学研究院"),
}
ASSOC_TOPICS = (
    ((
        "{consumer}提醒：{goods}消费要警惕这些“坑”",
        "{consumer}发布{goods}比较试验结果，{ten}款样品不达标",
        "{consumer}：{year}年上半年受理投诉{thou}件",
        "{consumer}约谈{ten}家{goods}经营者",
        "“3·15”前夕，{consumer}发布十大消费维权案例",
        "{consumer}提示：节日期间购买{goods}注意保留凭证",
        "{consumer}：办理{goods}前务必签订书面合同",
    ), (
        "{consumer}提醒消费者，购买{goods}时要选择正规商家，索要发票，发生纠纷可拨打12315投诉",
        "此次比较试验共购买样品{tens}批次，检测项目包括安全性能和标识标注",
        "{consumer}表示，对拒不整改的经营者将依法公开",
    )),
    ((
        "中国汽车工业协会：{mon}月汽车销量同比增长{bigpct}",
        "中国物流与采购联合会：{mon}月制造业PMI为{49|50|51}.{ten}%",
        "{trade_assoc}发布{year}年度行业发展报告",
        "{trade_assoc}召开第{cnum}届会员代表大会",
        "{trade_assoc}发布{行业自律公约|团体标准}",
        "{trade_assoc}：今年{一季度|上半年}行业运行总体平稳",
    ), (
        "{trade_assoc}数据显示，{mon}月行业主要经济指标稳中有升",
        "报告由{trade_assoc}组织专家编写，对过去一年的行业运行情况进行了梳理",
    )),
    ((
        "{arts_assoc}公布{year}年度{优秀作品|新会员}名单",
        "第{cnum}届茅盾文学奖揭晓，{ten}部作品获奖",
        "{arts_assoc}举办{书法|美术|摄影}作品展，免费向市民开放",
        "{arts_assoc}组织作家深入{乡村|工厂|社区}采风",
    ), (
        "展览将持续至{mon}月{day}日，市民可免费参观",
    )),
    ((
        "{academy}培育出{抗倒伏|耐盐碱|高产}{小麦|水稻|玉米}新品种",
        "{academy}发布{蓝皮书|白皮书|年度报告}",
        "{academy}研究员：{粮食单产|新能源汽车|数字经济}还有较大提升空间",
        "{academy}{研究团队|科研人员}在{国际期刊|《自然》}发表成果",
        "国家自然科学基金{year}年度项目评审结果公布",
        "{cs}{高校|大学}获批国家社科基金项目{tens}项",
    ), (
        "据介绍，该品种已通过国家审定，今年将在{pv}等地推广种植",
        "该研究得到国家自然科学基金等项目支持",
    )),
)


@genre(name="bg/short_association_news", kind=BG, source_types=BOTH_SOURCES, weight=1.3)
def short_association_news(ctx: Context) -> Doc:
    """Consumer associations' warnings, trade associations' monthly figures, arts associations, academies' news."""
    bind_numbers(ctx)
    bind_vocab(ctx, ASSOC_VOCAB)
    return short_news(ctx, ASSOC_TOPICS, "bg_short:association")


# ================================================================ official 委员会 and 居委会/村委会 notices

COMMITTEE_VOCAB = {
    "gov_committee": ("{cs}市卫健委", "国家卫健委", "国家发展改革委", "{cs}市发改委", "{cs}市教委", "北京市教委",
                      "{pv}住建厅", "{cs}市人大常委会", "全国人大常委会", "{cs}市政协", "{cs}市纪委监委",
                      "{pv}卫生健康委员会", "{cs}市住房和城乡建设委员会", "{cs}市交通委", "{cs}市商务委",
                      "{cs}高新区管委会", "{cs}经开区管委会", "{cs}市招生委员会"),
    "community": ("{estate}社区居委会", "{cs}路社区居委会", "{village}村委会", "{estate}业委会", "{estate}社区",
                  "{village}村民委员会"),
}
COMMITTEE_TOPICS = (
    ((
        "{gov_committee}发布{流感|诺如病毒|手足口病}防控健康提示",
        "{gov_committee}通报{tens}家医疗机构检查结果",
        "{gov_committee}：{year}年中考招生政策公布",
        "{gov_committee}：今年将新建改扩建中小学{tens}所",
        "{gov_committee}：{mon}月{day}日起{新一批|第{ten}批}{保障房|人才公寓}开始申请",
        "{gov_committee}回应网友关注的{停车难|学位紧张|加装电梯}问题",
        "{gov_committee}发布{成品油价格调整|电价调整|天然气价格}通知",
        "{gov_committee}公布{ten}起违反中央八项规定精神典型问题",
    ), (
        "相关政策全文可在{gov_committee}官方网站查询",
        "据了解，申请人需通过政务服务网在线提交材料，不收取任何费用",
        "市民如有疑问，可拨打12345政务服务热线咨询",
    )),
    ((
        "{cs}市人大常委会召开第{tens}次会议",
        "{cs}市人大常委会审议{物业管理条例|文明行为促进条例|养犬管理条例}草案",
        "全国人大常委会{审议|通过}{民法典相关|教育法修正}草案",
        "全国政协委员建议：{延长产假|推广社区食堂|加强养老服务}",
        "{cs}市政协召开{专题协商会|常委会议}",
        "政协委员{person}：{社区养老|老旧小区改造|职业教育}要因地制宜",
    ), (
        "会议听取了关于本市{营商环境|生态环境保护|教育事业发展}情况的报告",
        "条例草案将在{cs}人大网公开征求意见，截止日期为{mon}月{day}日",
    )),
)
COMMUNITY_SMS = (
    "{community}提醒：本周{wk}上午在社区活动室免费测量血压血糖，请带好医保卡",
    "{community}通知：{year}年城乡居民医保开始缴费，可通过{pv}医保公众号或银行网点缴纳",
    "{community}：今晚{hour2}点在{place}召开居民议事会，商量加装电梯事宜",
    "【{community}】近期冒充社区工作人员上门推销的情况时有发生，社区工作人员不会上门收钱",
    "{community}提醒：垃圾分类桶站投放时间调整为早{hour}点至晚{hour2}点",
    "{community}：{mon}月{day}日换届选举，请登记选民携带身份证到投票站投票",
    "{community}通知：高龄津贴年审开始，请80岁以上老人或家属带身份证到居委会办理",
    "村委会通知：明天上午组织村民到卫生院免费体检，{hour}点在村委会门口集合",
    "{community}通知：本周{wk}进行消防安全检查，请楼道内不要堆放杂物",
    "{community}提醒：小区{ten}号楼附近道路施工，请绕行",
    "{community}：本周末组织志愿者清理小区绿化带，欢迎居民参与",
    "{village}村委会：春耕用的化肥已到，请各户到村部登记领取",
    "{community}通知：{mon}月{day}日起办理居住证需要预约，请拨打{phone}",
    "业委会通知：关于选聘新物业的投票已结束，结果已在各单元门口公示",
)


@genre(name="bg/short_committee_notice", kind=BG, source_types=BOTH_SOURCES, weight=1.1)
def short_committee_notice(ctx: Context) -> Doc:
    """Government committees' headlines (卫健委, 教委, 人大常委会) and 居委会/村委会/业委会 SMS and group notices."""
    bind_numbers(ctx)
    bind(ctx, {"estate": ctx.pick(("阳光", "幸福里", "滨江", "和平", "建设", "文化路", "翠苑", "东湖", "新村", "锦华")),
               "village": ctx.pick(("王庄", "李家", "东湾", "张村", "石桥", "柳树屯", "前进", "红星", "杨家坪", "新河"))})
    bind_vocab(ctx, COMMITTEE_VOCAB)
    if ctx.is_social and ctx.maybe(0.55):
        parts = fill_all(ctx, COMMUNITY_SMS, 1, 2)
        if ctx.maybe(0.4):
            text = casual(ctx, parts, tail_p=0.1)
            prefix = ctx.pick(("@所有人 ", "【通知】", "各位居民：", "各位村民：", "各位邻居，", ""))
            return Doc(title="", paragraphs=[prefix + text], group="bg_short:community", source_hint="group_chat")
        return short_sms(ctx, ctx.slot("community"), parts, "bg_short:community", optout_p=0.0)
    return short_news(ctx, COMMITTEE_TOPICS, "bg_short:committee")


# ================================================================ school and company contests, 评选, award ceremonies

CONTEST_VOCAB = {
    "contest": ("全国大学生数学建模竞赛", "“挑战杯”全国大学生课外学术科技作品竞赛", "全国青少年科技创新大赛",
                "{cs}中小学生作文大赛", "{pv}职业院校技能大赛", "全国大学生英语竞赛", "{cs}青少年机器人大赛",
                "中国国际大学生创新大赛", "{cs}中小学生运动会", "全国中学生物理竞赛", "{cs}少儿书画比赛",
                "{cs}职工技能大赛", "{cs}青年歌手大赛", "{pv}大学生创新创业大赛", "全国大学生电子设计竞赛"),
    "school": ("{cs}一中", "{cs}实验小学", "{pv}大学", "{pv}理工大学", "{cs}职业技术学院", "{cs}外国语学校",
               "{pv}师范大学", "{cs}第{cnum}中学"),
    "honor": ("最美教师", "优秀共产党员", "十佳青年", "道德模范", "最美家庭", "先进工作者", "优秀志愿者", "劳动模范",
              "文明家庭", "好人好事", "三八红旗手", "五四青年奖章"),
    "company": ("{cs}供电公司", "{cs}移动", "{cs}地铁", "{cs}公交集团", "{cs}农商银行", "{cs}燃气集团", "{cs}人民医院"),
}
CONTEST_TOPICS = (
    ((
        "{school}学子在{contest}中获一等奖",
        "{contest}{cs}赛区颁奖典礼举行",
        "{contest}{year}年决赛在{cs}落幕",
        "{contest}报名启动，不收取任何费用",
        "{school}{ten}名学生在{contest}中获奖",
        "{cs}教育局公布{contest}获奖名单",
        "{school}{校园歌手大赛|篮球赛|辩论赛|运动会}圆满落幕",
        "{school}举行{year}届毕业典礼暨学位授予仪式",
    ), (
        "本届比赛由{cs}市教育局主办，共有{tens}所学校的{thou}名学生参加",
        "获奖名单已在{cs}市教育局官网公示，公示期{ten}个工作日",
        "获奖选手将获得荣誉证书，比赛全程不收取任何费用",
    )),
    ((
        "{cs}第{cnum}届“{honor}”评选结果揭晓",
        "{cs}“{honor}”候选人公示",
        "{year}年度“感动{cs}”人物评选揭晓",
        "我市{ten}人获评全国{honor}",
    ), (
        "评选经过单位推荐、资格审查、专家评审等环节，最终产生{tens}名获奖者",
        "公示期间，如有异议可向{cs}市文明办反映",
    )),
    ((
        "{company}举办第{cnum}届职工技能比武",
        "{company}{year}年度表彰大会召开，{tens}名员工获表彰",
        "{company}{青年|女职工|新员工}技能竞赛落幕",
    ), (
        "{company}工会相关负责人表示，技能比武为员工提供了展示和交流的平台",
    )),
)
CONTEST_POSTS = (
    "孩子参加{contest}拿了{一等奖|二等奖|三等奖|优秀奖}",
    "学校发了证书和奖状，回家贴墙上了",
    "准备了两个月终于没白费",
    "明天去参加{contest}决赛，有点紧张",
    "我们组的项目进了{contest}国赛",
    "年会上被评为{优秀员工|服务之星|最佳新人}，奖金{hund}块",
    "今天学校开表彰大会，闺女拿了{三好学生|优秀班干部|进步之星}",
    "指导老师比我们还激动",
    "比赛是学校组织的，没花一分钱",
    "公司这次技能比武拿了第{ten}名，还不错",
    "儿子的画在区里少儿书画比赛里获奖了",
    "班主任在群里发了获奖名单",
)


@genre(name="bg/short_contest_award", kind=BG, source_types=BOTH_SOURCES, weight=1.2)
def short_contest_award(ctx: Context) -> Doc:
    """School and workplace competitions, 评选 results and award ceremonies (no fees), as headlines or proud posts."""
    bind_numbers(ctx)
    bind_vocab(ctx, CONTEST_VOCAB)
    if ctx.is_social and ctx.maybe(0.45):
        return short_post(ctx, CONTEST_POSTS, 1, 3, "bg_short:contest_post")
    return short_news(ctx, CONTEST_TOPICS, "bg_short:contest")


# ================================================================ membership and points SMS

MEMBER_SENDERS = (
    (("山姆会员商店", "Costco", "盒马", "屈臣氏", "{cs}百货", "永辉超市", "名创优品", "丝芙兰", "{cs}图书大厦",
      "星巴克", "肯德基"), (
        "本月{ten}日会员日，全场{ten}折，积分双倍",
        "您本次消费获得积分{hund}分，当前可用积分{thou}分",
        "会员专享：本周{wk}起凭会员码领取生日礼",
        "您的积分兑换订单已发货，请注意查收",
        "您已成功注册成为我们的会员，首单享{ten}元优惠",
        "会员积分可抵扣现金，{hund}积分抵1元，欢迎使用",
        "您的储值卡余额{hund}.{tens}元，感谢光临",
        "会员年费{hund}元已扣款成功，有效期一年",
        "尊敬的会员，您的{thou}积分将于{mon}月{day}日到期，请及时登录会员中心兑换",
    )),
    (("中国国航", "东方航空", "南方航空", "海南航空", "华住会", "锦江酒店", "万豪旅享家"), (
        "您的航班里程{thou}公里已入账，当前累计里程{thou}公里",
        "恭喜您升级为{金卡|银卡|白金卡}会员，可享{优先登机|额外行李额|延迟退房|免费早餐}等权益",
        "您的会员等级将于月底复核，再入住{ten}晚即可保级",
        "尊敬的会员，您的{thou}积分将于{mon}月{day}日到期，可兑换机票或酒店住宿",
        "您已成功预订{mon}月{day}日的房间，会员价{hund}元/晚，到店付款",
    )),
    (("乐刻运动", "超级猩猩", "{cs}游泳健身馆", "{cs}瑜伽馆", "威尔士健身"), (
        "私教课剩余{ten}节，会员卡有效期至{year}年{mon}月{day}日",
        "您的会员卡已于{mon}月{day}日到期，续卡请到前台办理",
        "您预约的{mon}月{day}日{hour2}:00团课即将开始，请提前十分钟到场",
        "为保障会员权益，请勿将会员卡转借他人",
        "泳池{mon}月{day}日闭馆换水，会员卡有效期相应顺延",
    )),
    (("爱奇艺", "腾讯视频", "网易云音乐", "京东PLUS", "淘宝88VIP", "中国移动", "百度网盘"), (
        "您的会员{将于{mon}月{day}日自动续费|已成功续费}，如需取消请在设置中关闭自动续费",
        "您的会员已到期，续费可继续享受免广告等权益",
        "本月会员福利已到账：{ten}张{运费券|观影券|话费券}",
        "尊敬的会员，您的积分{thou}分可兑换{ten}GB流量，本月底清零",
    )),
)
MEMBER_TRAILERS = ("详询客服热线", "详情见APP会员中心", "点击链接查看权益", "点击查看积分明细")


@genre(name="bg/sms_membership_points", kind=BG, source_types=SOCIAL_ONLY, weight=1.2)
def sms_membership_points(ctx: Context) -> Doc:
    """Shop, airline, hotel, gym and app membership and points SMS (会员日, 积分, 升级, 续费)."""
    bind_numbers(ctx)
    senders, messages = ctx.rng.choice(MEMBER_SENDERS)
    sender = one(ctx, senders)
    parts = fill_all(ctx, messages, 1, 2)
    if ctx.maybe(0.3):
        parts.append(ctx.pick(MEMBER_TRAILERS))
    return short_sms(ctx, sender, parts, "bg_short:membership", optout_p=0.5)


# ================================================================ exam and qualification certificates

CERT_SENDERS = ("{pv}人事考试网", "{cs}人社局", "{pv}教育考试院", "{cs}市教育考试院", "中国人事考试网", "{cs}人力资源和社会保障局",
                "{pv}普通话培训测试中心", "中国教育考试网", "{cs}市职业技能鉴定中心", "{cs}公安交管", "{pv}财政厅会计考试")
CERT_EXAMS = ("二级建造师", "一级建造师", "初级会计职称", "中级会计职称", "教师资格", "普通话水平", "计算机等级",
              "大学英语四六级", "执业药师", "护士执业资格", "经济专业技术资格", "人力资源管理师", "电工职业技能等级",
              "育婴员", "消防设施操作员", "社会工作者职业资格")
CERT_SMS = (
    "{year}年{exam}考试成绩已公布，请登录{sender}官网查询",
    "您报名的{exam}考试准考证已可打印，考试时间为{mon}月{day}日，请提前熟悉考场",
    "{exam}合格证书已到，请本人携带身份证于{mon}月{day}日至{mon2}月{day2}日到{place}领取",
    "{exam}证书实行电子证书，可在{sender}官网自行下载打印，与纸质证书具有同等效力",
    "您参加的{exam}考试已通过资格审核，请于{mon}月{day}日前完成网上缴费",
    "{exam}考试报名将于{mon}月{day}日开始，请通过官方网站报名，谨防虚假网站",
    "考后证书邮寄服务已开通，邮费到付，请在系统中填写收件地址",
    "提醒：{exam}考试不设任何考前培训班，凡以考试中心名义举办的培训均与本中心无关",
    "您申领的职业技能等级证书已制作完成，可在电子社保卡中查看",
    "{exam}考试将于本周{wk}举行，请携带准考证和身份证原件，提前{tens}分钟入场",
    "您的驾驶证将于{mon}月{day}日到期，请在有效期满前{ten}日内申请换证",
    "成绩复核申请时间为成绩公布后{ten}个工作日内",
)
CERT_POSTS = (
    "{exam}终于过了！证书到手",
    "今天去人社局领了{exam}证书",
    "{exam}成绩出来了，{tens}分飘过",
    "备考{exam}的第{tens}天",
    "有没有一起考{exam}的，交流下经验",
    "电子证书可以直接下载，不用排队了",
    "考了三次终于拿证了，泪目",
    "明天{exam}考试，求过",
)


@genre(name="bg/sms_exam_certificate", kind=BG, source_types=SOCIAL_ONLY, weight=1.1)
def sms_exam_certificate(ctx: Context) -> Doc:
    """Exam results, admission tickets and certificate pick-up notices from the real issuing authorities, or a post."""
    bind_numbers(ctx)
    sender = one(ctx, CERT_SENDERS)
    bind(ctx, {"exam": ctx.pick(CERT_EXAMS), "sender": sender})
    if ctx.maybe(0.35):
        return short_post(ctx, CERT_POSTS, 1, 2, "bg_short:cert_post")
    return short_sms(ctx, sender, fill_all(ctx, CERT_SMS, 1, 2), "bg_short:certificate", optout_p=0.0)


# ================================================================ 红十字会 blood donation and first aid

BLOOD_SENDERS = ("{cs}市中心血站", "{pv}血液中心", "{cs}市红十字会", "{cs}红十字血站", "{pv}红十字会")
BLOOD_SMS = (
    "感谢您{mon}月{day}日的无偿献血，您捐献的血液经检测合格，已用于临床救治",
    "您上次献血已满{ten}个月，可以再次献血了，{place}献血屋每天{hour}:00-{hour2}:00开放",
    "近期库存偏紧，{O|A|B|AB}型血需求较大，欢迎符合条件的市民到就近献血点献血",
    "您的献血证已生成电子版，可在{pv}献血公众号查看",
    "{cs}市红十字会将于{mon}月{day}日举办应急救护培训，免费参加，请在公众号报名",
    "献血前请吃清淡早餐，保证睡眠，不要空腹",
    "本周{wk}献血车在{place}停靠，欢迎爱心市民参与",
    "感谢您加入中华骨髓库，如有配型成功我们会与您联系",
    "无偿献血者及其家属用血可按规定报销，详询血站",
)
BLOOD_HEADS = (
    "{cs}市红十字会开展应急救护培训进社区",
    "{cs}冬季血液库存告急，血站呼吁市民献血",
    "{cs}{tens}名市民参加无偿献血活动",
    "{cs}一市民捐献造血干细胞，成为第{tens}例捐献者",
    "{cs}市红十字会公布{year}年度捐赠款物使用情况",
    "世界献血者日：{cs}表彰无偿献血先进个人",
)


@genre(name="bg/short_red_cross_blood", kind=BG, source_types=SOCIAL_ONLY, weight=0.7)
def short_red_cross_blood(ctx: Context) -> Doc:
    """Blood station and 红十字会 SMS (thanks, reminders, first-aid training) or a short headline about them."""
    bind_numbers(ctx)
    sender = one(ctx, BLOOD_SENDERS)
    if ctx.maybe(0.3):
        return short_news(ctx, ((BLOOD_HEADS, ("献血者可凭献血证享受免费游览公园等优待",)),), "bg_short:blood_news")
    return short_sms(ctx, sender, fill_all(ctx, BLOOD_SMS, 1, 2), "bg_short:blood", optout_p=0.0)


# ================================================================ company and campus news: 成立, 签约, 国际 in names

BIZ_VOCAB = {
    "firm": ("海通国际", "中金公司", "华润置地", "{cs}国际机场", "{cs}国际酒店", "中国国际航空", "中国电信",
             "中国建筑", "中国中车", "中国平安", "招商局集团", "{cs}城投集团", "{cs}国际会展集团", "万科", "比亚迪",
             "宁德时代", "京东物流", "{cs}银行"),
    "uni": ("{pv}大学", "{cs}大学", "{pv}师范大学", "{pv}理工大学", "{pv}医科大学", "{cs}职业技术学院"),
    "unit": ("人工智能学院", "国际教育学院", "集成电路学院", "乡村振兴研究院", "碳中和研究院", "国际儒学研究中心",
             "马克思主义学院", "新能源研究院", "数字经济研究院"),
}
BIZ_TOPICS = (
    ((
        "{firm}与{firm2}签署战略合作协议",
        "{firm}{上半年|前三季度|全年}营收{yi}亿元，同比增长{pct2}",
        "{firm}华南总部落户{cs}",
        "{firm}在{cs}成立全资子公司",
        "{firm}发布{year}年度社会责任报告",
        "{firm}：{mon}月起{新开|恢复}{cs}至{pv}航线",
        "{firm}{新任|聘任}{person}为总经理",
    ), (
        "根据协议，双方将在{产业投资|物流仓储|数字化转型}等领域开展合作",
        "公告显示，新公司注册资本{tens}亿元，经营范围包括{技术服务|物业管理|仓储物流}",
    )),
    ((
        "{uni}{unit}揭牌成立",
        "{uni}成立{unit}，首批招收研究生{tens}人",
        "{uni}与{firm}共建{unit}",
        "{uni}{year}年{研究生招生简章|本科招生计划}发布",
        "{uni}在{国际|全国}{排名|学科评估}中{上升|进入前}{tens}位",
        "{uni}{year}级新生报到，{thou}名新同学入校",
    ), (
        "{unit}将围绕{人才培养|科学研究|社会服务}开展工作，院长由{person}教授担任",
        "据介绍，今年该校计划招生{thou}人，其中国际学生{hund}人",
    )),
)


@genre(name="bg/short_business_campus", kind=BG, source_types=BOTH_SOURCES, weight=0.9)
def short_business_campus(ctx: Context) -> Doc:
    """Short company and university news where 国际/中国 names, 成立, 揭牌 and 战略合作 are routine."""
    bind_numbers(ctx)
    first, second = ctx.pick_n(BIZ_VOCAB["firm"], 2)
    bind(ctx, {"firm": ctx.fill(first), "firm2": ctx.fill(second)})
    bind_vocab(ctx, {k: v for k, v in BIZ_VOCAB.items() if k != "firm"})
    return short_news(ctx, BIZ_TOPICS, "bg_short:business_campus")


# ================================================================ 中国 + noun headlines, foreign bodies founded, 外国语/国际学校

CHINA_VOCAB = {
    "country": INTL_VOCAB["country"] + ("美国", "俄罗斯", "印度", "越南", "阿根廷", "南非", "沙特"),
    "cteam": ("中国队", "中国女排", "中国男篮", "中国女足", "中国跳水队", "中国乒乓球队", "中国体操队", "中国游泳队",
              "中国短道速滑队", "中国羽毛球队", "中国举重队", "中国射击队"),
    "cthing": ("中国空间站", "中国高铁", "中国天眼", "中国新能源汽车", "中国制造", "中国品牌", "中国游客", "中国电影",
               "中国网络文学", "中国茶", "中国造大飞机C919", "中国智造"),
    "medal": ("金牌", "银牌", "铜牌", "冠军", "团体冠军", "混双冠军"),
    "idx": ("上证指数", "深证成指", "创业板指", "沪深300", "科创50", "恒生指数", "北证50"),
    "sector": ("半导体", "白酒", "光伏", "券商", "银行", "医药", "军工", "算力", "机器人", "低空经济", "黄金", "稀土",
               "锂电池", "房地产", "游戏", "传媒", "煤炭", "电力"),
}
CHINA_TOPICS = (
    ((
        "中国计划{year}年前实现{载人登月|火星采样返回|小行星探测}",
        "中国计划今年发射{ten}颗{气象|遥感|通信}卫星",
        "{cthing}{再创纪录|走红海外|迎来新突破|出口增长{bigpct}}",
        "中国式现代化的{cs}实践",
        "中国式{过年|相亲|家长|养老|带娃}，你经历过吗",
        "{cteam}{夺得|摘得|卫冕}{medal}",
        "{cteam}{3:0|3:1|3:2}{战胜|击败|不敌}{country}队",
        "{cteam}公布{世锦赛|亚运会|奥运会}参赛名单",
        "中国游客赴{country}旅游人数同比增长{bigpct}",
        "中国外交部：{欢迎|注意到|坚决反对}{country}{有关表态|相关做法|最新决定}",
        "中国驻{country}大使馆提醒在当地中国公民注意安全",
        "中国气象局：{mon}月{day}日起{寒潮|台风|高温}将影响{pv}",
        "中国铁路{mon}月{day}日起实行新列车运行图",
        "中国{女排|女足|男篮}新帅{正式|官宣}上任",
        "中国人均预期寿命提高到{78|79}.{ten}岁",
    ), (
        "据悉，这是{cteam}在本届比赛中获得的第{ten}枚{medal}",
        "外交部发言人在{wk}的例行记者会上回答了相关提问",
        "专家表示，这一数据反映出{消费|出行|外贸}需求持续回暖",
    )),
    ((
        "{country}成立新一届政府，{person}任总理",
        "{country}宣布成立国家{航天局|人工智能委员会|数据保护机构}",
        "联合国成立{人工智能|气候融资|水资源}高级别咨询机构",
        "欧盟成立{关键原材料|芯片|网络安全}工作组",
        "东盟成立{灾害管理|公共卫生应急}中心",
        "{country}议会成立特别委员会调查{能源危机|选举争议|铁路事故}",
        "{country}足协成立新一届执委会",
        "金砖国家新开发银行成立{ten}周年",
        "{country}与{country2}成立联合工作组推进{自贸谈判|边境合作}",
    ), (
        "据{country}媒体报道，新机构将于{mon}月正式运作",
        "该委员会由{tens}名成员组成，将在{ten}个月内提交报告",
    )),
    ((
        "{cs}外国语学校{year}年{招生简章|录取分数线|小升初摇号结果}发布",
        "{cs}外国语学校学生在{全国中学生英语演讲比赛|模拟联合国大会}获奖",
        "{cs}国际学校{开放日|春季插班|新校区}{预约开启|正式开放|{mon}月启用}",
        "{cs}外国语学校举行{建校{tens}周年校庆|新生开学典礼|毕业典礼}",
        "{cs}一外国语学校{食堂|校车}问题引关注，教育局回应",
        "{cs}新增{ten}所{外国语学校|国际学校}，学费{公布|备案}",
    ), (
        "据了解，今年该校计划招收初一新生{hund}人，报名通过{cs}市教育局平台进行",
        "学校相关负责人表示，收费标准已在教育部门备案并公示",
    )),
    ((
        "{idx}{收涨|收跌|高开|低开}{pct}，{sector}板块{涨停潮|集体涨停|领涨|领跌}",
        "{sector}板块午后拉升，{ten}股涨停",
        "{idx}失守{thou}点，两市超{thou}只个股下跌",
        "{sector}股{一字涨停|连续{ten}个涨停|跌停}，公司回应",
        "{idx}半日{涨|跌}{pct}，成交额{yi}亿元",
        "{sector}指数年内涨幅超{bigpct}",
    ), (
        "截至收盘，{idx}报{thou}.{tens}点，两市成交额{yi}亿元",
        "分析人士认为，短期指数仍将震荡，板块轮动较快",
    )),
)
CHINA_SCHOOL_SMS = (
    "家长您好，本周{wk}下午{hour2}:00召开{初一|高一|六年级}家长会，请准时参加",
    "{mon}月{day}日起学校实行冬季作息时间，早上{hour}:20到校",
    "明天学校组织{英语口语测试|研学活动|体检}，请学生穿校服",
    "本学期校服费已按物价部门核定标准收取，收据请在班主任处领取",
    "提醒：学校从不委托任何机构收取择校费，请家长警惕",
)
STOCK_POSTS = (
    "今天{sector}板块又涨停了，可惜我一股都没有",
    "指数涨了我的票还在跌",
    "{idx}又绿了，关软件睡觉",
    "满仓{sector}，今天终于回本了",
    "{sector}板块这波涨停潮看不懂",
    "大盘{thou}点保卫战",
    "基金又亏了，今天不想说话",
    "收盘了，今天{涨停|跌停}的都是{sector}",
    "炒股三年，本金还剩一半",
)


@genre(name="bg/short_china_headline", kind=BG, source_types=BOTH_SOURCES, weight=1.2)
def short_china_headline(ctx: Context) -> Doc:
    """One-line 中国 + noun news (中国计划, 中国式, 中国队), foreign or international bodies founded, 外国语/国际学校
    news and SMS, index and sector 涨停 lines and stock chatter."""
    bind_numbers(ctx)
    first, second = ctx.pick_n(CHINA_VOCAB["country"], 2)
    bind(ctx, {"country": first, "country2": second})
    bind_vocab(ctx, {k: v for k, v in CHINA_VOCAB.items() if k != "country"})
    if ctx.is_social:
        roll = ctx.rng.random()
        if roll < 0.2:
            return short_post(ctx, STOCK_POSTS, 1, 2, "bg_short:stock_post")
        if roll < 0.3:
            school = ctx.fill(ctx.pick(("{cs}外国语学校", "{cs}国际学校", "{cs}外国语实验学校", "{cs}外国语小学")))
            return short_sms(ctx, school, fill_all(ctx, CHINA_SCHOOL_SMS, 1, 2), "bg_short:foreign_language_school",
                             optout_p=0.0)
    return short_news(ctx, CHINA_TOPICS, "bg_short:china")


# ================================================================ everyday posts naming 协会/研究院/中心 in passing

PASSING_POSTS = (
    "今天去市民中心办了{居住证|护照|社保卡}，排了一上午队",
    "下班去{cs}体育中心游了个泳，人不多",
    "在研究院实习第一周，食堂真的好吃",
    "考研目标{pv}社科院研究生院，冲",
    "学校羽毛球协会周末聚餐，吃撑了",
    "加入了跑步协会，每周三夜跑{ten}公里",
    "{cs}会展中心的漫展人也太多了",
    "陪我妈去社区卫生服务中心打{流感|带状疱疹}疫苗",
    "研究院的同事出差给我带了{特产|零食}",
    "摄影协会组织去{place}采风，拍了好多照片",
    "我们单位是个研究院，过年放假比别人晚",
    "体检中心说我{血脂|尿酸}有点高，以后少喝奶茶",
    "打了三次客服中心电话才转到人工",
    "新开的购物中心停车要{ten}块一小时",
    "楼下健身中心终于开业了，办了张次卡",
    "孩子在少年宫书法班上课，老师是书法家协会的",
    "公司年会在{cs}国际会议中心办的，好气派",
    "爸爸退休后天天去老年活动中心下棋",
    "大学社团招新，动漫协会的摊位排了长队",
    "去{cs}科技馆看了航天展，孩子说长大要去航天研究院",
    "数据中心又加班到十点",
    "去政务服务中心一站式办完了，效率挺高",
    "小区门口新开了个托育中心，不知道靠不靠谱",
    "钓鱼协会的叔叔们今天又钓了一桶",
    "物流中心爆仓了，快递三天还没动",
    "在{cs}图书馆自习，隔壁是市文化中心",
    "宠物医院说要去{cs}动物疫病预防控制中心打狂犬疫苗",
    "家里老人跟着社区合唱队排练，说是文化馆老师教的",
)


@genre(name="bg/post_passing_institution", kind=BG, source_types=SOCIAL_ONLY, weight=1.0)
def post_passing_institution(ctx: Context) -> Doc:
    """Everyday Weibo and Moments posts that mention a 协会, 研究院 or 中心 in passing (clubs, jobs, errands)."""
    bind_numbers(ctx)
    return short_post(ctx, PASSING_POSTS, 1, 2, "bg_short:passing_institution")
