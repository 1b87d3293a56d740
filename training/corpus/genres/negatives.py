"""Hard negatives: crackdown news, banned lists, warnings, registered bodies and legal fundraising that share the positives' words."""

from __future__ import annotations

import logging

from training.corpus.context import Context
from training.corpus.genres.moves import bind, card_number, hint, move, shuffle_middle
from training.corpus.genres.pos_charity import CHARITY_FIELDS, DISEASES, HOSPITALS
from training.corpus.genres.registry import Doc, genre

logger = logging.getLogger(__name__)

HARD = "hard_negative"
BOTH_SOURCES = ("web", "social")
NEWS_OUTLETS = ("新华社", "人民网", "中国新闻网", "央视新闻", "新京报", "澎湃新闻", "公益时报", "中国社会报", "法治日报",
                "红星新闻", "潮新闻", "南方都市报", "北京青年报", "中国青年报", "极目新闻")
CAMPAIGN_YEARS = ("2018", "2021", "2023", "2024", "2025")
ORG_KINDS = ("社会团体", "基金会", "社会服务机构", "民办非企业单位")
CHARITY_PLATFORMS = ("腾讯公益", "支付宝公益", "新浪微公益", "轻松公益", "联劝网", "广益联募", "公益宝", "中国慈善信息平台",
                     "美团公益", "帮帮公益", "水滴公益", "京东公益")
PROJECTS = (
    ("山区孩子营养午餐", "一个月的营养午餐", "山区学生"), ("困境儿童助学", "一学期的学习用品", "困境儿童"),
    ("乡村留守老人暖冬", "一套过冬的棉衣棉被", "留守老人"), ("先心病儿童救治", "一次术前检查", "先心病患儿"),
    ("乡村图书角", "二十本课外书", "乡村学生"), ("孤独症儿童康复", "一次康复训练课", "孤独症儿童"),
    ("母亲水窖", "一立方米的集雨水窖容量", "缺水家庭"), ("困境老人助餐", "一周的助餐服务", "高龄独居老人"),
    ("乡村教师培训", "一天的培训课程", "乡村教师"), ("灾后重建家园", "一个家庭的应急物资包", "受灾家庭"),
)
ILLNESS_PLATFORMS = ("水滴筹", "轻松筹", "新浪扬帆", "水滴筹平台", "轻松筹平台")


def officials(ctx: Context) -> dict[str, str]:
    """Per-document slots for the authority, spokesperson and numbers that crackdown texts cite."""
    prov = ctx.province()
    return {
        "bureau": ctx.pick(("民政部", "民政部社会组织管理局", f"{prov}民政厅", f"{ctx.city()}民政局", f"{ctx.city_short()}市民政局")),
        "police": ctx.pick((f"{ctx.city_short()}市公安局", f"{ctx.city_short()}警方", f"{ctx.place()}公安分局", "公安部刑侦局",
                            f"{prov}公安厅反诈中心", f"{ctx.city_short()}反诈中心")),
        "spokes": ctx.person(),
        "cnt": str(ctx.rng.randint(12, 700)),
        "cnt2": str(ctx.rng.randint(3, 150)),
        "cnt3": str(ctx.rng.randint(2, 60)),
        "cyear": ctx.pick(CAMPAIGN_YEARS),
        "outlet": ctx.pick(NEWS_OUTLETS),
        "batch": ctx.pick(("第一批", "第二批", "第三批", "第四批", "第五批", "第六批", "第七批")),
    }


def banned_org(ctx: Context) -> str:
    """An org named as banned/suspected: a published name for a share of mentions, otherwise a generated one."""
    return ctx.known_org() if ctx.maybe(0.1) else ctx.org_name(field=ctx.field(new=True), national=ctx.maybe(0.8))


def big_money(ctx: Context, lo_wan: int, hi_wan: int) -> str:
    """A large sum written the way news reports do (860万元, 1.2亿元, 3000余万元)."""
    wan = ctx.rng.randint(lo_wan, hi_wan)
    if wan >= 10000 and ctx.maybe(0.7):
        return f"{wan / 10000:.1f}亿元".replace(".0亿", "亿")
    return ctx.pick((f"{wan}万元", f"{wan}余万元", f"{wan}万余元", f"人民币{wan}万元"))


# ---------------------------------------------------------------- crackdown news

CRACK_LEAD = (
    "记者从{bureau}获悉，今年以来全省共排查涉嫌非法社会组织线索{cnt}条，依法取缔{cnt2}家",
    "{outlet}消息，{bureau}近日依法取缔“{org}”，并对其网站、公众号予以关停",
    "{date}，{bureau}联合公安、市场监管等部门开展打击整治非法社会组织集中行动",
    "近日，{bureau}发布公告，对冒用“中国”字头开展评比表彰活动的“{org}”予以取缔",
    "据{outlet}报道，{bureau}对“{org}”涉嫌非法开展活动一事立案调查",
    "{cyear}年打击整治非法社会组织专项行动开展以来，各地共处置非法社会组织{cnt}家",
    "又一批“山寨社团”被曝光！{bureau}公布{batch}涉嫌非法社会组织名单",
    "{bureau}近日通报，{org}未经登记擅自以社会组织名义开展活动，已被依法取缔",
    "打击非法社会组织，{city}在行动。{date}，执法人员来到{place}一处写字楼",
    "非法社会组织“换马甲”重出江湖？{bureau}：发现一起查处一起",
    "{outlet}记者梳理发现，被取缔的{cnt2}家非法社会组织中，多数名称冠以“中国”“中华”“全国”等字样",
    "民政部门持续加大对非法社会组织的打击力度，{date}又有一家“国字头”社团被依法取缔",
)
CRACK_DETAIL = (
    "该组织以“爱心助学”为名组织捐款，所收款项去向不明，涉嫌骗取群众爱心",
    "经查，该组织未在任何民政部门登记，却以“全国性社会团体”名义对外招收会员、收取会费，并向企业颁发牌匾和证书",
    "该组织伪造上级主管单位批复文件，私刻公章，以评选“{title}”为名收取评审费、证书费",
    "执法人员在现场查获印有“{org}”字样的荣誉证书、奖杯、牌匾{cnt2}件，以及会员登记表若干",
    "据调查，该组织自{year}年起在网络平台招募“理事”“常务理事”，每人收取数千至数万元不等",
    "该组织打着“乡村振兴”“精准扶贫”等国家战略旗号，声称可以为企业对接项目资金，借机敛财",
    "其网站页面大量抄袭合法社会组织的官网内容，名称也仅与合法组织相差一两个字",
    "该组织还以“慈善”名义设立所谓“爱心基金”，要求会员将捐款转入负责人个人账户",
    "执法人员依法没收其非法财产，并责令相关人员停止一切活动",
    "调查发现，该组织的办公地址是一个邮政信箱，对外公布的电话长期无人接听",
    "据当事人反映，他们收到所谓获奖通知后被要求缴纳{fee}的“证书工本费”",
    "目前，相关线索已移交公安机关，涉嫌违法犯罪的人员将被依法追究责任",
    "该组织被取缔后，其负责人又注册了名称相近的网站继续活动，近期已被再次查处",
)
CRACK_QUOTE = (
    "{bureau}有关负责人表示，非法社会组织往往名头很大，实际上没有任何合法身份，群众要擦亮眼睛",
    "民政部门提醒，凡是要求先交钱再颁奖、先交费再入会的“国字头”组织，都要提高警惕",
    "“合法社会组织都可以在民政部门的平台上查到，查不到的就要当心。”{bureau}工作人员{spokes}说",
    "{bureau}相关负责人强调，将坚持露头就打、除恶务尽，持续压缩非法社会组织生存空间",
    "有关人士指出，评比达标表彰活动必须按规定审批，任何组织不得向参评对象收取费用",
    "专家认为，治理非法社会组织需要民政、公安、网信等部门形成合力，堵住其在网络上的传播渠道",
    "民政部门欢迎社会各界提供非法社会组织线索，可拨打{hotline}举报",
    "{spokes}提醒，各类机关、企事业单位不得与非法社会组织发生任何合作，不得为其提供场地和宣传",
)
CRACK_CLOSE = (
    "下一步，民政部门将联合有关部门继续开展专项整治，并及时向社会公布查处结果",
    "公众可通过“中国社会组织政务服务平台”查询社会组织登记信息",
    "如发现可疑线索，请及时向当地民政部门或公安机关反映",
    "记者注意到，这已是今年以来{bureau}公布的{batch}名单",
    "（记者 {spokes}）",
    "来源：{outlet}",
    "责任编辑：{person}",
    "相关案件正在进一步调查中",
)


@genre(name="neg/crackdown_news", kind=HARD, source_types=BOTH_SOURCES, weight=1.4)
def crackdown_news(ctx: Context) -> Doc:
    """News about civil-affairs crackdowns on illegal social organizations."""
    s = officials(ctx)
    s["hotline"] = ctx.pick(("12345", "010-58123114", ctx.phone()))
    bind(ctx, s)
    ctx.slot("org", banned_org(ctx))
    parts = move(ctx, CRACK_LEAD) + move(ctx, CRACK_DETAIL, social=(1, 1), web=(2, 4))
    parts += move(ctx, CRACK_QUOTE, p=0.5 if ctx.is_social else 0.9, web=(1, 2))
    parts += move(ctx, CRACK_CLOSE, p=0.3 if ctx.is_social else 0.8)
    title = ctx.pick((f"{s['bureau']}依法取缔“{ctx.slot('org')}”", "又有一批“山寨社团”被取缔", "打击非法社会组织专项行动持续推进",
                      f"{ctx.slot('org')}被取缔", "这些“国字头”组织是假的！", "非法社会组织“换马甲”，民政部门出手"))
    return Doc(title=title, paragraphs=parts, group=f"news:{ctx.slot('org')}",
               source_hint=hint(ctx, ("weibo", "moments"), ("news", "article")))


