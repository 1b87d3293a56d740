"""Charity-fraud positives: money asked in the name of charity, relief or poverty alleviation without qualification."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from training.corpus.context import Context
from training.corpus.genres.moves import bind, card_number, hint, mobile, move, shuffle_middle
from training.corpus.genres.registry import Doc, genre

logger = logging.getLogger(__name__)

FRAUD = ("charity_fraud",)
BOTH = ("illegal_org", "charity_fraud")
CHARITY_FIELDS = ("慈善", "公益", "志愿服务", "应急救援", "扶贫", "乡村振兴", "关爱", "爱心", "助学", "助残", "养老", "红十字")


def charity_org(ctx: Context, national: bool | None = None) -> str:
    """The document's main org slot, named in a charity-like field (same generator the negatives use)."""
    return ctx.main_org(field=ctx.pick(CHARITY_FIELDS), national=national)


REAL_NATIONAL_CHARITIES = ("中国红十字基金会", "中华慈善总会", "中国青少年发展基金会", "中国儿童少年基金会",
                           "中国乡村发展基金会", "中国残疾人福利基金会", "中国妇女发展基金会", "中国红十字会总会")
LOCAL_REAL_BODIES = ("红十字会", "慈善总会", "慈善会", "希望工程办公室", "青少年发展基金会", "残疾人福利基金会")
INFORMAL_GROUPS = ("爱心团队", "民间救援队", "志愿者小组", "爱心车队", "爱心妈妈群", "公益小分队", "老乡互助群", "义工队",
                   "爱心联盟群", "爱心驿站")
COMPANY_CORES = ("善源", "德润", "惠民", "众益", "仁和", "益联", "福满", "乐善", "共赢", "鑫诚", "聚善", "安康")
COMPANY_ENDS = ("网络科技有限公司", "电子商务有限公司", "文化传媒有限公司", "公益平台", "商贸有限公司", "农业开发有限公司",
                "健康产业有限公司", "数字科技")
INVENTED_CLAIM = (
    "{org}是经国家有关部门批准成立的全国性公益组织，在全国设有{branches}个工作站",
    "我们{org}是国字头的慈善机构，总部在北京，各地都有分支",
    "{org}系全国性{field}公益团体，业务主管单位为国家有关部委",
    "本会（{org}）多年来一直致力于{field}事业，会员遍布全国",
    "{org}由多位退休老领导发起，面向全国开展公益活动",
    "{org}{city_short}工作站负责本地区的募集和发放工作",
    "{org}已在民政部门备案，请放心参与（登记手续正在办理中）",
    "各地爱心人士可申请成为{org}的爱心理事或志愿者，颁发证书",
    "{org}下设秘书处、项目部、财务部，办公地点在北京",
    "我会是一家全国性的公益社团，名称为{org}，证书和公章齐全",
    "{org}受上级有关部门委托开展这项工作，请各地会员积极配合",
    "{org}的名誉会长由原部委领导担任，权威可靠",
)


def invented_body(ctx: Context, fields: Sequence[str] = CHARITY_FIELDS) -> str:
    """The org slot for both-label variants: an invented national-sounding body (now and then a published name)."""
    if "org" not in ctx.slots and ctx.maybe(0.06):
        ctx.slot("org", ctx.known_org())
    ctx.slot("branches", str(ctx.rng.randint(12, 360)))
    ctx.slot("city_short", ctx.city_short())
    field = ctx.pick(fields)
    if "field" not in ctx.slots:
        ctx.slot("field", field)
    return ctx.main_org(field=field, national=True)


def with_invented_claim(ctx: Context, parts: list[str], p_web: float = 0.7, p_social: float = 0.35) -> list[str]:
    """Insert a who-we-are move for the invented body after the opening: always when the body is not named yet
    (the label says a body is soliciting), otherwise with probability p."""
    named = ctx.slot("org") in "".join(parts)
    p = 1.0 if not named else (p_social if ctx.is_social else p_web)
    claim = move(ctx, INVENTED_CLAIM, p=p, web=(1, 2))
    return parts[:1] + claim + parts[1:]


def charity_party(ctx: Context, styles: Sequence[str] = ("real", "local_real", "informal")) -> str:
    """The document's org slot for charity-only genres: an impersonated real body or an informal group, never an
    invented 国字头-style body (gold treats an invented body that solicits money as illegal_org too)."""
    if "org" in ctx.slots:
        return ctx.slots["org"]
    style = ctx.pick(styles)
    if style == "real":
        name = ctx.pick(REAL_NATIONAL_CHARITIES)
    elif style == "local_real":
        name = ctx.pick((ctx.city_short() + "市", ctx.city_short(), ctx.province_short() + "省", ctx.place())) + \
            ctx.pick(LOCAL_REAL_BODIES)
    elif style == "company":
        name = ctx.city_short() + ctx.pick(COMPANY_CORES) + ctx.pick(COMPANY_ENDS)
    else:
        name = ctx.pick((ctx.city_short(), ctx.place(), "", ctx.surname() + "姐的")) + ctx.pick(INFORMAL_GROUPS)
    ctx.slot("org", name)
    return name


BANKS = ("农业银行", "建设银行", "工商银行", "中国银行", "邮储银行", "农商行", "信用社", "招商银行", "交通银行", "邮政")
RELATIONS = ("我儿子", "我女儿", "我老公", "我爸", "我妈", "我弟弟", "我侄子", "我外甥女", "我表哥", "孩子他爸", "我爱人")
DISEASES = (
    "急性白血病", "尿毒症", "脑胶质瘤", "再生障碍性贫血", "肝癌晚期", "先天性心脏病", "淋巴瘤",
    "重度烧伤", "神经母细胞瘤", "颅脑损伤", "胰腺癌", "骨肉瘤", "急性淋巴细胞白血病", "肾衰竭",
)
HOSPITALS = (
    "省人民医院", "第一人民医院", "华西医院", "湘雅医院", "儿童医院", "肿瘤医院", "协和医院", "中心医院",
    "医科大学附属第一医院", "妇幼保健院", "中医院", "第三人民医院",
)
DISASTERS = ("洪灾", "地震", "山洪", "泥石流", "台风", "特大暴雨", "森林火灾", "冰雹灾害", "内涝", "雪灾")


def person_slots(ctx: Context) -> dict[str, str]:
    """Per-document slots most appeals share: a relative, a beneficiary, a bank and a mobile number."""
    return {"rel": ctx.pick(RELATIONS), "kid": ctx.person(), "bank": ctx.pick(BANKS), "mobile": mobile(ctx),
            "account": card_number(ctx)}


# ---------------------------------------------------------------- medical appeals to personal cards / QR codes

