"""Evasion transforms (spaced names, 微信 variants, homophones, pinyin, emoji, traditional, full-width, zero-width) and style noise."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from training.corpus.context import Context

logger = logging.getLogger(__name__)

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff")
SPACERS = (" ", " ", "-", "·", "/", "_", "*", ".", "|", "～", "、")
WORD_EMOJI = ("❤", "🌸", "🔥", "✨", "🌹", "👍", "💰", "🙏", "⭐", "🌟", "🎉", "💐", "☀️", "🍀", "💯")
WECHAT_VARIANTS = ("V信", "薇信", "威信", "vx", "VX", "v信", "wx", "WX", "徽信", "卫星", "➕V", "加v", "维信", "V❤")
# Sensitive words and what evaders write instead; the same table is used on negatives so noise never predicts the label.
HOMOPHONES: dict[str, tuple[str, ...]] = {
    "捐款": ("涓款", "娟款", "juan款", "捐k", "捐💰"),
    "捐赠": ("涓赠", "捐zeng", "娟赠"),
    "捐": ("涓", "娟"),
    "慈善": ("词善", "慈膳", "ci善", "慈shan", "茨善"),
    "会费": ("会fei", "会废", "huì费", "会f"),
    "转账": ("转帐", "zhuan账", "转zhang", "zz"),
    "支付宝": ("zfb", "支fu宝", "ZFB", "吱付宝", "支护宝"),
    "银行卡": ("yhk", "银行k", "YHK", "银hang卡"),
    "微信": WECHAT_VARIANTS,
    "二维码": ("二wei码", "二维🐎", "码", "2维码", "erweima"),
    "返利": ("返l", "反利", "fan利", "返💰"),
    "返现": ("反现", "返xian", "fx"),
    "证书": ("正书", "证shu", "zs", "证📜"),
    "理事": ("理shi", "里事", "LS"),
    "协会": ("协hui", "斜会", "xh", "协➕会"),
    "收款": ("收kuan", "sk", "收💰"),
    "公益": ("公yi", "gong益", "公🉑"),
    "扶贫": ("扶pin", "fu贫"),
    "募捐": ("募涓", "mu捐", "募juan"),
    "汇款": ("汇kuan", "hk"),
    "费用": ("费yong", "fy"),
    "红包": ("hb", "红bao", "🧧"),
    "入会": ("入hui", "rh"),
    "授牌": ("授pai", "受牌"),
    "颁奖": ("颁jiang", "班奖"),
    "民政": ("民zheng", "mz"),
    "取缔": ("取di", "qd"),
}
PINYIN_ABBREVIATIONS = {"支付宝": "zfb", "银行卡": "yhk", "微信": "wx", "二维码": "ewm", "收款": "sk", "返利": "fl",
                        "公众号": "gzh", "私聊": "sl", "群主": "qz", "客服": "kf"}
SPLITTABLE = ("协会", "研究会", "联合会", "促进会", "委员会", "基金会", "研究院", "慈善", "捐款", "会费", "证书", "理事",
              "返利", "转账", "公益", "爱心", "扶贫", "募捐", "民政", "中华", "中国", "国际", "世界")
EVASIONS = ("spacing", "wechat", "homophone", "pinyin", "emoji", "traditional", "fullwidth", "zerowidth")
EVASION_WEIGHTS = (3, 2, 3, 1.5, 1.5, 1, 1, 1.5)


@lru_cache(maxsize=1)
def _s2t():
    import opencc  # imported lazily: only evasion needs it

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """Convert simplified to traditional Chinese with OpenCC."""
    return _s2t().convert(text)


def to_fullwidth(text: str) -> str:
    """Turn ASCII letters, digits and common symbols into their full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _space_word(word: str, ctx: Context) -> str:
    sep = ctx.pick(SPACERS)
    return sep.join(word)


def _targets(ctx: Context) -> list[str]:
    names = [v for k, v in ctx.slots.items() if k.startswith("org") and v]
    return names + list(SPLITTABLE)


def _replace_some(text: str, word: str, make, ctx: Context, p: float) -> str:
    """Replace each occurrence of word by make() with probability p (at least the first one when any is present)."""
    parts = text.split(word)
    if len(parts) == 1:
        return text
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out.append(make() if (i == 0 or ctx.maybe(p)) else word)
        out.append(part)
    return "".join(out)


