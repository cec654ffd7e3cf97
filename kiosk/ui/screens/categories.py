"""Finding the service: categories with pictograms, then the services in one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from kiosk.domain.text import pick
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, choices, sentences
from kiosk.ui.widgets.tile import TileButton

COLUMNS = 3
#: In large text, or on a narrow (1024 px) screen, two tiles a row: a long word
#: ("accompagnement") keeps on one line.
LARGE_TEXT_COLUMNS = 2
NARROW_PX = 1200


class TileGridScreen(Screen):
    """A prompt and a scrolling grid of big pictogram tiles."""

    step = 1

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.prompt = self.add_prompt()
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setSpacing(20)
        area.setWidget(holder)
        self.content.addWidget(area, 1)
        self.tiles: dict[str, TileButton] = {}
        self._columns = COLUMNS
        self._large = False

    def set_large_text(self, large: bool) -> None:
        """Fewer, wider tiles in large text."""
        super().set_large_text(large)
        self._large = large
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fewer, wider tiles on a narrow screen."""
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        narrow = 0 < self.width() < NARROW_PX
        columns = LARGE_TEXT_COLUMNS if self._large or narrow else COLUMNS
        if columns != self._columns:
            self._columns = columns
            self._place(list(self.tiles.values()))

    def _place(self, tiles: list[TileButton]) -> None:
        """Put ``tiles`` in reading order, :attr:`_columns` a row."""
        for tile in tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(tiles):
            self.grid.addWidget(tile, index // self._columns, index % self._columns)
        # Tiles keep their size; the space below a short list stays empty instead of
        # stretching one row of tiles over the whole screen.
        rows = -(-len(tiles) // self._columns)
        for row in range(max(self.grid.rowCount(), rows + 1)):
            self.grid.setRowStretch(row, 1 if row == rows else 0)
        for column in range(max(self.grid.columnCount(), COLUMNS)):
            self.grid.setColumnStretch(column, 1 if column < self._columns else 0)

    def spoken_text(self) -> str:
        """The title, what to do, then every tile's words in order."""
        return sentences(super().spoken_text(),
                         choices(tile.text() for tile in self.tiles.values()))

    def fill(self, tiles: Sequence[tuple[str, str, str, Callable[[], None]]]) -> None:
        """Replace the tiles: (key, pictogram, text, what a touch does) each."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.tiles.clear()
        for key, pictogram, text, action in tiles:
            tile = TileButton(pictogram, text)
            tile.setObjectName(f"tile_{key}")
            tile.clicked.connect(action)
            self.tiles[key] = tile
        self._place(list(self.tiles.values()))


class CategoryScreen(TileGridScreen):
    """The categories offered at this kiosk, and a search tile."""

    def on_enter(self) -> None:
        """Build the tiles in the visitor's language."""
        lang = self.nav.session.lang
        categories = self.nav.catalog.categories_in_context(self.nav.config.site.context)
        tiles = [(c.id, c.pictogram, pick(c.names, lang), partial(self._open, c.id))
                 for c in categories]
        tiles.append(("search", "search.svg", self.tr("Search by name"),
                      partial(self.nav.show_screen, "search")))
        tiles.append(("scan", "scan.svg", self.tr("Scan a QR code"),
                      partial(self.nav.show_screen, "scan")))
        self.fill(tiles)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Which service do you need?"))
        self.prompt.setText(self.tr("Touch a picture, or search by name."))
        if "search" in self.tiles:
            self.tiles["search"].set_text(self.tr("Search by name"))
            self.tiles["scan"].set_text(self.tr("Scan a QR code"))

    def _open(self, category_id: str) -> None:
        self.nav.session.category_id = category_id
        self.nav.show_screen("services")


class ServiceListScreen(TileGridScreen):
    """The services of the chosen category."""

    def on_enter(self) -> None:
        """Build the tiles of the chosen category."""
        lang = self.nav.session.lang
        category_id = self.nav.session.category_id or ""
        services = self.nav.catalog.services_in(category_id, self.nav.config.site.context)
        self.fill([(s.id, s.pictogram, s.name(lang), partial(self._open, s.id))
                   for s in services])
        self.retranslate()

    def retranslate(self) -> None:
        """Texts of this screen."""
        category = self.nav.catalog.categories.get(self.nav.session.category_id or "")
        self.set_title(pick(category.names, self.nav.session.lang) if category else "")
        self.prompt.setText(self.tr("Touch the service you need."))

    def _open(self, service_id: str) -> None:
        self.nav.session.choose_service(service_id)
        self.nav.show_screen("card")
