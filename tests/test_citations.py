"""Citations on real-looking snippets: one row per convention (DESIGN.md §1).

Each row: the text, then the expected citations as ``(symbol, date, kind, issuer)``; ``issuer``
is a substring the extracted issuer must contain (None: the text states none).  Only the
listed citations may come out.
"""

from __future__ import annotations

import pytest

from graph import clean_text, extract_document
from graph.models import Citation

ROWS: list[tuple[str, list[tuple[str, str | None, str | None, str | None]]]] = [
    # --- Party symbols, every date form
    (
        "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị (khóa XI) về tiếp tục đổi mới công tác thi đua.",
        [("34-CT/TW", "2014-04-07", "Chỉ thị", "Bộ Chính trị")],
    ),
    (
        "Căn cứ Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
        [("01-KL/TW", "2021-05-18", "Kết luận", "Bộ Chính trị"), ("05-CT/TW", None, "Chỉ thị", None)],
    ),
    (  # a text that lost its "của": the body right after the date is the issuer; after a comma it is not
        "Quyết định số 36/2017/QĐ-UBND ngày 04/11/2017 Ủy ban nhân dân tỉnh Sơn La việc ban hành Quy chế; do Hội "
        "đồng nhân dân tỉnh đề ra tại Nghị quyết số 62/NQ-HĐND, ngày 07/12/2018, Chủ tịch UBND tỉnh ban hành kế hoạch.",
        [
            ("36/2017/QĐ-UBND", "2017-11-04", "Quyết định", "Ủy ban nhân dân tỉnh Sơn La"),
            ("62/NQ-HĐND", "2018-12-07", "Nghị quyết", None),
        ],
    ),
    (
        "Nghị quyết số 49-NQ/TU ngày 28-9-2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số.",
        [("49-NQ/TU", "2021-09-28", "Nghị quyết", "Ban Thường vụ Tỉnh ủy")],
    ),
    (
        "theo Chỉ thị số 30-CT/TU ngày 18.11.2014 của Ban Thường vụ Tỉnh ủy Lạng Sơn",
        [("30-CT/TU", "2014-11-18", "Chỉ thị", "Ban Thường vụ Tỉnh ủy Lạng Sơn")],
    ),
    (
        "Thực hiện Nghị quyết số 12-NQ/ĐU ngày 22 tháng 7 năm 2010 của Đảng ủy Khối các cơ quan tỉnh;",
        [("12-NQ/ĐU", "2010-07-22", "Nghị quyết", "Đảng ủy Khối")],
    ),
    (
        "Thông báo số 70-TB/TW ngày 30.5.2023 của Ban Bí thư về kết luận của Ban Bí thư",
        [("70-TB/TW", "2023-05-30", "Thông báo", "Ban Bí thư")],
    ),
    (
        "Quy định số 105-QĐ/TW ngày 19/12/2017 của Ban Chấp hành Trung ương về phân cấp quản lý cán bộ.",
        [("105-QĐ/TW", "2017-12-19", "Quy định", "Ban Chấp hành Trung ương")],
    ),
    (
        "Hướng dẫn số 36-HD/BTGTW ngày 10/3/2022 của Ban Tuyên giáo Trung ương về tuyên truyền",
        [("36-HD/BTGTW", "2022-03-10", "Hướng dẫn", "Ban Tuyên giáo Trung ương")],
    ),
    (
        "Chương trình hành động số 03-CTr/TU ngày 05/02/2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội XIII",
        [("03-CTr/TU", "2021-02-05", "Chương trình", "Tỉnh ủy")],
    ),
    (
        "Quy định số 05-QĐi/TW ngày 28/8/2018 của Bộ Chính trị về kiểm soát quyền lực",
        [("05-QĐi/TW", "2018-08-28", "Quy định", "Bộ Chính trị")],
    ),
    # --- State symbols
    (
        "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về phát động thi đua",
        [("19/CT-TTg", "2021-07-16", "Chỉ thị", "Thủ tướng Chính phủ")],
    ),
    (
        "Thực hiện Chỉ thị số 02/CT-UBND ngày 13/01/2023 của UBND tỉnh về phát động thi đua năm 2023;",
        [("02/CT-UBND", "2023-01-13", "Chỉ thị", "UBND tỉnh")],
    ),
    (
        "theo quy định tại Nghị định 62/2020/NĐ-CP và Nghị định 106/2020/NĐ-CP trên địa bàn tỉnh",
        [("62/2020/NĐ-CP", None, "Nghị định", None), ("106/2020/NĐ-CP", None, "Nghị định", None)],
    ),
    (
        "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;",
        [("06/2022/QH15", "2022-06-15", "Luật", None)],
    ),
    (
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành Luật Thi đua",
        [("98/2023/NĐ-CP", "2023-12-31", "Nghị định", "Chính phủ")],
    ),
    (
        "Căn cứ Thông tư số 01/2024/TT-BNV ngày 08/3/2024 của Bộ trưởng Bộ Nội vụ quy định chi tiết",
        [("01/2024/TT-BNV", "2024-03-08", "Thông tư", "Bộ Nội vụ")],
    ),
    (
        "Thông tư liên tịch số 03/2018/TTLT-BNV-BTC ngày 15/5/2018 của Bộ Nội vụ và Bộ Tài chính",
        [("03/2018/TTLT-BNV-BTC", "2018-05-15", "Thông tư liên tịch", "Bộ Nội vụ")],
    ),
    (  # a joint directive: its own kind, not a Chỉ thị nor the Chương trình liên tịch its code spells
        "Chỉ thị liên tịch số 01/CTLT-UBND-UBMTTQ ngày 05/3/2024 của UBND tỉnh và Ủy ban MTTQ tỉnh",
        [("01/CTLT-UBND-UBMTTQ", "2024-03-05", "Chỉ thị liên tịch", "UBND tỉnh")],
    ),
    (
        "Quyết định số 1315/QĐ-TTg ngày 21/8/2021 của Thủ tướng Chính phủ ban hành Kế hoạch",
        [("1315/QĐ-TTg", "2021-08-21", "Quyết định", "Thủ tướng Chính phủ")],
    ),
    (
        "Kế hoạch số 252/KH-UBND ngày 21/12/2022 của UBND tỉnh Lạng Sơn về công tác thi đua, khen thưởng",
        [("252/KH-UBND", "2022-12-21", "Kế hoạch", "UBND tỉnh Lạng Sơn")],
    ),
    (
        "Công văn số 1234/UBND-NC ngày 05/6/2023 của UBND tỉnh về việc hướng dẫn khen thưởng",
        [("1234/UBND-NC", "2023-06-05", "Công văn", "UBND tỉnh")],
    ),
    (
        # a numbered letter without a kind code is a Công văn (Nghị định 30/2020/NĐ-CP, Phụ lục III)
        "Văn bản số 567/SNV-TĐKT ngày 10/02/2024 của Sở Nội vụ hướng dẫn bình xét thi đua",
        [("567/SNV-TĐKT", "2024-02-10", "Công văn", "Sở Nội vụ")],
    ),
    (
        "Thông báo số 60/TB-VPCP ngày 01/3/2023 của Văn phòng Chính phủ kết luận của Thủ tướng",
        [("60/TB-VPCP", "2023-03-01", "Thông báo", "Văn phòng Chính phủ")],
    ),
    (
        "Hướng dẫn số 09/HD-HĐTĐKT ngày 14/01/2024 của Hội đồng Thi đua - Khen thưởng tỉnh về xét khen thưởng",
        [("09/HD-HĐTĐKT", "2024-01-14", "Hướng dẫn", "Hội đồng Thi đua - Khen thưởng tỉnh")],
    ),
    (
        "Đề án số 06/ĐA-UBND ngày 12/4/2022 của UBND huyện Cao Lộc về xây dựng nông thôn mới",
        [("06/ĐA-UBND", "2022-04-12", "Đề án", "UBND huyện Cao Lộc")],
    ),
    (
        "Tờ trình số 45/TTr-SNV ngày 03/5/2023 của Sở Nội vụ về việc đề nghị tặng Cờ thi đua",
        [("45/TTr-SNV", "2023-05-03", "Tờ trình", "Sở Nội vụ")],
    ),
    (
        "Báo cáo số 112/BC-UBND ngày 20/11/2023 của UBND tỉnh tổng kết công tác",
        [("112/BC-UBND", "2023-11-20", "Báo cáo", "UBND tỉnh")],
    ),
    (
        "Phát động số 173/PĐ-SKHĐT ngày 31/01/2023 của Sở Kế hoạch và Đầu tư",
        [("173/PĐ-SKHĐT", "2023-01-31", "Phát động", "Sở Kế hoạch và Đầu tư")],
    ),
    (
        "Quy chế số 07/QC-CTĐ ngày 02/3/2023 của Cụm thi đua các cơ quan tham mưu tổng hợp",
        [("07/QC-CTĐ", "2023-03-02", "Quy chế", "Cụm thi đua")],
    ),
    (
        "Nghị quyết số 06/NQ-CP ngày 21/01/2022 của Chính phủ về đề án phát triển",
        [("06/NQ-CP", "2022-01-21", "Nghị quyết", "Chính phủ")],
    ),
    (
        "Công điện số 06/CĐ-TTg ngày 07/02/2023 của Thủ tướng Chính phủ về chấn chỉnh kỷ luật",
        [("06/CĐ-TTg", "2023-02-07", "Công điện", "Thủ tướng Chính phủ")],
    ),
    # --- broken and glued symbols and dates
    (
        "theo tinh thần Nghị quyết số 18-NQ/TW, Nghị quyết số 19- \nNQ/TW và các văn bản liên quan.",
        [("18-NQ/TW", None, "Nghị quyết", None), ("19-NQ/TW", None, "Nghị quyết", None)],
    ),
    (
        "Chỉ thị số 19/CT-\nTTg ngày 16/7/2021 của Thủ tướng Chính phủ",
        [("19/CT-TTg", "2021-07-16", "Chỉ thị", "Thủ tướng Chính phủ")],
    ),
    (
        "Quyết định số 1315/QĐ- TTg ngày 21/8/2021 của Thủ tướng",
        [("1315/QĐ-TTg", "2021-08-21", "Quyết định", "Thủ tướng")],
    ),
    (
        "Thông báo số\n60/TB-VPCP ngày 01/3/2023 của Văn phòng Chính phủ",
        [("60/TB-VPCP", "2023-03-01", "Thông báo", "Văn phòng Chính phủ")],
    ),
    ("Kết luận số 70-TB/TWngày 30/5/2023 của Ban Bí thư", [("70-TB/TW", "2023-05-30", "Kết luận", "Ban Bí thư")]),
    (
        "Chỉ thị số 02/CT-UBND ngày22/01/2024 của Chủ tịch UBND tỉnh",
        [("02/CT-UBND", "2024-01-22", "Chỉ thị", "Chủ tịch UBND tỉnh")],
    ),
    (
        "Chỉ thị \n\nsố 34-CT/TW ngày 07/4/2014 của Bộ Chính trị",
        [("34-CT/TW", "2014-04-07", "Chỉ thị", "Bộ Chính trị")],
    ),
    (
        "Kế hoạch số 45 /KH-UBND ngày 01 tháng 3 năm 2023 của UBND huyện",
        [("45/KH-UBND", "2023-03-01", "Kế hoạch", "UBND huyện")],
    ),
    (
        "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng”",
        [("05-CT/TW", "2016-05-15", "Chỉ thị", "Bộ Chính trị")],
    ),
    (
        "Chỉ thị số 05‑CT/TW ngày 15/5/2016 của Bộ Chính trị",  # non-breaking hyphen
        [("05-CT/TW", "2016-05-15", "Chỉ thị", "Bộ Chính trị")],
    ),
    (
        "**Chỉ thị số 19/CT-TTg** ngày 16/7/2021 của *Thủ tướng Chính phủ*",
        [("19/CT-TTg", "2021-07-16", "Chỉ thị", "Thủ tướng Chính phủ")],
    ),
    # --- enumerations: a bare symbol takes its kind from the code
    (
        "quán triệt các Chỉ thị số 34-CT/TW, 05-CT/TW của Bộ Chính trị",
        [("34-CT/TW", None, "Chỉ thị", None), ("05-CT/TW", None, "Chỉ thị", "Bộ Chính trị")],
    ),
    (
        "các Nghị định số 91/2017/NĐ-CP, 98/2023/NĐ-CP của Chính phủ",
        [("91/2017/NĐ-CP", None, "Nghị định", None), ("98/2023/NĐ-CP", None, "Nghị định", "Chính phủ")],
    ),
    # --- news phrasing: issuer and date before the verb
    (
        "Ngày 13/01/2023, UBND tỉnh Lạng Sơn ban hành Chỉ thị số 02/CT-UBND về phát động thi đua năm 2023.",
        [("02/CT-UBND", "2023-01-13", "Chỉ thị", "UBND tỉnh Lạng Sơn")],
    ),
    (
        "Thủ tướng Chính phủ vừa ký Quyết định số 1315/QĐ-TTg phê duyệt Kế hoạch thực hiện phong trào thi đua.",
        [("1315/QĐ-TTg", None, "Quyết định", "Thủ tướng Chính phủ")],
    ),
    (
        "UBND tỉnh Bắc Giang vừa ban hành Kế hoạch số 45/KH-UBND ngày 20/02/2024 về tổ chức phong trào thi đua.",
        [("45/KH-UBND", "2024-02-20", "Kế hoạch", "UBND tỉnh Bắc Giang")],
    ),
    (
        "Ngày 5/1/2024, Bộ Nội vụ ban hành Hướng dẫn số 12/HD-BNV về công tác thi đua, khen thưởng.",
        [("12/HD-BNV", "2024-01-05", "Hướng dẫn", "Bộ Nội vụ")],
    ),
    (
        "Sở Nội vụ đã ban hành Công văn số 890/SNV-TĐKT ngày 12/4/2024 đôn đốc các đơn vị.",
        [("890/SNV-TĐKT", "2024-04-12", "Công văn", "Sở Nội vụ")],
    ),
    (
        "Ban Thường vụ Tỉnh ủy Quảng Ninh ban hành Nghị quyết số 17-NQ/TU ngày 24/5/2024 về chuyển đổi số",
        [("17-NQ/TU", "2024-05-24", "Nghị quyết", "Ban Thường vụ Tỉnh ủy Quảng Ninh")],
    ),
    # --- a date written with the document and then again
    (
        "Chỉ thị số 02/CT-UBND (13/01/2023) của UBND tỉnh và Chỉ thị số 02/CT-UBND của UBND tỉnh",
        [("02/CT-UBND", "2023-01-13", "Chỉ thị", "UBND tỉnh")],
    ),
    # --- the same number, two years: two documents
    (
        "Chỉ thị số 02/CT-UBND ngày 13/01/2023 và Chỉ thị số 02/CT-UBND ngày 01/01/2024 của Chủ tịch UBND tỉnh",
        [("02/CT-UBND", "2023-01-13", "Chỉ thị", None), ("02/CT-UBND", "2024-01-01", "Chỉ thị", "Chủ tịch UBND tỉnh")],
    ),
    # --- no number: not a citation
    ("theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch 5 năm (2021-2025)", []),
    ("Phấn đấu hoàn thành các chỉ tiêu giai đoạn 2021 - 2025, ngày 30/11/2023 tổng kết.", []),
    ("Khối trưởng KTĐ số 5 (Sở Xây dựng); chỉ số cải cách hành chính (PAR INDEX)", []),
    # --- the document's own number is never a citation
    (
        "UBND TỈNH LẠNG SƠN\nSố: 173 /PĐ-SKHĐT   Lạng Sơn, ngày 31 tháng 01 năm 2023\n\nPHÁT ĐỘNG\n"
        "Thực hiện Chỉ thị số 02/CT-UBND ngày 13/01/2023 của UBND tỉnh",
        [("02/CT-UBND", "2023-01-13", "Chỉ thị", "UBND tỉnh")],
    ),
    (
        "Số hiệu: 2/KH-UBND\nLoại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Lạng Sơn\nNgày ban hành: 05/01/2024\n"
        "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ",
        [("19/CT-TTg", "2021-07-16", "Chỉ thị", "Thủ tướng Chính phủ")],
    ),
    # --- legal-database page chrome: related-document lists are links, not citations
    (
        "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về phát động thi đua.\n\n"
        "Văn bản liên quan\nQuyết định 1315/QĐ-TTg\nNghị định 98/2023/NĐ-CP\nThông tư 01/2024/TT-BNV\n",
        [("19/CT-TTg", "2021-07-16", "Chỉ thị", "Thủ tướng Chính phủ")],
    ),
    # --- a legal database's status note names what replaced the document: the database speaks (blind round tx)
    (
        "Quyết định 45/2014/QĐTA-TĐKT Bảng chấm điểm thi đua Tòa án nhân dân đã được thay thế bởi Quyết định "
        "83/QĐ-TANDTC-TĐKT Bảng chấm điểm thi đua áp dụng đối với Tòa án nhân dân 2016 và được áp dụng kể từ ngày "
        "10/10/2016.\nCăn cứ Luật Thi đua, Khen thưởng; căn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ",
        [("42/2010/NĐ-CP", "2010-04-15", "Nghị định", "Chính phủ")],
    ),
    # --- a letter numbered with its sender's code, issued in the news phrasing (blind round we)
    (
        "Hưởng ứng chương trình “Tấm lưới nghĩa tình”. Ngày 28/9/2011, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam "
        "đã ban hành văn bản số 1599/TLĐ kêu gọi các cấp công đoàn tham gia ủng hộ.",
        [("1599/TLĐ", "2011-09-28", "Công văn", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam")],
    ),
    # --- what the document does after its issuer ends the issuer (blind round wb)
    (
        "Thực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 "
        "năm Ngày sinh đồng chí Chu Huy Mân.",
        [("96-HD/BTGTW", "2023-02-22", "Hướng dẫn", "Ban Tuyên giáo Trung ương")],
    ),
    # --- a footnote holds citations
    (
        "Thi đua tạo bước đột phá về chuyển đổi số1, cải cách hành chính.\n\n"
        "__________\n1 Theo Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số.",
        [("49-NQ/TU", "2021-09-28", "Nghị quyết", "Ban Thường vụ Tỉnh ủy")],
    ),
    # --- NFD (decomposed) input
    (
        "Thực hiện Chi\u0309 thi\u0323 sô\u0301 34-CT/TW nga\u0300y 07/4/2014 cu\u0309a Bô\u0323 Chi\u0301nh tri\u0323",
        [("34-CT/TW", "2014-04-07", "Chỉ thị", "Bộ Chính trị")],
    ),
    # --- malformed symbol stays as written
    (
        "Thực hiện Chỉ thị số 22/CT-TW ngày 01/3/2023 của Ban Bí thư",
        [("22/CT-TW", "2023-03-01", "Chỉ thị", "Ban Bí thư")],
    ),
    # --- mixed-case issuer codes (regression: "SNgV" was cut to "SN")
    (
        "Công văn số 123/SNgV-LS ngày 04/3/2024 của Sở Ngoại vụ về đón đoàn",
        [("123/SNgV-LS", "2024-03-04", "Công văn", "Sở Ngoại vụ")],
    ),
    # --- news chrome before the issuer
    (
        "(Baoquangninh.vn) - UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND (ngày 9/1/2024) tổ chức phong trào thi đua",
        [("12/KH-UBND", "2024-01-09", "Kế hoạch", "UBND tỉnh")],
    ),
    # --- the date after the issuer
    (
        "Thực hiện Chỉ thị số 02/CT-UBND của UBND tỉnh Hà Giang ngày 13/01/2023 về phát động thi đua",
        [("02/CT-UBND", "2023-01-13", "Chỉ thị", "UBND tỉnh Hà Giang")],
    ),
    # --- a date without a year is no date
    (
        "Ngày 12/3, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phát động thi đua",
        [("45/KH-UBND", None, "Kế hoạch", "UBND tỉnh")],
    ),
    # --- abbreviated kind word, spaces around slashes, comma before the date
    (
        "theo QĐ số 123/QĐ-UBND, ngày 13 / 01 / 2023 của UBND tỉnh",
        [("123/QĐ-UBND", "2023-01-13", "Quyết định", "UBND tỉnh")],
    ),
    (
        "Thông báo kết luận số 15-TB/TU ngày 01/8/2023 của Ban Thường vụ Tỉnh ủy",
        [("15-TB/TU", "2023-08-01", "Thông báo", "Ban Thường vụ Tỉnh ủy")],
    ),
    # --- lower-case kind word in running text
    (
        "đã triển khai chỉ thị số 15/CT-UBND ngày 09/8/2023 của UBND thành phố",
        [("15/CT-UBND", "2023-08-09", "Chỉ thị", "UBND thành phố")],
    ),
    # --- the proposer issued the proposal it proposes by
    (
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 404/TTr-SNV ngày 21 tháng 9 năm 2022.",
        [("404/TTr-SNV", "2022-09-21", "Tờ trình", "Giám đốc Sở Nội vụ")],
    ),
    (
        "Xét đề nghị của Chủ tịch UBND tỉnh Quảng Ninh (Tờ trình số 1134/TTr-BTC ngày 25/3/2008) và Trưởng ban "
        "Ban Thi đua-Khen thưởng Trung ương (Tờ trình số 358/TTr-BTĐKT ngày 31 tháng 3 năm 2008),",
        [
            ("1134/TTr-BTC", "2008-03-25", "Tờ trình", "Chủ tịch UBND tỉnh Quảng Ninh"),
            ("358/TTr-BTĐKT", "2008-03-31", "Tờ trình", "Trưởng ban Ban Thi đua-Khen thưởng Trung ương"),
        ],
    ),
    # --- a law's legislature spaced off ("QH 11"); a joint issuer counted ("2KTĐ": two blocs)
    (
        "Căn cứ Luật Thi đua, Khen thưởng số 15/2003/QH 11 ngày 26/11/2003;",
        [("15/2003/QH11", "2003-11-26", "Luật", None)],
    ),
    (
        "Kết quả triển khai thực hiện Kế hoạch số 06 -KHPH/2KTĐ, ngày 09/3/2023 giữa Khối thi đua các cơ quan Đảng "
        "tỉnh với Khối thi đua các Doanh nghiệp",
        [("06-KHPH/2KTĐ", "2023-03-09", "Kế hoạch", None)],
    ),
    # --- a number with a letter ("135a", "6b") is part of the symbol, kept as written
    (
        "Căn cứ Quyết định số 135a/QĐ-UBND ngày 12/3/2023 của UBND tỉnh; tổng kết 10 năm thực hiện Nghị quyết "
        "6b/NQ-BCH về công tác vận động nữ CNVCLĐ",
        [("135a/QĐ-UBND", "2023-03-12", "Quyết định", "UBND tỉnh"), ("6b/NQ-BCH", None, "Nghị quyết", None)],
    ),
    # --- a number right after its kind word, without "số" ("Chỉ thị 34 của Bộ Chính trị", "Đề án 02 về ...")
    (
        "các cơ quan tập trung thực hiện có hiệu quả Chỉ thị 34 của Bộ Chính trị và thi đua thực hiện Đề án 02 về "
        "công tác dân vận",
        [("34", None, "Chỉ thị", "Bộ Chính trị"), ("02", None, "Đề án", None)],
    ),
    # --- a short form of a document the text also cites in full is the same citation
    (
        "Thực hiện Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị; quán triệt Nghị quyết 54 của Bộ Chính "
        "trị đến cán bộ",
        [("54-NQ/TW", "2019-12-10", "Nghị quyết", "Bộ Chính trị")],
    ),
    # --- a number and its year, as the press shortens a symbol (the code lost), and its full form once
    (
        "thực hiện “bộ tứ Nghị quyết” (Nghị quyết 57/2024, Nghị quyết 59/2025); Nghị định 91/2017 của Chính phủ",
        [
            ("57/2024", None, "Nghị quyết", None),
            ("59/2025", None, "Nghị quyết", None),
            ("91/2017", None, "Nghị định", "Chính phủ"),
        ],
    ),
    (
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết 57/2024 là đột phá",
        [("57-NQ/TW", "2024-12-22", "Nghị quyết", "Bộ Chính trị")],
    ),
    # --- the body whose documents a bracket lists
    (
        "TP.HCM sẽ thực hiện đạt kết quả cao nhất “bộ tứ Nghị quyết” của Bộ Chính trị (Nghị quyết 57/2024, Nghị "
        "quyết 59/2025).",
        [("57/2024", None, "Nghị quyết", "Bộ Chính trị"), ("59/2025", None, "Nghị quyết", "Bộ Chính trị")],
    ),
    # --- the proposer before a list of its submissions in brackets
    (
        "Xét đề nghị của Bộ trưởng Bộ Công Thương (Tờ trình số 0017/TTr-BCT ngày 02 tháng 01 năm 2008; Tờ trình số "
        "0244/TTr-BCT ngày 07 tháng 01 năm 2008),",
        [
            ("0017/TTr-BCT", "2008-01-02", "Tờ trình", "Bộ trưởng Bộ Công Thương"),
            ("0244/TTr-BCT", "2008-01-07", "Tờ trình", "Bộ trưởng Bộ Công Thương"),
        ],
    ),
    # --- "ngày" mistyped
    (
        "và thay thế Quyết định số 463/QĐ-UBND gày 19/4/2016 của UBND tỉnh về việc kiện toàn các khối thi đua.",
        [("463/QĐ-UBND", "2016-04-19", "Quyết định", "UBND tỉnh")],
    ),
    # --- " - " between a number and the words after it separates them (regression, blind round tj: "1730/QĐ-TTg-P")
    (
        "Căn cứ Quyết định 1730/QĐ-TTg - Phong trào thi đua cả nước chung sức xây dựng nông thôn mới.",
        [("1730/QĐ-TTg", None, "Quyết định", None)],
    ),
    # --- "vào ngày" before the date (blind round yd)
    (
        "Để chuẩn bị cho những sự kiện trọng đại này, Bộ trưởng đề nghị thực hiện Chỉ thị số 39/CT-TTg vào ngày "
        "15/10/2024 của Thủ tướng Chính phủ.",
        [("39/CT-TTg", "2024-10-15", "Chỉ thị", "Thủ tướng Chính phủ")],
    ),
    # --- a bare number after "số", then what the document is about (regression, blind round xt)
    (
        "thực hiện hiệu quả Chỉ thị số 19 về Cuộc vận động “Người dân TPHCM không xả rác ra đường”.",
        [("19", None, "Chỉ thị", None)],
    ),
    # --- a decision's kind code glued to its sender's (regression, blind round yb: "832/QĐUBND" was not cited)
    (
        "Ngày 25/5/2022, UBND huyện ban hành kế hoạch thực hiện Quyết định số 832/QĐUBND của UBND tỉnh Trà Vinh phê "
        "duyệt Chương trình thực hiện Phong trào.",
        [("832/QĐUBND", None, "Quyết định", "UBND tỉnh Trà Vinh")],
    ),
    # --- a unit's number after a stop in the code (regression, blind round xy: "51/BTĐKT-P.1" was read "51/BTĐKT-P")
    (
        "Ban Thi đua - Khen thưởng Trung ương đã có Văn bản số 51/BTĐKT-P.1 về việc lấy ý kiến nhân dân; Tờ trình số "
        "06/TTr-NHNN ngày 17/1/2023.",
        [("51/BTĐKT-P.1", None, "Công văn", None), ("06/TTr-NHNN", "2023-01-17", "Tờ trình", None)],
    ),
    # --- a Party symbol with a space for its hyphen after its kind; a pair of bare numbers sharing one issuer
    # (regressions, blind round yf)
    (
        "lồng ghép vào thực hiện Chỉ thị 05 CT/TW học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        [("05-CT/TW", None, "Chỉ thị", None)],
    ),
    (
        "BCĐ có nhiệm vụ triển khai thực hiện cuộc vận động theo Chương trình số 08 và Kế hoạch 326 của BCĐ Trung ương.",
        [("08", None, "Chương trình", "BCĐ Trung ương"), ("326", None, "Kế hoạch", "BCĐ Trung ương")],
    ),
    # --- bare numbers listed with a comma, after a kind in small letters or a Party circular; a span of days is no
    # date (tests/realworld m06, tr09, wn04, wx10)
    (
        "thực hiện các Chỉ thị 19, Chỉ thị 23 của Thành ủy về thi đua.",
        [("19", None, "Chỉ thị", "Thành ủy"), ("23", None, "Chỉ thị", "Thành ủy")],
    ),
    (
        "tham gia thực hiện thắng lợi kế hoạch 22 của UBND tỉnh về phát động thi đua xây dựng nông thôn mới.",
        [("22", None, "Kế hoạch", "UBND tỉnh")],
    ),
    (
        "theo tinh thần Chỉ thị số 34 của Bộ Chính trị, Thông tri 28 của Tỉnh ủy và Chỉ thị số 25 của Chủ tịch UBND "
        "tỉnh gắn với phong trào thi đua.",
        [
            ("34", None, "Chỉ thị", "Bộ Chính trị"),
            ("28", None, "Thông tri", "Tỉnh ủy"),
            ("25", None, "Chỉ thị", "Chủ tịch UBND tỉnh"),
        ],
    ),
    ("Ban Chỉ đạo ban hành kế hoạch triển khai kế hoạch 90 ngày đêm hưởng ứng phong trào thi đua.", []),
    # --- a list whose items after the first open on "số" shares the issuer of its end (blind round yh)
    (
        "Căn cứ các Nghị định số 42/2010/NĐ-CP ngày 15/4/2010, số 39/2012/NĐ-CP ngày 27/4/2012 và số 65/2014/NĐ-CP ngày "
        "01/7/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng.",
        [
            ("42/2010/NĐ-CP", "2010-04-15", "Nghị định", "Chính phủ"),
            ("39/2012/NĐ-CP", "2012-04-27", "Nghị định", "Chính phủ"),
            ("65/2014/NĐ-CP", "2014-07-01", "Nghị định", "Chính phủ"),
        ],
    ),
    # --- the Assembly at its session issues; a movement launched by the Prime Minister in a decision (blind round yg)
    (
        "Căn cứ Nghị quyết số 30/2021/QH15 ngày 28/7/2021 của kỳ họp thứ nhất, Quốc hội khoá XV về phòng, chống dịch.",
        [("30/2021/QH15", "2021-07-28", "Nghị quyết", "Quốc hội")],
    ),
    (
        "Phong trào thi đua đặc biệt “Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại "
        "dịch Covid-19” do Thủ tướng Chính phủ phát động tại Quyết định số 1497/QĐ-TTg ngày 10/9/2021.",
        [("1497/QĐ-TTg", "2021-09-10", "Quyết định", "Thủ tướng Chính phủ")],
    ),
    # --- "&" joins two codes in one (regression, blind round tj: "51/KH-CĐ-TTCS&NDNTT" was read "51/KH-CĐ-TTCS")
    (
        "Thực hiện Kế hoạch số 12/KH-PGD&ĐT ngày 05/9/2019 của Phòng Giáo dục và Đào tạo huyện về công tác thi đua.",
        [("12/KH-PGD&ĐT", "2019-09-05", "Kế hoạch", "Phòng Giáo dục và Đào tạo huyện")],
    ),
    # --- a hyphen for a Party symbol's slash (review: "34-KH-TU" was no citation, so the cascade of 34-KH/TU missed
    # the launch resting on it)
    (
        "Thực hiện Kế hoạch số 34-KH-TU ngày 02/10/2017 của Tỉnh ủy và Hướng dẫn số 168-HD-BTGTW của Ban Tuyên giáo "
        "Trung ương về thi đua.",
        [
            ("34-KH-TU", "2017-10-02", "Kế hoạch", "Tỉnh ủy"),
            ("168-HD-BTGTW", None, "Hướng dẫn", "Ban Tuyên giáo Trung ương"),
        ],
    ),
    # --- blind round zj: a dot for the hyphen between two codes, as old texts write it
    (
        "Căn cứ Nghị định số 121/2005/NĐ.CP ngày 30/9/2005 của Chính phủ và Chỉ thị số 17/2006/CT.TTg ngày 08/5/2006 "
        "của Thủ tướng Chính phủ về thi đua.",
        [
            ("121/2005/NĐ.CP", "2005-09-30", "Nghị định", "Chính phủ"),
            ("17/2006/CT.TTg", "2006-05-08", "Chỉ thị", "Thủ tướng Chính phủ"),
        ],
    ),
    # --- blind round ys: the proposer of a letter named "văn bản số"; a Party document of old numbered "35/TW"
    (
        "Về đề nghị của Ban Tuyên giáo Trung ương tại văn bản số 86-CV/BTGTW ngày 01 tháng 3 năm 2016 về việc bổ sung "
        "báo cáo, Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:",
        [("86-CV/BTGTW", "2016-03-01", "Công văn", "Ban Tuyên giáo Trung ương")],
    ),
    (
        "Hội đồng ban hành Kế hoạch về việc hướng dẫn tổng kết Chỉ thị 35/TW của Bộ Chính trị về đổi mới công tác "
        "thi đua-khen thưởng trong giai đoạn mới.",
        [("35/TW", None, "Chỉ thị", "Bộ Chính trị")],
    ),
    (  # a notice of conclusions: the kind its code and first word name; the issuer stops at the bracket (round ua)
        "(Ban hành kèm theo Thông báo Kết luận số 02-TB/BCĐCVĐ, ngày 22 tháng 10 năm 2007 của Ban Chỉ đạo Trung ương)"
        "\n\n- Căn cứ mục đích, yêu cầu của Cuộc vận động.",
        [("02-TB/BCĐCVĐ", "2007-10-22", "Thông báo", "Ban Chỉ đạo Trung ương")],
    ),
    (  # a dot between the codes: the Central Committee written "T.Ư", a unit after its body (blind rounds zv, zr)
        "Ban Thường vụ Tỉnh ủy Nghệ An tổ chức Hội nghị Tổng kết 5 năm thực hiện Chỉ thị 03-CT/T.Ư của Bộ Chính trị về "
        "“Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”. Thực hiện kế hoạch số 19/KH-THHBA.LĐ, ngày 23/10/2017 của "
        "Liên đội. Theo Kế hoạch số 12/KH-UBND.Theo đó, ...",
        [
            ("03-CT/T.Ư", None, "Chỉ thị", "Bộ Chính trị"),
            ("19/KH-THHBA.LĐ", "2017-10-23", "Kế hoạch", "Liên đội"),
            ("12/KH-UBND", None, "Kế hoạch", None),
        ],
    ),
    (  # the kind named first when the one nearest the number is a word of its title: the code says which (round ui)
        "khen thưởng trong đợt thi đua năm 2017 theo Kế hoạch phát động thi đua số 84/KH-UBND ngày 12/6/2017 của UBND "
        "tỉnh. Căn cứ Quyết định ban hành Kế hoạch số 1200/QĐ-UBND ngày 02/3/2018 của UBND tỉnh.",
        [
            ("84/KH-UBND", "2017-06-12", "Kế hoạch", "UBND tỉnh"),
            ("1200/QĐ-UBND", "2018-03-02", "Quyết định", "UBND tỉnh"),
        ],
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_citations(snippet: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """What the text states of each numbered document: a snippet that reports one ("UBND tỉnh ban hành Kế
    hoạch số ...") states it as the document the page describes (DESIGN.md §4), the others as citations."""
    doc = extract_document(clean_text(snippet))
    d = doc.document
    stated = list(doc.citations)
    if d.reported and d.symbol:
        stated.insert(0, Citation(kind=d.kind, symbol=d.symbol, date=d.date, issuer=d.issuer))
    got = [(c.symbol, c.date) for c in stated]
    assert got == [(s, d) for s, d, _, _ in expected]
    for c, (_, _, kind, issuer) in zip(stated, expected, strict=True):
        assert c.kind == kind, (c.symbol, c.kind)
        if issuer is None:
            continue
        assert c.issuer and issuer.casefold() in c.issuer.casefold(), (c.symbol, c.issuer)


def test_spans_point_at_the_source_words() -> None:
    text = "Thực hiện Chỉ thị \n\nsố 34-CT/TW nga\u0300y 07/4/2014 của Bộ Chính trị"
    doc = extract_document(clean_text(text))
    (c,) = doc.citations
    quoted = text[c.span[0] : c.span[1]]
    assert quoted.startswith("Chỉ thị") and quoted.endswith("34-CT/TW")


def test_links_implements() -> None:
    text = (
        "Kế hoạch số 51/KH-SKHĐT ngày 25/02/2022 về thực hiện Nghị quyết số 49-NQ/TU ngày 28/9/2021 "
        "của Ban Thường vụ Tỉnh ủy."
    )
    doc = extract_document(clean_text(text))
    assert [(lk.source, lk.target, lk.relation) for lk in doc.links] == [("51/KH-SKHĐT", "49-NQ/TU", "implements")]


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        (  # the subject of the verb issues each document it governs (blind round xl), the page's own one too
            "Thực hiện Nghị quyết số 51/2016/NQ-HĐND của HĐND tỉnh về Đề án xét chọn; ngày 18.9.2017 UBND tỉnh đã có "
            "Quyết định số 661/QĐ-UBND ban hành Đề án “Công dân tiêu biểu tỉnh Quảng Ngãi” giai đoạn 2017 – 2020 và "
            "Quyết định số 1008/QĐ-UBND ngày 29.12.2017 ban hành Quy chế xét chọn.",
            {"51/2016/NQ-HĐND": "HĐND tỉnh", "1008/QĐ-UBND": "UBND tỉnh"},
        ),
        (  # the committee whose plenum passed it; a list after "chỉ đạo của X tại" is X's (blind round xo)
            "Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa "
            "XIII; chỉ đạo của Ban cán sự đảng Ủy ban nhân dân tỉnh tại Công văn số 571-CV/UBND ngày 06/12/2022 và Công "
            "văn số 591-CV/BCSĐ ngày 14/12/2022, Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện.",
            {
                "20-NQ/TW": "Ban Chấp hành Trung ương Đảng",
                "571-CV/UBND": "Ban cán sự đảng Ủy ban nhân dân tỉnh",
                "591-CV/BCSĐ": "Ban cán sự đảng Ủy ban nhân dân tỉnh",
            },
        ),
        (  # ... not a document another body's document is named beside
            "Thực hiện Quyết định số 12/QĐ-UBND của UBND tỉnh và Kế hoạch số 5/KH-SNV về công tác thi đua.",
            {"12/QĐ-UBND": "UBND tỉnh", "5/KH-SNV": None},
        ),
        (  # the body after a list issues each item
            "Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Chỉ thị 78-CT/QUTW, Chỉ thị 855-CT/TW của Thường vụ "
            "Quân ủy Trung ương về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            {
                "05-CT/TW": "Bộ Chính trị",
                "78-CT/QUTW": "Thường vụ Quân ủy Trung ương",
                "855-CT/TW": "Thường vụ Quân ủy Trung ương",
            },
        ),
        (  # "chỉ đạo của X tại Công văn số ...": X's letter
            "Thực hiện chỉ đạo của Ban Tuyên giáo và Dân vận Thành ủy tại Công văn số 440-CV/BTGDVTU ngày 22/7/2025 "
            "về đẩy mạnh triển khai Phong trào Bình dân học vụ số.",
            {"440-CV/BTGDVTU": "Ban Tuyên giáo và Dân vận Thành ủy"},
        ),
        (  # a letter numbered with its sender's code alone
            "Thực hiện Công văn số 1691/SGDĐT ngày 30 tháng 12 năm 2016 của Sở Giáo dục và Đào tạo về hướng dẫn thi "
            "đua khối.",
            {"1691/SGDĐT": "Sở Giáo dục và Đào tạo"},
        ),
        (  # a typist's "cúa" for "của"
            "Thực hiện Chương trình hành động số 30- CTr/TU ngày 23/02/2022 cúa Tỉnh ủy Khánh Hòa về thực hiện Nghị "
            "quyết.",
            {"30-CTr/TU": "Tỉnh ủy Khánh Hòa"},
        ),
        (  # the body whose document the text names with it ("Bộ Chính trị với Nghị quyết số ...")
            "các nghị quyết lớn của Đảng, nhất là Bộ Chính trị với Nghị quyết số 72-NQ/TW về những giải pháp đột phá.",
            {"72-NQ/TW": "Bộ Chính trị"},
        ),
        (  # a subject that follows the issuer without "về" ("... của Chính phủ Quy định chi tiết ...")
            "thực hiện Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ Quy định chi tiết thi hành.",
            {"91/2017/NĐ-CP": "Chính phủ"},
        ),
        (  # an item with its own subject keeps what it says
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2024 về chuyển đổi số và Kế hoạch số 15/KH-SNV của Sở Nội vụ.",
            {"12/KH-UBND": None, "15/KH-SNV": "Sở Nội vụ"},
        ),
        (  # one kind listed with semicolons, "và" glued to a date (blind round ts)
            "Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010; Nghị định số 39/2012/NĐ-CP ngày 27/4/2012và Nghị định "
            "số 65/2014/NĐ-CP ngày 01/7/2014 của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng;",
            {"42/2010/NĐ-CP": "Chính phủ", "39/2012/NĐ-CP": "Chính phủ", "65/2014/NĐ-CP": "Chính phủ"},
        ),
        (  # another kind across a semicolon keeps none
            "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017; Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ.",
            {"91/2017/NĐ-CP": None, "12/2019/TT-BNV": "Bộ Nội vụ"},
        ),
        (  # where and why the document is carried out is not its issuer (tests/realworld th01)
            "UBND TP vừa ban hành Kế hoạch tổ chức phòng trào thi đua thực hiện Chỉ thị 16/CT-TTg ngày 31/3/2020 của "
            "Thủ tướng Chính phủ trên địa bàn TPHCM nhằm vận động toàn thể nhân dân, toàn hệ thống chính trị TP cùng "
            "đồng lòng, chung sức, nỗ lực tham gia.",
            {"16/CT-TTg": "Thủ tướng Chính phủ"},
        ),
        (  # a title in capitals: its date and "CỦA" (blind round wm)
            "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ "
            "21/2018/QĐ-UBND NGÀY 31 THÁNG 10 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nCăn cứ Luật Tổ chức chính "
            "quyền địa phương;",
            {"21/2018/QĐ-UBND": "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG"},
        ),
    ],
)
def test_who_issues_each_cited_document(text: str, issuers: dict[str, str | None]) -> None:
    """Regression (blind rounds v, w): a list's items before its "của X" had no issuer; "chỉ đạo của X tại Công
    văn số ..." named none."""
    doc = extract_document(clean_text(text))
    assert {c.symbol: c.issuer for c in doc.citations} == issuers


def test_links_through_the_programme_a_decision_issues() -> None:
    """Regression (blind round v): "Quyết định số 1732/QĐ-UBND ... ban hành Chương trình hành động thực hiện Nghị
    quyết số 35/NQ-CP" linked nothing, so a launch resting on the decision did not reach the resolution."""
    text = (
        "triển khai có hiệu quả Quyết định số 1732/QĐ-UBND ngày 30.6.2016 của UBND tỉnh ban hành Chương trình hành "
        "động thực hiện Nghị quyết số 35/NQ-CP ngày 16.5.2016 của Chính phủ về hỗ trợ và phát triển doanh nghiệp."
    )
    doc = extract_document(clean_text(text))
    assert [(lk.source, lk.target, lk.relation) for lk in doc.links] == [("1732/QĐ-UBND", "35/NQ-CP", "implements")]


def test_links_named_document() -> None:
    text = (
        "Thực hiện Đề án ban hành kèm theo Quyết định số 2514/QĐ-UBND ngày 27/9/2021 của UBND tỉnh ban hành "
        "Đề án phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến trên địa bàn tỉnh và Kế hoạch số "
        "3401/KH-SXD ngày 19/11/2021 của Sở Xây dựng về thực hiện Đề án phát hiện, bồi dưỡng, nhân rộng "
        "điển hình tiên tiến tại Sở."
    )
    doc = extract_document(clean_text(text))
    assert ("3401/KH-SXD", "2514/QĐ-UBND") in [(lk.source, lk.target) for lk in doc.links]


def test_roles() -> None:
    text = (
        "PHÁT ĐỘNG\nPhong trào thi đua năm 2023\n\nThực hiện Chỉ thị số 02/CT-UBND ngày 13/01/2023 của UBND "
        "tỉnh, Sở Nội vụ phát động phong trào thi đua như sau:\nI. NỘI DUNG\n1. Tiếp tục thực hiện có hiệu "
        "quả Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị; theo quy định tại Nghị định 62/2020/NĐ-CP."
    )
    roles = {c.symbol: c.role for c in extract_document(clean_text(text)).citations}
    assert roles == {"02/CT-UBND": "basis", "34-CT/TW": "implements", "62/2020/NĐ-CP": "mention"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # blind round wt
            "Thực hiện theo Hướng dẫn số 12/HĐTĐKT, ngày 09 tháng 01 năm 2018 của Hội đồng Thi đua - Khen thưởng tỉnh "
            "Vĩnh Long về việc hướng dẫn thực hiện công tác thi đua, khen thưởng năm 2018, Ngành Giáo dục hướng dẫn.",
            [("Hướng dẫn", "12/HĐTĐKT", "2018-01-09", "Hội đồng Thi đua - Khen thưởng tỉnh Vĩnh Long")],
        ),
        (  # a letter keeps its rule
            "Thực hiện văn bản số 1599/TLĐ ngày 10/3/2020 của Tổng Liên đoàn Lao động Việt Nam về thi đua.",
            [("Công văn", "1599/TLĐ", "2020-03-10", "Tổng Liên đoàn Lao động Việt Nam")],
        ),
    ],
)
def test_a_document_numbered_with_its_senders_code_alone(text: str, want: list[tuple]) -> None:
    """Regression (blind round wt): "Hướng dẫn số 12/HĐTĐKT, ngày ..." (a number with the sender's code and no kind
    code) was not a citation."""
    doc = extract_document(clean_text(text))
    assert [(c.kind, c.symbol, c.date, c.issuer) for c in doc.citations] == want