# ---------------------------------------------------------------- press conference transcripts

PRESS_OPEN = (
    "{bureau}就近期群众反映集中的“山寨社团”问题召开新闻通气会",
    "本场发布会邀请了{bureau}、公安机关和网信部门的有关负责同志出席",
    "{date}，{bureau}举行{cyear}年度社会组织工作新闻发布会",
    "{date}上午，{bureau}召开新闻发布会，通报打击整治非法社会组织工作进展",
    "在今天举行的例行新闻发布会上，{bureau}新闻发言人{spokes}介绍了专项行动的有关情况",
    "各位记者朋友，大家上午好！欢迎出席今天的新闻发布会",
    "{bureau}今天举行新闻发布会，发布{cyear}年度社会组织领域执法典型案例",
    "新闻发布会现场，{spokes}就公众关心的“山寨社团”问题回答了记者提问",
)
PRESS_QA = (
    "问：群众如何辨别一个组织是否合法登记？答：可以登录中国社会组织政务服务平台，输入名称或统一社会信用代码查询",
    "问：一些组织自称“国字头”，收费颁发证书，这种情况怎么处理？答：未经登记以社会组织名义活动的，由民政部门依法取缔",
    "记者提问：非法社会组织为什么屡禁不止？{spokes}回答，一是违法成本低，二是网络传播隐蔽，三是部分群众有“求名”心理",
    "问：接到“{title}”之类的获奖通知，该怎么办？答：先查发证机构是否登记，凡是先交费后领奖的，一律不要理会",
    "问：慈善募捐方面有哪些风险？答：只有具备公开募捐资格的慈善组织才能面向公众募捐，个人收款码募捐要格外警惕",
    "问：今年查处的案件有什么新特点？答：利用短视频、直播和社交群组招揽会员的情况明显增多",
    "有记者问到被取缔组织“改头换面”的问题，{spokes}表示，民政部门已建立线索共享机制，发现一起查处一起",
    "问：对于与非法社会组织合作的单位有没有约束？答：党政机关、事业单位不得为其站台，不得参加其活动",
)
PRESS_FIGURES = (
    "{spokes}透露，目前仍有{cnt3}起案件在进一步查办中",
    "专项行动期间，共清理相关网络信息{cnt}条，约谈平台企业{cnt3}家",
    "通过劝散和引导登记等方式，共规范社会组织活动{cnt2}起",
    "{spokes}介绍，专项行动开展以来，共核查线索{cnt}条，取缔{cnt2}家，劝散{cnt3}家，引导登记若干家",
    "据统计，今年以来全省累计关停非法社会组织网站和公众号{cnt2}个",
    "{cyear}年，各地民政部门共处置非法社会组织{cnt}家，向社会公布涉嫌非法社会组织名单{cnt2}个",
    "其中，涉及评比表彰、颁发证书类的占比超过四成，冒用国家战略名义的有{cnt3}家",
    "发布会上通报了{cnt3}起典型案例，涉及书画、国学、养生、慈善等多个领域",
)


@genre(name="neg/press_conference", kind=HARD, source_types=BOTH_SOURCES, weight=0.8)
def press_conference(ctx: Context) -> Doc:
    """A press-conference transcript or summary on the crackdown, with Q&A about how scams work."""
    bind(ctx, officials(ctx))
    parts = move(ctx, PRESS_OPEN) + move(ctx, PRESS_FIGURES, social=(1, 1), web=(1, 3))
    parts += move(ctx, PRESS_QA, social=(1, 1), web=(2, 4))
    title = ctx.pick(("新闻发布会实录", f"{ctx.slot('bureau')}新闻发布会", "打击整治非法社会组织新闻发布会答记者问", "发布会速览"))
    return Doc(title=title, paragraphs=parts, group=f"press:{ctx.slot('bureau')}",
               source_hint=hint(ctx, ("weibo", "moments"), ("news", "article", "notice")))


# ---------------------------------------------------------------- official lists of suspected / banned bodies

LIST_OPEN = (
    "现将近期查处的非法社会组织名单向社会公布，请广大群众注意识别",
    "关于公布一批涉嫌非法社会组织名单的通告",
    "根据《社会团体登记管理条例》《取缔非法民间组织暂行办法》等规定，现将{batch}涉嫌非法社会组织名单公布如下",
    "{bureau}关于公布{batch}非法社会组织名单的公告",
    "为维护社会组织登记管理秩序，{bureau}依法对下列组织予以取缔，现予公告",
    "以下组织均未在民政部门登记，不具有合法身份，提醒社会公众不要参加其活动、不要缴纳任何费用",
    "【曝光】{bureau}公布{batch}涉嫌非法社会组织名单，看看你身边有没有",
    "经核查，下列组织未在各级民政部门登记，涉嫌以社会组织名义开展活动，现向社会公布",
)
LIST_CLOSE = (
    "举报电话：{phone}",
    "以上组织均未在民政部门登记，以其名义开展的活动均属违法行为",
    "社会公众如发现上述组织活动线索，请及时向民政部门举报",
    "请广大群众提高警惕，谨防上当受骗",
    "各地民政部门将依法对上述组织进行查处",
    "如对名单有异议，可在公告发布之日起三十日内提出",
    "特此公告",
    "发布机关：{bureau}",
)


@genre(name="neg/banned_list", kind=HARD, source_types=BOTH_SOURCES, weight=1.0)
def banned_list(ctx: Context) -> Doc:
    """An official list of suspected or banned bodies, mixing published names with generated ones."""
    bind(ctx, officials(ctx))
    names: list[str] = []
    for _ in range(ctx.rng.randint(3, 6) if ctx.is_social else ctx.rng.randint(6, 14)):
        name = ctx.known_org() if ctx.maybe(0.35) else ctx.org_name(field=ctx.field(new=True), national=ctx.maybe(0.8))
        if name not in names:
            names.append(name)
    style = ctx.rng.randint(0, 2)
    if style == 0:
        listing = ["\n".join(f"{i}. {n}" for i, n in enumerate(names, 1))]
    elif style == 1:
        listing = ["、".join(names) + ctx.pick(("。", "等。", ""))]
    else:
        listing = ["\n".join(f"{i}、{n}（{ctx.pick(('涉嫌', '已取缔', '已关停网站', '已劝散'))}）" for i, n in enumerate(names, 1))]
    parts = move(ctx, LIST_OPEN) + listing + move(ctx, LIST_CLOSE, web=(1, 2))
    title = ctx.pick((f"{ctx.slot('bureau')}公布{ctx.slot('batch')}涉嫌非法社会组织名单", "非法社会组织名单公告", "关于取缔非法社会组织的公告",
                      "涉嫌非法社会组织名单（第{}批）".format(ctx.rng.randint(1, 9))))
    return Doc(title=title, paragraphs=parts, group=f"list:{ctx.slot('bureau')}{ctx.slot('batch')}",
               source_hint=hint(ctx, ("weibo", "moments", "group_chat"), ("list", "notice", "news")))


# ---------------------------------------------------------------- civil-affairs explainers on how to check a 社会组织

VERIFY_OPEN = (
    "收到“{title}”的获奖通知，先别急着高兴，三步教你辨别真假社会组织",
    "怎样判断一个协会是不是合法登记的？民政部门教你几招",
    "“国字头”协会邀请你当理事？先查一查它的底细",
    "社会组织知识小课堂：合法社会组织有哪些特征",
    "家里老人总收到各种协会的入会邀请，怎么查真假？",
    "最近有读者留言问：{org}是正规组织吗？我们帮你查了一下",
    "识别非法社会组织，记住“一看二查三问”",
    "【以案说法】如何辨别慈善募捐的真伪",
)
VERIFY_STEPS = (
    "第一步，登录中国社会组织政务服务平台（chinanpo.mca.gov.cn），输入组织全称即可查询登记状态",
    "合法登记的社会组织都有统一社会信用代码，社会团体的代码以“5”开头，共18位",
    "可以关注“中国社会组织动态”微信公众号，里面会定期公布涉嫌非法社会组织名单",
    "查询慈善组织和公开募捐资格，可以登录“慈善中国”（cszg.mca.gov.cn）",
    "合法组织的登记证书上会载明名称、住所、法定代表人、业务范围和登记管理机关",
    "只有全国性社会组织才能冠以“中国”“全国”“中华”等字样，地方性组织不能使用",
    "看收款方：正规社会组织收取会费、接受捐赠都使用单位对公账户，并开具正规票据",
    "看名称：很多非法组织的名字与合法组织只差一两个字，查询时一定要输入全称核对",
    "评比达标表彰活动需要经过批准，合法组织开展表彰不得向参评对象收取任何费用",
    "如果对方声称是某某部委下属机构，可以直接打电话到该部委核实",
    "慈善组织开展公开募捐，必须在民政部指定的互联网募捐信息平台发布，并公示备案编号",
    "社会组织如果被列入活动异常名录或严重违法失信名单，在平台上也能查到",
)
VERIFY_CLOSE = (
    "不确定的时候，宁可不交钱，也别急着入会",
    "总之，凡是要求先交费再颁奖、先交钱再入会的，都要多一个心眼",
    "如发现疑似非法社会组织，可向当地民政部门举报",
    "转给家里的长辈看看，别让他们花冤枉钱",
    "记住：合法组织查得到，非法组织查不到",
    "多查一步，少上一次当",
    "以上信息来源于民政部门公开资料，仅供参考",
    "更多问题可拨打当地民政部门咨询电话{phone}",
)


