"""The field team's screens (``kiosk field``): log in, record, list, search and edit
one's own assistance cases, write the handover file for a USB stick."""