MED_HOOK = (
    "求求大家帮帮我们家，实在走投无路了",
    "跪求好心人伸出援手！！{rel}才{age}岁",
    "本来不想发朋友圈的，但是真的没办法了",
    "各位亲朋好友，打扰大家几分钟，看完再划走好吗",
    "厚着脸皮求一次，救救孩子",
    "我是{kid}的妈妈，今天第一次在网上开口求人",
    "紧急求助！{place}一个{age}岁的孩子等着救命钱",
    "【爱心救助】{kid}，{age}岁，{disease}，急需手术费",
    "谁能想到，一个月前还活蹦乱跳的人，现在躺在ICU里",
    "大家好，我是{place}人，家里出了大事，求转发",
    "说出来不怕大家笑话，家里已经借遍了，能卖的都卖了",
    "看到的朋友请停一停，一条人命就在你手上",
    "又是一个难熬的夜晚，{rel}在病床上疼得直哭",
    "替一个老乡发的，情况属实，大家能帮一点是一点",
    "做梦都没想到这种事会落到我们头上",
)
MED_STORY = (
    "{rel}{date}查出{disease}，医生说必须马上做手术，费用要{need}左右",
    "在{hospital}住了两个多月，前期治疗已经花光了家里所有积蓄，还欠了亲戚{debt}",
    "医生说后续化疗加移植至少还要{need}，我们一家都是种地的，根本拿不出来",
    "孩子爸爸常年在外打工，去年又摔伤了腰，家里就靠我一个人撑着",
    "{disease}确诊那天我整个人都懵了，孩子还问我妈妈我是不是要死了",
    "现在每天光{药费|治疗费|医药费}就要{两三千|三四千|一两千}，医院已经催了好几次{缴费单|费用|欠费}",
    "我们在{hospital}排队等骨髓配型，好不容易配上了，钱却还差一大截",
    "{rel}在工地上出了事，包工头跑了，ICU一天就是一万多",
    "家里还有{七十多岁|八十多岁|瘫痪在床}的{老母亲|老父亲|老人}要照顾，{两个|三个}孩子在上学，真的撑不下去了",
    "医院那边说再不交钱就只能停药，我在走廊里哭了一晚上",
    "已经做过一次手术，复发了，医生说还有希望，只要钱到位就能安排",
    "医保报销完还差{need}，能借的都借了，房子也挂出去卖了没人要",
    "之前在平台上筹过一次，没筹够，提现又慢，医院等不了",
    "病床上的{kid}瘦得只剩七十来斤，头发也掉光了，每次化疗都吐得厉害",
    "我们是从{place}农村出来的，在{city}看病连租房的钱都是借的",
)
MED_URGENCY = (
    "医生说最晚下周一就要交钱排手术，时间真的不等人",
    "今天是最后期限了，还差{short}",
    "每拖一天，孩子就多一分危险",
    "求大家在今晚十二点前帮帮忙，明早要交押金",
    "再凑不够，医院就要让我们出院回家了",
    "手术已经约好了，就差这最后一笔钱",
    "孩子还那么小，人生才刚刚开始啊",
    "多耽误一天，后面的治疗费只会更多",
    "目前还差{short}，能凑一点是一点",
    "主治医生说这是最好的治疗窗口，错过就没机会了",
    "押金单已经下来了，三天之内必须交齐",
    "一家人都在等这笔钱救命",
)
MED_CHANNEL = (
    "平台审核太慢了，大家直接转到我{bank}卡上吧：{account}，户名{person}",
    "爱心款请直接扫下方我的个人微信收款码，每一笔我都会记下来",
    "不方便扫码的可以转支付宝：{mobile}（{person}）",
    "捐款请打到孩子舅舅的卡上 {bank} {account}，他在医院负责缴费",
    "可以加我微信{wechat}，直接转账，我把住院单发给你看",
    "为了节省手续费，没走众筹平台，麻烦大家扫我本人的收款码",
    "图二是收款二维码，长按识别就能转，多少都是心意",
    "支付宝搜{mobile}就能找到我，备注“爱心”两个字就行",
    "要帮忙的亲加v：{wechat}，我拉你进病友爱心群，群里统一收",
    "账号：{account}（{bank}，开户人{person}），转完麻烦截个图给我",
    "我不会弄那些筹款平台，大家直接微信转我就行，谢谢谢谢",
    "请直接转给{kid}的姑姑，她的收款码在评论区置顶",
    "微信转账或者发红包都可以，红包我会一个个领，放心",
    "收款码👇👇👇 这是我老婆的码，钱都直接交到医院",
)
MED_SHARE = (
    "不能帮忙的也求转发一下，转发也是积德行善",
    "一方有难八方支援，好人一生平安🙏",
    "您的一次转发，可能就是一个家庭的希望",
    "捐一块也是爱，转一次也是情",
    "麻烦各位群主帮忙转到其他群，感恩",
    "恳请大家转发扩散，让更多好心人看到",
    "好人会有好报的，愿老天保佑每一个帮过我们的人",
    "哪怕五块十块，对我们来说都是救命钱",
    "帮忙的朋友我都会记在本子上，以后一定报答",
    "转发到朋友圈就是帮大忙了，谢谢各位叔叔阿姨",
    "等孩子好了，我们一定把这份爱传下去",
    "跪谢了，给大家磕头了",
)
MED_ORG = (
    "{org}的工作人员已到医院探望，家属委托我会代收善款，请转至我会志愿者{person2}微信",
    "经{org}爱心团队实地走访，情况属实，善款请直接转给帮扶联系人{person2}",
    "本次救助由{org}爱心救助小组核实发起，善款统一由志愿者代收后转交家属",
    "我们是{org}的志愿者，已走访核实，家属同意由我们代为收款",
    "关注“{city_short}大病公益救助会”公众号，点击底部“我要捐款”即可",
    "{org}联合爱心人士发起，因特殊原因善款暂由负责人{person2}个人账户代收",
    "此事经{org}核实无误，捐款请认准我会志愿者{person2}的收款码",
    "{org}已将{kid}列入重点帮扶对象，善款由我们统一代收、统一转交",
)
MED_PROOF = (
    "诊断书、住院证明和缴费单都在图里，绝对真实，欢迎核实",
    "有疑问的可以打电话到{hospital}住院部问，床号{bed}",
    "村委会也开了证明，盖了章的",
    "所有花费我都会定期晒出来，大家监督",
    "怕大家不信，把病历照片都发出来了，隐私也顾不上了",
    "认识我的人都知道我不是那种乱说话的人",
    "孩子的照片和视频在我抖音，大家可以去看",
    "每一笔钱怎么花的，我都会在群里公示",
)


@genre(name="pos_charity/medical_appeal_personal", labels=FRAUD, kind="positive",
       source_types=("social", "web"), weight=1.4)
def medical_appeal_personal(ctx: Context) -> Doc:
    """A serious-illness plea that routes donations to a personal card, QR code or WeChat."""
    s = person_slots(ctx)
    s.update(
        age=str(ctx.rng.randint(2, 46)), disease=ctx.pick(DISEASES), hospital=ctx.city_short() + ctx.pick(HOSPITALS),
        need=ctx.amount(80000, 600000), debt=ctx.amount(30000, 200000), short=ctx.amount(20000, 150000),
        city_short=ctx.city_short(), person2=ctx.person(), bed=str(ctx.rng.randint(1, 60)),
    )
    bind(ctx, s)
    if "org" in ctx.slots or ctx.maybe(0.25):
        charity_party(ctx, ("local_real", "informal", "informal"))
    parts = move(ctx, MED_HOOK) + move(ctx, MED_STORY, social=(1, 2), web=(2, 4))
    parts += move(ctx, MED_PROOF, p=0.2 if ctx.is_social else 0.6, web=(1, 2))
    parts += move(ctx, MED_URGENCY, p=0.6)
    parts += move(ctx, MED_ORG, p=0.25 if "org" in ctx.slots else 0.0)
    parts += move(ctx, MED_CHANNEL, web=(1, 2))
    parts += move(ctx, MED_SHARE, p=0.7, web=(1, 2))
    if ctx.maybe(0.2):
        ctx.rng.shuffle(parts)
    title = ctx.pick(("", "", "求助", f"救救{s['kid']}", "紧急求助", "爱心接力 救命", f"{s['disease']}患儿求助",
                      f"{s['age']}岁{s['disease']}，求好心人帮帮"))
    return Doc(title=title, paragraphs=parts, group=f"medical:{s['kid']}",
               source_hint=hint(ctx, ("moments", "weibo", "group_chat", "forum_reply"), ("forum_thread", "blog")))


# ---------------------------------------------------------------- fake disaster relief

DIS_HOOK = (
    "{province}{disaster}牵动人心！我们{org}紧急启动救灾募捐行动",
    "【紧急募捐】{place}遭遇{disaster}，数千群众无家可归",
    "刚从灾区回来，现场比新闻上看到的惨多了",
    "{disaster}过后的{place}，老人孩子挤在学校操场上过夜",
    "各位爱心人士：{date}，{place}突发{disaster}，道路中断、物资紧缺",
    "家乡受灾了，{place}好多村子都被淹了，水都到二楼了",
    "{org}救援队已于今日凌晨抵达{place}一线",
    "灾情就是命令！{org}倡议社会各界伸出援手",
    "看了{place}的视频哭了一晚上，我们这群志愿者决定做点什么",
    "我们是一支民间救援队，在{place}已经连续奋战三天三夜",
    "受{disaster}影响，{place}已有上万人紧急转移",
    "谁能帮帮{place}的乡亲们？",
    "{place}告急！{disaster}冲垮了桥和路，很多村子成了孤岛",
)
DIS_NEED = (
    "目前最缺的是饮用水、方便面、帐篷、药品和婴儿奶粉",
    "一顶帐篷{price}，一箱矿泉水几十块，每一分钱都用在刀刃上",
    "我们计划采购五百份应急物资包，资金缺口还有{need}",
    "冲锋舟的油钱、队员的吃住全靠自费，已经撑不住了",
    "很多老人连件干衣服都没有，晚上冻得发抖",
    "灾后重建需要大量资金，每一份爱心都会变成一块砖、一片瓦",
    "当地的救灾物资还没送进去，我们先自己垫钱买了一批",
    "第一批物资已经送到，第二批还差{need}的采购款",
    "救援队{二十多个|三十来个|十几个}兄弟的装备都泡坏了，急需补充",
    "所有善款将用于购买救灾物资，物资清单会在群里公布",
    "村里的小学被冲毁了，孩子们暂时在帐篷里上课",
    "发电机和柴油是现在的刚需，晚上整片安置点一片漆黑",
)
DIS_CHANNEL = (
    "捐款请扫描下方二维码（救援队队长{person}个人收款码）",
    "因对公账户还在办理，暂时由财务{person}代收：{bank}{account}",
    "爱心款可直接转微信{wechat}，备注姓名，我们会统一公示",
    "请直接转账到{person}的支付宝{mobile}，这是我们负责采购的队员",
    "长按识别图中收款码，捐多少都行，救灾不分多少",
    "有意捐助的朋友加我微信{wechat}，我拉你进救灾群，群收款",
    "官方渠道流程太慢，想直接帮到灾民的请转给我们：{account}（{bank}，{person}）",
    "扫码即可捐款，资金直达一线，不经过任何中间环节",
    "转账后请截图发群里，晚上统一报账",
    "捐款账户：{person}，{bank}，卡号{account}",
    "公众号“{city_short}应急救援志愿联盟”菜单栏有捐款码",
    "红十字会那边要层层审批，直接给我们更快",
)
DIS_CLOSE = (
    "一方有难，八方支援，{place}挺住！",
    "感谢每一位捐款的好心人，你们的名字我们会刻在纪念墙上",
    "请大家多多转发，让爱传递到灾区",
    "今晚十点前的善款明早就能变成物资装车",
    "善款使用情况每天在朋友圈公示，请大家监督",
    "灾区等不起，拜托大家了🙏🙏",
    "转发一次，多一份希望",
    "我们不求回报，只求灾区的老乡能早点睡个安稳觉",
    "众人拾柴火焰高，谢谢大家",
    "{org}全体队员向您致敬",
)
DIS_BACKGROUND = (
    "我们在安置点搭了临时灶台，每天要做上千份热饭，米面油消耗特别快",
    "很多房子的一楼全泡了，{家具家电|冰箱电视|粮食家具}都不能用了，老人{坐在门口发呆|站在水里抹眼泪}",
    "这次受灾最重的是山里几个自然村，手机信号时有时无",
    "据当地群众反映，{disaster}发生在凌晨，很多人来不及带任何东西就跑了出来",
    "我们的队员大多是{退伍军人和货车司机|退伍老兵和出租车司机|本地的个体户和工人}，平时都有自己的工作，这次全是{自发|自费}赶过来的",
    "因为道路被冲断，大型车辆进不去，物资只能靠人背肩扛送进山里",
    "从{date}开始，我们已经转移被困群众两百多人，运送物资十几车",
    "当地气温骤降，夜里只有几度，受灾群众最需要的是棉被和取暖设备",
    "灾区的通信刚刚恢复，很多在外打工的乡亲联系不上家里人",
)


