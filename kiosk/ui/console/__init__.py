"""The staff console (``kiosk console``): an agent's counter on the hall's queue.

Login, then the counter's settings (its number and the service groups it serves), then
the live queue, the ticket at the counter with its actions, the visitor's request, and
the sync panel.  See docs/CONSOLE.md.
"""
