"""Widgets, Qt models and dialogs: the only part of the app that imports Qt widgets."""