@genre(name="pos_charity/fake_disaster_relief", labels=FRAUD, kind="positive",
       source_types=("social", "web"), weight=1.1)
def fake_disaster_relief(ctx: Context) -> Doc:
    """A relief appeal after a disaster by a volunteer group or posing as a real body, collected through a personal code."""
    return _disaster_relief(ctx, invented=False)


@genre(name="pos_charity/fake_disaster_relief_invented_body", labels=BOTH, kind="positive",
       source_types=("social", "web"), weight=0.6)
def fake_disaster_relief_invented_body(ctx: Context) -> Doc:
    """A relief appeal in the name of an invented national body, collected through a personal code or card."""
    return _disaster_relief(ctx, invented=True)


def _disaster_relief(ctx: Context, invented: bool) -> Doc:
    s = person_slots(ctx)
    s.update(disaster=ctx.pick(DISASTERS), need=ctx.amount(50000, 500000), price=ctx.amount(180, 900),
             city_short=ctx.city_short())
    bind(ctx, s)
    if invented:
        invented_body(ctx, ("应急救援", "慈善", "公益", "救灾", "抗灾救援", "红十字", "志愿服务"))
    else:
        charity_party(ctx, ("local_real", "informal", "informal", "real"))
    parts = move(ctx, DIS_HOOK)
    parts += move(ctx, DIS_BACKGROUND, p=0.3 if ctx.is_social else 0.9, web=(1, 3))
    parts += move(ctx, DIS_NEED, social=(1, 2), web=(2, 3))
    parts += move(ctx, DIS_CHANNEL, web=(1, 2))
    parts += move(ctx, DIS_CLOSE, p=0.75)
    if invented:
        parts = with_invented_claim(ctx, parts, p_social=0.35)
    title = ctx.pick(("", f"驰援{s['disaster']}灾区", f"{ctx.slot('place')}{s['disaster']}紧急募捐", "救灾募捐倡议书",
                      "紧急！灾区需要你", "一线救援队求支援"))
    return Doc(title=title, paragraphs=shuffle_middle(ctx, parts, 0.3), group=f"disaster:{ctx.slot('org')}",
               source_hint=hint(ctx, ("moments", "weibo", "group_chat"), ("article", "notice", "blog")))


# ---------------------------------------------------------------- donation rebates / matched giving / 投流

REB_HOOK = (
    "【{org}公益配捐计划】捐100返130，当天到账",
    "做公益还能赚钱？没错！参与{org}“爱心配捐”，捐多少配多少",
    "姐妹们我上周参加了一个公益任务群，捐了200当天就返了260，真的",
    "现招募公益推广员，在家动动手指完成捐赠任务，每单返佣15%-30%",
    "响应乡村振兴号召，{org}开展“捐一元得三元”帮扶活动",
    "捐赠即返现！善心有回报，{org}为每位爱心人士提供捐赠补贴",
    "您好，您已被选为{org}年度爱心大使候选人，完成三次捐赠任务即可领取配捐奖励",
    "公益投流项目启动，日入三五百不是梦，关键是还能帮助山区孩子",
    "好消息！慈善捐赠新玩法，捐款进度越快返利越高",
    "宝妈兼职首选：给慈善项目“打榜”，每完成一单返本金+佣金",
    "本群为{org}指定配捐群，今晚八点开始第{n}期爱心任务",
    "想做好事又怕亏钱的朋友看过来，这个项目捐出去的钱全部返还还多给",
    "{app}公益联合{org}推出“爱心捐赠返现”活动，限时三天",
)
REB_MECH = (
    "规则很简单：先按导师发的链接捐{small}，截图回群，十分钟内返{small_back}",
    "第一单是体验单，第二单开始进入连单模式，连做三单一起返，收益更高",
    "捐赠金额由基金会1:1配捐，配捐部分以补贴形式返还到您的账户",
    "每捐一笔，系统自动生成爱心积分，积分可按1:1.3兑换现金",
    "平台与{多家|十几家|好几家}基金会签约，所有捐款都有兜底，本金绝对安全",
    "完成任务后联系接待员{wechat}领取返利，名额每天限五十个",
    "捐的越多返的越多：一千返一千三，五千返七千，一万以上单独申请",
    "做任务期间不能中断，否则系统判定{无效|违规}，前面的钱{冻结无法提现|全部冻结|没法提出来}",
    "返利由{org}专项资金拨付，资金来源是乡村振兴专项补助",
    "每期爱心任务完成后，可获得“{公益之星|爱心大使|善行天使}”电子证书一张，证书可兑换分红",
    "捐款时请转到接待老师给的个人账户，走对公会产生税费，影响返利",
    "第三单是大额爱心单，需要追加{big}，完成后一次性返还{big_back}",
    "捐款通道是真实的慈善机构账户，返利由{我们的合作商家|合作企业|平台}垫付，所以不用担心",
)
REB_PROOF = (
    "群里每天都有人晒返款截图，我自己也提了好几次了",
    "已经有三千多位爱心人士参与，累计返利超过两千万元",
    "下面是今天上午的到账截图，大家自己看",
    "我妈也在做，每天早上捐一单，一个月多了一千多零花钱",
    "不是骗子！我们有营业执照和基金会的授权书，随时可以看",
    "昨天刚返的{small_back}，秒到账，良心项目",
    "正规背景，电视上报道过的项目，放心参与",
    "带了十几个姐妹进来，大家都拿到返利了",
    "刚开始我也怀疑，试了一单小的，真的返了",
    "做了一个礼拜，已经回本还多赚了八百多",
)
REB_CALL = (
    "想参加的扫码进群，暗号“爱心”",
    "名额有限，先到先得，加v{wechat}备注“配捐”",
    "私信我拿链接，今天还有最后二十个体验名额",
    "长按识别二维码下载{app}APP，注册即送88元爱心金",
    "联系客服{phone}，工作时间9:00-21:00",
    "点击链接报名：{url}",
    "有兴趣的宝子评论区扣1，我拉你",
    "进群后先看群公告，按步骤操作，有问题找管理",
    "备注“公益”添加接待员微信{wechat}",
    "下载“{app}”，邀请码{invite}",
    "今晚八点准时开单，迟到的等下一期",
    "名额满了就关群，别犹豫",
)


@genre(name="pos_charity/donation_rebate", labels=FRAUD, kind="positive",
       source_types=("social", "web"), weight=1.3)
def donation_rebate(ctx: Context) -> Doc:
    """捐赠返利/配捐/投流 task scams that promise more money back than was donated."""
    return _donation_rebate(ctx, invented=False)


@genre(name="pos_charity/donation_rebate_invented_body", labels=BOTH, kind="positive",
       source_types=("social", "web"), weight=0.6)
def donation_rebate_invented_body(ctx: Context) -> Doc:
    """捐赠返利/配捐 schemes run in the name of an invented national charity body."""
    return _donation_rebate(ctx, invented=True)


