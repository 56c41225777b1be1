"""Words too common to help find a guide, per language (folded forms).

Dropped from queries only (never from the index), and only when the query
has other words: "what is eviction" searches for eviction, "the who" still
searches for something. Chinese entries are bigrams and single characters,
as the query side segments them.
"""

from .segmentation import fold

_WORDS = {
    "en": """a about am an and any are as at be been being but by can could did do does
        doing for from get gets got had has have having he her him his how i if in into is
        it its me my myself of on or our she should so than that the their them then there
        these they this those to too us was we were what when where which while who whom
        why will with would you your yours""",
    "cy": """a ac am ar at beth ble bod chi dan dros dw ei eich ein eu fe fi fy gan gyda hi
        hyn hynny i mae mewn na nad neu ni nhw o oes os pa pam rwy rydw sut sy sydd wedi y
        ydw ydy ydi yn yr yw ym ond""",
    "pl": """a aby ale bo by byc co czy dla do gdy i ich ja jak jaki jakie jest jestem jesli
        juz lub mi mnie moge moj moja moje moim mojego na nie o od po przez sa sie ta tak te
        ten to tu u w we z za ze zeby ktory ktora ktore czym mam moze""",
    "ar": """في من على الى عن مع هل ما ماذا كيف لماذا انا هو هي و او لا لم لن ان قد كان
        هذا هذه ذلك التي الذي عند لي لدي بعد قبل كل انني اني""",
    "zh": """的 了 嗎 呢 吧 我 你 他 她 是 在 有 和 與 及 或 也 都 就 要 會 怎麼 麼辦 什麼
        甚麼 可以 如果 是否 我的 我們 你的 他的 應該 怎樣 為何""",
}

STOPWORDS = {code: frozenset(fold(w) for w in text.split()) for code, text in _WORDS.items()}


def is_stopword(token: str, language: str) -> bool:
    words = STOPWORDS.get(language.split("-")[0], frozenset())
    folded = fold(token)
    if folded in words:
        return True
    # Single Latin letters carry no meaning on their own ("s" of "landlord's").
    return len(folded) == 1 and folded.isalpha() and folded.isascii()
