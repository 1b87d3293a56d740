"""Rendering of a generated Doc as a social post, plain web text or raw HTML page; the same chrome for every label."""

from __future__ import annotations

import html
import logging
import re

from training.corpus.context import FIELDS, Context
from training.corpus.genres.registry import SOCIAL_HINTS, WEB_HINTS, Doc

logger = logging.getLogger(__name__)

SOCIAL_MIN, SOCIAL_MAX = 15, 500
SENTENCE_END = re.compile(r"(?<=[。！？!?；\n])")

NICK_A = ("快乐", "静待", "阳光", "清风", "老", "小", "大", "追梦", "淡然", "幸福", "平安", "知足", "开心", "明月", "山水",
          "如意", "向上", "安静的", "爱吃", "不二", "一叶", "晨曦", "海边的", "半夏", "梦里", "城南", "北方的")
NICK_B = ("人生", "花开", "老王", "大叔", "阿姨", "姐姐", "书生", "果果", "一生", "行者", "猫咪", "小鱼", "茶客", "居士",
          "妈妈", "老兵", "百合", "梅子", "松柏", "老李", "菩提", "牛牛", "大海", "桂花", "鹿鹿")
WEB_SECTIONS = {
    "article": ("新闻动态", "工作动态", "行业资讯", "综合新闻", "专题报道", "文章中心"),
    "notice": ("通知公告", "公示公告", "政务公开", "信息公开", "文件通知", "重要通知"),
    "org_site": ("协会简介", "关于我们", "会员服务", "活动通知", "机构概况", "入会指南", "组织机构"),
    "news": ("社会", "国内", "公益", "法治", "地方", "民生", "要闻", "热点"),
    "list": ("信息公开", "公示名单", "政务公开", "通知公告", "数据发布"),
    "forum_thread": ("社区", "交流区", "综合讨论", "本地论坛", "生活版", "求助版"),
    "product": ("产品中心", "服务项目", "商城", "招生简章", "课程中心"),
    "blog": ("随笔", "日志", "文章", "生活", "原创"),
}
NAV_ITEMS = ("首页", "关于我们", "新闻中心", "通知公告", "政策法规", "会员服务", "联系我们", "党建工作", "专题专栏", "下载中心",
             "在线留言", "组织机构", "活动风采", "资料下载", "公益项目", "信息公开", "办事指南", "互动交流", "网站地图",
             "图片新闻", "视频中心", "人才招聘", "合作伙伴", "English")
SIDEBAR_HEADINGS = ("最新动态", "热门文章", "相关阅读", "推荐阅读", "通知公告", "图片新闻", "热点排行", "猜你喜欢", "友情链接")
HEADLINE_TEMPLATES = (
    "{city}举办第{n}届{field}文化节", "关于做好{year}年度{field}工作的通知", "{field}工作座谈会在{city}召开",
    "{year}年{field}行业发展报告发布", "{city}{field}志愿服务队走进社区", "{field}专题培训班顺利结业",
    "{city}启动{field}宣传月活动", "{field}进校园活动侧记", "{year}年{n}月工作简报", "{city}召开{field}工作推进会",
    "{field}知识问答", "一图读懂{field}新规", "{city}{field}展览开幕", "{field}发展论坛综述", "{year}年第{n}期简报",
    "{city}开展{field}调研", "{field}典型案例选编", "{city}表彰{year}年度先进个人", "{city}{year}年春节前走访慰问困难群众",
    "{city}{field}工作会议召开", "{city}{field}{year}年上半年工作总结", "{field}主题征文活动启事", "{field}政策解读（{n}）",
)
ICP_PREFIX = ("京", "沪", "津", "渝", "冀", "晋", "蒙", "辽", "吉", "黑", "苏", "浙", "皖", "闽", "赣", "鲁", "豫", "鄂", "湘",
              "粤", "桂", "琼", "川", "贵", "云", "陕", "甘", "青", "宁", "新")
