"""Sync with the centre (outbox pusher, reference-data puller): the sync issue fills this.

Today the outbox is written by :mod:`kiosk.store` in the same transaction as each
request; nothing reads it yet.
"""