def _donation_rebate(ctx: Context, invented: bool) -> Doc:
    s = person_slots(ctx)
    small = ctx.rng.choice((50, 100, 200, 300, 500))
    big = ctx.rng.choice((3000, 5000, 8000, 10000, 20000))
    s.update(
        n=str(ctx.rng.randint(3, 300)), small=f"{small}元", small_back=f"{int(small * ctx.rng.choice((1.2, 1.3, 1.5)))}元",
        big=f"{big}元", big_back=f"{int(big * ctx.rng.choice((1.3, 1.5, 1.8)))}元",
        app=ctx.pick(("善行", "慈联", "爱心汇", "公益帮", "益起富", "善源", "仁爱宝", "乡振通", "善缘", "德润")),
        invite=str(ctx.rng.randint(100000, 999999)), url=ctx.url(ctx.pick(("short", "shop", "org"))),
    )
    bind(ctx, s)
    if invented:
        invented_body(ctx)
    else:
        charity_party(ctx, ("company", "company", "real", "local_real"))
    parts = move(ctx, REB_HOOK)
    parts += move(ctx, REB_MECH, social=(1, 2), web=(2, 4))
    parts += move(ctx, REB_PROOF, p=0.6, web=(1, 2))
    parts += move(ctx, REB_CALL)
    if invented:
        parts = with_invented_claim(ctx, parts, p_social=0.35)
    title = ctx.pick(("", "公益配捐活动说明", "爱心任务群公告", "捐赠返利活动", "兼职做公益", f"{s['app']}公益活动规则"))
    return Doc(title=title, paragraphs=shuffle_middle(ctx, parts), group=f"rebate:{s['app']}",
               source_hint=hint(ctx, ("group_chat", "moments", "weibo", "sms"), ("blog", "org_site", "forum_thread")))


# ---------------------------------------------------------------- 公益理财 / 扶贫分红

INV_HOOK = (
    "{org}“精准扶贫”专项基金第{n}期开始认购，年化收益{rate}",
    "扶贫项目招募合伙人：认购一份扶贫茶园，每天固定分红",
    "乡村振兴重点项目，现面向社会公开征集爱心股东",
    "公益理财，稳赚不赔！既做慈善又拿收益，{org}为您双重保障",
    "投{entry}认领一亩扶贫果园，每月返还{monthly}，三年后本金全退",
    "【{org}】“光伏扶贫”众筹计划，收益按月结算",
    "中老年朋友注意了，不用出门，在家就能参与扶贫分红",
    "慈善养老项目：现在入股{entry}，每月领{monthly}养老补贴，还能帮助留守老人",
    "这是国家发起的民生工程，名额分到各省，{province}只剩最后三百个",
    "“{app}”公益商城上线，消费即捐赠，捐赠即分红",
    "参与“百城千村”扶贫认购，享受政府贴息和慈善分红两份收益",
    "把钱放银行一年才几十块利息，放到我们的公益项目里一个月就有{monthly}",
)
INV_TERMS = (
    "签约后每天在APP里就能看到收益，随时可以查看",
    "您投的钱是给贫困户买牛羊，牛羊出栏后的利润大家按份分",
    "三个月一个周期，到期自动返本，中途也可以申请提前赎回",
    "老会员续投额外加息两个点，带新人再加一个点",
    "项目已经在{province}落地了三个村，有照片有视频，随时可以去参观",
    "为了保证资金安全，每笔认购都由专人对接，不走公司账户",
    "起投{entry}，日收益{daily}，到期连本带利一次结清",
    "分红每天自动打到您的钱包，满一百即可提现",
    "项目由{org}提供担保，保险公司承保，绝无风险",
    "推荐一位朋友认购，额外奖励认购额的8%，推荐越多收益越高",
    "普通会员、爱心会员、慈善董事三个级别，级别越高分红比例越高",
    "认购资金将全部投入扶贫产业，产生的收益按比例返还给爱心人士",
    "首批参与者可额外获得“扶贫贡献奖”证书和一次免费旅游",
    "期满后本金可选择续投或者提现，提现24小时内到账",
    "购买后系统自动生成电子合同，盖有基金会公章",
    "每月15号统一分红，已经连续发放十八个月，从未延迟",
    "认购款请转入项目负责人{person}的账户{account}，对公账户正在年审",
    "需要先缴纳{fee}的入会费，成为爱心会员后才能参与分红",
    "您的每一分钱都会变成山区的茶树和果苗，果子卖了钱再分给大家",
)
INV_CALL = (
    "详情请咨询：{person} {phone}",
    "扫码进入项目群，群内有专人讲解",
    "下载APP注册，实名认证后即可认购",
    "本周日下午两点在{city}会议中心召开项目说明会，到场送鸡蛋和大米",
    "名额紧张，有意者尽快联系工作人员{wechat}",
    "扶贫办领导亲自站台，机会难得，错过再等一年",
    "请大家相信政策，这是{惠民的好事|国家的好政策|造福老百姓的事}",
    "推荐人：{person}，电话{phone}",
    "线上认购通道：{url}",
    "带身份证和银行卡到{place}服务点现场办理",
    "周末老年活动中心有讲座，听完课的每人送一桶油",
)


@genre(name="pos_charity/charity_investment", labels=FRAUD, kind="positive",
       source_types=("social", "web"), weight=1.1)
def charity_investment(ctx: Context) -> Doc:
    """公益理财 / 扶贫分红 offers: 'donations' or subscriptions to poverty projects that pay dividends."""
    return _charity_investment(ctx, invented=False)


@genre(name="pos_charity/charity_investment_invented_body", labels=BOTH, kind="positive",
       source_types=("social", "web"), weight=0.6)
def charity_investment_invented_body(ctx: Context) -> Doc:
    """公益理财 / 扶贫分红 offers made in the name of an invented national body."""
    return _charity_investment(ctx, invented=True)


def _charity_investment(ctx: Context, invented: bool) -> Doc:
    s = person_slots(ctx)
    s.update(
        n=str(ctx.rng.randint(2, 30)), rate=ctx.pick(("18%", "24%", "36%", "12.8%", "30%以上", "45%", "15.6%")),
        entry=ctx.amount(1000, 50000), monthly=ctx.amount(200, 3000), daily=ctx.pick(("1.2%", "0.8%", "2%", "千分之五")),
        fee=ctx.amount(298, 3980), app=ctx.pick(("扶贫", "善购", "惠农", "乡振", "共富", "爱心")) + ctx.pick(("商城", "通", "宝", "联盟")),
        url=ctx.url(ctx.pick(("short", "shop"))),
    )
    bind(ctx, s)
    if invented:
        invented_body(ctx, ("扶贫", "乡村振兴", "慈善", "公益", "共同富裕", "扶贫开发", "养老"))
    else:
        charity_party(ctx, ("company", "company", "company", "real"))
    parts = move(ctx, INV_HOOK)
    parts += move(ctx, INV_TERMS, social=(1, 3), web=(3, 5))
    parts += move(ctx, INV_CALL, web=(1, 2))
    if invented:
        parts = with_invented_claim(ctx, parts, p_social=0.35)
    title = ctx.pick(("", "扶贫项目认购公告", "公益理财计划", "爱心分红项目介绍", "乡村振兴合伙人招募", f"{s['app']}项目说明"))
    return Doc(title=title, paragraphs=shuffle_middle(ctx, parts), group=f"invest:{s['app']}",
               source_hint=hint(ctx, ("moments", "group_chat", "weibo"), ("org_site", "notice", "blog")))


# ---------------------------------------------------------------- 爱心互助 / 互助盘

MUT_HOOK = (
    "{app}爱心互助平台，人人为我，我为人人！",
    "还在为钱发愁？加入{app}，帮助别人就是帮助自己",
    "新盘今日开启！{app}互助社区，排单即可参与",
    "善心汇模式升级版，{app}公益互助，零风险高回报",
    "我在{app}做了三个月，提供帮助{give}，得到帮助{get}，真实不虚",
    "亲们，{app}是一个纯公益的互助社区，没有老板，会员之间互相帮扶",
    "今天又收到{get}的爱心帮助，感恩{app}，感恩每一位家人",
    "穷人翻身的机会来了！{app}爱心互助，一个月资金翻倍",
    "{app}创始人说了，我们要让天下没有难借的钱",
    "加入{app}，做一个有爱心的人，也做一个有钱的人",
    "{app}公益互助第{n}期，今日上午十点准时开放排单",
    "传统慈善是单向付出，{app}是互帮互助、人人受益的新慈善",
)
MUT_RULES = (
    "新人首单限额{give}，满三单后可以排大单",
    "每笔帮助到账后必须在群里点“确认收款”，不确认的扣信用分",
    "系统每天凌晨结算利息，满七天可申请提现",
    "直推五人可解锁“慈善大使”身份，领取额外的爱心奖励",
    "排单金额{give}起，匹配成功后24小时内打款，打款后等待15天得到帮助",
    "静态收益每天1%，动态收益看推荐，直推拿10%，间推拿5%",
    "会员分为爱心天使、善心大使、公益董事三个级别，升级需要缴纳门槛费",
    "提供帮助时直接打款到对方会员的银行卡或支付宝，平台不碰钱，安全",
    "每个账号需要购买激活码才能排单，激活码{fee}一个，找推荐人买",
    "得到帮助后必须再次排单，否则账户冻结，这是为了保证互助循环",
    "推荐满十人升级为社区经理，享受团队业绩千分之三的管理奖",
    "打款要截图上传凭证，对方确认后系统自动释放利息",
    "拉人越多等级越高，等级越高提现额度越大",
    "本金加利息一共拿回{get}，比存银行强多了",
    "每天只开放两百个排单名额，抢到就是赚到",
    "超时不打款的会员永久封号，推荐人连带扣除奖金",
    "平台有慈善基金池，每笔互助抽取2%捐给贫困山区",
)
MUT_CALL = (
    "想进的加我，{wechat}，带你操作",
    "注册链接：{url}，邀请人填{person}",
    "今晚九点语音会议，领导讲解互助理念，不要错过",
    "先排小单试试水，赚了再加",
    "感恩遇见，一起做慈善一起赚钱💰",
    "有疑问随时私聊，我手把手教",
    "早进早受益，晚了只能排后面",
    "扫码下载APP，首单送200爱心币",
    "激活码找我买，比找别人便宜",
    "团队长{person}带队，新人有专人对接",
)


