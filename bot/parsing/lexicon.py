"""Word lists the parser leans on: abbreviations, function words, and cue phrases.

Everything is written with diacritics; matching compares accent keys when the sender typed accents
and folds otherwise (see normalize.word_forms). Extend ABBREVIATIONS freely: an abbreviation may have
several meanings, and the one sharing most words with the official's own tasks is taken.
"""

from __future__ import annotations

from functools import lru_cache

from bot.parsing.normalize import word_forms

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "gqvl": ("giải quyết việc làm",),
    "xkld": ("xuất khẩu lao động", "lao động đi làm việc ở nước ngoài"),
    "ld": ("lao động",),
    "nsnn": ("ngân sách nhà nước",),
    "ns": ("ngân sách",),
    "bhyt": ("bảo hiểm y tế",),
    "bhxh": ("bảo hiểm xã hội",),
    "bhtn": ("bảo hiểm thất nghiệp",),
    "gtnt": ("giao thông nông thôn",),
    "vms": ("thiết bị giám sát hành trình",),
    "xk": ("xuất khẩu",),
    "fdi": ("đầu tư nước ngoài", "đầu tư trực tiếp nước ngoài"),
    "clc": ("chất lượng cao",),
    "iuu": ("khai thác bất hợp pháp",),
    "msvt": ("mã số vùng trồng",),
    "dddt": ("dồn điền đổi thửa",),
    "mvt": ("mã vùng trồng",),
    "gt": ("giao thông",),
    "gpmb": ("giải phóng mặt bằng",),
    "ntm": ("nông thôn mới",),
    "ntmnc": ("nông thôn mới nâng cao",),
    "ntmkm": ("nông thôn mới kiểu mẫu",),
    "dtvm": ("đô thị văn minh",),
    "cchc": ("cải cách hành chính",),
    "cds": ("chuyển đổi số",),
    "dvc": ("dịch vụ công",),
    "dvctt": ("dịch vụ công trực tuyến",),
    "tthc": ("thủ tục hành chính",),
    "tngt": ("tai nạn giao thông",),
    "dtc": ("đầu tư công",),
    "xdcb": ("xây dựng cơ bản",),
    "kh": ("kế hoạch",),
    "dn": ("doanh nghiệp",),
    "sp": ("sản phẩm",),
    "dv": ("đảng viên", "dịch vụ", "đoàn viên", "đơn vị"),
    "tsvm": ("trong sạch vững mạnh",),
    "tsvmtd": ("trong sạch vững mạnh tiêu biểu", "trong sạch vững mạnh"),
    "httnv": ("hoàn thành tốt nhiệm vụ",),
    "htxsnv": ("hoàn thành xuất sắc nhiệm vụ",),
    "tnbq": ("thu nhập bình quân",),
    "htx": ("hợp tác xã",),
    "dx": ("đông xuân", "đề xuất"),
    "thth": ("tổ hợp tác",),
    "pccc": ("phòng cháy chữa cháy",),
    "antt": ("an ninh trật tự",),
    "attp": ("an toàn thực phẩm",),
    "vsmt": ("vệ sinh môi trường",),
    "vsattp": ("vệ sinh an toàn thực phẩm",),
    "gcn": ("giấy chứng nhận",),
    "qsdd": ("quyền sử dụng đất",),
    "gcnqsdd": ("giấy chứng nhận quyền sử dụng đất",),
    "sdd": ("sử dụng đất", "suy dinh dưỡng"),
    "ctmtqg": ("chương trình mục tiêu quốc gia",),
    "mtqg": ("mục tiêu quốc gia",),
    "ptnt": ("phát triển nông thôn",),
    "ktxh": ("kinh tế xã hội",),
    "hn": ("hộ nghèo",),
    "hcn": ("hộ cận nghèo",),
    "cb": ("cán bộ",),
    "cbcc": ("cán bộ công chức",),
    "hs": ("hồ sơ", "học sinh"),
    "bc": ("báo cáo",),
    "ub": ("ủy ban",),
    "ubnd": ("ủy ban nhân dân",),
    "tt": ("thị trấn", "trung tâm"),
    "tc": ("tiêu chí",),  # "TC số 13 thêm 1 xã đạt": a criterion of the new countryside
    "ttvh": ("trung tâm văn hóa",),
    "gdvh": ("gia đình văn hóa",),
    "mn": ("mầm non",),
    "qg": ("quốc gia",),
    "nvh": ("nhà văn hóa",),
    "dtm": ("đô thị mới",),
    "xhh": ("xã hội hóa",),
    "ccb": ("cựu chiến binh",),
    "tdtt": ("thể dục thể thao",),
    "dl": ("du lịch",),
    "nn": ("nông nghiệp",),
    "ptsx": ("phát triển sản xuất",),
    "hdnd": ("hội đồng nhân dân",),
    "mttq": ("mặt trận tổ quốc",),
    "kt": ("kiểm tra",),
    "ccdc": ("công cụ dụng cụ",),
    "sx": ("sản xuất",),
    "sxkd": ("sản xuất kinh doanh",),
    "pcgd": ("phổ cập giáo dục",),
    "pcgdth": ("phổ cập giáo dục tiểu học",),
    "xmc": ("xóa mù chữ",),
    "gd": ("giáo dục",),
    "gddt": ("giáo dục đào tạo",),
    "yt": ("y tế",),
    "vh": ("văn hóa",),
    "xd": ("xây dựng",),
    "tk": ("tài khoản",),
    "tcmr": ("tiêm chủng mở rộng",),
    "cks": ("chữ ký số",),
    "sxh": ("sốt xuất huyết",),
    "hssk": ("hồ sơ sức khỏe",),
    "ttkdtm": ("thanh toán không dùng tiền mặt",),
    "hkd": ("hộ kinh doanh",),
    "kd": ("kinh doanh",),
    "kp": ("khu phố",),
    "tdp": ("tổ dân phố",),
    "ntts": ("nuôi trồng thủy sản",),
    "kths": ("khai thác hải sản",),
    "pnn": ("phi nông nghiệp",),
    "gsht": ("giám sát hành trình",),
    "dt": ("diện tích", "dự toán", "đường tỉnh"),
    "sl": ("sản lượng",),
    "ql": ("quốc lộ",),
    "nts": ("nuôi trồng thủy sản",),
    "csgt": ("cảnh sát giao thông",),
    "ctr": ("chất thải rắn",),
    "rtsh": ("rác thải sinh hoạt",),
    "clb": ("câu lạc bộ",),
    "hcc": ("hành chính công",),
    "nqh": ("nghị quyết",),
    "qd": ("quyết định",),
    "nq": ("nghị quyết",),
    "hđnd": ("hội đồng nhân dân",),
    "thcs": ("trung học cơ sở",),
    "thpt": ("trung học phổ thông",),
    "tmdt": ("thương mại điện tử",),
    "cntt": ("công nghệ thông tin",),
    "dtnt": ("đô thị nông thôn",),
    "ccn": ("cụm công nghiệp",),
    "kcn": ("khu công nghiệp",),
    "cqdt": ("chính quyền điện tử",),
    "vneid": ("định danh điện tử",),
    "tnxh": ("tệ nạn xã hội",),
    "lmlm": ("lở mồm long móng",),
    "qt": ("quyết toán",),
    "dodn": ("đền ơn đáp nghĩa",),
    "ktgs": ("kiểm tra giám sát",),
    "tx": ("thường xuyên",),
    "dg": ("đường",),
    "hvs": ("hợp vệ sinh",),
    "ttxd": ("trật tự xây dựng",),
    "ttdt": ("trật tự đô thị",),
    "gpxd": ("giấy phép xây dựng",),
    "dtts": ("dân tộc thiểu số",),
    "ctmt": ("chương trình mục tiêu",),
    "vsmtnt": ("vệ sinh môi trường nông thôn",),
    "tthcc": ("trung tâm hành chính công",),
    "bchqs": ("ban chỉ huy quân sự",),
    "nvqs": ("nghĩa vụ quân sự",),
    "qsd": ("quyền sử dụng",),
    "tht": ("tổ hợp tác",),
    "pphs": ("phạm pháp hình sự",),
    "tnmt": ("tài nguyên môi trường",),
    "tgbc": ("tinh giản biên chế",),
    "tn": ("tốt nghiệp", "thanh niên"),
    "noxh": ("nhà ở xã hội",),
    "vnn": ("vì người nghèo",),
    "cdml": ("cánh đồng mẫu lớn",),
    "vdv": ("vận động viên",),
    "hgv": ("hòa giải viên",),
    "bt": ("bê tông",),
    "btxm": ("bê tông xi măng",),
    "ddk": ("đại đoàn kết",),
    "ktht": ("kinh tế hạ tầng",),
    "nnptnt": ("nông nghiệp phát triển nông thôn",),
    "tckh": ("tài chính kế hoạch",),
    "khdt": ("kế hoạch đầu tư",),
    "vhtt": ("văn hóa thông tin",),
    "attt": ("an toàn thông tin",),
    "atgt": ("an toàn giao thông",),
    "ttatgt": ("trật tự an toàn giao thông",),
    "qlnn": ("quản lý nhà nước",),
    "xlvp": ("xử lý vi phạm",),
    "hpn": ("hội phụ nữ",),
    "csvc": ("cơ sở vật chất",),
    "bcd": ("ban chỉ đạo",),
    "kdc": ("khu dân cư",),
    "bvr": ("bảo vệ rừng",),
    "pccr": ("phòng cháy chữa cháy rừng",),
    "dtlcp": ("dịch tả lợn châu phi",),
    "gdnn": ("giáo dục nghề nghiệp",),
    "dlcd": ("du lịch cộng đồng",),
    "pctt": ("phòng chống thiên tai",),
    "tkcn": ("tìm kiếm cứu nạn",),
    "hnd": ("hội nông dân",),
    "hgd": ("hộ gia đình",),
    "tyt": ("trạm y tế",),
    "ttyt": ("trung tâm y tế",),
    "cssk": ("chăm sóc sức khỏe",),
    "ancs": ("an ninh cơ sở",),
    "kttt": ("kinh tế tập thể",),
    "ttcn": ("tiểu thủ công nghiệp",),
    "csdl": ("cơ sở dữ liệu",),
    "dtn": ("đào tạo nghề", "đoàn thanh niên"),
    "cnh": ("công nghiệp hóa",),
    "xdntm": ("xây dựng nông thôn mới",),
    "nsx": ("nhà sản xuất",),
    "vstp": ("vệ sinh thực phẩm",),
    "vmdt": ("văn minh đô thị",),
    "gtsx": ("giá trị sản xuất",),
    "cn": ("công nghiệp",),
    "gp": ("giấy phép",),
    "mb": ("mặt bằng",),
    "cns": ("công nghệ số",),
    "th": ("tiểu học", "trường hợp"),
    "tdc": ("tái định cư",),
    "cs": ("chiếu sáng", "chính sách", "cơ sở"),
    "qlda": ("quản lý dự án",),
    "bd": ("bồi dưỡng",),
    "gv": ("giáo viên",),
    "hv": ("học viên",),
    "nct": ("người cao tuổi",),
    "sk": ("sức khỏe",),
    "dvmtr": ("dịch vụ môi trường rừng",),
    "ph": ("phòng hộ", "phụ huynh"),
    "bm": ("bom mìn",),
    "kc": ("kiên cố",),
    "ttxh": ("trật tự xã hội",),
    "ncc": ("người có công",),
    "btxh": ("bảo trợ xã hội",),
    "ptdtbt": ("phổ thông dân tộc bán trú",),
    "ptdtnt": ("phổ thông dân tộc nội trú",),
    "ytdp": ("y tế dự phòng",),
    "cbccvc": ("cán bộ, công chức, viên chức",),
    "nshvs": ("nước sinh hoạt hợp vệ sinh",),
    "ctth": ("chương trình tiểu học",),
    "gdvl": ("giao dịch việc làm",),
    "rnm": ("rừng ngập mặn",),
    "cctl": ("cải cách tiền lương",),
    "hcdb": ("hoàn cảnh đặc biệt",),
    "vm": ("văn minh",),
    "nt": ("nông thôn",),
    "mg": ("mẫu giáo",),
}