@genre(name="neg/verify_explainer", kind=HARD, source_types=BOTH_SOURCES, weight=1.0)
def verify_explainer(ctx: Context) -> Doc:
    """A civil-affairs or media explainer on checking registration, credit codes and fundraising qualification."""
    bind(ctx, officials(ctx))
    ctx.slot("org", banned_org(ctx))
    parts = move(ctx, VERIFY_OPEN) + move(ctx, VERIFY_STEPS, social=(1, 3), web=(3, 6))
    parts += move(ctx, VERIFY_CLOSE, p=0.8)
    title = ctx.pick(("如何辨别非法社会组织", "教你查询社会组织登记信息", "真假协会怎么分", "一图读懂：如何识别非法社会组织",
                      "“国字头”协会靠谱吗？"))
    return Doc(title=title, paragraphs=parts, group=f"explainer:{ctx.slot('bureau')}",
               source_hint=hint(ctx, ("weibo", "moments"), ("article", "notice", "blog")))


# ---------------------------------------------------------------- anti-fraud police warnings about fake charity

POL_OPEN = (
    "【反诈提醒】警惕假借慈善名义的诈骗！",
    "{police}提醒：“捐款还能返钱”？小心是骗局",
    "近期，{city}发生多起以“公益配捐”为名的诈骗案件，请广大市民提高警惕",
    "民警提示：看到朋友圈里的求助收款码，先核实再捐款",
    "@所有人 反诈中心紧急提醒：所谓“扶贫补贴需先交手续费”都是诈骗",
    "警惕！骗子冒充基金会工作人员，以发放助学金为名索要“激活费”",
    "{police}发布预警：近期出现冒用红十字会、慈善总会名义的虚假募捐公众号",
    "天下没有免费的午餐，更没有“越捐越赚”的慈善",
    "#反诈# 一张收款码，骗走了多少人的爱心？",
    "【以案说法】退休老人参加“公益讲座”，被骗走二十多万",
)
POL_CASE = (
    "骗子利用群众的爱心，伪造“爱心捐款”海报在多个微信群转发，收款方竟是个人账户",
    "受害人看到“爱心捐款一元得三元”的广告后扫码入群，前后被骗{grant}",
    "{date}，市民{person}在一个“公益任务群”里按要求向所谓慈善项目转账，起初小额返利到账，后来追加{fee}后对方失联",
    "受害人{person}接到自称“{org}”工作人员的电话，称其孩子可领取助学金{grant}，需先缴纳{fee}“激活费”，转账后被拉黑",
    "{person}在朋友圈看到一则大病求助，扫码转了{fee}，后来发现图片是从网上盗用的",
    "嫌疑人注册了名为“{city_short}红十字会”的公众号，在菜单中放置个人收款码，短短几天收款数万元",
    "犯罪团伙以“扶贫项目认购、每月分红”为诱饵，专门向老年人推销，涉案金额达{big}",
    "所谓的“爱心互助平台”，实际上是拆东墙补西墙的资金盘，后进入的人血本无归",
    "骗子在直播间里摆拍“送温暖”，再引导观众私下转账，所得钱款全部进了自己腰包",
    "某老人被拉进“慈善网课”群，老师讲完课就推荐“慈善项目投资”，声称既做公益又拿高息",
)
POL_TIPS = (
    "依法登记的慈善组织才能开展公开募捐，募捐信息可在“慈善中国”平台查询",
    "慈善捐赠是无偿的，任何声称捐赠可以获利、返利的，都是诈骗",
    "正规慈善组织的收款方是单位账户，不会使用个人银行卡或个人收款码",
    "领取补助、救助金不需要预先缴纳任何费用",
    "遇到要求“先交钱再领钱”的，请立即挂断电话",
    "网上求助请通过正规平台核实信息，不要轻易向个人账户转账",
    "“爱心互助”“公益理财”承诺高额回报的，本质是非法集资或传销",
    "如不慎被骗，请立即拨打110或向当地公安机关报案，并保存好转账记录",
    "下载“国家反诈中心”APP，可以有效识别诈骗电话和链接",
    "多和子女沟通，不要相信陌生人的“内部消息”",
    "凡是拉你进群做“公益任务”的，都是刷单诈骗的变种",
)
POL_CLOSE = (
    "家里的老人手机上装好反诈APP",
    "发现可疑情况，第一时间拨打110",
    "转发提醒身边的人，特别是家里的老人！",
    "反诈没有旁观者，守护好自己的钱袋子",
    "{police}宣",
    "如有疑问，请拨打96110咨询",
    "爱心不能被利用，捐款请认准正规渠道",
    "看完点个赞，让更多人看到",
)


@genre(name="neg/police_charity_warning", kind=HARD, source_types=BOTH_SOURCES, weight=1.4)
def police_charity_warning(ctx: Context) -> Doc:
    """Police or anti-fraud-centre warnings describing fake charity, rebate and fee scams."""
    s = officials(ctx)
    s.update(grant=ctx.amount(5000, 100000), big=big_money(ctx, 100, 50000), city_short=ctx.city_short())
    bind(ctx, s)
    ctx.slot("org", ctx.org_name(ctx.pick(CHARITY_FIELDS)))
    parts = move(ctx, POL_OPEN) + move(ctx, POL_CASE, social=(0, 1), web=(1, 2))
    parts += move(ctx, POL_TIPS, social=(1, 3), web=(3, 5)) + move(ctx, POL_CLOSE, p=0.6)
    parts = [p for p in parts if p]
    title = ctx.pick(("反诈提醒", "警惕假慈善真诈骗", "这些“慈善”都是骗局", f"{s['police']}温馨提示", "慈善诈骗套路揭秘"))
    return Doc(title=title, paragraphs=parts, group=f"police:{s['police']}",
               source_hint=hint(ctx, ("weibo", "moments", "group_chat", "sms"), ("article", "notice", "news")))


# ---------------------------------------------------------------- warnings about 爱心互助 pyramids

MUTW_OPEN = (
    "“{app}”宣称“一月翻倍”，警方：典型的庞氏骗局",
    "{bureau}、{police}联合提示：谨防以“爱心互助”为名的非法集资",
    "“爱心互助”是慈善还是骗局？",
    "揭秘“{app}”：打着公益旗号的资金盘",
    "{police}提醒：“{app}”已被认定为传销平台，请立即停止参与",
    "当年的“善心汇”涉案数百亿，如今类似的“互助盘”又换了个名字出现",
    "身边有人拉你参加“爱心互助”？一定要看完这篇",
    "关于“{app}”涉嫌非法集资的风险提示",
)
MUTW_BODY = (
    "这类平台宣称“提供帮助”“得到帮助”，实际上就是用后来者的钱支付先来者的“收益”",
    "参与者需要购买“激活码”“排单币”，并通过拉人头获取推荐奖，具有明显的传销特征",
    "平台承诺的月收益高达30%以上，远远超过正常的投资回报，不可能长期维持",
    "一旦新加入的资金跟不上，平台就会以“系统升级”为由冻结提现，随后跑路",
    "打款在会员之间进行、平台“不碰钱”，只是为了逃避监管、转移风险",
    "所谓的“公益”“慈善”只是外衣，真正的目的是吸收资金",
    "根据相关法律，组织、领导传销活动的将被追究刑事责任，参与者的损失很难追回",
    "很多参与者是中老年人，被“穷人帮穷人”“人人为我我为人人”的口号打动",
)
MUTW_CLOSE = (
    "对于已经投入资金的群众，请尽快向当地公安机关报案",
    "真正的公益是不求回报的，“互助”不是发财的捷径",
    "这些平台的共同点是：先交钱、拉人头、高回报",
    "有关部门已对相关平台立案调查",
    "请广大群众切勿参与，已参与的请保留证据，及时向公安机关报案",
    "记住：高收益必然伴随高风险，承诺“稳赚不赔”的一定是骗局",
    "身边如有人推广此类平台，请及时举报",
    "转给家人朋友，别让辛苦钱打了水漂",
)


@genre(name="neg/mutual_aid_warning", kind=HARD, source_types=BOTH_SOURCES, weight=0.7)
def mutual_aid_warning(ctx: Context) -> Doc:
    """Warnings that explain how 爱心互助 / 互助盘 pyramids work and tell people to stay away."""
    bind(ctx, officials(ctx))
    ctx.slot("app", ctx.pick(("善心", "爱心", "仁爱", "同心", "互惠", "德善")) + ctx.pick(("汇", "互助社", "家园", "联盟")))
    parts = move(ctx, MUTW_OPEN) + move(ctx, MUTW_BODY, social=(1, 2), web=(3, 5)) + move(ctx, MUTW_CLOSE)
    return Doc(title=ctx.pick(("风险提示", "警惕“爱心互助”骗局", "互助盘的真相", "")), paragraphs=parts,
               group=f"mutualwarn:{ctx.slot('app')}", source_hint=hint(ctx, ("weibo", "moments", "forum_reply"), ("article", "news")))