TECH_SUPPORT = ("技术支持：", "网站建设：", "Powered by ", "设计制作：", "网站维护：")
CSS_SNIPPETS = ("body{margin:0;font-family:'Microsoft YaHei',SimSun;}", ".nav li{float:left;list-style:none;}",
                ".footer{background:#{c};color:#fff;text-align:center;}", ".content p{text-indent:2em;line-height:1.8;}",
                "a{color:#{c};text-decoration:none;}", ".header{height:{h}px;background:#{c};}",
                ".sidebar{width:{h}px;float:right;}", ".breadcrumb{font-size:12px;color:#666;}")
SCRIPT_SNIPPETS = (
    "var _hmt = _hmt || [];(function(){var hm=document.createElement('script');hm.src='https://hm.baidu.com/hm.js?{hex}';"
    "var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();",
    "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('config','UA-{n}-1');",
    "$(function(){$('.nav li').hover(function(){$(this).addClass('on');},function(){$(this).removeClass('on');});});",
    "document.getElementById('year').innerHTML=new Date().getFullYear();",
    "var swiper=new Swiper('.banner',{autoplay:{delay:{n}},loop:true});",
)

# Page furniture for long pages (same pools for every label): teaser summaries, reader comments, link lists, tags.
TEASER_TEMPLATES = (
    "{date}，{city}{多个部门|有关部门|相关单位}联合开展{field}{主题活动|宣传周|服务月}，{共有|吸引了}{few}{余名|多名}{市民|群众|居民}参与。",
    "{近日|日前|{date}}，{city}{field}{工作|培训|交流}{会议|座谈会}召开，{会议|与会人员}{总结|回顾}了{去年|上半年|前期}工作并部署了{下一步|下阶段}任务。",
    "{为|为了}{丰富|活跃}{社区|群众}{文化生活|业余生活}，{city}{某|}{街道|社区}{举办|组织}了{field}{展演|比赛|讲座}，{现场|活动}{气氛热烈|反响良好}。",
    "{记者|笔者}{从|在}{city}{获悉|了解到}，{今年|{year}年}{以来|前{few}个月}，{全市|当地}{field}{相关|}{工作|项目}{稳步推进|进展顺利}。",
    "{city}{第{few}届|年度}{field}{展览|展会|节}{近日|昨天}{开幕|落幕}，{展期|活动}{持续|为期}{few}天。",
    "{本期|这一期}{内容|专题}{聚焦|关注}{field}{领域|方面}的{新变化|新做法|典型经验}，{欢迎|请}{读者|大家}{留言|讨论}。",
    "{city}{图书馆|文化馆|博物馆}{推出|开设}{field}{公益|}{讲座|课堂|展览}，{市民|读者}{可|能}{通过|在}{公众号|官网}{预约|报名}。",
    "{随着|伴随着}{天气转凉|假期临近|年底到来}，{city}{各|}{社区|单位}{陆续|纷纷}{开展|组织}{安全检查|走访慰问|志愿服务}{活动|工作}。",
    "{据|根据}{统计|初步统计}，{year}年{city}{接待|服务}{游客|群众}{few}{万人次|千余人次}，{同比|较上年}{增长|提高}{few}%。",
    "{city}{交警|气象|文旅}部门{提醒|发布}：{近期|本周}{出行|外出}{请|需}{注意|关注}{天气变化|交通管制|景区限流}{信息|情况}。",
)
COMMENT_TEMPLATES = (
    "顶一下", "路过", "mark{|一下}，{回头|晚点|有空|明天}{细看|再看|慢慢看}", "{同城的|本地的|老乡}，{路过|支持一下|来看看|冒个泡}", "{写得|整理得|说得}{挺|很|蛮}{详细|清楚|全面}的，{收藏了|先马住|码一下}",
    "楼主辛苦了", "沙发", "坐等后续", "学习了{|，谢谢分享|，收藏|，感谢}", "{我家|我们单位|我老家}{也在|就在}{city}{附近|那边|边上}",
    "{图片|视频|附件}{加载不出来|打不开|看不了}，是{我网的问题|手机的问题|只有我这样}吗", "楼上说得{对|有道理}",
    "{转给|发给|分享给}{家里人|我爸妈|同事|朋友}{看看|瞧瞧|了}", "{前排|后排|路过}围观{|一下}", "{这个|这篇}{帖子|文章}顶上去", "已阅{|，谢谢}",
    "{有|谁|有没有人}知道{city}那边{具体|大概}在哪{吗|啊|？}", "{去年|上次|前两年}去{city}{的时候|出差|旅游}也{看到过|听说过|路过}",
    "{第一次|头一回|今天才}看到{这个|这些|这事}{|，涨知识了|，长见识}", "{先|}{收藏|保存}{了|}，{晚上|有空|周末|回家}再{看|细看|研究}", "{字|图|字体|图片}{太小了|有点小|小了点}，{手机上|老花眼|屏幕上|我这}{看不清|看着费劲|看不太清}",
    "{哈哈|嗯嗯|哦哦|嘿嘿}，{有意思|挺好|不错|长见识了}", "{楼主|作者|小编}{还|}{更新|继续写}{吗|不}", "{支持|赞|顶}{一个|一下|楼主}{👍|！|~|}", "{几点|什么时候|哪天}{开始的|结束|开始}{？|啊|呀}",
    "{地址|电话|链接|时间}能{再|}{发|贴}一下吗{|？|，谢谢}", "{看完了|读完了|刷完了}，{有点|挺|真}长{|啊|哈}", "{今天|这两天}{city}{下雨|降温|好热}，大家{注意|出门带伞}",
    "{坐标|人在|家在}{city}，{路过|冒个泡|来看看}", "{排版|格式|段落}{有点乱|乱了|挤在一起}，{凑合看|将就着看|能看懂}{吧|了}",
)
FORM_FIELDS = ("姓名", "性别", "出生年月", "民族", "政治面貌", "学历", "职称", "工作单位", "职务", "联系电话", "手机",
               "电子邮箱", "通讯地址", "邮政编码", "身份证号", "单位名称", "单位性质", "法定代表人",
               "联系人", "传真", "申报类别", "推荐单位", "主要业绩", "备注", "参会人数", "是否住宿",
               "到达时间", "发票抬头", "纳税人识别号", "所在省市", "专业特长", "从业年限")
