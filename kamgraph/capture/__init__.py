"""Everyday capture: record one fact at a time into an account (see :mod:`.facts`)."""

from __future__ import annotations

from kamgraph.capture.facts import (
    ASSIGN_ROLES,
    Captured,
    assess_stance,
    assign,
    log_interaction,
    move_person,
    person_left,
    staff_left,
    tie,
)
from kamgraph.capture.resolve import CaptureError

__all__ = ["ASSIGN_ROLES", "Captured", "CaptureError", "assess_stance", "assign",
           "log_interaction", "move_person", "person_left", "staff_left", "tie"]