# ---------------------------------------------------------------- court and arrest news

COURT_OPEN = (
    "{date}，{court}公开宣判一起以慈善为名的集资诈骗案",
    "打着“扶贫”旗号吸金{big}，{person}等{cnt3}人被判刑",
    "冒充基金会工作人员骗取“激活费”，{court}一审判处被告人{person}有期徒刑{years}年",
    "{police}破获一起假借慈善名义诈骗案，抓获犯罪嫌疑人{cnt3}名",
    "私自成立“{org}”收取会费、颁发证书，{person}因诈骗罪获刑",
    "“爱心互助”平台负责人被批捕！{police}通报案情",
    "以“捐赠返利”为诱饵，{cnt3}人犯罪团伙落网",
    "伪造红头文件、以评奖为名敛财，“{org}”实际控制人被判刑",
)
COURT_BODY = (
    "经审理查明，被告人{person}于{year}年起以“{org}”名义对外开展活动，先后向{cnt}名会员收取会费、理事费共计{big}",
    "被告人虚构“慈善项目投资”，承诺高额返利，以个人账户收取投资款，所得款项用于个人挥霍",
    "警方调查发现，该团伙在多个社交群中发布虚假的大病求助信息，盗用他人病历照片，收款使用的是团伙成员的个人收款码",
    "法院认为，被告人以非法占有为目的，采用虚构事实的方法骗取他人财物，数额特别巨大，其行为已构成诈骗罪",
    "该平台以“爱心互助”为名，要求会员缴纳“排单费”，并按发展下线的人数和层级计酬，涉案人员遍布{provs}个省份",
    "案发后，公安机关冻结涉案资金{fee}，并依法追缴赃款",
    "庭审中，被告人对指控的犯罪事实供认不讳，当庭表示认罪悔罪",
    "据办案民警介绍，被害人多为退休老人，其中年龄最大的已经八十多岁",
    "法院同时判决，责令被告人退赔各被害人经济损失",
    "该组织从未在民政部门登记，其颁发的“{title}”证书没有任何效力",
)
COURT_CLOSE = (
    "本案的宣判，为打击以慈善为名的违法犯罪起到了警示作用",
    "检察官提醒，参与传销的下线也可能承担法律责任",
    "法官提醒：慈善捐赠不会带来回报，承诺返利的“慈善”都是陷阱",
    "目前，案件已移送检察机关审查起诉",
    "宣判后，被告人表示不上诉",
    "此案系本地首例以“慈善”为名的集资诈骗案",
    "警方提醒广大群众，捐款请通过依法登记的慈善组织和民政部指定的募捐平台",
    "案件仍在进一步侦办中",
)


@genre(name="neg/court_news", kind=HARD, source_types=BOTH_SOURCES, weight=1.0)
def court_news(ctx: Context) -> Doc:
    """Court verdict and arrest news on fake charities and illegal organizations."""
    s = officials(ctx)
    s.update(court=ctx.pick((f"{ctx.city_short()}市中级人民法院", f"{ctx.place()}人民法院", f"{ctx.city_short()}市人民法院")),
             big=big_money(ctx, 50, 300000), years=str(ctx.rng.randint(2, 15)), fee=big_money(ctx, 10, 5000),
             provs=str(ctx.rng.randint(3, 28)))
    bind(ctx, s)
    ctx.slot("org", banned_org(ctx))
    parts = move(ctx, COURT_OPEN) + move(ctx, COURT_BODY, social=(1, 1), web=(2, 4)) + move(ctx, COURT_CLOSE, p=0.8)
    title = ctx.pick(("以慈善为名敛财，获刑！", f"{s['court']}宣判一起诈骗案", "“爱心互助”平台负责人获刑", "假基金会骗局告破"))
    return Doc(title=title, paragraphs=parts, group=f"court:{ctx.slot('org')}",
               source_hint=hint(ctx, ("weibo", "moments"), ("news", "article")))


# ---------------------------------------------------------------- registered associations doing member services

REG_HEADER = (
    "{org}（{kind}，登记证号{regno}）会员服务公告",
    "【{org}】本会登记信息可在中国社会组织政务服务平台查询，统一社会信用代码{code}",
    "{org}（统一社会信用代码：{code}）",
    "{org}  登记证号：{regno}  统一社会信用代码：{code}",
    "本会是经{bureau}依法登记的社会团体，统一社会信用代码{code}，业务主管单位为{sponsor}",
    "{org}成立于{year}年，由{sponsor}主管、{bureau}登记，是非营利性社会组织",
    "单位名称：{org}｜登记管理机关：{bureau}｜社会信用代码：{code}",
    "{org}是依法在{bureau}登记注册的{kind}，登记证书号{regno}",
)
REG_SERVICE = (
    "会员单位可扫码缴纳会费，收款方为本会对公账户，缴费后自动开具电子票据",
    "本会开展的爱心捐款活动通过市慈善总会统一接收，本会不直接收取任何个人捐款",
    "本月会员服务日安排：{date}下午在会员之家举办政策解读沙龙，欢迎会员单位报名参加",
    "协会秘书处将于下周组织会员企业赴{city2}开展交流考察，名额三十人，费用自理",
    "根据会员代表大会审议通过的会费标准，{year}年度会费为每单位{fee}，请于年底前缴纳至本会对公账户",
    "会费缴纳后，本会将开具社会团体会费统一票据，请会员单位注意查收",
    "本会为会员提供免费的法律咨询、技能培训和行业信息服务，欢迎来电咨询",
    "第{n}届理事会第{m}次会议于{date}召开，会议审议了年度工作报告和财务报告",
    "新入会的会员单位请填写入会申请表，经理事会审议通过后发放会员证",
    "本会年度工作报告已按规定报送登记管理机关，并在本会网站公开",
    "本会不以任何形式向会员摊派费用，不强制入会，不开展未经批准的评比表彰",
    "协会换届选举工作按照章程规定进行，候选人名单已在会员群内公示",
    "受会员单位委托，本会整理了最新的行业标准汇编，会员可免费领取",
    "会员如对会费使用有疑问，可向监事会反映，本会财务收支每年接受审计",
)
REG_CONTACT = (
    "秘书处：{person}  {phone}",
    "本会监督电话：{phone}",
    "联系人：{person}  电话：{phone}",
    "地址：{address}",
    "本会对公账户：{org}，开户行：{bankname}，账号：{account}",
    "咨询电话：{phone}（工作日9:00-17:00）",
    "邮箱：{email}",
    "官方网站：{url}",
)


@genre(name="neg/registered_assoc_service", kind=HARD, source_types=BOTH_SOURCES, weight=1.3)
def registered_assoc_service(ctx: Context) -> Doc:
    """A registered association's member-service notice showing its credit code and registration number."""
    s = officials(ctx)
    s.update(sponsor=ctx.pick(("市科学技术协会", "市商务局", "市文化和旅游局", "市卫生健康委员会", "区工商业联合会", "省教育厅", "市农业农村局")),
             kind=ctx.pick(ORG_KINDS), city2=ctx.city(new=True), n=str(ctx.rng.randint(2, 9)), m=str(ctx.rng.randint(1, 12)),
             address=ctx.address(), bankname=ctx.pick(("工商银行", "建设银行", "农业银行", "中国银行")) + ctx.city_short() + "分行",
             email=ctx.pick(("xh", "office", "mishuchu", "hui")) + str(ctx.rng.randint(1, 999)) + ctx.pick(("@163.com", "@126.com", "@qq.com")),
             account=card_number(ctx))
    bind(ctx, s)
    ctx.main_org(national=ctx.maybe(0.3))
    parts = move(ctx, REG_HEADER) + move(ctx, REG_SERVICE, social=(1, 2), web=(2, 4)) + move(ctx, REG_CONTACT, social=(0, 1), web=(1, 3))
    parts = [p for p in parts if p]
    title = ctx.pick((f"{ctx.slot('org')}会员服务通知", f"关于缴纳{ctx.slot('year')}年度会费的通知", "会员之家", "协会动态", "通知公告"))
    return Doc(title=title, paragraphs=shuffle_middle(ctx, parts, 0.3), group=f"reg:{ctx.slot('org')}",
               source_hint=hint(ctx, ("moments", "group_chat"), ("org_site", "notice")))


# ---------------------------------------------------------------- legitimate academic conferences of registered bodies