# Everyday words for a pledge's words, one syllable each: the reading is added beside the word itself.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "lúa": ("lương thực",),
    "ngô": ("lương thực",),
    "bắp": ("ngô", "lương thực"),
    "dạy": ("đào tạo",),
    "tôm": ("thủy sản",),
    "heo": ("lợn",),
    "lợn": ("heo",),
    "rác": ("chất thải",),
    "đèn": ("chiếu sáng",),
    # "thoát nghèo thêm 6 hộ": households leaving poverty are the poor households cut
    "thoát": ("giảm",),
    # "xuất khẩu lao động" spelled out, against a pledge that says "đi làm việc ở nước ngoài"
    "khẩu": ("nước ngoài",),
    # the kind for the family: "đàn gà thêm 5 nghìn con" on "Phát triển đàn gia cầm …"
    "gà": ("gia cầm",),
    "vịt": ("gia cầm",),
    "trâu": ("gia súc",),
    "bò": ("gia súc",),
    # the fruit for the family: "cam, bưởi trồng mới 9ha" on "… cây ăn quả có múi …"
    "bưởi": ("có múi",),
    "quýt": ("có múi",),
    "cam": ("có múi",),
    # loanwords typed as they are said: "cafe 48ha" on "Trồng mới 120 ha cà phê", "macca" for "mắc ca"
    "cafe": ("cà phê",),
    "café": ("cà phê",),
    "macca": ("mắc ca",),
    # "thành lập mới thêm 5 doanh nghiệp" on "Phát triển mới 80 doanh nghiệp": founding is how firms are developed
    "lập": ("phát triển",),
    # rice is transplanted or broadcast: "gieo cấy được 12.300ha lúa", "gieo sạ 8.000ha" on "… gieo trồng lúa …"
    "cấy": ("trồng",),
    "sạ": ("trồng",),
    # "xuống giống thêm 18.200ha lúa": seed put down is sowing (only where no pledge says "giống" itself)
    "giống": ("gieo",),
}
SYNONYM_BY_KEY: dict[str, tuple[str, ...]] = {}  # filled below, by accent key and by fold
SYNONYM_BY_FOLD: dict[str, tuple[str, ...]] = {}

