"""Renderers for a calibration: terminal, Markdown, standalone HTML and the versioned JSON."""
