"""Employment, benefits, debt, consumer and discrimination guides for the search tests."""

GUIDES = [
    {
        "key": "unfair-dismissal",
        "topic": "employment",
        "translations": {
            "en": {
                "title": "Unfair dismissal: if you lose your job unfairly",
                "summary": "If your employer dismissed you without a fair reason or a fair process, you may be able to claim unfair dismissal at an employment tribunal.",
                "body": "## Was the dismissal unfair?\n\nAn employer needs a fair reason, such as conduct or capability, and must follow a fair process. Some dismissals are automatically unfair, for example because you were pregnant or asked for the minimum wage.\n\n## Time limits\n\nYou must start early conciliation with Acas within three months less one day of the date your job ended. Do not wait for an appeal to finish.\n\nYou usually need two years' service to claim ordinary unfair dismissal.",
            },
            "cy": {
                "title": "Diswyddo annheg: os ydych yn colli eich swydd yn annheg",
                "summary": "Os cawsoch eich diswyddo heb reswm teg neu broses deg, efallai y gallwch hawlio diswyddo annheg mewn tribiwnlys cyflogaeth.",
                "body": "## Oedd y diswyddo yn annheg?\n\nMae angen rheswm teg ar gyflogwr a rhaid dilyn proses deg.\n\n## Terfynau amser\n\nRhaid dechrau cymodi cynnar gydag Acas o fewn tri mis llai un diwrnod i ddyddiad diwedd eich swydd.",
            },
            "pl": {
                "title": "Niesprawiedliwe zwolnienie z pracy",
                "summary": "Jeśli pracodawca zwolnił cię bez uczciwego powodu lub bez uczciwej procedury, możesz złożyć skargę do trybunału pracy.",
                "body": "## Czy zwolnienie było niesprawiedliwe?\n\nPracodawca potrzebuje uczciwego powodu i musi zastosować uczciwą procedurę. Niektóre zwolnienia są automatycznie niesprawiedliwe, na przykład z powodu ciąży.\n\n## Terminy\n\nMusisz rozpocząć wczesne postępowanie pojednawcze w Acas w ciągu trzech miesięcy minus jeden dzień od zwolnienia.",
            },
            "ar": {
                "title": "الفصل التعسفي: إذا فقدت عملك بشكل غير عادل",
                "summary": "إذا فصلك صاحب العمل دون سبب عادل أو إجراء عادل فقد تتمكن من رفع دعوى الفصل التعسفي أمام محكمة العمل.",
                "body": "## هل كان الفصل من العمل تعسفياً؟\n\nيحتاج صاحب العمل إلى سبب عادل ويجب أن يتبع إجراءً عادلاً. بعض حالات الفصل تعسفية تلقائياً، مثل الفصل بسبب الحمل.\n\n## المهل الزمنية\n\nيجب أن تبدأ التوفيق المبكر مع Acas خلال ثلاثة أشهر ناقص يوم واحد من تاريخ انتهاء عملك.",
            },
            "zh-hant": {
                "title": "不公平解僱：如果你被不公平地辭退",
                "summary": "如果僱主在沒有公平理由或公平程序下解僱你，你可能可以向僱傭審裁處提出不公平解僱申索。",
                "body": "## 解僱是否不公平？\n\n僱主需要有公平理由，並必須依照公平程序。有些解僱自動屬於不公平，例如因為懷孕而被解僱。\n\n## 時限\n\n你必須在工作結束日期起計三個月減一天內，向Acas展開提早調解。",
            },
        },
    },
    {
        "key": "unpaid-wages",
        "topic": "employment",
        "translations": {
            "en": {
                "title": "Unpaid wages and holiday pay",
                "summary": "If your employer has not paid you what you are owed, you can ask in writing and then claim at a tribunal.",
                "body": "## Check what you are owed\n\nLook at your contract, payslips and the hours you worked. Everyone must get at least the national minimum wage.\n\n## Getting paid\n\n1. Write to your employer saying how much is missing and by when you want it.\n2. If they do not pay, you can claim an unlawful deduction from wages at an employment tribunal.\n\nThe time limit is three months less one day from the last underpayment.",
            },
            "pl": {
                "title": "Niewypłacone wynagrodzenie i wynagrodzenie urlopowe",
                "summary": "Jeśli pracodawca nie zapłacił ci tego, co jest należne, poproś na piśmie, a potem złóż roszczenie w trybunale.",
                "body": "## Sprawdź, ile ci się należy\n\nSprawdź umowę, paski wypłat i przepracowane godziny. Każdy musi dostać co najmniej płacę minimalną.\n\n## Jak odzyskać pieniądze\n\nNapisz do pracodawcy, ile brakuje. Jeśli nie zapłaci, możesz dochodzić zaległego wynagrodzenia w trybunale pracy w ciągu trzech miesięcy.",
            },
            "zh-hant": {
                "title": "欠薪及假期薪酬",
                "summary": "如果僱主沒有支付你應得的工資，你可以先以書面追討，然後向審裁處申索。",
                "body": "## 核對你應得的款項\n\n查看合約、糧單及工作時數。每個人都必須獲得最低工資。\n\n## 追討欠薪\n\n寫信給僱主，說明欠款金額及期限。如僱主仍不支付，你可以就非法扣減工資向僱傭審裁處申索。",
            },
        },
    },
    {
        "key": "redundancy-rights",
        "topic": "employment",
        "translations": {
            "en": {
                "title": "Redundancy: your rights if your job is cut",
                "summary": "If your job is no longer needed you may be entitled to statutory redundancy pay, notice and a fair selection process.",
                "body": "## Is it a genuine redundancy?\n\nRedundancy means the employer needs fewer people to do your kind of work. The selection must be fair and you should be consulted.\n\n## Redundancy pay\n\nWith two years' service you are usually entitled to statutory redundancy pay, based on your age, pay and years of service. Your employer should also offer suitable alternative employment if there is any.",
            },
            "cy": {
                "title": "Dileu swydd: eich hawliau os yw eich swydd yn cael ei thorri",
                "summary": "Os nad oes angen eich swydd mwyach, efallai bod gennych hawl i dâl dileu swydd statudol, rhybudd a phroses ddethol deg.",
                "body": "## Ydy hi'n sefyllfa dileu swydd go iawn?\n\nRhaid i'r dewis fod yn deg a dylech gael eich ymgynghori.\n\n## Tâl dileu swydd\n\nGyda dwy flynedd o wasanaeth, fel arfer mae gennych hawl i dâl dileu swydd statudol.",
            },
        },
    },
    {
        "key": "universal-credit-sanctions",
        "topic": "benefits",
        "translations": {
            "en": {
                "title": "Universal Credit sanctions",
                "summary": "A sanction cuts your Universal Credit if the Jobcentre says you did not do something in your claimant commitment without a good reason.",
                "body": "## Why sanctions happen\n\nMissing an appointment or not doing your work search can lead to a benefit sanction.\n\n## Challenging a sanction\n\n1. Ask for a mandatory reconsideration within one month.\n2. Explain your good reason, with evidence.\n3. If it is not changed, you can appeal to a tribunal.\n\nIf you have no money for food or heating, ask for a hardship payment.",
            },
            "cy": {
                "title": "Sancsiynau Credyd Cynhwysol",
                "summary": "Mae sancsiwn yn lleihau eich Credyd Cynhwysol os yw'r Ganolfan Byd Gwaith yn dweud na wnaethoch rywbeth heb reswm da.",
                "body": "## Herio sancsiwn\n\nGofynnwch am ailystyriaeth orfodol o fewn mis. Eglurwch eich rheswm da gyda thystiolaeth. Os nad oes gennych arian am fwyd, gofynnwch am daliad caledi.",
            },
            "pl": {
                "title": "Sankcje w Universal Credit",
                "summary": "Sankcja zmniejsza zasiłek Universal Credit, jeśli Jobcentre uzna, że bez dobrego powodu nie wykonałeś zobowiązań.",
                "body": "## Dlaczego nakładane są sankcje\n\nOpuszczenie spotkania może oznaczać sankcję i niższy zasiłek.\n\n## Jak zakwestionować sankcję\n\nPoproś o obowiązkowe ponowne rozpatrzenie w ciągu miesiąca. Wyjaśnij swój powód i dołącz dowody. Jeśli nie masz pieniędzy na jedzenie, poproś o płatność w trudnej sytuacji.",
            },
            "ar": {
                "title": "عقوبات الائتمان الشامل",
                "summary": "العقوبة تخفض الائتمان الشامل إذا قال مركز التوظيف إنك لم تلتزم بشيء دون سبب وجيه.",
                "body": "## الطعن في العقوبة\n\nاطلب إعادة النظر الإلزامية خلال شهر واحد. اشرح سببك الوجيه مع الأدلة. إذا لم يكن لديك مال للطعام فاطلب دفعة المشقة.",
            },
            "zh-hant": {
                "title": "統一福利金的制裁",
                "summary": "如果就業中心認為你沒有合理原因而未履行申請人承諾，制裁會削減你的統一福利金。",
                "body": "## 如何挑戰制裁\n\n在一個月內要求強制覆核，並提供證據說明你的合理原因。如果你沒有錢購買食物，可以申請困難補助。",
            },
        },
    },
    {
        "key": "pip-appeals",
        "topic": "benefits",
        "translations": {
            "en": {
                "title": "PIP: challenging a decision about Personal Independence Payment",
                "summary": "If you were refused Personal Independence Payment or given too few points, you can ask for a mandatory reconsideration and then appeal.",
                "body": "## Mandatory reconsideration\n\nAsk the DWP to look again within one month of the decision letter. Say which descriptors you disagree with and send evidence from your doctor.\n\n## Appeal\n\nIf the decision does not change, appeal to the benefit appeal tribunal within one month of the mandatory reconsideration notice. Many PIP appeals succeed.",
            },
            "ar": {
                "title": "إعانة PIP: الطعن في قرار إعانة الاستقلال الشخصي",
                "summary": "إذا رُفضت إعانة PIP أو حصلت على نقاط قليلة يمكنك طلب إعادة النظر الإلزامية ثم الاستئناف.",
                "body": "## إعادة النظر الإلزامية\n\nاطلب من الوزارة إعادة النظر خلال شهر من رسالة القرار، وأرسل أدلة من طبيبك.\n\n## الاستئناف\n\nإذا لم يتغير القرار يمكنك الاستئناف أمام محكمة الإعانات خلال شهر.",
            },
            "zh-hant": {
                "title": "個人獨立生活津貼（PIP）：對決定提出上訴",
                "summary": "如果你的PIP申請被拒或分數太低，你可以要求強制覆核，然後上訴。",
                "body": "## 強制覆核\n\n在決定信日期起一個月內要求重新考慮，並附上醫生的證明。\n\n## 上訴\n\n如果決定沒有改變，可以在一個月內向福利上訴審裁處上訴。",
            },
        },
    },
    {
        "key": "debt-collectors-and-bailiffs",
        "topic": "debt",
        "translations": {
            "en": {
                "title": "Bailiffs and debt collectors: your rights",
                "summary": "Enforcement agents (bailiffs) must follow strict rules. Debt collectors have no special powers to enter your home.",
                "body": "## Bailiffs\n\nEnforcement agents must send a notice of enforcement at least seven clear days before they visit. They cannot force their way in on a first visit to collect most debts.\n\n## Debt collectors\n\nA debt collector is not a bailiff and cannot take your belongings. You do not have to let them in.\n\nIf you cannot pay, ask about breathing space, which pauses most action for 60 days.",
            },
            "cy": {
                "title": "Beilïaid a chasglwyr dyledion: eich hawliau",
                "summary": "Rhaid i asiantau gorfodi (beilïaid) ddilyn rheolau llym. Nid oes gan gasglwyr dyledion bwerau arbennig i ddod i mewn i'ch cartref.",
                "body": "## Beilïaid\n\nRhaid i asiantau gorfodi anfon hysbysiad gorfodi o leiaf saith diwrnod clir cyn ymweld. Ni allant orfodi eu ffordd i mewn ar yr ymweliad cyntaf.\n\n## Seibiant anadlu\n\nOs na allwch dalu, gofynnwch am seibiant anadlu.",
            },
            "pl": {
                "title": "Komornicy i windykatorzy: twoje prawa",
                "summary": "Komornicy (agenci egzekucyjni) muszą przestrzegać ścisłych zasad. Windykatorzy nie mają prawa wejść do twojego domu.",
                "body": "## Komornik\n\nKomornik musi wysłać zawiadomienie o egzekucji co najmniej siedem pełnych dni przed wizytą. Przy pierwszej wizycie nie może wejść siłą.\n\n## Windykator\n\nWindykator to nie komornik i nie może zabrać twoich rzeczy. Jeśli nie możesz spłacić długów, zapytaj o ochronę przed wierzycielami (breathing space).",
            },
            "zh-hant": {
                "title": "執達員及收數公司：你的權利",
                "summary": "執達員（執行代理人）必須遵守嚴格規定；收數公司沒有特別權力進入你的家。",
                "body": "## 執達員\n\n執行代理人必須在到訪前最少七整天發出執行通知書，首次到訪時一般不可強行進入。\n\n## 收數公司\n\n收數公司不是執達員，不能拿走你的物品。如果你無法還債，可以查詢債務喘息期。",
            },
        },
    },
    {
        "key": "council-tax-arrears",
        "topic": "debt",
        "translations": {
            "en": {
                "title": "Council tax arrears",
                "summary": "Council tax is a priority debt: if you fall behind the council can get a liability order and send enforcement agents.",
                "body": "## If you miss a payment\n\nThe council sends a reminder. If you do not catch up within seven days you may lose the right to pay by instalments.\n\n## Liability order\n\nThe council can ask the magistrates' court for a liability order. It can then take money from your wages or benefits, or use enforcement agents.\n\nCheck whether you can get council tax reduction or a discount.",
            },
            "cy": {
                "title": "Ôl-ddyledion treth gyngor",
                "summary": "Mae treth gyngor yn ddyled flaenoriaeth: os ydych ar ei hôl hi gall y cyngor gael gorchymyn atebolrwydd.",
                "body": "## Os ydych yn methu taliad\n\nMae'r cyngor yn anfon nodyn atgoffa. Gall y cyngor ofyn i'r llys ynadon am orchymyn atebolrwydd ac anfon asiantau gorfodi. Gwiriwch a allwch gael gostyngiad treth gyngor.",
            },
            "pl": {
                "title": "Zaległy podatek lokalny (council tax)",
                "summary": "Podatek lokalny to dług priorytetowy: jeśli zalegasz, urząd może uzyskać nakaz zapłaty i wysłać komornika.",
                "body": "## Jeśli nie zapłacisz raty\n\nUrząd wysyła przypomnienie. Może potem uzyskać w sądzie nakaz (liability order) i potrącać pieniądze z wynagrodzenia lub zasiłku. Sprawdź, czy przysługuje ci zniżka podatku lokalnego.",
            },
        },
    },
    {
        "key": "faulty-goods",
        "topic": "consumer",
        "translations": {
            "en": {
                "title": "Faulty goods: refunds, repairs and replacements",
                "summary": "If something you bought is faulty you can reject it for a full refund within 30 days, and ask for a repair or replacement after that.",
                "body": "## The first 30 days\n\nUnder the Consumer Rights Act you have a short-term right to reject faulty goods and get your money back.\n\n## After 30 days\n\nThe seller gets one chance to repair or replace the item. If that fails you can ask for a refund.\n\nIf you paid by card, you may be able to ask your bank for a chargeback.",
            },
        },
    },
    {
        "key": "discrimination-at-work",
        "topic": "discrimination",
        "translations": {
            "en": {
                "title": "Discrimination at work",
                "summary": "It is unlawful to treat you worse at work because of a protected characteristic such as race, sex, disability, religion or age.",
                "body": "## What counts as discrimination\n\nDirect discrimination, indirect discrimination, harassment and victimisation are all unlawful under the Equality Act 2010.\n\n## What to do\n\nWrite down what happened and when. Raise a grievance. The time limit for a tribunal claim is three months less one day, and you must contact Acas first.",
            },
            "pl": {
                "title": "Dyskryminacja w pracy",
                "summary": "Gorsze traktowanie w pracy z powodu cechy chronionej, takiej jak rasa, płeć, niepełnosprawność, religia lub wiek, jest niezgodne z prawem.",
                "body": "## Co jest dyskryminacją\n\nDyskryminacja bezpośrednia i pośrednia, nękanie i represje są niezgodne z ustawą o równości.\n\n## Co zrobić\n\nZapisz, co się stało. Złóż skargę do pracodawcy. Termin na pozew do trybunału to trzy miesiące minus jeden dzień.",
            },
            "ar": {
                "title": "التمييز في العمل",
                "summary": "من غير القانوني أن تُعامل بشكل أسوأ في العمل بسبب صفة محمية مثل العرق أو الجنس أو الإعاقة أو الدين أو العمر.",
                "body": "## ما هو التمييز\n\nالتمييز المباشر وغير المباشر والمضايقة والانتقام كلها مخالفة لقانون المساواة.\n\n## ماذا تفعل\n\nاكتب ما حدث ومتى. قدم شكوى إلى صاحب العمل. مهلة رفع الدعوى ثلاثة أشهر ناقص يوم.",
            },
        },
    },
]
