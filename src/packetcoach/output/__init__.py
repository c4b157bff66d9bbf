"""Renderers: a Report in, text out. Each format is one module; none analyses anything."""

FORMATS = ("terminal", "json", "markdown", "sarif", "checkstyle", "compact", "github")