FORM_TITLES = ("报名表", "申报表", "登记表", "回执", "推荐表", "采集表", "申请表", "回执表")  # short: heading lines stay < 8 chars
TAG_PREFIX = ("标签：", "关键词：", "Tags：", "热门标签：", "相关标签：")
LINK_HEADINGS = ("友情链接：", "相关链接：", "合作单位：", "相关网站：", "链接：")
READ_MORE = ("延伸阅读", "相关阅读", "推荐阅读", "热点推荐", "你可能还想看", "更多资讯")


def _fresh_fill(ctx: Context, templates: tuple[str, ...]) -> str:
    """Fill a furniture template with its own slot values, leaving the document's slots untouched."""
    saved = ctx.slots
    ctx.slots = {}
    try:
        return ctx.fill_pick(templates)
    finally:
        ctx.slots = saved


def _teasers(ctx: Context, k: int) -> str:
    items = [f"{_headline(ctx)}\n{_fresh_fill(ctx, TEASER_TEMPLATES)}" for _ in range(k)]
    return ctx.pick(READ_MORE) + "\n" + "\n".join(items)


def _comments(ctx: Context, k: int) -> str:
    floors = []
    for i in range(k):
        floors.append(ctx.pick((f"{i + 2}楼 {nickname(ctx)}：", f"{nickname(ctx)}：", f"{nickname(ctx)} {ctx.date()}\n", ""))
                      + _fresh_fill(ctx, COMMENT_TEMPLATES))
    return ctx.pick(("网友评论", "全部回复", "评论区", "最新评论", "回复")) + "\n" + "\n".join(floors)


def _headlines(ctx: Context, k: int) -> str:
    return ctx.pick(SIDEBAR_HEADINGS) + "\n" + "\n".join(_headline(ctx) for _ in range(k))


def _links(ctx: Context, k: int) -> str:
    names = [ctx.org_name(field=ctx.field(new=True)) for _ in range(k)]
    return ctx.pick(LINK_HEADINGS) + ctx.pick(("  ", " | ", "　", "\n")).join(names)


