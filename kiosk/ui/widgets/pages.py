"""Show one page of a stack and let only that page ask for room.

A ``QStackedWidget`` (or ``QTabWidget``) is as large as its largest page, so a tall
page nobody is looking at can push the window past a 768-pixel screen.  Pages not
shown get the ``Ignored`` size policy: the stack is then as large as the page shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget, QWidget


def show_only(stack: QStackedWidget | QTabWidget, page: int | QWidget) -> None:
    """Show ``page`` (an index or a widget of ``stack``); the other pages take no room."""
    index = page if isinstance(page, int) else stack.indexOf(page)
    for i in range(stack.count()):
        widget = stack.widget(i)
        policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
        if widget is not None:
            widget.setSizePolicy(policy, policy)
    stack.setCurrentIndex(index)
    if isinstance(stack, QStackedWidget):
        stack.adjustSize()
