"""Code lists of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục; Party rules).

These are the conventions the extractor generalises from, and the source of the SKOS
vocabularies in ``ontology/``: document kinds and their codes, issuer codes with the body
and level they imply, body levels, and the words that open a body's name.
"""

from __future__ import annotations

# Document kinds: canonical Vietnamese name, English label, codes used in symbols.
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Chỉ thị": ("Directive", ("CT",)),
    "Chỉ thị liên tịch": ("Joint directive", ()),  # (no code of its own: "CTLT" is Chương trình liên tịch)
    "Nghị quyết": ("Resolution", ("NQ",)),
    "Nghị quyết liên tịch": ("Joint resolution", ("NQLT",)),
    "Kết luận": ("Conclusion", ("KL",)),
    "Kế hoạch": ("Plan", ("KH",)),
    "Kế hoạch liên tịch": ("Joint plan", ("KHLT",)),
    "Quyết định": ("Decision", ("QĐ", "QD")),
    "Nghị định": ("Decree", ("NĐ", "ND")),
    "Thông tư": ("Circular", ("TT",)),
    "Thông tư liên tịch": ("Joint circular", ("TTLT",)),
    "Thông báo": ("Notice", ("TB",)),
    "Hướng dẫn": ("Guidance", ("HD",)),
    "Chương trình": ("Programme", ("CTr", "CTR")),
    "Chương trình liên tịch": ("Joint programme", ("CTLT",)),
    "Đề án": ("Scheme", ("ĐA", "DA")),
    "Báo cáo": ("Report", ("BC",)),
    "Phát động": ("Launch", ("PĐ", "PD")),
    "Quy định": ("Regulation", ("QĐi", "QDi")),
    "Quy chế": ("Rules", ("QC", "QCPH")),
    "Tờ trình": ("Submission", ("TTr", "TTR")),
    "Công văn": ("Official letter", ("CV",)),
    "Công điện": ("Official dispatch", ("CĐ",)),
    "Thông tri": ("Party circular", ("TTri",)),
    "Phương án": ("Plan of action", ("PA",)),
    "Luật": ("Law", ()),
    "Bộ luật": ("Code", ()),
    "Pháp lệnh": ("Ordinance", ("PL",)),
    "Văn bản": ("Document", ()),
    "Điều lệ": ("Charter", ("ĐL",)),
    "Lời kêu gọi": ("Appeal", ()),
    "Thư kêu gọi": ("Letter of appeal", ()),  # ("Ban Thường trực Ủy ban MTTQ tỉnh vừa có Thư kêu gọi ... ủng hộ Quỹ")
    "Biên bản": ("Minutes", ("BB",)),
}

KIND_BY_CODE: dict[str, str] = {code: name for name, (_, codes) in KINDS.items() for code in codes}

# Words that name a kind in running text, longest first (so "Thông tư liên tịch" wins over "Thông tư").
KIND_WORDS: tuple[str, ...] = tuple(
    sorted(
        [
            *KINDS,
            "Thông báo kết luận",
            "Thông báo Kết luận",  # ("Thông báo Kết luận số 02-TB/BCĐCVĐ", as headings write it)
            "Chương trình hành động",
            "Văn bản hướng dẫn",
            "Công văn hướng dẫn",
            "Hiến pháp",
        ],
        key=len,
        reverse=True,
    )
)
KIND_WORD_CANONICAL = {
    "Thông báo kết luận": "Thông báo",
    "Thông báo Kết luận": "Thông báo",
    "Chương trình hành động": "Chương trình",
    "Văn bản hướng dẫn": "Văn bản",
    "Công văn hướng dẫn": "Công văn",
}

# Levels of issuing bodies.
LEVELS: dict[str, tuple[str, str, int]] = {
    # id: (Vietnamese label, English label, rank: 0 = top)
    "central-party": ("Trung ương Đảng", "Central Party", 0),
    "central-state": ("Trung ương (Nhà nước)", "Central State", 0),
    "ministry": ("Bộ, ngành Trung ương", "Ministry", 1),
    "provincial-party": ("Tỉnh ủy, Thành ủy", "Provincial Party", 2),
    "provincial-state": ("UBND, HĐND tỉnh", "Provincial State", 2),
    "department": ("Sở, ban, ngành tỉnh", "Department", 3),
    "emulation": ("Hội đồng, Cụm, Khối thi đua", "Emulation council or cluster", 3),
    "district": ("Cấp huyện", "District", 4),
    "commune": ("Cấp xã", "Commune", 5),
    "unknown": ("Chưa xác định", "Unknown", 9),
}