def _form(ctx: Context, k: int) -> str:
    blank = ctx.pick(("＿＿", "：", "□", "：＿＿"))
    rows = [f + blank for f in ctx.pick_n(FORM_FIELDS, k)]
    per_line = ctx.pick((2, 3, 4))  # single-field lines would repeat across pages
    lines = [ctx.pick(("  ", "　", " ")).join(rows[i:i + per_line]) for i in range(0, len(rows), per_line)]
    return ctx.pick(("附件：", "附件1：", "附：", "")) + ctx.pick(FORM_TITLES) + "\n" + "\n".join(lines)


def _tags(ctx: Context, k: int) -> str:
    return ctx.pick(TAG_PREFIX) + " ".join(ctx.pick_n(FIELDS, k))


def page_furniture(doc: Doc, ctx: Context, hint: str) -> list[str]:
    """Blocks a crawled page carries around its article (teasers, comments, link lists, forms, tags), by page style.
    A long-form page draws a target length independent of its body and adds blocks until it gets there, so page
    length says nothing about the label; other pages get an occasional block. Same pools for every label."""
    makers = [(_headlines, 5, 12), (_tags, 2, 6)]
    if hint in ("news", "article", "blog", "notice", "list"):
        makers.append((_teasers, 2, 4))
    if hint in ("forum_thread", "blog", "news", "article", "product"):
        makers.append((_comments, 3, 8))
    if hint in ("org_site", "notice", "list", "product"):
        makers += [(_links, 3, 8), (_form, 6, 16)]
    blocks: list[str] = []
    if not ctx.long_form:
        for maker, lo, hi in makers:
            if ctx.maybe(0.06):
                blocks.append(maker(ctx, ctx.rng.randint(lo, min(hi, lo + 2))))
        return blocks
    target = min(3200, max(700, int(ctx.rng.lognormvariate(7.1, 0.4))))
    size = len(doc.title) + sum(len(p) for p in doc.paragraphs)
    for _ in range(14):
        if size >= target:
            break
        maker, lo, hi = ctx.pick(makers) if ctx.maybe(0.85) or len(makers) < 3 else makers[-1]
        block = maker(ctx, ctx.rng.randint(lo, hi))
        blocks.append(block)
        size += len(block)
    return blocks


def nickname(ctx: Context) -> str:
    """A social-media nickname."""
    roll = ctx.rng.random()
    if roll < 0.4:
        return ctx.pick(NICK_A) + ctx.pick(NICK_B)
    if roll < 0.6:
        return "用户" + str(ctx.rng.randint(1000000, 7999999999))
    if roll < 0.8:
        return ctx.person() + ctx.pick(("", "", "_", "🌸", "☀️", str(ctx.rng.randint(1, 99))))
    return ctx.pick(NICK_B) + ctx.pick(("ing", "呀", "2020", "888", "_v", "的日常", "在路上"))


def _headline(ctx: Context) -> str:
    tmpl = ctx.pick(HEADLINE_TEMPLATES)
    return tmpl.format(city=ctx.city(new=True), field=ctx.pick(FIELDS), year=ctx.rng.randint(2018, 2026),
                       n=ctx.rng.randint(1, 12))


def split_sentences(text: str) -> list[str]:
    """Split Chinese text into sentences, keeping the end marks."""
    return [s for s in SENTENCE_END.split(text) if s]


def _cut(text: str, limit: int) -> str:
    """Cut text at the last sentence end not beyond limit (hard cut if none)."""
    if len(text) <= limit:
        return text
    out = ""
    for sent in split_sentences(text):
        if len(out) + len(sent) > limit:
            break
        out += sent
    return out.rstrip() if len(out) >= SOCIAL_MIN else text[:limit]


