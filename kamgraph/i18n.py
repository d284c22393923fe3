"""The message catalogue: every user-facing word in English and Chinese.

Messages are written in English in the code and marked for the catalogue:

* ``_("Imported {n} account(s)")`` translates now, into the current language;
* ``N_("...")`` only marks a string (a click help text, a table header defined at import
  time) so the extractor finds it; translate it later with ``_(text)``;
* ``pgettext("role", "coach")`` when one English word needs two translations.

Placeholders use ``str.format`` names and are filled after translation:
``_("{n} gap(s)").format(n=3)``.

The sources are ``kamgraph/locale/<lang>/LC_MESSAGES/kamgraph.po``; the compiled ``.mo``
beside each is committed, so a wheel, an sdist and an editable install all carry it with no
build step, and loading it at run time needs only the standard library's :mod:`gettext`
(no Babel import, which keeps ``kamgraph --help`` fast). ``python -m kamgraph.i18n update``
(needs Babel, in the ``test`` extra) collects new messages from the code into the ``.po``
files and recompiles them; a test fails when a message lacks its Chinese translation or a
``.mo`` is older than its ``.po``. See ``docs/i18n.md``.

The language is, in this order: :func:`set_lang` (the CLI's ``--lang``),
``$KAMGRAPH_LANG``, the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``:
anything starting with ``zh`` is Chinese), else English.

Examples
--------
>>> set_lang("zh")
>>> _("stance")
'态度'
>>> set_lang("en")
>>> _("stance")
'stance'
>>> set_lang(None)
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, Literal

__all__ = ["LANGS", "Lang", "LOCALE_DIR", "DOMAIN", "_", "N_", "NP_", "ngettext", "pgettext",
           "set_lang", "get_lang", "detect_lang", "translations", "Msg", "translate", "lang_code",
           "Text", "localized"]

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")
DOMAIN = "kamgraph"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_chosen: Lang | None = None


def detect_lang(env: Mapping[str, str] | None = None) -> Lang:
    """The language from ``KAMGRAPH_LANG`` or the locale variables; English by default.

    Examples
    --------
    >>> detect_lang({"LANG": "zh_CN.UTF-8"})
    'zh'
    >>> detect_lang({"KAMGRAPH_LANG": "en", "LANG": "zh_CN.UTF-8"})
    'en'
    >>> detect_lang({"LANG": "C.UTF-8"})
    'en'
    """
    env = os.environ if env is None else env
    explicit = (env.get("KAMGRAPH_LANG") or "").strip().lower()
    if explicit:
        return "zh" if explicit.startswith("zh") else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = (env.get(var) or "").strip().lower()
        if value:
            return "zh" if value.startswith("zh") else "en"
    return "en"


def set_lang(lang: str | None) -> None:
    """Choose the language for this process (``None``: back to the environment's)."""
    global _chosen
    if lang is None:
        _chosen = None
        return
    code = lang.strip().lower()
    _chosen = "zh" if code.startswith("zh") else "en"


def get_lang() -> Lang:
    """The language messages are translated into now."""
    return _chosen or detect_lang()


@cache
def translations(lang: Lang) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (English: the messages as written)."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang],
                               fallback=True)


def _(message: str) -> str:
    """``message`` in the current language."""
    if not message:
        return message
    return translations(get_lang()).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it (translate it later)."""
    return message


class Msg(str):
    """A message marked with :func:`NP_`: the English words, remembering their context."""

    context: str | None = None


def NP_(context: str, message: str) -> str:
    """Mark ``message`` with a context for the catalogue (translate later with pgettext, or
    with :func:`translate`, which remembers the context)."""
    marked = Msg(message)
    marked.context = context
    return marked


def lang_code(lang: str | None) -> Lang:
    """``"zh"`` or ``"en"`` from a language name (``None``: the current language)."""
    if lang is None:
        return get_lang()
    return "zh" if lang.strip().lower().startswith("zh") else "en"


def translate(message: str, lang: str | None = None) -> str:
    """``message`` (marked with :func:`N_` or :func:`NP_`) in ``lang``, else the current
    language. For modules that write a document in a language given to them.

    Examples
    --------
    >>> translate(NP_("role", "coach"), "zh"), translate(N_("stance"), "zh")
    ('教练/内线', '态度')
    >>> translate(NP_("role", "coach"), "en")
    'coach'
    """
    if not message:
        return str(message)
    t = translations(lang_code(lang))
    context = getattr(message, "context", None)
    return str(t.pgettext(context, message) if context else t.gettext(message))


class Text(str):
    """English words (``str(t)``) that remember their catalogue template and parameters,
    so they can be shown in another language later: ``Text(N_("unknown {kind}"),
    kind=Text(N_("person")))``. A parameter that is itself a :class:`Text` (or an
    :func:`NP_` message) is translated too.

    Examples
    --------
    >>> t = Text(N_("required field is missing"))
    >>> t == "required field is missing", t.localized("zh") != t
    (True, True)
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template, self.params = template, params
        return self

    def localized(self, lang: str | None = None) -> str:
        """The words in ``lang`` (else the current language)."""
        text = translate(self.template, lang)
        if not self.params:
            return text
        return text.format(**{k: localized(v, lang) for k, v in self.params.items()})


def localized(value: Any, lang: str | None = None) -> Any:
    """``value`` in ``lang`` when it is words that know how (:class:`Text`, an :func:`NP_`
    message, an error with ``localized()``); anything else as it is."""
    if isinstance(value, Msg):
        return translate(value, lang)
    if hasattr(value, "localized") and callable(value.localized):
        return value.localized(lang) if isinstance(value, Text) else value.localized()
    return value


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the current language."""
    return translations(get_lang()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart from the same words elsewhere."""
    return translations(get_lang()).pgettext(context, message)


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    from kamgraph.i18n_tools import main

    main()