@genre(name="pos_charity/mutual_aid_pyramid", labels=FRAUD, kind="positive",
       source_types=("social", "web"), weight=1.0)
def mutual_aid_pyramid(ctx: Context) -> Doc:
    """爱心互助 / 互助盘 recruitment: pay in, get 'help' back with interest, recruit below."""
    s = person_slots(ctx)
    give = ctx.rng.choice((1000, 2000, 3000, 5000, 10000))
    s.update(
        app=ctx.pick(("善心", "爱心", "仁爱", "大爱", "同心", "互惠", "德善", "慈悲", "和谐", "善缘"))
        + ctx.pick(("汇", "互助社", "家园", "联盟", "互助平台", "互助会", "之家")),
        give=f"{give}元", get=f"{int(give * ctx.rng.choice((1.3, 1.5, 2, 3)))}元", fee=ctx.amount(50, 600),
        url=ctx.url(ctx.pick(("short", "shop"))), n=str(ctx.rng.randint(2, 40)),
    )
    bind(ctx, s)
    parts = move(ctx, MUT_HOOK) + move(ctx, MUT_RULES, social=(1, 3), web=(3, 5))
    parts += move(ctx, MUT_CALL)
    title = ctx.pick(("", f"{s['app']}介绍", "爱心互助 新盘开启", "互助规则说明", f"{s['app']}新人必读"))
    return Doc(title=title, paragraphs=shuffle_middle(ctx, parts), group=f"mutual:{s['app']}",
               source_hint=hint(ctx, ("group_chat", "moments", "forum_reply"), ("org_site", "forum_thread", "blog")))


# ---------------------------------------------------------------- fake foundation payouts that need an 'activation fee'

FEE_HOOK = (
    "【{org}】尊敬的{person}，您申请的助学补贴{grant}已审核通过",
    "恭喜您！您已入选{org}“{year}年度困难家庭帮扶名单”，可领取帮扶金{grant}",
    "您好，这里是{org}资金发放中心，您名下有一笔慈善救助金{grant}待领取",
    "{org}通知：您的大病救助申请已批准，救助金额{grant}",
    "您家孩子符合{org}“春蕾助学”条件，补助金{grant}，请于三日内办理",
    "【爱心补贴】您的残疾人关怀金{grant}已到账，因账户未激活暂无法提取",
    "老人家您好，{org}给七十岁以上老人发放慈善养老金，每人{grant}",
    "我是{org}的工作人员{person2}，跟您确认一下救助款发放的事",
    "{person}先生/女士：您参与的爱心捐赠已满三次，按规定可领取回馈金{grant}",
    "【重要】{org}年度慈善补助名单已公示，您的补助{grant}将在缴费后发放",
)
FEE_ASK = (
    "为防止资金被冒领，需先缴纳{fee}激活费，激活后款项与激活费一并到账",
    "根据规定需先缴纳个人所得税{fee}，请转入指定账户{account}",
    "请先支付{fee}的账户验证金，验证完成后全额退还",
    "由于您的银行卡未开通大额收款功能，需要缴纳{fee}开通费",
    "发放前需要购买一份{fee}的资金保险，这是基金会的统一要求",
    "请扫描工作人员发送的二维码缴纳公证费{fee}，缴纳后两小时内到账",
    "因系统显示您的账户异常，资金被冻结，需缴纳{fee}解冻费",
    "请先交{fee}的手续费和工本费，我们这边马上给您走流程",
    "需要您先转一笔{fee}到我们对接的财务{person2}名下，证明您有还款能力",
    "这笔钱要走专用通道，得先交{fee}的通道费，您放心钱一定会到",
    "请在今天下班前把{fee}的保证金转到{bank}{account}，户名{person2}",
)
FEE_CALL = (
    "逾期未办理视为自动放弃，名额将转给下一位申请人",
    "详询{phone}，请勿告知他人以免影响发放",
    "请点击链接填写银行卡信息：{url}",
    "添加专员微信{wechat}办理，今天是最后一天",
    "本通知仅限本人办理，请勿转发",
    "回复1确认领取，回复TD退订",
    "办理时请保持电话畅通，不要挂断",
    "此次发放有财政兜底，请放心办理",
    "有任何疑问请拨打我会热线{phone}",
    "办理进度可在{url}查询",
)


@genre(name="pos_charity/foundation_fee_payout", labels=FRAUD, kind="positive",
       source_types=("social",), weight=0.9)
def foundation_fee_payout(ctx: Context) -> Doc:
    """SMS/WeChat messages posing as a real foundation, promising aid money after an activation or tax fee."""
    return _foundation_fee_payout(ctx, invented=False)


@genre(name="pos_charity/foundation_fee_payout_invented_body", labels=BOTH, kind="positive",
       source_types=("social",), weight=0.35)
def foundation_fee_payout_invented_body(ctx: Context) -> Doc:
    """SMS/WeChat messages from an invented national foundation promising aid money after a fee."""
    return _foundation_fee_payout(ctx, invented=True)


def _foundation_fee_payout(ctx: Context, invented: bool) -> Doc:
    s = person_slots(ctx)
    s.update(grant=ctx.amount(5000, 200000), fee=ctx.amount(198, 6800), year=str(ctx.rng.randint(2019, 2026)),
             url=ctx.url(ctx.pick(("short", "org"))), person2=ctx.person())
    bind(ctx, s)
    if invented:
        invented_body(ctx, ("慈善", "扶贫", "助学", "教育", "乡村振兴", "养老", "残疾人关爱", "希望工程"))
    else:
        charity_party(ctx, ("real", "real", "local_real"))
    parts = move(ctx, FEE_HOOK)
    parts += move(ctx, FEE_ASK) + move(ctx, FEE_CALL, p=0.7)
    if invented:
        parts = with_invented_claim(ctx, parts, p_social=0.2)
    return Doc(title="", paragraphs=parts, group=f"feepayout:{ctx.slot('org')}",
               source_hint=ctx.pick(("sms", "sms", "moments", "group_chat")))


# ---------------------------------------------------------------- fake animal rescue

ANI_HOOK = (
    "基地又断粮了😭{cats}多只毛孩子张着嘴等饭吃",
    "{place}流浪动物救助站紧急求助！房东要收回场地",
    "各位爱宠人士，我一个人在{place}收留了{cats}只流浪猫狗，真的撑不住了",
    "昨天从狗肉车上截下来{cats}只狗，好多都受伤了",
    "这只小橘被人用开水烫伤，送医要{vet}，求好心人帮帮它",
    "救助站冬天没有暖气，毛孩子冻得缩成一团",
    "一个人一身债，救了七年的猫狗，今天第一次开口求助",
    "寒冬将至，{place}救助基地急需狗粮猫粮和过冬物资",
    "紧急！{cats}只狗狗被困在{place}的废弃工厂里",
    "我们是{org}，专门救助流浪动物，已经坚持了五年",
    "凌晨接到电话，又有人在高速口扔了一窝小奶狗",
    "看看这些眼神，它们做错了什么？",
)
ANI_NEED = (
    "一袋狗粮{food}，一天就要吃掉三袋",
    "医药费欠了宠物医院{vet}，医院说再不结就不接了",
    "疫苗、驱虫、绝育，每一项都是钱",
    "场地租金每月{rent}，下个月就到期了",
    "这几只是重伤的，骨折加感染，手术费要{vet}",
    "不求多，每人十块钱就能让它们吃上一顿饱饭",
    "可以认养一只毛孩子，每月{rent}，我们定期发视频",
    "云领养也可以，一个月一百块，名牌挂在狗舍门口",
    "狗舍的棚顶被风刮塌了，重新搭要好几千",
    "我把房子都抵押了，实在没有钱了",
)
ANI_CHANNEL = (
    "捐款直接微信转我{wechat}，每一笔都有记录",
    "支付宝{mobile}，备注“毛孩子”",
    "扫图里的收款码，那是我本人的码，放心",
    "粮食可以直接寄到基地，要现金的转我卡：{bank} {account}",
    "想帮忙的加群，群里统一收款买粮",
    "我不是机构，没有对公账户，只能走我私人的码，请大家理解",
    "捐款后私信我地址，给你寄一张毛孩子的感谢卡",
    "直播间刷礼物也可以，所有收益都用来买粮",
    "加我微信{wechat}，每天给你发毛孩子吃饭的视频",
    "转账请备注“狗粮”，月底我把账单发出来",
)
ANI_CLOSE = (
    "每一份爱心我都会替它们记着",
    "转发就是救命，求扩散",
    "它们不会说话，只能靠我们了",
    "谢谢每一位爱它们的人❤",
    "愿每个毛孩子都有家",
    "领养代替购买，也请大家帮帮眼前这些孩子",
    "好人一生平安，毛孩子们给你们鞠躬了",
    "有粮的出粮，有力的出力，有钱的出点钱",
)


