"""Ordinary negatives: everyday posts and ads that use 协会/证书/爱心/公益/理事/会员 words innocently."""

from __future__ import annotations

import logging

from training.corpus.context import Context
from training.corpus.genres.moves import bind, hint, move
from training.corpus.genres.registry import Doc, genre

logger = logging.getLogger(__name__)

ORD = "negative"
BOTH_SOURCES = ("web", "social")


# ---------------------------------------------------------------- 业委会 notices

HOA_OPEN = (
    "{estate}业主委员会关于召开{year}年度业主大会的通知",
    "各位业主：经业委会第{n}次会议研究，决定对小区公共收益使用情况进行公示",
    "【业委会通知】关于小区电梯维修资金使用的征求意见",
    "{estate}业委会换届选举候选人名单公示",
    "各位邻居好，我是{building}栋的业委会委员{person}，跟大家汇报一下停车位的事",
    "业委会提醒：本周六上午九点在小区广场召开业主见面会",
    "关于小区物业服务合同续签的业主意见征询",
    "业委会成员名单及分工公示，欢迎大家监督",
    "{estate}公共收益收支明细（{year}年第{q}季度）",
    "业委会就近期多位业主反映的垃圾分类问题作出说明",
    "关于选聘新物业服务企业的公告",
    "下周一开始小区南门施工，业委会已与物业协调好临时通道",
)
HOA_BODY = (
    "本季度广告位和停车场收入共计{money}，已存入业委会在银行开设的共管账户",
    "投票可以通过纸质表决票，也可以通过{city_short}智慧物业小程序在线表决",
    "维修资金的使用需经专有部分面积占比三分之二以上的业主参与表决",
    "请各位业主不要向任何个人转账缴纳物业费，以物业公司开具的正式收据为准",
    "有意向参选业委会委员的业主，请于{date}前到物业服务中心登记",
    "电动车充电桩安装费用由使用业主自行承担，按实际用电量计费",
    "表决结果将在各单元门口公告栏张贴，同时在业主群里公布",
    "业委会委员均为义务服务，不领取报酬",
    "如对公示内容有异议，请在七日内以书面形式反映",
    "街道办和社区居委会将派人全程指导本次选举",
    "感谢大家对业委会工作的理解与支持",
    "楼道堆放杂物存在消防隐患，请各位业主在月底前自行清理",
)


@genre(name="neg_ord/owners_committee", kind=ORD, source_types=BOTH_SOURCES, weight=0.8)
def owners_committee(ctx: Context) -> Doc:
    """A homeowners' committee notice about votes, public income and fees."""
    bind(ctx, {"estate": ctx.pick(("阳光花园", "锦绣家园", "金色港湾", "翠湖苑", "幸福里", "香樟园", "御景湾", "怡景小区")),
               "building": str(ctx.rng.randint(1, 30)), "n": str(ctx.rng.randint(2, 20)), "q": ctx.pick("一二三四"),
               "money": ctx.amount(20000, 400000), "city_short": ctx.city_short()})
    parts = move(ctx, HOA_OPEN) + move(ctx, HOA_BODY, social=(1, 3), web=(3, 5))
    parts += [ctx.fill(ctx.pick(("{estate}业主委员会\n{date}", "业委会联系电话：{phone}", "业委会", "{estate}业委会 敬启")))]
    return Doc(title=ctx.pick(("业委会通知", "公告", "小区公示", "")), paragraphs=parts, group=f"hoa:{ctx.slot('estate')}",
               source_hint=hint(ctx, ("group_chat", "moments"), ("notice", "forum_thread")))


# ---------------------------------------------------------------- hobby clubs

