"""A form for notebooks (ipywidgets): paste versions of a story into text boxes, then compare them.

>>> form = paste_form({"wire": wire_text, "copy": copy_text})   # doctest: +SKIP
>>> form                                                       # doctest: +SKIP
>>> comparison = framing.analyze(form.story())                 # doctest: +SKIP

The boxes start with the texts given, so a notebook run from top to bottom
without touching the form (as the tests do) compares those texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import ConfigError
from ..load import story_from_texts
from ..records import Story

__all__ = ["PasteForm", "paste_form"]

_AUTO = "let framing find it"


class PasteForm:
    """Text boxes for the versions, a name for each, and the baseline (or "let framing find it")."""

    def __init__(self, texts: Mapping[str, str], outlets: Mapping[str, str], boxes: int) -> None:
        import ipywidgets as widgets

        ids = list(texts) + [f"version {i}" for i in range(len(texts) + 1, boxes + 1)]
        self._names = [widgets.Text(value=outlets.get(key, key), description="Name:") for key in ids]
        self._texts = [
            widgets.Textarea(
                value=texts.get(key, ""),
                placeholder="Paste the article here",
                layout=widgets.Layout(width="95%", height="8em"),
            )
            for key in ids
        ]
        self._baseline = widgets.Dropdown(options=[_AUTO, *ids], value=_AUTO, description="Baseline:")
        self._ids = ids
        rows = [widgets.VBox([name, text]) for name, text in zip(self._names, self._texts, strict=True)]
        self.widget = widgets.VBox([self._baseline, *rows])

    def _repr_mimebundle_(self, **options: Any) -> Any:
        return self.widget._repr_mimebundle_(**options)

    def story(self, title: str | None = None) -> Story:
        """The story in the boxes now (empty boxes left out)."""
        filled = [
            (key, name.value.strip(), text.value)
            for key, name, text in zip(self._ids, self._names, self._texts, strict=True)
            if text.value.strip()
        ]
        texts = {key: text for key, _, text in filled}
        outlets = {key: name for key, name, _ in filled if name and name != key}
        chosen = self._baseline.value
        if chosen != _AUTO and chosen not in texts:
            raise ConfigError(
                f"The baseline chosen in the form, {chosen!r}, has an empty box; paste its text or "
                "choose another baseline."
            )
        return story_from_texts(texts, outlets=outlets, baseline=None if chosen == _AUTO else chosen, title=title)


def paste_form(
    texts: Mapping[str, str] | None = None, *, outlets: Mapping[str, str] | None = None, boxes: int = 3
) -> PasteForm:
    """A form with at least ``boxes`` text boxes, filled with ``texts`` ({version id: text}) to start with."""
    texts = dict(texts or {})
    if boxes < 2:
        raise ConfigError(f"The 'boxes' parameter of paste_form must be 2 or more. Got {boxes!r} instead.")
    return PasteForm(texts, dict(outlets or {}), max(boxes, len(texts)))