def site_name(doc: Doc, ctx: Context, hint: str) -> str:
    """The name shown in the page header: the org itself, a news portal, a government office or a forum."""
    if "site" in doc.extras:
        return doc.extras["site"]
    if hint in ("org_site", "product") and ctx.slots.get("org"):
        return ctx.slots["org"]
    if hint in ("news", "article"):
        return ctx.pick((f"{ctx.city_short()}新闻网", f"{ctx.province_short()}日报", "中国社会组织动态", "公益时报网",
                         f"{ctx.city_short()}在线", f"{ctx.province_short()}网", "社会组织网", f"{ctx.city_short()}晚报",
                         "新华网", "人民网", "中国新闻网", "澎湃新闻", f"{ctx.city_short()}发布"))
    if hint in ("notice", "list"):
        return ctx.pick((f"{ctx.city_short()}市民政局", f"{ctx.province_short()}省民政厅", "民政部",
                         f"{ctx.city_short()}市人民政府", f"{ctx.province_short()}省社会组织管理局",
                         ctx.slots.get("org") or f"{ctx.city_short()}市社会组织服务中心"))
    if hint == "forum_thread":
        return ctx.pick((f"{ctx.city_short()}论坛", f"{ctx.city_short()}百事通", "天涯社区", f"{ctx.pick(FIELDS)}吧",
                         f"{ctx.city_short()}生活网", f"{ctx.pick(FIELDS)}爱好者论坛"))
    return ctx.slots.get("org") or f"{ctx.pick(FIELDS)}资讯网"


def record_url(doc: Doc, ctx: Context, source_type: str, hint: str) -> str | None:
    """The page or post address for a record (None for SMS and group chats)."""
    if "url" in doc.extras:
        return doc.extras["url"]
    if source_type == "social":
        rid = ctx.rng.randint(10 ** 8, 10 ** 10)
        if hint in ("sms", "group_chat"):
            return None
        if hint == "weibo":
            return f"https://weibo.com/{ctx.rng.randint(1000000000, 7999999999)}/{rid}"
        if hint == "moments":
            return None if ctx.maybe(0.5) else f"https://mp.weixin.qq.com/s/{''.join(ctx.pick('abcdefghijkXYZ0123456789') for _ in range(22))}"
        return ctx.url("forum")
    kind = {"news": "news", "article": "news", "notice": "gov", "list": "gov", "forum_thread": "forum",
            "product": "shop"}.get(hint, "org")
    if kind == "gov" and ctx.maybe(0.4):
        kind = "org"
    base = ctx.url(kind)
    if kind in ("org", "shop", "gov") and ctx.maybe(0.8):
        base = base.rstrip("/") + ctx.pick(("/news/", "/a/", "/html/", "/content/", "/tzgg/", "/xwzx/", "/article/")) + \
            f"{ctx.rng.randint(2018, 2026)}{ctx.rng.randint(1, 12):02d}/{ctx.rng.randint(1, 9999)}.html"
    return base


def choose_hint(doc: Doc, ctx: Context, source_type: str) -> str:
    """The rendering style: the genre's hint if it fits the source type, otherwise one drawn for the source type."""
    hints = SOCIAL_HINTS if source_type == "social" else WEB_HINTS
    if doc.source_hint in hints:
        return doc.source_hint
    if source_type == "social":
        return ctx.rng.choices(SOCIAL_HINTS, weights=(4, 3, 2, 3, 1.5, 1.5))[0]
    return ctx.rng.choices(WEB_HINTS, weights=(3, 2, 3, 2, 0.5, 1, 0.7, 0.8))[0]


# -- web ----------------------------------------------------------------------------------------------------------
def _meta_line(ctx: Context, hint: str) -> str:
    parts = []
    if ctx.maybe(0.8):
        parts.append(ctx.pick(("发布时间：", "发布日期：", "时间：", "日期：", "")) + ctx.date())
    if ctx.maybe(0.6):
        parts.append(ctx.pick(("来源：", "信息来源：", "稿源：", "作者：", "编辑：")) + ctx.pick(
            ("本站", "原创", ctx.person(), "综合", "办公室", "秘书处", f"{ctx.city_short()}日报", "网络", "新华社")))
    if ctx.maybe(0.5):
        parts.append(ctx.pick(("浏览次数：", "阅读：", "点击：", "浏览量：", "阅读量 ")) + str(ctx.rng.randint(3, 98765)))
    if ctx.maybe(0.2):
        parts.append(ctx.pick(("【字体：大 中 小】", "【打印本页】", "【关闭窗口】", "字号：T|T", "分享到：")))
    return ctx.pick(("  ", " | ", "　", " ")).join(parts)