CLUB_OPEN = (
    "{club}组织会员为山区学校爱心捐书，书籍统一寄往当地教育局",
    "{club}周末活动报名啦！这周六去{spot}",
    "我们{club}成立三年了，现在有一百多位会员，欢迎新朋友加入",
    "【活动通知】{club}{month}月例会暨作品交流",
    "{club}招新！不管你是小白还是老手都欢迎",
    "上周{club}的活动照片来了，大家看看有没有自己",
    "{club}年度总结：全年组织活动{n}次，感谢各位会员",
    "今年{club}的会费收缴开始了",
    "新人问：加入{club}需要什么条件？统一回复一下",
    "{club}会长换届，感谢老会长{person}这几年的付出",
    "雨天改期通知：原定周日的{club}活动顺延一周",
)
CLUB_BODY = (
    "活动费用AA，大概每人{small}，包括午饭和车费",
    "会费每年{fee}，主要用于场地租金和比赛报名，账目每季度在群里公开",
    "新会员入群后请改群名片：名字+所在区",
    "活动自愿参加，安全自负，请量力而行",
    "集合时间早上七点半，地点{place}地铁站B口",
    "本次活动优秀作品会推荐到市里的{hobby}展览",
    "群里禁止发广告，发现直接移出",
    "有装备需要借的提前跟管理员说",
    "参加比赛的队员统一发队服和参赛证书",
    "理事会商量后决定，今年的年会放在农家乐，家属可以一起来",
    "不收会费也行，活动时AA就可以",
    "报名接龙：在群里回复“名字+人数”",
)


@genre(name="neg_ord/hobby_club", kind=ORD, source_types=BOTH_SOURCES, weight=0.8)
def hobby_club(ctx: Context) -> Doc:
    """A hobby club (cycling, photography, calligraphy ...) announcing activities, dues and new members."""
    hobby = ctx.pick(("摄影", "骑行", "书法", "徒步", "钓鱼", "羽毛球", "合唱", "广场舞", "太极拳", "读书", "跑步", "象棋"))
    bind(ctx, {"hobby": hobby, "club": ctx.city_short() + ctx.pick(("", "市", "老年", "青年")) + hobby + ctx.pick(("协会", "俱乐部", "爱好者协会", "队", "社")),
               "spot": ctx.pick(("森林公园", "水库", "古镇", "湿地公园", "体育中心")), "month": str(ctx.rng.randint(1, 12)),
               "n": str(ctx.rng.randint(8, 60)), "fee": ctx.amount(50, 600), "small": ctx.amount(30, 200)})
    parts = move(ctx, CLUB_OPEN) + move(ctx, CLUB_BODY, social=(1, 3), web=(2, 5))
    return Doc(title=ctx.pick(("", "活动通知", f"{ctx.slot('club')}招新")), paragraphs=parts, group=f"club:{ctx.slot('club')}",
               source_hint=hint(ctx, ("group_chat", "moments", "weibo"), ("forum_thread", "blog")))


# ---------------------------------------------------------------- alumni associations

ALUM_OPEN = (
    "{school}校友爱心捐款倡议：为患病校友{person}筹集医疗费，请通过{school}教育发展基金会官方渠道捐款",
    "{school}{city_short}校友会{year}年年会通知",
    "亲爱的校友们：母校{age}周年校庆将于{date}举行，诚邀各位回家看看",
    "{school}校友会第{n}届理事会换届大会顺利召开",
    "{school}{grade}级校友毕业二十周年聚会筹备通知",
    "校友会秘书处：关于更新校友信息的通知",
    "{school}北京校友会新春联谊会报名开始啦",
    "各位学长学姐好，我是今年校友会的志愿者{person}",
    "校友企业招聘专场：欢迎母校师弟师妹投递简历",
)
ALUM_BODY = (
    "年会费用每人{small}，现场签到时缴纳，多退少补",
    "有意向为母校捐赠的校友，请通过{school}教育发展基金会官网办理，基金会可开具捐赠票据",
    "新一届理事会由{n}名理事组成，{person}当选会长",
    "聚会费用由筹备组统一收取，所有开支会在群里晒明细",
    "请各位校友扫描海报上的小程序码登记个人信息，方便后续联系",
    "本次活动不收取任何费用，场地由校友企业赞助",
    "校友会将为返校校友准备纪念证书和校徽",
    "欢迎校友们带家属参加，现场有抽奖",
    "母校图书馆改造项目正在接受校友认捐，详情见基金会公告",
    "报名截止到本周五，请在群里接龙",
)


