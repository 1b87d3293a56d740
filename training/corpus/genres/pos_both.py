"""Both labels: fake 国字头 bodies soliciting donations to private accounts or with promised returns."""

from __future__ import annotations

import logging

from training.corpus.context import Context
from training.corpus.genres.pos_org import CONTACT, URGENCY, numbered, own_site_hint, with_background
from training.corpus.genres.registry import Doc, compose, genre, paragraphs_from

logger = logging.getLogger(__name__)

BOTH = ("charity_fraud", "illegal_org")
CHARITY_FIELDS = ("慈善", "公益", "扶贫", "乡村振兴", "爱心", "助学", "助残", "关爱老人", "救助", "志愿服务", "红色公益",
                  "慈善救助", "扶贫开发", "爱心互助", "公益事业", "儿童关爱", "抗灾救援")

DONATE_ACCOUNT = (
    "{爱心款|捐款|善款}请{转至|汇入|打到}{秘书长|负责人|财务}{person}{个人|}{账户|银行卡}：{account}。",
    "{扫码|扫描下方二维码}{即可|就能}{捐款|献爱心}，{收款人|收款码}{显示|是}“{person}”{是|为}{我会|本会}{财务|出纳}{|，请放心}。",
    "{支付宝|微信}{捐款|转账}：{phone}（{person}），{备注|注明}“{爱心捐款|捐助|善款}+姓名”。",
    "{捐款|善款}{统一|均}{由|交}{会长|秘书长}{person}{代收|统一管理}{|，每月公示}，{微信|支付宝}{同号|}{phone}。",
    "{因|由于}{对公账户|基金会账户}{正在|还在}{变更|年审}，{善款|捐款}{暂|暂时}{转入|打到}{工作人员|负责人}{个人|私人}{账户|卡}{account}。",
    "{捐赠|捐款}{方式|途径}：{1|①}.{银行卡|银行转账}{account}；{2|②}.{微信|支付宝}{wechat}{|（{person}）}。",
    "{爱心人士|好心人}{可以|可}{直接|}{把钱|把善款}{转给|发给}{我|我们会长}，{我们|会里}{统一|集中}{采购|送到}{物资|受助人手中}。",
    "{现场|活动现场}{设有|摆放}{功德箱|募捐箱|爱心箱}，{也可|或}{扫|扫描}{会长|工作人员}的{个人|}{收款码|二维码}{捐助|随喜}。",
)


def _org(ctx: Context, national: bool = True) -> str:
    national = national and ctx.maybe(0.85)
    if "org" not in ctx.slots and ctx.maybe(0.06):
        ctx.slot("org", ctx.known_org())
    return ctx.main_org(field=ctx.pick(CHARITY_FIELDS), national=national)


CHARITY_BACKGROUND = (
    "{org}成立于{year}年，{现有|拥有}{爱心会员|志愿者}{many}{余名|多人}，{在|于}{全国|各地}{设有|建立}{count2}个{服务站|工作站|联络处}。",
    "{多年来|近年来}，{org}{累计|先后}{资助|帮扶}{贫困学生|困难家庭|孤寡老人}{count}{余名|多户|人次}，{发放|捐赠}{物资|善款}{价值|合计}{bigamount}。",
    "{本会|{org}}{名誉会长|顾问}{由|为}{原|前}{有关部委|某省}{领导|老同志}{person2}{担任|同志}{|，多位爱心企业家任副会长}。",
    "{往期|上一期}{活动|项目}{受到|得到}{了|}{社会各界|当地政府}{好评|肯定}，{person2}、{person3}{等|}{爱心人士|企业家}{踊跃|带头}{参与|捐助}。",
    "{org}{办公地址|地址}：{address}{|；官网：{url}}。",
    "{本会|{org}}{秉持|坚持}“{公开透明|取之于民、用之于民|爱心、奉献、互助}”{的|}{原则|理念}，{接受|欢迎}{社会|爱心人士}{监督|咨询}。",
    "{活动|项目}{时间|周期}：{date}{至|—}{date2}{|，分{few}期进行}。",
    "{org}{宗旨|使命}：{扶贫济困|助学助老|救灾救难}，{弘扬|传递}{中华民族传统美德|社会正能量}{|，助力共同富裕}。",
)


