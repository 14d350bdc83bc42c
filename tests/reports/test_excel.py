"""The .xlsx report, opened with openpyxl and checked against the database."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from bot.models import fold_progress
from bot.reports.data import load_overview
from bot.reports.excel import FILLS, HEADERS, SHEET_SUMMARY, SHEET_TASKS, render_workbook
from bot.reports.text import COLOUR_NAMES
from bot.status import Colour, task_status
from bot.store import Store
from tests.conftest import VN
from tests.reports.world import DISTRICT_A_TASKS, TODAY


async def _workbook(store: Store, officials_of: str | None = None) -> Worksheet:
    officials = (await store.pledges.subordinates(officials_of) if officials_of
                 else await store.pledges.officials())
    overview = await load_overview(store, officials, TODAY, 21)
    data = render_workbook(overview, VN, TODAY)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == [SHEET_TASKS, SHEET_SUMMARY]
    sheet = book[SHEET_TASKS]
    return sheet


async def test_one_row_per_task_with_values_colours_and_times_from_the_database(world: Store) -> None:
    sheet = await _workbook(world)
    header = [c.value for c in sheet[1]]
    assert header == [title for title, _ in HEADERS]
    rows = {row[14].value: row for row in sheet.iter_rows(min_row=2)}
    tasks = await world.pledges.all_tasks()
    assert set(rows) == {t.id for t in tasks}
    officials = {o.id: o for o in await world.pledges.officials()}
    units = {u.id: u.name for u in await world.pledges.units()}
    for task in tasks:
        row = rows[task.id]
        # the independent path: every stored update folded in Python
        progress = fold_progress(task, await world.progress.updates_for_task(task.id))
        status = task_status(task, progress, TODAY.date())
        owner = officials[task.official_id]
        assert row[0].value == units[owner.unit_id]
        assert row[1].value == owner.name
        assert row[2].value == task.position
        assert row[3].value == task.text
        assert row[4].value == task.target.value
        assert row[6].value == progress.value
        assert row[7].value == status.achieved
        assert row[9].value == f"{task.deadline.month:02d}/{task.deadline.year}"
        assert row[10].value == COLOUR_NAMES[status.colour]
        assert row[10].fill.fgColor.rgb.endswith(FILLS[status.colour])
        expected_time = progress.last_update_at.astimezone(VN).replace(tzinfo=None) if progress.last_update_at \
            else None
        assert row[12].value == expected_time
        assert (row[13].value or "") == progress.last_note

    # spot checks against the story in world.fill_world
    assert rows["dh-01"][6].value == 3.0  # the undone 5 does not count
    assert rows["dh-01"][10].value == COLOUR_NAMES[Colour.AMBER]  # 3/12,5 = 24% at half time
    assert rows["bm-02"][10].value == COLOUR_NAMES[Colour.RED]  # February deadline passed
    assert rows["bm-03"][10].value == COLOUR_NAMES[Colour.GREEN]  # 1,2% within 1,35%
    assert rows["bm-01"][6].value == 40.0 and rows["bm-01"][7].value == 0.4
    assert rows["bm-01"][13].value == "thêm ở KCN"
    assert isinstance(rows["bm-01"][12].value, datetime)


async def test_formats_frozen_header_and_filter(world: Store) -> None:
    sheet = await _workbook(world)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:O{sheet.max_row}"
    bm01 = next(row for row in sheet.iter_rows(min_row=2) if row[14].value == "bm-01")
    assert bm01[7].number_format == "0%"
    assert bm01[8].number_format == "0%"
    assert bm01[6].number_format == "#,##0"
    dh01 = next(row for row in sheet.iter_rows(min_row=2) if row[14].value == "dh-01")
    assert dh01[4].number_format == "#,##0.00"  # 12,5 tỷ
    assert sheet.column_dimensions["D"].width >= 40  # the task text is readable
    assert all(cell.font.b for cell in sheet[1])


async def test_a_leader_workbook_holds_only_their_district(world: Store) -> None:
    sheet = await _workbook(world, "lanhdao-a")
    assert {row[14].value for row in sheet.iter_rows(min_row=2)} == DISTRICT_A_TASKS
