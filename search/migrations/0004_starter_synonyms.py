"""The starter set of lay-term synonyms, in every shipped language.

Reference data: a production install that never loads demo content still
gets them. Editors change them in the admin (Snippets > Search synonyms).
Each entry: the words people use -> the words the guides use.
"""

from django.db import migrations

STARTER = {
    "en": [
        (["kicked out", "thrown out", "chucked out", "evicted", "made to leave"], ["eviction", "possession", "possession order"]),
        (["locked out", "changed the locks", "landlord harassment"], ["illegal eviction", "harassment"]),
        (["sacked", "fired", "let go", "lost my job"], ["dismissal", "unfair dismissal"]),
        (["laid off", "made redundant", "job cuts"], ["redundancy", "redundancy pay"]),
        (["not paid", "wages not paid", "boss not paying", "owed wages"], ["unpaid wages", "unlawful deduction from wages"]),
        (["the council", "council office"], ["local authority"]),
        (["bailiffs", "bailiff", "debt collectors"], ["enforcement agents", "enforcement agent"]),
        (["benefits stopped", "benefit stopped", "money stopped", "benefits cut"], ["sanction", "benefit sanction"]),
        (["damp", "mould", "mold", "leaks", "broken boiler"], ["disrepair", "repairs"]),
        (["deposit back", "landlord kept my deposit"], ["tenancy deposit", "deposit protection"]),
        (["nowhere to live", "sofa surfing", "sleeping rough"], ["homelessness", "homeless application"]),
        (["hits me", "violent partner", "beaten up"], ["domestic abuse", "non-molestation order"]),
        (["split up", "break up", "separating"], ["divorce", "separation"]),
        (["custody", "access to my children", "see my kids"], ["child arrangements", "child arrangements order"]),
        (["asylum seeker", "refugee status"], ["asylum", "asylum claim"]),
        (["locked up", "detained", "detention centre"], ["immigration detention", "immigration bail"]),
        (["court letter", "court papers"], ["claim form", "county court"]),
        (["owe money", "in debt", "behind on payments"], ["debt", "arrears"]),
        (["broken item", "faulty", "money back"], ["faulty goods", "refund", "consumer rights"]),
        (["treated differently", "unfair treatment"], ["discrimination"]),
        (["disability benefit", "pip refused"], ["personal independence payment", "mandatory reconsideration"]),
        (["paying back benefits", "overpaid benefits"], ["overpayment"]),
    ],
    "cy": [
        (["taflu allan", "cicio allan", "cael fy nhaflu allan"], ["troi allan", "meddiant", "gorchymyn meddiant"]),
        (["newid y cloeon", "cloi allan"], ["troi allan yn anghyfreithlon", "aflonyddu"]),
        (["cael y sac", "sacio", "cael fy sacio"], ["diswyddo", "diswyddo annheg"]),
        (["colli swydd", "colli fy swydd", "torri swyddi"], ["dileu swydd", "tâl dileu swydd"]),
        (["heb gael fy nhalu", "dim cyflog", "cyflog yn hwyr"], ["cyflog heb ei dalu", "didyniad anghyfreithlon o gyflog"]),
        (["y cyngor", "swyddfa'r cyngor"], ["awdurdod lleol"]),
        (["beilïaid", "beili", "casglwyr dyledion"], ["asiantau gorfodi", "asiant gorfodi"]),
        (["budd-dal wedi stopio", "budd-daliadau wedi stopio", "arian wedi stopio"], ["sancsiwn", "sancsiynau"]),
        (["lleithder", "llwydni", "tamprwydd", "to yn gollwng"], ["diffyg atgyweirio", "atgyweiriadau"]),
        (["blaendal yn ôl", "cadw fy mlaendal"], ["blaendal tenantiaeth", "cynllun diogelu blaendal"]),
        (["dim cartref", "heb gartref", "cysgu allan"], ["digartrefedd", "cais digartrefedd"]),
        (["yn fy nharo", "partner treisgar", "trais yn y cartref"], ["cam-drin domestig", "gorchymyn rhag molestu"]),
        (["gwahanu", "chwalu"], ["ysgariad"]),
        (["gwarchodaeth", "gweld y plant", "gweld fy mhlant"], ["trefniadau plant", "gorchymyn trefniadau plant"]),
        (["ceisiwr lloches", "statws ffoadur"], ["lloches", "cais am loches"]),
        (["tenant", "tenantiaeth"], ["deiliad contract", "contract meddiannaeth"]),
        (["llythyr llys", "papurau llys"], ["ffurflen hawlio", "llys sirol"]),
        (["nwyddau wedi torri", "arian yn ôl"], ["nwyddau diffygiol", "ad-daliad"]),
        (["triniaeth annheg", "trin yn wahanol"], ["gwahaniaethu"]),
        (["dyled treth gyngor", "heb dalu treth y cyngor"], ["ôl-ddyledion treth gyngor"]),
    ],
    "pl": [
        (["wyrzucają mnie", "wyrzucili mnie", "wyrzucenie z mieszkania", "wyrzucić z mieszkania"], ["eksmisja", "nakaz eksmisji"]),
        (["zmienił zamki", "wymienił zamki", "nie mogę wejść do domu"], ["nielegalna eksmisja", "nękanie"]),
        (["wywalili mnie z pracy", "wyrzucili mnie z pracy", "zwolnili mnie", "straciłem pracę", "straciłam pracę"], ["zwolnienie", "niesprawiedliwe zwolnienie"]),
        (["zwolnienia grupowe", "likwidacja stanowiska"], ["redukcja etatu", "odprawa"]),
        (["nie zapłacili", "brak wypłaty", "nie dostałem wypłaty", "nie dostałam wypłaty"], ["niewypłacone wynagrodzenie", "zaległe wynagrodzenie"]),
        (["council", "kaunsil", "urząd miasta"], ["władze lokalne", "samorząd lokalny"]),
        (["windykator", "windykacja", "bailiff"], ["komornik", "egzekucja komornicza"]),
        (["zabrali zasiłek", "wstrzymali zasiłek", "obcięli zasiłek"], ["sankcja", "sankcje"]),
        (["wilgoć", "grzyb", "pleśń", "przecieka"], ["naprawy", "zły stan techniczny"]),
        (["nie oddał kaucji", "depozyt", "zwrot depozytu"], ["zwrot kaucji", "ochrona kaucji"]),
        (["nie mam gdzie mieszkać", "bez dachu nad głową", "na ulicy"], ["bezdomność", "pomoc dla bezdomnych"]),
        (["bije mnie", "partner mnie bije", "mąż mnie bije"], ["przemoc domowa", "nakaz ochrony"]),
        (["rozstanie", "rozejść się"], ["rozwód", "separacja"]),
        (["opieka nad dziećmi", "widzenia z dziećmi", "kontakty z dziećmi"], ["ustalenia dotyczące dzieci"]),
        (["uchodźca", "status uchodźcy"], ["azyl", "wniosek o azyl"]),
        (["zamknęli mnie", "ośrodek dla imigrantów"], ["zatrzymanie imigracyjne", "zwolnienie za kaucją"]),
        (["list z sądu", "papiery z sądu"], ["pozew", "sąd okręgowy"]),
        (["zepsuty towar", "reklamacja", "zwrot pieniędzy"], ["wadliwy towar", "prawa konsumenta"]),
        (["traktują mnie gorzej", "niesprawiedliwe traktowanie"], ["dyskryminacja"]),
        (["zasiłek dla niepełnosprawnych", "odmowa pip"], ["PIP", "obowiązkowe ponowne rozpatrzenie"]),
        (["council tax", "podatek od domu"], ["podatek lokalny"]),
    ],
    "ar": [
        (["طردني من البيت", "طردوني من البيت", "رماني خارج البيت", "طرد من السكن"], ["الإخلاء", "أمر استرداد الحيازة"]),
        (["غير الأقفال", "غير القفل", "قفل الباب علي"], ["الإخلاء غير القانوني", "المضايقة"]),
        (["فصلوني", "طردوني من الشغل", "طردوني من العمل", "انطردت من الشغل"], ["الفصل من العمل", "الفصل التعسفي"]),
        (["سرحوني", "خسرت وظيفتي"], ["التسريح من العمل", "تعويض التسريح"]),
        (["ما دفعوا راتبي", "ما استلمت راتبي", "الراتب متأخر"], ["الأجور غير المدفوعة", "الاقتطاع غير القانوني من الأجور"]),
        (["البلدية", "المجلس"], ["السلطة المحلية", "المجلس المحلي"]),
        (["محصلو الديون", "المحضر", "محضرين"], ["وكلاء التنفيذ", "مأمورو التنفيذ", "المحضرون"]),
        (["قطعوا المساعدة", "أوقفوا الإعانة", "وقف المساعدة"], ["العقوبة", "عقوبة الإعانة"]),
        (["رطوبة", "عفن", "تسريب"], ["الإصلاحات", "سوء حالة المسكن"]),
        (["مبلغ التأمين", "التأمين ما رجع"], ["استرداد التأمين", "حماية التأمين"]),
        (["بلا مأوى", "مشرد", "ما عندي مكان أسكن"], ["التشرد", "المساعدة في السكن"]),
        (["يضربني", "زوجي يضربني", "عنف في البيت"], ["العنف الأسري", "أمر الحماية"]),
        (["انفصال", "انفصلنا"], ["الطلاق"]),
        (["حضانة الأولاد", "رؤية الأطفال", "رؤية أولادي"], ["ترتيبات رعاية الأطفال"]),
        (["لاجئ", "طالب لجوء"], ["اللجوء", "طلب اللجوء"]),
        (["محتجز", "مسجون", "مركز الاحتجاز"], ["الاحتجاز", "الإفراج بكفالة"]),
        (["رسالة من المحكمة", "أوراق المحكمة"], ["دعوى قضائية", "المحكمة"]),
        (["بضاعة معيبة", "خربانة", "رجعوا فلوسي"], ["حقوق المستهلك", "استرداد الأموال"]),
        (["معاملة غير عادلة", "عاملوني بشكل مختلف"], ["التمييز"]),
        (["إعانة الإعاقة", "رفض PIP"], ["إعانة PIP", "إعادة النظر الإلزامية"]),
        (["مديون", "علي ديون"], ["الديون", "المتأخرات"]),
    ],
    "zh-hant": [
        (["收樓", "趕走", "趕我走", "被趕出去", "逼遷", "迫遷"], ["驅逐", "迫遷", "收回管業"]),
        (["換鎖", "鎖我出門"], ["非法迫遷", "騷擾"]),
        (["炒魷魚", "被炒", "俾人炒", "被辭退"], ["解僱", "不公平解僱"]),
        (["被裁", "冇咗份工", "失業"], ["裁員", "遣散費"]),
        (["冇出糧", "無出糧", "拖糧", "沒有發薪"], ["欠薪", "非法扣減工資"]),
        (["市議會", "區議會", "政府部門"], ["議會", "地方當局"]),
        (["收數佬", "追數", "收數公司", "執達員"], ["執達主任", "執行代理人"]),
        (["福利被停", "停福利", "冇錢收"], ["制裁", "福利制裁"]),
        (["發霉", "漏水", "潮濕"], ["維修", "失修"]),
        (["押金", "拎返按金", "按金唔還"], ["按金", "按金保障"]),
        (["冇地方住", "露宿", "瞓街"], ["無家可歸", "住屋援助"]),
        (["打我", "老公打我", "家暴"], ["家庭暴力", "保護令"]),
        (["分手", "分居"], ["離婚"]),
        (["撫養權", "探視", "見仔女"], ["子女安排", "子女安排令"]),
        (["難民", "尋求庇護者"], ["庇護", "申請庇護"]),
        (["被關", "羈留", "扣留中心"], ["拘留", "保釋"]),
        (["法庭信", "法院信"], ["索償", "法院判決"]),
        (["壞貨", "退錢"], ["消費者權益", "退款"]),
        (["唔公平對待", "不公平對待"], ["歧視"]),
        (["傷殘津貼", "殘疾津貼"], ["個人獨立生活津貼", "強制性重新考慮", "強制覆核"]),
        (["卡數", "欠債"], ["債務", "拖欠"]),
    ],
}


def create_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, entries in STARTER.items():
        for lay, legal in entries:
            Synonym.objects.get_or_create(
                language=language,
                lay_terms="\n".join(lay),
                defaults={"legal_terms": "\n".join(legal)},
            )


def remove_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, entries in STARTER.items():
        for lay, _legal in entries:
            Synonym.objects.filter(language=language, lay_terms="\n".join(lay)).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_postgres_search")]

    operations = [migrations.RunPython(create_synonyms, remove_synonyms)]