def _doc(ctx: Context, title: str, sentences: list[str], hint: str | None = None) -> Doc:
    sentences = with_background(ctx, sentences, CHARITY_BACKGROUND)
    paragraphs = numbered(ctx, paragraphs_from(ctx, sentences))
    return Doc(title=title, paragraphs=paragraphs, group=ctx.slots["org"], source_hint=own_site_hint(ctx, hint))


# -- 1. fake national foundation: donations with promised returns -------------------------------------------------
REBATE_TITLES = (
    "{org}“{爱心|公益|慈善}{捐赠|众筹}{返利|回馈}{计划|工程}”{启动|说明}",
    "{参与|加入}{org}{公益|慈善}{项目|计划}，{既能|既}{做善事|献爱心}{又能|又}{得回报|有收益}",
    "{org}{第{nth}期|}{爱心|慈善}{配捐|捐赠}{活动|项目}{通知|公告}",
    "{关于|}{org}{公益|慈善}{积分|捐赠}{返还|兑付}的{说明|通知}",
)
REBATE_OPEN = (
    "{org}{是|系}{经|由}{国家|国务院}{有关部门|部委}{批准|指导}{成立|设立}的{全国性|国家级}{公益|慈善}{机构|组织}，{现|特}{推出|启动}“{爱心|公益}{捐赠|众筹}{返利|回馈}{计划|工程}”。",
    "{响应|落实}{国家|中央}{共同富裕|乡村振兴|精准扶贫}{号召|战略}，{org}{联合|携手}{多家|有关}{企业|单位}{开展|启动}{爱心|慈善}{配捐|捐赠}{活动|项目}{|，面向社会公开募集善款}。",
    "{各位|亲爱的}{爱心人士|会员|家人们}：{参与|加入}{org}{的|}{公益|慈善}{项目|计划}，{捐出|捐赠}{的|}{每一分钱|善款}{都|均}{将|会}{获得|得到}{国家|基金会}{配捐|补贴}{和|与}{回报|返还}。",
    "{org}{受|根据}{国家|有关部门}{委托|授权}，{负责|承担}{全国|各地}{扶贫|慈善}{资金|项目}的{募集|管理}{工作|}，{参与|捐赠}{者|的}{享受|可享}{国家|政策}{补贴|返利}。",
    "{我们|本会}{是|属}{国字头|国家级}{慈善|公益}{组织|机构}，{不是|绝不是}{网上|社会上}{那些|一些}{骗人的|骗子}{平台|组织}，{捐赠|捐款}{返利|返还}{有|是}{国家|政策}{保障|兜底}的。",
    "{恭喜|祝贺}{我们|本会}{第{nth}批|第{nth}期}{爱心会员|捐赠人}{收到|领到}{返利|回馈金|善款回报}{|，合计{bigamount}}！{下一期|新一期}{捐赠|活动}{已|已经}{开始|开放}。",
)
REBATE_TERMS = (
    "{捐赠|捐款}{fee}，{30|60|90}天{后|以后}{返还|回馈}{amount2}{|，相当于{做善事|献爱心}还能{赚钱|增值}}。",
    "{捐款|捐赠}{满|达到}{fee}{即可|就能}{成为|升级为}{org}{爱心理事|荣誉理事|慈善大使}，{享受|可享}{每月|每年}{分红|返利|补贴}{small}。",
    "{每|每一位}{捐赠人|爱心人士}{可|能}{获得|领取}{org}{颁发的|出具的}{捐赠证书|爱心证书}{和|及}{返利凭证|回馈卡}{|，凭证兑付}。",
    "{推荐|介绍}{新会员|亲友}{捐款|参与}，{推荐人|您}{可|还能}{获得|拿到}{捐款额|善款}{的|}{10%|15%|20%}{作为|当作}{公益奖励|爱心奖励}。",
    "{国家|基金会}{配捐|补贴}{比例|额度}{为|是}{1:1|1:2|1:3}，{您|个人}{捐|出}{fee}，{到账|返还}{时|后}{就是|变成}{amount2}。",
    "{返利|回馈金}{通过|经}{org}{统一|}{发放|兑付}{到|至}{个人|本人}{账户|微信}{|，已有{count}人领到}。",
    "{名额|额度}{有限|紧张}，{本期|这期}{配捐|返利}{资金|额度}{用完|领完}{即止|为止}，{下期|以后}{比例|收益}{会|可能}{降低|减少}。",
)