@genre(name="neg_ord/alumni_association", kind=ORD, source_types=BOTH_SOURCES, weight=0.7)
def alumni_association(ctx: Context) -> Doc:
    """An alumni association notice about reunions, council elections and donating via the school foundation."""
    bind(ctx, {"school": ctx.pick((f"{ctx.province_short()}大学", f"{ctx.city_short()}一中", f"{ctx.province_short()}师范大学",
                                   f"{ctx.city_short()}实验中学", f"{ctx.province_short()}工业大学", f"{ctx.city_short()}职业技术学院")),
               "city_short": ctx.city_short(), "age": str(ctx.rng.choice((60, 70, 80, 90, 100, 110, 120))),
               "n": str(ctx.rng.randint(2, 12)), "grade": str(ctx.rng.randint(1990, 2012)), "small": ctx.amount(100, 800)})
    parts = move(ctx, ALUM_OPEN) + move(ctx, ALUM_BODY, social=(1, 3), web=(2, 4))
    return Doc(title=ctx.pick(("校友会通知", "", "校友动态")), paragraphs=parts, group=f"alumni:{ctx.slot('school')}",
               source_hint=hint(ctx, ("group_chat", "moments"), ("notice", "article")))


# ---------------------------------------------------------------- company award ceremonies

CORP_OPEN = (
    "公司工会发起爱心捐款，所有善款通过市慈善总会对公账户捐出，共捐{bonus}",
    "{company}爱心志愿队走进敬老院，为老人送去米面油",
    "{company}{year}年度表彰大会圆满落幕",
    "热烈祝贺我司荣获{city_short}市“{honor}”称号",
    "年会上拿了个“{prize}”，证书和奖杯都发了，开心",
    "{company}关于表彰{year}年度先进集体和先进个人的决定",
    "恭喜销售部{person}获得公司年度“{prize}”",
    "今天公司年会，老板发了{small}的红包，还评了一堆奖",
    "{company}第{n}届职工技能大赛颁奖仪式举行",
    "季度之星出炉！感谢每一位奋斗者",
)
CORP_BODY = (
    "获奖员工将获得荣誉证书和{bonus}奖金，奖金随下月工资发放",
    "本次评选经部门推荐、员工投票、公司审定三个环节产生",
    "公司工会为全体员工准备了新春礼包",
    "颁奖结束后，各部门还表演了精心准备的节目",
    "董事长{person}在致辞中回顾了一年来的发展历程",
    "共评出优秀员工{n}名、优秀团队{m}个",
    "证书是人事部统一制作的，大家记得去前台领",
    "这个奖是市场监管部门组织评选的，不收任何费用，靠的是实打实的产品质量",
    "明年继续加油，争取拿个更大的奖",
    "晚宴后还有抽奖，一等奖是一台笔记本电脑",
)


@genre(name="neg_ord/company_awards", kind=ORD, source_types=BOTH_SOURCES, weight=0.7)
def company_awards(ctx: Context) -> Doc:
    """A company's internal award ceremony or an employee's post about winning a certificate."""
    bind(ctx, {"company": ctx.city_short() + ctx.pick(("华远", "恒通", "鑫达", "新宇", "博瑞", "正泰", "盛世", "佳禾")) + ctx.pick(("科技有限公司", "集团", "实业有限公司", "电子股份有限公司")),
               "honor": ctx.pick(("守合同重信用企业", "专精特新企业", "文明单位", "安全生产先进单位", "纳税信用A级企业")),
               "prize": ctx.pick(("优秀员工", "最佳新人", "销售冠军", "金牌讲师", "服务之星", "创新标兵")),
               "city_short": ctx.city_short(), "small": ctx.amount(200, 2000), "bonus": ctx.amount(500, 20000),
               "n": str(ctx.rng.randint(5, 60)), "m": str(ctx.rng.randint(2, 12))})
    parts = move(ctx, CORP_OPEN) + move(ctx, CORP_BODY, social=(1, 2), web=(2, 4))
    return Doc(title=ctx.pick(("", "公司新闻", "表彰决定")), paragraphs=parts, group=f"corp:{ctx.slot('company')}",
               source_hint=hint(ctx, ("moments", "weibo"), ("article", "notice", "blog")))


