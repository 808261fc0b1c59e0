"""The canvas every multi-page printout is built on (the handling form, the sign-off sheet,
and through visit_pages.py the site visit's printouts, the abnormality notice and the 8D
report): it holds the pages back until the end, so that each page's
decoration (footer, running header) can say "page N of M"."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

__all__ = ["paged_canvas"]


def paged_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say "page N of M"."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return PagedCanvas
