"""Reference data that every install needs, demo or not: the areas of law
(with their names in every shipped language) and the default-language home
page in place of Wagtail's placeholder. Editors change these later."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations

AREAS = [
    # code, sort, {lang: (name, description)}
    (
        "housing",
        10,
        {
            "en": ("Housing", "Renting, eviction, repairs, deposits and homelessness."),
            "cy": ("Tai", "Rhentu, troi allan, atgyweiriadau, blaendaliadau a digartrefedd."),
            "pl": ("Mieszkanie", "Najem, eksmisja, naprawy, kaucje i bezdomność."),
            "ar": ("السكن", "الإيجار والإخلاء والإصلاحات والتأمين والتشرد."),
            "zh_hant": ("住屋", "租屋、迫遷、維修、按金及無家可歸。"),
        },
    ),
    (
        "benefits",
        20,
        {
            "en": ("Welfare benefits", "Universal Credit, PIP, sanctions, overpayments and appeals."),
            "cy": ("Budd-daliadau lles", "Credyd Cynhwysol, PIP, sancsiynau, gordaliadau ac apeliadau."),
            "pl": ("Świadczenia socjalne", "Universal Credit, PIP, sankcje, nadpłaty i odwołania."),
            "ar": ("الإعانات الاجتماعية", "الائتمان الشامل وإعانة PIP والعقوبات والمبالغ الزائدة والطعون."),
            "zh_hant": ("福利津貼", "統一福利金、個人獨立生活津貼、制裁、多付款項及上訴。"),
        },
    ),
    (
        "employment",
        30,
        {
            "en": ("Employment", "Dismissal, unpaid wages, redundancy and problems at work."),
            "cy": ("Cyflogaeth", "Diswyddo, cyflog heb ei dalu, colli swydd a phroblemau yn y gwaith."),
            "pl": ("Zatrudnienie", "Zwolnienie, niewypłacone wynagrodzenie, redukcja etatu i problemy w pracy."),
            "ar": ("العمل", "الفصل من العمل والأجور غير المدفوعة والتسريح ومشكلات العمل."),
            "zh_hant": ("僱傭", "解僱、欠薪、裁員及工作上的問題。"),
        },
    ),
    (
        "immigration",
        40,
        {
            "en": ("Immigration and asylum", "Claiming asylum, support, detention, bail and appeals."),
            "cy": ("Mewnfudo a lloches", "Hawlio lloches, cymorth, cadw, mechnïaeth ac apeliadau."),
            "pl": ("Imigracja i azyl", "Wniosek o azyl, wsparcie, zatrzymanie, zwolnienie za kaucją i odwołania."),
            "ar": ("الهجرة واللجوء", "طلب اللجوء والدعم والاحتجاز والإفراج بكفالة والطعون."),
            "zh_hant": ("移民及庇護", "申請庇護、支援、拘留、保釋及上訴。"),
        },
    ),
    (
        "debt",
        50,
        {
            "en": ("Debt", "Bailiffs, council tax arrears, court claims and breathing space."),
            "cy": ("Dyled", "Beilïaid, ôl-ddyledion treth gyngor, hawliadau llys a seibiant anadlu."),
            "pl": ("Długi", "Komornicy, zaległy podatek lokalny, pozwy sądowe i ochrona przed wierzycielami."),
            "ar": ("الديون", "المحضرون ومتأخرات ضريبة المجلس والدعاوى القضائية وفترة الاستراحة من الدائنين."),
            "zh_hant": ("債務", "執達員、拖欠市政稅、法院索償及債務喘息期。"),
        },
    ),
    (
        "family",
        60,
        {
            "en": ("Family", "Divorce, arrangements for children and mediation."),
            "cy": ("Teulu", "Ysgariad, trefniadau ar gyfer plant a chyfryngu."),
            "pl": ("Rodzina", "Rozwód, ustalenia dotyczące dzieci i mediacja."),
            "ar": ("الأسرة", "الطلاق وترتيبات رعاية الأطفال والوساطة."),
            "zh_hant": ("家庭", "離婚、子女安排及調解。"),
        },
    ),
    (
        "discrimination",
        70,
        {
            "en": ("Discrimination", "Unfair treatment at work or in services, and reasonable adjustments."),
            "cy": ("Gwahaniaethu", "Triniaeth annheg yn y gwaith neu mewn gwasanaethau, ac addasiadau rhesymol."),
            "pl": ("Dyskryminacja", "Niesprawiedliwe traktowanie w pracy lub w usługach oraz racjonalne dostosowania."),
            "ar": ("التمييز", "المعاملة غير العادلة في العمل أو الخدمات، والتعديلات المعقولة."),
            "zh_hant": ("歧視", "在工作或服務中受到不公平對待，以及合理調整。"),
        },
    ),
    (
        "abuse",
        80,
        {
            "en": ("Domestic abuse", "Staying safe, protection orders and leaving an abusive relationship."),
            "cy": ("Cam-drin domestig", "Cadw'n ddiogel, gorchmynion amddiffyn a gadael perthynas gamdriniol."),
            "pl": ("Przemoc domowa", "Bezpieczeństwo, nakazy ochrony i odejście od sprawcy przemocy."),
            "ar": ("العنف الأسري", "البقاء في أمان وأوامر الحماية وترك علاقة مسيئة."),
            "zh_hant": ("家庭暴力", "保障安全、保護令及離開虐待關係。"),
        },
    ),
    (
        "consumer",
        90,
        {
            "en": ("Consumer problems", "Faulty goods, refunds, cancelling contracts and subscriptions."),
            "cy": ("Problemau defnyddwyr", "Nwyddau diffygiol, ad-daliadau, canslo contractau a thanysgrifiadau."),
            "pl": ("Prawa konsumenta", "Wadliwe towary, zwroty pieniędzy, odstąpienie od umów i subskrypcje."),
            "ar": ("حقوق المستهلك", "البضائع المعيبة واسترداد الأموال وإلغاء العقود والاشتراكات."),
            "zh_hant": ("消費者權益", "貨品有問題、退款、取消合約及訂閱。"),
        },
    ),
]


def create_areas(apps, schema_editor):
    AreaOfLaw = apps.get_model("knowledge", "AreaOfLaw")
    for code, sort_order, texts in AREAS:
        defaults = {"sort_order": sort_order, "name": texts["en"][0], "description": texts["en"][1]}
        for lang, (name, description) in texts.items():
            defaults[f"name_{lang}"] = name
            defaults[f"description_{lang}"] = description
        AreaOfLaw.objects.update_or_create(code=code, defaults=defaults)


def create_home_page(apps, schema_editor):
    """Replace Wagtail's placeholder root page with a Signpost home page."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("knowledge", "HomePage")

    if HomePage.objects.exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="en")
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="knowledge")
    root = Page.objects.get(depth=1)
    existing_children = Page.objects.filter(depth=2).count()
    path = root.path + f"{existing_children + 1:04d}"
    home = HomePage.objects.create(
        title="Free legal information and help",
        draft_title="Free legal information and help",
        slug="home",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
        intro="Plain-language guides to common legal problems, and a way to reach a free adviser.",
        urgent_heading="Need help today?",
        urgent_help="",
    )
    Page.objects.filter(pk=root.pk).update(numchild=existing_children + 1)
    base_url = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://localhost")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": base_url.hostname or "localhost",
            "port": base_url.port or (443 if base_url.scheme == "https" else 80),
            "root_page_id": home.pk,
            "site_name": "Signpost",
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_areas, migrations.RunPython.noop),
        migrations.RunPython(create_home_page, migrations.RunPython.noop),
    ]
