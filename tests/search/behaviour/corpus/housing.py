"""Housing guides for the search tests (guide import format)."""

GUIDES = [
    {
        "key": "eviction-and-possession",
        "topic": "housing",
        "translations": {
            "en": {
                "title": "Eviction: how a landlord can lawfully make you leave",
                "summary": "Your landlord needs a court order before you have to leave, and only court bailiffs can evict you.",
                "body": "## What matters most\n\nA notice from your landlord is not an eviction. Do not move out just because you got a letter.\n\n## The steps\n\n1. Your landlord gives you a written notice.\n2. If you stay, they ask the county court for a possession order.\n3. A judge decides at a hearing whether you must leave, and when.\n4. If you are still there after the date in the order, court bailiffs can remove you.\n\nAt every step there may be a way to stop or delay the eviction, so get advice early. If you owe rent, paying something can make a difference at the hearing.",
            },
            "cy": {
                "title": "Troi allan: sut gall landlord wneud i chi adael yn gyfreithlon",
                "summary": "Mae angen gorchymyn llys ar eich landlord cyn bod rhaid i chi adael. Dim ond beilïaid y llys all eich troi allan.",
                "body": "## Beth sy'n bwysig\n\nNid yw hysbysiad gan eich landlord yn golygu eich bod yn cael eich troi allan. Peidiwch â gadael dim ond oherwydd llythyr.\n\n## Y camau\n\nMae'r landlord yn gofyn i'r llys sirol am orchymyn meddiant. Mae barnwr yn penderfynu mewn gwrandawiad. Cewch gyngor yn gynnar: efallai y gallwch atal neu ohirio'r achos meddiant.",
            },
            "pl": {
                "title": "Eksmisja: kiedy wynajmujący może zgodnie z prawem kazać ci się wyprowadzić",
                "summary": "Wynajmujący potrzebuje nakazu sądu, zanim będziesz musiał się wyprowadzić. Eksmisję mogą przeprowadzić tylko komornicy sądowi.",
                "body": "## Najważniejsze\n\nWypowiedzenie od wynajmującego to jeszcze nie eksmisja. Nie wyprowadzaj się tylko dlatego, że dostałeś list.\n\n## Kolejne kroki\n\nWynajmujący składa do sądu wniosek o nakaz eksmisji. Sędzia decyduje na rozprawie, czy i kiedy musisz opuścić lokal. Na każdym etapie eksmisji warto szybko zasięgnąć porady.",
            },
            "ar": {
                "title": "الإخلاء: كيف يمكن للمالك أن يجبرك على المغادرة بشكل قانوني",
                "summary": "يحتاج المالك إلى أمر من المحكمة قبل أن تضطر إلى المغادرة، ولا يستطيع تنفيذ الإخلاء إلا محضرو المحكمة.",
                "body": "## الأهم\n\nالإشعار من المالك ليس إخلاءً. لا تترك منزلك لمجرد أنك تلقيت رسالة.\n\n## الخطوات\n\nيطلب المالك من المحكمة أمر استرداد الحيازة. يقرر القاضي في جلسة استماع إن كان عليك المغادرة ومتى. اطلب المشورة مبكراً فقد يكون من الممكن وقف الإخلاء أو تأجيله.",
            },
            "zh-hant": {
                "title": "迫遷：業主如何依法要求你遷出",
                "summary": "業主必須先取得法院命令，你才需要遷出；只有法院執達員才可以執行迫遷。",
                "body": "## 最重要的事\n\n業主發出的通知書並不等於迫遷。不要因為收到一封信就搬走。\n\n## 程序\n\n業主向郡法院申請收回管業令。法官會在聆訊中決定你是否需要遷出及何時遷出。每個階段都可能有方法阻止或延遲迫遷，請盡早尋求意見。",
            },
        },
    },
    {
        "key": "illegal-eviction-and-harassment",
        "topic": "housing",
        "translations": {
            "en": {
                "title": "Illegal eviction and harassment by a landlord",
                "summary": "If your landlord changes the locks, takes your things or cuts off the gas to make you leave, this is usually a crime.",
                "body": "## Is it illegal?\n\nA landlord who locks you out without a court order, removes your belongings, cuts off gas, electricity or water, or threatens you is usually breaking the law.\n\n## What to do now\n\n- Call 999 if you are in danger.\n- Contact the tenancy relations officer at your local authority. They can tell the landlord to let you back in.\n- Keep a diary and photos of what happened.\n\nA court can order the landlord to let you back in and to pay you compensation.",
            },
            "pl": {
                "title": "Nielegalna eksmisja i nękanie przez wynajmującego",
                "summary": "Jeśli wynajmujący zmienia zamki, zabiera twoje rzeczy lub odcina gaz, żeby cię wyrzucić, to zwykle jest przestępstwo.",
                "body": "## Czy to nielegalne?\n\nWynajmujący, który bez nakazu sądu nie wpuszcza cię do domu albo cię zastrasza, zwykle łamie prawo. To nielegalna eksmisja lub nękanie.\n\n## Co zrobić\n\nZadzwoń pod 999, jeśli jesteś w niebezpieczeństwie. Skontaktuj się z władzami lokalnymi (council). Zapisuj, co się dzieje, i rób zdjęcia.",
            },
            "ar": {
                "title": "الإخلاء غير القانوني والمضايقة من المالك",
                "summary": "إذا غيّر المالك الأقفال أو أخذ أغراضك أو قطع الغاز ليجبرك على المغادرة فهذه عادةً جريمة.",
                "body": "## هل هذا غير قانوني؟\n\nالمالك الذي يمنعك من دخول منزلك دون أمر من المحكمة أو يهددك يخالف القانون عادةً. هذا إخلاء غير قانوني أو مضايقة.\n\n## ماذا تفعل\n\nاتصل بالرقم 999 إذا كنت في خطر. تواصل مع السلطة المحلية. احتفظ بسجل وصور لما حدث.",
            },
        },
    },
    {
        "key": "tenancy-deposits",
        "topic": "housing",
        "translations": {
            "en": {
                "title": "Getting your tenancy deposit back",
                "summary": "Your landlord must protect your deposit in a government scheme and return it at the end of the tenancy, less any fair deductions.",
                "body": "## Deposit protection\n\nWithin 30 days of taking a deposit, your landlord must put it in a deposit protection scheme and give you the prescribed information.\n\n## At the end of the tenancy\n\nAsk for your deposit back in writing. If the landlord wants to keep some of it for damage or unpaid rent, you can use the scheme's free dispute service.\n\nIf your landlord did not protect the deposit, a court can order them to pay you up to three times the deposit.",
            },
            "pl": {
                "title": "Jak odzyskać kaucję za wynajem",
                "summary": "Wynajmujący musi zabezpieczyć twoją kaucję w rządowym programie ochrony i zwrócić ją po zakończeniu najmu.",
                "body": "## Ochrona kaucji\n\nW ciągu 30 dni wynajmujący musi wpłacić kaucję do programu ochrony kaucji.\n\n## Zwrot kaucji\n\nPoproś na piśmie o zwrot kaucji. Jeśli wynajmujący chce zatrzymać część, możesz skorzystać z bezpłatnego rozstrzygania sporów. Jeśli kaucja nie była chroniona, sąd może nakazać zapłatę do trzykrotności kaucji.",
            },
            "zh-hant": {
                "title": "取回租屋按金",
                "summary": "業主必須把你的按金存入政府認可的按金保障計劃，並在租約完結時退還。",
                "body": "## 按金保障\n\n業主收取按金後30天內，必須把按金存入按金保障計劃。\n\n## 租約完結時\n\n以書面要求業主退還按金。如業主想扣起部分按金，你可使用計劃的免費爭議解決服務。",
            },
        },
    },
    {
        "key": "disrepair-and-repairs",
        "topic": "housing",
        "translations": {
            "en": {
                "title": "Disrepair: getting your landlord to do repairs",
                "summary": "Your landlord must keep the structure, heating, water and drains of your home in repair.",
                "body": "## What your landlord must fix\n\nLeaking roofs, broken boilers, faulty wiring and rising damp are usually your landlord's responsibility. Serious damp and mould can harm your health.\n\n## What to do\n\n1. Report the disrepair in writing and keep a copy.\n2. Take photos and keep a diary.\n3. If nothing happens, contact the environmental health team at your council.\n\nYou may be able to claim compensation for disrepair through the court.",
            },
            "cy": {
                "title": "Diffyg atgyweirio: cael eich landlord i wneud atgyweiriadau",
                "summary": "Rhaid i'ch landlord gadw adeiledd, gwres, dŵr a draeniau eich cartref mewn cyflwr da.",
                "body": "## Beth sy'n rhaid i'r landlord ei drwsio\n\nMae to sy'n gollwng, boeler wedi torri a lleithder fel arfer yn gyfrifoldeb y landlord. Gall lleithder a llwydni niweidio eich iechyd.\n\n## Beth i'w wneud\n\nRhowch wybod am y diffyg atgyweirio yn ysgrifenedig. Os nad oes dim yn digwydd, cysylltwch â'r tîm iechyd yr amgylchedd yn y cyngor.",
            },
            "ar": {
                "title": "سوء حالة المسكن: كيف تجعل المالك يقوم بالإصلاحات",
                "summary": "يجب على المالك أن يحافظ على بنية منزلك والتدفئة والمياه والصرف في حالة جيدة.",
                "body": "## ما يجب على المالك إصلاحه\n\nتسريب السقف وتعطل الغلاية والرطوبة والعفن هي عادةً مسؤولية المالك، وقد تضر بصحتك.\n\n## ماذا تفعل\n\nأبلغ المالك كتابياً عن الإصلاحات المطلوبة واحتفظ بنسخة. التقط صوراً. إذا لم يحدث شيء تواصل مع فريق الصحة البيئية في السلطة المحلية.",
            },
            "zh-hant": {
                "title": "失修：要求業主進行維修",
                "summary": "業主必須維持住所的結構、暖氣、供水及排水設施處於良好狀態。",
                "body": "## 業主必須維修的項目\n\n屋頂漏水、鍋爐損壞、潮濕及發霉通常是業主的責任，而且可能損害健康。\n\n## 應該怎樣做\n\n以書面通知業主需要維修並保留副本。拍照記錄。如果業主沒有行動，請聯絡地方當局的環境衞生組。",
            },
        },
    },
    {
        "key": "homelessness-applications",
        "topic": "housing",
        "translations": {
            "en": {
                "title": "Homeless or about to lose your home: asking the council for help",
                "summary": "The council must help you if you are homeless or could become homeless within 56 days.",
                "body": "## Ask for help early\n\nGo to your local authority's housing team and say you are homeless or at risk of homelessness. They must take a homeless application.\n\n## Emergency housing\n\nIf you have nowhere safe to stay tonight and you may be in priority need, the council must give you interim accommodation while it decides.\n\nBring identity documents and any letters about losing your home.",
            },
            "pl": {
                "title": "Bezdomność: jak poprosić władze lokalne o pomoc",
                "summary": "Władze lokalne (council) muszą ci pomóc, jeśli jesteś bezdomny lub możesz stracić dom w ciągu 56 dni.",
                "body": "## Poproś o pomoc wcześnie\n\nZgłoś się do działu mieszkaniowego i powiedz, że grozi ci bezdomność. Urząd musi przyjąć wniosek.\n\n## Zakwaterowanie awaryjne\n\nJeśli nie masz gdzie spać dziś w nocy, władze lokalne mogą zapewnić tymczasowe zakwaterowanie.",
            },
            "ar": {
                "title": "التشرد: طلب المساعدة من السلطة المحلية",
                "summary": "يجب على السلطة المحلية مساعدتك إذا كنت بلا مأوى أو قد تفقد منزلك خلال 56 يوماً.",
                "body": "## اطلب المساعدة مبكراً\n\nتوجه إلى قسم الإسكان في السلطة المحلية وأخبرهم أنك مهدد بالتشرد. يجب عليهم قبول طلبك.\n\n## السكن الطارئ\n\nإذا لم يكن لديك مكان آمن تبيت فيه الليلة فقد توفر لك السلطة المحلية سكناً مؤقتاً.",
            },
        },
    },
    {
        "key": "renting-in-wales-occupation-contracts",
        "topic": "housing",
        "jurisdictions": ["wales"],
        "translations": {
            "en": {
                "title": "Renting in Wales: occupation contracts",
                "summary": "In Wales tenants are called contract-holders and have a written occupation contract.",
                "body": "## Your contract\n\nSince December 2022 most tenants in Wales are contract-holders with an occupation contract. Your landlord must give you a written statement of the contract within 14 days.\n\n## Notice\n\nA landlord usually must give at least six months' notice under a section 173 notice, and cannot give it in the first six months.",
            },
            "cy": {
                "title": "Rhentu yng Nghymru: contractau meddiannaeth",
                "summary": "Yng Nghymru, deiliad contract yw'r enw ar denant, gyda chontract meddiannaeth ysgrifenedig.",
                "body": "## Eich contract\n\nErs Rhagfyr 2022 mae'r rhan fwyaf o denantiaid yng Nghymru yn ddeiliaid contract gyda chontract meddiannaeth. Rhaid i'r landlord roi datganiad ysgrifenedig o'r contract o fewn 14 diwrnod.\n\n## Hysbysiad\n\nFel arfer rhaid i landlord roi o leiaf chwe mis o rybudd.",
            },
        },
    },
]