def render_web_text(doc: Doc, ctx: Context, hint: str) -> str:
    """Plain text of a web page as a crawler's text extraction would give it: title, meta line, body, odd trailers."""
    lines = [doc.title] if doc.title else []
    meta = _meta_line(ctx, hint) if ctx.maybe(0.6) else ""
    if meta:
        lines.append(meta)
    lines.extend(p for p in doc.paragraphs if p)
    lines.extend(page_furniture(doc, ctx, hint))
    if ctx.maybe(0.25):
        lines.append(ctx.pick(("上一篇：", "上一条：", "相关新闻：", "推荐阅读：")) + _headline(ctx))
    if ctx.maybe(0.15):
        lines.append(ctx.pick(("（责任编辑：", "【编辑：", "（编辑 ", "责编：")) + ctx.person() + ctx.pick(("）", "】", "）", "")))
    return ctx.pick(("\n", "\n\n", "\n")).join(lines)


def render_html(doc: Doc, ctx: Context, hint: str) -> str:
    """A raw HTML page: head with title/style/script, navigation, breadcrumb, article, sidebar, contact block, footer."""
    esc = html.escape
    site = site_name(doc, ctx, hint)
    color = "".join(ctx.pick("0123456789abcdef") for _ in range(6))
    title_sep = ctx.pick(("_", " - ", "|", "—", " _ "))
    css = "".join(ctx.pick_n(CSS_SNIPPETS, ctx.rng.randint(2, 6))).replace("{c}", color).replace(
        "{h}", str(ctx.rng.randint(60, 320)))
    script = ctx.pick(SCRIPT_SNIPPETS).replace("{hex}", "%032x" % ctx.rng.getrandbits(128)).replace(
        "{n}", str(ctx.rng.randint(1000, 99999999)))
    nav = ctx.pick_n(NAV_ITEMS, ctx.rng.randint(5, 10))
    if "首页" in nav:
        nav.remove("首页")
    nav.insert(0, "首页")
    section = ctx.pick(WEB_SECTIONS.get(hint, WEB_SECTIONS["article"]))
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
           f'<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{esc(doc.title)}{title_sep}{esc(site)}</title>"]
    if ctx.maybe(0.6):
        out.append(f'<meta name="keywords" content="{esc(site)},{esc(section)},{esc(ctx.field())}">')
    if ctx.maybe(0.5):
        out.append(f'<link rel="stylesheet" href="/{ctx.pick(("css", "static/css", "skin", "template/default"))}/'
                   f'{ctx.pick(("style", "main", "common", "index"))}.css">')
    out.append(f"<style>{css}</style>")
    out.append(f"<script>{script}</script>" if ctx.maybe(0.5) else "")
    out.append("</head>")
    out.append(f'<body class="{ctx.pick(("page", "article", "detail", "inner", "main"))}">')
    out.append(f'<div class="header"><div class="logo"><a href="/">{esc(site)}</a></div>')
    out.append('<ul class="nav">' + "".join(f'<li><a href="/{i}/">{esc(item)}</a></li>' for i, item in enumerate(nav))
               + "</ul></div>")
    if ctx.maybe(0.8):
        crumb_home = ctx.pick(("当前位置：", "您的位置：", "位置：", ""))
        out.append(f'<div class="breadcrumb">{crumb_home}<a href="/">首页</a> &gt; <a href="/list/">{esc(section)}</a>'
                   f'{ctx.pick((" &gt; 正文", " &gt; 详情", "", " » 内容"))}</div>')
    out.append('<div class="main"><div class="article">')
    out.append(f"<h1>{esc(doc.title)}</h1>")
    meta = _meta_line(ctx, hint)
    if meta:
        out.append(f'<div class="info">{esc(meta)}</div>')
    out.append('<div class="content">')
    for para in doc.paragraphs:
        if not para:
            continue
        inner = "<br>".join(esc(line) for line in para.split("\n"))
        out.append(f"<p>{inner}</p>")
    if ctx.maybe(0.3):
        out.append(f'<p><img src="/uploads/{ctx.rng.randint(2018, 2026)}/{ctx.rng.randint(100000, 999999)}.jpg" '
                   f'alt="{esc(ctx.pick(("图片", "", doc.title[:10])))}"></p>')
    out.append("</div>")
    for block in page_furniture(doc, ctx, hint):
        heading, _, rest = block.partition("\n")
        out.append(f'<div class="{ctx.pick(("related", "comments", "links", "extra", "box"))}"><h3>{esc(heading)}</h3>'
                   + "".join(f"<p>{esc(line)}</p>" for line in rest.split("\n") if line) + "</div>")
    out.append("</div>")
    if ctx.maybe(0.75):
        out.append(f'<div class="sidebar"><h3>{ctx.pick(SIDEBAR_HEADINGS)}</h3><ul>')
        for _ in range(ctx.rng.randint(3, 8)):
            out.append(f'<li><a href="/a/{ctx.rng.randint(1000, 99999)}.html">{esc(_headline(ctx))}</a></li>')
        out.append("</ul></div>")
    out.append("</div>")
    if ctx.maybe(0.7):
        contact = [ctx.pick(("联系电话：", "电话：", "咨询热线：", "联系方式：", "Tel：")) + ctx.phone()]
        if ctx.maybe(0.6):
            contact.append(ctx.pick(("地址：", "办公地址：", "通讯地址：")) + ctx.address())
        if ctx.maybe(0.5):
            contact.append(ctx.pick(("邮箱：", "E-mail：", "电子邮箱：")) + ctx.wechat_id().replace("wxid_", "") + "@"
                           + ctx.pick(("163.com", "qq.com", "126.com", "sina.com", "foxmail.com")))
        if ctx.maybe(0.3):
            contact.append(ctx.pick(("邮编：", "邮政编码：")) + str(ctx.rng.randint(100000, 850000)))
        out.append('<div class="contact">' + "<br>".join(esc(c) for c in contact) + "</div>")
    y0 = ctx.rng.randint(2008, 2022)
    icp = f"{ctx.pick(ICP_PREFIX)}ICP备{ctx.rng.randint(10000000, 29999999)}号" + ctx.pick(("", "-1", "-2", "-3"))
    footer = [ctx.pick((f"版权所有 © {y0}-{ctx.rng.randint(y0, 2026)} {site}", f"Copyright © {y0} {site} All Rights Reserved",
                        f"©{ctx.rng.randint(y0, 2026)} {site} 版权所有", f"主办单位：{site}", f"{site} 版权所有 未经授权禁止复制")), icp]
    if ctx.maybe(0.4):
        footer.append(f"{ctx.pick(ICP_PREFIX)}公网安备 {ctx.rng.randint(11000000000000, 65999999999999)}号")
    if ctx.maybe(0.3):
        footer.append(ctx.pick(TECH_SUPPORT) + ctx.pick(("", "")) + ctx.pick(("易", "华", "创", "网", "云", "博")) +
                      ctx.pick(("达", "信", "联", "科", "通", "腾")) + ctx.pick(("网络", "科技", "信息技术", "互联")))
    out.append('<div class="footer">' + "<br>".join(esc(f) for f in footer) + "</div>")
    if ctx.maybe(0.4):
        out.append(f"<script>{ctx.pick(SCRIPT_SNIPPETS).replace('{hex}', '%032x' % ctx.rng.getrandbits(128)).replace('{n}', str(ctx.rng.randint(1000, 9999)))}</script>")
    out.append("</body></html>")
    return "\n".join(x for x in out if x)


