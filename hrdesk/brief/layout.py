"""Building blocks shared by every section: paragraphs in the brief's direction, and tables
whose columns run right-to-left in Arabic.

User-typed text goes through :meth:`Layout.user`, which applies the pseudonyms; the
brief's own labels go through :meth:`Layout.label`, which does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from hrdesk.brief.brief_paragraph import BriefParagraph, brief_paragraph, user_paragraph
from hrdesk.brief.chunked_table import chunked
from hrdesk.brief.direction import mirror_columns, mirror_table_style
from hrdesk.brief.fonts import LATIN
from hrdesk.brief.redaction import Pseudonymiser
from hrdesk.brief.rtl_paragraph import Direction
from hrdesk.brief.styles import HEADER_FILL, RULE, BriefStyles
from hrdesk.brief.tall_rows import split_tall_row
from hrdesk.brief.texts import BriefTexts

Cell = Flowable | list[Flowable]

_PAD = 4
#: Rows taller than this (points) are cut into several rows: about a quarter of an A4 frame.
ROW_LIMIT = 200.0
#: Room a heading needs below it (its own line, a table's header and first row).
HEADING_ROOM = 45 * mm
SUBHEADING_ROOM = 22 * mm


def _as_list(cell: Cell) -> list[Flowable]:
    return list(cell) if isinstance(cell, list) else [cell]


@dataclass
class Layout:
    texts: BriefTexts
    styles: BriefStyles
    direction: Direction
    names: Pseudonymiser
    width: float

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def label(self, text: str, style: ParagraphStyle | None = None) -> BriefParagraph:
        """A paragraph of the brief's own words."""
        return brief_paragraph(text, style or self.styles.body, self.direction)

    def heading(self, text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """A section heading, moved to the next page with what follows when the page is nearly full.

        (Not ``keepWithNext``: ReportLab would move a heading *and* a long table after it
        to a new page whenever the table does not fit in what is left of this one.)
        """
        return [CondPageBreak(HEADING_ROOM), self.label(text, style or self.styles.heading)]

    def subheading(self, text: str) -> list[Flowable]:
        return [CondPageBreak(SUBHEADING_ROOM), self.label(text, self.styles.subheading)]

    def user(self, text: str, style: ParagraphStyle | None = None) -> BriefParagraph:
        """A paragraph of what the defender typed, with names replaced when redacting."""
        return user_paragraph(self.names.apply(text.strip()), style or self.styles.body, self.direction)

    def indented(self, text: str, style: ParagraphStyle, amount: float = 5 * mm) -> BriefParagraph:
        """User text indented on the side where lines start (right in Arabic)."""
        side = "rightIndent" if self.rtl else "leftIndent"
        return self.user(text, style.clone(f"{style.name}_indented", None, **{side: amount}))

    def table(self, header: Sequence[str], rows: list[list[Cell]], widths_mm: Sequence[float]) -> Flowable:
        """A table with a repeated header row; columns mirrored and the table right-aligned in Arabic.

        ``widths_mm`` are relative: they are scaled to fill the frame's width. A row taller
        than :data:`ROW_LIMIT` is cut into several rows (see :mod:`hrdesk.brief.tall_rows`); a
        long table is laid out in chunks (see :mod:`hrdesk.brief.chunked_table`).
        """
        scale = self.width / (sum(widths_mm) * mm)
        widths = [w * mm * scale for w in widths_mm]
        inner = [w - 2 * _PAD for w in widths]
        head = [self.label(text, self.styles.cell_bold) for text in header]
        body: list[Sequence[Cell]] = []
        ends: list[int] = []  # the last table row of each item: a rule goes below it
        for row in rows:
            body += split_tall_row([_as_list(cell) for cell in row], inner, ROW_LIMIT)
            ends.append(len(body) - 1)
        n = len(header)

        def build(
            part: list[Sequence[Cell]],
            part_ends: list[int],
            with_header: bool,
            heights: list[float | None] | None,
        ) -> Table:
            top = 1 if with_header else 0
            commands: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                (
                    "FONTNAME",
                    (0, 0),
                    (-1, -1),
                    LATIN,
                ),  # ReportLab sets a cell font; Helvetica is not embedded
                ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
            if with_header:
                commands += [
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ]
            if len(part_ends) == len(part):
                commands.append(("LINEBELOW", (0, top), (-1, -1), 0.3, RULE))
            else:
                commands += [("LINEBELOW", (0, r + top), (-1, r + top), 0.3, RULE) for r in part_ends]
            table = Table(
                mirror_columns([head, *part] if with_header else part, self.rtl),
                colWidths=mirror_columns([widths], self.rtl)[0],
                rowHeights=heights,
                repeatRows=top,
                hAlign="RIGHT" if self.rtl else "LEFT",
            )
            table.setStyle(TableStyle(mirror_table_style(commands, n, self.rtl)))
            return table

        return chunked(body, ends, build)

    def pairs(self, rows: list[tuple[str, str]], label_mm: float = 38) -> Table:
        """Label/value lines of the header block, as a borderless two-column table."""
        s = self.styles
        data: list[list[Cell]] = [[self.label(k, s.cell_bold), self.user(v, s.cell)] for k, v in rows]
        widths = [label_mm * mm, self.width - label_mm * mm]
        # The gap goes between label and value: on the label's right, or its left in Arabic.
        inner, outer = ("LEFTPADDING", "RIGHTPADDING") if self.rtl else ("RIGHTPADDING", "LEFTPADDING")
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            (outer, (0, 0), (-1, -1), 0),
            (inner, (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        table = Table(
            mirror_columns(data, self.rtl),
            colWidths=mirror_columns([widths], self.rtl)[0],
            hAlign="RIGHT" if self.rtl else "LEFT",
        )
        table.setStyle(TableStyle(mirror_table_style(commands, 2, self.rtl)))
        return table