@genre(name="pos_charity/fake_animal_rescue", labels=FRAUD, kind="positive",
       source_types=("social",), weight=0.8)
def fake_animal_rescue(ctx: Context) -> Doc:
    """Animal-rescue appeals that collect cash through personal codes and 'cloud adoption'."""
    s = person_slots(ctx)
    s.update(cats=str(ctx.rng.randint(20, 400)), vet=ctx.amount(2000, 30000), food=ctx.amount(90, 260),
             rent=ctx.amount(100, 3000))
    bind(ctx, s)
    ctx.main_org(field=ctx.pick(("流浪动物救助", "动物保护", "爱心", "关爱动物", "小动物保护")), national=False)
    parts = move(ctx, ANI_HOOK) + move(ctx, ANI_NEED, social=(1, 2)) + move(ctx, ANI_CHANNEL)
    parts += move(ctx, ANI_CLOSE, p=0.5)
    return Doc(title="", paragraphs=parts, group=f"animal:{ctx.slot('place')}",
               source_hint=ctx.pick(("weibo", "moments", "forum_reply", "comment")))


# ---------------------------------------------------------------- fake school building / 助学

SCH_HOOK = (
    "{org}“千校工程”：捐一块砖{brick}，为山区孩子盖一所学校",
    "{place}的孩子还在漏雨的土坯房里上课，我们发起了爱心建校行动",
    "每{brick}认捐一平方米教室，捐款人姓名将刻在功德碑上",
    "山里的孩子走两个小时山路上学，中午只有一个冷馒头",
    "我们是{org}助学团，在{place}已经资助了三百多个孩子",
    "捐建希望小学，冠名权仅需{naming}，企业家朋友请联系",
    "一元钱能做什么？在{place}，它能让一个孩子吃上一顿热饭",
    "【爱心助学】一对一资助山区留守儿童，每月{month}",
    "{org}爱心书屋计划：每{brick}就能为山区孩子添一本新书",
    "开学季，{place}还有一百多个孩子交不起学杂费",
    "这是{place}一所村小的全部家当：两间教室，一块黑板，二十几张破桌子",
    "{org}“圆梦行动”正在招募资助人",
)
SCH_BODY = (
    "学校预计投资{total}，目前已筹集一半，剩下的需要社会爱心人士支持",
    "建成后将以捐赠者名字命名教室，并颁发“爱心建校荣誉证书”",
    "孩子们的感谢信和照片会每学期寄给资助人",
    "资助满一年可获得{org}颁发的“爱心园丁”称号及牌匾",
    "校舍已经打好了地基，就等这笔钱买钢筋水泥",
    "我们没有一分钱行政费用，所有善款百分百用于孩子",
    "资助名额有限，每个孩子只能匹配一位资助人",
    "捐款满五千元可以参加明年春天的实地探访活动",
    "很多孩子父母在外打工，跟着爷爷奶奶生活，一年到头见不到爸妈",
    "冬天教室四面漏风，孩子们的手上全是冻疮",
    "我们的志愿者每个月都会进山一次，把物资和善款亲手交给孩子",
    "这个项目已经坚持了六年，帮过的孩子有的已经考上了大学",
)
SCH_CHANNEL = (
    "捐款账户：{person} {bank} {account}（项目负责人）",
    "请扫下面的二维码捐款，这是我们团长的个人收款码",
    "助学款请转微信{wechat}，我们每个月公示一次",
    "对公账户办理中，现阶段请转支付宝{mobile}",
    "有意向的爱心人士请联系{person}，电话{phone}，款项直接转给他",
    "企业捐赠请联系秘书处{phone}，捐款转至负责人个人账户，可开具感谢状",
    "一对一资助的请加{wechat}，确认孩子信息后每月转给我们统一发放",
    "认捐的朋友扫码付款后，把名字发给我刻碑",
)


@genre(name="pos_charity/fake_school_building", labels=FRAUD, kind="positive",
       source_types=("social", "web"), weight=0.8)
def fake_school_building(ctx: Context) -> Doc:
    """Fake 'build a school' or sponsorship drives by a volunteer group or posing as 希望工程, collected privately."""
    return _school_building(ctx, invented=False)


@genre(name="pos_charity/fake_school_building_invented_body", labels=BOTH, kind="positive",
       source_types=("social", "web"), weight=0.35)
def fake_school_building_invented_body(ctx: Context) -> Doc:
    """'Build a school' drives of an invented national education body, collected into a personal account."""
    return _school_building(ctx, invented=True)


def _school_building(ctx: Context, invented: bool) -> Doc:
    s = person_slots(ctx)
    s.update(brick=ctx.amount(10, 200), naming=ctx.amount(50000, 500000), month=ctx.amount(100, 500),
             total=ctx.amount(300000, 3000000))
    bind(ctx, s)
    if invented:
        invented_body(ctx, ("教育", "助学", "慈善", "希望工程", "公益", "关爱留守儿童"))
    else:
        charity_party(ctx, ("real", "local_real", "informal", "informal"))
    parts = move(ctx, SCH_HOOK)
    parts += move(ctx, SCH_BODY, social=(1, 2), web=(2, 4))
    parts += move(ctx, SCH_CHANNEL)
    parts += move(ctx, DIS_CLOSE[2:3] + MED_SHARE[2:5], p=0.3)
    if invented:
        parts = with_invented_claim(ctx, parts, p_social=0.35)
    title = ctx.pick(("", "爱心建校倡议", "山区助学行动", f"{ctx.slot('org')}助学项目", "一块砖的爱心"))
    return Doc(title=title, paragraphs=shuffle_middle(ctx, parts), group=f"school:{ctx.slot('org')}",
               source_hint=hint(ctx, ("moments", "weibo", "group_chat"), ("org_site", "blog", "article")))


# ---------------------------------------------------------------- donation chains in group chats

CHAIN_HOOK = (
    "【爱心接龙】{place}{kid}同学家里遭遇变故，请各位家长献一份爱心",
    "接龙捐款：{org}发起“一人一元”爱心接力，请大家跟上",
    "各位群友，咱们村的{person}大爷出事了，大家能捐点就捐点",
    "群主发起爱心接龙，凡是看到的请接龙并转发三个群",
    "#爱心接力# 每人十块，凑满一万就给{place}的孩子送过去",
    "@所有人 {org}倡议：今天是“爱心日”，每位会员至少捐{small}",
    "好消息！这条接龙转满一百个群，{org}就配捐一万元",
    "家人们，同乡会有个兄弟得了重病，咱们搞个接龙",
    "@全体成员 {kid}的爸爸昨晚出了车祸，老师这边组织一下爱心捐款",
    "各位老乡，{place}发大水，咱们在外面的也出份力，接龙开始",
)
CHAIN_LIST = (
    "目前收到：{person2} 100，{person3} 200，还有没接的抓紧",
    "1. {person} 200\n2. {person2} 100\n3. ",
    "接龙格式：名字+金额，接完请发群收款",
    "已接龙：{person}100、{person2}50、{person3}200……",
    "统计：目前已有{n}人接龙，共{total}",
    "1、{person2} 50元\n2、{person3} 100元\n3、",
    "接龙后请转给我，我统一送过去",
    "#接龙\n{person3} 300\n{person2} 100",
)
CHAIN_PAY = (
    "群收款已发，大家点一下就行",
    "钱请直接微信转给我，最后我截图公示",
    "不要发红包，红包24小时会退回，直接转账",
    "我代收，收齐后一起转给家属",
    "扫我这个码就行，备注名字",
    "不接龙的也请转发，转发不少于三个群，好人有好报",
    "不转发不是中国人！传递正能量",
    "转账给{person}，她是这次接龙的负责人",
    "今晚十点截止，明天一早我送到医院",
    "捐了的在后面打个✔，我好对账",
)