CONF_OPEN = (
    "关于举办{year}年{field}青年学者论坛的通知",
    "{org}{year}年学术年会第二轮通知（日程安排）",
    "{org}{year}年学术年会第一轮通知",
    "关于召开第{n}届全国{field}学术研讨会的通知",
    "{org}定于{date}在{city}举办{year}年度学术交流会，现将有关事项通知如下",
    "为促进{field}领域学术交流，{org}与{univ}联合主办本次学术会议",
    "会议征文启事：{org}{year}年年会暨{field}发展论坛",
    "各会员单位、各位专家：{org}学术年会将于{date}召开",
)
CONF_BODY = (
    "会议主题：新时代{field}研究的理论与实践",
    "征文要求：论文须为未公开发表的原创成果，字数八千字以内，经专家评审录用的论文将收入会议论文集",
    "注册费：正式代表{fee}，学生代表减半，会议统一安排食宿，费用自理",
    "会议注册费请汇至本会对公账户，可开具增值税普通发票，不接受个人转账",
    "本次会议不收取论文评审费、版面费，也不向参会者颁发任何收费性质的证书或奖项",
    "参会人员可获得继续教育学分{n}分",
    "会议将设主旨报告、分论坛和青年学者论坛，欢迎踊跃投稿",
    "本会是经{bureau}登记的学术性社会团体，统一社会信用代码{code}",
    "投稿截止日期：{date2}",
    "会议地点：{univ}学术交流中心",
)
CONF_CLOSE = (
    "报名回执请于会前两周发送至会务组",
    "附件：会议回执表、参会交通指引",
    "{org}学术工作委员会",
    "会务联系人：{person}，电话{phone}",
    "投稿邮箱见本会官网{url}",
    "{org}秘书处",
    "{org}\n{date3}",
    "欢迎各位专家学者莅临指导",
)


@genre(name="neg/academic_conference", kind=HARD, source_types=BOTH_SOURCES, weight=1.0)
def academic_conference(ctx: Context) -> Doc:
    """A registered learned society's conference call, with fees to the unit account and no paid awards."""
    s = officials(ctx)
    s.update(univ=ctx.pick((f"{ctx.city_short()}大学", f"{ctx.province_short()}师范大学", f"{ctx.city_short()}理工大学",
                            f"{ctx.province_short()}医科大学", f"{ctx.province_short()}农业大学")),
             n=str(ctx.rng.randint(2, 30)), date2=ctx.date(), date3=ctx.date())
    bind(ctx, s)
    ctx.main_org(field=ctx.field(), national=ctx.maybe(0.5))
    parts = move(ctx, CONF_OPEN) + move(ctx, CONF_BODY, social=(1, 2), web=(3, 6)) + move(ctx, CONF_CLOSE, web=(1, 2))
    return Doc(title=ctx.pick(("会议通知", f"{ctx.slot('org')}学术年会通知", "征文通知", "学术动态")), paragraphs=parts,
               group=f"conf:{ctx.slot('org')}", source_hint=hint(ctx, ("moments", "group_chat", "weibo"), ("notice", "org_site")))


# ---------------------------------------------------------------- legitimate award notices following the rules

AWARD_OPEN = (
    "{org}关于{year}年度{award}评审结果的公示",
    "{award}申报指南（{year}年度）",
    "{year}年度{award}提名工作启动",
    "{org}关于开展{year}年度“{award}”推荐工作的通知",
    "经{approver}批准，{org}{year}年度{award}评选工作正式启动",
    "{org}第{n}届{award}获奖名单公示",
    "关于推荐{award}候选人的通知",
    "{award}评选结果揭晓，{cnt3}个项目获奖",
)
AWARD_BODY = (
    "本奖项已列入《全国评比达标表彰保留项目目录》，评选工作坚持公开、公平、公正原则",
    "评选不向参评单位和个人收取任何费用，请勿轻信任何以本会名义收费的信息",
    "推荐材料由各会员单位统一报送，个人不得自行申报",
    "获奖名单公示期为七个工作日，如有异议请以书面形式向本会反映",
    "评审委员会由高校、科研院所和行业专家组成，实行回避制度",
    "获奖者将获颁证书和奖牌，所需费用由本会承担",
    "凡以本会名义收取评审费、证书费的，均为假冒，请及时向本会或公安机关举报",
    "本会统一社会信用代码{code}，可在中国社会组织政务服务平台查询",
    "申报材料须真实准确，弄虚作假的一经查实取消评选资格",
    "评选结果将在本会官网和会刊上公布",
)
AWARD_CLOSE = (
    "附件：推荐书模板",
    "{org}奖励工作办公室",
    "请各单位按时报送材料",
    "受理时间：工作日上午九点至下午五点",
    "联系人：{person}，电话{phone}",
    "{org}\n{date}",
    "特此通知",
    "公示期间受理电话：{phone}",
)


@genre(name="neg/legit_award_notice", kind=HARD, source_types=BOTH_SOURCES, weight=0.9)
def legit_award_notice(ctx: Context) -> Doc:
    """A registered body's approved award notice that states it charges nobody and shows its code."""
    s = officials(ctx)
    s.update(award=ctx.pick(("科学技术奖", "青年科技奖", "优秀论文奖", "行业优秀成果奖", "优秀会员单位", "技术创新奖", "杰出工程师奖")),
             approver=ctx.pick(("国家科学技术奖励工作办公室", "全国评比达标表彰工作协调小组", "业务主管单位", "省评比达标表彰工作领导小组")),
             n=str(ctx.rng.randint(2, 30)))
    bind(ctx, s)
    ctx.main_org(field=ctx.field(), national=ctx.maybe(0.5))
    parts = move(ctx, AWARD_OPEN) + move(ctx, AWARD_BODY, social=(1, 2), web=(3, 5)) + move(ctx, AWARD_CLOSE)
    return Doc(title=ctx.pick(("评选通知", "获奖名单公示", f"{ctx.slot('award')}推荐工作通知")), paragraphs=parts,
               group=f"award:{ctx.slot('org')}", source_hint=hint(ctx, ("moments", "weibo"), ("notice", "org_site")))


# ---------------------------------------------------------------- legal fundraising on designated platforms

PLAT_OPEN = (
    "感谢爱心网友的捐款！“{project}”项目本周在{platform}筹得善款{target}",
    "爱心捐款请认准{platform}官方项目页：{foundation}“{project}”",
    "扫码进入{platform}项目页即可爱心捐款，善款直达{foundation}募捐账户",
    "{foundation}“{project}”公开募捐活动公告",
    "给大家推荐一个我们公司员工一直在支持的项目：“{project}”",
    "{foundation}“{project}”项目正在{platform}上线募捐，欢迎大家支持",
    "99公益日来了！今年我们继续在{platform}为“{project}”筹款",
    "【{project}】每一份捐赠都将用于{purpose}",
    "{foundation}联合{platform}发起“{project}”公益项目",
    "年底了，给大家推荐一个靠谱的公益项目：{foundation}的“{project}”",
    "我在{platform}发起了一起捐，为“{project}”筹款，目标{target}",
)
PLAT_BODY = (
    "扫码后跳转的是{platform}官方页面，收款方显示为{foundation}，请放心捐款",
    "每一笔爱心捐款都会生成电子捐赠凭证",
    "捐赠记录可以在{platform}的“我的捐赠”里查到，每一笔都对应项目编号",
    "项目执行后会发布结项报告，包括采购票据和受益人名单",
    "{foundation}已连续多年获评{grade}级社会组织",
    "本项目由具有公开募捐资格的{foundation}发起，募捐方案已在{bureau}备案，备案编号{record}",
    "善款由{platform}直接进入基金会账户，平台全程公示筹款进展和执行反馈",
    "项目执行进展会定期在{platform}项目页更新，捐赠人可随时查看",
    "捐赠后可在线申请公益事业捐赠统一票据，用于个人所得税税前扣除",
    "{foundation}登记证号{regno}，统一社会信用代码{code}，可在“慈善中国”平台查询",
    "项目预算和执行机构信息均已公开，欢迎社会监督",
    "本项目不会以任何形式通过个人账户收款，请认准{platform}官方页面",
    "去年该项目共帮助了{cnt}名{beneficiary}，审计报告已在官网公布",
    "每{unit}可以为一名{beneficiary}提供{purpose}",
    "如果是一起捐，发起人只是帮项目转发，钱直接进入{foundation}的募捐账户，个人不经手",
)
PLAT_CLOSE = (
    "欢迎监督，欢迎提出宝贵意见",
    "期待与您一起见证改变",
    "项目咨询：{phone}",
    "打开{platform}搜索“{project}”即可参与",
    "捐多捐少都是心意，转发也是支持",
    "感谢每一位捐赠人的信任",
    "项目详情请以{platform}页面为准",
    "愿每一份善意都被温柔以待",
)


@genre(name="neg/platform_fundraising", kind=HARD, source_types=BOTH_SOURCES, weight=1.4)
def platform_fundraising(ctx: Context) -> Doc:
    """Legal fundraising by a qualified charity on a designated platform, with its record number."""
    s = officials(ctx)
    s.update(
        foundation=ctx.pick((f"{ctx.province_short()}省慈善总会", f"{ctx.city_short()}市慈善总会", f"{ctx.province_short()}省青少年发展基金会",
                             ctx.org_name(field=ctx.pick(CHARITY_FIELDS), national=False), f"{ctx.city_short()}市红十字会",
                             f"{ctx.province_short()}省儿童少年福利基金会")),
        platform=ctx.pick(CHARITY_PLATFORMS),
        **dict(zip(("project", "purpose", "beneficiary"), ctx.rng.choice(PROJECTS))),
        record="5" + str(ctx.rng.randint(10000000000000000, 99999999999999999)) if ctx.maybe(0.5) else
        f"{ctx.rng.randint(2019, 2026)}{ctx.rng.randint(100000, 999999)}",
        target=ctx.amount(5000, 500000), unit=ctx.amount(20, 500), grade=ctx.pick(("3A", "4A", "5A")),
    )
    bind(ctx, s)
    parts = move(ctx, PLAT_OPEN) + move(ctx, PLAT_BODY, social=(1, 2), web=(3, 5)) + move(ctx, PLAT_CLOSE, p=0.8)
    return Doc(title=ctx.pick(("", f"“{s['project']}”项目介绍", "公益项目推荐", f"{s['foundation']}募捐公告")), paragraphs=parts,
               group=f"platform:{s['foundation']}", source_hint=hint(ctx, ("moments", "weibo"), ("org_site", "article", "notice")))


