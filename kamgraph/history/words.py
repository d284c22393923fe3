"""The words of capture, change watch, closeness and review, in English and Chinese.

:data:`EN` maps each key to its English words, marked for the message catalogue (the
Chinese is in ``kamgraph/locale/zh/LC_MESSAGES/kamgraph.po``); :func:`w` looks a key up
in a language (``{name}`` fields are filled in) and :func:`lang_of` picks the language
(``--lang``, else ``$KAMGRAPH_LANG``, else English).

>>> w("recorded", "zh", what=w("cmd.stance", "zh"), account="acme", rev=3)
'已记录立场评估到 acme（版本 3）'
"""

from __future__ import annotations

from typing import Literal

from kamgraph.i18n import N_, NP_, translate

__all__ = ["w", "lang_of", "Lang", "EN", "KIND_WORDS", "kind_word"]

Lang = Literal["en", "zh"]

#: key -> English words, marked for the catalogue (the Chinese is in the .po)
EN: dict[str, str] = {
    "recorded": N_("Recorded {what} in {account} (revision {rev})"),
    "cmd.log": N_("an interaction"), "cmd.stance": N_("a stance assessment"),
    "cmd.move": N_("a move"),
    "cmd.leave": N_("a departure"), "cmd.assign": N_("an assignment"), "cmd.tie": N_("a tie"),
    "op.add": N_("added"), "op.remove": N_("removed"), "op.change": N_("changed"),
    "vendor.us": N_("us"),
    # changes
    "changes.title": N_("Changes in {account} from {since} to {until}"),
    "changes.none": N_("Nothing changed."),
    "h.when": N_("when"), "h.what": N_("what"), "h.who": N_("who"), "h.detail": N_("detail"),
    "h.by": N_("by"),
    "h.severity": NP_("history", "severity"), "h.alert": N_("alert"), "h.person": N_("person"),
    "h.month": N_("month"),
    "h.score": NP_("history", "score"), "h.trend": N_("trend"), "h.owner": N_("owner"),
    "h.target": N_("target"),
    "h.planned": N_("planned move"), "h.actual": N_("actual move"), "h.start": N_("at adoption"),
    "h.aim": N_("aim"), "h.status": NP_("history", "status"), "h.due": N_("due"),
    "h.step": NP_("history", "step"), "h.done": N_("on track"), "h.overdue": N_("overdue"),
    "h.staff": N_("staff"),
    "h.kind": NP_("history", "kind"), "h.depth": N_("depth"), "h.summary": N_("summary"),
    "h.next": N_("next step"),
    "h.post": N_("post"), "h.from": N_("from"), "h.to": NP_("history", "to"),
    "h.vendor": N_("toward"),
    "h.value": NP_("history", "stance"), "h.evidence": N_("evidence"), "h.targets": N_("targets"),
    "h.reached": N_("reached"), "h.checkpoint": N_("checkpoint"), "h.recency": N_("recency"),
    "h.frequency": N_("frequency"), "h.reciprocity": N_("reciprocity"),
    "c.moved": N_("moved from {before} to {after}"), "c.arrived": N_("arrived ({post})"),
    "c.took": N_("took the post {after}"),
    "c.left": N_("left"), "c.stance": N_("stance toward {toward} {before} -> {after} ({delta})"),
    "c.stance_new": N_("stance toward {toward} first assessed at {after}"),
    "c.tie_add": N_("new tie from {other} (strength {strength})"),
    "c.tie_remove": N_("tie from {other} lost"),
    "c.owner_add": N_("{other} became owner {role}"),
    "c.owner_remove": N_("{other} no longer owner {role}"),
    "c.sponsor_add": N_("{other} became sponsor"),
    "c.sponsor_remove": N_("{other} no longer sponsor"),
    "c.channel_add": N_("new information channel {other}"),
    "c.channel_remove": N_("information channel {other} closed"),
    "c.gap_open": N_("gap opened: {gap}"), "c.gap_close": N_("gap closed: {gap}"),
    "c.top_in": N_("entered the top {top} key persons (#{rank})"),
    "c.top_out": N_("left the top {top} key persons"),
    "c.staff_left": N_("our {other} left us"),
    # alerts
    "alerts.title": N_("Alerts for {account} on {day} (changes since {since})"),
    "alerts.none": N_("No alerts."),
    "a.key_left": N_("key person left ({when})"), "a.key_moved": N_("key person moved: {detail}"),
    "a.cooled": N_("supporter cooled {before} -> {after} toward us"),
    "a.owner_left": N_("owner {role} {owner} has left us: {person} has no owner {role}"),
    "a.overdue": N_("next step overdue since {due} ({days} days): {step}"),
    "a.closeness": N_("closeness falling: {trend}"),
    # closeness
    "closeness.title": N_("Closeness of key persons in {account}, {first} to {last}"),
    "closeness.title_people": N_("Closeness in {account}, {first} to {last}"),
    "closeness.falling": N_("falling"),
    # review
    "plan.adopted": N_("Adopted plan {plan} for {account} with {n} targets ({by}, {on})"),
    "review.title": N_("Review of plan {plan} ({adopted}) for {account} on {day} by {by}"),
    "review.progress": N_("Progress per owner"),
    "review.saved": N_("Review saved ({n} targets, {reached} reached, {overdue} steps overdue)."),
    "review.none": N_("No plan adopted for {account}: run `kamgraph adopt {account}` first."),
    "status.reached": N_("reached"), "status.moving": N_("moving"), "status.stalled": N_("stalled"),
    "status.slipped": N_("slipped"), "status.late": N_("late"), "status.left": N_("left"),
    # person
    "p.posts": N_("Post history"), "p.stances": N_("Stance history"),
    "p.closeness": N_("Closeness by month"),
    "p.interactions": N_("Interactions, newest first"), "p.current": NP_("history", "current"),
}


#: the kinds of change rows (history.changes.ITEM_KINDS) in words
KIND_WORDS: dict[str, str] = {
    "left": NP_("change", "left"), "moved": NP_("change", "moved"),
    "arrived": NP_("change", "arrived"), "stance": NP_("change", "stance"),
    "staff": NP_("change", "staff"), "owner": NP_("change", "owner"),
    "sponsor": NP_("change", "sponsor"), "channel": NP_("change", "channel"),
    "tie": NP_("change", "tie"), "gap": NP_("change", "gap"), "top": NP_("change", "top"),
}


def kind_word(kind: str, lang: str = "en") -> str:
    """The kind of a change row in ``lang`` (the code itself when unknown)."""
    message = KIND_WORDS.get(kind)
    return kind if message is None else translate(message, lang)


def lang_of(value: str | None = None) -> Lang:
    """The language asked for: ``value``, else the catalogue's (``--lang`` anywhere on the
    line, ``$KAMGRAPH_LANG``, the locale), else English."""
    from kamgraph.i18n import get_lang

    got = (value or get_lang() or "en").lower()
    return "zh" if got.startswith("zh") else "en"


def w(key: str, lang: str = "en", **fields: object) -> str:
    """The words for ``key`` in ``lang`` with ``fields`` filled in."""
    text = translate(EN[key], lang)
    return text.format(**fields) if fields else text