@genre(name="pos_both/donation_return_fund", labels=BOTH, kind="positive", weight=1.3)
def donation_return_fund(ctx: Context) -> Doc:
    """A fake national charity body collecting 'donations' that promise rebates, matching and dividends."""
    _org(ctx, national=True)
    sentences = compose(ctx, [
        (REBATE_OPEN, 1, 1), (REBATE_TERMS, 1, 0.8), (REBATE_TERMS, 0.8, 0.3), (REBATE_TERMS, 0.4, 0),
        (DONATE_ACCOUNT, 0.7, 0.5), (URGENCY, 0.3, 0.2), (CONTACT, 0.6, 0.4),
    ], shuffle_from=1, shuffle_to=4)
    return _doc(ctx, ctx.fill_pick(REBATE_TITLES), sentences)


# -- 2. fake branch / service station of a charity federation -------------------------------------------------------
STATION_TITLES = (
    "{org}{city}{服务站|工作站|分会}{爱心|慈善}{募捐|义捐}{倡议书|公告}",
    "{org}{city}{服务站|工作站}{揭牌|成立}{暨|及}{慈善|爱心}{捐赠|义卖}{仪式|活动}",
    "{关于|}{开展|举办}“{爱心|慈善}{一日捐|月捐|温暖行动}”的{倡议|通知}",
    "{org}{授予|表彰}{爱心企业|慈善之星|爱心大使}{名单|的决定}",
)
STATION_OPEN = (
    "{org}{city}{服务站|工作站|分会}{经|由}{总会|总部}{批准|授权}{成立|设立}，{是|作为}{总会|{org}}{在|于}{city}{唯一|指定}的{慈善|公益}{服务|募捐}{机构|窗口}。",
    "{近日|日前|{date}}，{org}{city}{服务站|工作站}{揭牌|成立}{仪式|大会}{在|于}{place}{举行|举办}，{现场|会上}{举行|开展}{了|}{慈善|爱心}{捐赠|募捐}{仪式|活动}。",
    "{各位|尊敬的}{爱心人士|企业家|乡亲们}：{org}{面向|向}{社会|全市}{发出|发起}“{爱心|慈善}{一日捐|月捐|温暖行动}”{倡议|号召}，{为|给}{困难群众|留守儿童|孤寡老人}{送去|献上}{温暖|关爱}。",
    "{org}{city}{服务站|分会}{在|于}{place}{开展|举办}{慈善|爱心}{义诊|义卖|文艺汇演}{活动|}，{现场|会场}{设|摆放}{功德箱|募捐箱}{|，收到善款{amount}}。",
    "{我们|本站}{是|属于}{国家级|全国性}{慈善组织|慈善联合会}{的|}{下属|派出}{机构|服务站}，{有|持有}{总会|{org}}{颁发的|授予的}{授权书|牌匾}{和|及}{公章|印章}。",
    "{表彰|感谢}{在|于}{本次|今年}{募捐|慈善}{活动中|行动中}{表现突出|慷慨解囊}的{爱心企业|爱心人士}，{org}{决定|特}{授予|颁发}{person}{等|}“{慈善之星|爱心大使|慈善楷模}”{称号|荣誉}。",
)
STATION_TERMS = (
    "{捐款|捐赠}{满|达}{fee}{的|者}{颁发|授予}“{爱心企业|爱心人士|慈善大使}”{证书|牌匾}{|，并在{org}官网公示}。",
    "{捐款|捐赠}{超过|达}{amount2}{的|者}{可|将}{聘为|推荐为}{org}{荣誉副会长|爱心理事|名誉会长}{|，颁发{党和政府|国家级}荣誉奖章}。",
    "{服务站|本站}{站长|负责人}{person}{同志|}{负责|统一}{收取|管理}{善款|捐赠}，{收据|捐赠证书}{由|加盖}{服务站|总会}{公章|印章}{出具|}。",
    "{所有|全部}{善款|捐款}{将|会}{用于|全部用于}{资助|帮扶}{贫困学生|孤寡老人|困难家庭}{|，每季度在群里公示}。",
    "{爱心人士|企业家}{可|能}{认捐|冠名}{爱心|慈善}{项目|活动}，{冠名费|认捐额}{bigamount}{|，可上台领奖}。",
    "{党政机关|有关领导}{高度|十分}{重视|支持}{本次|此次}{活动|募捐}{|，{请|希望}各单位踊跃参与}。",
)


