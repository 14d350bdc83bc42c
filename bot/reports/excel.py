"""The Excel report: one row per task, Vietnamese headers, coloured status, ready to filter and print.

Sheet "Tiến độ": unit, official, task, target, current value, %, expected pace, deadline month,
status (filled in its colour), why, last update, last note, task code. Frozen header row, auto
filter, numbers and percentages formatted. Sheet "Tổng hợp": one row per unit and the colour rules.
openpyxl is imported here only.
"""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.reports.text import COLOUR_NAMES, day, status_text
from bot.status import ON_PACE_GAP, Colour, Overview, TaskStatus

FILLS: dict[Colour, str] = {  # light fills: black text stays readable, and they print well
    Colour.RED: "F4B6AC",
    Colour.AMBER: "FBD99A",
    Colour.GREEN: "B7E1C4",
    Colour.GREY: "DDDDDD",
}
HEADERS: tuple[tuple[str, int], ...] = (  # (header, column width in characters)
    ("Đơn vị", 24),
    ("Cán bộ", 22),
    ("STT", 5),
    ("Nhiệm vụ", 48),
    ("Chỉ tiêu", 11),
    ("Đơn vị tính", 12),
    ("Hiện đạt", 11),
    ("Tỷ lệ đạt", 10),
    ("Cần đạt theo tiến độ", 12),
    ("Hạn (tháng)", 10),
    ("Trạng thái", 17),
    ("Diễn giải", 30),
    ("Cập nhật gần nhất", 17),
    ("Ghi chú gần nhất", 32),
    ("Mã nhiệm vụ", 12),
)
SHEET_TASKS = "Tiến độ"
SHEET_SUMMARY = "Tổng hợp"
TIME_FORMAT = "DD/MM/YYYY HH:MM"
CellValue = str | int | float | datetime | None


def _number_format(value: float) -> str:
    return "#,##0" if float(value).is_integer() else "#,##0.00"


def _wrapped_lines(value: CellValue, width: int) -> int:
    if not isinstance(value, str) or not value:
        return 1
    return max(1, -(-len(value) * 11 // (10 * max(width - 1, 1))))  # about 1.1 width units a letter


def task_row(status: TaskStatus, unit_name: str, official_name: str, tz: ZoneInfo) -> list[CellValue]:
    task = status.task
    progress = status.progress
    last_at = progress.last_update_at.astimezone(tz).replace(tzinfo=None) if progress.last_update_at else None
    return [
        unit_name,
        official_name,
        task.position,
        task.text,
        task.target.value,
        task.target.unit or "",
        progress.value,
        status.achieved,
        status.expected if status.completion is not None else None,
        f"{task.deadline.month:02d}/{task.deadline.year}",
        COLOUR_NAMES[status.colour],
        status_text(status),
        last_at,
        progress.last_note,
        task.id,
    ]


def render_workbook(overview: Overview, tz: ZoneInfo, generated_at: datetime | None = None) -> bytes:
    """The .xlsx bytes for everything in the overview, units worst first, tasks in pledge order."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = SHEET_TASKS
    header_font = Font(name="Calibri", bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="305496")
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, (title, width) in enumerate(HEADERS, start=1):
        cell = sheet.cell(row=1, column=col, value=title)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = border
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.row_dimensions[1].height = 32

    row_number = 1
    for unit in overview.units:
        for member in unit.officials:
            for status in sorted(member.tasks, key=lambda s: s.task.position):
                row_number += 1
                values = task_row(status, unit.unit.name, member.official.name, tz)
                for col, value in enumerate(values, start=1):
                    cell = sheet.cell(row=row_number, column=col, value=value)
                    cell.border = border
                    cell.alignment = wrap
                for col in (5, 7):
                    value = values[col - 1]
                    if isinstance(value, float | int):
                        sheet.cell(row=row_number, column=col).number_format = _number_format(value)
                sheet.cell(row=row_number, column=8).number_format = "0%"
                sheet.cell(row=row_number, column=9).number_format = "0%"
                sheet.cell(row=row_number, column=13).number_format = TIME_FORMAT
                # wrapped rows do not grow by themselves in every spreadsheet program: size them here
                lines = max(_wrapped_lines(value, HEADERS[col][1]) for col, value in enumerate(values))
                sheet.row_dimensions[row_number].height = 15 * lines + 2
                status_cell = sheet.cell(row=row_number, column=11)
                status_cell.fill = PatternFill("solid", fgColor=FILLS[status.colour])
                status_cell.font = Font(name="Calibri", bold=status.colour is Colour.RED)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(row_number, 1)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    if sheet.sheet_properties.pageSetUpPr is not None:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True

    summary = workbook.create_sheet(SHEET_SUMMARY)
    stamp = generated_at.astimezone(tz).strftime("%H:%M ") if generated_at else ""
    summary.append([f"Báo cáo tiến độ thực hiện cam kết đến {stamp}{day(overview.today)}"])
    summary["A1"].font = Font(name="Calibri", bold=True, size=14)
    summary.append([])
    head = ["Đơn vị", "Số nhiệm vụ", "Trễ (đỏ)", "Chậm (cam)", "Ổn (xanh)", "Chưa có tin (xám)",
            "Đã xong (trung bình)", "Cần đạt (trung bình)"]
    summary.append(head)
    for col in range(1, len(head) + 1):
        cell = summary.cell(row=3, column=col)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    summary.row_dimensions[3].height = 32
    for unit in overview.units:
        t = unit.tally
        summary.append([unit.unit.name, t.total, t.red, t.amber, t.green, t.grey, t.completion, t.expected])
        row = summary.max_row
        summary.cell(row=row, column=7).number_format = "0%"
        summary.cell(row=row, column=8).number_format = "0%"
        summary.cell(row=row, column=1).fill = PatternFill("solid", fgColor=FILLS[t.colour])
    summary.append([])
    rules = [
        "Cách tính màu:",
        "Tiến độ cần đạt tăng đều từ tháng bắt đầu (hoặc tháng 1) đến hết tháng hạn chót.",
        f"Xanh: đã xong, hoặc chậm không quá {round(ON_PACE_GAP * 100)} điểm % so với tiến độ cần đạt.",
        "Cam: chậm hơn tiến độ 10–30 điểm %; hoặc vượt ngưỡng «không quá»;"
        " hoặc đến hạn trong tháng mà chưa xong.",
        "Đỏ: quá hạn mà chưa xong, hoặc chậm hơn tiến độ trên 30 điểm %.",
        "Xám: nhiệm vụ không có chỉ tiêu số (hoặc chỉ tiêu «không quá») chưa có tin nào.",
    ]
    for line in rules:
        summary.append([line])
    summary.column_dimensions["A"].width = 34
    for letter in "BCDEFGH":
        summary.column_dimensions[letter].width = 13
    summary.freeze_panes = "A4"
    summary.page_setup.orientation = "landscape"
    summary.page_setup.fitToWidth = 1
    summary.page_setup.fitToHeight = 0
    if summary.sheet_properties.pageSetUpPr is not None:
        summary.sheet_properties.pageSetUpPr.fitToPage = True

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