# ---------------------------------------------------------------- charity annual reports / information disclosure

ANNUAL_OPEN = (
    "{foundation}{year}年度慈善信息公开",
    "{foundation}关于公布{year}年度财务审计报告的公告",
    "{foundation}{year}年度捐赠收支情况公示",
    "{foundation}{year}年工作总结",
    "{foundation}{year}年度工作报告",
    "{foundation}关于{year}年度信息公开的公告",
    "根据《慈善法》和《慈善组织信息公开办法》，现将本会{year}年度工作情况公告如下",
    "{foundation}{year}年度审计报告摘要",
)
ANNUAL_BODY = (
    "全年接受社会捐赠收入{income}，其中公开募捐收入{income2}，全部通过本会对公账户和指定互联网募捐平台收取",
    "公益支出{spend}，占上年总收入的比例符合规定，管理费用{admin}",
    "年度共实施公益项目{cnt3}个，受益人次{cnt}",
    "本会{year}年度财务报表经{cpa}会计师事务所审计，出具了标准无保留意见的审计报告",
    "本会在{platform}开展的公开募捐活动均已备案，备案信息可在“慈善中国”查询",
    "年度检查结论为合格，社会组织评估等级为{grade}",
    "理事会共召开会议{n}次，审议通过了年度预算、项目计划等重大事项",
    "本会严格执行捐赠票据管理制度，为捐赠人开具捐赠票据{cnt}张",
    "接受捐赠物资折合人民币{income2}，已全部按捐赠人意愿分配使用",
    "本会未发生关联交易，无违法违规记录",
)


@genre(name="neg/charity_annual_report", kind=HARD, source_types=("web",), weight=0.7)
def charity_annual_report(ctx: Context) -> Doc:
    """A charity's annual report or disclosure notice with income, spending and audit figures."""
    s = officials(ctx)
    s.update(foundation=ctx.pick((f"{ctx.city_short()}市慈善总会", f"{ctx.province_short()}省扶贫基金会",
                                  ctx.org_name(field=ctx.pick(CHARITY_FIELDS), national=False),
                                  f"{ctx.city_short()}市红十字会", f"{ctx.province_short()}省慈善联合会")),
             income=ctx.amount(1000000, 90000000), income2=ctx.amount(100000, 9000000), spend=ctx.amount(800000, 80000000),
             admin=ctx.amount(50000, 900000), cpa=ctx.city_short() + ctx.pick(("正信", "中天", "华诚", "永信", "立信")),
             platform=ctx.pick(CHARITY_PLATFORMS), grade=ctx.pick(("3A", "4A", "5A")), n=str(ctx.rng.randint(2, 6)))
    bind(ctx, s)
    ctx.slot("code", ctx.credit_code(True))
    parts = move(ctx, ANNUAL_OPEN) + move(ctx, ANNUAL_BODY, web=(4, 7)) + [ctx.fill(ctx.pick((
        "统一社会信用代码：{code}", "{foundation}\n{date}", "监督电话：{phone}", "登记证号：{regno}；统一社会信用代码：{code}")))]
    return Doc(title=f"{s['foundation']}{ctx.slot('year')}年度报告", paragraphs=parts, group=f"annual:{s['foundation']}",
               source_hint=ctx.pick(("notice", "org_site")))


# ---------------------------------------------------------------- people posting that they donated or volunteered

DONOR_POST = (
    "公司爱心捐款活动，我们部门一起捐了{small}，钱是直接转到市慈善总会对公账户的",
    "扫码捐款之前特意查了一下，是有公开募捐资格的基金会，放心捐了",
    "孩子学校组织爱心义卖，所得款项全部捐给了区慈善协会，开了正规收据",
    "今天在{platform}给“{project}”捐了{small}，顺手领了捐赠票据，年底还能抵个税",
    "周末去{place}养老院做志愿者，陪老人包饺子，回来累但是很开心",
    "公司组织的99公益日配捐活动，员工捐一块公司配一块，钱是直接进基金会账户的",
    "第三次献血打卡✔ 献血证都攒了一沓了",
    "给母校的教育基金会捐了一笔，学校寄来了感谢信和正规捐赠发票",
    "跟着{org}的志愿者去山区送冬衣，孩子们的笑脸太治愈了",
    "月捐满一年啦，{platform}每个月都会推送项目进展，钱花在哪里清清楚楚",
    "今天社区组织“慈善一日捐”，通过慈善总会的对公账户捐的，现场开了收据",
    "参加了红十字会的应急救护培训，拿到了救护员证书，关键时刻能救命",
    "女儿用压岁钱在{platform}捐了一份营养午餐，还一本正经地查项目反馈",
    "做了一年的社区志愿者，积分换了一桶油哈哈，重点是认识了好多邻居",
    "看到{disaster}的新闻，第一时间在{platform}上找了有公开募捐资格的基金会捐款",
    "收到基金会寄来的年报，去年捐的钱帮了{cnt}个孩子，很欣慰",
    "马拉松公益跑报名了，报名费里有一部分捐给慈善总会的助学项目",
)
DONOR_TAIL = (
    "#公益# #随手公益#",
    "做公益量力而行，选靠谱的渠道最重要",
    "分享给大家，有兴趣的可以一起",
    "不为别的，就图个心安",
    "明年继续",
    "提醒一下，捐款认准平台和备案号，别扫来路不明的个人码",
    "🙏🙏",
    "心里暖暖的☀️",
)


@genre(name="neg/donated_volunteered", kind=HARD, source_types=("social",), weight=1.0)
def donated_volunteered(ctx: Context) -> Doc:
    """A person's post about having donated through a proper channel or volunteered."""
    ctx.slot("platform", ctx.pick(CHARITY_PLATFORMS))
    ctx.slot("project", ctx.pick(("营养午餐", "暖冬行动", "乡村图书角", "先心病儿童救治", "困境儿童助学", "母亲水窖")))
    ctx.slot("disaster", ctx.pick(("洪灾", "地震", "台风", "山火")))
    ctx.slot("cnt", str(ctx.rng.randint(20, 3000)))
    ctx.slot("org", ctx.pick((f"{ctx.city_short()}市志愿者协会", "蓝天救援队", f"{ctx.city_short()}市慈善总会", "青年志愿者协会",
                              f"{ctx.place()}社区志愿服务队", "大学生支教团", f"{ctx.city_short()}红十字会")))
    parts = move(ctx, DONOR_POST) + move(ctx, DONOR_TAIL, p=0.6)
    return Doc(title="", paragraphs=parts, group=f"donor:{ctx.person()}", source_hint=ctx.pick(("weibo", "moments", "comment")))


# ---------------------------------------------------------------- personal serious-illness help on a verified platform

ILL_OPEN = (
    "{rel}{disease}复发了，这次没办法只能在{iplatform}上求助，平台审核了三天才上线",
    "各位朋友，{rel}正在{hospital}做化疗，{iplatform}的筹款页面已经过审核",
    "很抱歉打扰大家，这是{rel}的{iplatform}筹款链接，医院证明和病历都已公示",
    "家人们，{rel}{date}确诊{disease}，我们在{iplatform}发起了筹款，麻烦大家帮忙转发",
    "纠结了很久还是决定发出来：{rel}得了{disease}，在{hospital}治疗",
    "感谢大家这段时间的关心，{rel}的手术很成功，筹款已经在{iplatform}上关闭了",
    "我是{kid}的爸爸，孩子患{disease}，目前在{hospital}住院",
    "帮同事转发：她的孩子{disease}，筹款链接是{iplatform}官方的，信息都经过平台审核",
)
ILL_BODY = (
    "筹款页面有医院诊断证明、病历和家庭财产情况，都经过了{iplatform}的审核公示",
    "所有善款由平台打到医院或患者本人的监管账户，提现需要提交医疗票据",
    "请大家通过平台链接支持，不要私下转账给我，也不要相信任何以我们名义收款的个人二维码",
    "目前已筹集{raised}，距离目标还差一些，实在不方便捐的帮忙转发就好",
    "治疗费用预计{need}，医保报销后自付部分仍然很多",
    "筹款资金的使用情况我会在平台动态里更新，接受大家监督",
    "平台上可以看到村委会和医院盖章的证明材料",
    "如果有人私信说可以帮忙“加急审核”“代收善款”的，一定是骗子",
)
ILL_CLOSE = (
    "这份恩情我们记一辈子",
    "每一份善意我们都会在平台上反馈",
    "愿大家都平平安安，健健康康",
    "平台链接在评论区",
    "谢谢每一位帮助过我们的人",
    "好人一生平安",
    "等{rel}好起来，我们也会把这份爱传递下去",
    "感恩🙏",
)