# ---------------------------------------------------------------- 爱心 shop ads

SHOP_OPEN = (
    "{shop}爱心早餐开张啦！环卫工人、外卖小哥凭工牌免费领豆浆",
    "本店长期设有“爱心冰箱”，有需要的朋友可以随时来取",
    "{shop}开业大酬宾，会员卡充{fee}送{bonus}",
    "爱心价！{product}今天只要{small}，先到先得",
    "感谢老顾客支持，{shop}推出爱心套餐，老人孩子半价",
    "高考期间，{shop}为考生和家长免费提供爱心绿豆汤",
    "{shop}店庆三周年，全场八折，办会员再送积分",
    "母婴店“爱心妈咪小屋”升级完成，欢迎宝妈们来歇脚喂奶",
    "雨天{shop}门口放了爱心雨伞，用完记得还回来",
    "爱心助农：{place}的滞销{produce}到店了，原价{small}一斤",
)
SHOP_BODY = (
    "地址：{address}，营业时间早七点到晚九点",
    "到店消费满{small}送小礼品一份",
    "会员积分可以抵现，每一百积分抵一元",
    "支持美团、大众点评团购，到店出示券码即可",
    "电话预订：{phone}",
    "所有商品都有质检报告，吃得放心",
    "小本经营，做点力所能及的事",
    "欢迎大家监督，有问题随时找老板",
    "扫码关注店铺公众号，生日当天可领蛋糕券",
    "爱心免费不限量，但请真正有需要的人来领",
)


@genre(name="neg_ord/love_shop_ad", kind=ORD, source_types=BOTH_SOURCES, weight=0.7)
def love_shop_ad(ctx: Context) -> Doc:
    """A small business ad using 爱心 wording (爱心早餐, 爱心价, 爱心助农 produce)."""
    bind(ctx, {"shop": ctx.pick(("老王家", "李记", "幸福", "小城", "阿婆", "邻家")) + ctx.pick(("早餐店", "面馆", "烘焙坊", "水果店", "超市", "药房", "奶茶店")),
               "product": ctx.pick(("手工馒头", "土鸡蛋", "鲜榨果汁", "蛋糕", "猪肉包")),
               "produce": ctx.pick(("苹果", "橙子", "土豆", "红薯", "猕猴桃")), "fee": ctx.amount(100, 1000),
               "bonus": ctx.amount(20, 300), "small": ctx.amount(3, 60), "address": ctx.address()})
    parts = move(ctx, SHOP_OPEN) + move(ctx, SHOP_BODY, social=(1, 2), web=(2, 4))
    return Doc(title=ctx.pick(("", "店铺公告", "新店开业")), paragraphs=parts, group=f"shop:{ctx.slot('shop')}",
               source_hint=hint(ctx, ("moments", "weibo", "group_chat"), ("product", "blog")))


# ---------------------------------------------------------------- bank 理财 ads

