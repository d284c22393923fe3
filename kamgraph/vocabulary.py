"""The vocabulary of an account: enums, scales and the small rules over them.

Levels and seniority, buying-center roles, affiliations, influence bases, circles,
interaction kinds, tiers, oversight posts, decision bodies, goals; the 7-point stance
scale and the field scale mapped onto it. Re-exported by :mod:`kamgraph.model`.
"""

from __future__ import annotations

__all__ = [
    "LEVELS", "LEVEL_RANK", "ROLES", "AFFILIATIONS", "INFLUENCE_BASES", "CIRCLES",
    "VISIBILITIES", "INTERACTION_KINDS", "DEPTHS", "INITIATIVES", "TIERS", "OVERSIGHT",
    "BODY_TYPES", "BODY_RULES", "GOAL_TYPES", "OWNER_ROLES", "US", "STANCE_LABELS",
    "FIELD_SCALE", "PRIVATE_FIELDS", "map_field_stance", "combine_strengths", "level_rank",
]

#: Seniority, lowest first. ``level_rank`` gives 1 (staff) .. 6 (board).
LEVELS: tuple[str, ...] = ("staff", "manager", "director", "vp", "c-level", "board")
LEVEL_RANK: dict[str, int] = {name: i + 1 for i, name in enumerate(LEVELS)}

#: Buying-center roles in an opportunity (决策链角色).
ROLES: tuple[str, ...] = (
    "initiator", "user", "influencer", "decider", "approver", "buyer", "gatekeeper", "coach",
)
#: Where a person stands relative to the account's formal org chart.
AFFILIATIONS: tuple[str, ...] = (
    "internal", "board", "family", "friend", "regulator", "consultant", "external",
)
INFLUENCE_BASES: tuple[str, ...] = (
    "superior", "peer", "advisor", "board", "family", "friend", "former-colleague",
    "alumni", "club", "supplier", "regulator", "other",
)
CIRCLES: tuple[str, ...] = (
    "family", "colleague", "former-colleague", "friend", "school", "alumni",
    "customer", "supplier", "neighbour", "religion", "club", "business", "other",
)
VISIBILITIES: tuple[str, ...] = ("formal", "hidden")
INTERACTION_KINDS: tuple[str, ...] = (
    "visit", "meal", "event", "call", "email", "home-visit", "key-date", "other",
)
#: Depth of a relationship shown by an interaction: office-only is shallow.
DEPTHS: tuple[str, ...] = ("office", "social", "family")
#: Who sought an interaction.
INITIATIVES: tuple[str, ...] = ("us", "them")
TIERS: tuple[str, ...] = ("S", "A", "B", "C")
#: Oversight posts, kept procedurally neutral (纪委, 审计, 招标办, 评标专家).
OVERSIGHT: tuple[str, ...] = ("discipline", "audit", "tender-office", "evaluation-expert")
#: Collective decision bodies (董事会, 党委会, 总经理办公会, 评标委员会).
BODY_TYPES: tuple[str, ...] = (
    "board", "party-committee", "gm-office-meeting", "bid-evaluation-committee", "other",
)
#: How a body decides: by majority, by consensus (anyone can block), or the chair decides.
BODY_RULES: tuple[str, ...] = ("majority", "consensus", "chair")
#: Market goal of the year (市场目标): 山头 territory, 份额 share, 盈利 profit, 竞争 competition.
GOAL_TYPES: tuple[str, ...] = ("territory", "share", "profit", "competition")
OWNER_ROLES: tuple[str, ...] = ("A", "B")
#: ``toward`` value meaning our own company.
US = "us"

#: The 7-point stance scale (关键客户关系评估 7 档).
STANCE_LABELS: dict[int, str] = {
    -3: "strong opponent", -2: "opponent", -1: "leaning against", 0: "neutral",
    1: "leaning for", 2: "supporter", 3: "exclusive supporter",
}
#: The 10-notch field scale (seed 004) mapped onto the 7-point scale.
#: ``-10`` ("leans to a competitor") becomes +2 toward that competitor and, in the
#: projection, -3 toward us unless a later assessment toward us says otherwise.
FIELD_SCALE: dict[int, int] = {
    5: 3, 4: 3, 3: 2, 2: 1, 1: 1, -1: 0, -2: -1, -3: -2, -5: -3, -10: 2,
}

#: Person fields that never leave the store unless the user asks for them.
PRIVATE_FIELDS: tuple[str, ...] = ("family", "hobbies", "home_area", "notes", "birthday")


def map_field_stance(raw: int) -> int:
    """Map a 10-notch field-scale value onto the 7-point scale.

    Examples
    --------
    >>> map_field_stance(5), map_field_stance(-1), map_field_stance(-5)
    (3, 0, -3)
    >>> map_field_stance(-10)  # leans to a competitor: +2 toward that competitor
    2
    """
    if raw not in FIELD_SCALE:
        scale = ", ".join(map(str, sorted(FIELD_SCALE)))
        raise ValueError(f"{raw} is not on the field scale ({scale})")
    return FIELD_SCALE[raw]


def combine_strengths(strengths: list[float]) -> float:
    """Noisy-or of the strengths of several bases between one ordered pair.

    Examples
    --------
    >>> round(combine_strengths([0.5, 0.4]), 2), combine_strengths([0.7])
    (0.7, 0.7)
    """
    miss = 1.0
    for x in strengths:
        miss *= 1.0 - max(0.0, min(1.0, x))
    return 1.0 - miss


def level_rank(level: str | None) -> int:
    """Ordinal seniority of a level name; 0 when unknown.

    Examples
    --------
    >>> level_rank("board") > level_rank("c-level") > level_rank("staff") > level_rank(None)
    True
    """
    return LEVEL_RANK.get(level or "", 0)

