"""Every user-facing text of the conversation core, in one place. Short, natural Vietnamese for a phone.

Placeholders use str.format names. Leader reports and history have their own texts in their modules.
"""

from __future__ import annotations

# --- strangers and registration -------------------------------------------------------------
UNKNOWN_SENDER = (
    "Xin chào! Đây là trợ lý đôn đốc cam kết trách nhiệm, chỉ dành cho cán bộ đã được mời. "
    "Anh/chị hãy mở đường link mời do văn phòng gửi, hoặc gõ /start kèm mã mời."
)
INVITE_INVALID = (
    "Mã mời không đúng, đã dùng hoặc đã hết hạn. Anh/chị kiểm tra lại, hoặc xin văn phòng một mã mới."
)
WELCOME = (
    "Chào {title_name}! Tôi đã ghi nhận tài khoản này cho anh/chị.\n"
    "Anh/chị có {count} nhiệm vụ cam kết. Cứ nhắn tiến độ như bình thường, ví dụ:\n"
    "{examples}\n"
    "Gõ /nhiemvu để xem danh sách, /trogiup để xem các lệnh."
)
WELCOME_BACK = "Chào {title_name}! Anh/chị cứ nhắn tiến độ, hoặc gõ /nhiemvu để xem các nhiệm vụ."
REBIND_USAGE = "Gõ /gancb <mã cán bộ>, ví dụ: /gancb tanphu"
REBIND_UNKNOWN = "Không có cán bộ mã «{official_id}»."
REBIND_DONE = (
    "Mã mời mới cho {name} ({official_id}), dùng một lần, hết hạn sau {hours} giờ:\n{code}\n"
    "Đường link: {link}\n"
    "Khi cán bộ mở link trên máy mới, tài khoản cũ sẽ tự bị gỡ."
)

# --- reporting -------------------------------------------------------------------------------
RECORDED_HEAD = "Đã ghi nhận:"
RECORDED_ALREADY = "Tin này đã được ghi nhận trước đó:"
HANDLED_ALREADY = "Tin này tôi đã nhận và xử lý rồi."
CORRECTED_HEAD = "Đã sửa theo tin nhắn anh/chị vừa chỉnh:"
CORRECTION_HEAD = "Đã sửa:"
UNRESOLVED_TAIL = "Phần còn lại của tin tôi chưa rõ ứng với việc nào — anh/chị nhắn riêng giúp tôi nhé."
AMBIGUOUS = "Tin này ứng với việc nào ạ? Chọn bên dưới (hoặc gõ số 1, 2…; gõ «huỷ» để bỏ qua)."
UNMATCHED = (
    "Tôi chưa rõ tin này báo cáo cho việc nào. Các nhiệm vụ của anh/chị:\n{tasks}\n"
    "Anh/chị ghi số thứ tự trước số liệu, ví dụ: «#{example_number}: {example_value}»."
)
QUESTION_HINT = (
    "Tôi chỉ ghi nhận tiến độ, chưa trả lời được câu hỏi này. "
    "Hạn chót và tiến độ từng việc: /nhiemvu · cách báo cáo: /baocao · các lệnh: /trogiup."
)
ACKNOWLEDGED = "Dạ. Khi có số liệu mới anh/chị cứ nhắn, ví dụ «#1: đạt 60»."
REPORT_LATER_ACK = "Dạ, tôi chờ số liệu của anh/chị. Có số thì nhắn lại, ví dụ «#1: đạt 60»."
NOTHING_TO_RECORD = (
    "Tôi đã lưu tin nhắn, nhưng không thấy số liệu nào để ghi. "
    "Muốn báo cáo, anh/chị nhắn ví dụ «#1: đạt 60» hoặc gõ /baocao để xem cách nhắn."
)
NO_TASKS = "Anh/chị chưa có nhiệm vụ cam kết nào trong hệ thống. Liên hệ văn phòng nếu đây là nhầm lẫn."
EDIT_NO_ORIGINAL = "Tôi không tìm thấy tin gốc của tin vừa sửa, nên xử lý như một tin mới."
EDIT_NOTHING = "Tin đã sửa không còn số liệu nào, nên tôi đã hoàn tác phần ghi nhận trước của tin đó."
BUTTON_UNDO = "Hoàn tác"
BUTTON_FIX = "Sửa"
BUTTON_FIX_TASK = "Sửa #{number}"
BUTTON_CANCEL = "Huỷ"