@genre(name="pos_charity/donation_chain", labels=FRAUD, kind="positive", source_types=("social",), weight=0.8)
def donation_chain(ctx: Context) -> Doc:
    """Group-chat 爱心接龙 chains that collect money to the organiser's own WeChat."""
    s = person_slots(ctx)
    s.update(person2=ctx.person(), person3=ctx.person(), n=str(ctx.rng.randint(12, 180)), total=ctx.amount(1000, 30000),
             small=ctx.amount(10, 100))
    bind(ctx, s)
    charity_party(ctx, ("local_real", "informal", "informal"))
    parts = move(ctx, CHAIN_HOOK) + move(ctx, CHAIN_LIST, p=0.6) + move(ctx, CHAIN_PAY, social=(1, 2))
    return Doc(title="", paragraphs=parts, group=f"chain:{s['kid']}", source_hint="group_chat")


# ---------------------------------------------------------------- live-stream charity tipping

LIVE_HOOK = (
    "家人们，我现在就在{place}的大山里，这里的老人一个月就靠两百块过日子",
    "今天直播给{place}的留守老人送米送油，大家刷的每一个礼物都会变成物资",
    "直播间的家人们，点点关注，刷刷小礼物，帮帮山里的孩子",
    "我是{anchor}，一个做公益的主播，三年来走遍了{province}的贫困村",
    "这位奶奶八十多岁了，一个人住在漏风的土房里，家人们看看",
    "今晚直播带大家去看{place}的特困户，谁有爱心谁上榜",
    "刷一个嘉年华，就能给孩子买一个月的营养餐",
    "主播今天不带货，只为{place}的{kid}筹钱治病",
    "【{anchor}公益直播预告】今晚八点，走进{place}最穷的村",
    "昨天直播间给老人凑了八千多，今天接着来",
)
LIVE_ASK = (
    "礼物收入百分之百捐出，直播结束后当场发给老人",
    "不方便刷礼物的可以加我私人微信{wechat}直接转，平台要抽成",
    "想直接帮到老人的，后台私信我拿收款码，别让平台抽走一半",
    "榜一大哥我会带着去老人家里亲自送钱，给大家拍视频",
    "今晚刷够一万音浪，我就给奶奶修房子",
    "粉丝群里有爱心账户，大家转过去，我们每周公示",
    "每一位上榜的家人，我都会在老人的墙上写上你的名字",
    "平台提现要等七天，急用的我个人先垫，大家转我就行",
    "小黄车里的“爱心助农”链接，拍一单就是捐一份",
    "支付宝{mobile}也可以，备注“直播间”",
)


@genre(name="pos_charity/livestream_charity", labels=FRAUD, kind="positive", source_types=("social",), weight=0.7)
def livestream_charity(ctx: Context) -> Doc:
    """Streamers staging poverty charity and asking for gifts or private transfers."""
    s = person_slots(ctx)
    s["anchor"] = ctx.pick(("大山里的", "公益", "扶贫", "爱心", "乡村")) + ctx.pick(("阿强", "小敏", "老刘", "二哥", "燕子", "大壮"))
    bind(ctx, s)
    parts = move(ctx, LIVE_HOOK) + move(ctx, LIVE_ASK, social=(1, 3))
    parts += move(ctx, MED_SHARE, p=0.3)
    return Doc(title="", paragraphs=parts, group=f"live:{s['anchor']}", source_hint=ctx.pick(("weibo", "comment", "moments")))


# ---------------------------------------------------------------- fake 红十字 / 希望工程 / 慈善总会 accounts

OFF_NAMES = ("红十字会", "慈善总会", "希望工程办公室", "慈善会", "青少年发展基金会", "志愿者协会", "残疾人福利基金会")
OFF_HOOK = (
    "{city}{off}官方公众号正式上线，捐款通道已开通",
    "【{city}{off}】关于开展“{campaign}”募捐活动的倡议",
    "这里是{city}{off}，感谢您关注我们的公益项目",
    "{city}{off}紧急发布：{campaign}专项募捐",
    "各位市民：为支援{campaign}，{city}{off}现面向社会接受捐赠",
    "{off}{city_short}分会通知：今年的“{campaign}”活动开始啦",
    "{city}{off}致全市爱心人士的一封信",
    "好消息！{city}{off}“{campaign}”线上捐赠通道开通",
)
OFF_BODY = (
    "本次募集的款物将全部用于{campaign}，任何单位和个人不得截留",
    "自活动启动以来，已收到社会各界爱心捐款两百余万元",
    "截至目前，本会已向一线发放物资价值近千万元，但缺口依然很大",
    "捐赠者可凭转账截图申请捐赠证书",
    "本会将按月公布善款收支明细，接受社会监督",
    "困难群众的需求清单已在本号菜单栏公布",
    "感谢广大市民一直以来对本会工作的支持",
    "本次活动得到了市里相关部门的大力支持",
)
OFF_CHANNEL = (
    "捐款请扫描下方二维码（收款人：{person}，本会财务人员）",
    "为方便群众捐款，特开通个人代收账户：{bank}{account}，户名{person}",
    "个人捐赠可直接向工作人员微信{wechat}转账，单位捐赠请联系{phone}",
    "本会对公账户升级维护中，期间捐款请转至秘书长{person}个人支付宝{mobile}",
    "点击菜单“爱心捐赠”，跳转后扫码付款即可，收款方显示为个人属正常情况",
    "捐款100元以上可获赠“爱心市民”电子证书，捐款后截图发后台领取",
    "收款码见文末，付款时请备注“捐赠”",
    "为减少手续费，本次募捐暂由志愿者{person}个人微信代收",
)
OFF_CLOSE = (
    "您的每一份善款，都将送到最需要的人手中",
    "每一份善款都将接受社会监督",
    "感谢您的爱心，{city}{off}将定期公示捐赠明细",
    "捐赠咨询：{phone}（{person}）",
    "爱心无价，善行无疆",
    "让我们携手，共同守护这座城市的温度",
    "本活动最终解释权归本会所有",
    "请大家转发扩散，让更多的人参与进来",
)


@genre(name="pos_charity/fake_official_account", labels=FRAUD, kind="positive",
       source_types=("social", "web"), weight=0.9)
def fake_official_account(ctx: Context) -> Doc:
    """Accounts posing as the local Red Cross, 希望工程 or 慈善总会 that collect into personal codes."""
    s = person_slots(ctx)
    s.update(city=ctx.city(), city_short=ctx.city_short(), off=ctx.pick(OFF_NAMES),
             campaign=ctx.pick(("抗击疫情", "冬日暖阳", "助学圆梦", "慈善一日捐", "关爱孤寡老人", "防汛救灾", "春蕾计划",
                                "爱心午餐", "抗震救灾", "温暖过冬")))
    bind(ctx, s)
    parts = move(ctx, OFF_HOOK) + move(ctx, OFF_BODY, p=0.5 if ctx.is_social else 1.0, web=(1, 3))
    parts += move(ctx, OFF_CHANNEL) + move(ctx, OFF_CLOSE, p=0.7)
    return Doc(title=f"{s['city']}{s['off']}", paragraphs=parts, group=f"fakeoff:{s['city_short']}{s['off']}",
               source_hint=hint(ctx, ("moments", "weibo"), ("notice", "org_site")))


# ---------------------------------------------------------------- 'national poverty fund' payouts after a fee

NAT_HOOK = (
    "扶贫资金{batch}批次开始发放，每户可领{grant}",
    "重大好消息：{fund}已解冻，登记会员即可领取分红",
    "{fund}面向全国困难群众发放，截至本月底",
    "各位会员：{fund}第{n}次拨付已到位，请抓紧完成登记",
    "民族资产解冻了！{fund}给每个登记的老百姓发{grant}",
    "{fund}办公室通知：凡在册会员每人可领取扶贫安置款{grant}",
    "精准扶贫最后一批补贴，还没登记的赶紧了",
    "各位老哥老姐，{fund}的钱马上就要下来了，咱们{place}的名额不多",
)
NAT_FEE = (
    "想领高额的，可以先交{fee}升级成金卡会员",
    "登记需交{fee}的工本费，交了才能进名单",
    "领款前每人要先交{fee}的手续费，这是走流程必须的",
    "先交{fee}的会员费成为正式会员，资金到账后返还",
    "需要缴纳{fee}的保证金，证明是本人领取",
    "办一张专用卡，{fee}，以后所有扶贫款都打到这张卡上",
    "交得越多级别越高，{fee}是普通级，高级会员能领十倍",
    "入册费{fee}，交给你们片区的联络员就行",
)
NAT_CALL = (
    "找你们当地的联络员{person}登记，电话{phone}",
    "这个是内部消息，不要让子女知道，怕他们不懂阻拦",
    "名额有限，晚了就没有了，赶紧联系{wechat}",
    "上面的领导已经签字了，十五天内到账",
    "登记时带身份证复印件和银行卡",
    "国家的钱，不领白不领",
    "联络员会发一个链接，按步骤填资料就行：{url}",
    "不要在群里乱说，有人问就说是老年活动",
)


