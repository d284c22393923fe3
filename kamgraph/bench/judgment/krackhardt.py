"""Krackhardt's high-tech managers: advice, friendship and reports-to among 21 managers.

Source: Krackhardt, D. (1987). Cognitive social structures. Social Networks 9, 104-134;
tabulated in Wasserman, S. and Faust, K. (1994), Social Network Analysis, appendix B.
The matrices below are each manager's own answers (row i of manager i's slice of the
cognitive-social-structure data): row i, column j = 1 when manager i goes to j for
advice (ADVICE, 190 ties) or calls j a friend (FRIENDSHIP, 102 ties). Reports-to comes
from company documents: the president (7) heads the company, the four vice presidents
(2, 14, 18, 21) report to him and every other manager to the vice president of their
department. Level 1 = president, 2 = vice president, 3 = manager.
"""

from __future__ import annotations

ADVICE = """
0 1 0 1 0 0 0 1 0 0 0 0 0 0 0 1 0 1 0 0 1
0 0 0 0 0 1 1 0 0 0 0 0 0 0 0 0 0 0 0 0 1
1 1 0 1 0 1 1 1 1 1 1 1 0 1 0 0 1 1 0 1 1
1 1 0 0 0 1 0 1 0 1 1 1 0 0 0 1 1 1 0 1 1
1 1 0 0 0 1 1 1 0 1 1 0 1 1 0 1 1 1 1 1 1
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1
0 1 0 0 0 1 0 0 0 0 1 1 0 1 0 0 1 1 0 0 1
0 1 0 1 0 1 1 0 0 1 1 0 0 0 0 0 0 1 0 0 1
1 1 0 0 0 1 1 1 0 1 1 1 0 1 0 1 1 1 0 0 1
1 1 1 1 1 0 0 1 0 0 1 0 1 0 1 1 1 1 1 1 0
1 1 0 0 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 1
1 1 0 0 1 0 0 0 1 0 0 0 0 1 0 0 0 1 0 0 0
0 1 0 0 0 0 1 0 0 0 0 0 0 0 0 0 0 1 0 0 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 1 1 1
1 1 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0
1 1 0 1 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 1
1 1 1 1 1 0 1 1 1 1 1 0 1 1 1 1 0 0 1 1 1
1 1 1 0 1 0 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0
1 1 0 0 0 1 0 1 0 0 1 1 0 1 1 1 1 1 0 0 1
0 1 1 1 0 1 1 1 0 0 0 1 0 1 0 0 1 1 0 1 0
"""

FRIENDSHIP = """
0 1 0 1 0 0 0 1 0 0 0 1 0 0 0 1 0 0 0 0 0
1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0 0 1
0 0 0 0 0 0 0 0 0 0 0 0 0 1 0 0 0 0 1 0 0
1 1 0 0 0 0 0 1 0 0 0 1 0 0 0 1 1 0 0 0 0
0 1 0 0 0 0 0 0 1 0 1 0 0 1 0 0 1 0 1 0 1
0 1 0 0 0 0 1 0 1 0 0 1 0 0 0 0 1 0 0 0 1
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 1 0 1 0 0 1 1 0 0 1 0 0 0 1 0 0 0 1 0
1 1 1 1 1 0 0 1 1 0 0 1 1 0 1 0 1 1 1 0 0
1 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 1 0 0 0 1
0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0 0 0 0
1 0 1 0 1 1 0 0 1 0 1 0 0 1 0 0 0 0 1 0 0
1 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 0 0 1 1 1
0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
1 1 1 0 1 0 0 0 0 0 1 1 0 1 1 0 0 0 0 1 0
0 0 0 0 0 0 0 0 0 0 1 0 0 0 0 0 0 1 0 0 0
0 1 0 0 0 0 0 0 0 0 0 1 0 0 0 0 1 1 0 0 0
"""

#: manager -> (age, tenure in years, level, department; 0 = the president, no department)
ATTRIBUTES: dict[int, tuple[int, float, int, int]] = {
    1: (33, 9.333, 3, 4),
    2: (42, 19.583, 2, 4),
    3: (40, 12.75, 3, 2),
    4: (33, 7.5, 3, 4),
    5: (32, 3.333, 3, 2),
    6: (59, 28, 3, 1),
    7: (55, 30, 1, 0),
    8: (34, 11.333, 3, 1),
    9: (62, 5.417, 3, 2),
    10: (37, 9.25, 3, 3),
    11: (46, 27, 3, 3),
    12: (34, 8.917, 3, 1),
    13: (48, 0.25, 3, 2),
    14: (43, 10.417, 2, 2),
    15: (40, 8.417, 3, 2),
    16: (27, 4.667, 3, 4),
    17: (30, 12.417, 3, 1),
    18: (33, 9.083, 2, 3),
    19: (32, 4.833, 3, 2),
    20: (38, 11.667, 3, 2),
    21: (36, 12.5, 2, 1),
}


def matrix(text: str) -> list[list[int]]:
    """A 0/1 matrix typed as rows of digits."""
    return [[int(x) for x in line.split()] for line in text.strip().splitlines()]
