"""The PNG chart, decoded with a real image reader (Pillow, which matplotlib depends on)."""

from __future__ import annotations

import io

from PIL import Image

from bot.reports.chart import COLOURS, DPI, WIDTH_INCHES, render_unit_tasks, render_units, task_bars, unit_bars
from bot.reports.data import load_overview
from bot.status import Colour
from bot.store import Store
from tests.reports.world import TODAY


def _pixels_near(image: Image.Image, hex_colour: str, tolerance: int = 12) -> int:
    target = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    rgb = image.convert("RGB")
    return sum(count for count, colour in rgb.getcolors(maxcolors=1 << 20) or []
               if all(abs(c - t) <= tolerance for c, t in zip(colour, target, strict=True)))


async def test_unit_chart_is_a_phone_sized_png_with_status_colours(world: Store) -> None:
    overview = await load_overview(world, await world.pledges.officials(), TODAY, 21)
    png = render_units(overview)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.width == round(WIDTH_INCHES * DPI) == 1080
    assert image.height > 500
    colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50  # text, bars and anti-aliasing: not a blank canvas
    # Xã Bình Minh and Ấp Bình Minh 1 have a red task, Xã Tân Lập and Xã Đông Hòa an amber one
    assert [b.colour for b in unit_bars(overview)][:2] == [Colour.RED, Colour.RED]
    assert _pixels_near(image, COLOURS[Colour.RED]) > 500
    assert _pixels_near(image, COLOURS[Colour.AMBER]) > 500


async def test_task_chart_of_one_unit_has_one_bar_per_task(world: Store) -> None:
    overview = await load_overview(world, await world.pledges.officials(), TODAY, 21)
    unit = next(u for u in overview.units if u.unit.name == "Xã Bình Minh")
    bars = task_bars(unit.tasks)
    assert [b.label.split()[0] for b in bars] == ["#2", "#1", "#3"]  # worst first: overdue, then by gap
    assert bars[1].filled == 0.4 and bars[1].expected == 0.5
    assert bars[2].filled == 1.0 and bars[2].expected is None  # a bound held
    image = Image.open(io.BytesIO(render_unit_tasks(unit, "2/3/2026")))
    assert image.width == 1080
    assert _pixels_near(image, COLOURS[Colour.GREEN]) > 500  # bm-01 at 40% is on pace
    bigger = next(u for u in overview.units if u.unit.name == "Xã Tân Lập")
    assert Image.open(io.BytesIO(render_unit_tasks(bigger, "2/3/2026"))).height < image.height  # 1 bar vs 3