BANK_OPEN = (
    "{bank}手机银行理财专区上新，新客专享{product}",
    "【{bank}】您的理财产品已到期，本息已返还至您的账户",
    "{bank}“{product}”理财产品今日发售，业绩比较基准{rate}",
    "【{bank}】尊敬的客户，您关注的{product}第{n}期开放申购",
    "理财经理{person}为您推荐：稳健型理财，期限{days}天",
    "{bank}{city_short}分行“金融知识进社区”活动预告",
    "年末理财季，{bank}多款产品限时发售",
    "养老理财试点产品来了，{bank}各网点均可购买",
)
BANK_BODY = (
    "风险等级R2，适合稳健型及以上投资者，起购金额{small}",
    "理财非存款，产品有风险，投资须谨慎",
    "业绩比较基准不代表产品未来表现和实际收益",
    "购买前请仔细阅读产品说明书，并完成风险承受能力评估",
    "可通过手机银行APP、网点柜台或理财经理办理",
    "本产品由{bank}理财子公司发行和管理，{bank}作为代销机构",
    "产品登记编码可在中国理财网查询",
    "如有疑问请致电客服热线{hotline}",
    "本行工作人员不会要求您将资金转入任何个人账户",
    "过往业绩不代表未来表现，请理性投资",
)


@genre(name="neg_ord/bank_wealth_ad", kind=ORD, source_types=BOTH_SOURCES, weight=0.6)
def bank_wealth_ad(ctx: Context) -> Doc:
    """A bank wealth-management ad with risk disclosures (returns language without charity)."""
    bank = ctx.pick(("工商银行", "建设银行", "招商银行", "农业银行", "兴业银行", "宁波银行", "邮储银行", "交通银行"))
    bind(ctx, {"bank": bank, "product": ctx.pick(("稳享", "安鑫", "天天盈", "季季红", "颐享", "睿远")) + ctx.pick(("固收", "180天", "一年持有", "养老")) + "理财",
               "rate": ctx.pick(("2.6%-3.2%", "2.8%-3.5%", "3.0%-3.8%", "2.2%-2.9%")), "n": str(ctx.rng.randint(1, 80)),
               "days": str(ctx.pick((90, 180, 365, 540))), "small": ctx.pick(("1元", "1万元", "1000元", "5万元")),
               "hotline": ctx.pick(("95588", "95533", "95555", "95599", "95561", "95574", "95580", "95559")), "city_short": ctx.city_short()})
    parts = move(ctx, BANK_OPEN) + move(ctx, BANK_BODY, social=(1, 3), web=(3, 5))
    return Doc(title=ctx.pick(("理财产品推荐", "", f"{bank}理财")), paragraphs=parts, group=f"bank:{bank}",
               source_hint=hint(ctx, ("sms", "moments"), ("product", "article")))


# ---------------------------------------------------------------- gym memberships

GYM_OPEN = (
    "{gym}年卡限时特惠，{fee}一年，送十节私教课",
    "新店预售！{gym}会员卡早鸟价，前一百名再送毛巾和水杯",
    "办了{gym}的季卡，第一周打卡完成💪",
    "{gym}会员注意：下周一起泳池例行换水，暂停开放两天",
    "有没有人知道{gym}的会员卡能转让吗？还剩八个月",
    "{gym}瑜伽馆周年庆，老会员续费八折",
    "健身房推销私教太烦了，办个会员卡天天被追着问",
    "吐槽一下{gym}，说好的24小时营业，晚上十一点就关门",
)
GYM_BODY = (
    "会员卡支持微信小程序预约课程，团课免费",
    "所有教练持有国家职业资格证书和急救证书",
    "办卡需签订正式合同，按规定预付卡金额超过五千元的可以分期",
    "门店地址：{address}",
    "咨询电话{phone}，周一至周日营业",
    "合同里写了七天无理由退卡，大家办卡前一定要看清楚",
    "私教课{small}一节，买二十节打九折",
    "会员积分可以换蛋白粉和运动装备",
    "体测免费，新会员送一次体态评估",
    "停卡需要提前三天在前台申请",
)


