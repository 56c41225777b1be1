"""Search quality: for each query a reader might type, in each language, the
guide that answers it is in the top three, in every backend.

The queries are what people in trouble type: lay words instead of legal
ones, misspellings, no accents, Chinese with and without the regional word,
Arabic with the article attached.
"""

import pytest

from search import service

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("search-corpus")]

# (reader's language, query, key of the guide expected in the top three)
QUERIES = [
    # English: lay terms
    ("en", "kicked out by my landlord", "eviction-and-possession"),
    ("en", "landlord changed the locks", "illegal-eviction-and-harassment"),
    ("en", "how do I get my deposit back", "tenancy-deposits"),
    ("en", "mould in my flat", "disrepair-and-repairs"),
    ("en", "sacked for no reason", "unfair-dismissal"),
    ("en", "boss not paying me", "unpaid-wages"),
    ("en", "made redundant", "redundancy-rights"),
    ("en", "benefits stopped", "universal-credit-sanctions"),
    ("en", "bailiffs at the door", "debt-collectors-and-bailiffs"),
    ("en", "nowhere to live tonight", "homelessness-applications"),
    ("en", "refugee status", "claiming-asylum"),
    ("en", "my partner hits me", "domestic-abuse-protection-orders"),
    ("en", "see my kids after we split up", "child-arrangements"),
    ("en", "broken washing machine money back", "faulty-goods"),
    ("en", "council tax letter", "council-tax-arrears"),
    ("en", "PIP refused", "pip-appeals"),
    # English: misspellings
    ("en", "evicton", "eviction-and-possession"),
    ("en", "redundnacy pay", "redundancy-rights"),
    ("en", "discrimnation at work", "discrimination-at-work"),
    ("en", "asylm", "claiming-asylum"),
    # Welsh (with and without accents), and a guide only in English
    ("cy", "troi allan", "eviction-and-possession"),
    ("cy", "cael y sac", "unfair-dismissal"),
    ("cy", "beiliaid", "debt-collectors-and-bailiffs"),
    ("cy", "lleithder yn y tŷ", "disrepair-and-repairs"),
    ("cy", "budd-dal wedi stopio", "universal-credit-sanctions"),
    ("cy", "deiliad contract", "renting-in-wales-occupation-contracts"),
    ("cy", "gweld y plant", "child-arrangements"),
    ("cy", "asylum", "claiming-asylum"),
    # Polish: lay terms, inflections, no diacritics
    ("pl", "wyrzucili mnie z mieszkania", "eviction-and-possession"),
    ("pl", "eksmisji", "eviction-and-possession"),
    ("pl", "zwolnili mnie z pracy", "unfair-dismissal"),
    ("pl", "zwrot kaucji", "tenancy-deposits"),
    ("pl", "komornik", "debt-collectors-and-bailiffs"),
    ("pl", "wstrzymali zasilek", "universal-credit-sanctions"),
    ("pl", "wniosek o azyl", "claiming-asylum"),
    ("pl", "przemoc domowa", "domestic-abuse-protection-orders"),
    ("pl", "rozwod", "divorce-and-dissolution"),
    ("pl", "nie zaplacili mi wyplaty", "unpaid-wages"),
    # Arabic: with and without the article, lay terms
    ("ar", "الإخلاء", "eviction-and-possession"),
    ("ar", "طردوني من البيت", "eviction-and-possession"),
    ("ar", "فصلوني", "unfair-dismissal"),
    ("ar", "لجوء", "claiming-asylum"),
    ("ar", "العنف الأسري", "domestic-abuse-protection-orders"),
    ("ar", "رطوبة وعفن", "disrepair-and-repairs"),
    ("ar", "محتجز", "immigration-detention-bail"),
    ("ar", "إعانة الإعاقة", "pip-appeals"),
    ("ar", "التمييز في العمل", "discrimination-at-work"),
    # Traditional Chinese: two-character words, Cantonese lay terms, Taiwan usage
    ("zh-hant", "迫遷", "eviction-and-possession"),
    ("zh-hant", "收樓", "eviction-and-possession"),
    ("zh-hant", "押金", "tenancy-deposits"),
    ("zh-hant", "炒魷魚", "unfair-dismissal"),
    ("zh-hant", "欠薪", "unpaid-wages"),
    ("zh-hant", "執達員", "debt-collectors-and-bailiffs"),
    ("zh-hant", "家暴", "domestic-abuse-protection-orders"),
    ("zh-hant", "漏水", "disrepair-and-repairs"),
    ("zh-hant", "PIP上訴", "pip-appeals"),
]


def test_the_relevance_set_covers_every_language():
    languages = {language for language, _query, _key in QUERIES}
    assert languages == {"en", "cy", "pl", "ar", "zh-hant"}
    assert len(QUERIES) >= 40


@pytest.mark.parametrize(("language", "query", "key"), QUERIES, ids=[q for _l, q, _k in QUERIES])
def test_the_expected_guide_is_in_the_top_three(corpus, language, query, key):
    results = service.search(query, language=language)
    titles = {
        translations.get(language, translations["en"])["title"]: k
        for k, translations in corpus.guides.items()
    }
    top = [titles.get(hit.title, hit.title) for hit in results.hits[:3]]
    assert key in top, f"{query!r} ({language}, {corpus.backend}): top three were {top}"