def test_a_list_shares_its_issuer_past_a_small_letter_kind_and_one_senders_code() -> None:
    """Regression (blind round xn): "Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW ... của Bộ Chính
    trị" gave the directive the next item as its subject and no issuer; "Kế hoạch số 81-KH/ĐUK ...; Hướng dẫn số
    23-HD/ĐUK ... của Đảng ủy Khối ..." (one sender's code) did not share the issuer."""
    from graph import clean_text, extract_document

    text = (
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị về "
        "đại hội đảng bộ các cấp; Kế hoạch số 81-KH/ĐUK ngày 15/8/2019; Hướng dẫn số 23-HD/ĐUK, ngày 28/11/2019 của "
        "Đảng ủy Khối Doanh nghiệp Trung ương về một số nội dung.\n"
    )
    got = {c.symbol: c.issuer for c in extract_document(clean_text(text)).citations}
    assert got == {
        "35-CT/TW": "Bộ Chính trị",
        "26-HD/BTCTW": "Bộ Chính trị",
        "81-KH/ĐUK": "Đảng ủy Khối Doanh nghiệp Trung ương",
        "23-HD/ĐUK": "Đảng ủy Khối Doanh nghiệp Trung ương",
    }


@pytest.mark.parametrize(
    "text",
    [
        (  # the header's number, which the pattern reads short of its last part (blind round ta)
            "TRƯỜNG THPT TX. PHƯỚC LONG\nSố 04/ KH-THPTTX. PL\nPhước Long, ngày 20 tháng 10 năm 2014\nKẾ HOẠCH\n"
            "PHÁT ĐỘNG THI ĐUA CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11\n"
        ),
        (  # a code joined by "&" (blind round tj)
            "CÔNG ĐOÀN TRUNG TÂM CHĂM SÓC VÀ NUÔI DƯỠNG NGƯỜI TÂM THẦN HÀ NỘI\nSố: 51/KH-CĐ-TTCS&NDNTT\n"
            "Ba Vì, ngày 25 tháng 10 năm 2017\nKẾ HOẠCH\nTổ chức cuộc thi viết về gương điển hình tiên tiến\n"
        ),
    ],
)
def test_the_headers_own_number_is_never_a_citation(text: str) -> None:
    doc = extract_document(clean_text(text))
    assert doc.document.symbol and not doc.citations, (doc.document.symbol, [c.symbol for c in doc.citations])