# Issuer codes (the part after the kind code) → (canonical body, level).
ISSUER_CODES: dict[str, tuple[str, str]] = {
    "TW": ("Ban Chấp hành Trung ương Đảng", "central-party"),
    "TƯ": ("Ban Chấp hành Trung ương Đảng", "central-party"),
    "BTGTW": ("Ban Tuyên giáo Trung ương", "central-party"),
    "BTCTW": ("Ban Tổ chức Trung ương", "central-party"),
    "UBKTTW": ("Ủy ban Kiểm tra Trung ương", "central-party"),
    "TTg": ("Thủ tướng Chính phủ", "central-state"),
    "CP": ("Chính phủ", "central-state"),
    "VPCP": ("Văn phòng Chính phủ", "central-state"),
    "QH": ("Quốc hội", "central-state"),
    "UBTVQH": ("Ủy ban Thường vụ Quốc hội", "central-state"),
    "CTN": ("Chủ tịch nước", "central-state"),
    "HĐTĐKTTW": ("Hội đồng Thi đua - Khen thưởng Trung ương", "central-state"),
    "BNV": ("Bộ Nội vụ", "ministry"),
    "BTC": ("Bộ Tài chính", "ministry"),
    "BKHĐT": ("Bộ Kế hoạch và Đầu tư", "ministry"),
    "BGDĐT": ("Bộ Giáo dục và Đào tạo", "ministry"),
    "BYT": ("Bộ Y tế", "ministry"),
    "BCA": ("Bộ Công an", "ministry"),
    "BQP": ("Bộ Quốc phòng", "ministry"),
    "BCT": ("Bộ Công Thương", "ministry"),
    "BXD": ("Bộ Xây dựng", "ministry"),
    "BTP": ("Bộ Tư pháp", "ministry"),
    "BGTVT": ("Bộ Giao thông vận tải", "ministry"),
    "BTTTT": ("Bộ Thông tin và Truyền thông", "ministry"),
    "BTNMT": ("Bộ Tài nguyên và Môi trường", "ministry"),
    "BNNPTNT": ("Bộ Nông nghiệp và Phát triển nông thôn", "ministry"),
    "BLĐTBXH": ("Bộ Lao động - Thương binh và Xã hội", "ministry"),
    "BVHTTDL": ("Bộ Văn hóa, Thể thao và Du lịch", "ministry"),
    "BKHCN": ("Bộ Khoa học và Công nghệ", "ministry"),
    "BNG": ("Bộ Ngoại giao", "ministry"),
    "NHNN": ("Ngân hàng Nhà nước Việt Nam", "ministry"),
    "TU": ("Tỉnh ủy", "provincial-party"),
    "ThU": ("Thành ủy", "provincial-party"),
    "UBND": ("Ủy ban nhân dân", "provincial-state"),
    "HĐND": ("Hội đồng nhân dân", "provincial-state"),
    "HĐTĐKT": ("Hội đồng Thi đua - Khen thưởng", "emulation"),
    "CTĐ": ("Cụm thi đua", "emulation"),
    "KTĐ": ("Khối thi đua", "emulation"),
    "HU": ("Huyện ủy", "district"),
    "ĐU": ("Đảng ủy", "district"),
}

# The labels of a legal database's attribute table ("Số hiệu: 91/2022/NQ-HĐND", "Ngày ban hành: 15/12/2022").
DATABASE_LABELS: tuple[str, ...] = (
    "Số hiệu",
    "Số ký hiệu",
    "Loại văn bản",
    "Cơ quan ban hành",
    "Nơi ban hành",
    "Người ký",
    "Ngày ban hành",
    "Trích yếu",
    "Ngày hiệu lực",
    "Ngày hết hiệu lực",
    "Ngày công báo",
    "Ngày đăng công báo",
    "Số công báo",
    "Tình trạng hiệu lực",
    "Tình trạng",
    "Hết hiệu lực",
    "Áp dụng",
    "Lĩnh vực",
)