def evade(texts: list[str], ctx: Context, kinds: list[str]) -> list[str]:
    """Apply the named evasion transforms to every text of one document (same choices across title and body)."""
    joined = "\x00".join(texts)
    for kind in kinds:
        if kind == "spacing":
            for word in ctx.pick_n(_targets(ctx), 3):
                joined = _replace_some(joined, word, lambda w=word: _space_word(w, ctx), ctx, 0.6)
        elif kind == "wechat":
            variant = ctx.pick(WECHAT_VARIANTS)
            joined = _replace_some(joined, "微信", lambda: variant, ctx, 0.8)
        elif kind == "homophone":
            for word in ctx.pick_n(tuple(HOMOPHONES), 6):
                if word in joined:
                    joined = _replace_some(joined, word, lambda w=word: ctx.pick(HOMOPHONES[w]), ctx, 0.7)
        elif kind == "pinyin":
            for word, abbr in PINYIN_ABBREVIATIONS.items():
                if word in joined and ctx.maybe(0.7):
                    joined = _replace_some(joined, word, lambda a=abbr: a.upper() if ctx.maybe(0.3) else a, ctx, 0.7)
        elif kind == "emoji":
            for word in ctx.pick_n(_targets(ctx), 4):
                if word in joined and len(word) >= 2:
                    cut = ctx.rng.randint(1, len(word) - 1)
                    emo = ctx.pick(WORD_EMOJI)
                    joined = _replace_some(joined, word, lambda w=word, c=cut, e=emo: w[:c] + e + w[c:], ctx, 0.6)
        elif kind == "zerowidth":
            for word in ctx.pick_n(_targets(ctx), 5):
                if word in joined:
                    zw = ctx.pick(ZERO_WIDTH)
                    joined = _replace_some(joined, word, lambda w=word, z=zw: z.join(w), ctx, 0.8)
        elif kind == "fullwidth":
            joined = "\x00".join(to_fullwidth(t) for t in joined.split("\x00"))
        elif kind == "traditional":
            joined = to_traditional(joined)
    return joined.split("\x00")


def choose_evasions(ctx: Context) -> list[str]:
    """One to three evasion kinds for a document (traditional and full-width at most once)."""
    k = ctx.pick((1, 1, 1, 2, 2, 3))
    chosen: list[str] = []
    while len(chosen) < k:
        kind = ctx.rng.choices(EVASIONS, weights=EVASION_WEIGHTS)[0]
        if kind not in chosen:
            chosen.append(kind)
    return chosen


TYPO_SWAPS = (("的", "地"), ("地", "的"), ("得", "的"), ("在", "再"), ("再", "在"), ("已", "以"), ("做", "作"),
              ("那", "哪"), ("账", "帐"), ("象", "像"), ("即", "既"), ("到", "倒"))
TAIL_EMOJI = ("😊", "🙏", "👍", "🌹", "💪", "❤️", "😂", "🤝", "✌️", "👏", "😭", "🙏🙏", "[玫瑰]", "[抱拳]", "[强]", "[微笑]",
              "[OK]", "[心]", "[鼓掌]", "[握手]", "[加油]", "[太阳]", "🔥🔥", "‼️", "❗", "⚠️", "📢", "👇👇")


def style_noise(text: str, ctx: Context) -> str:
    """Informal writing habits: punctuation swaps, repeated marks, emoji, typos, ASCII commas, extra spaces."""
    if ctx.maybe(0.25):
        text = text.replace("，", ctx.pick((",", "，", " ", "、", "，，")))
    if ctx.maybe(0.2):
        text = re.sub("[！!]", lambda m: ctx.pick(("！", "!!", "！！！", "!")), text)
    if ctx.maybe(0.15):
        text = text.replace("。", ctx.pick(("。", "～", "...", "。。。", "！", " ")))
    if ctx.maybe(0.3):
        for _ in range(ctx.rng.randint(1, 3)):
            a, b = ctx.pick(TYPO_SWAPS)
            idx = text.find(a, ctx.rng.randrange(max(1, len(text))))
            if idx >= 0:
                text = text[:idx] + b + text[idx + 1:]
    if ctx.maybe(0.35):
        marks = [m.end() for m in re.finditer("[。！？!?\n]", text)]
        for pos in sorted(ctx.pick_n(marks, ctx.rng.randint(1, 3)), reverse=True) if marks else ():
            text = text[:pos] + ctx.pick(TAIL_EMOJI) + text[pos:]
    if ctx.maybe(0.1):
        text = text.replace("？", "?").replace("：", ":")
    return text