@pytest.mark.parametrize(
    ("text", "nested"),
    [
        (  # a list of bases is not one subject: in "thực hiện Hướng dẫn số 69-HD/BTGTW ... về ..., Chỉ thị số
            # 19/CT-TTg ..." the Chỉ thị was read as part of the Hướng dẫn's subject, so the cascade of 19/CT-TTg
            # missed the launch
            "Căn cứ Luật Thi đua, khen thưởng, thực hiện Hướng dẫn số 69-HD/BTGTW ngày 20/9/2022 của Ban Tuyên giáo "
            "Trung ương về tổ chức các hoạt động kỷ niệm các ngày lễ lớn trong 03 năm 2023-2025, Chỉ thị số 19/CT-TTg "
            "ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua, Hội đồng hướng dẫn như sau:",
            {"69-HD/BTGTW": False, "19/CT-TTg": False},
        ),
        (  # a later document is not inside an earlier one's subject (blind round yg): the decision of 10/9/2021
            # after the resolution of 06/8/2021 was nested in its subject, reached through no link
            "Thực hiện Nghị quyết số 86/NQ-CP ngày 06/8/2021 của Chính phủ về các giải pháp cấp bách phòng, chống dịch "
            "bệnh Covid-19 và Phong trào thi đua đặc biệt “Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống "
            "và chiến thắng đại dịch Covid-19” do Thủ tướng Chính phủ phát động tại Quyết định số 1497/QĐ-TTg ngày "
            "10/9/2021.\n",
            {"86/NQ-CP": False, "1497/QĐ-TTg": False},
        ),
    ],
    ids=["list-of-bases", "later-document"],
)
def test_a_citation_is_nested_only_inside_a_subject_that_can_hold_it(text: str, nested: dict[str, bool]) -> None:
    assert {c.symbol: c.nested for c in extract_document(clean_text(text)).citations} == nested


def test_a_dot_for_the_hyphen_between_two_codes_is_one_symbol() -> None:
    """ "121/2005/NĐ.CP" is "121/2005/NĐ-CP" (blind round zj); a unit after a dot stays ("04/KH-THPTTX.PL")."""
    from graph.extract.text import symbol_key

    assert symbol_key("121/2005/NĐ.CP") == symbol_key("121/2005/NĐ-CP")
    assert symbol_key("307/KH.BGD&ĐT") == symbol_key("307/KH-BGD&ĐT")
    assert symbol_key("04/KH-THPTTX.PL") != symbol_key("04/KH-THPTTX-PL")
    assert symbol_key("34-KH-TU") == symbol_key("34-KH/TU")  # a hyphen for a Party symbol's slash
    assert symbol_key("12-5-2020") == "12-5-2020"  # (a date, no symbol)