DATABASE_LABEL_RE = "|".join(sorted(DATABASE_LABELS, key=len, reverse=True))  # (plain words, longest first)

# Words that open the name of an issuing body, with their written case (longest first when matching).
BODY_HEADS: tuple[str, ...] = (
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "UBND",
    "Hội đồng nhân dân",
    "HĐND",
    "Hội đồng Thi đua - Khen thưởng",
    "Hội đồng thi đua - khen thưởng",
    "Hội đồng TĐKT",
    "Hội đồng",
    "Ban Thường vụ",
    "Ban Chấp hành",
    "Ban Bí thư",
    "Bộ Chính trị",
    "Thủ tướng Chính phủ",
    "Chính phủ",
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Tỉnh Ủy",  # title case, as repost and legal-database pages write it
    "Thành ủy",
    "Thành Ủy",
    "Thành uỷ",
    "Huyện ủy",
    "Huyện uỷ",
    "Huyện Ủy",
    "Quận ủy",  # a district of a city ("Chiều 12-4, Quận ủy Hà Đông tổ chức hội nghị ...")
    "Quận uỷ",
    "Quận Ủy",
    "Thị ủy",  # a town ("Thị ủy Sơn Tây")
    "Thị uỷ",
    "Thị Ủy",
    "Đảng ủy",
    "Đảng uỷ",
    "Đảng Ủy",
    "Đảng bộ",
    "Cụm thi đua",
    "Khối thi đua",
    "Cụm Thi đua",  # title case, as many portals write it
    "Khối Thi đua",
    "cụm thi đua số",  # a numbered cluster in running text ("..., cụm thi đua số 3 tổng kết ...")
    "khối thi đua số",
    "Cụm TĐ",
    "Khối TĐ",
    "Khối",  # a bloc named by its members' sector ("Khối ANND", "Khối các sở quản lý nhà nước 1")
    "Sở",
    "Bộ Chỉ huy",
    "Bộ",
    "Ban",
    "Phòng",
    "Văn phòng",
    "Chi cục",
    "Cục",
    "Tổng cục",
    "Trung tâm",
    "Công an",
    "Liên đoàn Lao động",
    "Liên đoàn lao động",  # as many pages write it
    "Tổng Liên đoàn",
    # abbreviations that open a body's name as the press writes it ("LĐLĐ tỉnh", "BHXH huyện", "BCH Đoàn")
    "Tổng LĐLĐ",
    "LĐLĐ",
    "UBMTTQVN",  # (before "UBMTTQ": "UBMTTQVN Huyện ban hành Kế hoạch số 20/KH-BTT")
    "UBMTTQ",
    "BHXH",
    "BCHQS",
    "BCH",
    "BCĐ",  # Ban Chỉ đạo
    "BTV",  # Ban Thường vụ
    "HĐTĐKT",  # Hội đồng Thi đua - Khen thưởng
    "BĐBP",
    "VKSND",
    "TAND",
    "Ủy ban Mặt trận Tổ quốc",
    "Mặt trận Tổ quốc",
    "Hội",
    "Đoàn",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Huyện đoàn",
    "Quận đoàn",
    "Thị đoàn",
    "Trường",
    "Học viện",
    "Đại học",
    "Liên đội",
    "Công đoàn",
    "Chi bộ",
    "Chi đoàn",
    "Tập đoàn",
    "Tổng công ty",
    "Tổng Công ty",  # title case, as companies write it ("Tổng Công ty xây dựng Trường Sơn")
    "TCT",  # Tổng công ty, as the press writes it ("TCT Dịch vụ số Viettel")
    "Công ty",
    "Liên minh",  # "Liên minh Hợp tác xã tỉnh"
    "Bộ Tư lệnh",
    "Bộ đội Biên phòng",
    # the armed forces' and the police's units, as their news names them ("Đồn Biên phòng Sông Trăng", "Cảnh sát PC
    # và CC tỉnh", "CATP Hà Nội": Công an thành phố)
    "Đồn Biên phòng",
    "Đồn BP",
    "Hải đội",
    "Hải đoàn",
    "Tiểu đoàn",
    "Trung đoàn",
    "Lữ đoàn",
    "Sư đoàn",
    "Binh đoàn",
    "Cảnh sát",
    "CATP",
    "Ban CHQS",
    "Quân khu",
    "Lực lượng vũ trang",  # a province's or district's armed forces, acting as one ("LLVT huyện Nam Giang")
    "LLVT",
    "Viện kiểm sát",
    "Tòa án",
    "Quân ủy Trung ương",  # the Party's Central Military Commission ("Quân ủy Trung ương - Bộ Quốc phòng tổ chức ...")
    "Quân uỷ Trung ương",
    "Kiểm toán nhà nước",  # the State Audit Office ("Kiểm toán nhà nước tổ chức Đại hội Thi đua yêu nước ...")
    "Kiểm toán Nhà nước",
    "Bệnh viện",
    "Viện",
    "Ngân hàng",
    "Kho bạc",
    "Cục Thuế",
    "Bảo hiểm xã hội",
    "Chủ tịch",
    "Giám đốc",
    "Ủy ban",
    "Uỷ ban",
)