@genre(name="pos_both/fake_charity_station", labels=BOTH, kind="positive", weight=1.1)
def fake_charity_station(ctx: Context) -> Doc:
    """A fake 'service station' of a national charity federation raising money and selling honours."""
    _org(ctx, national=True)
    sentences = compose(ctx, [
        (STATION_OPEN, 1, 1), (STATION_OPEN, 0.4, 0), (STATION_TERMS, 1, 0.7), (STATION_TERMS, 0.7, 0.3),
        (DONATE_ACCOUNT, 0.9, 0.7), (URGENCY, 0.15, 0.1), (CONTACT, 0.6, 0.4),
    ], shuffle_from=2, shuffle_to=5)
    return _doc(ctx, ctx.fill_pick(STATION_TITLES), sentences)


# -- 3. 'love mutual aid' association pyramid ----------------------------------------------------------------------
MUTUAL_TITLES = (
    "{org}“{爱心|公益}{互助|帮扶}{计划|工程}”{介绍|说明}",
    "{加入|参加}{org}，{人人|大家}{帮|助}我，我{帮|助}{人人|大家}",
    "{org}{会员|爱心会员}{升级|晋级}{规则|制度}",
    "{善心|爱心}{互助|接力}{第{nth}轮|本轮}{排单|帮扶}{开始|通知}",
)
MUTUAL_OPEN = (
    "{org}{是|系}{全国性|国家级}{公益|互助}{社团|组织}，{倡导|推行}“{人人为我，我为人人|我为人人，人人为我}”的{爱心|互助}{理念|模式}，{现|正}{面向全国|在全国}{发展|招募}{爱心会员|互助会员}。",
    "{加入|参加}{org}“{爱心|公益}{互助|帮扶}{计划|工程}”，{先|首先}{帮助|资助}{别人|其他会员}，{再|然后}{接受|获得}{别人|其他会员}的{帮助|资助}{|，善心必有善报}。",
    "{各位|亲爱的}{家人们|善友们}，{org}{第{nth}轮|本轮}{爱心|善心}{互助|接力}{排单|匹配}{开始了|已开启}{|，大家抓紧时间}。",
    "{我们|本会}{不是|绝对不是}{传销|资金盘}，{是|而是}{经|通过}{国家|民政}{有关部门|部门}{认可的|备案的}{公益|慈善}{互助|帮扶}{平台|组织}。",
    "{通过|依靠}{org}{的|}{爱心|公益}{互助|帮扶}{模式|平台}，{已|已经}{帮助|让}{count}{多个|余个}{家庭|会员}{脱贫|致富|渡过难关}。",
    "{只要|只需}{捐出|拿出}{一点|{small}}{爱心|善款}，{就能|即可}{收获|得到}{几倍|数倍|五倍}的{回报|帮助}{|，这是善心的力量}。",
)
MUTUAL_TERMS = (
    "{入会|注册}{需|须}{捐助|资助}{上级会员|帮扶对象}{fee}，{排单|匹配}{成功|完成}{后|以后}{可|能}{获得|收到}{下级|新会员}{资助|捐助}{amount2}。",
    "{会员|爱心会员}{分为|设}{爱心|善心|大爱}{会员|使者}{三|五}个{等级|星级}，{每升|升}{一级|一星}{需|须}{捐|交}{fee}{|，收益翻倍}。",
    "{直推|推荐}{每|一个}{新会员|人}{奖励|得}{small}，{团队|伞下}{满|达}{count}人{晋升|升级}{为|成为}{爱心董事|慈善大使}{|，享受全国分红}。",
    "{资助|捐助}{款|金}{直接|都}{打到|转到}{上级会员|受助会员}的{微信|支付宝|银行卡}{上|里}，{不经过|不走}{平台|协会}{账户|账},{安全|透明}。",
    "{500|300|100}天{内|之内}{收回|回本}{5|3|10}倍{善款|投入}{|，这是国家支持的公益创新模式}。",
    "{不|禁止}{在|于}{群里|外面}{讨论|质疑}{|互助}{模式|规则}，{发现|一经发现}{踢出|封号}{|处理}，{以免|防止}{影响|干扰}{大家|爱心}{排单|互助}。",
)