@genre(name="neg_ord/gym_membership", kind=ORD, source_types=BOTH_SOURCES, weight=0.6)
def gym_membership(ctx: Context) -> Doc:
    """Gym and studio membership ads and members' posts (会员, 年费, 证书 in ordinary use)."""
    bind(ctx, {"gym": ctx.pick(("力美", "超燃", "乐动", "型动", "铁馆", "青柠")) + ctx.pick(("健身", "健身会所", "运动馆", "瑜伽")),
               "fee": ctx.amount(999, 4999), "small": ctx.amount(150, 500), "address": ctx.address()})
    parts = move(ctx, GYM_OPEN) + move(ctx, GYM_BODY, social=(0, 2), web=(2, 4))
    return Doc(title=ctx.pick(("", "会员招募", "门店公告")), paragraphs=[p for p in parts if p], group=f"gym:{ctx.slot('gym')}",
               source_hint=hint(ctx, ("weibo", "moments", "comment"), ("product", "forum_thread")))


# ---------------------------------------------------------------- product reviews mentioning certificates

REVIEW_OPEN = (
    "买了一枚{stone}，附带{lab}证书，官网能查到编号，放心了",
    "给妈妈买的{stone}手镯到了，证书、发票都齐全",
    "这家的{item}质量不错，包装里有合格证和质检报告",
    "{item}收到了，说明书写着有3C认证，做工挺好",
    "第二次回购了，{item}有有机认证证书，孩子吃着放心",
    "别被商家说的“大师证书”忽悠了，我买的{stone}拿去复检是B货",
    "入手了一幅字画，卖家说有收藏证书，朋友说那种证书没什么用，哈哈",
    "快递很快，{item}外观和图片一样，五星好评",
    "这个价位的{stone}能有国检证书算良心了",
    "客服态度很好，帮我查了证书真伪",
)
REVIEW_BODY = (
    "证书编号在{lab}官网可以查询，扫二维码也能看到",
    "做工细致，没有色差，性价比挺高",
    "物流三天就到了，包装很严实",
    "唯一的缺点是有点贵，不过一分钱一分货",
    "建议买之前先问清楚是哪家机构出的证书",
    "用了一周再来追评，没有异味，很满意",
    "赠品是一个收纳盒，挺实用的",
    "会推荐给朋友",
    "跟实体店比便宜了差不多两百",
    "卖家还送了一张保养卡",
)


@genre(name="neg_ord/product_review", kind=ORD, source_types=BOTH_SOURCES, weight=0.7)
def product_review(ctx: Context) -> Doc:
    """Shopping reviews mentioning certificates, appraisal labs and quality marks."""
    bind(ctx, {"stone": ctx.pick(("翡翠", "和田玉", "钻戒", "金手镯", "珍珠项链", "南红")),
               "lab": ctx.pick(("国家珠宝玉石质量监督检验中心", "NGTC", "GIA", "省珠宝检测站", "国检")),
               "item": ctx.pick(("儿童座椅", "电热水壶", "奶粉", "空气净化器", "护眼台灯", "电动牙刷", "蜂蜜"))})
    parts = move(ctx, REVIEW_OPEN) + move(ctx, REVIEW_BODY, social=(0, 2), web=(1, 3))
    return Doc(title=ctx.pick(("", "买家评价", "晒单")), paragraphs=[p for p in parts if p], group=f"review:{ctx.slot('item')}",
               source_hint=hint(ctx, ("comment", "weibo"), ("product", "forum_thread")))


# ---------------------------------------------------------------- community volunteering (no money asked)