# Vietnamese family names: a run of capitalised words that opens with one, after a body or a post
# ("Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành"), names a person, never part of the body.
SURNAMES = frozenset(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh Lâm
    Mai Đào Cao Lương Hà Tạ Chu Lưu Triệu Lục Nông Hứa Vi Tô Quách Mạc Thái Tăng La Lò Hoàng Đoàn Văn Vương
    Trương Kiều Khổng Thân Tống Kim Giáp Đàm Hầu Lã Lường Sầm Tòng Quan Nghiêm Âu Bế Hà Ông Phùng Châu Doãn
    Cù Lạc Mã Ninh Từ Khúc Hồ Diệp Đồng Triệu Ma Y Ksor Rơ Siu Nay Rmah Kpă Đinh Lò Hà Thào Giàng Sùng Vàng
    Mùa Lầu Hoàng Thạch Danh Sơn Kim Lâm Trịnh Quang Phí Nhữ Bạch Cấn Văn Vy Khuất Lò Đậu Hoa Bàn Lồ
    Ngọ Thiều Ứng Trình Biện Chế Viên Ngụy Nguỵ Quản Hàn Kha Lều Nhan Ôn Tiêu Điểu Lữ Lỗ Mạch Khương Tiết
    Nhâm""".split()
)

# Centrally-governed cities: their "thành phố" is the province ("UBND thành phố Cần Thơ" is provincial).
# national campaigns and movements, launched by the Party, the Government, the Front and the mass organisations,
# that the documents below them name by their name alone (“Học tập và làm theo ...” with no "phong trào" before it):
# a quoted name that is one of these is that campaign wherever it stands
NATIONAL_CAMPAIGNS: tuple[str, ...] = (
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",  # (its name of 2006-2011, Chỉ thị 06-CT/TW)
    "Cả nước chung sức xây dựng nông thôn mới",
    "Vì người nghèo - Không để ai bị bỏ lại phía sau",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa",
    "Toàn dân bảo vệ an ninh Tổ quốc",
    "Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "Doanh nghiệp Việt Nam hội nhập và phát triển",
    "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số",
    "Bình dân học vụ số",
    "Xây dựng trường học thân thiện, học sinh tích cực",
    "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
    "Lao động giỏi, lao động sáng tạo",
    "Giỏi việc nước, đảm việc nhà",
    "Cựu chiến binh gương mẫu",
    "Nông dân thi đua sản xuất, kinh doanh giỏi",
    "Tết trồng cây đời đời nhớ ơn Bác Hồ",
    "Dân vận khéo",
    "Dạy tốt - Học tốt",  # the education sector's movement, by the Ministry of Education and Training
    # the trade unions' movement of 2021-2022, carried out as a programme ("phát động phong trào thi đua thực hiện
    # chương trình “1 triệu sáng kiến - ...”" of the Tổng Liên đoàn Lao động Việt Nam)
    "1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19",
)

# the documents thidua reads were published as text after this year; an earlier year the words name (not a date
# or a number) is history recalled ("Phong trào Đồng Khởi năm 1960", "Cách mạng tháng Tám năm 1945")
HISTORY_BEFORE = 1990

CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})

# The types of school a school's name opens on ("Trường THPT Lý Bôn", "trường Tiểu học Khe Mo"): after them a
# person's name is the school's namesake, and in small letters "trường" still names a school.
SCHOOL_TYPES: tuple[str, ...] = (
    "THPT", "THCS", "TH", "MN", "PTDTNT", "PTDTBT", "TH&THCS", "THCS&THPT", "Tiểu học", "Trung học cơ sở",
    "Trung học phổ thông", "Trung học", "Mầm non", "Chuyên", "Phổ thông", "Đại học", "Cao đẳng", "Trung cấp",
)  # fmt: skip

ADMIN_UNITS: tuple[str, ...] = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")

# The days of the week, as a page's date stamp writes them ("Thứ Năm, ngày 13/06/2024 | 09:14"), its second
# word capitalised or not ("Thứ hai", "Chủ Nhật").
WEEKDAYS: tuple[str, ...] = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
WEEKDAY_FORMS: tuple[str, ...] = tuple(
    dict.fromkeys(f"{a} {f(b)}" for a, b in (w.split() for w in WEEKDAYS) for f in (str.capitalize, str.lower))
)
WEEKDAY_RE = "|".join(w.replace(" ", "[ ]") for w in WEEKDAY_FORMS)

# Names that keep their capitals wherever they stand, when a name in capitals is re-cased (keys folded to lower).
PROPER_NAMES: dict[str, str] = {n.lower(): n for n in ("Việt Nam", "Hồ Chí Minh")}

# Acronyms that keep their capitals when a header line is re-cased.
ACRONYMS = frozenset(
    """UBND HĐND TĐKT MTTQ TW TP TP. CP BCH BTV QĐ VN TX TT CTĐ KTĐ CT VH TDTT
    LĐTBXH GDĐT KHĐT TNMT NN PTNT CNTT TTTT THPT THCS PTDTNT BHXH VPCP HĐTĐKT TĐ CA QS
""".split()
)

# Province-level units (63 before the 2025 merger; the merged names are among them, plus "Huế").
PROVINCES: tuple[str, ...] = (
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Huế",
    "Tiền Giang",
    "Hồ Chí Minh",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
)

# Bodies of the central level, by the head of their name → level.
CENTRAL_BODIES: dict[str, str] = {
    "bộ chính trị": "central-party",
    "ban bí thư": "central-party",
    "ban chấp hành trung ương": "central-party",
    "ban chấp hành trung ương đảng": "central-party",
    "trung ương đảng": "central-party",
    "ban tuyên giáo trung ương": "central-party",
    "ban tổ chức trung ương": "central-party",
    "ủy ban kiểm tra trung ương": "central-party",
    "quân ủy trung ương": "central-party",
    "kiểm toán nhà nước": "central-state",
    "thủ tướng chính phủ": "central-state",
    "thủ tướng": "central-state",
    "chính phủ": "central-state",
    "quốc hội": "central-state",
    "ủy ban thường vụ quốc hội": "central-state",
    "chủ tịch nước": "central-state",
    "văn phòng chính phủ": "central-state",
    "hội đồng thi đua - khen thưởng trung ương": "central-state",
    "ban thi đua - khen thưởng trung ương": "central-state",
}

# Vietnamese letters, as character-class contents: a range such as "À-Ỹ" also holds small letters ("đ", "ạ"
# lie inside it), so capitals and small letters are spelt out here, once.
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

# The years the Party's national congresses opened (VI ... XIV): the Central Committee's documents are numbered
# afresh in each term, not each year, so "57-NQ/TW" dated 2024 and (by a slip) 2025 is one resolution of term XIII.
PARTY_CONGRESS_YEARS = (1986, 1991, 1996, 2001, 2006, 2011, 2016, 2021, 2026)
