"""The trade's words for the model's codes, in the current language (see docs/glossary.md).

The model stores codes (``decider``, ``no-owner-b``, ``former-colleague``); people read
words: 决定者, 无B角, 前同事. Each code is in the catalogue with a context (``role``, ``gap``,
``circle``, ...), so one English word can have two Chinese ones.

Examples
--------
>>> from kamgraph.i18n import set_lang
>>> set_lang("zh")
>>> role("coach"), gap_kind("no-owner-b"), stance_word(2), severity("high")
('教练/内线', '无B角', '支持', '高')
>>> set_lang("en")
>>> role("coach"), stance_word(2)
('coach', 'supporter')
>>> set_lang(None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kamgraph.i18n import NP_, _, get_lang, pgettext

__all__ = ["role", "roles", "stance_word", "stance_text", "severity", "gap_kind", "gap_fix",
           "affiliation", "level", "circle", "tie", "direction", "yes_no"]

_ROLE = (NP_("role", "initiator"), NP_("role", "user"), NP_("role", "influencer"),
         NP_("role", "decider"), NP_("role", "approver"), NP_("role", "buyer"),
         NP_("role", "gatekeeper"), NP_("role", "coach"))
_STANCE = {-3: NP_("stance", "strong opponent"), -2: NP_("stance", "opponent"),
           -1: NP_("stance", "leaning against"), 0: NP_("stance", "neutral"),
           1: NP_("stance", "leaning for"), 2: NP_("stance", "supporter"),
           3: NP_("stance", "exclusive supporter")}
#: the stance scale's words by value (marked with their context), for modules that write
#: in a language given to them
STANCE_WORDS = _STANCE
_SEVERITY = (NP_("severity", "high"), NP_("severity", "medium"), NP_("severity", "low"))
_GAP = (NP_("gap", "no-owner-a"), NP_("gap", "no-owner-b"), NP_("gap", "same-a-b"),
        NP_("gap", "owner-left"), NP_("gap", "owner-overloaded"),
        NP_("gap", "owner-far-below"), NP_("gap", "owner-not-knowing"),
        NP_("gap", "owner-out-of-touch"), NP_("gap", "few-channels"), NP_("gap", "no-sponsor"))
_AFFILIATION = (NP_("affiliation", "internal"), NP_("affiliation", "board"),
                NP_("affiliation", "family"), NP_("affiliation", "friend"),
                NP_("affiliation", "regulator"), NP_("affiliation", "consultant"),
                NP_("affiliation", "external"))
_LEVEL = (NP_("level", "staff"), NP_("level", "manager"), NP_("level", "director"),
          NP_("level", "vp"), NP_("level", "c-level"), NP_("level", "board"))
_CIRCLE = (NP_("circle", "superior"), NP_("circle", "peer"), NP_("circle", "advisor"),
           NP_("circle", "board"), NP_("circle", "family"), NP_("circle", "friend"),
           NP_("circle", "former-colleague"), NP_("circle", "alumni"), NP_("circle", "club"),
           NP_("circle", "supplier"), NP_("circle", "regulator"), NP_("circle", "other"),
           NP_("circle", "colleague"), NP_("circle", "school"), NP_("circle", "customer"),
           NP_("circle", "neighbour"), NP_("circle", "religion"), NP_("circle", "business"))
_TIE = (NP_("tie", "INFLUENCES"), NP_("tie", "REPORTS_TO"), NP_("tie", "KNOWS"),
        NP_("tie", "SPONSORS"), NP_("tie", "INFORMS"), NP_("tie", "OWNS"))
_DIRECTION = (NP_("direction", "in"), NP_("direction", "out"))


def _word(context: str, code: str | None) -> str:
    if not code:
        return ""
    return pgettext(context, str(code))


def role(code: str) -> str:
    return _word("role", code)


def roles(codes: Iterable[str] | None) -> str:
    return ", ".join(role(c) for c in codes or ())


def stance_word(value: int | None) -> str:
    """The scale's word for a stance (``supporter``), blank when unknown."""
    if value is None:
        return ""
    return pgettext("stance", _STANCE[max(-3, min(3, int(value)))])


def stance_text(value: int | None) -> str:
    """``+2 supporter``."""
    if value is None:
        return ""
    return f"{int(value):+d} {stance_word(value)}"


def severity(code: str) -> str:
    return _word("severity", code)


def gap_kind(code: str) -> str:
    return _word("gap", code)


def affiliation(code: str | None) -> str:
    return _word("affiliation", code)


def level(code: str | None) -> str:
    return _word("level", code)


def circle(code: str | None) -> str:
    return _word("circle", code)


def tie(code: str) -> str:
    return _word("tie", code)


def direction(code: str) -> str:
    return _word("direction", code)


def yes_no(flag: bool, *, no: str = "") -> str:
    return _("yes") if flag else no


_ROLE_IN_FIX = re.compile(r"\brole ([AB])\b")


def gap_fix(kind: str, fix: str, candidates: Sequence[str]) -> str:
    """The suggested fix of a coverage gap in the current language.

    ``candidates`` are the display names the fix proposes. In English this is the
    analyzer's own wording; other languages build it from the gap's kind.
    """
    if get_lang() == "en":
        return fix
    if hasattr(fix, "code"):  # a fact of the analyzers: worded from its own parameters
        from kamgraph.analyzers.words import render

        return render(fix, get_lang())
    names = "、".join(candidates)
    m = _ROLE_IN_FIX.search(fix)
    r = m.group(1) if m else ""
    words = {
        "no-owner-a": _("name an owner A: {names}"),
        "no-owner-b": _("name an owner B: {names}"),
        "same-a-b": _("give role B to someone else: {names}"),
        "owner-left": _("hand role {role} to {names}"),
        "owner-overloaded": _("move role {role} to {names}"),
        "owner-far-below": _("pair with a more senior colleague: {names}"),
        "owner-not-knowing": (_("have {names} introduce them") if candidates
                              else _("arrange an introduction through a warm path")),
        "few-channels": (_("open an independent channel through {names}") if candidates
                         else _("find a second independent information channel")),
        "no-sponsor": _("assign a sponsor: {names}"),
    }
    text = words.get(kind)
    return text.format(names=names, role=r) if text else fix
