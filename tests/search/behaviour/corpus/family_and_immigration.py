"""Immigration, domestic abuse and family guides for the search tests."""

GUIDES = [
    {
        "key": "claiming-asylum",
        "topic": "immigration",
        "translations": {
            "en": {
                "title": "Claiming asylum in the UK",
                "summary": "If you fear persecution in your own country you can ask the Home Office for protection as a refugee.",
                "body": "## Making your claim\n\nTell the Home Office you want to claim asylum as soon as you can. You will have a screening interview and later a substantive interview.\n\n## Support while you wait\n\nIf you have nowhere to live and no money you can apply for asylum support, which gives you housing and an ASPEN card.\n\nGet free legal advice before your substantive interview.",
            },
            "ar": {
                "title": "طلب اللجوء في المملكة المتحدة",
                "summary": "إذا كنت تخشى الاضطهاد في بلدك يمكنك أن تطلب من وزارة الداخلية الحماية كلاجئ.",
                "body": "## تقديم طلب اللجوء\n\nأخبر وزارة الداخلية أنك تريد طلب اللجوء بأسرع ما يمكن. ستخضع لمقابلة فحص أولية ثم لمقابلة موضوعية.\n\n## الدعم أثناء الانتظار\n\nإذا لم يكن لديك سكن أو مال يمكنك التقدم بطلب دعم طالبي اللجوء.",
            },
            "pl": {
                "title": "Wniosek o azyl w Wielkiej Brytanii",
                "summary": "Jeśli boisz się prześladowań w swoim kraju, możesz poprosić Home Office o ochronę jako uchodźca.",
                "body": "## Złożenie wniosku o azyl\n\nJak najszybciej powiedz Home Office, że chcesz ubiegać się o azyl. Czeka cię rozmowa wstępna, a później rozmowa merytoryczna.\n\n## Wsparcie\n\nJeśli nie masz gdzie mieszkać ani pieniędzy, możesz złożyć wniosek o wsparcie dla osób ubiegających się o azyl.",
            },
        },
    },
    {
        "key": "immigration-detention-bail",
        "topic": "immigration",
        "translations": {
            "en": {
                "title": "Immigration detention and bail",
                "summary": "If you are held in immigration detention you can apply for immigration bail to the tribunal or the Home Office.",
                "body": "## Applying for bail\n\nYou can apply to the First-tier Tribunal for immigration bail at any time. A financial condition supporter can help your application.\n\n## Getting advice\n\nEvery detention centre has free legal advice surgeries. Ask to see a legal adviser as soon as you arrive.",
            },
            "ar": {
                "title": "الاحتجاز بسبب الهجرة والإفراج بكفالة",
                "summary": "إذا كنت محتجزاً في مركز احتجاز المهاجرين يمكنك طلب الإفراج بكفالة من المحكمة أو من وزارة الداخلية.",
                "body": "## طلب الإفراج بكفالة\n\nيمكنك التقدم إلى المحكمة بطلب الإفراج بكفالة في أي وقت. يمكن لكفيل مالي أن يساعد طلبك.\n\n## الحصول على المشورة\n\nفي كل مركز احتجاز جلسات مشورة قانونية مجانية.",
            },
        },
    },
    {
        "key": "domestic-abuse-protection-orders",
        "topic": "abuse",
        "sensitive": True,
        "translations": {
            "en": {
                "title": "Domestic abuse: protection orders",
                "summary": "A court can order an abuser to stay away from you and your home. You can apply without telling them first.",
                "body": "## Orders that protect you\n\nA non-molestation order stops someone using or threatening violence, or harassing you. An occupation order decides who can live in the home.\n\n## Applying urgently\n\nYou can make a without notice application so the court decides before the abuser is told. Legal aid is usually available.\n\nIf you are in danger now, call 999.",
            },
            "pl": {
                "title": "Przemoc domowa: nakazy ochrony",
                "summary": "Sąd może nakazać sprawcy przemocy trzymanie się z dala od ciebie i twojego domu. Możesz złożyć wniosek bez uprzedzania sprawcy.",
                "body": "## Nakazy, które chronią\n\nNakaz ochrony (non-molestation order) zakazuje przemocy, gróźb i nękania. Nakaz dotyczący mieszkania decyduje, kto może mieszkać w domu.\n\n## Pilny wniosek\n\nJeśli grozi ci niebezpieczeństwo, zadzwoń pod 999.",
            },
            "ar": {
                "title": "العنف الأسري: أوامر الحماية",
                "summary": "يمكن للمحكمة أن تأمر المعتدي بالابتعاد عنك وعن منزلك، ويمكنك التقديم دون إخباره مسبقاً.",
                "body": "## أوامر تحميك\n\nأمر الحماية من التحرش يمنع الشخص من استخدام العنف أو التهديد به. أمر الإشغال يحدد من يمكنه العيش في المنزل.\n\n## في حالة الخطر\n\nإذا كنت في خطر الآن اتصل بالرقم 999.",
            },
            "zh-hant": {
                "title": "家庭暴力：保護令",
                "summary": "法院可以命令施虐者遠離你及你的住所，你可以在不預先通知對方的情況下申請。",
                "body": "## 保護你的命令\n\n禁制騷擾令禁止對方使用或威脅使用暴力。佔用令決定誰可以在住所居住。\n\n## 緊急情況\n\n如果你現在有危險，請致電999。",
            },
        },
    },
    {
        "key": "child-arrangements",
        "topic": "family",
        "translations": {
            "en": {
                "title": "Arrangements for children after separation",
                "summary": "Parents who separate can agree where children live and how they see each parent, or ask a court for a child arrangements order.",
                "body": "## Agreeing arrangements\n\nMost parents agree arrangements themselves or through mediation. You usually must attend a MIAM before going to court.\n\n## Going to court\n\nThe court can make a child arrangements order about who the child lives with and spends time with. The child's welfare is the court's first concern.",
            },
            "cy": {
                "title": "Trefniadau plant ar ôl gwahanu",
                "summary": "Gall rhieni sy'n gwahanu gytuno ble mae'r plant yn byw, neu ofyn i'r llys am orchymyn trefniadau plant.",
                "body": "## Cytuno trefniadau\n\nMae'r rhan fwyaf o rieni yn cytuno drwy gyfryngu. Fel arfer rhaid mynychu MIAM cyn mynd i'r llys.\n\n## Mynd i'r llys\n\nGall y llys wneud gorchymyn trefniadau plant ynghylch gyda phwy mae'r plentyn yn byw.",
            },
            "ar": {
                "title": "ترتيبات رعاية الأطفال بعد الانفصال",
                "summary": "يمكن للوالدين المنفصلين الاتفاق على مكان عيش الأطفال أو طلب أمر ترتيبات رعاية الأطفال من المحكمة.",
                "body": "## الاتفاق على الترتيبات\n\nيتفق معظم الوالدين بأنفسهم أو عبر الوساطة.\n\n## المحكمة\n\nيمكن للمحكمة إصدار أمر بشأن مع من يعيش الطفل ومع من يقضي وقته. مصلحة الطفل هي الأولوية.",
            },
        },
    },
    {
        "key": "divorce-and-dissolution",
        "topic": "family",
        "translations": {
            "en": {
                "title": "Divorce and ending a civil partnership",
                "summary": "You can apply for a no-fault divorce online. It takes at least 26 weeks from application to final order.",
                "body": "## The steps\n\n1. Apply online, alone or jointly.\n2. After 20 weeks apply for a conditional order.\n3. Six weeks later apply for the final order.\n\n## Money and property\n\nA financial order settles money, property and pensions. Get advice before you apply for the final order.",
            },
            "pl": {
                "title": "Rozwód i rozwiązanie związku partnerskiego",
                "summary": "Możesz złożyć wniosek o rozwód bez orzekania o winie przez internet. Trwa to co najmniej 26 tygodni.",
                "body": "## Etapy rozwodu\n\nZłóż wniosek przez internet. Po 20 tygodniach poproś o orzeczenie warunkowe, a sześć tygodni później o orzeczenie ostateczne.\n\n## Pieniądze i majątek\n\nNakaz finansowy rozstrzyga kwestie pieniędzy, majątku i emerytur.",
            },
        },
    },
]