@genre(name="neg/illness_verified_platform", kind=HARD, source_types=("social",), weight=1.0)
def illness_verified_platform(ctx: Context) -> Doc:
    """A personal serious-illness appeal routed through a verified crowdfunding platform, not a private code."""
    ctx.slot("rel", ctx.pick(("我儿子", "我女儿", "我爸", "我妈", "我老公", "我爱人", "我弟弟")))
    ctx.slot("kid", ctx.person())
    ctx.slot("disease", ctx.pick(DISEASES))
    ctx.slot("hospital", ctx.city_short() + ctx.pick(HOSPITALS))
    ctx.slot("iplatform", ctx.pick(ILLNESS_PLATFORMS))
    ctx.slot("raised", ctx.amount(20000, 300000))
    ctx.slot("need", ctx.amount(100000, 800000))
    parts = move(ctx, ILL_OPEN) + move(ctx, ILL_BODY, social=(1, 3)) + move(ctx, ILL_CLOSE, p=0.6)
    return Doc(title="", paragraphs=parts, group=f"illness:{ctx.slot('kid')}", source_hint=ctx.pick(("moments", "weibo", "group_chat")))


# ---------------------------------------------------------------- victims and relatives warning others

VICTIM_POST = (
    "我们村里有人拿着“爱心捐款”的本子挨家挨户收钱，说是{org}的，我查了根本没登记，已经报给村委会了",
    "我妈被拉进一个“公益配捐群”，前两次真的返了钱，第三次转了{fee}就被踢出群了，大家千万别信",
    "曝光一个骗子！打着{org}的旗号让我交{fee}当理事，说给发证书和牌匾，后来一查民政部根本没这个组织",
    "我爸七十多了，天天去听什么“扶贫项目”讲座，回来就要投钱，说每月分红，拦都拦不住，谁知道怎么办",
    "提醒一下大家，最近群里转的那个求助收款码是假的，我打电话到医院问过，根本没这个病人",
    "刚接到电话说我有一笔慈善补助要先交手续费，我直接挂了，这种就是骗子吧",
    "说个亲身经历：朋友拉我做“爱心互助”，排单等了半个月，平台直接关了，{fee}打了水漂",
    "我们小区好几个老人都被“民族资产解冻”骗了，先交钱登记，说能领几十万，现在人都找不到了",
    "姐妹们，直播间说私下转账帮老人的，我转了两百块后来发现是摆拍，已经举报了",
    "家里老人收到一个“{org}”寄来的获奖通知，要交{fee}证书费，我上中国社会组织网查了，查无此组织",
    "帮我妈报了警，骗子以基金会名义说给她发养老补贴，先后骗了{fee}",
)
VICTIM_TAIL = (
    "已经报警了，希望能追回来",
    "大家多提醒家里老人",
    "捐款一定走正规平台，个人收款码别扫",
    "记住，真慈善不会让你交钱领钱",
    "有同样遭遇的可以私信我，一起去报案",
    "转发扩散，别让更多人上当",
    "吃一堑长一智吧",
    "@{police} 麻烦查一下",
)


@genre(name="neg/victim_warning_post", kind=HARD, source_types=("social",), weight=0.9)
def victim_warning_post(ctx: Context) -> Doc:
    """Victims or relatives describing a charity or fake-association scam to warn others."""
    bind(ctx, officials(ctx))
    ctx.slot("fee", ctx.amount(200, 200000))
    ctx.slot("org", ctx.org_name(national=True))
    parts = move(ctx, VICTIM_POST) + move(ctx, VICTIM_TAIL, p=0.7)
    return Doc(title="", paragraphs=parts, group=f"victim:{ctx.slot('org')}",
               source_hint=ctx.pick(("weibo", "moments", "forum_reply", "comment")))


# ---------------------------------------------------------------- rumour rebuttals

RUMOR_OPEN = (
    "关于网传“{fund}”登记领款信息的说明",
    "不信谣、不传谣！“{fund}”发放补贴系诈骗",
    "{bureau}：近期网传的募捐倡议书并非本单位发布",
    "【辟谣】网传“{fund}面向全国发放补贴”系谣言",
    "近日网上流传一则“{org}招募理事、发放补助”的消息，经核实，该组织并未在民政部门登记",
    "网传“凡捐款满一定金额即可获得返利”的所谓慈善活动，{bureau}郑重声明：与本单位无关",
    "关于不法分子冒用本会名义开展募捐活动的严正声明",
    "网上流传的“某基金会发放助学金需缴纳激活费”的信息为诈骗信息",
)
RUMOR_BODY = (
    "本单位从未开展过相关活动，也未授权任何机构或个人代为开展",
    "经核查，本会从未委托任何个人以本会名义收取捐款，本会唯一的捐赠账户为单位对公账户",
    "本会不会以电话、短信方式通知领取补助，更不会要求预先缴纳任何费用",
    "所谓的“{fund}”纯属虚构，国家从未设立此类基金，请广大群众不要轻信",
    "对冒用本会名义的违法行为，本会已向公安机关报案，并保留追究法律责任的权利",
    "本会公开募捐信息均在民政部指定平台发布，请以本会官网和“慈善中国”公示信息为准",
    "请广大市民提高警惕，切勿向陌生个人账户转账",
    "如有疑问，请拨打本会官方电话{phone}核实",
)


@genre(name="neg/rumor_rebuttal", kind=HARD, source_types=BOTH_SOURCES, weight=0.7)
def rumor_rebuttal(ctx: Context) -> Doc:
    """Rebuttals and statements by authorities or real charities against fake payouts and impostors."""
    bind(ctx, officials(ctx))
    ctx.slot("fund", ctx.pick(("国家扶贫基金", "民族资产", "乡村振兴专项基金", "中华扶贫基金", "共同富裕基金")))
    ctx.slot("org", ctx.org_name(field=ctx.pick(CHARITY_FIELDS)))
    parts = move(ctx, RUMOR_OPEN) + move(ctx, RUMOR_BODY, social=(1, 2), web=(2, 4))
    return Doc(title=ctx.pick(("辟谣", "严正声明", "郑重声明", "网传消息不实")), paragraphs=parts, group=f"rumor:{ctx.slot('org')}",
               source_hint=hint(ctx, ("weibo", "moments"), ("notice", "news")))



# ---------------------------------------------------------------- registered associations' tiered fee tables
# Facts: under 民发〔2014〕166号 a 社会团体's 会费标准 is set by its 会员（代表）大会 by secret ballot, has at most four
# tiers, is paid to the unit's account and receipted with the 社会团体会费统一票据.

