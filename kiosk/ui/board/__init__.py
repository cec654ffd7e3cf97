"""The call board (``kiosk board``): a TV on the wall of the hall, in Arabic and French.

* :mod:`~kiosk.ui.board.window` -- the window: current calls in large type, the last six
  calls, each service group's number and wait, clock, "connection lost" banner;
* :mod:`~kiosk.ui.board.calls` -- new calls and recalls found by comparing snapshots
  (plain Python);
* :mod:`~kiosk.ui.board.poller` -- the queue read every two seconds off the UI thread;
* its parts: :mod:`~kiosk.ui.board.current` (the calls in large type),
  :mod:`~kiosk.ui.board.recent` (the last calls), :mod:`~kiosk.ui.board.groups` (each
  service group), :mod:`~kiosk.ui.board.header` (header, banner, footer), built on
  :mod:`~kiosk.ui.board.labels` (two-language labels) and
  :mod:`~kiosk.ui.board.textrow` (rows of type drawn to fit);
* :mod:`~kiosk.ui.board.style`, :mod:`~kiosk.ui.board.texts` -- its look, its words in
  pairs;
* :mod:`~kiosk.ui.board.app` -- starting it around a built kiosk.

Sound is :mod:`kiosk.devices.announcer` (chime, Arabic, French; queued, never cut off).
docs/BOARD.md says what the board shows and how to run it on a TV.
"""
