"""The progress chart sent in chat: horizontal bars per unit or per task, a tick for the expected pace.

Made for a phone screen: 1080 px wide, large type, one bar per line, the worst at the top, bars
coloured by status. matplotlib is imported here only (with the Agg backend, no display), so the
bot and `dondoc parse` start without it. DejaVu Sans, bundled with matplotlib, has every
Vietnamese letter.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from bot.reports.text import day, number, percent, shorten, target_text
from bot.status import Colour, Overview, Reason, TaskStatus, UnitStatus

COLOURS: dict[Colour, str] = {
    Colour.RED: "#d9412b",
    Colour.AMBER: "#f2a01e",
    Colour.GREEN: "#2e9e5b",
    Colour.GREY: "#9e9e9e",
}
LEGEND_NAMES: dict[Colour, str] = {
    Colour.RED: "Trễ",
    Colour.AMBER: "Chậm",
    Colour.GREEN: "Ổn",
    Colour.GREY: "Chưa có tin",
}
MAX_BARS = 25
WIDTH_INCHES = 7.2
DPI = 150


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    filled: float  # 0..1: how much of the bar is coloured
    expected: float | None  # where the pace tick goes, None for no tick
    colour: Colour
    note: str  # printed at the right of the bar


def unit_bars(overview: Overview) -> list[Bar]:
    """One bar per unit: mean completion against mean expected pace, coloured by the unit's mark."""
    bars = []
    for unit in overview.units:
        t = unit.tally
        red = f" · {t.red} trễ" if t.red else ""
        bars.append(Bar(unit.unit.name, t.completion or 0.0, t.expected, t.colour,
                        f"{percent(t.completion)} / cần {percent(t.expected)}{red}"))
    return bars


def task_bars(statuses: Sequence[TaskStatus]) -> list[Bar]:
    """One bar per task (a unit's drill-down)."""
    bars = []
    for s in statuses:
        label = f"#{s.task.position} {s.task.text}"
        if s.completion is not None:
            if s.reason is Reason.DONE:
                note = "đã xong"
            elif s.progress.value is None and s.task.target.value is not None:
                note = f"chưa có số liệu / cần {percent(s.expected)}"
            elif s.task.target.value is None:
                note = "quá hạn" if s.overdue else "đang làm" if s.progress.update_count else "chưa có tin"
                note += f" · hạn {s.task.deadline.month}/{s.task.deadline.year}"
            else:
                note = f"{percent(s.completion)} / cần {percent(s.expected)}"
            bars.append(Bar(label, s.completion, s.expected, s.colour, note))
            continue
        # an "at most" bound: full when held, shortened by how far the value overshoots
        value = s.progress.value
        target = s.task.target.value or 0.0
        if value is None:
            bars.append(Bar(label, 0.0, None, s.colour, "chưa có số liệu"))
        elif s.within_bound:
            bars.append(Bar(label, 1.0, None, s.colour, f"{number(value)} (ngưỡng {target_text(s.task)})"))
        else:
            filled = target / value if value > 0 else 0.0
            bars.append(Bar(label, filled, None, s.colour, f"{number(value)}, vượt {target_text(s.task)}"))
    return bars


def render_units(overview: Overview, title: str = "Tiến độ theo đơn vị") -> bytes:
    return render(unit_bars(overview), title, f"đến {day(overview.today)}")


def render_unit_tasks(unit: UnitStatus, today_label: str) -> bytes:
    return render(task_bars(unit.tasks), unit.unit.name, f"từng nhiệm vụ, đến {today_label}")


def render(bars: Sequence[Bar], title: str, subtitle: str) -> bytes:
    """PNG bytes. Bars keep their order (worst first at the top); at most MAX_BARS are drawn."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    shown = list(bars[:MAX_BARS])
    hidden = len(bars) - len(shown)
    labels = [textwrap.fill(shorten(b.label, 60), 24) for b in shown] or ["(không có dữ liệu)"]
    line_counts = [label.count("\n") + 1 for label in labels]
    rows = max(1, len(shown))
    height = 2.0 + sum(0.42 + 0.28 * n for n in line_counts) if shown else 3.5

    figure = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI)
    FigureCanvasAgg(figure)
    figure.patch.set_facecolor("white")
    ax = figure.add_axes((0.36, 0.95 / height, 0.6, 1 - 1.95 / height))
    positions = list(range(rows))
    # the track is a pale tint of the status colour, so an empty bar still shows red or amber
    ax.barh(positions, [1.0] * rows, height=0.7, zorder=1,
            color=[COLOURS[b.colour] for b in shown] if shown else "#eeeeee", alpha=0.2)
    if shown:
        ax.barh(positions, [max(0.0, min(b.filled, 1.0)) for b in shown], height=0.7, zorder=2,
                color=[COLOURS[b.colour] for b in shown])
        for y, bar in zip(positions, shown, strict=True):
            if bar.expected is not None:
                ax.plot([bar.expected, bar.expected], [y - 0.45, y + 0.45], color="#111111", linewidth=3,
                        zorder=3, solid_capstyle="butt")
            ax.text(0.015, y, bar.note, va="center", ha="left", fontsize=11, color="#111111", zorder=4,
                    fontweight="bold" if bar.colour is Colour.RED else "normal",
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "alpha": 0.85, "linewidth": 0})
    ax.set_yticks(positions)
    ax.set_yticklabels(labels, fontsize=12)
    ax.invert_yaxis()  # worst (first) at the top
    ax.set_xlim(0, 1)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.set_xticklabels(["0%", "25%", "50%", "75%", "100%"], fontsize=11)
    ax.grid(axis="x", color="#cccccc", linewidth=0.8, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)

    figure.text(0.03, 1 - 0.28 / height, title, fontsize=17, fontweight="bold", va="top")
    more = f" · {hidden} mục khác không vẽ" if hidden else ""
    figure.text(0.03, 1 - 0.68 / height, subtitle + more, fontsize=12, color="#444444", va="top")
    order = (Colour.RED, Colour.AMBER, Colour.GREEN, Colour.GREY)
    handles: list[Patch | Line2D] = [Patch(color=COLOURS[c], label=LEGEND_NAMES[c]) for c in order]
    handles.append(Line2D([0], [0], color="#111111", linewidth=3, label="Cần đạt"))
    figure.legend(handles=handles, loc="lower center", ncol=5, fontsize=11, frameon=False,
                  bbox_to_anchor=(0.5, 0.02 / height), handlelength=1.2, columnspacing=1.0)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()
