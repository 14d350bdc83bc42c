import pytest

from bot.formatting import fmt_number, fmt_quantity


@pytest.mark.parametrize(("value", "text"), [
    (26500, "26.500"), (12.5, "12,5"), (1.346, "1,35"), (0.5, "0,5"), (1_250_000.75, "1.250.000,75"),
    (100.0, "100"), (-3, "-3"), (2.999, "3"), (0, "0"),
])
def test_vietnamese_separators(value: float, text: str) -> None:
    assert fmt_number(value) == text


def test_units() -> None:
    assert fmt_quantity(85, "%") == "85%"
    assert fmt_quantity(12.5, "tỷ đồng") == "12,5 tỷ đồng"
    assert fmt_quantity(3, None) == "3"