UNDONE = "Đã hoàn tác. Tiến độ hiện tại:"
UNDO_NOTHING = "Không còn gì để hoàn tác."
UNDO_ALREADY = "Phần này đã được hoàn tác rồi."
FIX_ASK = "Anh/chị gõ số đúng cho #{number} {task} (hiện ghi {value}). Gõ «huỷ» để thôi."
FIX_NOT_A_NUMBER = "Tôi chưa đọc được số. Anh/chị gõ lại chỉ số liệu, ví dụ «{example}», hoặc «huỷ»."
FIX_GONE = "Số liệu này đã được hoàn tác hoặc sửa rồi, không sửa được nữa."
CHOICE_DONE = "Đã ghi nhận theo lựa chọn của anh/chị:"
CHOICE_CANCELLED = "Đã bỏ qua, không ghi gì."
CHOICE_GONE = "Câu hỏi này đã được trả lời rồi."
CHOICE_OUT_OF_RANGE = "Anh/chị chọn từ 1 đến {count}, hoặc gõ «huỷ»."
BUTTON_REFUSED = "Nút này không dành cho anh/chị, hoặc không còn dùng được."

# --- commands --------------------------------------------------------------------------------
TASKS_HEAD = "Nhiệm vụ của {title_name} ({count}):"
TASKS_TAIL = "Báo cáo: nhắn «#số: số liệu», ví dụ «#{number}: {value}»."
REPORT_HOWTO = (
    "Cách báo cáo: nhắn tự nhiên, có dấu hay không dấu đều được. Ví dụ từ nhiệm vụ của anh/chị:\n"
    "{examples}\n"
    "Ghi thêm «#số» ở đầu cho chắc chắn. Nhiều việc trong một tin thì mỗi việc một dòng.\n"
    "Ghi nhầm? Bấm «Hoàn tác» hoặc gõ /hoantac."
)
HELP_OFFICIAL = (
    "Các lệnh:\n"
    "/nhiemvu — nhiệm vụ và tiến độ của tôi\n"
    "/baocao — cách nhắn báo cáo\n"
    "/lichsu — các lần báo cáo gần đây\n"
    "/hoantac — hoàn tác tin báo cáo gần nhất\n"
    "/tamdung <số ngày> — tạm dừng nhắc việc; /tieptuc — nhắc lại\n"
    "Muốn báo cáo, cứ nhắn tiến độ, ví dụ «#1: đạt 60»."
)
HELP_LEADER = (
    "\nDành cho lãnh đạo:\n"
    "/tiendo — tiến độ của các đơn vị cấp dưới (/tiendo <đơn vị> để xem chi tiết)\n"
    "/tre — các việc chậm, quá hạn\n"
    "/xuatexcel — báo cáo Excel"
)
HELP_ADMIN = "\nQuản trị:\n/gancb <mã cán bộ> — tạo mã mời mới (gắn lại khi cán bộ đổi máy)"
LEADERS_ONLY = "Lệnh này chỉ dành cho lãnh đạo."
ADMINS_ONLY = "Lệnh này chỉ dành cho quản trị viên."
UNKNOWN_COMMAND = "Tôi chưa biết lệnh «{command}». Gõ /trogiup để xem các lệnh."
PAUSE_USAGE = "Gõ /tamdung <số ngày>, ví dụ /tamdung 7 (tối đa 90 ngày)."
PAUSED = "Đã tạm dừng nhắc việc đến hết ngày {until}. Gõ /tieptuc để nhắc lại sớm hơn."
RESUMED = "Đã bật lại nhắc việc."
HISTORY_HEAD = "Các lần báo cáo gần đây:"
HISTORY_EMPTY = "Anh/chị chưa có báo cáo nào."
NOT_READY = "Chức năng này đang được hoàn thiện, anh/chị thử lại sau nhé."
PROGRESS_FALLBACK_HEAD = "Tiến độ cấp dưới ({count} cán bộ):"
PROGRESS_FALLBACK_EMPTY = "Chưa có cán bộ nào thuộc quyền theo dõi của anh/chị."
ERROR = "Xin lỗi, tôi gặp trục trặc khi xử lý tin này. Tin nhắn đã được lưu; anh/chị thử lại sau ít phút nhé."

# --- task status words -----------------------------------------------------------------------
STATUS_DONE = "✅ đã xong"
STATUS_LATE = "⚠️ quá hạn"
STATUS_NOT_REPORTED = "chưa báo cáo"
STATUS_IN_PROGRESS = "đang thực hiện"
DEADLINE = "hạn {month}"

# The database stayed locked by another process (an import, a backup) through the store's retries.
# With a durable channel (Telegram: the update stays in the inbox and is fed again within a minute
# while the bot runs, and at the next start) the message really is kept and handled later:
BUSY_KEPT = "Hệ thống đang bận, tin của anh/chị đã được giữ lại, sẽ xử lý sau ít phút."
# Without one (the terminal demo) the raw message may be stored, but nothing will handle it again:
BUSY_RESEND = "Hệ thống đang bận, tin này chưa xử lý được. Anh/chị gửi lại sau ít phút nhé."
