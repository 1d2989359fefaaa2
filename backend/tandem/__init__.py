"""Tandem: open-source 1:1 meetings and coaching."""