@genre(name="pos_charity/national_fund_fee", labels=FRAUD, kind="positive", source_types=("social",), weight=0.7)
def national_fund_fee(ctx: Context) -> Doc:
    """'National poverty fund' or 民族资产 payouts that first require a registration fee."""
    s = person_slots(ctx)
    s.update(
        fund=ctx.pick(("国家扶贫基金", "民族资产", "乡村振兴基金", "中华扶贫专项资金", "惠民工程款", "共同富裕基金")),
        batch=ctx.pick(("第一", "第二", "第三", "最后一")), n=str(ctx.rng.randint(2, 9)), grant=ctx.amount(20000, 3000000),
        fee=ctx.amount(100, 3000), url=ctx.url("short"),
    )
    bind(ctx, s)
    parts = move(ctx, NAT_HOOK) + move(ctx, NAT_FEE) + move(ctx, NAT_CALL, p=0.85, social=(1, 2))
    return Doc(title="", paragraphs=parts, group=f"natfund:{s['fund']}", source_hint=ctx.pick(("group_chat", "sms", "moments")))


# ---------------------------------------------------------------- both labels: fake charity bodies selling seats and collecting

BOTH_HOOK = (
    "{org}是经有关部门批准成立的全国性公益慈善组织，现面向社会招募爱心理事",
    "热烈祝贺{org}{city_short}工作站揭牌成立！",
    "{org}关于增补第{n}届爱心理事会理事的通知",
    "欢迎加入{org}，成为我们的慈善大使",
    "{org}“慈善项目”上线：转账投资慈善，助力慈善事业，还能获得高额返利",
    "{org}{city_short}服务站面向全社会招募志愿者和爱心会员",
    "{org}第{n}届慈善表彰大会暨爱心理事授牌仪式在{city}隆重举行",
    "{org}直属{city_short}慈善工作委员会成立，首批名额开放",
)
BOTH_SEATS = (
    "常务理事年费{fee}，理事{fee2}，会员单位可悬挂授牌",
    "入会后颁发烫金会员证书和“慈善大使”聘书，可在全国范围内开展公益活动",
    "爱心理事享受“慈善之星”荣誉称号，颁发证书和奖杯，每年一次表彰大会",
    "设立功德箱，欢迎各界善信随喜捐款，捐款百元以上登记功德簿",
    "服务站站长需缴纳{fee}的加盟费，可获授权牌匾和公章",
    "会员捐款达到一定额度，可晋升为慈善荣誉主席，享受项目分红",
    "本会业务主管单位为国家有关部委，持有全国统一的慈善工作证",
    "理事单位可使用本会名义开展募捐活动，所得善款按比例留存",
)
BOTH_PAY = (
    "理事费用请扫码转给秘书处{person}，备注单位名称",
    "授牌费和年费一次性转入{bank}{account}（户名{person}），到账后安排授牌",
    "会费及捐款请汇入秘书长{person}的账户：{bank}{account}",
    "报名请联系秘书处{phone}，入会费扫码缴纳",
    "爱心捐款请扫服务站负责人收款码",
    "缴费后七个工作日内寄送证书和牌匾",
    "捐款可通过工作人员微信{wechat}转账，统一开收据",
    "理事费和首期捐款一起转给{person}，她负责登记造册",
)


@genre(name="pos_charity/fake_charity_body", labels=BOTH, kind="positive",
       source_types=("social", "web"), weight=0.6)
def fake_charity_body(ctx: Context) -> Doc:
    """An unregistered 国字头 charity body that sells council seats and collects donations privately."""
    s = person_slots(ctx)
    s.update(n=str(ctx.rng.randint(2, 8)), fee=ctx.amount(5000, 50000), fee2=ctx.amount(1000, 9800),
             city_short=ctx.city_short())
    bind(ctx, s)
    if ctx.maybe(0.08):
        ctx.slot("org", ctx.known_org())
    charity_org(ctx, national=True)
    parts = move(ctx, BOTH_HOOK) + move(ctx, BOTH_SEATS, social=(1, 2), web=(2, 4)) + move(ctx, BOTH_PAY)
    title = ctx.pick(("", f"{ctx.slot('org')}简介", "理事招募通知", "爱心会员招募", "关于成立服务站的通知"))
    return Doc(title=title, paragraphs=shuffle_middle(ctx, parts), group=f"org:{ctx.slot('org')}",
               source_hint=hint(ctx, ("moments", "group_chat", "weibo"), ("notice", "org_site")))


# ---------------------------------------------------------------- one- or two-line pleas to a personal channel

# The need lines are shared with the hard-negative twin neg/short_verified_plea, so that only the channel (a personal
# account versus a verified platform or registered charity) tells the two apart, not the topic, length or style.
SHORT_PLEA_NEEDS = {
    "sick": (
        "{kid}才{age}岁，{disease}，手术费还差{short}",
        "帮朋友转一下，她家孩子{disease}住院了，家里实在拿不出钱",
        "老家一个{age}岁的孩子查出{disease}，急需治疗费",
        "同事的孩子{disease}，在{hospital}等着做手术",
        "{rel}{disease}住进ICU，每天费用好几千",
        "求助！{age}岁女孩{disease}，爸妈都是农民",
        "村里一个小孩得了{disease}，一家人哭成一团",
    ),
    "disaster": (
        "{place}{disaster}，好多老乡房子都没了",
        "老家{disaster}，村里老人孩子还住在学校里",
        "{place}受灾严重，灾区缺水缺吃的",
        "{disaster}过后{place}一片狼藉，大家能帮就帮一把",
        "家乡遭了{disaster}，乡亲们急需帐篷和棉被",
    ),
    "student": (
        "山里有个孩子考上了大学，学费凑不齐",
        "{place}一个贫困学生，父母双亡，跟奶奶过，开学交不起学费",
        "资助一个山区孩子一学期只要{small}",
        "{kid}成绩全班第一，家里穷得快要辍学了",
        "大山里的孩子冬天还穿单鞋上学，想给他们凑点钱",
    ),
}
SHORT_PLEA_PERSONAL = (
    "有心帮忙的私信我，我发账号",
    "想帮忙的加我微信{wechat}，直接转我，我统一转给家里",
    "收款码在评论区，多少都是心意",
    "评论区扣1，我私你卡号",
    "捐款直接转我支付宝{mobile}就行",
    "卡号：{bank}{account}，户名{person}",
    "愿意帮的加我，我拉你进群，群里统一收",
    "不走平台，平台要抽成，直接转我微信",
    "钱直接打到他爸爸卡上，卡号私信要",
    "微信转账或者红包都行，我都记下来",
    "想资助的私我，我把孩子家长的收款码发你",
    "爱心款转到我个人账户，我负责送过去",
    "平台审核太慢等不及了，想帮忙的直接转我微信{wechat}，每一笔我都记下来公示",
    "能帮一点是一点，{bank}卡号{account}，户名{person}，转完截图给我",
    "我是孩子的亲戚，大家的爱心款先打到我支付宝{mobile}，我每天去医院交费",
    "想帮的朋友评论区留言，我一个个私信发收款码，钱我亲手送到他家",
)
SHORT_PLEA_TAILS = ("求转发", "拜托大家了🙏", "好人一生平安", "转发也是帮忙", "谢谢大家", "一块两块都行")


def short_plea_need(ctx: Context) -> str:
    """Bind the per-document slots of a short plea and return one filled need line (sick child, disaster, student)."""
    s = person_slots(ctx)
    s.update(age=str(ctx.rng.randint(2, 19)), disease=ctx.pick(DISEASES), hospital=ctx.city_short() + ctx.pick(HOSPITALS),
             short=ctx.amount(20000, 150000), disaster=ctx.pick(DISASTERS), small=ctx.amount(300, 1500))
    bind(ctx, s)
    case = ctx.pick(("sick", "sick", "disaster", "student"))
    ctx.slot("case", case)
    return ctx.fill_pick(SHORT_PLEA_NEEDS[case])


@genre(name="pos_charity/short_personal_plea", labels=FRAUD, kind="positive", source_types=("social",), weight=0.9)
def short_personal_plea(ctx: Context) -> Doc:
    """A one- or two-line post asking money for a sick child, disaster victims or a poor student to a personal
    account, WeChat, Alipay or card ('私信我', '加我', '评论区'), with no verified platform."""
    parts = [short_plea_need(ctx), ctx.fill_pick(SHORT_PLEA_PERSONAL)]
    if ctx.maybe(0.4):
        parts.append(ctx.pick(SHORT_PLEA_TAILS))
    text = "，".join(parts) if ctx.maybe(0.5) else "。".join(parts) + ctx.pick(("", "。", "！", "🙏"))
    return Doc(title="", paragraphs=[text], group=f"short_plea:{ctx.slot('kid')}",
               source_hint=ctx.pick(("weibo", "moments", "comment", "group_chat")))
