"""The visitor's screens, one module each."""
