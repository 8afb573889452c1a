"""Reading a generated PDF's text back for tests, form XObjects included."""

from __future__ import annotations

from pypdf import PageObject


def page_lines(page: PageObject) -> list[str]:
    """The page's text as lines, top to bottom, each piece put where it is drawn.

    pypdf's layout mode leaves out text in form XObjects, which is where the appraisal PDF
    draws the contents' page numbers and the footer's "Page N of M"; its visitor sees them.
    """
    rows: dict[int, list[tuple[float, str]]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            rows.setdefault(round(y), []).append((x, text.strip()))

    page.extract_text(visitor_text=visit)
    return [" ".join(text for _, text in sorted(rows[y])) for y in sorted(rows, reverse=True)]
