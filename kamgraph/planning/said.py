"""Planning sentences whose words live in the gettext catalogue (new sentences go here,
not into the old tables of :mod:`kamgraph.planning.words`).

A :class:`Said` is a :class:`~kamgraph.planning.words.Say` whose key is the English
message itself; it renders through the catalogue of the language asked for, so it fits
wherever a ``Say`` does (notes, reasons, steps).

>>> Said("owner B proposed: {who}", (("who", "Ann"),)).text("en")
'owner B proposed: Ann'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kamgraph.i18n import translations
from kamgraph.planning.words import Say, _arg

__all__ = ["Said", "said"]


@dataclass(frozen=True)
class Said(Say):
    """A sentence keyed by its English text (marked with ``N_`` where it is written)."""

    def text(self, lang: str = "en") -> str:
        message = translations("zh" if lang == "zh" else "en").gettext(self.key)
        return message.format(**{k: _arg(lang, v) for k, v in dict(self.args).items()})


def said(message: str, **args: Any) -> Said:
    """``Said(message, args)``: the message must be marked ``N_`` by the caller."""
    return Said(message, tuple(sorted(args.items())))