VOL_OPEN = (
    "扫码报名“爱心护河”志愿活动，周日上午河堤集合",
    "{community}社区爱心义卖活动圆满结束，所得款项全部交由区慈善协会统一使用",
    "{community}社区志愿服务队招募啦！本周六上午清理小区绿化带",
    "“学雷锋志愿服务月”活动通知：{community}社区新时代文明实践站",
    "社区老年食堂需要几位帮厨志愿者，每周两次",
    "今天跟着社区志愿队去看望了独居老人，帮忙打扫卫生、量血压",
    "{community}社区“爱心理发”进楼栋，免费为老年人理发",
    "暑期“四点半课堂”招募大学生志愿者",
    "文明创城，志愿先行！{community}社区交通劝导志愿者上岗",
    "社区反诈宣传志愿活动，教老人识别诈骗电话",
)
VOL_BODY = (
    "志愿服务时长可记入志愿汇平台，年底评选优秀志愿者",
    "活动不收取任何费用，社区提供手套和饮用水",
    "报名请联系社区网格员{person}，电话{phone}",
    "参加满二十小时的志愿者可获得社区颁发的志愿服务证书",
    "集合地点：社区党群服务中心门口",
    "欢迎辖区居民带孩子一起参加，体验志愿服务",
    "请大家穿舒适的衣服，注意防晒",
    "感谢每一位志愿者的付出，社区因你们更美好",
    "本次活动由街道和社区居委会共同组织",
    "活动结束后在群里签到，登记服务时长",
)


@genre(name="neg_ord/community_volunteer", kind=ORD, source_types=BOTH_SOURCES, weight=0.7)
def community_volunteer(ctx: Context) -> Doc:
    """A residents' committee or volunteer-team notice: 爱心/志愿/证书 words, no money asked."""
    bind(ctx, {"community": ctx.pick(("幸福", "和平", "新华", "东风", "阳光", "滨江", "桂园", "文化路"))})
    parts = move(ctx, VOL_OPEN) + move(ctx, VOL_BODY, social=(1, 2), web=(2, 4))
    return Doc(title=ctx.pick(("", "志愿者招募", "社区动态")), paragraphs=parts, group=f"volunteer:{ctx.slot('community')}",
               source_hint=hint(ctx, ("group_chat", "moments", "weibo"), ("notice", "article")))


# ---------------------------------------------------------------- game guilds

GAME_OPEN = (
    "【{guild}】公会招人！{game}区服活跃公会，每晚八点团本",
    "{guild}会长换人了，新会长{nick}，大家多支持",
    "公会战这周打赢了！感谢各位理事和成员的付出",
    "{game}萌新求收留，有没有不肝的公会",
    "{guild}公会规则更新，请各位成员查看",
    "我们公会缺一个奶妈，有意的私聊副会长",
    "公会捐献排行出来了，前三名奖励限定坐骑",
    "{guild}五周年了，从开服一路走到现在",
)
GAME_BODY = (
    "要求：每周活跃三天以上，公会捐献每日完成",
    "公会理事负责排班，有事请假在群里说",
    "连续七天不上线会被清出公会",
    "公会仓库的装备按贡献点分配，不许私下交易",
    "群号在公会公告里，进群改游戏ID",
    "不氪金也能玩，大佬带飞",
    "周末公会活动抽皮肤，人人有份",
    "禁止在公会频道刷屏和拉人",
    "会长不收任何费用，游戏而已，开心最重要",
    "新人进会送一套过渡装备",
)


@genre(name="neg_ord/game_guild", kind=ORD, source_types=("social",), weight=0.6)
def game_guild(ctx: Context) -> Doc:
    """Online-game guild recruitment and rules (会长, 理事, 会员, 捐献 in-game)."""
    bind(ctx, {"guild": ctx.pick(("星辰", "战魂", "逍遥", "天涯", "长风", "月影", "不夜城")) + ctx.pick(("", "阁", "盟", "殿", "公会")),
               "game": ctx.pick(("逆水寒", "剑网3", "王者荣耀", "原神", "梦幻西游", "天涯明月刀", "魔兽世界")),
               "nick": ctx.pick(("小鱼", "阿飞", "老猫", "风清扬", "一只猪", "糖糖"))})
    parts = move(ctx, GAME_OPEN) + move(ctx, GAME_BODY, social=(1, 3))
    return Doc(title="", paragraphs=parts, group=f"guild:{ctx.slot('guild')}", source_hint=ctx.pick(("forum_reply", "weibo", "group_chat")))