@genre(name="pos_both/mutual_aid_association", labels=BOTH, kind="positive", weight=0.9)
def mutual_aid_association(ctx: Context) -> Doc:
    """An unregistered 'love mutual aid' association running a donation pyramid with levels and rebates."""
    _org(ctx, national=True)
    sentences = compose(ctx, [
        (MUTUAL_OPEN, 1, 1), (MUTUAL_OPEN, 0.4, 0), (MUTUAL_TERMS, 1, 0.8), (MUTUAL_TERMS, 0.8, 0.3),
        (MUTUAL_TERMS, 0.4, 0), (DONATE_ACCOUNT, 0.3, 0.2), (CONTACT, 0.5, 0.4),
    ], shuffle_from=2, shuffle_to=5)
    return _doc(ctx, ctx.fill_pick(MUTUAL_TITLES), sentences)


# -- 4. fake relief committee appeal ---------------------------------------------------------------------------------
DISASTERS = ("洪灾", "地震", "山火", "台风", "旱灾", "疫情", "泥石流", "暴雪", "冰冻灾害")
RELIEF_TITLES = (
    "{org}{关于|}{为|支援}{city}{disaster}{灾区|受灾群众}{紧急|}{募捐|募集物资}的{倡议|公告}",
    "{紧急|急}！{org}{发起|启动}{city}{disaster}{救援|救助}{募捐|行动}",
    "{驰援|支援}{city}，{org}{在行动|救援队出发}",
    "{org}{抗灾|救灾}{募捐|捐款}{第{nth}期|}{公示|通报}",
)
RELIEF_OPEN = (
    "{近日|日前}，{city}{遭遇|发生}{严重|特大}{disaster}，{大量|数万}{群众|百姓}{受灾|无家可归}。{org}{紧急|第一时间}{发起|启动}{募捐|救助}{行动|活动}，{呼吁|号召}{社会各界|爱心人士}{伸出援手|慷慨解囊}。",
    "{org}{是|为}{国家级|全国性}{应急救援|救灾}{组织|机构}，{受|根据}{有关部门|国家}{委托|安排}，{负责|承担}{本次|此次}{city}{disaster}{救援|物资募集}{工作|任务}。",
    "{各位|亲爱的}{爱心人士|朋友们}，{org}{救援队|志愿者}{已|已经}{抵达|到达}{city}{灾区|一线}，{急需|缺少}{帐篷|食品|药品|饮用水}{等|}{物资|救灾物资}，{请|恳请}{大家|各位}{支持|捐助}！",
    "{灾情|疫情}{就是|便是}{命令|号令}，{org}{全体|广大}{会员|理事|志愿者}{积极|踊跃}{捐款捐物|捐助}，{同时|现}{向|面向}{社会|全国}{公开|}{募集|筹集}{善款|物资}。",
    "{org}{联合|携手}{有关|多家}{单位|企业}{成立|组建}{city}{disaster}{救助|救援}{专项|}{基金|工作组}，{目前|现已}{募集|收到}{善款|捐款}{bigamount}{|，仍有较大缺口}。",
)
RELIEF_TERMS = (
    "{捐款|捐赠}{满|达}{fee}{的|者}{颁发|授予}{org}{抗灾|救灾}{爱心|荣誉}{证书|奖章}{|，并吸收为荣誉会员}。",
    "{所有|每一笔}{善款|捐款}{将|会}{全部|统一}{用于|用来}{采购|购买}{救灾物资|生活物资}{|，由我会救援队直接送达灾区}。",
    "{本会|我们}{没有|不走}{慈善平台|公开募捐平台}{渠道|}，{是|为了}{减少|避免}{中间环节|手续费}，{请|可}{直接|}{转账|捐款}{到|给}{负责人|秘书长}{|个人账户}。",
    "{捐款|善款}{明细|名单}{将|会}{在|于}{群里|公众号}{定期|每日}{公示|公布}{|，接受大家监督}。",
    "{同时|另外}{招募|征集}{救灾|应急}{志愿者|队员}，{加入|入队}{需|须}{缴纳|交}{装备费|保险费|会费}{small}{|，发放{org}队员证}。",
)


