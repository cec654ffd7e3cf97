"""Finding the service: categories with pictograms, then the services in one."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from kiosk.domain.text import pick
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.tile import TileButton

COLUMNS = 3


def _grid_area() -> tuple[QScrollArea, QGridLayout]:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setSpacing(20)
    area.setWidget(holder)
    return area, grid


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class CategoryScreen(Screen):
    """The categories offered at this kiosk, and a search tile."""

    step = 1

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.prompt = QLabel()
        self.prompt.setObjectName("screenPrompt")
        self.prompt.setWordWrap(True)
        self.content.addWidget(self.prompt)
        area, self.grid = _grid_area()
        self.content.addWidget(area, 1)
        self.tiles: dict[str, TileButton] = {}

    def on_enter(self) -> None:
        """Build the tiles in the visitor's language."""
        _clear(self.grid)
        self.tiles.clear()
        lang = self.nav.session.lang
        context = self.nav.config.site.context
        categories = self.nav.catalog.categories_in_context(context)
        for index, category in enumerate(categories):
            tile = TileButton(category.pictogram, pick(category.names, lang))
            tile.setObjectName(f"category_{category.id}")
            tile.clicked.connect(partial(self._open, category.id))
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[category.id] = tile
        search = TileButton("search.svg", self.tr("Search by name"))
        search.setObjectName("category_search")
        search.clicked.connect(partial(self.nav.show_screen, "search"))
        count = len(categories)
        self.grid.addWidget(search, count // COLUMNS, count % COLUMNS)
        self.tiles["search"] = search
        self.retranslate()

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Which service do you need?"))
        self.prompt.setText(self.tr("Touch a picture, or search by name."))

    def _open(self, category_id: str) -> None:
        self.nav.session.category_id = category_id
        self.nav.show_screen("services")


class ServiceListScreen(Screen):
    """The services of the chosen category."""

    step = 1

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.prompt = QLabel()
        self.prompt.setObjectName("screenPrompt")
        self.prompt.setWordWrap(True)
        self.content.addWidget(self.prompt)
        area, self.grid = _grid_area()
        self.content.addWidget(area, 1)
        self.tiles: dict[str, TileButton] = {}

    def on_enter(self) -> None:
        """Build the tiles of the chosen category."""
        _clear(self.grid)
        self.tiles.clear()
        lang = self.nav.session.lang
        category_id = self.nav.session.category_id or ""
        services = self.nav.catalog.services_in(category_id, self.nav.config.site.context)
        for index, service in enumerate(services):
            tile = TileButton(service.pictogram, service.name(lang))
            tile.setObjectName(f"service_{service.id}")
            tile.clicked.connect(partial(self._open, service.id))
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[service.id] = tile
        self.retranslate()

    def retranslate(self) -> None:
        """Texts of this screen."""
        category = self.nav.catalog.categories.get(self.nav.session.category_id or "")
        title = pick(category.names, self.nav.session.lang) if category else ""
        self.set_title(title)
        self.prompt.setText(self.tr("Touch the service you need."))

    def _open(self, service_id: str) -> None:
        self.nav.session.choose_service(service_id)
        self.nav.show_screen("card")
