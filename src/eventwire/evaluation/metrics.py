"""Precision, recall and F1: the arithmetic every `eventwire eval` scorer shares."""

from __future__ import annotations


def ratio(part: int, whole: int) -> float:
    """part / whole, 0.0 when there is nothing to divide by."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """Their harmonic mean, 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(hit: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """(precision, recall, F1) of `hit` right answers among `predicted`, out of `gold`."""
    precision, recall = ratio(hit, predicted), ratio(hit, gold)
    return precision, recall, f1(precision, recall)