@genre(name="pos_both/relief_committee_appeal", labels=BOTH, kind="positive", weight=1.0)
def relief_committee_appeal(ctx: Context) -> Doc:
    """A fake national 'rescue committee' raising disaster relief into private accounts and selling honours."""
    ctx.slot("disaster", ctx.pick(DISASTERS))
    _org(ctx, national=True)
    sentences = compose(ctx, [
        (RELIEF_OPEN, 1, 1), (RELIEF_TERMS, 1, 0.6), (RELIEF_TERMS, 0.7, 0.2), (DONATE_ACCOUNT, 1, 0.9),
        (URGENCY, 0.2, 0.1), (CONTACT, 0.6, 0.4),
    ], shuffle_from=1, shuffle_to=4)
    return _doc(ctx, ctx.fill_pick(RELIEF_TITLES), sentences)


# -- 5. online 'charity project' courses for the elderly --------------------------------------------------------------
COURSE_TITLES = (
    "{org}{腾讯会议|线上}{公益|慈善}{课堂|讲座}{第{nth}期|}{通知|安排}",
    "{叔叔阿姨|老年朋友}{福利|注意}：{org}{慈善项目|公益项目}{认购|参与}{说明|须知}",
    "{org}{慈善|公益}{项目|工程}{认捐|认购}{开始|开放}",
    "{听课|上课}{领|送}{鸡蛋|红包}，{org}{公益|慈善}{大讲堂|课堂}",
)
COURSE_OPEN = (
    "{各位|亲爱的}{叔叔阿姨|老年朋友|会员}：{org}{今晚|每天}{7|8}点{在|通过}{腾讯会议|线上}{开展|举办}{公益|慈善}{课堂|讲座}，{听课|签到}{就送|即领}{红包|积分|鸡蛋}。",
    "{org}{是|系}{国家级|全国性}{慈善|公益}{组织|联合会}，{承接|负责}{国家|部委}{慈善|扶贫}{项目|工程}，{现|特}{面向|向}{会员|社会}{开放|推出}{项目|善款}{认购|认捐}。",
    "{参与|认购}{org}{的|}{慈善|公益}{项目|工程}，{既能|既}{助力|支持}{国家|社会}{慈善事业|公益事业}，{还能|又能}{获得|拿到}{高额|丰厚|稳定}{返利|回报|收益}。",
    "{我|我们}{跟着|在}{org}{的|}{课堂|群里}{学习|听课}{几个月|半年}{了|}，{认购|参与}{了|}{慈善项目|爱心项目}，{每个月|每周}{都|都能}{领到|收到}{返利|收益}{|，真是好事}。",
    "{org}{联合|和}{某|}{国家级|央企}{平台|基金}{推出|开发}{慈善|公益}{APP|小程序}，{下载|注册}{后|以后}{可|就能}{认捐|认购}{项目|善款}{|，每天签到领补贴}。",
)
COURSE_TERMS = (
    "{项目|善款}{认购|认捐}{起点|起步}{fee}，{每月|每周}{返还|发放}{收益|补贴}{small}，{期满|到期}{本金|善款}{全额|如数}{退还|返还}。",
    "{认购|认捐}{金额|额度}{越多|越大}，{返利|收益}{越高|越多}{|，最高年化{few}0%}，{老会员|推荐人}{另有|还有}{奖励|分红}。",
    "{款项|认购款}{请|须}{转入|打到}{项目|老师}{指定|}{账户|个人账户}{account}{|，转账后截图给{person}老师}。",
    "{不要|别}{告诉|跟}{子女|儿女|家人}{说|讲}，{他们|年轻人}{不懂|不理解}{慈善|我们}{事业|项目}{|，以免影响项目收益}。",
    "{认购|参与}{满|达}{amount2}{的|者}{颁发|授予}“{慈善大使|爱心使者|公益之星}”{证书|称号}，{并|可}{受邀|被邀请}{赴京|去北京}{参加|出席}{年会|颁奖}。",
    "{课程|讲座}{结束|以后}{请|要}{在|到}{群里|接龙}{签到|报数}{|，签满{nth}天有礼品}。",
)


