"""Numbers the way Vietnamese readers write them: one place for every message, report and CLI line."""

from __future__ import annotations


def fmt_number(value: float) -> str:
    """26500 → '26.500', 12.5 → '12,5', 1.346 → '1,35': dots group thousands, a comma marks decimals,
    at most two decimals and no trailing zeros."""
    rounded = round(float(value), 2)
    if rounded == int(rounded):
        return f"{int(rounded):,}".replace(",", ".")
    whole, _, decimals = f"{rounded:,.2f}".partition(".")
    return whole.replace(",", ".") + "," + decimals.rstrip("0")


def fmt_quantity(value: float, unit: str | None) -> str:
    """A figure with its unit: '12,5 tỷ đồng', '85%' (no space before %)."""
    if unit == "%":
        return f"{fmt_number(value)}%"
    return f"{fmt_number(value)} {unit or ''}".rstrip()