FEE_TABLE_TITLES = (
    "关于收取{year}年度会费的通知", "{org}会费标准", "关于调整会费标准的通知", "{org}会费管理办法（{year}年修订）",
    "关于缴纳{year}年度会费的温馨提示", "入会须知：会费标准及缴纳方式", "{org}关于印发会费收取标准的通知",
    "会费标准公示", "{org}第{n}届理事会会员会费说明",
)
FEE_TABLE_BASIS = (
    "根据民政部、财政部《关于进一步明确社会团体会费政策的通知》（民发〔2014〕166号）和本会章程，现将{year}年度会费收取事项通知如下",
    "{org}第{n}届会员代表大会第{m}次会议于{date}召开，应到代表{delegates}人，实到{present}人，经无记名投票表决，审议通过了新的会费标准",
    "本会会费标准由会员代表大会审议决定，理事会、常务理事会不得制定或修改会费标准",
    "经本会会员大会表决通过，自{year}年起执行以下会费标准，原标准同时废止",
    "会费标准经{date}召开的会员代表大会以无记名投票方式通过，出席代表超过三分之二，赞成票过半数",
    "为保障协会正常运转和会员服务工作，依据章程第{article}条，会员应按规定缴纳会费",
    "本会会费分为{tiers}档，按会员在本会担任的职务确定，标准如下",
    "按照会员代表大会决议，本年度会费标准不作调整，继续执行{prev}年标准",
    "现将会员代表大会通过的会费标准予以公示，接受全体会员和社会监督",
    "各会员单位：{year}年度会费收缴工作即将开始，请对照本会会费标准按时缴纳",
)
FEE_TABLE_ROWS = (
    "会长单位：每年{t1}；副会长单位：每年{t2}；常务理事单位：每年{t3}；理事单位、会员单位：每年{t4}",
    "副会长单位{t2}/年\n常务理事单位{t3}/年\n理事单位{t4}/年\n会员单位{t5}/年",
    "一、副会长单位，{t2}/年；二、常务理事单位，{t3}/年；三、理事单位，{t4}/年；四、普通会员单位，{t5}/年",
    "会员类别及会费标准：常务理事{t3}，理事{t4}，会员{t5}（均为每年，共三档）",
    "个人会员每人每年{p1}，学生会员每人每年{p2}，单位会员每年{t4}",
    "（1）副会长单位 {t2}\n（2）常务理事单位 {t3}\n（3）理事单位 {t4}",
    "会费标准表（每年）：副会长{t2}，常务理事{t3}，理事{t4}，会员{t5}",
    "单位会员按职务分档缴纳：副会长单位{t2}、常务理事单位{t3}、理事单位{t4}；个人会员{p1}",
    "理事单位每年{t4}，常务理事单位每年{t3}，副会长单位每年{t2}，会长单位不另设档次，按副会长单位标准缴纳",
)
FEE_TABLE_RULES = (
    "理事、常务理事、副会长由会员代表大会或理事会选举产生，不以缴纳会费的多少确定，也不因缴费取得任何荣誉或职务",
    "会费请通过银行转账缴至本会对公账户，户名：{org}，开户行：{bankname}，账号：{account}",
    "本会不接受现金和个人账户收款，凡以个人名义收取会费的，均与本会无关",
    "缴费后本会开具财政部门监制的社会团体会费统一票据（电子），请在汇款备注中注明单位名称和“会费”字样",
    "会费主要用于开展章程规定的业务活动、会员服务和秘书处日常运转，收支情况每年向会员代表大会报告并接受审计",
    "会员享有自愿入会、自愿退会的权利，本会不强制入会，不强制会员参加各类收费活动",
    "新入会会员自批准入会之月起缴纳当年会费，年中入会的按剩余月份折算",
    "会员连续两年不缴纳会费的，视为自动退会，本会将在会员大会上予以通报",
    "本会收取会费以外，不向会员摊派任何费用，不以会费名义变相收取培训费、评比费",
    "会费票据请各会员单位财务部门妥善保存，可按规定入账",
    "对会费标准有疑问的会员可向本会监事会书面反映",
    "本会年度工作报告、财务审计报告在本会官网公开，欢迎会员查阅",
)
FEE_TABLE_REG = (
    "登记管理机关：{bureau}；业务主管单位：{sponsor}；统一社会信用代码：{code}",
    "本会系经{bureau}登记的社会团体法人，统一社会信用代码{code}，登记信息可在中国社会组织政务服务平台查询",
    "社会团体法人登记证书号{regno}，统一社会信用代码{code}",
    "单位名称：{org}｜统一社会信用代码：{code}｜登记管理机关：{bureau}",
    "本会登记证书、章程和会费标准在本会官网“信息公开”栏目公示，可登录chinanpo.mca.gov.cn核实",
    "{org}（统一社会信用代码{code}）由{sponsor}主管、{bureau}登记",
    "本会已连续{few}年年检（年报）合格，统一社会信用代码：{code}",
    "如需核实本会身份，请登录中国社会组织政务服务平台，输入统一社会信用代码{code}查询",
)
FEE_TABLE_CLOSE = (
    "联系人：{person}（秘书处），电话：{phone}",
    "{org}秘书处\n{date2}",
    "附件：会费缴纳回执表",
    "特此通知",
    "请各会员单位于{deadline}前完成缴纳，感谢大家对协会工作的支持",
    "监督电话：{phone}",
    "{org}\n{date2}",
    "如遇开票问题请联系财务{person}，{phone}",
)


def _fee_tiers(ctx: Context) -> dict[str, str]:
    """Four descending fee tiers in the forms associations print (元/年 in round hundreds)."""
    base = ctx.rng.choice((300, 500, 600, 800, 1000, 1500, 2000))
    steps = [base * k for k in (1, ctx.rng.choice((2, 3)), ctx.rng.choice((5, 6)), ctx.rng.choice((10, 12, 15)))]
    steps = sorted(set(steps))
    while len(steps) < 4:
        steps.append(steps[-1] * 2)
    fmt = ctx.pick(("{}元", "{}元", "人民币{}元", "{}"))
    t5, t4, t3, t2 = (fmt.format(v) for v in steps[:4])
    t1 = fmt.format(steps[3] * 2)
    return {"t1": t1, "t2": t2, "t3": t3, "t4": t4, "t5": t5, "p1": f"{ctx.rng.choice((100, 200, 300))}元",
            "p2": f"{ctx.rng.choice((50, 100))}元"}


@genre(name="neg/registered_fee_table", kind=HARD, source_types=BOTH_SOURCES, weight=1.0)
def registered_fee_table(ctx: Context) -> Doc:
    """A registered association's tiered 理事/常务理事/副会长 fee table adopted by its member congress, paid to its account."""
    s = officials(ctx)
    s.update(_fee_tiers(ctx))
    s.update(sponsor=ctx.pick(("市科学技术协会", "市商务局", "市文化和旅游局", "省工业和信息化厅", "区工商业联合会", "市农业农村局",
                               "省住房和城乡建设厅", "市卫生健康委员会", "中国科学技术协会", "市市场监督管理局")),
             n=str(ctx.rng.randint(2, 9)), m=str(ctx.rng.randint(1, 6)), delegates=str(ctx.rng.randint(60, 400)),
             article=str(ctx.rng.randint(8, 30)), tiers=ctx.pick(("三", "四")), prev=str(ctx.rng.randint(2018, 2024)),
             present="", deadline=ctx.date(), date2=ctx.date(), few=str(ctx.rng.randint(3, 12)),
             bankname=ctx.pick(("工商银行", "建设银行", "农业银行", "中国银行", "交通银行")) + ctx.city_short() + "分行",
             account=card_number(ctx))
    s["present"] = str(int(s["delegates"]) - ctx.rng.randint(2, 20))
    bind(ctx, s)
    for _ in range(5):  # foundations have no members and no 会费
        name = ctx.org_name(national=ctx.maybe(0.45))
        if not name.endswith("基金会"):
            break
    ctx.slot("org", name)
    parts = move(ctx, FEE_TABLE_BASIS, web=(1, 2)) + move(ctx, FEE_TABLE_ROWS)
    parts += move(ctx, FEE_TABLE_RULES, social=(1, 2), web=(2, 5))
    parts += move(ctx, FEE_TABLE_REG, p=0.7 if ctx.is_social else 0.95)
    parts += move(ctx, FEE_TABLE_CLOSE, p=0.5 if ctx.is_social else 0.9, web=(1, 2))
    return Doc(title=ctx.fill_pick(FEE_TABLE_TITLES), paragraphs=shuffle_middle(ctx, parts, 0.3),
               group=f"reg:{ctx.slot('org')}", source_hint=hint(ctx, ("group_chat", "moments"), ("notice", "org_site")))


# ---------------------------------------------------------------- one- or two-line pleas through verified channels

SHORT_VERIFIED_CHANNEL = {
    "sick": (
        "已经在{iplatform}上发起筹款，医院证明平台都审核过，链接在评论区",
        "{iplatform}的链接在评论区，病历和诊断书都公示了，请不要私下转账给我",
        "筹款走的是{iplatform}，钱直接打到医院账户，能帮的点链接",
        "我们只在{iplatform}筹款，有人私信要账号的都是骗子",
        "{iplatform}页面有医院盖章的证明，转发就是帮忙",
        "{iplatform}链接在评论区",
        "在{iplatform}筹的，平台审核过",
    ),
    "disaster": (
        "捐款请通过{platform}上{charity}的官方项目，别扫私人收款码",
        "想帮忙的可以在{platform}搜“{disaster}救灾”，是{charity}的公开募捐项目",
        "{charity}已经上线救灾项目，在{platform}就能捐，有电子票据",
        "捐款请认准{charity}官方渠道，不要转给个人",
        "捐款走{charity}官方渠道",
        "{platform}上有{charity}的救灾项目",
    ),
    "student": (
        "可以通过{charity}在{platform}的助学项目一对一资助，有捐赠票据",
        "想资助的在{platform}搜{charity}的助学项目，钱不经过个人",
        "学校已经联系了{charity}，资助走{platform}，过程全公开",
        "别转给个人，走{charity}的官方助学通道",
        "{charity}有官方助学项目",
    ),
}
# Names, not phrasings: the positives impersonate some of the same registered charities.
SHORT_VERIFIED_VOCAB = {"charity": ("中国红十字基金会", "壹基金", "中国青少年发展基金会", "中华慈善总会", "{cs}市慈善总会",
                                    "中国乡村发展基金会", "{cs}市红十字会", "中国扶贫基金会")}


@genre(name="neg/short_verified_plea", kind=HARD, source_types=("social",), weight=0.9)
def short_verified_plea(ctx: Context) -> Doc:
    """The short plea's twin: the same sick-child, disaster or student line, with money routed through 水滴筹/轻松筹
    with hospital proof or a registered charity's project on a designated platform, never a personal account."""
    from training.corpus.genres.pos_charity import SHORT_PLEA_TAILS, short_plea_need

    need = short_plea_need(ctx)
    ctx.slot("cs", ctx.city_short())
    bind(ctx, {"iplatform": ctx.pick(ILLNESS_PLATFORMS), "platform": ctx.pick(CHARITY_PLATFORMS),
               "charity": ctx.fill(ctx.pick(SHORT_VERIFIED_VOCAB["charity"]))})
    parts = [need, ctx.fill_pick(SHORT_VERIFIED_CHANNEL[ctx.slot("case")])]
    if ctx.maybe(0.4):
        parts.append(ctx.pick(SHORT_PLEA_TAILS))
    text = "，".join(parts) if ctx.maybe(0.5) else "。".join(parts) + ctx.pick(("", "。", "！", "🙏"))
    return Doc(title="", paragraphs=[text], group=f"short_verified:{ctx.slot('kid')}",
               source_hint=ctx.pick(("weibo", "moments", "comment", "group_chat")))