# Words that carry no task meaning: function words, report verbs, time words, politeness.
STOP_WORDS = frozenset(
    [
        "các",
        "và",
        # apologies and hedges around a correction: "xin lỗi anh, … đúng là 2 người thôi"
        "lỗi",
        "thôi",
        "của",
        "cho",
        "với",
        "đã",
        "được",
        "đạt",
        "là",
        "có",
        "thì",
        "ở",
        "tại",
        "đến",
        "từ",
        "nay",
        "này",
        "kia",
        "đó",
        "đây",
        "ấy",
        "những",
        "mỗi",
        "một",
        "hai",
        "ba",
        "rồi",
        "ạ",
        "dạ",
        "vâng",
        "em",
        "anh",
        "chị",
        "ơi",
        "bot",
        "ok",
        "oke",
        "thêm",
        "xong",
        "hoàn",
        "thành",
        "hoàn",
        "tất",
        "lũy",
        "kế",
        "luỹ",
        "lên",
        "số",
        "so",
        "cùng",
        "kỳ",
        "tháng",
        "năm",
        "quý",
        "ngày",
        "tính",
        "hiện",
        "khoảng",
        "gần",
        "trên",
        "dưới",
        "hơn",
        "nhầm",
        "chứ",
        "không",
        # "không" as phones type it: "viec lam la 38 ko phai 41" (no count of "ko")
        "ko",
        "k",
        # "được" and "rồi" as phones type them: "trồng rừng đc 700 ha r a"
        "đc",
        "r",
        "phải",
        "mà",
        "vậy",
        "nhé",
        "nha",
        "luôn",
        "còn",
        "vừa",
        "lại",
        "cũng",
        "thì",
        "để",
        "về",
        "theo",
        "ra",
        "vào",
        "đang",
        "sẽ",
        "dự",
        "kiến",
        "chưa",
        "tiếp",
        "tục",
        "sau",
        "trước",
        "bị",
        "lượt",
        "tới",
        "đợt",
        "tất",
        "cả",
        "bộ",
        "nhiều",
        "ít",
        "xin",
        "gửi",
        "nữa",
        # roman ordinals ("quý III", "lần thứ XIV") that are no Vietnamese syllable: never task words
        "ii",
        "iii",
        "iv",
        "vii",
        "viii",
        "ix",
        "xii",
        "xiii",
        "xiv",
        "xv",
    ]
)
# An unaccented "trong" may be "trồng": keep it as a content word when folded.
_STOP_FOLD_EXCEPT = frozenset({"trong", "dang", "dat", "so", "ra", "lai", "con", "ca", "ba", "mat", "tinh"})
STOP_KEYS = frozenset(word_forms(w)[1] for w in STOP_WORDS) | {word_forms("trong")[1]}
STOP_FOLDS = frozenset(word_forms(w)[0] for w in STOP_WORDS) - _STOP_FOLD_EXCEPT
STOP_FOLD_EXCEPT = _STOP_FOLD_EXCEPT