@genre(name="pos_both/elderly_charity_course", labels=BOTH, kind="positive", source_types=("social", "web"), weight=0.9)
def elderly_charity_course(ctx: Context) -> Doc:
    """A fake national charity federation luring the elderly via online 'classes' into 'charity projects' with returns."""
    _org(ctx, national=True)
    sentences = compose(ctx, [
        (COURSE_OPEN, 1, 1), (COURSE_TERMS, 1, 0.8), (COURSE_TERMS, 0.8, 0.3), (COURSE_TERMS, 0.4, 0),
        (CONTACT, 0.5, 0.3),
    ], shuffle_from=1, shuffle_to=4)
    return _doc(ctx, ctx.fill_pick(COURSE_TITLES), sentences, ctx.pick(("group_chat", "moments", "article", None)))


# -- 6. invented national foundation: 'aid' paid out after a fee -------------------------------------------------------
PAYOUT_TITLES = ("{org}{助学金|扶贫补贴|困难救助金}{发放|领取}{通知|说明}", "{关于|}{org}{year}年{帮扶资金|救助金}{申领|到账}的{通知|公告}",
                 "{org}{爱心|慈善}{补贴|救助}{审核|通过}{名单|通知}")
PAYOUT_LINES = (
    "{尊敬的|}{person}{您好|：}，{org}{year}年{助学金|扶贫补贴|困难救助金|慈善补助}{bigamount}{已|已经}{审核通过|批下来了}，{请|需}{先|于今日}{缴纳|交}{手续费|保证金|个人所得税}{fee}{后|以后}{即可|才能}{到账|发放}。",
    "{org}{是|系}{国家|有关部门}{批准|指导}的{全国性|国家级}{慈善|扶贫|助学}{基金|组织}，{现|正在}{向|给}{困难家庭|低保户|在校学生}{发放|拨付}{帮扶|救助}{资金|款}。",
    "{领取|申领}{补贴|救助金}{需|须}{先|预先}{办理|激活}{org}{会员|爱心卡|受助人证}，{工本费|激活费}{small}{|，到账后一并返还}。",
    "{资金|补贴}{通过|由}{org}{专户|指定账户}{发放|拨付}，{请|务必}{把|将}{费用|手续费}{转到|汇入}{工作人员|财务}{person2}{个人|}{账户|卡}{account}。",
    "{名额|资金}{有限|按批次发放}，{逾期|今天不办}{视为|就算}{自动放弃|放弃}{|，名额转给下一位}，{请勿|不要}{告知|告诉}{他人|别人}{以免|避免}{影响|耽误}{发放|到账}。",
    "{已有|目前已有}{count}{名|户}{受助人|家庭}{领到|收到}{补贴|救助金}{|，群里有到账截图}，{有疑问|不放心}{可|请}{加|联系}{person2}{老师|主任}{微信|}{wechat}。",
)


