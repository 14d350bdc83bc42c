"""The Excel template an office clerk fills in: one sheet of pledges, one sheet explaining each column."""

from __future__ import annotations

from pathlib import Path

from bot.pledges.table import COLUMNS
from bot.pledges.xlsx_format import GUIDE_SHEET

DATA_SHEET = "Cam kết"
DIRECTION_CHOICES = ("ít nhất", "không quá", "hoàn thành")
ROLE_CHOICES = ("cán bộ", "lãnh đạo", "quản trị")
# a leader with one task, then two tasks of one official (the official's columns repeated on each row)
_TANPHU = {"official_id": "tanphu", "official_name": "Trần Hoàng Liêm",
           "official_title": "Chủ tịch UBND xã Tân Phú", "official_unit": "Xã Tân Phú",
           "official_leader": "chauthanh", "official_role": "cán bộ"}
EXAMPLE_ROWS: tuple[dict[str, str | float | None], ...] = (
    {"official_id": "chauthanh", "official_name": "Lê Văn Minh", "official_title": "Chủ tịch UBND huyện",
     "official_unit": "Huyện Châu Thành", "official_role": "lãnh đạo", "task_id": "ct-01",
     "task_text": "Hoàn thành xây dựng huyện nông thôn mới", "task_deadline": "2026-12"},
    {**_TANPHU, "task_id": "tp-01", "task_text": "Xây dựng mô hình vườn xanh, sạch, đẹp đạt 3ha",
     "task_direction": "ít nhất", "task_start": "2026-03", "task_deadline": "2026-09"},
    {**_TANPHU, "task_id": "tp-02", "task_text": "Giảm tỷ lệ hộ nghèo xuống còn dưới 1,35%",
     "task_target": 1.35, "task_unit": "%", "task_direction": "không quá", "task_deadline": "2026-12"},
)
GUIDE_INTRO = (
    "Cách điền tệp cam kết",
    "Mỗi hàng trong trang «Cam kết» là một nhiệm vụ. Các cột về cán bộ (mã, họ tên, chức vụ, đơn vị, "
    "lãnh đạo, vai trò) ghi lặp lại trên mỗi hàng của cùng một người, hoặc để trống mã cán bộ "
    "để dùng người ở hàng trên.",
    "Xoá các hàng ví dụ rồi điền danh sách của đơn vị. Giữ nguyên hàng tiêu đề. "
    "Cột có dấu * là bắt buộc.",
    "Kiểm tra tệp: dondoc pledges check TỆP.xlsx — nhập vào hệ thống: dondoc pledges import TỆP.xlsx. "
    "Nếu có lỗi, hệ thống chỉ rõ hàng, cột và lý do, và chưa ghi gì cho tới khi tệp hết lỗi.",
)
_TEXT_FORMAT_KEYS = {"official_id", "official_leader", "task_id", "task_start", "task_deadline"}


def write_template(out: Path) -> None:
    """Write the template workbook to `out` (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = DATA_SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    sheet.append([c.header for c in COLUMNS])
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for example in EXAMPLE_ROWS:
        sheet.append([example.get(c.key) for c in COLUMNS])
    sheet.freeze_panes = "A2"
    last_row = 2000
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        if column.key in _TEXT_FORMAT_KEYS:
            # text cells keep "001" and "2026-09" exactly as typed instead of Excel's guesses
            for row in range(2, last_row + 1):
                sheet[f"{letter}{row}"].number_format = "@"
        if column.key == "task_text":
            for row in range(2, len(EXAMPLE_ROWS) + 2):
                sheet[f"{letter}{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        choices = {"task_direction": DIRECTION_CHOICES, "official_role": ROLE_CHOICES}.get(column.key)
        if choices:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                        showErrorMessage=True, errorTitle="Giá trị không hợp lệ",
                                        error="Chọn một giá trị trong danh sách: " + ", ".join(choices))
            validation.add(f"{letter}2:{letter}{last_row}")
            sheet.add_data_validation(validation)

    guide = workbook.create_sheet(GUIDE_SHEET)
    guide.column_dimensions["A"].width = 24
    guide.column_dimensions["B"].width = 100
    guide.append([GUIDE_INTRO[0]])
    guide["A1"].font = Font(bold=True, size=14)
    for line in GUIDE_INTRO[1:]:
        guide.append([line])
        guide.merge_cells(start_row=guide.max_row, start_column=1, end_row=guide.max_row, end_column=2)
        guide.cell(row=guide.max_row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        guide.row_dimensions[guide.max_row].height = 32
    guide.append([])
    guide.append(["Cột", "Cách ghi"])
    for cell in guide[guide.max_row]:
        cell.font = bold
        cell.fill = fill
    for column in COLUMNS:
        guide.append([column.header + (" *" if column.required else ""), column.guide])
        guide.cell(row=guide.max_row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