# Words that are common across most pledges: they count, but for less.
GENERIC_WORDS = frozenset(
    [
        "xây",
        "dựng",
        "thực",
        "hiện",
        "công",
        "tác",
        "tổ",
        "chức",
        "triển",
        "khai",
        "kế",
        "hoạch",
        "xã",
        "huyện",
        "thị",
        "trấn",
        "tỷ",
        "lệ",
        "tỉ",
        "hộ",
        "người",
        "nhiệm",
        "vụ",
        "chỉ",
        "tiêu",
        "đảm",
        "bảo",
        "nâng",
        "cao",
        "phát",
        "triển",
        "hỗ",
        "trợ",
        "chương",
        "trình",
        "địa",
        "mô",
        "hình",
    ]
)
GENERIC_KEYS = frozenset(word_forms(w)[1] for w in GENERIC_WORDS)


@lru_cache(maxsize=4096)
def phrase_keys(phrase: str) -> tuple[tuple[str, str], ...]:
    """(key, fold) per word of an accented phrase."""
    return tuple((word_forms(w)[1], word_forms(w)[0]) for w in phrase.lower().split())


# Cue phrases, accented; each is matched word by word (key, or fold when the sender typed none).
# damage is no progress: "bão số 4 làm sạt 120m đê cửa sông" on "Tu bổ, nâng cấp 9,5km đê …"
DAMAGE = tuple(
    phrase_keys(p)
    for p in (
        *("sạt lở", "làm sạt", "bị sạt", "đánh sạt", "gây sạt", "hư hỏng", "thiệt hại", "cuốn trôi", "bị sập"),
        "xuống cấp",
        "bị sóng đánh",
        # "ngô bị sâu keo gây hại khoảng 40ha": pests' damage, no area planted
        "gây hại",
    )
)
NEGATION = tuple(
    phrase_keys(p)
    # "k đạt", "ko đạt": "không" as phones type it
    for p in (
        *("chưa", "không đạt", "không hoàn thành", "không kịp", "chậm", "k đạt", "ko đạt", "hông đạt"),
        # "khó về đích trong năm nay": not expected to finish
        *("khó về đích", "khó đạt", "khó hoàn thành"),
        # "Cẩm Phong còn thiếu 2 tiêu chí": short of its standard
        "còn thiếu",
        # "Chí Viễn chắc lùi sang năm 2025 mới về đích": put off, not done
        *("lùi sang", "lùi lại"),
    )
)
INTENTION = tuple(
    phrase_keys(p)
    for p in (
        "dự kiến",
        "đang",
        "sẽ",
        "chuẩn bị",
        "phấn đấu",
        "chờ",
        "đề nghị",
        "đã trình",
        "trình",
        "dự định",
        "kế hoạch sẽ",
        "tiếp tục",
        "vướng",
        "khó khăn",
        "gặp",
        "định",
        # work started is not work finished: "đã khởi công xây dựng" is a note on a "Xây dựng …" task
        "khởi công",
        "động thổ",
        "bắt đầu",
        # a construction stage finished is not the work finished: "xong phần thô", "xong móng"
        "phần thô",
        "phần móng",
        "xong móng",
        "cất nóc",
        # nearly finished is not finished: "nâng cấp trụ sở sắp xong, còn phần sơn"
        "sắp xong",
        "sắp hoàn thành",
        "gần xong",
        "gần hoàn thành",
    )
)
DONE = tuple(
    phrase_keys(p)
    for p in (
        "xong",
        "hoàn thành",
        "hoàn tất",
        "dứt điểm toàn bộ",
        "ra mắt",
        "công nhận",
        "khánh thành",
        "khai trương",  # opened for business: launched
        "đi vào hoạt động",  # "Điểm giữ trẻ ấp Bình Di đã đi vào hoạt động": working
        "đưa vào hoạt động",
        "đã hoạt động",
        "bế mạc",  # a festival closed: held
        "bàn giao",
        "nghiệm thu",
        "đưa vào sử dụng",
        "tổ chức thành công",
        "thành công",
        "đã tổ chức",
        "về đích",
        "đã kết thúc",  # "Kỳ thi tuyển sinh lớp 10 … đã kết thúc an toàn"
        "đã diễn ra",  # "Lễ hội cầu ngư đã diễn ra an toàn": held
        "đạt chỉ tiêu",
        "đạt kế hoạch",
        "đủ chỉ tiêu",
        "đạt 100% kế hoạch",
        "đã tổ chức tập huấn",
        "đã thành lập",
        "đã khai trương",
        "vào vận hành",
        "chính thức vận hành",
        "vận hành chính thức",
        "chính thức hoạt động",
        "hoạt động chính thức",
        "vào hoạt động",
        "đưa vào hoạt động",
        # "thi tuyển công chức đã có kết quả": the exam is over
        "đã có kết quả",
        # "thôn … đã đóng điện": the line is live
        "đóng điện",
        # "cầu … đã thông xe": the bridge is open
        "thông xe",
        # "Tiêu chí số 13 … đã được Sở NN thẩm định đạt": appraised and found met
        "thẩm định đạt",
        "thẩm tra đạt",
    )
)
# Approval and issuance: the task is finished only when approving or issuing is what it pledges
# ("Ban hành Đề án …", a task without a figure); "phê duyệt hồ sơ hỗ trợ 3 hộ" builds no house.
APPROVAL = tuple(
    phrase_keys(p)
    for p in (
        "đã ban hành",
        "ban hành xong",
        # "KH … đã được UBND huyện ban hành": a negation or an intention beside it still holds it back
        "ban hành",
        "được phê duyệt",
        "đã phê duyệt",
        "phê duyệt",
        "đã ký",
        "đã cấp",
        "có quyết định",
        "có qđ",
        "ra quyết định",
        # "Đề án … đã được HĐND tỉnh thông qua": passed by the council ("chờ thông qua" is still waiting)
        "thông qua",
        # "Quyết toán NS năm 2023 đã được HĐND thị xã phê chuẩn": ratified by the council
        "phê chuẩn",
    )
)
# Future plans: a figure after these is a plan, not progress.
PLANNED = tuple(phrase_keys(p) for p in ("dự kiến", "sẽ", "phấn đấu", "dự định", "định", "chuẩn bị", "kế hoạch sẽ"))
UNIT_DONE = tuple(
    phrase_keys(p)
    for p in (
        "công nhận",
        "đạt chuẩn",
        "đạt bộ tiêu chí",  # "TYT xã … đã đạt Bộ tiêu chí quốc gia về y tế xã"
        # "Thượng Lộc đạt NTMNC", "thôn Trung Sơn đạt KDC kiểu mẫu": the standard said by its name
        *("đạt ntm", "đạt ntmnc", "đạt nông thôn mới", "đạt kdc", "đạt khu dân cư"),
        "ra mắt",
        "được chứng nhận",
        "chứng nhận",
        "khánh thành",
        "đưa vào sử dụng",
        "khai trương",
        "thông xe",
    )
)
INCREMENT = tuple(
    phrase_keys(p)
    for p in (
        "thêm",
        "tăng thêm",
        "bổ sung",
        "trong tuần",
        "tuần này",
        "tuần qua",
        "hôm nay",
        "trong tháng này",
        "tháng này",
        "có thêm",
        "mới thêm",
        "đợt này",
        "vừa",
        "tuần rồi",
        "trong tháng",
        "trong quý",
        "trong đợt",
    )
)
TOTAL = tuple(
    phrase_keys(p)
    for p in (
        "tổng",
        "lũy kế",
        "luỹ kế",
        "lk",
        "nâng tổng",
        "tổng cộng",
        "tổng số",
        "lên",
        "cộng dồn",
        "tính đến nay",
        "từ đầu năm",
        "đến nay",
        "tổng cộng là",
    )
)
CORRECTION = tuple(
    phrase_keys(p)
    for p in (
        "nhầm",
        "sửa lại",
        "chứ không phải",
        "không phải",
        "đính chính",
        "số đúng là",  # "GQVL 1.390 là số cũ, số đúng là 1.412 LĐ"
        "xin sửa",
        "sửa thành",
        "lỡ gõ sai",
        "gõ sai",
        "ghi sai",
        "gõ nhầm",
        "báo sai",
        "nhắn sai",
        "chứ ko phải",
        "chứ k phải",
    )
)
PLAN = tuple(
    phrase_keys(p)
    for p in (
        "kế hoạch",
        "kh",
        "chỉ tiêu",
        "dự toán",
        "nghị quyết",
        "mục tiêu",
        "diện tích",
        "chiều dài",
        "khối lượng",
        "cam kết",
        "giao",
        "tổng số",
    )
)
ONGOING = tuple(
    phrase_keys(p)
    for p in (
        "xử lý kịp thời",
        "xử lý",
        "duy trì",
        "kéo giảm",
        "thường xuyên",
        "đảm bảo",
        "bảo đảm",
        "quản lý",
        "theo dõi",
        "giữ vững",
        "kiềm chế",
        "tiếp tục",
        "không để",
        "ngăn chặn",
        # "Phòng, chống dịch bệnh gia súc …", "Phòng chống thiên tai": a duty kept up all year
        "phòng chống",
    )
)
QUESTION = tuple(
    phrase_keys(p)
    for p in (
        "mấy",
        "bao nhiêu",
        "bao giờ",
        "khi nào",
        "thế nào",
        "gì",
        "không ạ",
        "chưa ạ",
        "được không",
        "phải không",
        "hả",
        "nhỉ",
        "sao vậy",
        "làm sao",
        "hạn chót",
        "ở đâu",
        "chưa bot",
        "không bot",
        "vậy bot",
        # a request to see the figures: "bot cho anh xem tiến độ GTNT với"
        "cho anh xem",
        "cho em xem",
        "cho tôi xem",
        "cho chị xem",
        "cho chú xem",
        "cho cô xem",
        "cho bác xem",
        "cho mình xem",
        "cho xem",
        "xem tiến độ",
        "xem lại số",
        # "bot ơi xem giúp chị tiến độ thu ngân sách với"
        "xem giúp",
        "xem hộ",
        "xem dùm",
        "xem giùm",
    )
)
CHATTER = tuple(
    phrase_keys(p)
    for p in (
        "ok",
        "oke",
        "cảm ơn",
        "cám ơn",
        "thanks",
        "dạ",
        "vâng",
        "nhận được",
        "đã nhận",
        "biết rồi",
        "chào",
        "xin chào",
        "chúc mừng",  # "Chúc mừng năm mới Chôl Chnăm Thmây": a greeting, whatever festival it names
        "tin nhắn",
        "nhắc",
    )
)


# a reading that holds only where some task says this word too: leaving poverty is a cut of poor households, no
# cut of road accidents ("Kéo giảm tai nạn giao thông")
SYNONYM_CONTEXT: dict[str, str] = {"thoát": "nghèo", "lập": "mới"}


def _synonym_index() -> None:
    for word, meanings in SYNONYMS.items():
        fld, key, _ = word_forms(word)
        SYNONYM_BY_KEY[key] = meanings
        if word in _FOLD_SAFE:
            SYNONYM_BY_FOLD[fld] = meanings


# words whose unaccented spelling is no other common word ("den" is also đến, "lon" lớn, "ngo" ngõ)
_FOLD_SAFE = frozenset(["tôm", "heo", "rác", "bắp", "khẩu", "gà", "vịt", "trâu", "thoát", "cafe", "café", "macca"])


_synonym_index()