@genre(name="pos_both/fake_foundation_payout", labels=BOTH, kind="positive", source_types=("social", "web"), weight=0.8)
def fake_foundation_payout(ctx: Context) -> Doc:
    """An invented national foundation announcing aid payouts that first need a fee to a private account."""
    _org(ctx, national=True)
    sentences = compose(ctx, [(PAYOUT_LINES, 1), (PAYOUT_LINES, 1, 0.7), (PAYOUT_LINES, 0.8, 0.4), (PAYOUT_LINES, 0.5, 0),
                              (CONTACT, 0.4, 0.2)], shuffle_from=1, shuffle_to=4)
    return _doc(ctx, ctx.fill_pick(PAYOUT_TITLES), sentences, ctx.pick(("sms", "group_chat", "moments", None)))


# -- 7. invented national body's 'hope school' or sponsorship drive ------------------------------------------------------
SCHOOL_TITLES = ("{org}“{爱心|希望}{小学|书屋|食堂}”{捐建|认捐}{倡议|计划}", "{org}{一对一|结对}{助学|资助}{计划|招募}",
                 "{org}{山区|乡村}{助学|捐书|送温暖}{行动|活动}{启动|第{nth}期}")
SCHOOL_LINES = (
    "{org}{发起|启动}“{爱心|希望}{小学|书屋|食堂}{捐建|认捐}{计划|工程}”，{计划|拟}在{place}{等|}{贫困|偏远}{地区|山区}{捐建|援建}{few}所{学校|书屋|食堂}，{现|特}{向社会|面向全国}{募集|筹集}{善款|资金}。",
    "{捐款|认捐}{满|达}{fee}{的|者}{可|将}{获|获得}“{爱心大使|助学使者|荣誉理事}”{证书|牌匾}{|，捐建学校将以捐赠人名字命名}。",
    "{一对一|结对}{资助|助学}{每|一名}{学生|孩子}{每年|每学期}{fee}，{善款|款项}{请|统一}{转|汇}{到|至}{项目负责人|秘书长}{person}{个人|}{账户|微信}{account}。",
    "{org}{是|系}{经|由}{教育|有关}{部门|部委}{支持|指导}的{全国性|国家级}{助学|公益}{组织|联盟}{|，已资助学生{count}余名}。",
    "{为|为了}{节省|减少}{手续费|中间环节}，{善款|捐款}{不经过|不走}{募捐平台|对公账户}，{直接|统一}{由|经}{我们|工作人员}{交到|送到}{学校|孩子手里}{|，视频反馈}。",
    "{本期|这一期}{认捐|捐建}{名额|项目}{还剩|只剩}{few}个，{欢迎|请}{爱心企业|爱心人士}{踊跃|尽快}{认领|认捐}{|，可开具{org}捐赠证书}。",
)


@genre(name="pos_both/fake_school_drive", labels=BOTH, kind="positive", source_types=("social", "web"), weight=0.7)
def fake_school_drive(ctx: Context) -> Doc:
    """An invented national body's school-building or sponsorship drive collected privately, with honours for donors."""
    _org(ctx, national=True)
    sentences = compose(ctx, [(SCHOOL_LINES, 1), (SCHOOL_LINES, 1, 0.7), (SCHOOL_LINES, 0.8, 0.3), (SCHOOL_LINES, 0.4, 0),
                              (CONTACT, 0.5, 0.3)], shuffle_from=1, shuffle_to=4)
    return _doc(ctx, ctx.fill_pick(SCHOOL_TITLES), sentences)