# -- social -------------------------------------------------------------------------------------------------------
def _social_body(doc: Doc, ctx: Context, hint: str) -> str:
    sep = ctx.pick(("\n", "", " ", "\n", "\n\n")) if hint != "sms" else ctx.pick(("", " ", "，"))
    paras = [p for p in doc.paragraphs if p]
    body = sep.join(paras)
    if doc.title and ctx.maybe(0.3 if hint in ("weibo", "moments", "group_chat") else 0.1):
        frames = ("【{}】", "{}\n", "{}！", "「{}」") + (("#{}#",) if len(doc.title) <= 16 else ())
        body = ctx.pick(frames).format(doc.title) + body
    return body


def render_social(doc: Doc, ctx: Context, hint: str) -> str:
    """A social post in the platform's habits (Weibo, WeChat moments, forum reply, group chat, SMS, comment), 15-500 chars."""
    body = _social_body(doc, ctx, hint)
    prefix, suffix = "", ""
    if hint == "weibo":
        if ctx.maybe(0.3):
            prefix = f"#{ctx.pick((ctx.field(), ctx.city_short(), '公益', '关注', '求转发', '扩散', '身边事', '今日话题'))}#"
        if ctx.maybe(0.2):
            suffix = ctx.pick((f" @{nickname(ctx)}", " 网页链接", f" 📍{ctx.city_short()}", " 展开全文c", " 转发微博"))
        if ctx.maybe(0.15):
            suffix += f"//@{nickname(ctx)}:{ctx.pick(('转发', '扩散', '关注', '[doge]', '真的假的', '马', '了解一下', '帮转'))}"
    elif hint == "moments":
        if ctx.maybe(0.3):
            prefix = ctx.pick(("👇👇👇\n", "【转】", "转发：", "📢", "分享一下\n", "✨"))
        if ctx.maybe(0.3):
            suffix = ctx.pick(("[玫瑰]", "🙏", "\n有需要的私我", "\n朋友们帮忙转发", "💪💪", "[握手]"))
    elif hint == "forum_reply":
        if ctx.maybe(0.5):
            prefix = ctx.pick((f"回复 {ctx.rng.randint(2, 88)}楼 {nickname(ctx)}：", f"@{nickname(ctx)} ", "楼主，",
                               "顶一下。", "引用：", f"{ctx.rng.randint(2, 300)}楼："))
        if ctx.maybe(0.2):
            suffix = ctx.pick(("\n——来自手机客户端", " 顶", "\n[发自 iPhone]", "\n求回复", "\n谢谢楼主"))
    elif hint == "group_chat":
        if ctx.maybe(0.5):
            prefix = ctx.pick(("@所有人 ", "【群公告】", "各位群友：", "通知：", "各位亲，", f"{ctx.surname()}{ctx.pick(('会长', '秘书长', '老师', '主任'))}：",
                               f"{nickname(ctx)}：", "各位家人们，"))
        if ctx.maybe(0.2):
            suffix = ctx.pick(("\n收到请回复", "[抱拳]", "\n请互相转告", " 🙏🙏", "\n群里的朋友们看一下"))
    elif hint == "sms":
        sig = ctx.slots.get("org") or ctx.pick(("通知", "提醒", ctx.city_short()))
        if ctx.maybe(0.6):
            prefix = f"【{sig[:12]}】"
        if ctx.maybe(0.4):
            suffix = ctx.pick((" 回T退订", " 拒收请回复R", " 退订回TD", "", " 回N退"))
    elif hint == "comment":
        if ctx.maybe(0.3):
            prefix = ctx.pick(("说个事，", "我也是，", "+1 ", "附议。", "补充一下：", "真的，"))
    if ctx.long_form:
        limit = ctx.rng.randint(250, SOCIAL_MAX)
    else:
        limit = min(SOCIAL_MAX, int(ctx.rng.lognormvariate(5.3, 0.55)) + 20)
    room = max(SOCIAL_MIN, limit - len(prefix) - len(suffix))
    text = prefix + _cut(body, room) + suffix
    text = text.strip()
    if len(text) > SOCIAL_MAX:
        text = text[:SOCIAL_MAX]
    pads = ["，大家怎么看？", "  转给需要的朋友。", "，有知道的吗？", "，请周知。", "，先记下了。", "  今天就这样吧。", "，说说而已。"]
    while len(text) < SOCIAL_MIN and pads:
        text = (text + pads.pop(ctx.rng.randrange(len(pads)))).strip()
    return text
