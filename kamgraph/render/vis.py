"""The shapes a map page is drawn from: vis-network nodes and edges, legend rows,
department groups, person panels, the filter bar's choices and the page's facts.

They are the JSON the page reads (:mod:`kamgraph.render.html`), so the keys keep
vis-network's spelling (``borderWidth``, ``widthConstraint``). Every key but a
node's id and an edge's ends is optional: each view sets what it draws.
"""

from __future__ import annotations

from typing import Required, TypedDict

__all__ = ["Json", "Font", "StateColor", "NodeColor", "Constraint", "ShapeProperties",
           "VisNode", "EdgeColor", "ArrowHead", "Arrows", "Smooth", "VisEdge", "LegendItem",
           "Group", "Section", "ClosenessBoard", "Panel", "Filters", "MapMeta", "Drawn"]

#: Any JSON value (vis-network's options are handed to the page untouched).
Json = str | int | float | bool | None | list["Json"] | dict[str, "Json"]


class Font(TypedDict, total=False):
    size: float
    color: str
    strokeWidth: int
    strokeColor: str


class StateColor(TypedDict):
    background: str
    border: str


class NodeColor(TypedDict, total=False):
    background: str
    border: str
    highlight: StateColor
    hover: StateColor


class Constraint(TypedDict, total=False):
    minimum: float
    maximum: float


class ShapeProperties(TypedDict):
    borderDashes: list[int]


class VisNode(TypedDict, total=False):
    """A vis-network node, with the keys the page's search, filters and panels read
    (every node has an ``id``; a builder's overrides may leave it out)."""

    id: str
    #: person, staff, heading, dept (a folded department), cell (coverage matrix)
    kind: str
    label: str
    #: the tooltip, plain text
    title: str
    shape: str
    size: float
    color: NodeColor
    borderWidth: int
    font: Font
    x: float
    y: float
    physics: bool
    fixed: bool
    #: the lower-case text the search box matches
    search: str
    # persons and staff
    key: bool
    roles: list[str]
    dept: str
    stance: int | None
    supports: str
    gap: bool
    active: bool
    grp: str
    # a folded department
    image: str
    count: int
    #: its stance mix as pie slices, [colour, count], which the page draws on the canvas
    pie: list[list[str | int]]
    # the decision view: flow column, hidden-chain hop and whom one sways
    column: int
    hop: int
    sways: str
    gatekeeper: bool
    coach: bool
    shapeProperties: ShapeProperties
    # the circles view
    ring: int
    # the coverage matrix
    row: bool
    person: str
    staff: str
    margin: int
    widthConstraint: Constraint
    heightConstraint: Constraint



class EdgeColor(TypedDict, total=False):
    color: str
    opacity: float


class ArrowHead(TypedDict):
    enabled: bool
    type: str
    scaleFactor: float


class Arrows(TypedDict):
    to: ArrowHead


class Smooth(TypedDict):
    enabled: bool
    type: str
    roundness: float


#: A vis-network edge (``from`` is a Python keyword: hence the call form).
VisEdge = TypedDict("VisEdge", {
    "id": str, "from": Required[str], "to": Required[str],
    #: formal, hidden, reports (influence and decision views), tie (circles view)
    "kind": str, "title": str, "label": str, "arrows": "str | Arrows", "width": float,
    "dashes": "list[int] | bool", "color": EdgeColor, "font": Font,
    "smooth": "bool | Smooth", "circle": str,
}, total=False)


class LegendItem(TypedDict, total=False):
    """A legend row: a node swatch, a line swatch or text only."""

    kind: Required[str]
    label: Required[str]
    color: str
    border: str
    shape: str
    borderWidth: int
    dashes: list[int] | bool
    width: float


class Group(TypedDict):
    """A department of the account, as the page's department filter lists it."""

    id: str
    label: str
    count: int


#: A panel section: its heading and its lines.
Section = tuple[str, list[str]]


class ClosenessBoard(TypedDict):
    """A person's closeness by month, which the panel draws as a sparkline."""

    title: str
    months: list[str]
    scores: list[float]
    falling: bool
    note: str


class Panel(TypedDict, total=False):
    """The side panel of a person or one of our staff."""

    name: Required[str]
    sub: Required[str]
    sections: Required[list[Section]]
    #: the warm path to the person (staff first), and its words
    path: list[str]
    pathText: str
    closeness: ClosenessBoard


class Filters(TypedDict):
    """The filter bar's choices, each ``[id, words]``."""

    departments: list[list[str]]
    roles: list[list[str]]
    competitors: list[list[str]]


class MapMeta(TypedDict, total=False):
    """Facts about the map the page and the CLI read; a view adds its own flags."""

    account: str | None
    view: str
    opportunity: str | None
    date: str
    private: bool
    center: str | None
    #: influence view: departments open folded
    collapse: bool
    #: decision view: every label drawn
    legible: bool
    #: coverage view: a matrix, not a network
    matrix: bool


#: What a view's ``build`` returns: nodes, edges, department groups and its meta flags.
Drawn = tuple[list[VisNode], list[VisEdge], list[Group], MapMeta]
