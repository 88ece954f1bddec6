"""Render page 1 of every brief variant in each language to ``docs/screenshots/``: the hand-over
brief (``brief-<lang>.png``), the speaker notes (``brief-notes-<lang>.png``) and the
accountability package (``accountability-<lang>.png``).

The case is fictional (an invented country, people and organisation), written in each of
the five languages so the pictures show real shaping, line order and mirrored tables, not
English placed in an Arabic layout. The PDF goes from memory straight into ``pdftoppm``
(Debian ``poppler-utils``) through a pipe::

    PYTHONPATH=. python docs/make_brief_screenshots.py [--languages en,ar] [--variants notes] [--page 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

from hrdesk.brief.options import BriefOptions, Variant
from hrdesk.brief.render import render_brief
from hrdesk.brief.texts import BRIEF_LANGUAGES
from hrdesk.domain.accountability import AccountabilityFile, Conduct, ConductCategory, ResponsiblePerson
from hrdesk.domain.case import (
    Case,
    CaseRequest,
    Channel,
    Disclosure,
    EventKind,
    Outreach,
    SupportKind,
    SupportRequest,
    TimelineEvent,
)
from hrdesk.domain.dates import PartialDate
from hrdesk.services.accountability import render_package

OUT = Path(__file__).resolve().parent / "screenshots"
PREPARED = dt.date(2025, 11, 3)
# Each variant and the start of its file name: brief-en.png, brief-notes-en.png, accountability-en.png.
# The first email is text, not a PDF: its picture is the email-dialog shot of make_screenshots.py.
VARIANTS = {"hand-over": "brief", "notes": "brief-notes", "accountability": "accountability"}
NBSP = "\u00a0"

# Per language: title, country, person at risk, organisation, summary, support note, ask, why,
# what the embassy can do, four events (what, place, who, source), outreach (institution,
# contact, asked, outcome, next step), a private note, and the embassy.
STORIES: dict[str, dict[str, object]] = {
    "en": {
        "title": "Threats against the Río Claro water committee",
        "country": "Freedonia (fictional)",
        "at_risk": "Elena Ortiz Vidal",
        "organisation": "Río Claro Water Committee (fictional)",
        "summary": "Elena Ortiz chairs a community committee that monitors a gold mine's discharges into "
        "the Río Claro. Since she complained to the environment ministry in 2023, she has been threatened, "
        "followed and charged with 'obstructing development'.",
        "note": "Hearing on 9 December 2025 in San Marcos.",
        "ask": "Send an observer to the hearing on 9 December and ask the governor to investigate the "
        "threats.",
        "why": "The mine belongs to a company listed in your country, and your government funds the "
        "region's water programme.",
        "can_do": "Attend the hearing, raise the case with the governor and meet the company.",
        "events": [
            (
                "A local radio host calls the committee 'enemies of progress'.",
                "San Marcos",
                "Radio Cumbre",
                "",
            ),
            ("The committee reports polluted water (file 117/2023).", "Ministry of Environment", "", ""),
            (
                "Elena Ortiz is held overnight at a police checkpoint without charge.",
                "Route 9",
                "Provincial police",
                "Lawyer's notes",
            ),
            (
                "Charged with 'obstructing development' (Article 283).",
                "San Marcos",
                "Provincial prosecutor",
                "",
            ),
        ],
        "outreach": (
            "EU delegation",
            "Human rights focal point",
            "Trial observation",
            "Promised to consider it",
            "Call again once the hearing date is set.",
        ),
        "private": "A friendly police officer warned us about the checkpoint.",
        "embassy": "Embassy of Canada",
        "please_do_not": "name Elena Ortiz in public or contact her family.",
        "safe_channel": "Through the committee's lawyer, in person.",
        "confirmed_by": "The regional ombudsman's office.",
        "responsible": (
            "Colonel R. Maldonado (fictional)",
            "Provincial police commander",
            "Ordered the overnight detention at the checkpoint, without charge.",
            "Lawyer's notes and two witness statements, kept by the committee's lawyer.",
        ),
    },
    "es": {
        "title": "Amenazas contra el comité de agua del Río Claro",
        "country": "Freedonia (país ficticio)",
        "at_risk": "Elena Ortiz Vidal",
        "organisation": "Comité de Agua del Río Claro (ficticio)",
        "summary": "Elena Ortiz preside un comité comunitario que vigila los vertidos de una mina de oro "
        "en el Río Claro. Desde que denunció los hechos ante el Ministerio de Ambiente en 2023, ha sido "
        "amenazada, seguida y acusada de «obstaculizar el desarrollo».",
        "note": "Audiencia el 9 de diciembre de 2025 en San Marcos.",
        "ask": "Enviar a una persona observadora a la audiencia del 9 de diciembre y pedir al gobernador que "
        "investigue las amenazas.",
        "why": "La mina pertenece a una empresa que cotiza en su país, y su gobierno financia el programa de "
        "agua de la región.",
        "can_do": "Asistir a la audiencia, plantear el caso al gobernador y reunirse con la empresa.",
        "events": [
            (
                "Un locutor de radio local llama al comité «enemigos del progreso».",
                "San Marcos",
                "Radio Cumbre",
                "",
            ),
            (
                "El comité denuncia la contaminación del agua (expediente 117/2023).",
                "Ministerio de Ambiente",
                "",
                "",
            ),
            (
                "Elena Ortiz pasa la noche retenida en un control policial, sin cargos.",
                "Ruta 9",
                "Policía provincial",
                "Notas de la abogada",
            ),
            (
                "Acusación por «obstaculizar el desarrollo» (artículo 283).",
                "San Marcos",
                "Fiscalía provincial",
                "",
            ),
        ],
        "outreach": (
            "Delegación de la UE",
            "Punto focal de derechos humanos",
            "Observación del juicio",
            "Prometieron estudiarlo",
            "Volver a llamar cuando se fije la fecha de la audiencia.",
        ),
        "private": "Un policía de confianza nos avisó del control.",
        "embassy": "Embajada de Canadá",
        "please_do_not": "nombre a Elena Ortiz en público ni contacte a su familia.",
        "safe_channel": "A través de la abogada del comité, en persona.",
        "confirmed_by": "La Defensoría del Pueblo regional.",
        "responsible": (
            "Coronel R. Maldonado (ficticio)",
            "Comandante de la policía provincial",
            "Ordenó la retención nocturna en el control, sin cargos.",
            "Notas de la abogada y dos testimonios, en poder de la abogada del comité.",
        ),
    },
    "fr": {
        "title": "Menaces contre le comité de l’eau du Río Claro",
        "country": "Freedonia (pays fictif)",
        "at_risk": "Elena Ortiz Vidal",
        "organisation": "Comité de l’eau du Río Claro (fictif)",
        "summary": "Elena Ortiz préside un comité local qui surveille les rejets d’une mine d’or dans le "
        "Río Claro. Depuis sa plainte auprès du ministère de l’Environnement en 2023, elle est menacée, "
        f"suivie et poursuivie pour «{NBSP}entrave au développement{NBSP}».",
        "note": "Audience le 9 décembre 2025 à San Marcos.",
        "ask": "Envoyer un observateur à l’audience du 9 décembre et demander au gouverneur d’enquêter sur "
        "les menaces.",
        "why": "La mine appartient à une société cotée dans votre pays, et votre gouvernement finance le "
        "programme d’eau de la région.",
        "can_do": "Assister à l’audience, évoquer le dossier auprès du gouverneur et rencontrer "
        "l’entreprise.",
        "events": [
            (
                f"Un animateur de radio locale traite le comité d’«{NBSP}ennemis du progrès{NBSP}».",
                "San Marcos",
                "Radio Cumbre",
                "",
            ),
            (
                "Le comité porte plainte pour pollution de l’eau (dossier 117/2023).",
                "Ministère de l’Environnement",
                "",
                "",
            ),
            (
                "Elena Ortiz est retenue toute la nuit à un barrage de police, sans inculpation.",
                "Route 9",
                "Police provinciale",
                "Notes de l’avocate",
            ),
            (
                f"Inculpation pour «{NBSP}entrave au développement{NBSP}» (article 283).",
                "San Marcos",
                "Parquet provincial",
                "",
            ),
        ],
        "outreach": (
            "Délégation de l’UE",
            "Point focal droits humains",
            "Observation du procès",
            "Promesse d’étudier la demande",
            "Rappeler une fois la date de l’audience fixée.",
        ),
        "private": "Un policier de confiance nous a prévenus du barrage.",
        "embassy": "Ambassade du Canada",
        "please_do_not": "nommer Elena Ortiz en public ni contacter sa famille.",
        "safe_channel": "Par l'avocate du comité, en personne.",
        "confirmed_by": "Le bureau régional du médiateur.",
        "responsible": (
            "Colonel R. Maldonado (fictif)",
            "Commandant de la police provinciale",
            "A ordonné la détention de nuit au barrage, sans inculpation.",
            "Notes de l'avocate et deux témoignages, conservés par l'avocate du comité.",
        ),
    },
    "ar": {
        "title": "تهديدات ضد لجنة المياه في وادي النهر الصافي",
        "country": "فريدونيا (بلد خيالي)",
        "at_risk": "سلمى الحداد",
        "organisation": "لجنة مياه الوادي (منظمة خيالية)",
        "summary": "ترأس سلمى الحداد لجنة أهلية تراقب ما يصرّفه منجم ذهب من مخلفات في النهر. ومنذ أن قدّمت "
        "شكوى إلى وزارة البيئة عام 2023، تتعرض للتهديد والملاحقة، ووُجّهت إليها تهمة «عرقلة التنمية».",
        "note": "الجلسة في 9 كانون الأول/ديسمبر 2025 أمام محكمة مدينة الوادي.",
        "ask": "إرسال مراقب إلى جلسة 9 كانون الأول/ديسمبر، ومطالبة المحافظ بالتحقيق في التهديدات.",
        "why": "المنجم مملوك لشركة مدرجة في بورصة بلدكم، وحكومتكم تموّل برنامج المياه في الإقليم.",
        "can_do": "حضور الجلسة، وإثارة القضية مع المحافظ، ولقاء إدارة الشركة.",
        "events": [
            (
                "مذيع في إذاعة محلية يصف اللجنة بأنها «عدوة التقدم».",
                "مدينة الوادي",
                "إذاعة القمة (Radio Cumbre)",
                "",
            ),
            ("اللجنة تقدّم شكوى بشأن تلوث المياه (الملف رقم 117/2023).", "وزارة البيئة", "", ""),
            (
                "احتُجزت سلمى الحداد ليلة كاملة عند حاجز للشرطة دون توجيه أي تهمة إليها.",
                "الطريق 9",
                "شرطة الإقليم",
                "ملاحظات المحامية",
            ),
            (
                "توجيه تهمة «عرقلة التنمية» إليها بموجب المادة 283.",
                "مدينة الوادي",
                "النيابة العامة في الإقليم",
                "",
            ),
        ],
        "outreach": (
            "بعثة الاتحاد الأوروبي",
            "مسؤولة الاتصال لحقوق الإنسان",
            "مراقبة المحاكمة",
            "وعدوا بدراسة الطلب",
            "معاودة الاتصال بعد تحديد موعد الجلسة.",
        ),
        "private": "حذّرنا شرطي نثق به من الحاجز قبل يوم.",
        "embassy": "سفارة كندا",
        "please_do_not": "ذكر اسم سلمى الحداد علنًا أو الاتصال بعائلتها.",
        "safe_channel": "عن طريق محامية اللجنة، وجهًا لوجه.",
        "confirmed_by": "مكتب أمين المظالم في المحافظة.",
        "responsible": (
            "العقيد ر. المالكي (شخصية خيالية)",
            "قائد شرطة المحافظة",
            "أمر باحتجازها ليلة كاملة عند الحاجز دون توجيه أي تهمة.",
            "ملاحظات المحامية وشهادتان مكتوبتان، تحتفظ بها محامية اللجنة.",
        ),
    },
    "ru": {
        "title": "Угрозы комитету по защите воды реки Рио-Кларо",
        "country": "Фридония (вымышленная страна)",
        "at_risk": "Елена Ортис Видаль",
        "organisation": "Комитет по защите воды Рио-Кларо (вымышленный)",
        "summary": "Елена Ортис возглавляет общественный комитет, который следит за сбросами золотого "
        "рудника в реку Рио-Кларо. С тех пор как в 2023 году она подала жалобу в министерство экологии, "
        "ей угрожают, за ней следят, а теперь ей предъявлено обвинение в «препятствовании развитию».",
        "note": "Заседание назначено на 9 декабря 2025 года в Сан-Маркосе.",
        "ask": "Направить наблюдателя на заседание 9 декабря и попросить губернатора расследовать угрозы.",
        "why": "Рудник принадлежит компании, акции которой котируются в вашей стране, а ваше правительство "
        "финансирует программу водоснабжения региона.",
        "can_do": "Присутствовать на заседании, обсудить дело с губернатором и встретиться с руководством "
        "компании.",
        "events": [
            (
                "Ведущий местного радио называет членов комитета «врагами прогресса».",
                "Сан-Маркос",
                "Радио «Кумбре»",
                "",
            ),
            (
                f"Комитет подаёт жалобу на загрязнение воды (дело №{NBSP}117/2023).",
                "Министерство экологии",
                "",
                "",
            ),
            (
                "Елену Ортис всю ночь удерживают на полицейском посту без предъявления обвинения.",
                "Трасса 9",
                "Полиция провинции",
                "Записи адвоката",
            ),
            (
                "Предъявлено обвинение в «препятствовании развитию» (статья 283).",
                "Сан-Маркос",
                "Прокуратура провинции",
                "",
            ),
        ],
        "outreach": (
            "Делегация ЕС",
            "Контактное лицо по правам человека",
            "Наблюдение за судебным процессом",
            "Обещали рассмотреть просьбу",
            "Позвонить снова, когда будет назначена дата заседания.",
        ),
        "private": "О посте нас заранее предупредил знакомый полицейский.",
        "embassy": "Посольство Канады",
        "please_do_not": "называйте Елену Ортис публично и не связывайтесь с её семьёй.",
        "safe_channel": "Через адвоката комитета, только при личной встрече.",
        "confirmed_by": "Региональный уполномоченный по правам человека.",
        "responsible": (
            "Полковник Р. Мальдонадо (вымышленный)",
            "Начальник областной полиции",
            "Распорядился задержать её на ночь на посту без предъявления обвинения.",
            "Записи адвоката и два свидетельских показания хранятся у адвоката комитета.",
        ),
    },
}

DATES = [
    (PartialDate(2019, approximate=True), None, EventKind.SMEAR),
    (PartialDate(2023, 5), None, EventKind.OTHER),
    (PartialDate(2024, 3, 5), PartialDate(2024, 3, 6), EventKind.DETENTION),
    (PartialDate(2025, 9, 15), None, EventKind.CHARGES),
]


def fictional_case(lang: str) -> Case:
    """The same invented story, told in ``lang``."""
    s = STORIES[lang]
    events = [
        # Ids as a vault gives them: the accountability package links its conduct to event 3.
        TimelineEvent(date, kind, what, place=place, who=who, source=source, end_date=end, id=n)
        for n, ((date, end, kind), (what, place, who, source)) in enumerate(
            zip(DATES, s["events"], strict=True),  # type: ignore[arg-type]
            1,
        )
    ]
    events.append(
        TimelineEvent(
            PartialDate(2024, 3), EventKind.OTHER, str(s["private"]), disclosure=Disclosure.NOTES_ONLY
        )
    )
    institution, contact, asked, outcome, next_step = s["outreach"]  # type: ignore[misc]
    return Case(
        title=str(s["title"]),
        country=str(s["country"]),
        at_risk=str(s["at_risk"]),
        organisation=str(s["organisation"]),
        summary=str(s["summary"]),
        business_involved=True,
        request=CaseRequest(
            support=[
                SupportRequest(SupportKind.TRIAL_MONITORING, str(s["note"])),
                SupportRequest(SupportKind.PUBLIC_STATEMENT),
            ],
            ask=str(s["ask"]),
            deadline=PartialDate(2025, 12, 9),
            why_it_matters=str(s["why"]),
            embassy_can_do=str(s["can_do"]),
            please_do_not=str(s["please_do_not"]),
            safe_channel=str(s["safe_channel"]),
            confirmed_by=str(s["confirmed_by"]),
        ),
        timeline=events,
        outreach=[
            Outreach(
                PartialDate(2024, 3, 20), institution, Channel.MEETING, contact, asked, outcome, next_step
            )
        ],
    )


def fictional_package(lang: str) -> AccountabilityFile:
    """One invented person responsible, their conduct linked to the detention (event 3)."""
    name, position, conduct, evidence = STORIES[lang]["responsible"]  # type: ignore[misc]
    person = ResponsiblePerson(name, position=position, birth_date=PartialDate(1968, approximate=True), id=1)
    return AccountabilityFile(
        [person], [Conduct(1, ConductCategory.ARBITRARY_DETENTION, conduct, evidence, event_ids=[3])]
    )


def render(lang: str, variant: str) -> bytes:
    """The PDF of one variant: the hand-over brief, the speaker notes or the accountability package."""
    if variant == "accountability":
        return render_package(fictional_case(lang), fictional_package(lang), lang, prepared=PREPARED)
    options = BriefOptions(
        language=lang, variant=Variant(variant), embassy=str(STORIES[lang]["embassy"]), prepared=PREPARED
    )
    return render_brief(fictional_case(lang), options)


def screenshot(lang: str, variant: str, page: int, out: Path = OUT) -> Path:
    """Render the variant in memory and pipe page ``page`` into pdftoppm (0: every page, numbered)."""
    target = out / f"{VARIANTS[variant]}-{lang}"
    pages = ["-f", str(page), "-l", str(page), "-singlefile"] if page else []
    command = ["pdftoppm", "-png", "-r", "70", *pages, "-", str(target)]
    subprocess.run(command, input=render(lang, variant), check=True)
    return target.with_suffix(".png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", default=",".join(BRIEF_LANGUAGES), help="comma-separated codes")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated variants")
    parser.add_argument("--page", type=int, default=1, help="the page to render (default: 1; 0: all)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(exist_ok=True)
    for lang in args.languages.split(","):
        for variant in args.variants.split(","):
            print(screenshot(lang.strip(), variant.strip(), args.page, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