# ---------------------------------------------------------------- group buying chains (接龙 / 群收款 innocently)

BUY_OPEN = (
    "家委会通知：本学期班费明细已公示，结余部分下学期继续使用",
    "同事们，下午茶拼单，{small}一份，要的接龙",
    "#接龙 明天{produce}团购，{small}一箱，要的接龙",
    "各位宝妈，这周的{produce}到了，下午三点到小区门口取货",
    "班级春游费用接龙，每人{small}，家委会统一收取",
    "【团购】{place}直发的{produce}，群里老邻居价",
    "年货团购开始啦！腊肉香肠接龙，周五截单",
    "家长们好，期末给老师们买鲜花的费用已经结算完毕，明细如下",
)
BUY_BODY = (
    "1. {person} 2箱\n2. {person2} 1箱\n3. ",
    "付款走群收款，收到货再付也行",
    "有质量问题包退包换",
    "截单后统一下单，下周二到货",
    "账目明细我贴群公告了，大家核对一下",
    "余款会退回到大家的微信",
    "提货点：{estate}南门快递柜旁边",
    "不够起送量就取消，到时候原路退款",
)


@genre(name="neg_ord/group_buying", kind=ORD, source_types=("social",), weight=0.6)
def group_buying(ctx: Context) -> Doc:
    """Neighbourhood group-buying and class-fee 接龙 posts (接龙/群收款 without charity)."""
    bind(ctx, {"produce": ctx.pick(("车厘子", "赣南脐橙", "阳澄湖大闸蟹", "五常大米", "土鸡蛋", "沃柑")),
               "small": ctx.amount(20, 200), "person2": ctx.person(),
               "estate": ctx.pick(("阳光花园", "锦绣家园", "翠湖苑", "幸福里"))})
    parts = move(ctx, BUY_OPEN) + move(ctx, BUY_BODY, social=(1, 3))
    return Doc(title="", paragraphs=parts, group=f"groupbuy:{ctx.slot('produce')}", source_hint="group_chat")


# ---------------------------------------------------------------- pet adoption (free, no money)

PET_OPEN = (
    "小区里那只三花猫找到主人了，谢谢大家帮忙转发",
    "寻找领养人：两个月的小黑狗，打过两针疫苗",
    "小区捡到一只橘猫，已经驱虫打疫苗了，寻找靠谱领养人",
    "家里猫生了一窝，四只小奶猫免费送养，只送{city_short}本地",
    "救助的小狗康复啦，现在开始找家",
    "领养代替购买！{city_short}这周末有公益领养日活动",
    "朋友出国了，家里的金毛需要一个新家",
    "楼下流浪猫绝育完放归了，谢谢帮忙抓猫的邻居",
)
PET_BODY = (
    "免费领养，不收任何费用，但要签领养协议并定期回访",
    "要求：有稳定住所，家人同意，接受封窗",
    "有意的私信我，先聊聊再见面",
    "疫苗本和绝育证明都有",
    "拒绝二次转送，拒绝笼养",
    "活动现场有宠物医院提供免费体检",
    "性格亲人，会用猫砂",
    "绝育费用是我自己出的，大家不用转钱，有好的领养人就行",
)


@genre(name="neg_ord/pet_adoption", kind=ORD, source_types=("social",), weight=0.5)
def pet_adoption(ctx: Context) -> Doc:
    """Free pet-adoption posts that share vocabulary with animal-rescue appeals but ask for no money."""
    bind(ctx, {"city_short": ctx.city_short()})
    parts = move(ctx, PET_OPEN) + move(ctx, PET_BODY, social=(1, 3))
    return Doc(title="", paragraphs=parts, group=f"pet:{ctx.person()}", source_hint=ctx.pick(("weibo", "moments", "forum_reply")))
