"""How long a brief takes to render, against a bare ReportLab table of the same text.

The floor is what ReportLab itself needs for the same words in a plain ``Table`` of
``Paragraph`` cells in one font (no shaping, no bidi, no font runs, no page decorations);
the ratio is the price of the multilingual layer. Target: a 500-event brief in under
5 seconds on a 2-core laptop (the export dialog renders in the background meanwhile).

    PYTHONPATH=. python benchmarks/brief_bench.py [--sizes 50,500,2000] [--lang en] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import random
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from timing import median_seconds

from hrdesk.brief.date_format import format_date
from hrdesk.brief.fonts import LATIN, register_fonts
from hrdesk.brief.options import BriefOptions
from hrdesk.brief.render import render_brief
from hrdesk.brief.texts import brief_texts
from hrdesk.domain.case import Case, EventKind, TimelineEvent
from hrdesk.domain.dates import PartialDate

TARGET_500_SECONDS = 5.0

WORDS = {
    "en": "the defender was followed by two men in a grey car from the office to her home and later "
    "received messages threatening her family if the committee kept speaking about the mine",
    "ar": "تعرضت المدافعة للملاحقة من رجلين في سيارة رمادية من المكتب إلى منزلها ثم تلقت رسائل "
    "تهدد عائلتها إذا استمرت اللجنة في الحديث عن المنجم (Mining Corp) منذ 2023",
    "ru": "за правозащитницей следили двое мужчин в серой машине от офиса до дома а потом она получила "
    "сообщения с угрозами её семье если комитет продолжит говорить о руднике",
}


def fictional_case(events: int, lang: str, seed: int | None = None) -> Case:
    """``events`` fictional events in ``lang``; another ``seed`` gives other sentences."""
    rnd = random.Random(events if seed is None else seed)
    words = WORDS.get(lang, WORDS["en"]).split()
    timeline = [
        TimelineEvent(
            PartialDate(2000 + rnd.randrange(25), rnd.randrange(1, 13), rnd.randrange(1, 28)),
            rnd.choice(list(EventKind)),
            " ".join(rnd.choices(words, k=rnd.randrange(12, 40))),
            place=f"{words[n % len(words)]} {n}",
            who=f"{words[(n * 7) % len(words)]} {n % 40}",
        )
        for n in range(events)
    ]
    return Case(title="Benchmark case (fictional)", summary=" ".join(words), timeline=timeline)


def bare_table(case: Case, lang: str) -> bytes:
    """The floor: the same cells as plain ReportLab paragraphs in one table."""
    register_fonts()
    t = brief_texts(lang)
    style = ParagraphStyle("cell", fontName=LATIN, fontSize=9, leading=12)
    rows = [
        [
            Paragraph(text, style)
            for text in (format_date(e.date, t), f"{e.kind.value} {e.what}", e.place, e.who)
        ]
        for e in case.sorted_timeline()
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    doc.build([Table(rows, colWidths=[30 * mm, 78 * mm, 31 * mm, 31 * mm], repeatRows=0)])
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="50,500,2000")
    parser.add_argument("--lang", default="en", choices=sorted(WORDS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    render_brief(fictional_case(5, args.lang), BriefOptions(language=args.lang))  # warm fonts and caches
    print(f"language {args.lang}, median of {args.repeat}")
    print(f"{'events':>7} {'brief s':>9} {'floor s':>9} {'ratio':>6}")
    ok = True
    for size in (int(s) for s in args.sizes.split(",")):
        case = fictional_case(size, args.lang)
        brief = median_seconds(lambda c=case: render_brief(c, BriefOptions(language=args.lang)), args.repeat)
        floor = median_seconds(lambda c=case: bare_table(c, args.lang), args.repeat)
        print(f"{size:>7} {brief:>9.2f} {floor:>9.2f} {brief / floor:>6.1f}")
        if size == 500 and brief > TARGET_500_SECONDS:
            ok = False
    print(f"target: 500 events under {TARGET_500_SECONDS:.0f} s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
