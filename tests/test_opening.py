"""Document understanding without a header, table-driven on real snippets (shapes seen on provincial portals,
newspapers and legal databases; names and numbers as those pages give them)."""

from __future__ import annotations

import pytest

from graph import clean_text, extract_document
from graph.extract.launch import held_year, is_launch, launch_year
from graph.extract.opening import lead
from graph.extract.text import clean_body
from graph.models import Signer

# text → the document it describes: (kind, symbol, date, issuer, signer, reported, launch, year)
PAGES = [
    (
        "Gia Lai: Phát động thi đua chào mừng các sự kiện lớn của tỉnh\n\n"
        "(GLO)- Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành vừa ký ban hành Kế hoạch số 263/KH-UBND về việc tổ chức "
        "lễ phát động thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XVI và kỷ niệm các ngày lễ lớn "
        "trong năm 2020.\n",
        ("Kế hoạch", "263/KH-UBND", None, "Chủ tịch UBND tỉnh Gia Lai", "Võ Ngọc Thành", True, True, 2020),
    ),
    (
        "Phát động Phong trào thi đua yêu nước năm 2024\nNgày đăng: 08/02/2024  16:04\n"
        "Tại Chỉ thị số 08/CT-UBND ngày 06/02/2024, Chủ tịch UBND tỉnh phát động Phong trào thi đua yêu nước năm "
        "2024 trên địa bàn tỉnh Kon Tum với chủ đề “Đoàn kết - Trách nhiệm - Chủ động vượt khó”.\n",
        ("Chỉ thị", "08/CT-UBND", "2024-02-06", "Chủ tịch UBND tỉnh", None, True, True, 2024),
    ),
    (
        "Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà vừa ký Quyết định số 2447/QĐ-TTg ngày 06/11/2025 ban hành Kế "
        "hoạch triển khai Phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc”.\n",
        ("Quyết định", "2447/QĐ-TTg", "2025-11-06", "Thủ tướng Chính phủ", "Phạm Thị Thanh Trà", True, True, 2025),
    ),
    (
        "Kế hoạch thực hiện phong trào thi đua “Châu Thành chung tay vì người nghèo” năm 2024\n"
        "Ngày 03/5/2024, Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch số 85/KH-UBND thực hiện phong trào thi "
        "đua “Châu Thành chung tay vì người nghèo” năm 2024.\n",
        ("Kế hoạch", "85/KH-UBND", "2024-05-03", "Ủy ban nhân dân huyện Châu Thành", None, True, True, 2024),
    ),
    (  # an event page: no document, the body acting; the year the covenant is for, not the year reviewed (and its
        # day without a year: in the year the review sets out)
        "Cụm thi đua khen thưởng vùng cao tổng kết công tác năm 2023\n"
        "Điện Biên TV - Ngày 22/5, tại huyện Mường Chà, Cụm thi đua khen thưởng vùng cao đã tổ chức Hội nghị tổng "
        "kết công tác thi đua, khen thưởng năm 2023 và ký giao ước thi đua năm 2024.\n",
        (None, None, "2024-05-22", "Cụm thi đua khen thưởng vùng cao", None, False, True, 2024),
    ),
    (  # a review of a covenant is not a launch
        "Cụm các tỉnh miền Đông Nam Bộ: Sơ kết thực hiện giao ước thi đua năm 2015\n"
        "(NTO) Ngày 28-7 tại Bình Phước, các tỉnh trong Cụm đã tổ chức hội nghị sơ kết thực hiện giao ước thi đua "
        "năm 2015.\n",
        (None, None, "2015-07-28", "Cụm các tỉnh miền Đông Nam Bộ", None, False, False, 2015),
    ),
    (  # an award decision reported by a newspaper is not a launch
        "Bắc Kạn khen thưởng các tập thể, cá nhân trong đợt thi đua cao điểm\n"
        "Sáng 12/12/2024, UBND tỉnh Bắc Kạn tổ chức trao Bằng khen cho các tập thể có thành tích xuất sắc trong đợt "
        "thi đua cao điểm được UBND tỉnh Bắc Kạn phát động.\n",
        (None, None, "2024-12-12", "UBND tỉnh Bắc Kạn", None, False, False, 2024),
    ),
    (  # a repost opening with the document's own name, in title case; a horizon is not its year
        "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về Chuyển đổi số tỉnh Kiên Giang đến "
        "năm 2025 và Định hướng đến năm 2030.\nI- Tinh Hình Và Nguyên Nhân\n- Chuyển đổi số là xu hướng phát triển "
        "của thời đại mở ra nhiều cơ hội cho các địa phương đến năm 2025.\n",
        ("Nghị quyết", "22/NQ-TU", "2022-06-08", "Tỉnh Ủy Kiên Giang", None, False, False, 2022),
    ),
    (  # the body named in the headline, then in full with the number further down
        "Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai phong trào thi đua chào mừng “Kỷ niệm "
        "80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam” (06/01/1946 - 06/01/2026)\n"
        "Thực hiện Kế hoạch số 789/KH-UBTVQH15 ngày 17 tháng 4 năm 2024 của Ủy ban Thường vụ Quốc hội về việc triển "
        "khai phong trào thi đua chào mừng “Kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam”;\n\n"
        "Để Phong trào thi đua được triển khai rộng khắp, đạt kết quả toàn diện, Sở Nội vụ đã tham mưu Uỷ ban nhân "
        "dân tỉnh Hà Nam ban hành Kế hoạch số 1131/KH-UBND ngày 18 tháng 6 năm 2024 triển khai phong trào thi đua.\n",
        ("Kế hoạch", "1131/KH-UBND", "2024-06-18", "Uỷ ban nhân dân tỉnh Hà Nam", None, True, True, 2024),
    ),
    (  # a stored page's date stamp; a letter reported by "vừa có văn bản chỉ đạo" after its basis; a cue in
        # the subject of a cited decision is not this text's launch
        " date 2025-12-03 Thực hiện nghiêm túc Quyết định số 2437/QĐ-TTg ngày 4/11/2025 của Thủ tướng Chính phủ về "
        "việc ban hành Kế hoạch triển khai Đợt thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ "
        "XIV của Đảng, nhằm tăng tốc bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ năm 2025, Chủ tịch UBND "
        "tỉnh Hà Tĩnh Trần Thiên Định vừa có văn bản chỉ đạo các sở, ban, ngành cấp tỉnh, UBND các xã, phường.\n",
        ("Công văn", None, None, "Chủ tịch UBND tỉnh Hà Tĩnh", "Trần Thiên Định", True, False, 2025),
    ),
    (  # an honouring ceremony that records the movements it took part in is not a launch
        " date 2025-08-18 Phường Hải Châu tuyên dương 109 tập thể, cá nhân điển hình tiên tiến\n"
        "Giai đoạn 2020 - 2025, phong trào thi đua yêu nước tại phường được thực hiện có chất lượng. Phường tích "
        "cực triển khai các phong trào thi đua gắn với nhiệm vụ chính trị được giao.\n",
        (None, None, None, None, None, False, False, 2025),
    ),
    (  # what an event to come is to do is not a launch by this page
        "Họp Ban Tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ I\n"
        "Chiều 14/8, Phó Chủ tịch UBND tỉnh chủ trì họp để nghe báo cáo tiến độ chuẩn bị Đại hội. Đại hội được tổ "
        "chức nhằm đánh giá kết quả các phong trào thi đua yêu nước giai đoạn 2020 – 2025; phát động phong trào thi "
        "đua giai đoạn 2025 – 2030.\n",
        None,
    ),
    (  # a meeting's headline names the body that meets
        "Họp Ban Tổ chức Đại hội Thi đua yêu nước tỉnh Quảng Ngãi lần thứ I\n"
        "Chiều 14/8, Phó Chủ tịch Thường trực UBND tỉnh Y Ngọc chủ trì họp Ban Tổ chức Đại hội Thi đua yêu nước tỉnh "
        "Quảng Ngãi lần thứ I (2025 – 2030) để nghe các cơ quan, đơn vị báo cáo tiến độ. Đại hội dự kiến diễn ra "
        "vào ngày 25/8/2025.\n",
        (None, None, "2025-08-25", "Ban Tổ chức Đại hội Thi đua yêu nước tỉnh Quảng Ngãi", None, False, False, 2025),
    ),
    (  # a headline in capitals, after a banner: the year the page gives it
        "NHIỆT LIỆT CHÀO MỪNG THÀNH CÔNG ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG!\n"
        "TỔNG KẾT CỤM THI ĐUA LIÊN ĐOÀN LAO ĐỘNG CÁC TỈNH NAM BỘ NĂM 2026\n\n"
        "Chiều ngày 29/01/2026, tại tỉnh Vĩnh Long, Cụm thi đua các tỉnh Nam Bộ đã tổ chức Hội nghị tổng kết thi "
        "đua năm 2025.\n",
        (None, None, "2026-01-29", "Cụm thi đua các tỉnh Nam Bộ", None, False, False, 2026),
    ),
    (  # a place acting as its authorities, after the theme and the day
        "Lai Châu khơi dậy sức mạnh đoàn kết, xây dựng phát triển xanh, nhanh, bền vững\n\n"
        "Thứ Tư 10/09/2025 , 19:14 (GMT+7)\n\n"
        "Với chủ đề ‘Đoàn kết – Đổi mới – Sáng tạo - Phát triển’, ngày 10/9, tỉnh Lai Châu tổ chức Đại hội Thi đua "
        "yêu nước lần thứ VI, giai đoạn 2025 – 2030.\n",
        (None, None, None, "tỉnh Lai Châu", None, False, False, 2025),
    ),
    (  # related headlines run together and captions are not paragraphs of the lead
        "Tôn vinh 80 tập thể, cá nhân tiêu biểu trong phong trào thi đua yêu nước\n\nXã hội 28/10/2025 20:52\n"
        "TTTĐ - Chủ tịch UBND tỉnh Quảng Trị Trần Phong mong muốn mỗi người dân Quảng Trị hãy phát huy tinh thần "
        "thi đua yêu nước trong lao động, học tập, công tác và chiến đấu.\n"
        "Tuổi trẻ thi đua yêu nước - nguồn lực tinh thần cho Thủ đô TP Hồ Chí Minh phát huy tinh thần thi đua yêu "
        "nước\n"
        "Tiết mục văn nghệ chào mừng Đại hội\n\n"
        "Ngày 28/10, UBND tỉnh Quảng Trị long trọng tổ chức Đại hội Thi đua yêu nước lần thứ I, giai đoạn 2025 - "
        "2030 với chủ đề “Phát huy truyền thống anh hùng”.\n",
        (None, None, "2025-10-28", "UBND tỉnh Quảng Trị", None, False, False, 2025),
    ),
    (  # the body that opens an event ("khai mạc"), on the coming day ("Sáng mai 9-9")
        "Sáng mai 9-9: Khai mạc trọng thể Đại hội Thi đua yêu nước tỉnh Nam Định lần thứ V (2020-2025)\n"
        "Cập nhật lúc18:46, Thứ Ba, 08/09/2020 (GMT+7)\n\n"
        "Sáng mai 9-9, tại Nhà văn hóa Trung tâm tỉnh 3-2 (thành phố Nam Định), UBND tỉnh khai mạc trọng thể Đại "
        "hội Thi đua yêu nước toàn tỉnh lần thứ V (2020-2025).\n",
        (None, None, "2020-09-09", "UBND tỉnh", None, False, False, 2020),
    ),
    (  # a plan opening the lead without its body: the body acting in the next sentence issued it
        "TP. Hồ Chí Minh: Thi đua cao điểm 60 ngày đêm hoàn thành chỉ tiêu kinh tế - xã hội năm 2024\n\n"
        "Kế hoạch 6677/KH-UBND về Thi đua cao điểm 60 ngày đêm “Quyết tâm tăng tốc, năng suất gấp đôi” phấn đấu "
        "hoàn thành chỉ tiêu kinh tế - xã hội năm 2024 của TP. Hồ Chí Minh sẽ diễn ra từ 01/11 - 31/12/2024.\n\n"
        "Theo đó, Chủ tịch UBND Thành phố Phan Văn Mãi yêu cầu thủ trưởng các sở ngành, cơ quan, đơn vị trực tiếp "
        "chỉ đạo Đợt thi đua.\n",
        ("Kế hoạch", "6677/KH-UBND", None, "Chủ tịch UBND Thành phố", None, True, True, 2024),
    ),
    (  # the articles of a decision, its number given as the page's attachment (items are no headline)
        "1. Tặng Bằng khen cho 28 tập thể và 28 cá nhân đã có thành tích xuất sắc trong thực hiện Chiến dịch 90 "
        "ngày xây dựng cơ sở dữ liệu đất đai tỉnh Đồng Nai.\n"
        "2. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, Tài chính và các tập thể, cá nhân có tên chịu "
        "trách nhiệm thi hành Quyết định này. Đính kèm:\nQuyết định số 3293/QĐ-UBND)\n",
        ("Quyết định", "3293/QĐ-UBND", None, None, None, True, False, None),
    ),
    (  # an event page: the year it happened (a day without its year, on a page of early January: last year)
        "Cụm Thi đua số 2 tổng kết công tác thi đua, khen thưởng năm 2023\n\n09:34 04/01/2024\n\n"
        "Ngày 29/12, tại huyện Tri Tôn, Cụm Thi đua số 2 tỉnh An Giang tổ chức tổng kết công tác thi đua năm 2023 "
        "và phát động phong trào thi đua năm 2024.\n",
        (None, None, "2023-12-29", "Cụm Thi đua số 2 tỉnh An Giang", None, False, True, 2023),
    ),
    (  # reviewing 2019 and launching 2020 at a conference of December 2019
        " date 2019-12 BHG - Chiều 27.12, tại Hội trường lớn HĐND - UBND tỉnh, UBND tỉnh tổ chức Hội nghị tổng kết "
        "phong trào thi đua và công tác khen thưởng năm 2019, phát động phong trào thi đua năm 2020.\n",
        (None, None, "2019-12-27", "UBND tỉnh", None, False, True, 2019),
    ),
    (  # an attendee's headline; the lead names who holds the event (a basis's "do UBND tỉnh phát động" does not)
        "Cục Quản lý thị trường Vĩnh Phúc dự Hội nghị ký giao ước công tác thi đua, khen thưởng năm 2021\n\n"
        "Hưởng ứng phong trào thi đua yêu nước do UBND tỉnh Vĩnh Phúc phát động với chủ đề hành động: “Đoàn kết, "
        "kỷ cương, đổi mới, sáng tạo”.\n\nChiều ngày 29/3/2021, tại Sở Nông nghiệp & PTNT, Khối thi đua kinh tế "
        "tỉnh tổ chức Hội nghị ký kết giao ước thi đua năm 2021.\n",
        (None, None, "2021-03-29", "Khối thi đua kinh tế tỉnh", None, False, True, 2021),
    ),
    (  # the body after the event a headline names; a basis's passive body is not the actor
        "Hội nghị tổng kết Cụm thi đua các xã năm 2024 và ký kết giao ước thi đua năm 2025\n\n"
        "Căn cứ Hướng dẫn số 16/HD-HĐTĐKT ngày 25 tháng 7 năm 2024 của Hội đồng Thi đua - Khen thưởng tỉnh Kon Tum "
        "về quản lý tổ chức, hoạt động của Cụm, khối thi đua do Ủy ban nhân dân tỉnh Kon Tum tổ chức;\n",
        (None, None, None, "Cụm thi đua các xã", None, False, True, 2025),
    ),
    (  # a post and its holder are no body; a delegation is none either
        " date 2025-09-25 Đoàn đại biểu làm lễ dâng hoa tưởng niệm và báo công với Bác\n\n"
        "Sinh thời, Chủ tịch Hồ Chí Minh rất xem trọng vấn đề thi đua yêu nước. Ngày 11/6/1948, Chủ tịch Hồ Chí "
        "Minh đã ra lời kêu gọi thi đua ái quốc, mở đầu cho phong trào thi đua yêu nước trong toàn quốc.\n",
        (None, None, None, None, None, False, False, 2025),
    ),
    (  # a sentence saying what a document states names the document a launching headline is about
        "Ngành Thuế phát động phong trào thi đua phấn đấu hoàn thành nhiệm vụ thu ngân sách ở mức cao nhất\n\n"
        "Tổng cục Thuế vừa phát động phong trào thi đua cuối năm 2024 trong toàn Ngành nhằm phấn đấu hoàn thành "
        "thắng lợi các mục tiêu, chỉ tiêu, nhiệm vụ công tác thuế năm 2024.\n\n"
        "Công văn số 5172/TCT-TCCB nêu rõ, 2024 là năm có ý nghĩa đặc biệt quan trọng.\n",
        ("Công văn", "5172/TCT-TCCB", None, "Tổng cục Thuế", None, True, True, 2024),
    ),
    (  # a plan "of" another body that the body acting carries out is not what the page reports
        "13/01/2023 10:34\nNgày 12/01, tại Trung tâm Hội nghị, UBND tỉnh Bắc Giang tổ chức hội nghị tổng kết công "
        "tác thi đua, khen "
        "thưởng năm 2022 và triển khai Nghị quyết của Chính phủ, Tỉnh ủy, HĐND tỉnh về phát triển kinh tế – xã "
        "hội năm 2023.\n",
        (None, None, "2023-01-12", "UBND tỉnh Bắc Giang", None, False, False, 2023),
    ),
    (  # a covenant stated on a line of its own between the lead's paragraphs
        " date 2026-01-23 Cụm thi đua số 5 thuộc Cục Thuế triển khai nhiệm vụ năm 2026\n\n"
        "Ngay 23/1, Cụm thi đua số 5 thuộc Cục Thuế gồm 6 Thuế tỉnh: Phú Thọ, Quảng Ninh, Thái Nguyên tổ chức "
        "tổng kết công tác thi đua năm 2025, triển khai nhiệm vụ năm 2026.\n\n"
        "Cụm thi đua số 5 ký giao ước thi đua năm 2026.\n\n"
        "Bám sát chủ đề thi đua năm 2025: “Kỷ cương, trách nhiệm; chủ động, kịp thời”, các đơn vị đã hoàn thành.\n",
        (None, None, "2026-01-23", "Cụm thi đua số 5 thuộc Cục Thuế", None, False, True, 2026),
    ),
    (  # a listing of one decision: its headline names it by number, issuer and what it does
        "Quyết định số 163/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen cho 32 tập thể, vì: Đã có thành tích xuất "
        "sắc năm 2023.\n",
        ("Quyết định", "163/QĐ-UBND", None, "Chủ tịch UBND tỉnh", None, True, False, 2023),
    ),
    (  # a union written in small letters
        "Phát động phong trào thi đua yêu nước trong công nhân viên chức TP.HCM\n\n"
        "(VOH) - Liên đoàn lao động TP.HCM vừa chính thức phát động phong trào thi đua yêu nước trong công nhân "
        "viên chức lao động năm 2014 với ba nội dung trọng tâm.\n",
        (None, None, None, "Liên đoàn lao động TP.HCM", None, False, True, 2014),
    ),
    (  # the lead's first sentence where the headline was not kept; a numbered cluster in small letters reviews
        "Ngày 17-1, tại huyện Đạ Tẻh, tỉnh Lâm Đồng, cụm thi đua số 3 gồm các huyện Đạ Tẻh, Đạ Huoai, Cát Tiên và "
        "Bảo Lâm tổng kết công tác thi đua, khen thưởng năm 2023.\n\n"
        "Chủ tịch UBND huyện Đạ Tẻh Tống Giang Nam tổng kết phong trào thi đua của bốn huyện phía nam tỉnh Lâm "
        "Đồng. Ảnh: VT\n",
        (None, None, "2023-01-17", "cụm thi đua số 3", None, False, False, 2023),
    ),
    (  # "Theo đó" (accordingly) opens no basis: the decision the sentence reports is the page's
        "Theo đó, UBND tỉnh có Quyết định về Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 04 tập thể, đã có thành "
        "tích xuất sắc trong công tác, dẫn đầu phong trào thi đua các khối của Ủy ban nhân dân huyện Bắc Trà My năm "
        "2023, gồm:\n1. Văn phòng Huyện ủy Bắc Trà My; đã có thành tích xuất sắc trong công tác.\n",
        ("Quyết định", None, None, "UBND tỉnh", None, True, False, 2023),
    ),
    (  # a site's clock above the headline, the item's date under it; a basis's second clause dates a document
        "Hải Phòng 05/06/2023\n\nKhối thi đua Liên đoàn Lao động quận tổ chức ký giao ước thi đua năm 2020\n\n"
        "Thứ hai, 17/02/2020\n\nThực hiện Hướng dẫn số 1723/HD-TLĐ ngày 12/11/2019 của Đoàn Chủ tịch Tổng Liên đoàn "
        "Lao động Việt Nam về hoạt động cụm, khối thi đua; Kế hoạch số 164/KH-LĐLĐ ngày 31/12/2019 của Ban Thường vụ "
        "Liên đoàn Lao động thành phố về tổ chức phát động phong trào thi đua năm 2020.\n",
        (None, None, None, "Khối thi đua Liên đoàn Lao động quận", None, False, True, 2020),
    ),
    (  # news of an unnumbered letter ending "như sau:" reports it (the text does not name itself)
        "Thực hiện hiệu quả cuộc vận động “Toàn dân xây dựng Thừa Thiên Huế sáng - xanh - sạch, không rác thải”\n"
        "Ngày cập nhật 29/08/2018\n\nNhằm thực hiện hiệu quả Kế hoạch số 110/KH-UBND ngày 4/6/2018 của UBND tỉnh về "
        "việc thực hiện Cuộc vận động. Ngày 18/8/2018, Chủ tịch UBND tỉnh vừa có văn bản chỉ đạo và yêu cầu Thủ "
        "trưởng các sở, ban, ngành thực hiện một số nội dung như sau:\n",
        ("Công văn", None, "2018-08-18", "Chủ tịch UBND tỉnh", None, True, False, 2018),
    ),
    (  # a reported directive written without "số" ("Chỉ thị 02 về ..."): its number is its own, no citation
        "Lan tỏa các phong trào thi đua yêu nước ở La Gi\n\n04/02/2021, 10:40\n\n"
        "BT- Để phong trào thi đua lan tỏa sâu rộng trong các tầng lớp nhân dân, Chủ tịch UBND thị xã Phạm Trọng "
        "Nhân vừa ban hành Chỉ thị 02 về tiếp tục đẩy mạnh phong trào thi đua yêu nước năm 2021.\n",
        ("Chỉ thị", "02", None, "Chủ tịch UBND thị xã", "Phạm Trọng Nhân", True, False, 2021),
    ),
    (  # "tại <a body's seat>" is where it meets; the body acting follows
        "Chiều ngày 9/3/2018, tại Sở Nội vụ tỉnh Hà Giang Khối giao ước thi đua các sở, ngành tổng hợp tiến hành tổ "
        "chức Hội nghị triển khai kế hoạch và ký kết giao ước thi đua năm 2018.\n",
        (None, None, "2018-03-09", "Khối giao ước thi đua các sở, ngành tổng hợp", None, False, True, 2018),
    ),
    (  # a plan's purpose without its title: the horizon "đến năm 2025" gives no year
        "Nhằm mục đích phát huy sức mạnh của cả hệ thống chính trị; Tổ chức phong trào thi đua thiết thực, hiệu "
        "quả, phấn đấu đến năm 2025 thực hiện phát triển chính quyền số.\n",
        (None, None, None, None, None, False, True, None),
    ),
    (  # the page's clock and view count glued to the lead; a Party symbol written "TƯ"
        "Đẩy mạnh phong trào thi đua yêu nước thực hiện Di chúc của Chủ tịch Hồ Chí Minh\n\n"
        "17:15 25/03/2019        773Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hà Nội "
        "Nguyễn Đức Chung, Chủ tịch Hội đồng Thi đua - Khen thưởng thành phố vừa ký ban hành Công văn "
        "03/HĐTĐKT-BTĐ về việc đẩy mạnh phong trào thi đua yêu nước kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch "
        "Hồ Chí Minh (1969-2019).\n",
        (
            "Công văn",
            "03/HĐTĐKT-BTĐ",
            None,
            "Chủ tịch Hội đồng Thi đua - Khen thưởng thành phố",
            None,
            True,
            False,
            2019,
        ),
    ),
    (  # "đã Ban hành" as portals capitalise it; a regulation on emulation is not a launch
        "Quy định mới về thi đua, khen thưởng tỉnh Thái Nguyên (09/07/2018)\n"
        "        Ngày 11/6/2018, Ủy ban nhân dân tỉnh Thái Nguyên đã Ban hành Quyết định số 11/2018/QĐ-UBND Quy định "
        "về thi đua, khen thưởng tỉnh Thái Nguyên.\n Ảnh minh họa\n         Quy định này quy định cụ thể về thi "
        "đua, khen thưởng của tỉnh Thái Nguyên, gồm: Nguyên tắc thi đua, khen thưởng; nội dung tổ chức phong trào "
        "thi đua; xét tặng danh hiệu thi đua, hình thức khen thưởng.\n",
        (
            "Quyết định",
            "11/2018/QĐ-UBND",
            "2018-06-11",
            "Ủy ban nhân dân tỉnh Thái Nguyên",
            None,
            True,
            False,
            2018,
        ),
    ),
    (  # an abbreviated body ("LĐLĐ tỉnh") that "has a plan": the plan reported, without its number
        "LĐLĐ tỉnh vừa có kế hoạch phát động phong trào thi đua yêu nước trong công nhân viên chức lao động chào "
        "mừng đại hội công đoàn các cấp.\nTheo đó, từ tháng 1-12/2023, các cấp công đoàn trong tỉnh tập trung triển "
        "khai các phong trào thi đua do Tổng LĐLĐ Việt Nam, UBND tỉnh, LĐLĐ tỉnh phát động như Lao động giỏi, gắn với "
        "chủ đề hoạt động năm 2023 của Tổng LĐLĐ Việt Nam.\n",
        ("Kế hoạch", None, None, "LĐLĐ tỉnh", None, True, True, 2023),
    ),
    (  # the body that owns a document the basis names ("... của Ban Thường vụ Tỉnh ủy về phát động ...") is
        # not the body acting: the next sentence's is
        "20:35 19/11/2024\nThực hiện Kế hoạch 13-KH/TU, ngày 29/3/2021 của Ban Thường vụ Tỉnh ủy về phát động Giải "
        "thưởng sáng tác, quảng bá tác phẩm văn học, nghệ thuật, báo chí giai đoạn 2021 - 2025; Kế hoạch số "
        "145-KH/TU ngày 02/5/2024 về việc phát động và tổ chức Giải báo chí cấp tỉnh về xây dựng Đảng năm 2024. "
        "Ngày 19/11/2024, Ban Tuyên giáo Tỉnh ủy tổ chức tổng kết trao giải Giải thưởng sáng tác.\n",
        (None, None, "2024-11-19", "Ban Tuyên giáo Tỉnh ủy", None, False, False, 2024),
    ),
    (  # the page's date behind a bullet ("• Cập nhật: Thứ bảy, 9/6/2018 | ...") is the page's furniture
        "Diễn văn của Chủ tịch UBND tỉnh Yên Bái tại Lễ kỷ niệm 70 năm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc\n\n"
        "  • Cập nhật: Thứ bảy, 9/6/2018 | 2:35:57 PM\n\nYên Bái - YBĐT - Báo Yên Bái trân trọng giới thiệu bài phát "
        "biểu của đồng chí Đỗ Đức Duy - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái tại Lễ kỷ niệm, sáng 9/6.\n",
        (None, None, "2018-06-09", "UBND tỉnh Yên Bái", None, False, False, 2018),
    ),
    (  # a photo's caption is not the headline; the year in a cited number is not the page's
        "Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn A đánh trống phát động phong trào thi đua. Ảnh: Minh Hà\n"
        "Ngày 12/3/2025, UBND tỉnh Bắc Ninh phát động đợt thi đua cao điểm thực hiện Nghị quyết 57/2024 của Bộ "
        "Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.\n",
        (None, None, "2025-03-12", "UBND tỉnh Bắc Ninh", None, False, True, 2025),
    ),
    (  # a dated lead with no headline above it (no later line is its headline); "các xã đều có kế hoạch" reports no plan
        "Tất cả chuyên mục\n\nSáng ngày 07/4/2023, huyện Mộc Hóa tổ chức hội nghị tổng kết công tác thi đua - khen "
        "thưởng năm 2022, phát động phong trào thi đua năm 2023. Dự và chỉ đạo hội nghị có ông Nguyễn Văn Minh - "
        "Chủ tịch UBND huyện, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện.\nTrong năm 2022, các phong trào thi "
        "đua yêu nước trên địa bàn huyện được phát triển đồng bộ trên các lĩnh vực kinh tế, văn hóa - xã hội, an "
        "ninh - quốc phòng. Huyện ủy, UBND huyện đã ban hành nhiều văn bản chỉ đạo tổ chức phong trào thi đua. "
        "UBND các xã, thị trấn đều có kế hoạch tổ chức phong trào thi đua cụ thể, thiết thực.\nĐể công tác thi đua "
        "khen thưởng năm 2023 đạt nhiều kết quả hơn nữa, ông Nguyễn Văn Minh - CT UBND huyện đề nghị các cấp tăng "
        "cường lãnh đạo.\n",
        (None, None, "2023-04-07", "huyện Mộc Hóa", None, False, True, 2023),
    ),
    (  # the press reporting a directive by its verb ("UBND tỉnh chỉ thị: thi đua ..."): the year's call, a launch
        "UBND tỉnh chỉ thị: thi đua thực hiện thắng lợi nhiệm vụ KTXH năm 2011 và Kế hoạch 5 năm 2011-2015 theo "
        "Nghị quyết Đại hội Đảng bộ tỉnh Phú Yên lần thứ XV\nTin tức nổi bật\nTheo đó, UBND tỉnh yêu cầu tất cả "
        "các cấp, các ngành, các địa phương, các tổ chức, cá nhân trên địa bàn tỉnh ra sức thi đua, thực hiện tốt "
        "nhiệm vụ được giao.\n",
        ("Chỉ thị", None, None, "UBND tỉnh", None, True, True, 2011),
    ),
    (  # "Nội dung Chỉ thị:": the page gives the text of the directive its lead announces
        "- Ngày 30/1/2023, Chủ tịch UBND tỉnh Yên Bái đã phát động phong trào thi đua yêu nước năm 2023.\nNội dung "
        "Chỉ thị:\nNăm 2023 là năm có ý nghĩa đặc biệt quan trọng - năm bản lề thực hiện Kế hoạch phát triển kinh "
        "tế - xã hội 5 năm 2021 - 2025.\n",
        ("Chỉ thị", None, "2023-01-30", "Chủ tịch UBND tỉnh Yên Bái", None, True, True, 2023),
    ),
    (  # an event page: the year of its lead's dated day, not of the anniversary's span (1954 - 2024)
        "Chi tiết - Huyện Vĩnh Linh\n\nVĩnh Linh phát động thi đua 20 tháng cao điểm hướng tới kỷ niệm 70 năm ngày "
        "truyền thống 25/8 (1954- 2024)\n\nNgày 9/1/2023, huyện Vĩnh Linh tổ chức Lễ phát động phong trào thi đua "
        "20 tháng cao điểm hướng tới 70 năm ngày truyền thống Vĩnh Linh 25/8 (1954 - 2024); tổng kết công tác thi "
        "đua khen thưởng năm 2022. Tham dự về phía lãnh đạo tỉnh có các đồng chí: Đào Mạnh Hùng - Ủy viên BTV Tỉnh "
        "ủy.\n",
        (None, None, "2023-01-09", "huyện Vĩnh Linh", None, False, True, 2023),
    ),
    (  # the reported plan's number in brackets after it
        "Tuyên Quang phát động Tết trồng cây Xuân Ất Tỵ năm 2025\n- Nhằm phát huy truyền thống tốt đẹp và hưởng "
        "ứng phong trào thi đua chào mừng Đại hội Đảng các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của "
        "Đảng, UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động Tết trồng cây Xuân Ất Tỵ năm 2025 (Kế hoạch số "
        "08/KH-UBND).\n",
        ("Kế hoạch", "08/KH-UBND", None, "UBND tỉnh", None, True, True, 2025),
    ),
    (  # a site's dated ticker above the headline is not the lead
        "Chỉ số kinh tế:\nNgày 19/12/2025, tỷ giá trung tâm của VND với USD là 25.148 đồng/USD, tỷ giá USD tại Cục "
        "Quản lý ngoại hối là 23.941/26.355 đồng/USD. Tháng 11/2025, sản xuất công nghiệp tiếp tục phục hồi, IIP "
        "tăng 2,3% so với tháng trước và 10,8% so với cùng kỳ.\n\nCông đoàn Ngân hàng Việt Nam phát động thi đua "
        "năm 2023\n\nThanh Thuỷ\nNgày 6/2, Công đoàn Ngân hàng Việt Nam tổ chức Hội nghị triển khai nhiệm vụ và "
        "phát động thi đua năm 2023. Tới dự và chỉ đạo hội nghị có lãnh đạo Tổng Liên đoàn Lao động Việt Nam.\n",
        (None, None, "2023-02-06", "Công đoàn Ngân hàng Việt Nam", None, False, True, 2023),
    ),
    (  # a centre under a department ("trực thuộc") and the short name it is given
        "Kế hoạch phát động phong trào thi đua lập thành tích chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam "
        "(27/02/1955 – 27/02/2025)\n\nNgày 27 tháng 02 năm 1955, Chủ tịch Hồ Chí Minh viết thư gửi Hội nghị cán bộ "
        "Ngành Y tế nhằm nêu cao trách nhiệm và tài trí của người cán bộ y tế.\n\nĐể thực hiện tốt công tác bảo "
        "vệ, chăm sóc và nâng cao sức khỏe nhân dân, nhằm chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam "
        "(27/02/1955 – 27/02/2025), Trung tâm kiểm nghiệm thuốc, mỹ phẩm, thực phẩm trực thuộc Sở Y tế tỉnh Tiền "
        "Giang (Trung tâm) xây dựng Kế hoạch phát động phong trào thi đua lập thành tích chào mừng kỷ niệm 70 năm "
        "Ngày Thầy thuốc Việt Nam như sau:\n",
        ("Kế hoạch", None, None, "Trung tâm kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", None, False, True, 2025),
    ),
    (  # a title line of several sentences is the lead: its actor does not yield to a caption further down
        " date 2023-03 Tại huyện Nông Sơn, Khối thi đua công an các huyện trung du – miền núi của tỉnh vừa tổ chức "
        "Hội nghị ký kết giao ước thi đua “Vì an ninh Tổ quốc” năm 2023. Dự hội nghị có đồng chí Thượng tá Hồ Song "
        "Ân – Phó Giám đốc Công an tỉnh.\n\nQuang cảnh hội nghị\n\nVới khẩu hiệu hành động năm 2023 “Xây dựng Công "
        "an nhân dân thật sự trong sạch, vững mạnh”, 9 đơn vị trong khối đã thống nhất nội dung ký giao ước thi "
        "đua “Vì an ninh Tổ quốc”.\n\nCông an 9 huyện miền núi ký kết giao ước thi đua “Vì an ninh Tổ quốc” năm "
        "2023\n",
        (None, None, None, "Khối thi đua công an các huyện trung du - miền núi của tỉnh", None, False, True, 2023),
    ),
    (  # a cluster named in small letters holds the covenant
        "UBND huyện Tuy An\nHội nghị ký kết giao ước thi đua công tác Mặt trận (Cụm số 2) năm 2020 gồm các huyện "
        "Tuy An, Phú Hòa, Đông Hòa, thị xã Sông cầu và thành phố Tuy Hòa\n\nChuyên mục: Tin hoạt động của Huyện ủy "
        "và UBND | Đăng ngày: 18/03/2020\n\nNgày 12/3/2020, tại huyện Tuy An, Hội nghị ký kết giao ước thi đua "
        "công tác Mặt trận các huyện, thị xã, thành phố thuộc cụm thi đua số 2 năm 2020 gồm Ban Thường trực Ủy ban "
        "MTTQ Việt Nam các huyện Tuy An, Phú Hòa, Đông Hòa.\n",
        (None, None, "2020-03-12", "cụm thi đua số 2", None, False, True, 2020),
    ),
    (  # the headline's short name of the cluster the lead names in full
        "Khối các cơ quan văn hóa - xã hội tổng kết công tác thi đua, khen thưởng năm 2023\n\nChiều 16/1, Phó Chủ "
        "tịch UBND tỉnh - Phạm Tấn Hòa chủ trì hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và ký kết "
        "giao ước thi đua năm 2024 khối thi đua các cơ quan văn hóa - xã hội.\n",
        (None, None, "2024-01-16", "khối thi đua các cơ quan văn hóa - xã hội", None, False, True, 2024),
    ),
    (  # a site's banner in small letters is no headline; a document's title may run past 250 characters
        "công đoàn trường đhsp hà nội\nThông báo\n\nKế hoạch Phát động phong trào thi đua chào mừng kỷ niệm 90 năm "
        "thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2019) và 68 năm thành lập Công đoàn Giáo dục Việt Nam "
        "(22/7/1951 - 22/7/2019), triển khai thực hiện phong trào thi đua “Đổi mới, sáng tạo, hiệu quả trong hoạt "
        "động của tổ chức Công đoàn”\n\nThực hiện Công văn số 71/KH-CĐN, ngày 20/3/2019 về Kế hoạch tổ chức các "
        "hoạt động kỷ niệm 90 năm thành lập Công đoàn Việt Nam.\n",
        ("Kế hoạch", None, None, None, None, False, True, 2019),
    ),
    (  # the first deputy signs for the head: the Prime Minister issues a QĐ-TTg
        " date 2025-05 Ngày 14/5, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình ký ban hành Quyết định số "
        "923/QĐ-TTg ban hành Kế hoạch triển khai phong trào “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” (Kế "
        "hoạch).\n\nKế hoạch nhằm phát huy truyền thống yêu nước.\n",
        # (its day without a year, in the year of the page's date stamp)
        ("Quyết định", "923/QĐ-TTg", "2025-05-14", "Thủ tướng Chính phủ", "Nguyễn Hòa Bình", True, True, 2025),
    ),
    (  # a document the news reports in the passive ("vừa được UBND tỉnh thông qua")
        "Đổi mới, nâng cao chất lượng, hiệu quả phong trào toàn dân bảo vệ an ninh Tổ quốc\n\nPHÚC LÂM |\n\n(QNO) - "
        "Đề án đổi mới, nâng cao chất lượng, hiệu quả xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc (ANTQ) "
        "trên địa bàn tỉnh vừa được UBND tỉnh thông qua.\n",
        ("Đề án", None, None, "UBND tỉnh", None, True, False, None),
    ),
    (  # the way movements are organised is no launch
        " date 2025-12-17 Video Báo Ảnh Báo in Podcast\n\n(GLO)- Ban Tỉnh ủy Gia Lai vừa ban hành Kế hoạch số "
        "25-KH/TU triển khai thực hiện Chỉ thị số 41-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối "
        "với công tác thi đua, khen thưởng trong tình hình mới.\n\nKế hoạch cũng nhấn mạnh tiếp tục đổi mới nội "
        "dung, phương thức tổ chức các phong trào thi đua.\n",
        ("Kế hoạch", "25-KH/TU", None, "Ban Tỉnh ủy Gia Lai", None, True, False, 2025),
    ),
    (  # a body acting with a partner ("phối hợp với"); what units must do ("phải xây dựng kế hoạch") reports no plan
        "Xây dựng nông thôn mới\n\nXã Phú Linh phát động các phong trào thi đua\n\n22/08/2017 00:00 129 lượt xem\n\n"
        "Ngày 19/8, tại xã Phú Linh, Huyện đoàn Vị Xuyên phối hợp với xã Phú Linh tổ chức phát động phong trào thi "
        "đua lập thành tích chào mừng kỷ niệm 185 năm ngày thành lập huyện Vị Xuyên.\n\n    Theo đó, các công "
        "trình, phần việc phải mang lại hiệu quả thiết thực; 100% các đoàn xã, thị trấn, Chi đoàn trực thuộc phải "
        "xây dựng kế hoạch triển khai tình nguyện giúp xã Phú Linh hoàn thành các tiêu chí xây dựng NTM.\n",
        (None, None, "2017-08-19", "Huyện đoàn Vị Xuyên", None, False, True, 2017),
    ),
    (  # a portal's standing slogan is no headline; "BCĐ ..." opens a body
        "Nhảy đến nội dung\nQuyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần "
        "thứ XVII, nhiệm kỳ 2020 - 2025\n\nKế hoạch tổ chức các hoạt động Kỷ niệm 190 năm Ngày thành lập tỉnh Lạng "
        "Sơn  (04/11/1831 - 04/11/2021)\n\nBCĐ các ngày kỷ niệm, sự kiện quan trọng tỉnh giai đoạn 2021 - 2025 có "
        "Kế hoạch số 34/KH-BCĐ, ngày 19/2/2021 về tổ chức các hoạt động Kỷ niệm 190 năm Ngày thành lập tỉnh Lạng "
        "Sơn  (04/11/1831 - 04/11/2021).\n",
        ("Kế hoạch", "34/KH-BCĐ", "2021-02-19", "BCĐ các ngày kỷ niệm", None, True, False, 2021),
    ),
    (  # "Cụm giao ước thi đua ..." names a cluster and launches nothing; an anniversary's event is in its year
        "Cụm giao ước thi đua các huyện miền Đông tổ chức Tọa đàm kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra lời "
        "kêu gọi thi đua ái quốc (11/6/1948-11/6/2018)\n\nNgày 13/6, tại huyện Trà Lĩnh, Cụm giao ước thi đua các "
        "huyện miền Đông tổ chức Tọa đàm kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc "
        "(11/6/1948-11/6/2018).\n",
        # (its day without a year: the one nearest the anniversary it keeps, two days after it)
        (None, None, "2018-06-13", "Cụm giao ước thi đua các huyện miền Đông", None, False, False, 2018),
    ),
    (  # "Lễ ký kết thi đua" is a covenant
        "(kontumtv.vn) – Tại huyện Đăk Hà, cụm thi đua số 1 khối các huyện, thành phố tỉnh Kon Tum đã  tổ chức Lễ "
        "ký kết thi đua năm 2018.\n\nCụm thi đua số 1 khối các huyện, thành phố gồm huyện Đăk Hà, Đăk Tô, Ngọc "
        "Hồi, Tu Mơ Rông và Đăk Glei do huyện Đăk Hà làm Cụm trưởng.\n",
        (None, None, None, "cụm thi đua số 1 khối các huyện", None, False, True, 2018),
    ),
    (  # the day of issue after the basis, before the body acting
        "Các doanh nghiệp trên địa bàn tỉnh tiếp tục xây dựng điển hình trong phong trào thi đua “Doanh nghiệp Hưng "
        "Yên hội nhập và phát triển”\n\nTiếp tục thực hiện Kế hoạch số 90/KH-UBND ngày 11/6/2021 của UBND tỉnh về "
        "tuyên truyền phong trào thi đua yêu nước, ngày 26/5/2023, Sở Lao động - Thương binh và Xã hội ban hành "
        "Công văn số 2215/SLĐTBXH-LĐVL đề nghị các doanh nghiệp trên địa bàn tỉnh Hưng Yên tiếp tục triển khai "
        "thực hiện.\n",
        ("Công văn", "2215/SLĐTBXH-LĐVL", "2023-05-26", "Sở Lao động - Thương binh và Xã hội", None, True, False, 2023),
    ),
    (  # the Prime Minister's decision by its code, its signer named with the post
        "Phó Thủ tướng Thường trực Nguyễn Hòa Bình vừa ký Quyết định số 1008/QĐ-TTg ban hành Kế hoạch triển khai Đợt "
        'thi đua cao điểm "500 ngày đêm thi đua hoàn thành 3.000 km đường bộ cao tốc".\n',
        ("Quyết định", "1008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Nguyễn Hòa Bình", True, True, None),
    ),
    (  # a plan in capitals that names itself ("... xây dựng kế hoạch ..., cụ thể như sau:"), in its anniversary's year
        "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG THI ĐUA CHÀO MỪNG 38 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 - 20/11/2020)\n"
        "KẾ HOẠCH Tổ chức các hoạt động thi đua chào mừng 38 năm ngày Nhà giáo Việt Nam  ( 20/11/1982 – "
        "20/11/2020).\n\nCăn cứ kế hoạch thực hiện nhiệm vụ năm học 2020-2021 của trường THPT số 2 Bảo Thắng ;\n\n"
        "BCH đoàn trường THPT số 2 Bảo Thắng xây dựng kế hoạch thi đua chào mừng 38 năm ngày Nhà giáo Việt Nam "
        "20/11, cụ thể như sau:\n\nI. MỤC ĐÍCH – YÊU CẦU\n",
        ("Kế hoạch", None, None, "BCH đoàn trường THPT số 2 Bảo Thắng", None, False, True, 2020),
    ),
    (  # a day to come ("sẽ diễn ra") on a page published just before it
        "Báo Đồng Nai điện tử\n\nTổng kết phong trào thi đua các tỉnh Đông Nam bộ\n\n09:03, 13/03/2019\n\n(ĐN) - "
        "Ngày 15-3, tại tỉnh Đồng Nai sẽ diễn ra Hội nghị tổng kết phong trào thi đua các tỉnh miền Đông Nam bộ năm "
        "2018 và ký kết giao ước thi đua năm 2019 do Đồng Nai làm Cụm trưởng.\n",
        (None, None, "2019-03-15", None, None, False, True, 2019),
    ),
    (  # a letter that opens on its number and subject, then "Kính gửi:"
        "Công văn số 44/PGD&ĐT V/v hướng dẫn hoạt động thi đua khối năm học 2016-2017\n\nKính gửi: Hiệu trưởng các "
        "đơn vị trường học trên địa bàn.\n\nThực hiện Công văn số 1691/SGDĐT ngày 30 tháng 12 năm 2016 của Sở Giáo "
        "dục và Đào tạo về việc hướng dẫn thi đua.\n",
        ("Công văn", "44/PGD&ĐT", None, None, None, False, False, 2016),
    ),
    (  # a director of the family Đoàn is no Youth Union; where it happened ("tại Văn phòng Công ty") is not who
        "Sáng nay, 03/3/2023, tại Văn phòng Công ty, Giám đốc Đoàn Tiến Cường và Chủ tịch Công đoàn Nguyễn Văn Bình "
        "đã phát động phong trào thi đua “Phấn đấu thực hiện thắng lợi nhiệm vụ kế hoạch năm 2023” dưới sự chứng "
        "kiến của Trưởng các phòng nghiệp vụ.\n",
        (None, None, None, None, None, False, True, 2023),
    ),
    (  # a letter numbered with its sender's code alone, reported ("có công văn số 336/UBND ban hành kế hoạch")
        "Tuyên truyền các phong trào thi đua yêu nước năm 2023\n\nThứ ba - 14/02/2023 09:02 159 0\nNgày 13/02/2023, "
        "Ủy ban nhân dân tỉnh có công văn số 336/UBND ban hành kế hoạch tuyên truyền các phong trào thi đua yêu nước "
        "năm 2023 cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU:\n",
        ("Công văn", "336/UBND", "2023-02-13", "Ủy ban nhân dân tỉnh", None, True, False, 2023),
    ),
    (  # a number line that runs into the kind and title ("Số 01/CT-UBND Chỉ thị về ...")
        "Số 01/CT-UBND Chỉ thị về tổ chức phát động phong trào thi đua yêu nước năm 2015\n\nĐăng ngày: 07/01/2015 "
        "11:20:34\n\nNăm 2015 là năm có ý nghĩa đặc biệt, năm quyết định việc hoàn thành các chỉ tiêu phát triển "
        "kinh tế – xã hội giai đoạn 2011 – 2015.\n",
        ("Chỉ thị", "01/CT-UBND", None, None, None, False, True, 2015),
    ),
    (  # "vừa phát đi Thông báo số ...": the press's word for issuing
        "Tổng kết thực tiễn các phong trào thi đua\n\nVăn phòng Chính phủ vừa phát đi Thông báo số 134/TB-VPCP ngày "
        "4/5/2022 kết luận của Thủ tướng Chính phủ tại phiên họp của Hội đồng Thi đua - Khen thưởng Trung ương.\n",
        ("Thông báo", "134/TB-VPCP", "2022-05-04", "Văn phòng Chính phủ", None, True, False, 2022),
    ),
    (  # the chair of a cluster's meeting speaks for the cluster ("..., trưởng khối thi đua ... chủ trì Hội nghị")
        "(kontumtv.vn) – Tại huyện Kon PLông, lãnh đạo 10 huyện, thành phố của tỉnh Kon Tum đã tham gia Hội nghị ký "
        "kết giao ước thi đua năm 2015. Ông Nguyễn Văn Lân, Chủ tịch UBND huyện Kon Plông, trưởng khối thi đua các "
        "huyện, thành phố chủ trì Hội nghị.\n",
        (None, None, None, "khối thi đua các huyện, thành phố", None, False, True, 2015),
    ),
    (  # a covenant the headline gives to a place is the cluster's the page names
        "Bình Lục tổ chức ký kết giao ước thi đua khối Nội chính và các cơ quan\n\nTin tức - Sự kiện\nHội đồng thi "
        "đua khen thưởng huyện Bình Lục vừa tổ chức Hội nghị ký kết giao ước thi đua năm 2022 khối Nội chính và các "
        "cơ quan.\n",
        (None, None, None, "khối Nội chính", None, False, True, 2022),
    ),
    (  # the head of a cluster acting as such ("Cục X (Bộ Tài chính), Trưởng Khối thi đua số 5, tổ chức ...")
        " date 2026-03-13 (TBTCO) - Chiều ngày 13/3/2026, Cục Đầu tư nước ngoài (Bộ Tài chính), Trưởng Khối thi đua "
        "số 5, tổ chức hội nghị tổng kết công tác thi đua năm 2025, kế hoạch năm 2026, đồng thời phát động và ký giao "
        "ước thi đua năm 2026.\n",
        (None, None, "2026-03-13", "Khối thi đua số 5", None, False, True, 2026),
    ),
    (  # a reported number without its code ("Kế hoạch số 197"), with no headline above: its subject launches
        ' date 2025-12-08 UBND tỉnh Đồng Nai vừa ban hành Kế hoạch số 197 về phát động phong trào "Thi đua hoàn '
        'thành tiến độ thực hiện công tác bồi thường, giải phóng mặt bằng các dự án" trên địa bàn tỉnh.\n',
        ("Kế hoạch", "197", None, "UBND tỉnh Đồng Nai", None, True, True, 2025),
    ),
    (  # the document is the subject of the sentence that says it is new ("... mới ban hành"); a directive on
        # the year's emulation ("về “Thi đua thực hiện thắng lợi ...”") launches it
        "Khánh Hòa thi đua hoàn thành các mục tiêu phát triển năm 2026\n\nNhững ngày đầu năm 2026, trên khắp công "
        "trường, nhà máy, bến cảng của Khánh Hòa, không khí lao động rộn ràng hơn thường lệ.\n\nChỉ thị số "
        "02/CT-UBND ngày 22/1/2026 của Ủy ban nhân dân tỉnh Khánh Hòa về “Thi đua thực hiện thắng lợi các nhiệm vụ "
        "phát triển kinh tế-xã hội, bảo đảm quốc phòng-an ninh năm 2026” mới ban hành không đơn thuần là một văn bản "
        "điều hành.\n",
        ("Chỉ thị", "02/CT-UBND", "2026-01-22", "Ủy ban nhân dân tỉnh Khánh Hòa", None, True, True, 2026),
    ),
    (  # a headline run into its lead behind the paper's code ("... ĐNO - Chiều 20/8, ..."): the day from the lead
        " date 2025-08-20 Chính trị Phường Hương Trà tuyên dương điển hình tiên tiến giai đoạn 2020 - 2025 ĐNO - "
        "Chiều 20/8, UBND phường Hương Trà tổ chức hội nghị tuyên dương điển hình tiên tiến giai đoạn 2020 - 2025."
        "\n\nGiai đoạn 2020 - 2025, phong trào thi đua yêu nước của phường Hương Trà có nhiều đổi mới.\n",
        (None, None, "2025-08-20", "UBND phường Hương Trà", None, False, False, 2025),
    ),
    (  # a repost (2021) of a review of 2017 that sets out 2018: the day is in 2018, the year the review sets out
        "10 huyện, thành phố của Hưng Yên ký giao ước thi đua\n\n22/10/2021\n\nSáng ngày 20/3, tại huyện Kim Động, "
        "khối thi đua, khen thưởng các huyện, thành phố tỉnh Hưng Yên đã tổ chức hội nghị tổng kết phong trào thi đua "
        "năm 2017, triển khai kế hoạch 2018 và ký giao ước thi đua.\n",
        (
            None,
            None,
            "2018-03-20",
            "khối thi đua, khen thưởng các huyện, thành phố tỉnh Hưng Yên",
            None,
            False,
            True,
            2018,
        ),
    ),
    (  # no page date: a day without its year at a review of 2024 that sets out 2025 is in 2025
        "-\n(BLC) - Sáng 18/1, tại huyện Than Uyên, Khối thi đua các huyện, thành phố tổ chức Hội nghị tổng kết công "
        "tác thi đua - khen thưởng năm 2024, triển khai nhiệm vụ năm 2025.\nDự Hội nghị có lãnh đạo các huyện.\n",
        (None, None, "2025-01-18", "Khối thi đua các huyện, thành phố", None, False, False, 2025),
    ),
    (  # a review of 3 years of a directive of 5-8-2016 is held in 2019 (the directive's date is not the event's)
        "Ngày 15-5, UBND tỉnh đã tổ chức Hội nghị sơ kết 3 năm thực hiện Chỉ thị số 11-CT/TU ngày 5-8-2016 của Ban "
        "Thường vụ Tỉnh ủy về việc đẩy mạnh phong trào thi đua yêu nước. Đồng chí Dương Văn Lượng, Phó Chủ tịch UBND "
        "tỉnh chủ trì Hội nghị.\n",
        (None, None, "2019-05-15", "UBND tỉnh", None, False, False, 2019),
    ),
    (  # the event's day inside the lead, by its time of day ("..., tổ chức chiều 28/2 tại ...")
        "Chính trị - Xã hội\n28/02/2020 - 16:45\nKhối thi đua Mặt trận - đoàn thể chung tay thực hiện Nghị quyết 54 "
        "của Bộ Chính trị\nTTH.VN - Đó là một trong những nội dung được thông qua tại hội nghị ký kết giao ước thi đua "
        "năm 2020 của Khối thi đua Mặt trận - đoàn thể, tổ chức chiều 28/2 tại cơ quan Liên đoàn Lao động tỉnh.\n",
        (None, None, "2020-02-28", "Khối thi đua Mặt trận - đoàn thể", None, False, True, 2020),
    ),
    (  # a station's name in small letters before the lead's day ("Điện Biên TV - Ngày 22/5, ...")
        "Cụm thi đua khen thưởng vùng cao tổng kết công tác năm 2023\nThứ Tư, 22/05/2024, 17:33 [GMT+7]\nĐiện Biên TV - "
        "Ngày 22/5, tại huyện Mường Chà, Cụm thi đua khen thưởng vùng cao đã tổ chức Hội nghị tổng kết công tác thi "
        "đua, khen thưởng năm 2023 và ký giao ước thi đua năm 2024.\n",
        (None, None, "2024-05-22", "Cụm thi đua khen thưởng vùng cao", None, False, True, 2024),
    ),
    (  # "Năm 2020 có ý nghĩa ..." opening the text gives its year (not the next plan's 2021-2025)
        "Năm 2020 có ý nghĩa đặc biệt quan trọng, là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm "
        "(2016-2020), tạo đà cho Kế hoạch năm 2021-2025.\nỦy ban nhân dân tỉnh Yên Bái kêu gọi các cấp, các ngành "
        "chung sức, đồng lòng thi đua.\n",
        (None, None, None, "Ủy ban nhân dân tỉnh Yên Bái", None, False, False, 2020),
    ),
    (  # a firm the headline names acting, and the lead again: the body, though no word says it is one
        "Cao su Phước Hòa tổ chức hội nghị công tác thi đua khen thưởng\n\nCSVNO – Ngày 2/6, tại Nông trường Hưng Hòa, "
        "Cao su Phước Hòa đã tổ chức Hội nghị giao ban công tác thi đua khen thưởng và ký kết giao ước thi đua năm "
        "2022.\n\nBà Nguyễn Thị Phi Nga – Phó TGĐ Cao su Phước Hòa phát biểu chỉ đạo hội nghị\n",
        (None, None, "2022-06-02", "Cao su Phước Hòa", None, False, True, 2022),
    ),
    (  # a headline opening on a document is no body ("Kế hoạch tổ chức ...")
        "Kế hoạch tổ chức các hoạt động thi đua chào mừng ngày Thầy thuốc Việt Nam\n\nTrung tâm Kiểm nghiệm xây dựng "
        "kế hoạch tổ chức các hoạt động thi đua năm 2024.\n",
        ("Kế hoạch", None, None, "Trung tâm Kiểm nghiệm", None, True, True, 2024),
    ),
    (  # what the page rests on opens it, two paragraphs ("Thực hiện ...", "Căn cứ ..."): the lead comes after
        "Hội nghị ký kết giao ước thi đua năm 2021\n\nThực hiện Hướng dẫn số 30/HD – LĐLĐ, ngày 10 tháng 4 năm 2020 "
        "của Liên đoàn Lao động tỉnh về Hoạt động Khối thi đua liên đoàn lao động các huyện, thị xã, thành phố.\n\n"
        "Căn cứ Quyết định số 540/QĐ – LĐLĐ ngày 26 tháng 02 năm 2021 của Liên đoàn Lao động tỉnh Tây Ninh về việc "
        "củng cố, kiện toàn Khối thi đua của Liên đoàn Lao động tỉnh.\n\nNgày 09/04/2021, tại Liên đoàn Lao động thị "
        "xã Hoà Thành, khối thi đua huyện, thị xã, thành phố tổ chức Hội nghị triển khai quy chế hoạt động bảng điểm "
        "thi đua và ký kết giao ước năm 2021 do Liên đoàn Lao động thị xã Hoà Thành làm khối trưởng.\n",
        (None, None, "2021-04-09", "khối thi đua huyện, thị xã, thành phố", None, False, True, 2021),
    ),
    (  # a portal publishing a text under its full citation, below its date stamp: the text is that plan (the
        # plan its first paragraph recalls is a citation)
        "Thứ Ba, 25/6/2024\nKế hoạch số 771-KH/BDVTW ngày 08/3/2017 của Ban Dân vận Trung ương về việc tiếp tục đẩy "
        'mạnh thực hiện phong trào thi đua "Dân vận khéo" năm 2017\n\nNgày 26/02/2009, Ban Dân vận Trung ương đã '
        "ban hành Kế hoạch số 70-KH/BDVTW về tổ chức phong trào thi đua “Dân vận khéo”. Sau 8 năm thực hiện phong "
        "trào thi đua “Dân vận khéo” đã thu được nhiều kết quả.\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
        ("Kế hoạch", "771-KH/BDVTW", "2017-03-08", "Ban Dân vận Trung ương", None, False, True, 2017),
    ),
    (  # the same shape, the text then naming itself ("... xây dựng Kế hoạch ..., như sau:")
        "Thứ Sáu, 21/6/2024\nKế hoạch số 17-KH/BDVTW ngày 02/6/2020 của Ban Dân vận Trung ương về tổ chức hoạt động "
        "kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng\n\nThực hiện kế hoạch công tác năm 2020, Ban Dân "
        "vận Trung ương xây dựng Kế hoạch tổ chức hoạt động kỷ niệm 90 năm Ngày truyền thống công tác dân vận "
        "(15/10/1930 – 15/10/2020), như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
        ("Kế hoạch", "17-KH/BDVTW", "2020-06-02", "Ban Dân vận Trung ương", None, False, False, 2020),
    ),
    (  # a province acting by its name ("Tỉnh Bạc Liêu vừa có Kế hoạch ..."); the date stamp after a section's label
        "tin tức sự kiện Thứ Sáu, 08/05/2020, 16:10\n\nPhát động đợt thi đua lập thành tích chào mừng Đại hội đảng bộ "
        "các cấp\n\nTỉnh Bạc Liêu vừa có Kế hoạch Phát động đợt thi đua lập thành tích chào mừng Đại hội đảng bộ các "
        "cấp, tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.\n",
        ("Kế hoạch", None, None, "Tỉnh Bạc Liêu", None, True, True, 2020),
    ),
    (  # a launch at the event, of a movement the page names ("phát động hưởng ứng phong trào “...”")
        "11:03, 01/03/2023\n\nTọa đàm kỷ niệm ngày Quốc tế Phụ nữ\n\nSáng 1-3, Hội Liên hiệp Phụ nữ huyện Vạn Ninh tổ "
        "chức tọa đàm kỷ niệm ngày Quốc tế Phụ nữ 8-3.\n\nDịp này, Hội Liên hiệp Phụ nữ huyện phát động hưởng ứng phong "
        "trào “Phụ nữ Vạn Ninh tham gia phòng, chống rác thải nhựa”.\n",
        (None, None, "2023-03-01", "Hội Liên hiệp Phụ nữ huyện Vạn Ninh", None, False, True, 2023),
    ),
    (  # a minister "đã ra Chỉ thị": the press reporting a directive by the verb that issues it
        "Bộ Xây dựng phát động đợt thi đua đặc biệt trong toàn ngành Xây dựng\n\nNgày 20/9/2017, Bộ trưởng Bộ Xây "
        "dựng Phạm Hồng Hà đã ra Chỉ thị phát động đợt thi đua đặc biệt thực hiện thắng lợi nhiệm vụ phát triển kinh "
        "tế - xã hội của ngành Xây dựng năm 2017.\n",
        ("Chỉ thị", None, "2017-09-20", "Bộ Xây dựng", "Phạm Hồng Hà", True, True, 2017),
    ),
    (  # "vừa ban hành kế hoạch và phát động ...": one plan, just issued, unnumbered; the stamp under the headline
        # ("Thứ Năm, ngày 13/06/2024 | 09:14") is neither a place and date line nor the plan's date
        "Thi đua thực hiện “Tết quân - dân”\n\nThứ Năm, ngày 13/06/2024 | 09:14\n\n(HG) - Để tuyên truyền và tổ chức "
        "các hoạt động “Tết quân - dân” năm 2025 hiệu quả, chất lượng, UBND tỉnh vừa ban hành kế hoạch và phát động "
        "phong trào thi đua.\n\nNội dung là tuyên truyền Luật Quốc phòng, Luật Nghĩa vụ quân sự.\n",
        ("Kế hoạch", None, None, "UBND tỉnh", None, True, True, 2024),
    ),
    (  # no page date: a day without its year takes the one year its sentence names (a horizon is none)
        "Phát động thi đua chuyển đối số - Năm dữ liệu số tỉnh Tuyên Quang năm 2023\n\nNgày 18/4, UBND tỉnh Tuyên "
        "Quang tổ chức Lễ phát động thi đua chuyển đổi số - Năm dữ liệu số Tuyên Quang năm 2023.\n",
        (None, None, "2023-04-18", "UBND tỉnh Tuyên Quang", None, False, True, 2023),
    ),
    (  # an introduction before the dated paragraph of an event (blind round tl)
        "ĐẠI HỘI THI ĐUA YÊU NƯỚC HUYỆN BÙ ĐỐP LẦN III, NĂM 2020\n\nThứ ba - 23/06/2020 09:13 163 0\nSinh thời Chủ "
        "tịch Hồ Chí Minh luôn lấy thi đua làm động lực để phát huy tinh thần yêu nước. Thấm nhuần lời dạy của "
        "Người.\n          Sáng ngày 23-6-2020, UBND huyện Bù Đốp long trọng tổ chức Đại hội thi đua yêu nước lần "
        "thứ III năm 2020.\n",
        (None, None, "2020-06-23", "UBND huyện Bù Đốp", None, False, False, 2020),
    ),
    (  # a ceremony for what was achieved in 2006 is held in 2007 (blind round tl)
        "Sáng 30.8, huyện An Nhơn đã tổ chức trọng thể lễ đón nhận cờ thi đua của Chính phủ tặng thưởng cho cán bộ "
        "và nhân dân trong huyện về thành tích xuất sắc trong phong trào thi đua yêu nước năm 2006.\n",
        (None, None, "2007-08-30", "huyện An Nhơn", None, False, False, 2007),
    ),
    (  # the day written after a clause, "Ngày" in capitals (blind round tm)
        "19 BHXH tỉnh, thành được khen thưởng thi đua theo chuyên đề\n\n03/03/2014 09:01 AM\n\nKịp thời biểu "
        "dương, ghi nhận những nỗ lực của BHXH các tỉnh trong đợt thi đua cuối năm 2013, Ngày 26/02/2014, BHXH Việt "
        "Nam ban hành Quyết định số 203/QĐ-BHXH của Tổng Giám đốc về việc khen thưởng theo chuyên đề.\n",
        ("Quyết định", "203/QĐ-BHXH", "2014-02-26", "BHXH Việt Nam", None, True, False, 2014),
    ),
    (  # a speaker's frame before the reporting sentence (blind round tn)
        "Hòa Bình hướng tới kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam\n\nĐồng chí Nguyễn Quốc Tiến, Phó Giám đốc Sở "
        "Y tế cho biết: Ngày 14/11/2024, Sở Y tế ban hành Kế hoạch số 3595/KH-SYT về tổ chức các hoạt động ngành Y "
        "tế tỉnh Hoà Bình hướng tới kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam.\n",
        ("Kế hoạch", "3595/KH-SYT", "2024-11-14", "Sở Y tế", None, True, False, 2024),
    ),
    (  # the host holds a conference: the plan it deploys is the conference's subject, "Hội nghị" no body (tn); the
        # conference is the cluster's, which acts (tests/realworld tn05's gold)
        "Căn cứ Quyết định số 01/QĐ-BTC ngày 02/01/2024 của Bộ Tài chính về việc thành lập các Cụm thi đua. Chiều "
        "ngày 05/4/2024, tại Sở Tài chính tỉnh Quảng Nam đã tổ chức Hội nghị triển khai kế hoạch phát động phong "
        "trào thi đua và ký kết giao ước thi đua năm 2024 giữa các đơn vị trong Cụm thi đua số 6.\n",
        (None, None, "2024-04-05", "Cụm thi đua số 6", None, False, True, 2024),
    ),
    (  # a letter's text under its number and subject (blind round tm)
        "Thông báo\n\nCông văn số 68/TANDTC-TĐKT phát động thi đua chào mừng ngày bầu cử đại biểu Quốc hội và "
        "Đại biểu HĐND các cấp nhiệm kỳ 2016-2021, các ngày lễ lớn của đất nước trong năm 2016\n\n            "
        "Thực hiện Chỉ thị số 51-CT/TW ngày 04/01/2016 của Bộ Chính trị về lãnh đạo cuộc bầu cử. Hội đồng Thi đua - "
        "Khen thưởng Toà án nhân dân phát động đợt thi đua nước rút trong các Tòa án nhân dân.\n",
        ("Công văn", "68/TANDTC-TĐKT", None, "Hội đồng Thi đua - Khen thưởng Toà án nhân dân", None, False, True, 2016),
    ),
    (  # an event held in a hall ("tại Trung tâm Hội nghị tỉnh"), in the passive: no body acting (blind round to)
        "Phú Thọ: lan tỏa phong trào thi đua yêu nước, tạo động lực phát triển nhanh và bền vững\n\nKinhtedothi - "
        "Ngày 9/10, tại Trung tâm Hội nghị tỉnh, Đại hội Thi đua yêu nước tỉnh Phú Thọ lần thứ I (2025 - 2030) đã "
        "được tổ chức trọng thể.\n",
        (None, None, "2025-10-09", None, None, False, False, 2025),  # (the congress's year: the period it opens)
    ),
    (  # "Đảng bộ, quân và dân Hà Tĩnh": a bare head is no body (blind round to)
        "Thực hiện lời kêu gọi Thi đua Ái quốc của Chủ tịch Hồ Chí Minh, những năm qua Đảng bộ, quân và dân Hà Tĩnh "
        "đã phát động, tổ chức nhiều phong trào thi đua yêu nước sâu rộng.\n",
        (None, None, None, None, None, False, False, None),
    ),
    (  # what it implements, then the day and the body issuing (blind round to)
        "Thái Bình tích cực triển khai Giải báo chí toàn quốc về xây dựng Đảng\nThực hiện Kế hoạch số 129-KH/BTCTW, "
        "ngày 14-3-2018 của Ban Tổ chức Trung ương về thông tin, tuyên truyền công tác tổ chức xây dựng Đảng năm "
        "2018; ngày 04-5-2018 Ban Thường vụ Tỉnh ủy Thái Bình đã ban hành Kế hoạch số 74-KH/TU về thông tin, tuyên "
        "truyền về công tác xây dựng Đảng.\n",
        ("Kế hoạch", "74-KH/TU", "2018-05-04", "Ban Thường vụ Tỉnh ủy Thái Bình", None, True, False, 2018),
    ),
    (  # a province's name in the headline stands for the authorities its lead names (blind round to)
        "Hà Nam phát động phong trào thi đua năm 2024\n\nSáng 27/3, UBND tỉnh tổng kết công tác thi đua khen "
        "thưởng (TĐKT) năm 2023, phát động và ký kết giao ước thi đua năm 2024.\n",
        (None, None, "2024-03-27", "UBND tỉnh", None, False, True, 2024),
    ),
    (  # the year an anniversary recalls is not the page's (the page gives none)
        "Kinhtedothi - Chiều 9/5, tỉnh Vĩnh Phúc chính thức phát động phong trào thi đua “Đổi mới sáng tạo, chuyển "
        "đổi số và bình dân học vụ số” hướng tới kỷ niệm 80 năm Cách mạng tháng Tám năm 1945.\n",
        (None, None, None, "tỉnh Vĩnh Phúc", None, False, True, None),
    ),
    (  # no page date: a day without its year is the one nearest the anniversary it leads to (blind round tq)
        "Tỉnh đoàn Quảng Ngãi tổ chức lễ phát động đợt thi đua cao điểm\nNgày 19.1, Ban Thường vụ Tỉnh đoàn Quảng "
        "Ngãi tổ chức Lễ phát động đợt thi đua cao điểm trong các cấp bộ Đoàn, hướng tới chào mừng kỉ niệm 96 năm "
        "Ngày thành lập Đảng Cộng sản Việt Nam (3.2.1930 – 3.2.2026).\n",
        (None, None, "2026-01-19", "Ban Thường vụ Tỉnh đoàn Quảng Ngãi", None, False, True, 2026),
    ),
    (  # a document just issued is of the year of the page that reports it, not of the anniversary it looks to (tq)
        "Phát động phong trào thi đua chào mừng kỷ niệm 80 năm thành lập Đảng bộ tỉnh Đắk Lắk (23/11/1940 - "
        "23/11/2020)\n\nCập nhật lúc: 16:15 28/08/2019\n\nTriển khai Kế hoạch số 126-KH/TU, ngày 31/7/2019 của Ban "
        "Thường vụ Tỉnh ủy, UBND tỉnh vừa ban hành văn bản số 1079/UBND-TH, gửi Thủ trưởng các sở, ban, ngành.\n",
        ("Công văn", "1079/UBND-TH", None, "UBND tỉnh", None, True, True, 2019),
    ),
    (  # the day a document was issued is news, its number or not; a list's date glued to the headline (tr)
        'Kế hoạch thực hiện Phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới"(21/09/2011)\n\nNgày 20/9, '
        "Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua Cả nước chung sức xây dựng nông "
        "thôn mới, phấn đấu đạt tỷ lệ xã chuẩn nông thôn mới đến năm 2015 tối thiểu 20%.\n",
        ("Kế hoạch", None, "2011-09-20", "Thủ tướng Chính phủ", None, True, True, 2011),
    ),
    (  # the end of a drive's period is not the day of the page's event (blind round tr)
        ' date 2025-12-11 Tổng LĐLĐ Việt Nam xác định chủ đề phong trào thi đua năm 2026 là: "Đoàn viên, người lao '
        'động thi đua đổi mới sáng tạo".\n\nPhong trào thi đua diễn ra trong 2 đợt, gồm:\n\nĐợt 1 (1.1 - 30.6.2026), '
        "hướng tới chào mừng Đại hội XIV của Đảng.\n",
        (None, None, None, "Tổng LĐLĐ Việt Nam", None, False, False, 2025),
    ),
    (  # a review of a period is held once it ends, even after the day the page is stamped (blind round tu)
        " date 2025-09-26   • Huế ngày nay Online\nNam Đông phát động phong trào thi đua giai đoạn 2025 - 2030\n\n"
        "HNN.VN - Ngày 7/10, UBND xã Nam Đông tổ chức hội nghị tuyên dương điển hình tiên tiến giai đoạn 2020 - "
        "2025, phát động phong trào thi đua giai đoạn 2025 - 2030.\n",
        (None, None, "2025-10-07", "UBND xã Nam Đông", None, False, True, 2025),
    ),
    (  # the end of a span broken off its line is no paragraph's day (blind round tu)
        "Thứ Sáu, 15/08/2025 10:48\nXã Thiên Nhẫn đẩy mạnh công tác tuyên truyền chào mừng Đại hội Đảng bộ xã\n"
        "Thực hiện Kế hoạch của Đảng ủy xã về tuyên truyền kỷ niệm 80 năm Cách mạng tháng Tám thành công (19/8/1945\n"
        "- 2/9/2025), xã Thiên Nhẫn đã triển khai nhiều hoạt động tuyên truyền phong phú.\n",
        (None, None, None, "xã Thiên Nhẫn", None, False, False, 2025),
    ),
    (  # the day of the anniversary its sentence keeps, a few days after the page's date (blind round tv)
        "An Phú họp mặt kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam\n\n24/02/2023 - 14:08\n\n - Sáng 27/2, Huyện ủy, "
        "HĐND, UBND huyện An Phú (tỉnh An Giang) long trọng tổ chức kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam "
        "(27/2/1955 – 27/2/2023), nhằm tri ân đội ngũ y, bác sĩ.\n",
        (None, None, "2023-02-27", "UBND huyện An Phú", None, False, False, 2023),
    ),
    (  # a day written with spaces round its dash (blind round tv)
        "Châu Phú tổ chức Đại hội Thi đua yêu nước lần thứ VI\n\n27/07/2020 - 13:27\n\n - Sáng 27 - 7, UBND huyện "
        "Châu Phú (An Giang) tổ chức Đại hội Thi đua yêu nước huyện Châu Phú lần thứ VI năm 2020.\n",
        (None, None, "2020-07-27", "UBND huyện Châu Phú", None, False, False, 2020),
    ),
    (  # the body holding the event, not the speaker; "sáng nay" on a dated page (blind round tw)
        "Kỷ niệm ngày thầy thuốc Việt Nam\n\nThứ 4, 23.02.2022 | 20:41:28\n\nCông đầu trong công tác phòng chống "
        "dịch Covid-19 trên địa bàn tỉnh thuộc về đội ngũ cán bộ ngành y tế. Đó là khẳng định của đồng chí Phó Bí "
        "thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Quốc Văn tại hội nghị kỷ niệm 67 năm ngày thầy thuốc Việt Nam "
        "(27/2/1955 – 27/2/2022) và phát động thi đua năm 2022 do Sở Y tế tổ chức sáng nay.\n",
        (None, None, "2022-02-23", "Sở Y tế", None, False, True, 2022),
    ),
    (  # the number in brackets after the kind (blind round tx)
        "Phát huy truyền thống đoàn kết, sáng tạo, kỷ cương\n\nTổng cục Thuế vừa ban hành công văn (số 5401/TCT-TCCB) "
        "gửi các đơn vị thuộc Tổng cục Thuế và cục thuế các tỉnh, thành phố trực thuộc trung ương chỉ đạo đẩy mạnh "
        "phong trào thi đua kỷ niệm 80 năm Ngày Truyền thống ngành Tài chính.\n",
        ("Công văn", "5401/TCT-TCCB", None, "Tổng cục Thuế", None, True, False, None),
    ),
    (  # the cluster's head ("Cụm trưởng") is a post, not the body (blind round tw)
        "Hội nghị Ký giao ước thi đua Cụm thi đua số 4 các trường chính trị năm 2019\nNgày 22/3/2019, tại Trường "
        "Chính trị tỉnh Hải Dương - Cụm trưởng Cụm thi đua số 4, các trường chính trị khu vực Đồng bằng Sông Hồng "
        "đã tổ chức “Hội nghị Ký kết giao ước thi đua các trường chính trị năm 2019”.\n",
        (None, None, "2019-03-22", "Cụm thi đua số 4", None, False, True, 2019),
    ),
]


@pytest.mark.parametrize(("text", "want"), PAGES, ids=[f"page{i}" for i in range(len(PAGES))])
def test_a_page_describes_its_document(text: str, want: tuple) -> None:
    d = extract_document(clean_text(text)).document
    got = (d.kind, d.symbol, d.date, d.issuer, d.signer.name, d.reported, d.launch, d.year)
    if want is None:  # only the launch is in question
        assert d.launch is False
        return
    assert got == want


def test_a_reported_plan_without_a_number_is_titled_by_what_follows_its_kind() -> None:
    """Regression (blind round tf): "Sở Y tế vừa ban hành kế hoạch Phát động phong trào thi đua “...” ..." was
    titled by a later sentence ("Các nội dung thi đua gồm: ...")."""
    d = extract_document(
        clean_text(
            "Sở Y tế vừa ban hành kế hoạch Phát động phong trào thi đua “Đổi mới, sáng tạo, tận tâm, trách nhiệm thực "
            "hiện nhiệm vụ” trong các cơ quan, đơn vị trực thuộc Sở.\n\nCác nội dung thi đua gồm: Đẩy mạnh và nâng cao "
            "chất lượng trong phong trào thi đua, phấn đấu hoàn thành xuất sắc nhiệm vụ được giao.\n"
        )
    ).document
    assert (d.kind, d.issuer, d.reported, d.launch) == ("Kế hoạch", "Sở Y tế", True, True)
    assert d.title == (
        "Phát động phong trào thi đua “Đổi mới, sáng tạo, tận tâm, trách nhiệm thực hiện nhiệm vụ” trong các cơ quan, "
        "đơn vị trực thuộc Sở"
    )


def test_a_body_that_gives_guidance_acts() -> None:
    """Regression: "Phòng Giáo dục và Đào tạo hướng dẫn tổ chức ..." gave the body "... Đào tạo hướng dẫn"."""
    said = lead(
        "Phòng Giáo dục và Đào tạo hướng dẫn tổ chức thực hiện các hoạt động của khối thi đua thuộc Phòng Giáo dục "
        "và Đào tạo Mộc Châu năm học 2016-2017 như sau:\n"
    )
    assert said.get("issuer") == "Phòng Giáo dục và Đào tạo"


def test_the_reported_number_is_never_a_citation() -> None:
    doc = extract_document(clean_text(PAGES[0][0]))
    assert not doc.citations


@pytest.mark.parametrize(
    ("surface", "body", "person"),
    [
        ("Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) Tiền Giang", "Bộ Chỉ huy Bộ đội Biên phòng Tiền Giang", None),
        ("Chủ tịch UBND tỉnh Gia Lai Ksor H'Khuyên", "Chủ tịch UBND tỉnh Gia Lai", "Ksor H'Khuyên"),  # Highland name
        ("Cục Quản lý thị trường Vĩnh Phúc dự Hội nghị", "Cục Quản lý thị trường Vĩnh Phúc", None),
        ("Cụm thi đua 3 UBND TPHCM gồm các quận: 7, 12, Bình Tân", "Cụm thi đua 3 UBND TPHCM", None),
        ("Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành", "Chủ tịch UBND tỉnh Gia Lai", "Võ Ngọc Thành"),
        ("Chủ tịch UBND tỉnh Phạm Ngọc Nghị", "Chủ tịch UBND tỉnh", "Phạm Ngọc Nghị"),
        ("UBND tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh", None),  # "Hà" is a family name too
        ("UBND huyện Lâm Hà", "UBND huyện Lâm Hà", None),  # a place after its unit is not a person
        ("Bộ Chính trị khóa XI", "Bộ Chính trị", None),
        ("Ban Chấp hành Trung ương Đảng khoá XII", "Ban Chấp hành Trung ương Đảng", None),
        ("Khối thi đua các cơ quan tỉnh Ngày 16/02/2024", "Khối thi đua các cơ quan tỉnh", None),
        ("Sở Nội vụ tại phòng họp Sở", "Sở Nội vụ", None),
        ("Cụm thi đua các tỉnh miền Tây Nam bộ tiếp tục", "Cụm thi đua các tỉnh miền Tây Nam bộ", None),
        # "Quang" ends the province's name ("Tuyên Quang"), the person follows; what the holder does goes too
        (
            "Chủ tịch UBND tỉnh Tuyên Quang Phan Huy Ngọc đánh trống",
            "Chủ tịch UBND tỉnh Tuyên Quang",
            "Phan Huy Ngọc",
        ),
        ("UBND huyện Lâm Hà Nguyễn Văn An", "UBND huyện Lâm Hà", "Nguyễn Văn An"),  # a place has two words
        # "tổ chức" after "các" or "Ban" is a noun, not what the body does
        (
            "Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh tổ chức",
            "Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh",
            None,
        ),
        ("Ban tổ chức Hội thao Khối thi đua số 6 sẽ trao cúp", "Ban tổ chức Hội thao Khối thi đua số 6", None),
        # what it does, or is, there (blind round xz)
        ("Sở Tư pháp Bắc Giang tham gia", "Sở Tư pháp Bắc Giang", None),
        ("Sở Tư pháp làm Trưởng đoàn", "Sở Tư pháp", None),
        ("UBND tỉnh khen thưởng kịp thời những tập thể", "UBND tỉnh", None),  # (blind round yc)
        ("Hội đồng thi đua khen thưởng tỉnh", "Hội đồng thi đua khen thưởng tỉnh", None),
        # a youth union written in two words with a capital is no Mr Đoàn (blind round uq)
        ("Ban Thường vụ Thành Đoàn Thủ Đức", "Ban Thường vụ Thành Đoàn Thủ Đức", None),
        ("Chủ tịch UBND huyện Đoàn Văn Minh", "Chủ tịch UBND huyện", "Đoàn Văn Minh"),
        # what it does after its name (blind round uy)
        (
            "Đảng bộ và nhân dân các dân tộc huyện Phú Lương không ngừng đoàn kết thi đua",
            "Đảng bộ và nhân dân các dân tộc huyện Phú Lương",
            None,
        ),
        (
            "Cụm thi đua 7 tỉnh Trung du miền núi phía Bắc kiểm tra",
            "Cụm thi đua 7 tỉnh Trung du miền núi phía Bắc",
            None,
        ),
        ("Ủy ban kiểm tra Huyện ủy", "Ủy ban kiểm tra Huyện ủy", None),
    ],
)
def test_bodies_lose_persons_terms_dates_and_places(surface: str, body: str, person: str | None) -> None:
    """Regression: "Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký" gave a body "UBND tỉnh X Nguyễn Văn A"; a party
    term made "Bộ Chính trị khóa XI" another body; page dates and places stuck to body names."""
    assert clean_body(surface) == (body, person)


@pytest.mark.parametrize(
    ("kind", "title", "opening", "launch"),
    [
        ("Phát động", "Phong trào thi đua năm 2023", "", True),
        ("Kế hoạch", "triển khai thực hiện phong trào thi đua lập thành tích chào mừng “Kỷ niệm 80 năm”", "", True),
        (  # a review of years carrying a campaign (blind round ws)
            None,
            "Tỉnh Lào Cai sau 3 năm thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
            "Thực hiện Chỉ thị số 10-CT/TW, Tỉnh ủy Lào Cai đã ban hành Kế hoạch số 69-KH/TU ngày 17/3/2017.",
            False,
        ),
        (  # a signing ceremony for emulation: a covenant (blind round ws)
            None,
            "",
            "Lễ ký kết nhằm đẩy mạnh phong trào thi đua yêu nước, tinh thần năng động, sáng tạo của cán bộ, công chức.",
            True,
        ),
        (None, "", "Lễ ký kết hợp tác giữa hai trường đại học diễn ra sáng nay.", False),  # not one for emulation
        (  # organising a movement named as a topic (blind round xa)
            None,
            "Rà soát các nội dung cho Hội nghị tổng kết giao ước thi đua cụm các tỉnh Miền Tây Nam Bộ",
            "Các đại biểu dự kiến phân công đại diện một số tỉnh phát biểu tham luận với các nội dung về việc tổ chức thực "
            "hiện phong trào thi đua chuyển đổi số.",
            False,
        ),
        (  # what is yet to be done (blind round ww)
            None,
            "Cụ thể hóa các nghị quyết, thúc đẩy phát triển kinh tế - xã hội ngay từ đầu năm",
            "Tỉnh ủy sẽ ban hành chỉ thị phát động phong trào thi đua trong toàn Đảng bộ, chính quyền và nhân dân.",
            False,
        ),
        (  # a plan to make the movements known (blind round wu)
            "Kế hoạch",
            "tuyên truyền các phong trào thi đua yêu nước, điển hình tiên tiến ngành GD-ĐT tỉnh năm 2017",
            "Đồng thời, lồng ghép phong trào “Dạy tốt - Học tốt” gắn với việc học tập.",
            False,
        ),
        (  # a decision on a regulation, a covenant in a caption (blind round wn)
            "Quyết định",
            "về Quy chế hoạt động của khối, cụm thi đua trên địa bàn tỉnh Cao Bằng",
            "Khối thi đua các cơ quan tham mưu tổng hợp ký kết giao ước thi đua năm 2018",
            False,
        ),
        (  # blind round wj
            "Kế hoạch",
            "tổ chức thực hiện phong trào thi đua Cả nước chung sức xây dựng nông thôn mới giai đoạn 2021 - 2025",
            "",
            True,
        ),
        (None, "Hội nghị tổng kết công tác giao ước Thi đua Cụm thi đua số III năm 2023", "", False),  # a review
        (  # a record of work done, at a congress
            None,
            "Đại hội Thi đua yêu nước Mặt trận Tổ quốc Việt Nam giai đoạn 2020-2025",
            "Đại hội ghi nhận những đóng góp to lớn của các tầng lớp nhân dân trong triển khai thực hiện phong "
            "trào thi đua yêu nước, gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới”.",
            False,
        ),
        (None, "Sở Khoa học và Công nghệ hưởng ứng phát động cao điểm thi đua Đồng Khởi mới", "", True),
        (None, "Khối các cơ quan nội chính ký giao ước thi đua năm 2024", "", True),
        ("Chỉ thị", "về phát động thi đua thực hiện thắng lợi nhiệm vụ năm 2024", "", True),
        (None, "TP. Hồ Chí Minh: Thi đua cao điểm 60 ngày đêm hoàn thành chỉ tiêu năm 2024", "", True),
        ("Báo cáo", "Tổng kết phong trào thi đua năm 2023", "", False),
        # a cited document's subject, a passive and a review are not this text launching anything
        (
            "Quyết định",
            "Về việc tặng Cờ thi đua",
            "Căn cứ Chỉ thị số 02/CT-UBND của UBND tỉnh về phát động thi đua",
            False,
        ),
        (None, "Bắc Kạn trao Bằng khen", "các phong trào do UBND tỉnh phát động phong trào thi đua", False),
        (None, "Sơ kết thực hiện giao ước thi đua năm 2015", "", False),
        # a plan that carries a named campaign to its level launches it there; a report on one does not
        ("Kế hoạch", "Thực hiện Phong trào “Bình dân học vụ số” trên địa bàn tỉnh Trà Vinh", "", True),
        ("Kế hoạch", "về việc triển khai phong trào “Bình dân học vụ số” năm 2026", "", True),
        ("Báo cáo", "Kết quả thực hiện phong trào “Bình dân học vụ số” năm 2025", "", False),
        (
            "Công văn",
            "hướng dẫn thực hiện Phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” giai đoạn 2016-2020",
            "",
            True,
        ),
        (None, "Kết quả thực hiện phong trào “Bình dân học vụ số”", "", False),
        # a launch ceremony, in the lead of a page whose headline was a photo's caption
        (None, "", "Tại lễ phát động, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh khẳng định ...", True),
        # "công tác thi đua, khen thưởng" names the field, not an award
        (
            None,
            "Khối thi đua triển khai công tác thi đua, khen thưởng năm 2022",
            "đã thông qua Kế hoạch phát động phong trào thi đua năm 2022",
            True,
        ),
        (  # a review page recounting launches made since the start of the year (blind round tl)
            None,
            "Long An: Cụm Thi đua số I đẩy mạnh phong trào thi đua 6 tháng cuối năm 2018",
            "Long An: Cụm Thi đua số I đẩy mạnh phong trào thi đua 6 tháng cuối năm 2018\nCụm Thi đua số I tỉnh "
            "Long An gồm các huyện: Tân Hưng, Vĩnh Hưng, Mộc Hóa, Tân Thạnh, Thạnh Hóa, Thủ Thừa, Đức Huệ và thị xã "
            "Kiến Tường vừa sơ kết công tác thi đua khen thưởng 6 tháng đầu năm 2018.\nĐại biểu dự hội nghị sơ kết "
            "công tác thi đua khen thưởng 6 tháng đầu năm 2018, Cụm Thi đua số I, tại huyện Thạnh Hóa\nNgay từ đầu "
            "năm, các huyện, thị xã trong cụm đã xây dựng kế hoạch và phát động phong trào thi đua yêu nước toàn "
            "diện trên các lĩnh vực kinh tế, xã hội, an ninh, quốc phòng.\nBên cạnh đó, hưởng ứng kế hoạch phát "
            "động thi đua của UBND tỉnh, các huyện, thị xã xây dựng kế hoạch phát động đợt thi đua.",
            False,
        ),
        (  # the movement named after where it is launched (blind round tr)
            None,
            "",
            "Ngày 13 tháng 9 năm 2016 Bộ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT) đã phát động trong toàn ngành Giáo dục "
            "và Đào tạo Phong trào thi đua “Đổi mới, sáng tạo trong dạy, học”",
            True,
        ),
        (  # a launch of long ago, told as history before the page's own news (blind round tx)
            "Chỉ thị",
            "về đẩy mạnh các phong trào thi đua yêu nước hướng tới Kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra lời "
            "kêu gọi thi đua ái quốc",
            "Ban Bí thư vừa ban hành Chỉ thị số 22-CT/TW về đẩy mạnh các phong trào thi đua yêu nước.\nTheo sáng kiến "
            "của Chủ tịch Hồ Chí Minh, ngày 27/3/1948, Ban Chấp hành Trung ương Đảng ra Chỉ thị phát động phong trào "
            "thi đua ái quốc để động viên mọi lực lượng cho kháng chiến, kiến quốc.",
            False,
        ),
        (  # a regulation on how emulation is run (blind round k)
            "Quyết định",
            "Ban hành quy định về việc tổ chức phong trào thi đua và bình xét khen thưởng danh hiệu thi đua hàng năm",
            "",
            False,
        ),
        (  # how long a drive ran, in a review (blind round wa)
            None,
            "",
            'Công ty Điện lực Quảng Nam vừa tổng kết cuộc thi "Gia đình CBCNV tiết kiệm điện". Ban tổ chức đã trao '
            "giải thưởng cho 3 tập thể có tổng sản lượng điện tiết kiệm nhiều nhất trong 6 tháng phát động thi đua.",
            False,
        ),
        (  # the span of an anniversary is no history told
            None,
            "",
            "Ngày 01/3/2023, UBND huyện phát động đợt thi đua đặc biệt kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời "
            "kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023).",
            True,
        ),
        (  # a movement launched by its own name (blind round tk)
            None,
            "",
            "Sáng 8/2, tại Khu di tích lịch sử của ngành ngân hàng, Ngân hàng Nhà nước đã phát động Tết trồng cây "
            "“đời đời nhớ ơn Bác Hồ”.",
            True,
        ),
        (  # the launch ceremony of a writing contest is no emulation launched (blind round xe)
            None,
            "",
            "Sáng ngày 17/6, Sở Y tế tổ chức Lễ phát động Cuộc thi viết về đề tài y tế “Ngành Y tế Ninh Bình trong "
            "tôi”.",
            False,
        ),
    ],
)
def test_launch_detection(kind: str | None, title: str, opening: str, launch: bool) -> None:
    assert is_launch(kind, title, opening) is launch


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("phát động đợt thi đua cao điểm chào mừng Đại hội Thi đua Quyết thắng giai đoạn 2019-2024", 2024),
        # a period alone does not date a launch (the gold: "the period 2021-2025 is not a year"); a school year does
        ("phát động phong trào thi đua giai đoạn 2021-2025", None),
        ("triển khai các phong trào thi đua năm học 2019-2020", 2019),
        ("tổng kết công tác thi đua năm 2022 và ký giao ước thi đua năm 2023", 2023),
        ("phát động đợt thi đua cao điểm kỷ niệm 75 năm Ngày truyền thống (11/6/1948 - 11/6/2023)", 2023),
        ("phát động phong trào thi đua giai đoạn 2021 - 2025", None),
        ("phát động thi đua chào mừng đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030", None),
        ("phát động phong trào thi đua chuyển đổi số đến năm 2030", None),
        ("khen thưởng giai đoạn 2020 – 2025; phát động phong trào thi đua giai đoạn 2025 – 2030.", None),
        # the year in a cited number is that document's, not the launch's
        ("phát động đợt thi đua cao điểm thực hiện Nghị quyết 57/2024 của Bộ Chính trị", None),
        ("phát động thi đua theo Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ", 2017),
    ],
)
def test_the_year_a_launch_is_for(text: str, year: int | None) -> None:
    """Regression: a 2023 launch was filed as 2022 (the year reviewed), a 2024 launch as 2023; a launch for 2021 -
    2025 with no day given was filed as 2021 (blind round wl; tests/realworld: tb05, tr02, tr09)."""
    assert launch_year(text) == year


@pytest.mark.parametrize(
    ("text", "month", "year"),
    [
        ("tổ chức Hội nghị tổng kết công tác thi đua - khen thưởng năm 2024, triển khai nhiệm vụ năm 2025.", 1, 2025),
        ("tổ chức Hội nghị tổng kết công tác thi đua - khen thưởng năm 2024, triển khai nhiệm vụ năm 2025.", 12, 2024),
        ("hội nghị tổng kết phong trào thi đua năm 2017, triển khai kế hoạch 2018 và ký giao ước thi đua.", 3, 2018),
        ("chủ trì Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022; triển khai nhiệm vụ năm 2023.", 3, 2023),
        (
            "tổ chức tổng kết phong trào thi đua “CCB gương mẫu” năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026",
            11,
            2025,
        ),
        ("Hội nghị sơ kết 3 năm thực hiện Chỉ thị số 11-CT/TU ngày 5-8-2016 của Ban Thường vụ Tỉnh ủy", 5, 2019),
        # a period is not the next year; a review alone says nothing of when it is held
        ("tổng kết năm 2023 và kế hoạch giai đoạn 2021-2025", 1, None),
        ("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023", 1, None),
        # an award ceremony for a year's achievements is held the next year (the same year in December)
        ("lễ đón nhận cờ thi đua của Chính phủ về thành tích xuất sắc trong phong trào thi đua năm 2006", 8, 2007),
        ("lễ đón nhận cờ thi đua của Chính phủ về thành tích xuất sắc trong phong trào thi đua năm 2006", 12, 2006),
        ("trao tặng Cờ thi đua cho các tập thể có thành tích trong phong trào thi đua giai đoạn 2016 - 2020", 1, None),
        # an event of a school year: from September in its first year, until the summer in its second (blind
        # rounds ty, tz)
        ("tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm học 2017-2018.", 5, 2018),
        ("tổ chức hội nghị ký kết giao ước thi đua thực hiện nhiệm vụ năm học 2013 - 2014.", 10, 2013),
    ],
)
def test_the_year_a_review_is_held(text: str, month: int, year: int | None) -> None:
    """Regression: a repost of a 2018 conference was dated in the year it was posted (2021); a conference of
    18/1 reviewing 2024 and setting out 2025 was filed in 2024."""
    assert held_year(text, month) == year


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        (
            "Kết quả nổi bật năm 2024 của phường.\nDịp này, UBND phường An Cựu phát động phong trào thi đua giai "
            "đoạn 2025 – 2030, tập trung vào xây dựng đời sống văn hóa.",
            True,
        ),
        (
            "Cũng tại Hội nghị, Chủ tịch UBND tỉnh Hoàng Xuân Ánh đã phát động phong trào thi đua năm 2017 với chủ "
            "đề “Tăng cường kỷ luật, kỷ cương”.",
            True,
        ),
        ("Tại hội nghị, các đơn vị trong Cụm thi đua số 11 đã ký giao ước thi đua năm 2024.", True),
        (  # what was launched before, by another
            "Tại hội nghị, các đại biểu đánh giá các phong trào thi đua do tỉnh và Trung ương phát động đạt kết quả.",
            False,
        ),
        ("Năm 2017, khối thi đua đã phát động phong trào thi đua yêu nước gắn với nhiệm vụ chính trị.", False),
        (  # a launch added to the event, in the page's own words (blind rounds, q09)
            "Nhân dịp này, các tập thể, cá nhân có thành tích xuất sắc đã được khen thưởng. Lãnh đạo TP Thái Nguyên "
            "cũng đã phát động phong trào thi đua yêu nước giai đoạn 2020-2025.",
            True,
        ),
        (  # an agenda is no launch done (blind round to)
            "Đại hội dự kiến sẽ biểu dương các tập thể, cá nhân điển hình tiên tiến trong 5 năm qua; đồng thời phát "
            "động phong trào thi đua trên các lĩnh vực của đời sống xã hội.",
            False,
        ),
        (  # a body calling on those below it to emulate (blind round tv)
            "Giai đoạn 2020 - 2025, UBND huyện Châu Phú phát động các ngành, các đơn vị, các xã, thị trấn và nhân dân "
            "trên địa bàn huyện tích cực hưởng ứng thi đua phát triển kinh tế toàn diện.",
            True,
        ),
        ("Năm 2017, khối thi đua đã phát động các đơn vị thi đua yêu nước gắn với nhiệm vụ chính trị.", False),
        (  # the event signed covenants (blind round ya)
            "Hội nghị đã tập trung thảo luận và ký kết giao ước thi đua năm 2017 giữa các cơ quan, đơn vị trong toàn "
            "huyện.",
            True,
        ),
        (  # the event itself launched (blind round wd)
            "Trao tặng Danh hiệu Chiến sỹ thi đua cấp tỉnh. Đại hội đã phát động phong trào thi đua yêu nước giai "
            "đoạn 2020 – 2025 tập trung vào các nội dung như: thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ.",
            True,
        ),
        (  # what the event was also for (blind rounds tu, wj)
            "Hội nghị là dịp đánh giá kết quả đạt được, tuyên dương điển hình tiên tiến giai đoạn 2020 - 2025; đồng "
            "thời phát động phong trào, cổ vũ, động viên cán bộ, đảng viên và các tầng lớp nhân dân thi đua thực hiện "
            "thắng lợi các nhiệm vụ.",
            True,
        ),
        (  # ... not when the event is still to come (blind round to)
            "Đại hội Thi đua yêu nước tỉnh lần IV năm 2015 dự kiến sẽ được tổ chức từ ngày 7 đến 14-9. Đại hội biểu "
            "dương các tập thể, cá nhân điển hình tiên tiến; đồng thời phát động phong trào thi đua trên các lĩnh vực.",
            False,
        ),
        (  # launched by others, then "việc phát động" as a noun (blind round tw)
            "Các phong trào thi đua được lãnh đạo Ban triển khai theo định hướng của Bộ Kế hoạch và Đầu tư và Khối thi "
            "đua phát động, trong đó chú trọng đến việc phát động các phong trào thi đua hoàn thành các chỉ tiêu.",
            False,
        ),
        (  # a photo's caption on a line of its own (blind rounds ta, q, r, x)
            "Sáng 18/1, Khối thi đua các huyện tổ chức Hội nghị tổng kết công tác thi đua năm 2024.\nĐại diện các "
            "huyện, thành phố ký cam kết thi đua năm 2025.\nNăm 2025, Khối tiếp tục tổ chức các hoạt động.",
            True,
        ),
        (
            "Đại hội diễn ra.\nQuang cảnh Hội nghị phát động phong trào thi đua năm 2020 của Cụm thi đua quận, huyện",
            True,
        ),
        (  # a stock photo of another event; an item of a list; a review's solutions
            "Phường tổ chức hội nghị.\nThủ tướng và các đại biểu thực hiện nghi thức phát động phong trào “Bình dân "
            "học vụ số” (Ảnh Internet)\n- Đẩy mạnh tuyên truyền và phát động các phong trào thi đua trên địa bàn\n"
            "Đại hội cũng thảo luận, đề ra phương hướng, nhiệm vụ, giải pháp tổ chức phong trào thi đua của tỉnh\n"
            "Đồng chí Chủ tịch phát biểu đánh giá kết quả triển khai thực hiện các phong trào thi đua giai đoạn "
            "2020-2025",
            False,
        ),
    ],
)
def test_a_launch_at_the_event_a_page_reports(text: str, launch: bool) -> None:
    """Regression (blind rounds): a page on a conference that says, past its lead, that emulation was launched
    at it ("Cũng tại Hội nghị, ... phát động ...", "Dịp này, ...") was not a launch."""
    from graph.extract.launch import launched_at_the_event

    assert launched_at_the_event(text) is launch


def test_a_report_page_titles_its_document_by_the_subject_it_gives_it() -> None:
    """Regression (scored by ../shared/tools/score_extraction.py): a page reporting one document had its own
    headline for the document's title; the reporting sentence gives the document's subject after its number."""
    text = (
        "Hậu Giang phát động phong trào thi đua yêu nước năm 2019\n\nĐể phát huy tinh thần thi đua yêu nước, Ủy ban "
        "nhân dân tỉnh Hậu Giang vừa ban hành Kế hoạch số 1215/KH-UBND ngày 22/5/2019 về việc phát động phong trào "
        "thi đua yêu nước năm 2019 trên địa bàn tỉnh Hậu Giang.\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.symbol, d.date, d.title, d.launch) == (
        "1215/KH-UBND",
        "2019-05-22",
        "về việc phát động phong trào thi đua yêu nước năm 2019 trên địa bàn tỉnh Hậu Giang",
        True,
    )


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "TP.HCM thi đua cao điểm 100 ngày vì nền hành chính tinh gọn, hiện đại 09/07/2025 18:09",
            "TP.HCM thi đua cao điểm 100 ngày vì nền hành chính tinh gọn, hiện đại",
        ),
        (
            "Hội nghị tổng kết công tác thi đua tỉnh Thái Nguyên (09/07/2018)",
            "Hội nghị tổng kết công tác thi đua tỉnh Thái Nguyên",
        ),
        (  # the end of an anniversary's span is the title's own
            "Phát động thi đua chào mừng 38 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2020)",
            "Phát động thi đua chào mừng 38 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2020)",
        ),
    ],
)
def test_a_headline_without_what_the_page_glues_to_it(headline: str, title: str) -> None:
    """Regression: a page's day and time glued after its headline were part of the document's title."""
    text = headline + "\n\nUBND tỉnh vừa tổ chức hội nghị triển khai công tác thi đua, khen thưởng trên địa bàn.\n"
    assert extract_document(clean_text(text)).document.title == title


def test_the_headline_is_not_a_sentence_of_the_story_under_it() -> None:
    """Blind round tm: a headline that names no topic word, then a lead in full sentences; the sentence after
    the lead ("Chương trình nhằm ...") is no headline, nor a programme's name a kind."""
    text = (
        " date 2026-01-10 Huế tuyên dương nhiều ‘Sinh viên 5 tốt’, ‘Sao tháng Giêng’ các cấp\n\n"
        "TPO - Nhân kỷ niệm 76 năm Ngày truyền thống Học sinh - Sinh viên và Hội Sinh viên Việt Nam, Đại học Huế tổ "
        "chức chương trình tuyên dương sinh viên đạt danh hiệu “Sinh viên 5 tốt” và giải thưởng “Sao tháng Giêng” "
        "các cấp, đồng thời phát động đợt thi đua cao điểm trong toàn thể đoàn viên, sinh viên.\n\n"
        "Chương trình nhằm tôn vinh truyền thống của các thế hệ học sinh, sinh viên, ghi nhận những thành tích tiêu "
        "biểu trong học tập, rèn luyện và phong trào.\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.title, d.issuer, d.launch) == (
        None,
        "Huế tuyên dương nhiều ‘Sinh viên 5 tốt’, ‘Sao tháng Giêng’ các cấp",
        "Đại học Huế",
        True,
    )


@pytest.mark.parametrize(
    ("kind", "text", "launch"),
    [
        (  # an anniversary's plan whose first item launches emulation (blind round tg)
            "Kế hoạch",
            "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm 64 năm Ngày truyền thống ngành Xây dựng\nII. Nội dung\n1. Phát "
            "động phong trào thi đua hướng tới kỷ niệm 64 năm ngày truyền thống ngành Xây dựng",
            True,
        ),
        ("Kế hoạch", "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm\n- Tổ chức phát động phong trào thi đua", True),
        (  # an item of a list run into one sentence, as a page reporting a letter gives it (blind round wi)
            "Công văn",
            "Theo đó, huyện sẽ đẩy mạnh công tác tuyên truyền về nội dung của Di chúc; Tổ chức phát động thi đua cao "
            "điểm lập thành tích chào mừng.",
            True,
        ),
        (  # an aim that opens on launching among the people (tests/realworld f06)
            "Kế hoạch",
            "KẾ HOẠCH\nTriển khai thực hiện “Ngày Chủ nhật xanh” năm 2020\nI. MỤC ĐÍCH\n- Phát động sâu rộng trong toàn "
            "dân, các cơ quan ban ngành hưởng ứng tham gia Ngày chủ nhật xanh",
            True,
        ),
        ("Kế hoạch", "KẾ HOẠCH\nKỷ niệm 50 năm\n2. Tổ chức phát độngthi đua lập thành tích chào mừng", True),  # glued
        ("Kế hoạch", "KẾ HOẠCH\nKỷ niệm\n- Phát động hội thi cắm hoa", False),  # a contest, no emulation
        (  # a letter's tasks, one sentence each (blind round wt)
            "Công văn",
            "Theo đó, tổ chức phổ biến, quán triệt nội dung của Chỉ thị số 22/CT-TW. Phát động phong trào thi đua đặc "
            "biệt chào mừng kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi Thi đua ái quốc.",
            True,
        ),
        ("Quyết định", "QUYẾT ĐỊNH\nVề việc khen thưởng\n1. Phát động phong trào thi đua năm 2020", False),
        (  # said inside a sentence, not an item of the plan
            "Kế hoạch",
            "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm\nCác đơn vị đã phát động phong trào thi đua từ năm trước.",
            False,
        ),
    ],
)
def test_a_plan_with_an_item_that_launches(kind: str, text: str, launch: bool) -> None:
    """Regression (blind round tg): a plan for an anniversary's activities whose item "1. Phát động phong trào thi
    đua ..." launches emulation was not a launch."""
    from graph.extract.launch import plans_a_launch

    assert plans_a_launch(kind, text) is launch


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        (  # blind round tu
            "Skip to main content\n\nNHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI THI ĐUA YÊU NƯỚC TỈNH AN GIANG LẦN THỨ I, GIAI ĐOẠN "
            "2025 – 2030\n\n\n         Trong không khí hân hoan của những ngày đầu giai đoạn mới, toàn Đảng, toàn dân "
            "và toàn quân ta đang ra sức thi đua lập thành tích chào mừng Đại hội Thi đua yêu nước tỉnh An Giang lần "
            "thứ I, giai đoạn 2025 – 2030. Đây là dịp quan trọng để An Giang nhìn lại chặng đường đã qua, tôn vinh "
            "những tập thể, cá nhân tiêu biểu.\n",
            "Skip to main content",
        ),
        (  # blind round tn
            "-\nĐược đăng: 02 Tháng 3 2021\n-\nLượt xem: 167\n![]() |\nĐể phát huy truyền thống vẻ vang, tạo không khí "
            "thi đua sôi nổi, nêu cao tinh thần chủ động, sáng tạo, ý chí quyết tâm nhằm hoàn thành xuất sắc các nhiệm "
            "vụ chính trị được giao, thiết thực hiệu quả. Sở Công Thương đã phát động đợt thi đua đặc biệt lập thành "
            "tích chào mừng kỷ niệm 70 năm ngày truyền thống ngành công thương (14/5/1951-14/5/2021).\nTheo đó, nội "
            "dung của phong trào thi đua bao gồm: Phấn đấu thực hiện tốt các nhiệm vụ.\n",
            "Được đăng",
        ),
    ],
)
def test_page_furniture_is_no_headline(text: str, chrome: str) -> None:
    """Regression (blind rounds tn, tu; portal software): a line of the page's software before the headline
    ("Skip to main content", "Được đăng: ...") was taken for the title."""
    d = extract_document(clean_text(text)).document
    assert d.title is None or chrome not in d.title


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (  # a company names a body (blind round tw)
            "PC Sơn La tổng kết và trao giải thực hiện tốt phong trào thi đua “Tiết kiệm điện” năm 2023\n\nCông ty "
            "Điện lực Sơn La (PC Sơn La) vừa tổ chức tổng kết, khen thưởng và trao giải cho các đơn vị, hộ gia đình "
            "CBCNV trong công ty thực hiện tốt phong trào thi đua “Tiết kiệm điện” năm 2023.\n",
            "Công ty Điện lực Sơn La",
        ),
        (  # "Đoàn kết ..." in a quoted theme is solidarity, not the Youth Union (blind round wd)
            "Tổ phát động thi đua quyết thắng năm 2016 với chủ đề “Đoàn kết, kỷ cương, sáng tạo, quyết thắng”\n\n"
            "Thông qua buổi phát động thi đua làm cho mỗi cán bộ, chiến sĩ trong lực lượng vũ trang thành phố Bắc Kạn "
            "có nhận thức đúng.\n",
            None,
        ),
        (  # "Công ty" alone, and two posts signing a covenant, name none
            "Sáng nay, 03/3/2023, tại Văn phòng Công ty, Giám đốc Đoàn Tiến Cường và Chủ tịch Công đoàn Nguyễn Văn "
            "Bình đã phát động phong trào thi đua “Phấn đấu thực hiện thắng lợi nhiệm vụ kế hoạch năm 2023”.\nLễ ký "
            "cam kết thi đua giữa giám đốc Công ty và Chủ tịch công đoàn Công ty\n",
            None,
        ),
    ],
)
def test_a_company_acts_by_its_name(text: str, issuer: str | None) -> None:
    assert extract_document(clean_text(text)).document.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (  # no sentence says who acts: the body the lead names and the page names again (blind round xe)
            "Trong năm 2023, công tác thi đua, khen thưởng của Sở Tư pháp Bình Định đã không ngừng được đổi mới. "
            "Với những thành tích xuất sắc, Sở Tư pháp Bình Định đã vinh dự nhận danh hiệu “Cờ thi đua ngành Tư "
            "pháp” năm 2023 của Bộ Tư pháp. Sở Tư pháp Bình Định sẽ ngày càng nỗ lực hơn nữa.\n",
            "Sở Tư pháp Bình Định",
        ),
        (  # each naming goes on differently: the words they share (blind round xi)
            "Từ phong trào thi đua đến nâng cao chất lượng giáo dục\n\nBám sát nhiệm vụ năm học, hoạt động giáo dục "
            "của Trường THPT Lê Lợi đã đạt được nhiều kết quả. Giáo viên và học sinh Trường THPT Lê Lợi tra cứu tài "
            "liệu tại thư viện. Nhìn lại những năm qua, Trường THPT Lê Lợi từng đối mặt với không ít khó khăn.\n",
            "Trường THPT Lê Lợi",
        ),
        (  # a person ("Trường Giang"), a name that is no one's ("Trường Cao đẳng"), a body named but once: none
            "Hội nghị ký kết giao ước thi đua năm 2021\n\nNhiều đại biểu có mặt, trong đó có Trường Giang. Trường "
            "Giang cảm ơn các đại biểu, Trường Cao đẳng, Trường Cao đẳng và Sở Y tế.\n",
            None,
        ),
    ],
)
def test_the_body_a_page_is_about(text: str, issuer: str | None) -> None:
    assert extract_document(clean_text(text)).document.issuer == issuer


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a letter named by its purpose (blind round xk)
            "Sở Kế hoạch và Đầu tư triển khai Kết luận của Thủ tướng Chính phủ\n\n29/11/2019\n\nNgày 26/11/2019, "
            "Lãnh đạo Sở Kế hoạch và Đầu tư đã ban hành văn bản chỉ đạo số 3245/SKHĐT-VP yêu cầu các phòng, trung "
            "tâm thuộc Sở thực hiện tốt các nội dung như sau:\n",
            ("Công văn", "3245/SKHĐT-VP"),
        ),
        (  # the text of a notice the page gives, by its number (blind round xn)
            "Hội nghị triển khai công tác tư pháp năm 2010 đã được tiến hành dưới sự chủ trì của Lãnh đạo Bộ.\n"
            "Nội dung Thông báo số 247/TB-BTP\nThông báo kết luận của Bộ trưởng tại Hội nghị.\n",
            ("Thông báo", "247/TB-BTP"),
        ),
        (  # the letter the page's closing names as its source (blind round u)
            "Triển khai tuyên truyền Đại hội Thi đua yêu nước toàn quốc lần thứ X năm 2020\n\nThực hiện Hướng dẫn số "
            "03-HD/HU ngày 17/9/2020 của Huyện ủy; Ủy ban nhân dân huyện có ý kiến như sau:\n- Tổ chức tuyên "
            "truyền.\n(Nguồn công văn số 2983/UBND-VP - 22/09/2020)\n",
            ("Công văn", "2983/UBND-VP"),
        ),
    ],
)
def test_the_document_a_page_carries(text: str, want: tuple) -> None:
    doc = extract_document(clean_text(text))
    assert (doc.document.kind, doc.document.symbol) == want
    assert want[1] not in [c.symbol for c in doc.citations]


@pytest.mark.parametrize(
    ("text", "issuer", "date"),
    [
        (  # a cluster and its members (blind round tz); a bulleted lead
            "• Cụm thi đua số 4, các trường THPT ký giao ước thi đua thực hiện nhiệm vụ năm học 2013 - 2014\n  • (NTO) "
            "Ngày 15-10-2013, tại Trường THPT Trường Chinh, Cụm Thi đua số 4 gồm các Trường THPT: Nguyễn Du, Trường "
            "Chinh, Tôn Đức Thắng, Lê Duẩn, Phan Bội Châu, Bác Ái đã tổ chức hội nghị ký kết giao ước thi đua.\n",
            "Cụm Thi đua số 4",
            "2013-10-15",
        ),
        (  # the parent a cluster is under, between commas, is not who acts (blind round wg)
            "Cụm thi đua số 5 Ký kết giao ước thi đua năm học 2019 - 2020\n\nNgày 11-10-2019, Cụm thi đua số 5, thuộc "
            "Sở Giáo dục và Đào tạo gồm 6 đơn vị: Trường THPT Tôn Đức Thắng, THPT Phan Chu Trinh, THPT Ninh Hải tổ chức "
            "ký kết giao ước thi đua thực hiện nhiệm vụ năm học 2019 - 2020.\n",
            "Cụm thi đua số 5",
            "2019-10-11",
        ),
        (  # a company in its role (blind round wa)
            "Ngày 16/12/2016 Công ty Cổ phần Cấp nước Chợ Lớn với vai trò khối trưởng thi đua năm 2016 đã tổ chức Hội "
            "nghị Tổng kết hoạt động thi đua khối 4 – cụm 2 - Các đơn vị kinh doanh ngành nước năm 2016.\n",
            "Công ty Cổ phần Cấp nước Chợ Lớn",
            "2016-12-16",
        ),
        (  # what the event is for, then its day and place between commas; a long official name (blind round wa)
            "Nhằm tổng kết, đánh giá kết quả thực hiện Tổng điều tra kinh tế và Điều tra cơ sở hành chính, chiều ngày "
            "26 tháng 4 năm 2022 tại Hội trường Cục thống kê tỉnh Tây Ninh, Ban Chỉ đạo Tổng điều tra kinh tế và Điều "
            "tra cơ sở hành chính năm 2021 tỉnh Tây Ninh tổ chức Hội nghị Tổng kết và khen thưởng cuộc Tổng điều tra.\n",
            "Ban Chỉ đạo Tổng điều tra kinh tế và Điều tra cơ sở hành chính",
            "2022-04-26",
        ),
        (  # a hall is no body; the event held in it with no one acting is its body's (blind rounds tz, tn)
            "Chiều ngày 25/9/2019 tại Hội trường Phòng Giáo dục và Đào tạo, khối thi đua các đơn vị trường học trực "
            "thuộc đã tiến hành tổ chức Hội nghị giao ban lần thứ nhất và ký kết giao ước thi đua năm học 2019-2020.\n",
            "khối thi đua các đơn vị trường học trực thuộc",
            "2019-09-25",
        ),
        (
            "Ngày 08 tháng 03 năm 2023, tại Hội trường Sở Lao động – Thương binh và Xã hội Thành phố Hồ Chí Minh đã "
            "long trọng diễn ra hội nghị Tổng kết phong trào thi đua năm 2022 và phát động phong trào thi đua năm "
            "2023.\n",
            "Sở Lao động - Thương binh và Xã hội Thành phố Hồ Chí Minh",
            "2023-03-08",
        ),
        (  # "TCT", "Liên minh": bodies as the press names them (blind round wa)
            "Vừa qua, TCT Dịch vụ số Viettel chính thức phát động đợt thi đua cao điểm với chủ đề: “Tăng tốc bứt "
            "phá”. Phong trào được triển khai từ ngày 10/5 đến 31/5/2025.\n",
            "TCT Dịch vụ số Viettel",
            None,
        ),
        (
            "Phát động thi đua, xây dựng hợp tác xã điển hình tiên tiến\n\n10/01/2018 13:19\n\nNgày 10/1, Liên minh "
            "Hợp tác xã tỉnh tổ chức Hội nghị tổng kết công tác thi đua năm 2017.\n",
            "Liên minh Hợp tác xã tỉnh",
            "2018-01-10",
        ),
    ],
)
def test_who_acts_and_when_in_a_lead(text: str, issuer: str | None, date: str | None) -> None:
    """Regressions (blind rounds tz, wa): members listed after the body, its role, a purpose or an occasion before
    the day, a hall, long official names and the press's names of firms and alliances."""
    d = extract_document(clean_text(text)).document
    assert (d.issuer, d.date) == (issuer, date)


def test_a_short_name_the_text_defines_is_not_part_of_the_body() -> None:
    from graph.extract.text import without_short_name

    assert without_short_name("Ban Quản lý các khu công nghiệp Vĩnh Phúc (viết tắt là Ban Quản lý)") == (
        "Ban Quản lý các khu công nghiệp Vĩnh Phúc"
    )


def test_a_guidance_reported_as_a_letter_of_guidance() -> None:
    """Regression (blind round tz): "Bộ ... vừa có văn bản hướng dẫn công tác thi đua ..." reports a guidance,
    not a letter (a "văn bản chỉ đạo" stays a letter)."""
    text = (
        "Sở Giáo dục và Đào tạo Hà Nội làm Cụm trưởng Cụm thi đua số 1\n\nBộ Giáo dục và Đào tạo vừa có văn bản hướng "
        "dẫn công tác thi đua, khen thưởng khối các Sở Giáo dục và Đào tạo năm học 2020 - 2021.\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.issuer, d.reported) == ("Hướng dẫn", "Bộ Giáo dục và Đào tạo", True)
    letter = extract_document(clean_text(text.replace("văn bản hướng dẫn", "văn bản chỉ đạo"))).document
    assert letter.kind == "Công văn"


@pytest.mark.parametrize(
    "text",
    [
        (  # the reporter's byline at the foot of a page on an event (blind rounds tl, ty)
            "Bình Dương: Phường Phú Thọ phát động thi đua xây dựng văn minh đô thị\n\nSáng 15/3/2017, UBND phường Phú "
            "Thọ tổ chức lễ phát động phong trào thi đua xây dựng văn minh đô thị.\n\nTừ Bạch Vân\n"
        ),
        (  # a speaker named in the lead (blind round tl)
            "Kinh Môn phát động thi đua chào mừng thị xã là đô thị loại III\n\nChủ tịch UBND thị xã Kinh Môn Bùi Xuân "
            "Lộc cho biết, thị xã vừa phát động phong trào thi đua lập thành tích chào mừng đô thị loại III.\n"
        ),
    ],
)
def test_a_page_on_an_event_has_no_signer(text: str) -> None:
    """Regression (shared scorer on tests/realworld): a page on an event reports no document, yet the name at its
    foot or the speaker in its lead was its signer."""
    d = extract_document(clean_text(text)).document
    assert d.kind is None and d.signer.name is None


def test_a_byline_stamp_with_its_time_first_dates_the_page() -> None:
    """Regression (blind round wa): "X đã đăng lúc 17:33 - 26.05.2025" above the story was no page date."""
    from graph.extract.opening import page_date

    text = (
        "Hiền Ly (TCT Dịch vụ số Viettel) đã đăng lúc 17:33 - 26.05.2025\nSong hành với khí thế thi đua sôi nổi là "
        "chuỗi hoạt động truyền thông sáng tạo, hiện đại, trẻ trung.\n"
    )
    assert page_date(text) == "2025-05-26"


def test_the_span_of_a_drive_is_not_the_day_of_its_launch() -> None:
    """Regression (blind rounds k, w): "Ngày 31/10, ... tổ chức Lễ phát động ..." then "Đợt thi đua được triển
    khai từ ngày 9/11 đến ngày 28/12/2022" dated the launch on the drive's last day."""
    text = (
        "Bộ Chỉ huy BĐBP tỉnh phát động thi đua kỷ niệm 50 năm chiến thắng “Hà Nội - Điện Biên Phủ trên không”\n\n"
        "Ngày 31/10, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh tổ chức Lễ phát động thi đua cao điểm ''50 ngày thi "
        "đua lập công quyết thắng'' kỷ niệm 50 năm Chiến thắng ''Hà Nội - Điện Biên Phủ trên không'' (18/12/1972 - "
        "18/12/2022).\n\nĐợt thi đua được triển khai từ ngày 9/11 đến ngày 28/12/2022. Với các nội dung như: Đẩy "
        "mạnh tuyên truyền.\n"
    )
    assert extract_document(clean_text(text)).document.date == "2022-10-31"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a meeting that rolls a plan out cites it; it does not report it (blind round wb)
            "Ngày 30/3/2022, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Thuận tổ chức triển khai Kế "
            "hoạch số 69/KH-MTQ-BTT ngày 30/3/2022 của Ban Thường trực Ủy ban Tổ quốc Việt Nam huyện chia cụm và phát "
            "động thi đua các xã, thị trấn năm 2022.\n",
            (None, None, "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Thuận", False, True),
        ),
        (  # a speech that launches in the name of a body (blind round wc)
            "Để tranh thủ thời cơ thuận lợi, cần tiếp tục đẩy mạnh các phong trào thi đua yêu nước. Thay mặt Chính phủ "
            "và Hội đồng Thi đua Khen thưởng Trung ương, tôi chính thức phát động phong trào thi đua trong cả nước với\n",
            (None, None, "Chính phủ và Hội đồng Thi đua Khen thưởng Trung ương", False, True),
        ),
    ],
)
def test_a_page_on_a_meeting_or_a_speech(text: str, want: tuple) -> None:
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.symbol, d.issuer, d.reported, d.launch) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the plan named after its basis, "với những nội dung cơ bản sau:" (blind round wj)
            "KẾ HOẠCH Tổ chức các hoạt động chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn\n\nThứ hai - 06/08/2018 "
            "16:14\nThực hiện Chỉ thị số 19-CT/ThU ngày 27/6/2018 của Ban Thường vụ Thị ủy về tổ chức các hoạt động "
            "chào mừng, UBND thị xã xây dựng kế hoạch số 657/KH-UBND ngày 31/7/2018 về việc tổ chức các hoạt động chào "
            "mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn với những nội dung cơ bản sau:\n",
            ("Kế hoạch", "657/KH-UBND", "2018-07-31", "UBND thị xã", True),
        ),
        (  # a congress held on the day, and a review "5 năm triển khai Kế hoạch ..." within it (blind round wl)
            "Ngày 24/11/2025, tại Hà Nội, Ngân hàng Nhà nước Việt Nam tổ chức Đại hội thi đua yêu nước ngành Ngân hàng "
            "lần thứ IX và Hội nghị tổng kết 5 năm triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới "
            "giai đoạn 2021-2025.\n",
            (None, None, "2025-11-24", "Ngân hàng Nhà nước Việt Nam", False),
        ),
        (  # the members listed after a colon, separated by ";" (blind round wk)
            "Ngày 27/12/2020, tại Sở Kế hoạch và Đầu tư, Cụm thi đua số 3 trực thuộc Công đoàn viên chức tỉnh gồm các "
            "công đoàn cơ sở: Sở Lao động -Thương binh và Xã hội; Sở Khoa học và Công nghệ; Sở Thông tin và Truyền "
            "thông tổ chức Hội nghị tổng kết công tác thi đua năm 2020 và ký kết, phát động thi đua năm 2021.\n",
            (None, None, "2020-12-27", "Cụm thi đua số 3 trực thuộc Công đoàn viên chức tỉnh", False),
        ),
        (  # a task given is not done: "giao X chịu trách nhiệm tổ chức" (blind round wj)
            "Vĩnh Linh: Công nhận 3 thị trấn đạt chuẩn đô thị văn minh năm 2023\n\nVừa qua, UBND huyện Vĩnh Linh đã "
            "ban hành các Quyết định công nhận 3 thị trấn: Hồ Xá, Cửa Tùng và Bến Quan đạt chuẩn đô thị văn minh năm "
            "2023.\n\nUBND huyện giao UBND thị trấn Hồ Xá, Cửa Tùng, Bến Quan chịu trách nhiệm tổ chức lễ công bố thị "
            "trấn đạt chuẩn đô thị văn minh.\n",
            (None, None, None, "UBND huyện Vĩnh Linh", False),
        ),
        (  # a minister named by the ministry without its "Bộ", after a purpose and the day (blind round wm)
            "Bộ Tư pháp: Phát động thi đua hưởng ứng Ngày pháp luật năm 2018\n\nThứ Năm, 23/08/2018, 08:19 [GMT+7]\n\n"
            "Để nâng cao chất lượng các hoạt động hưởng ứng Ngày Pháp luật, ngày 13-8-2018, Bộ trưởng Tư pháp đã ký "
            "Quyết định số 2186/QĐ-BTP ban hành Kế hoạch phát động đợt thi đua hưởng ứng Ngày Pháp luật năm 2018.\n",
            ("Quyết định", "2186/QĐ-BTP", "2018-08-13", "Bộ Tư pháp", True),
        ),
        (  # members listed straight after "gồm:" (blind round wo)
            "KHỐI THI ĐUA VĂN HOÁ - XÃ HỘI TỈNH:\n\nKý kết giao ước thi đua thực hiện nhiệm vụ năm 2011\n\nNgày 10-3, "
            "các đơn vị thuộc Khối thi đua Văn hoá-Xã hội tỉnh gồm: Sở Văn hoá-Thể thao và Du lịch, Sở Giáo dục-Đào "
            "tạo, Sở Y tế, Hội Đông y tỉnh, Hội Chữ Thập đỏ tỉnh đã triển khai công tác thi đua và tổ chức ký kết giao "
            "ước thi đua thực hiện nhiệm vụ năm 2011.\n",
            (None, None, "2011-03-10", "Khối thi đua Văn hoá-Xã hội tỉnh", False),
        ),
        (  # a ceremony held at a department, of the cluster it names; "lễ ký" names it, no verb (blind round wo)
            "Lễ ký giao ước thi đua khối kinh tế tỉnh Vĩnh Phúc năm 2011\n\n\nHưởng ứng phong trào thi đua yêu nước "
            "chào mừng thành công Đại hội Đảng toàn quốc lần thứ XI. Sáng ngày 01/4/2011, tại Sở Nông nghiệp & PTNT "
            "Vĩnh Phúc đã diễn ra lễ ký giao ước thi đua Khối kinh tế tỉnh Vĩnh Phúc năm 2011. Tới dự lễ ký kết có đồng "
            "chí Nguyễn Văn Thắng, Ủy viên BTV Tỉnh ủy.\n",
            (None, None, "2011-04-01", "Khối kinh tế tỉnh Vĩnh Phúc", False),
        ),
        (  # an event of a cluster, in the passive (blind round wo)
            "Hội nghị Tổng kết công tác Thi đua - Khen thưởng năm 2012 của Cụm thi đua số 5.\n\nNgày 19/12/2012, Hội "
            "nghị Tổng kết công tác Thi đua - Khen thưởng năm 2012 và phương hướng nhiệm vụ năm 2013 của Cụm thi đua "
            "số 5 đã được tổ chức tại Trụ sở Báo Hà Nội Mới với sự tham gia của 16 đơn vị.\n",
            (None, None, "2012-12-19", "Cụm thi đua số 5", False),
        ),
        (  # "vừa triển khai kế hoạch ...": the plan just rolled out is the news (tests/realworld x06)
            "Hướng tới kỷ niệm 90 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam\n\n28/07/2020 - 20:11\n\nBDK - Ban "
            "Thường vụ Hội Liên hiệp Phụ nữ tỉnh vừa triển khai kế hoạch hoạt động kỷ niệm 90 năm Ngày thành lập Hội "
            "LHPN Việt Nam (20-10-1930 - 20-10-2020).\n",
            ("Kế hoạch", None, None, "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh", True),
        ),
    ],
)
def test_what_a_lead_reports_and_who_acts(text: str, want: tuple) -> None:
    """Regressions (blind rounds wj to wo): a plan introduced "với những nội dung cơ bản sau:" was a citation; a
    review named in a congress's lead was a reported plan; a member listed after "gồm ...:" acted, and so did a
    body given a task, the host of a cluster's ceremony ("lễ ký" read as a verb) and no one at a cluster's
    conference held in the passive."""
    d = extract_document(clean_text(text)).document
    assert (d.kind, d.symbol, d.date, d.issuer, d.reported) == want


def test_manner_words_are_not_part_of_who_acts() -> None:
    """Regression (blind round wl): "... trong Ban đã tích cực triển khai ..." gave the body "Ban đã tích cực"."""
    from graph.extract.opening import _acting

    assert _acting("thời gian qua, các Vụ, đơn vị có liên quan trong Ban đã tích cực triển khai công tác")[0] is None


def test_the_items_stamp_nearest_its_headline_dates_the_page() -> None:
    """Regression (blind round wl): a portal's clock ("Thứ Năm, 23/5/2024") above the item's own stamp ("Thứ Tư,
    2/12/2020 17:10'(GMT+7)"), both above the headline: the page was dated by the clock."""
    from graph.extract.opening import page_date

    text = (
        "Thứ Năm, 23/5/2024\nBan Tuyên giáo Trung ương\nThứ Tư, 2/12/2020 17:10'(GMT+7)\n\nĐẩy mạnh các hoạt động "
        "tuyên truyền Đại hội Thi đua yêu nước\n\nThực hiện Kế hoạch số 407-KH/BTGTW ngày 14/7/2020 của Ban Tuyên "
        "giáo Trung ương, thời gian qua, các Vụ đã triển khai công tác tuyên truyền về Đại hội.\n"
    )
    assert page_date(text) == "2020-12-02"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (  # undated, its year guessed from the years it names: not before the directive it rests on (s04/s05)
            "Phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội\n\nUBND TP. Cần Thơ vừa ban "
            "hành Chỉ thị số 11/CT-UBND phát động thi đua thực hiện thắng lợi kế hoạch 5 năm (2021-2025).\n\nNăm 2020, "
            "phong trào thi đua đạt nhiều kết quả. Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính "
            "phủ, các cấp tiếp tục đổi mới công tác thi đua.\n",
            2021,
        ),
        (  # dated: its own day wins
            "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 05/KH-UBND\nLạng Sơn, ngày 10 tháng 01 năm 2021\nKẾ HOẠCH\nPhát động thi "
            "đua năm 2021\n"
            "Căn cứ Quyết định số 20/QĐ-TTg ngày 05/02/2022 của Thủ tướng Chính phủ;\n",
            2021,
        ),
    ],
)
def test_a_guessed_year_is_not_before_what_the_text_cites(text: str, year: int) -> None:
    """Regression (tests/realworld s05): an undated directive citing one of 16/7/2021 was given 2020 from the
    years its body names, and merged with the city's directive of 2020 with the same number."""
    assert extract_document(clean_text(text)).document.year == year


@pytest.mark.parametrize(
    ("source", "want"),
    [
        (  # the page's first words, naming the plan, were not kept: it opens on the plan's aims (blind round wl)
            "wl12_botaichinh_kh_thidua_2021_2025",
            ("Kế hoạch", "Bộ Tài chính", True, "triển khai thi đua giai đoạn 2021 - 2025"),
        ),
        ("tb05_btc_kh_vinguoingheo_null", ("Kế hoạch", None, True, None)),  # "Theo đó, mục đích của Kế hoạch ..."
    ],
)
def test_a_lead_opening_on_a_documents_aims_reports_it(source: str, want: tuple) -> None:
    """Regression (blind round wl; tests/realworld tb05): a page whose lead opens on a plan's aims ("Mục đích của Kế
    hoạch ...", "Kế hoạch ... của Bộ Tài chính đặt ra mục đích ...") reported no document."""
    from pathlib import Path

    page = Path(__file__).parent / "realworld" / "docs" / f"{source}.txt"
    d = extract_document(clean_text(page.read_text(encoding="utf-8"))).document
    kind, issuer, reported, title = want
    assert (d.kind, d.reported) == (kind, reported)
    assert issuer is None or d.issuer == issuer
    assert title is None or d.title == title


def test_what_plans_are_for_in_general_reports_no_document() -> None:
    text = "Kế hoạch nhằm cụ thể hóa các nhiệm vụ của năm, được các đơn vị xây dựng từ đầu năm để triển khai.\n"
    assert extract_document(clean_text(text)).document.reported is False


def test_tomorrow_on_a_page_is_the_coming_day() -> None:
    """Regression (tests/realworld ha12): "Sáng mai 9-9, ..." on a page of 08/09/2020 was not read, or was the 9th
    of September of the year before."""
    text = (
        "Sáng mai 9-9: Khai mạc trọng thể Đại hội Thi đua yêu nước tỉnh Nam Định lần thứ V (2020-2025)\nCập nhật "
        "lúc18:46, Thứ Ba, 08/09/2020 (GMT+7)\n\nSáng mai 9-9, tại Nhà văn hóa Trung tâm tỉnh, UBND tỉnh khai mạc "
        "trọng thể Đại hội Thi đua yêu nước toàn tỉnh lần thứ V (2020-2025).\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.date, d.year) == ("2020-09-09", 2020)


def test_history_a_page_recalls_neither_dates_nor_issues_it() -> None:
    """Regression (blind round wq): a page on an anniversary that recalls "ngày 03/9/1945, Chủ tịch Hồ Chí Minh đã đề
    nghị ... phát động ..." was dated 1945-09-03 and issued by "Chủ tịch Hồ Chí Minh" (a post and its holder)."""
    text = (
        "73 năm ngày Chủ tịch Hồ Chí Minh ra “Lời kêu gọi thi đua ái quốc” (11/6/1948 - 11/6/2021)\n\n1. Hoàn cảnh "
        "ra đời\n\nCách mạng Tháng Tám thành công, để giải quyết những khó khăn của đất nước, ngày 03/9/1945, Chủ tịch "
        "Hồ Chí Minh đã đề nghị với Chính phủ lâm thời phát động ngay chiến dịch tăng gia sản xuất để diệt giặc đói.\n"
        "Có thể xem đây là những phong trào có tính chất thi đua đầu tiên do Chủ tịch Hồ Chí Minh phát động đã góp "
        "phần to lớn vào thắng lợi của cách mạng.\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.date, d.issuer) == (None, None)


def test_a_headline_in_capitals_names_its_body() -> None:
    """Regression (blind round xa): "HỘI NÔNG DÂN TỈNH BÌNH DƯƠNG TỔ CHỨC KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2018" named no
    body."""
    from graph.extract.opening import title_actor

    assert title_actor("HỘI NÔNG DÂN TỈNH BÌNH DƯƠNG TỔ CHỨC KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2018") == (
        "Hội Nông dân tỉnh Bình Dương"
    )


def test_a_body_receiving_an_award_in_a_headline_is_named_without_the_verb() -> None:
    """Regression (blind round wq): "Sở Lao động - Thương binh và Xã hội nhận Cờ thi đua ..." gave the body "Sở Lao
    động - Thương binh và Xã hội nhận Cờ"."""
    from graph.extract.opening import title_actor

    title = "Sở Lao động - Thương binh và Xã hội nhận Cờ thi đua của Chính phủ năm 2018 và tham gia lễ phát động"
    assert title_actor(title) == "Sở Lao động - Thương binh và Xã hội"


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        ("Sáng ngày 25/5, trường THPT Chuyên Hà Tĩnh", "trường THPT Chuyên Hà Tĩnh"),  # in small letters (blind wu)
        ("ngày 26 tháng 5 năm 2025 Trường THPT Lý Bôn", "Trường THPT Lý Bôn"),  # named after a person
        ("Liên đội Tô Vĩnh Diện", "Liên đội Tô Vĩnh Diện"),
        ("Hiệu trưởng Trường THPT Lê Văn Hưu Nguyễn Văn Bình", "Trường THPT Lê Văn Hưu"),  # its head, then a person
    ],
)
def test_a_school_named_after_a_person_keeps_its_name(clause: str, body: str) -> None:
    """Regression (blind round wu): "Trường THPT Lý Bôn" acted as "Trường THPT" with a person "Lý Bôn"; "trường
    THPT Chuyên Hà Tĩnh" in small letters was no body."""
    from graph.extract.opening import actor

    assert actor(clause)[0] == body


def test_a_day_dated_by_its_lunar_new_year() -> None:
    """Regression (blind round wv): "Ngày 19/2 (tức mùng 8 Tết Tân Sửu)" on a page with no date line had no year;
    "Tổng Công ty xây dựng Trường Sơn" acted as "Tổng Công ty" ("xây dựng" read as the verb)."""
    from graph.extract.launch import lunar_years

    assert (lunar_years("mùng 8 Tết Tân Sửu"), lunar_years("Xuân Giáp Thìn"), lunar_years("Tết Bính Ngọ")) == (
        [2021],
        [2024],
        [2026],
    )
    text = (
        "Ra quân đầu năm trên công trường đường cao tốc Bắc Nam\n(Xây dựng) – Ngày 19/2 (tức mùng 8 Tết Tân Sửu), tại "
        "gói thầu số 13XL dự án đường cao tốc Bắc Nam đoạn qua Thanh Hóa, Tổng Công ty xây dựng Trường Sơn đã tổ chức "
        "ra quân và phát động thi đua “40 ngày đêm lao động quyết thắng”.\n"
    )
    d = extract_document(clean_text(text)).document
    assert (d.date, d.issuer) == ("2021-02-19", "Tổng Công ty xây dựng Trường Sơn")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a year's emulation launched in December, no date line: the year before (blind round ww)
            "Bộ Tham mưu, Quân khu phát động phong trào Thi đua Quyết thắng\n\nSáng ngày 16/12, Bộ Tham mưu Quân khu 9 tổ "
            "chức Lễ phát động phong trào Thi đua Quyết thắng (TĐQT) năm 2026. Thiếu tướng Huỳnh Chiến Công chủ trì buổi "
            "lễ.\n",
            ("2025-12-16", "Bộ Tham mưu Quân khu 9", False),
        ),
        (  # carrying out another body's decree is not issuing it; what a speaker asks is not part of the body
            "Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Vĩnh Long Trần Văn Lâu yêu cầu, các cấp ủy tập trung rà soát các "
            "văn bản triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.\nCác sở, ngành khẩn trương triển khai Nghị "
            "định số 20/2026/NĐ-CP của Chính phủ quy định chi tiết một số điều của Nghị quyết số 198/2025/QH15.\n",
            (None, "Tỉnh ủy Vĩnh Long", False),
        ),
        (  # "Theo kế hoạch ... vừa được X ban hành, ...": the plan just issued is the news (blind round wx)
            "Mục đích, yêu cầu\nTheo kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2025 vừa được Chủ "
            "tịch UBND tỉnh ban hành, mục đích, yêu cầu đặt ra là nhằm giáo dục truyền thống yêu nước, lòng tự hào dân "
            "tộc của cán bộ, đảng viên và Nhân dân.\n",
            (None, "Chủ tịch UBND tỉnh", True),
        ),
        (  # the lead's "X ban hành hướng dẫn ..." in the present is the news (tests/realworld wq11)
            "Hướng dẫn biểu dương, khen thưởng trong học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n\n"
            "(Baonghean.vn) -Ủy ban nhân dân tỉnh Nghệ An ban hành hướng dẫn các hình thức biểu dương, khen thưởng và tổ "
            "chức gặp mặt các tập thể, cá nhân tiêu biểu, điển hình trong học tập và làm theo tư tưởng Hồ Chí Minh.\n",
            (None, "Ủy ban nhân dân tỉnh Nghệ An", True),
        ),
        (  # a body that consults, its role aside in brackets (blind round wq)
            "TTĐT - Sở Nội vụ (cơ quan Thường trực Hội đồng Thi đua – Khen thưởng tỉnh) lấy ý kiến danh sách đề nghị khen "
            "thưởng cấp Nhà nước.\nTheo đó, đề nghị tặng Huân chương Lao động hạng Ba cho bà Nguyễn Anh Hoa.\n",
            (None, "Sở Nội vụ", False),
        ),
    ],
)
def test_who_acts_and_when_on_pages_of_2025_2026(text: str, want: tuple) -> None:
    """Regressions (blind round ww): a launch of 16/12 for 2026 was dated 2026-12-16; "Các sở, ngành khẩn trương
    triển khai Nghị định số 20/2026/NĐ-CP của Chính phủ" was the page's reported decree; "... Trần Văn Lâu yêu cầu"
    stuck to the body."""
    d = extract_document(clean_text(text)).document
    assert (d.date, d.issuer, d.reported) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a review of a period, no page date: held in the period's last year; a lead behind a "*" bullet
            "Ninh Sơn: Tổng kết 5 năm phong trào thi đua “Cựu chiến binh gương mẫu” giai đoạn 2014-2019\n\n* Ngày 14-6, "
            "Hội Cựu chiến binh (CCB) huyện Ninh Sơn tổ chức tổng kết 5 năm phong trào thi đua “Cựu chiến binh gương "
            "mẫu” giai đoạn 2014-2019.\n",
            ("2019-06-14", 2019, None, "Hội Cựu chiến binh huyện Ninh Sơn", False),
        ),
        (  # a title reviewing a period, no day: its last year, not a year the lead compares with (tests/realworld th12)
            "Hội CCB thành phố Hội An tổng kết phong trào thi đua giai đoạn 2014 - 2019\n\nHội Cựu chiến binh thành phố "
            "vừa tổ chức hội nghị tổng kết. Thu nhập bình quân tăng gấp 2 lần so với năm 2014.\n",
            (None, 2019, None, "Hội Cựu chiến binh thành phố", False),
        ),
        (  # a congress named by the period it may open is not dated by it ("giai đoạn 2020-2025" held in 2020)
            "Sở Nội vụ: Hội nghị điển hình tiên tiến giai đoạn 2020- 2025\n\nNgày 10-7 Sở Nội vụ tổ chức Hội nghị Điển "
            "hình tiên tiến giai đoạn 2020-2025.\n",
            (None, None, None, "Sở Nội vụ", False),
        ),
        (  # a page's date line in a blog's Vietnamese form ("30 Th6, 2020")
            "Hội nghị điển hình tiên tiến ngành y tế lần thứ X (giai đoạn 2015-2020)\n\nĐã đăng vào 30 Th6, 2020 lúc "
            "7:40\n\nSở y tế Bến Tre vừa tổ chức Hội nghị điển hình tiên tiến lần thứ X, giai đoạn 2015-2020.\n",
            (None, 2020, None, "Sở y tế Bến Tre", False),
        ),
        (  # the speaker's office says "Sở vừa ban hành văn bản số 1006": that Sở's letter, numbered without a code
            "Hưng Yên khắc phục lỗi phát âm\n\nNgày 20/9, Văn phòng Sở GD&ĐT Hưng Yên thông tin, Sở vừa ban hành văn "
            "bản số 1006 về việc tổ chức phát động phong trào khắc phục tình trạng phát âm nhầm lẫn hai phụ âm đầu L và "
            "N cho cán bộ, giáo viên.\n",
            (None, None, "Công văn", "Sở GD&ĐT Hưng Yên", True),
        ),
        (  # a joint programme signed by two bodies, its kind with its qualifier (blind round xk)
            "Ban TĐKT - Đài PTTH tỉnh: Phối hợp các hoạt động tuyên truyền năm 2018\n\nThực hiện văn bản số "
            "423/UBND-TH3 ngày 18/01/2018 của UBND tỉnh Vĩnh Phúc về việc phát động phong trào thi đua năm 2018. Ngày "
            "27/3/2018, Ban Thi đua - Khen thưởng và Đài Phát thanh - Truyền hình Vĩnh Phúc thống nhất ký kết chương "
            "trình phối hợp số 17/KHPH-BTĐKT-ĐPTTH về phối hợp các hoạt động tuyên truyền năm 2018.\n",
            (
                "2018-03-27",
                2018,
                "Chương trình",
                "Ban Thi đua - Khen thưởng và Đài Phát thanh - Truyền hình Vĩnh Phúc",
                True,
            ),
        ),
    ],
)
def test_reviews_of_a_period_and_letters_reported_by_a_speaker(text: str, want: tuple) -> None:
    """Regressions (blind rounds xd, xe): a review's day without a year stayed undated; "* Ngày 14-6, ..." was no
    lead; "30 Th6, 2020" was no date; "Văn phòng Sở ... thông tin, Sở vừa ban hành văn bản số 1006" reported nothing."""
    d = extract_document(clean_text(text)).document
    assert (d.date, d.year, d.kind, d.issuer, d.reported) == want


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        ("Sáng 7.8, Cảnh sát PC và CC tỉnh", "Cảnh sát PC và CC tỉnh"),
        ("Hướng tới kỷ niệm 70 năm ngày lực lượng CAND thực hiện 6 điều Bác Hồ dạy, CATP Hà Nội đã", "CATP Hà Nội"),
        ("Đồn Biên phòng Sông Trăng", "Đồn Biên phòng Sông Trăng"),
        (
            "Sáng ngày 10/6/2021, Ban Thường trực Ủy ban MTTQ Việt Nam huyện phối hợp cùng với Thường trực HĐND, UBND, "
            "Văn phòng Huyện ủy",
            "Ban Thường trực Ủy ban MTTQ Việt Nam huyện",
        ),
    ],
)
def test_units_of_the_armed_forces_and_a_body_with_its_partners(clause: str, body: str) -> None:
    """Regressions (blind rounds xc, xd): the police's and the border guard's units were no bodies; a body acting
    "phối hợp cùng với" partners listed with commas was the last partner."""
    from graph.extract.opening import actor

    assert actor(clause)[0] == body


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (  # past the hall where it meets ("Hội trường" is no association), the cluster acting
            "Chiều ngày 13/12/2019, tại Hội trường Khối Mắt trận - Đoàn thể huyện Hàm Thuận Nam Cụm thi đua số 2 gồm các "
            "huyện Đức Linh, Tánh Linh, Hàm Tân, Lagi và Hàm Thuận Nam thuộc Liên đoàn Lao động tỉnh Bình Thuận tổ chức "
            "tổng kết Thi đua năm 2019.",
            "Cụm thi đua số 2",
        ),
        (  # a host holds the event of the cluster it is of
            "Chiều ngày 05/4/2024, tại Sở Tài chính tỉnh Quãng Nam đã tổ chức Hội nghị triển khai kế hoạch phát động "
            "phong trào thi đua và ký kết giao ước thi đua năm 2024 giữa các đơn vị trong Cụm thi đua số 6, có 06 thành "
            "viên.",
            "Cụm thi đua số 6",
        ),
        (  # the hall's school is one name ("Trường Đại học"), the conference the cluster's, its short name and school
            # year aside (blind round xi)
            "Vào chiều ngày 26/08/2022, tại Trường Đại học Đà Lạt, Hội nghị tổng kết thi đua, khen thưởng năm học "
            "2021-2022 và phương hướng nhiệm vụ của Cụm thi đua số 6 (gọi tắt là Cụm) năm học 2022-2023 đã được diễn "
            "ra với sự chủ trì Trường Đại học Hà Nội.",
            "Cụm thi đua số 6",
        ),
        (  # a hospital written in small letters (blind round xi)
            'Ngày 6/5/2015, bệnh viện Nhi đồng 2 đã tổ chức thành công buổi Lễ phát động phong trào "Rửa tay bảo vệ '
            'sức khỏe" năm 2015.',
            "bệnh viện Nhi đồng 2",
        ),
        (  # a bloc named by its members' sector
            "Ngày 19 tháng 11 năm 2021, Khối ANND đã tổ chức hội nghị tổng kết phong trào thi đua Vì an ninh Tổ quốc năm "
            "2021; Đồng chí Đại tá Phan Đăng Tĩnh – Phó Giám đốc Công an tỉnh chủ trì hội nghị.",
            "Khối ANND",
        ),
    ],
)
def test_the_cluster_whose_event_it_is(sentence: str, body: str) -> None:
    """Regressions (tests/realworld wf01, tn05, wy08): the chair, the host, or no body acted instead of the cluster."""
    from graph.extract.opening import _acting

    assert _acting(sentence)[0] == body


def test_a_page_on_a_clusters_event_names_the_cluster_after_its_lead() -> None:
    """Regression (tests/realworld x04, xa10, xc12): no body acts in the lead ("... sẽ diễn ra Hội nghị tổng kết
    phong trào thi đua các tỉnh miền Đông Nam bộ ..."), the next paragraph names the cluster: it acts."""
    text = (
        "Tổng kết phong trào thi đua các tỉnh Đông Nam bộ\n\n(ĐN) - Ngày 15-3, tại tỉnh Đồng Nai sẽ diễn ra Hội nghị tổng "
        "kết phong trào thi đua các tỉnh miền Đông Nam bộ năm 2018 và ký kết giao ước thi đua năm 2019 do Đồng Nai làm "
        "Cụm trưởng.\n\nCụm thi đua các tỉnh miền Đông Nam bộ gồm các địa phương: Đồng Nai, Bình Dương, Bà Rịa - Vũng "
        "Tàu, Bình Thuận, Bình Phước, Long An và Tây Ninh.\n"
    )
    assert extract_document(clean_text(text)).document.issuer == "Cụm thi đua các tỉnh miền Đông Nam bộ"


def test_a_basis_listing_what_a_body_issued_reports_nothing() -> None:
    """Regression (blind round xl): "Căn cứ ...; ngày 18.9.2017 UBND tỉnh đã có Quyết định số 661/QĐ-UBND ban hành
    Đề án ..." opening a page was the page's reported document; a post named by a cluster's head ("Khối trưởng")
    is no body."""
    from graph.extract.opening import _reported
    from graph.resolve import _names_a_body

    basis = (
        "Căn cứ Kết luận số 418-KL/TU ngày 4.7.2017 của Ban Thường vụ Tỉnh ủy về Đề án xét chọn “Công dân tiêu biểu "
        "tỉnh Quảng Ngãi” giai đoạn 2017 – 2020; ngày 18.9.2017 UBND tỉnh đã có Quyết định số 661/QĐ-UBND ban hành Đề "
        "án “Công dân tiêu biểu tỉnh Quảng Ngãi” giai đoạn 2017 – 2020;"
    )
    assert _reported(basis, first=True) is None
    assert not _names_a_body("Khối trưởng KTĐ số 5") and _names_a_body("Khối thi đua số 5")


@pytest.mark.parametrize(
    "text",
    [
        (  # a headline printed twice is no lead repeating its subject (blind round xm)
            "Tập trung cao độ triển khai các hoạt động hướng tới ĐH Thi đua yêu nước ngành Tư pháp lần thứ V\n\n"
            "16/07/2020\nTập trung cao độ triển khai các hoạt động hướng tới ĐH Thi đua yêu nước ngành Tư pháp lần thứ "
            "V\nĐây là nhấn mạnh của Bộ trưởng Lê Thành Long tại buổi làm việc với các đơn vị.\n"
        ),
        (  # a post alone, its holder's name cut off, is no body (blind round xm)
            "Phát huy tinh thần đoàn kết, sáng tạo\n\n17/11/2020\n\nĐây là chủ đề của Phong trào thi đua yêu nước trong "
            "toàn ngành Lao động – Thương binh và Xã hội giai đoạn 2021 – 2025 được Bộ trưởng Đào Ngọc Dung phát động "
            "tại Đại hội Thi đua yêu nước Ngành Lao động – Thương binh và Xã hội lần thứ V.\n"
        ),
    ],
)
def test_no_body_from_a_repeated_headline_or_a_post_alone(text: str) -> None:
    d = extract_document(clean_text(text)).document
    assert d.issuer not in ("Tập trung cao độ", "Bộ trưởng")


BLIND_XO_XP = [
    (  # the event's day after the basis the lead opens on (blind round xp)
        "Cụm thi đua số 2 VKSND tỉnh An Giang ký kết giao ước thi đua năm 2023\n\nThực hiện Hướng dẫn số 04/HD-VKSTC "
        "ngày 04/01/2023 của Viện kiểm sát nhân dân tối cao về công tác thi đua, khen thưởng năm 2023, ngày 10/02/2023 "
        "Cụm thi đua số 2 gồm Viện kiểm sát nhân dân các huyện, thị xã, thành phố: Tri Tôn, Tịnh Biên tổ chức Lễ ký "
        "kết giao ước thi đua.\n",
        {"date": "2023-02-10", "issuer": "Cụm thi đua số 2", "launch": True},
    ),
    (  # a headline's subject that something is done to does not act (blind round xp)
        "Nhân dịp kỷ niệm 49 năm ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2024), Ban tổ chức "
        "Khối thi đua số 11 đã tổ chức Ngày hội trò chơi dân gian và Hội diễn văn nghệ.\n\nTrường ĐHTN được trao giải "
        "nhất toàn đoàn\n\nNgày hội được tổ chức vào ngày 18/05.\n",
        {"issuer": "Ban tổ chức Khối thi đua số 11"},
    ),
    (  # the body that tells what it does; its partner does not act; a drive reviewed is no launch (blind round xp)
        "Nhiều hoạt động chào mừng kỷ niệm 90 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam\n\n12/10/2020 - 14:28\n"
        "\n - Hội Liên hiệp Phụ nữ (LHPN) tỉnh cho biết: chào mừng kỷ niệm 90 năm ngày thành lập Hội Liên hiệp Phụ nữ "
        "Việt Nam (20-10-1930 - 20-10-2020), Hội LHPN tỉnh sẽ tổ chức họp mặt truyền thống; tổng kết đợt thi đua đặc "
        "biệt lập thành tích chào mừng kỷ niệm 90 năm ngày thành lập Hội LHPN Việt Nam. Phối hợp Sở Văn hóa-Thể thao "
        "và Du lịch tổ chức Hội thao Phụ nữ tỉnh An Giang lần thứ V năm 2020.\n",
        {"issuer": "Hội Liên hiệp Phụ nữ tỉnh", "launch": False},
    ),
    (  # ... but not the source the news comes from (blind round to)
        "Đại hội Thi đua yêu nước tỉnh lần IV\n\nNgày 22-6, tin từ Văn phòng UBND tỉnh cho biết, Đại hội Thi đua yêu "
        "nước tỉnh Quảng Bình lần IV năm 2015 dự kiến sẽ được tổ chức từ ngày 7 đến 14-9.\n",
        {"issuer": None},
    ),
    (  # an officer of the army and the post held as well, "kiêm" (blind round xp)
        " date 2026-01-07 Các cơ quan, đơn vị ký kết giao ước thi đua\n\nĐại tá Nguyễn Văn Hiệp, Phó Chính ủy Bộ Chỉ "
        "huy Quân sự tỉnh kiêm Chính ủy Ban Chỉ huy Bộ đội Biên phòng tỉnh An Giang đã phát động phong trào thi đua "
        "đến toàn thể cán bộ, chiến sĩ trong đơn vị.\n",
        {"issuer": "Ban Chỉ huy Bộ đội Biên phòng tỉnh An Giang", "launch": True},
    ),
    (  # a lead naming after what it tells the plan that says it (blind rounds xo, wt)
        "Đó là một trong những nội dung chỉ đạo của Ủy ban nhân dân tỉnh Hậu Giang tại Kế hoạch triển khai Cuộc vận "
        "động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại” giai đoạn 2021-2030. Riêng, Hội thi thể thao cấp "
        "huyện sẽ được tổ chức hằng năm.\n",
        {"kind": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Hậu Giang", "reported": True, "launch": True},
    ),
    (  # the paper's code with a stop ("(SGGP).- "); a launch at a rally, a movement launched by its name (blind xo)
        "(SGGP).- Tối 17-1-2012, Tỉnh ủy, UBND tỉnh Bến Tre đã tổ chức mít tinh kỷ niệm 52 năm ngày Bến Tre vùng lên "
        "đồng khởi và phát động xây dựng nông thôn mới.\nTại buổi mít tinh, Bí thư Tỉnh ủy Bến Tre Nguyễn Thành Phong "
        "đã phát động cuộc “Đồng Khởi mới”: xây dựng nông thôn mới trên toàn tỉnh.\n",
        {"date": "2012-01-17", "year": 2012, "issuer": "Tỉnh ủy, UBND tỉnh Bến Tre", "launch": True},
    ),
    (  # a meeting rolling a plan out reports no plan; the head of a board acts for it (blind round xo)
        "Triển khai kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ V\n\n21/05/2020 08:30 Số lượt xem: 27\n\n"
        "Ngày 20-5, đồng chí Nguyễn Văn Phong, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Đại hội Thi đua yêu nước "
        "tỉnh chủ trì hội nghị triển khai kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ V. Thông qua Đại "
        "hội, sẽ phát động phong trào thi đua trên các lĩnh vực của đời sống xã hội.\n",
        {"kind": None, "reported": False, "launch": False, "issuer": "Ban Tổ chức Đại hội Thi đua yêu nước tỉnh"},
    ),
]


BLIND_XO_XP += [
    (  # a bare number in the headline, given in full in the lead (blind round xr)
        "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên ban hành Chỉ thị số 11 về việc tiếp tục thực hiện quyết liệt công tác "
        "phòng chống dịch Covid-19 trên địa bàn tỉnh\n\nTrước tình hình diễn biến của dịch Covid-19, Chủ tịch Ủy ban "
        "nhân dân tỉnh Hưng Yên ban hành Chỉ thị số 11/CT-CTUBND ngày 16/4/2020 về việc tiếp tục thực hiện quyết liệt "
        "công tác phòng chống dịch Covid-19 trên địa bàn tỉnh.\n",
        {"kind": "Chỉ thị", "symbol": "11/CT-CTUBND", "date": "2020-04-16", "year": 2020, "reported": True},
    ),
    (  # a covenant in a photo's caption, with its credit (blind round xr)
        " date 2026-01-26 (TBTCO) - Nhờ thực hiện có hiệu quả các phong trào thi đua, kết quả thu ngân sách năm 2025 "
        "của Cụm thi đua số 5 đều đạt.\n\nCụm thi đua số 5 vừa tổ chức Hội nghị Tổng kết công tác thi đua, khen thưởng "
        "năm 2025.\n\nCụm thi đua số 5 ký kết giao ước thi đua năm 2026. Ảnh: Mạnh Khiêm\n\nCụm thi đua số 5 đã bám "
        "sát nhiệm vụ chính trị của ngành.\n",
        {"launch": True},
    ),
]


BLIND_XO_XP += [
    (  # a plan named by its number then what it stresses; a title carrying a campaign unquoted (blind round xq)
        "Bình dân học vụ số - cách làm ở Thanh Hóa\nPhong trào “Bình dân học vụ số” đang được tỉnh Thanh Hóa triển "
        "khai tích cực.\nCán bộ, đảng viên tiên phong, gương mẫu\nKế hoạch số 265 - KH/TU ngày 24/4/2025 của Ban "
        "Thường vụ Tỉnh ủy Thanh Hóa về “Triển khai phong trào bình dân học vụ số trên địa bàn tỉnh” nhấn mạnh yêu "
        "cầu: “Phong trào Bình dân học vụ số phải được triển khai toàn diện, sâu rộng đến tận thôn, bản”.\n",
        {
            "kind": "Kế hoạch",
            "symbol": "265-KH/TU",
            "date": "2025-04-24",
            "issuer": "Ban Thường vụ Tỉnh ủy Thanh Hóa",
            "reported": True,
            "launch": True,
        },
    ),
    (  # a headline naming a body's document by its kind (blind round xq)
        "Chỉ thị của Thủ tướng Chính phủ về tổ chức phong trào “Tết trồng cây”\n06/01/2021\nThực hiện lời dạy của "
        "Chủ tịch Hồ Chí Minh “Mùa xuân là Tết trồng cây, làm cho đất nước càng ngày càng xuân”, Tết trồng cây đã "
        "trở thành phong tục.\n",
        {"kind": "Chỉ thị", "issuer": "Thủ tướng Chính phủ", "reported": True, "launch": True},
    ),
    (  # what an event to come is to do is no launch yet (blind round xq)
        "Họp chuẩn bị tổ chức Hội nghị điển hình tiên tiến 2015-2020\n  • Cập nhật: 01/07/2020\n\nUBND huyện Thanh ba "
        "vừa tổ chức họp để thống nhất các nội dung tổ chức Hội nghị điển hình tiên tiến giai đoạn 2015-2020.\n\nTheo "
        "đó, tại hội nghị này sẽ tổng kết phong trào thi đua yêu nước giai đoạn 2015-2020 và biểu dương, khen thưởng "
        "các tập thể, cá nhân điển hình tiên tiến; phát động phong trào thi đua yêu nước giai đoạn 2020 – 2025.\n",
        {"launch": False},
    ),
]


BLIND_XO_XP += [
    (  # the day between the body and what it did (blind round xt)
        "Sơn Trà phát động phong trào thi đua yêu nước năm 2022\n\nThứ năm, 20/01/2022 19:58\n\nUBND Q. Sơn Trà (TP Đà "
        "Nẵng) ngày 18-1 tổ chức hội nghị tổng kết các phong trào thi đua yêu nước năm 2021 và phát động thi đua năm "
        "2022.\n",
        {"date": "2022-01-18", "year": 2022, "launch": True},
    ),
    (  # a day without its year and a number that carries it; when it takes effect is not its title (blind round xt)
        "(HNMO) - Ngày 28-4, UBND thành phố Hà Nội ban hành Quyết định số 09/2020/QĐ-UBND về việc ban hành Quy định về "
        "công tác thi đua, khen thưởng trên địa bàn thành phố Hà Nội, có hiệu lực từ ngày 8-5-2020.\nQuyết định quy "
        "định về tiêu chuẩn, thẩm quyền xét tặng.\n",
        {
            "symbol": "09/2020/QĐ-UBND",
            "date": "2020-04-28",
            "year": 2020,
            "reported": True,
            "title": "về việc ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn thành phố Hà Nội",
        },
    ),
]


BLIND_XO_XP += [
    (  # a review held in the last year of the period it names, its first year named too (blind round xu)
        'Tổng kết 5 năm thực hiện phong trào thi đua "Cựu chiến binh gương mẫu"\nNgày 5-9, Hội Cựu chiến binh Khối '
        "Các cơ quan tỉnh tổ chức Hội nghị tổng kết 5 năm thực hiện phong trào thi đua “Cựu chiến binh gương mẫu” lần "
        "thứ V (năm 2009 - 2014).\n",
        {"date": "2014-09-05", "year": 2014},
    ),
    (  # an unnumbered decision reported by what it does (blind round xu)
        "Lâm Đồng: Thêm 4 đơn vị được Thủ tướng Chính phủ tặng Cờ Thi đua\n\n05:07, 20/07/2021\n\n(LĐ online) - Ngày "
        "19/7, Phó Thủ tướng Chính phủ Trương Hòa Bình đã ký quyết định tặng Cờ Thi đua của Thủ tướng Chính phủ cho 4 "
        "tập thể thuộc tỉnh Lâm Đồng.\n",
        {"kind": "Quyết định", "reported": True, "launch": False},
    ),
]


BLIND_XO_XP += [
    (  # the city as the press writes it short acts; a post with its holder names no body (blind round ya)
        "Ngày 24-2, TPHCM tổ chức tổng kết phong trào thi đua yêu nuớc năm 2011 và phát động phong trào thi đua yêu "
        "nước năm 2012. Ông Lê Hoàng Quân, Phó Bí thư Thành ủy, Chủ tịch UBND TPHCM cùng dự lễ.\nTrên cơ sở mục tiêu, "
        "Chủ tịch Lê Hoàng Quân yêu cầu từng cơ quan, địa phương phát động phong trào thi đua yêu nước.\n",
        {"issuer": "TPHCM", "launch": True},
    ),
    (  # a launch told as a record since a year ("Từ năm 2021, ... đã phát động ...") is none (blind round yb)
        "Sơn Tịnh có 2 tập thể và 3 cá nhân được nhận Bằng khen của UBND tỉnh\n\nNhân kỷ niệm 69 năm ngày Thầy thuốc "
        "Việt Nam (27/02/1955 - 27/02/2024), tối ngày 25/02/2024, Sở Y tế tổ chức Chương trình chính luận, nghệ thuật "
        "“Lương y như từ mẫu” nhằm tổng kết Phong trào thi đua “Lương y như từ mẫu” trong ngành y tế, giai đoạn 2021 - "
        "2024.\nTừ năm 2021, thực hiện chỉ đạo của Chủ tịch UBND tỉnh, Sở Y tế đã phát động Phong trào thi đua "
        "“Lương y như từ mẫu” giai đoạn 2021 – 2024.\n",
        {"launch": False},
    ),
    (  # an anniversary to come, one of a list, dates the spring before it (blind round xw)
        "(Baothanhhoa.vn) - Chiều 23-3, Ban Thường trực Ủy ban MTTQ huyện Hà Trung tổ chức hội nghị phát động đợt thi "
        "đua đặc biệt chào mừng Đại hội Đảng các cấp nhiệm kỳ 2020 - 2025, 90 năm ngày truyền thống MTTQ Việt Nam "
        "(18-11-1930 – 18-11-2020) và vận động toàn dân tham gia ủng hộ phòng, chống dịch COVID-19.\n",
        {"date": "2020-03-23", "year": 2020, "launch": True},
    ),
    (  # a launch before the congress it leads to, by the term that congress opens (blind round xw)
        "Phát động thi đua lập thành tích chào mừng Đại hội đại biểu MTTQ các cấp\nChiều 5/4, tại Hội trường Huyện ủy "
        "Lạc Dương, Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Lâm Đồng đã tổ chức Lễ phát động thi đua lập thành "
        "tích chào mừng Đại hội đại biểu MTTQ Việt Nam các cấp, tiến tới Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng "
        "lần thứ VIII (nhiệm kỳ 2019 - 2024).\n",
        {"date": "2019-04-05", "year": 2019, "launch": True},
    ),
    (  # a cluster a caption names short, with what it is of, and a stop (blind round xx)
        "Phong trào thi đua “Vì An ninh Tổ quốc” năm 2017 của Công an các tỉnh trong Cụm thi đua số 5, đã bám sát "
        "nhiệm vụ chuyên môn; nội dung, biện pháp được đổi mới; chỉ tiêu thi đua, khẩu hiệu hành động cụ thể; giải "
        "pháp đồng bộ gắn kết chặt chẽ với các phong trào thi đua, cuộc vận động khác, tạo bước chuyển biến mạnh mẽ "
        "trong nhận thức và hành động, động viên cán bộ chiến sỹ Công an các tỉnh hăng hái thi đua lập công.\n\nHội "
        "nghị tổng kết phong trào thi đua Cụm số 5, Bộ Công an.\nThiếu tướng Từ Hồng Sơn, Giám đốc Công an tỉnh Quảng "
        "Bình đại diện đơn vị Cụm trưởng phát biểu.\n",
        {"issuer": "Cụm thi đua số 5, Bộ Công an"},
    ),
    (  # a yearly national movement launched at an event, by its name after a theme (blind round xv)
        "Ngày 29/2/2024, tại Đền thờ Quốc Tổ Hùng Vương (huyện Tân Hiệp), Tỉnh đoàn Kiên Giang tổ chức Lễ Khởi động "
        "Tháng Thanh niên năm 2024 với chủ đề “Thanh niên Kiên Giang xung kích tình nguyện vì cuộc sống cộng đồng” gắn "
        'với phát động Tết trồng cây "Đời đời nhớ ơn Bác Hồ". Đến dự có các đồng chí lãnh đạo tỉnh.\n',
        {"launch": True, "issuer": "Tỉnh đoàn Kiên Giang", "date": "2024-02-29"},
    ),
    (  # a congress named by the period it opens, since the 2020 round, sits in that period's first year
        "Họp Ban Tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ I\nChiều 14/8, Phó Chủ tịch Thường trực UBND tỉnh Y Ngọc "
        "chủ trì họp Ban Tổ chức Đại hội Thi đua yêu nước tỉnh Quảng Ngãi lần thứ I (2025 – 2030) để nghe các cơ quan "
        "báo cáo tiến độ.\n",
        {"date": "2025-08-14", "year": 2025},
    ),
    (  # ... before it, by the period it closes (blind round xm)
        "Ngày 20-8, Bộ Thông tin và Truyền thông tổ chức Đại hội Thi đua yêu nước lần thứ III, giai đoạn 2011-2015.\n",
        {"date": "2015-08-20", "year": 2015},
    ),
    (  # a bank's board of representatives is a body; a drive launched by its quoted name alone (blind round yf)
        "Tây Ninh gửi tiết kiệm chung tay vì người nghèo\n\n28/03/2022\n(VBSP News) Ban đại diện HĐQT chi nhánh NHCSXH "
        "tỉnh Tây Ninh vừa ban hành kế hoạch tổ chức “Tuần lễ gửi tiết kiệm chung tay vì người nghèo”.\n\nTheo đó, phát "
        "động “Tuần lễ gửi tiết kiệm chung tay vì người nghèo” với phương châm mỗi người gửi một ít.\n",
        {
            "issuer": "Ban đại diện HĐQT chi nhánh NHCSXH tỉnh Tây Ninh",
            "kind": "Kế hoạch",
            "reported": True,
            "launch": True,
        },
    ),
    (  # a peak month launched at a conference (blind round yf)
        "Ngày 12/10, Ban Thường trực Ủy ban MTTQ tỉnh Thái Bình tổ chức hội nghị phát động tháng cao điểm “Vì người "
        "nghèo” năm 2023.\n",
        {"launch": True, "year": 2023},
    ),
    (  # a movement launched at the congress the page reports, in the passive (blind round yg; tests/realworld xm05)
        "Phát huy tinh thần đoàn kết, sáng tạo\n\n(10:34 | 18/11/2020)\n\nĐây là chủ đề của Phong trào thi đua yêu "
        "nước trong toàn ngành Lao động – Thương binh và Xã hội giai đoạn 2021 – 2025 được Bộ trưởng Đào Ngọc Dung phát "
        "động tại Đại hội Thi đua yêu nước Ngành Lao động – Thương binh và Xã hội lần thứ V, năm 2020 vừa diễn ra ngày "
        "17/11/2020 tại Hà Nội.\n",
        {"launch": True},
    ),
    (  # ... not one a review recalls, launched at a conference of long ago
        "Các phong trào thi đua do UBND tỉnh phát động tại Hội nghị năm 2015 đã đạt nhiều kết quả.\n",
        {"launch": False},
    ),
    (  # a body that requests acts (tests/realworld wb12)
        "Kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân\n\n03/03/2023 17:11\n\nThực hiện Hướng dẫn số 96-HD/BTGTW ngày "
        "22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân.\n\nBan "
        "Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền về sự kiện.\n",
        {"issuer": "Ban Tuyên giáo Tỉnh ủy"},
    ),
    (  # a person's given name "Trường" is no school (tests/realworld tm05)
        "Sáng 14/01, tại Bệnh viện Ung bướu Cần Thơ diễn ra Hội nghị Ký kết thi đua năm 2021.\n\nPhát biểu tại Hội "
        "nghị, BSCKII Phạm Phú Trường Giang đã khen ngợi những thành tích và đề nghị các đơn vị tiếp tục thi đua.\n",
        {"issuer": None},
    ),
    (  # a review that launches and signs the next year's movement (tests/realworld xk05)
        "Sáng 3/1/2020, UBND huyện Lý Nhân tổ chức hội nghị tổng kết phong trào thi đua năm 2019, phát động và ký kết "
        "phong trào thi đua năm 2020.\n",
        {"launch": True, "issuer": "UBND huyện Lý Nhân", "date": "2020-01-03"},
    ),
    (  # a headline's body named by its place alone, the lead naming it with its unit (blind rounds yi, yj)
        "Công an Vĩnh Long phát động phong trào thi đua phòng, chống dịch COVID-19\n\nCập nhật, 19:08, Thứ Hai, "
        "06/09/2021 (GMT+7)\n\nHưởng ứng phong trào thi đua đặc biệt do Thủ tướng Chính phủ, Bộ Công an phát động, Công "
        "an tỉnh Vĩnh Long phát động phong trào thi đua trong toàn lực lượng.\n",
        {"issuer": "Công an tỉnh Vĩnh Long", "launch": True, "year": 2021},
    ),
    (  # a district's armed forces act as one (blind round yj)
        "Đại hội Thi đua Quyết thắng LLVT huyện Nam Giang, giai đoạn (2019- 2024) diễn ra vào sáng ngày 23/5/2024. Đại "
        "hội khẳng định, phong trào thi đua Quyết thắng của LLVT huyện luôn được các cơ quan cụ thể hóa. LLVT huyện Nam "
        "Giang đã hoàn thành tốt nhiệm vụ.\n",
        {"issuer": "LLVT huyện Nam Giang"},
    ),
    (  # how many launches were held is a record, no launch (blind round yj)
        "Năm 2023, lực lượng Công an các cấp trên địa bàn tỉnh Kon Tum tiếp tục làm tốt công tác tuyên truyền.\n\nLực "
        "lượng Công an các cấp đã tổ chức 1.390 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc.\n",
        {"launch": False},
    ),
    (  # a deputy signs for the head: the post is the deputy's (blind round yj)
        "Vừa qua, Phó Chủ tịch UBND thành phố Nguyễn Văn Anh đã ký, ban hành Kế hoạch phát động đợt thi đua lập thành "
        "tích chào mừng Đại hội Đảng bộ các cấp, nhiệm kỳ 2020 -2025.\n",
        {"kind": "Kế hoạch", "reported": True, "launch": True, "signer": Signer("Nguyễn Văn Anh", "Phó Chủ tịch")},
    ),
    (  # the member heading a cluster acts as the cluster (blind round yl; tests/realworld hb07)
        "Liên minh Hợp tác xã tỉnh Lai Châu (cụm trưởng Cụm thi đua số 1) vừa tổ chức hội nghị giao ban, tổng kết Cụm "
        "thi đua Liên minh hợp tác xã các tỉnh miền núi phía Bắc năm 2025.\n",
        {"issuer": "Cụm thi đua số 1"},
    ),
    (  # "công tác thông tin, tuyên truyền" in a document's subject is no speaker's frame ("X thông tin, ..."): the
        # plan the page reports is kept (blind round yi)
        "Công tác tuyên truyền cải cách hành chính năm 2021 của tỉnh Kiên Giang\n\n(21:01 | 17/03/2021)\n\nNgày "
        "11/03/2021, UBND tỉnh đã ban hành Kế hoạch số 47/KH-UBND về thực hiện công tác thông tin, tuyên truyền cải cách "
        "hành chính năm 2021.\n",
        {"kind": "Kế hoạch", "symbol": "47/KH-UBND", "date": "2021-03-11", "issuer": "UBND tỉnh", "reported": True},
    ),
    (  # a portal's section label over a headline and its stamp is no kind line: the letter the lead reports is the
        # document (blind round ym)
        "THÔNG BÁO\nThông báo về việc tham gia, hưởng ứng Cuộc thi và Triển lãm ảnh nghệ thuật cấp Quốc gia với chủ đề "
        '"Tự hào một dải biên cương"\n  \nCập nhật:21/04/2022 9:37:59 SA\n\nNgày 18/4/2022, Ban Tuyên Giáo Tỉnh ủy Thừa '
        "Thiên Huế ban hành Công văn số 406-CV/BTGTU về việc tham gia, hưởng ứng Cuộc thi.\n",
        {"kind": "Công văn", "symbol": "406-CV/BTGTU", "date": "2022-04-18", "reported": True},
    ),
    (  # the launch of a drive of political study is no emulation launched (blind round ym)
        "Ngày 24/4, Công an tỉnh tổ chức lễ phát động đợt sinh hoạt chính trị đặc biệt kỷ niệm 80 năm Ngày truyền "
        "thống Công an Nhân dân Việt Nam (19/8/1945 - 19/8/2025) trong toàn lực lượng.\n\nTại lễ phát động, Đảng ủy, "
        "Ban Giám đốc Công an tỉnh kêu gọi toàn thể cán bộ, chiến sĩ thực hiện nghiêm túc.\n",
        {"launch": False},
    ),
    (  # a day dated by its lunar new year named with "Nguyên Đán" (blind round ye)
        "Yên Bái: Hưởng ứng tết trồng cây xuân Giáp Thìn 2024\n\n(PLM) - Ngày 15/2, (tức mồng 6 tết Nguyên Đán Giáp "
        "Thìn), các địa phương trên toàn tỉnh Yên Bái đã đồng loạt phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ”.\n",
        {"date": "2024-02-15", "year": 2024, "launch": True},
    ),
    (  # "tiến hành" is a verb, no part of the body (blind round ye)
        "KHEN THƯỞNG CÁC TẬP THỂ NĂM 2023\n\nSáng ngày 01 tháng 3 năm 2023 Hội đồng thi đua khen thưởng xã Quân Hà "
        "tiến hành họp xét thi đua khen thưởng các cá nhân, tập thể có thành tích xuất sắc. Đồng chí Triệu Trung Kiên – "
        "Chủ tịch UBND xã chủ trì cuộc họp.\n",
        {"issuer": "Hội đồng thi đua khen thưởng xã Quân Hà"},
    ),
    (  # the date the page was stored with, its day and month swapped against the page's own stamp (round yk)
        " date 2025-07-08 Tin mới\n\n    Hàm Thạnh thi đua “Cán bộ 2 giỏi, 5 trách nhiệm, vững vàng trước thử thách”\n\n"
        "    Quang Nhân 07/08/2025 11:09\n\n    Sáng 7/8, Đảng ủy xã Hàm Thạnh (Lâm Đồng) đã phát động Phong trào thi đua "
        "“Cán bộ 2 giỏi, 5 trách nhiệm, vững vàng trước thử thách”.\n",
        {"date": "2025-08-07", "year": 2025, "launch": True},
    ),
    (  # a portal's stamp with its year after a space dates the page (blind round yf)
        "Thực hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”\n\nThứ năm, 25 Tháng 8 2022 "
        "09:34\n\nNgân hàng Nhà nước Việt Nam (NHNN) vừa ban hành Quyết định số 1449/QĐ-NHNN, về kế hoạch tổ chức thực "
        "hiện Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025.\n",
        {"year": 2022, "symbol": "1449/QĐ-NHNN", "issuer": "Ngân hàng Nhà nước Việt Nam", "reported": True},
    ),
]

BLIND_XO_XP += [
    (  # a site's welcome banner is no headline; a congress held in the year of its period, the stamp a clock
        # (blind round yq)
        "Thứ 5 Ngày 14/5/2020, 10:13:21 AM\nChào mừng quý bạn đọc đến với Trang thông tin điện tử thị xã Mường Lay\n\n"
        "Sáng 29-6, thị xã Mường Lay long trọng tổ chức Đại hội Thi đua yêu nước lần thứ II ( 2020 - 2025) . Đến dự "
        "Đại hội có đồng chí Giàng Thị Hoa, Phó chủ tịch Thường trực HĐND tỉnh Điện Biên.\n",
        {"date": "2020-06-29", "year": 2020},
    ),
    (  # a drive opened for its period, told in the passive (blind round ys)
        ' date 2024-07 Đợt thi đua cao điểm có chủ đề "Tự hào truyền thống - Viết tiếp chiến công - Xứng danh Bộ đội '
        'Cụ Hồ" được triển khai từ ngày 31-7 đến ngày 31-12-2024. Đợt thi đua tập trung vào 3 nội dung chính.\n',
        {"launch": True},
    ),
    (  # "phát động và ký giao ước"; the body of a relative clause (blind round ys)
        "Biên phòng - Đó là chủ đề của đợt thi đua cao điểm chào mừng Đại hội đại biểu Đảng bộ BĐBP lần thứ XV mà "
        "BĐBP các tỉnh Quảng Bình, Sóc Trăng phát động và ký giao ước trong ngày 31-7 vừa qua.\nTại Quảng Bình, đợt "
        "thi đua được triển khai từ ngày 1-8.\n",
        {"issuer": "BĐBP các tỉnh Quảng Bình", "launch": True},
    ),
    (  # the Youth Month's launch ceremony (blind round yp)
        "Cần Thơ: Thực hiện nhiều công trình, phần việc thiết thực hưởng ứng Tháng Thanh niên\n\n20:54 27/02/2022\n\n"
        "ĐTN: Sáng 27/2, Thành đoàn Cần Thơ tổ chức Lễ khởi động Tháng Thanh niên năm 2022 với chủ đề “Tuổi trẻ sáng "
        'tạo vì thành phố Cần Thơ phát triển".\n',
        {"launch": True},
    ),
    (  # a lead looking back, taken for a title where the page has none, launches nothing (blind round yr)
        'Trong 5 năm qua, LĐLĐ tỉnh đã phát động các phong trào thi đua trong CNVC-LĐ như: "Lao động giỏi - Lao '
        'động sáng tạo"; "Giỏi việc nước, đảm việc nhà"... đạt nhiều kết quả nổi bật.\n\nDịp này, LĐLĐ tỉnh Quảng '
        "Ngãi đã tặng bằng khen cho 38 tập thể.\n",
        {"launch": False},
    ),
    (  # "Đó chính là nội dung vừa được X thông báo tại văn bản số N": the page reports that notice (blind round yr)
        "Giao nhiệm vụ cụm, khối thi đua năm 2018\n\nCập nhật lúc: 16:59 31/05/2018\n\nĐó chính là nội dung vừa được "
        "UBND tỉnh thông báo tại văn bản số 124/TB-UBND.\n\nTheo đó, trong năm 2018 UBND tỉnh sẽ tổ chức giao ước thi "
        "đua cho Cụm thi đua các huyện, thị xã, thành phố; Khối thi đua các Sở, ban, ngành và ủy quyền cho các cơ quan, "
        "đơn vị tổ chức giao ước thi đua đối với Khối thi đua các cơ quan, đơn vị.\n",
        {"kind": "Thông báo", "symbol": "124/TB-UBND", "issuer": "UBND tỉnh", "reported": True, "launch": False},
    ),
    (  # the motto with its last word lost; a blank day in the date line beside the number (blind round yr)
        "UBND HUYỆN CAN LỘC\nTRƯỜNG MN HOA HỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n Độc lập - Tự do -Hạnh phúc\n"
        "  Số: 10/QĐ-MN                Thị Trấn Nghèn, ngày     tháng 9 năm 2018\nQUYẾT ĐỊNH\nVề việc ban hành Quy "
        "chế Thi đua, Khen thưởng.\n",
        {"issuer": "Trường MN Hoa Hồng", "year": 2018, "launch": False},
    ),
    (  # "Ban hành kèm theo ...": a verb, no board (blind round yr)
        "TIÊU CHÍ THI ĐUA NĂM HỌC 2019 – 2020\n\n(Ban hành kèm theo quyết định số    /QĐ-THS2QP ngày     tháng 8 năm "
        "2019\n\ncủa  trường Tiểu học số 2 Quảng Phú)\n\n 1. MỤC ĐÍCH, YÊU CẦU :\n",
        {"issuer": None},
    ),
    (  # a meeting that tells of a congress to come, by the term it opens (blind round yp)
        "Nhiều hoạt động hưởng ứng Đại hội Công đoàn thành phố Cần Thơ lần thứ 11\n\nNDO - Ngày 19/6, Liên đoàn Lao "
        "động thành phố Cần Thơ tổ chức họp báo thông tin về Đại hội Công đoàn thành phố Cần Thơ lần thứ 11, nhiệm kỳ "
        "2023-2028.\n",
        {"date": "2023-06-19", "year": 2023},
    ),
    (  # a review's account of a period it looks back on, past a headline and a stamp run into it (blind round yu)
        "Đẩy mạnh các phong trào thi đua yêu nước tại đơn vị\n\nCập nhật, 09:17, Thứ Năm, 09/07/2020 (GMT+7)\n\nTrong giai "
        "đoạn 2015- 2020, Ngân hàng Chính sách xã hội (CSXH) tỉnh Vĩnh Long tổ chức hưởng ứng phong trào thi đua do "
        "Chính phủ, ngành ngân hàng và Ngân hàng CSXH Việt Nam đã phát động.\n",
        {"launch": False},
    ),
    (  # responding to movements in general is a record, no launch (blind round yu)
        " date 2025-08-15 Đẩy mạnh các phong trào thi đua trong hoạt động tín dụng chính sách\n\nThực hiện Chỉ thị số "
        "39-CT/TW ngày 21/5/2004 của Bộ Chính trị, Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Thanh Hóa đã hưởng ứng "
        "các phong trào thi đua, nhờ đó, đơn vị đã xây dựng đội ngũ cán bộ.\n",
        {"launch": False},
    ),
    (  # how movements are organised ("phương pháp tổ chức phong trào thi đua") launches none (blind round yv)
        "Huyện Yên Khánh\nThực hiện Chỉ thị 39 của Bộ chính trị, huyện đã tập trung chỉ đạo đổi mới nội dung, hình "
        "thức và phương pháp tổ chức phong trào thi đua. Nội dung thi đua vừa mang tính toàn diện.\n",
        {"launch": False},
    ),
    (  # what a conference being prepared is to do is no launch yet (blind round yv)
        "Tổ chức tốt hội nghị tổng kết phong trào thi đua yêu nước năm 2022\n\nThứ 5, 29/12/2022 | 17:40:19\nChiều ngày "
        "29/12, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức họp nghe cơ quan thường trực của Hội đồng báo cáo các nội "
        "dung chuẩn bị cho hội nghị tổng kết phong trào thi đua yêu nước năm 2022 và phát động thi đua yêu nước năm "
        "2023 của tỉnh.\n",
        {"launch": False},
    ),
    (  # "UBMTTQVN Huyện ban hành Kế hoạch số ...": the Front's committee reports its plan (blind round yw)
        "Ban Thường trực UBMTTQ Việt Nam huyện Phong Điền ban hành Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân "
        "tộc năm 2018\nNgày cập nhật 29/10/2018\n\nNgày 15/10/2018, UBMTTQVN Huyện ban hành Kế hoạch số 20/KH-BTT về "
        "việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018.\n",
        {"kind": "Kế hoạch", "symbol": "20/KH-BTT", "date": "2018-10-15", "reported": True},
    ),
    (  # a launch at the event, after "Cũng tại buổi Lễ," (a capital L); after the review's results (review)
        "Lễ kỷ niệm 63 năm Ngày Thầy thuốc Việt Nam\n\nSáng 27/2, Bệnh viện Da liễu Hà Nội tổ chức Lễ kỷ niệm 63 năm "
        "Ngày Thầy thuốc Việt Nam.\n\nCũng tại buổi Lễ, Công đoàn bệnh viện đã phát động phong trào thi đua năm 2018 "
        "gồm 3 đợt.\n",
        {"launch": True},
    ),
    (
        "Biểu dương điển hình tiên tiến lần thứ II\nKhen thưởng các tập thể, cá nhân điển hình tiên tiến giai đoạn "
        "2015-2020.\n\nNhững năm gần đây, các phong trào thi đua yêu nước đã được huyện Võ Nhai đổi mới.\n\nTrên cơ sở "
        "những kết quả đạt được, huyện Võ Nhai đã phát động phong trào thi đua yêu nước giai đoạn 2020-2025.\n",
        {"launch": True},
    ),
    (  # a body's short name or members aside before the verb (blind rounds yy, yz)
        "Ngày 09/12/2019, tại Ủy ban nhân dân huyện Ninh Phước, Khối thi đua các huyện, thành phố (Khối thi đua) tổ "
        "chức tổng kết công tác thi đua, khen thưởng năm 2019;\n",
        {"issuer": "Khối thi đua các huyện, thành phố"},
    ),
    (
        "Chiều ngày 28/02, Khối thi đua Mặt trận Tổ quốc (MTTQ) và các đoàn thể chính trị - xã hội tỉnh (Liên đoàn Lao "
        "động tỉnh, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Nông dân và Tỉnh đoàn Thanh niên) tổ chức Hội nghị "
        "phát động và ký giao ước thi đua năm 2018.\n",
        {"issuer": "Khối thi đua Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh", "launch": True},
    ),
    (  # a review's account of a plan carried out reports no document (blind round za)
        "Chú trọng công tác thi đua trong công nhân viên chức lao động\n\nThời gian qua, Liên đoàn Lao động huyện Phú "
        "Xuyên đã chú trọng đẩy mạnh các phong trào thi đua.\n\nTừ đầu năm, Liên đoàn Lao động huyện Phú Xuyên đã triển "
        "khai Kế hoạch phát động phong trào thi đua trong công nhân, viên chức, lao động đến 100% Công đoàn cơ sở.\n",
        {"kind": None, "reported": False, "launch": False},
    ),
    (  # a congress named by a period the page's stamp is far outside: the stamp is a print date (blind round ze)
        "Thứ hai 23/5/2022\nin trang\nBan chỉ đạo Đại hội thi đua yêu nước tỉnh chuẩn bị đại hội lần thứ IV\n \nChiều "
        "03/6, Ban chỉ đạo Đại hội thi đua yêu nước lần thứ IV họp thống nhất một số nội dung quan trọng chuẩn bị cho "
        "Đại hội thi đua yêu nước tỉnh lần thứ IV giai đoạn 2010-2015.\n",
        {"date": "2015-06-03", "year": 2015},
    ),
    (  # a headline naming a body and its document by kind; the lead gives its number after the basis (blind round zc)
        "Hội đồng Thi đua - Khen thưởng tỉnh Hướng dẫn tổ chức Đại hội thi đua yêu nước cấp cơ sở tiến tới Đại hội "
        "Thi đua yêu nước tỉnh Vĩnh Phúc lần thứ V\n\n19/12/2019\n\nThực hiện Kế hoạch số 19/KH-HĐTĐKT ngày 24/5/2019 của "
        "Hội đồng Thi đua - Khen thưởng Trung ương, Hội đồng Thi đua – Khen thưởng tỉnh đã ban hành Hướng dẫn số "
        "20/HD-HĐTĐKT ngày 04/12/2019 về tổ chức Đại hội thi đua yêu nước cấp cơ sở.\n",
        {"kind": "Hướng dẫn", "symbol": "20/HD-HĐTĐKT", "date": "2019-12-04", "reported": True},
    ),
    (  # a directive that steps up the movements there are launches none (blind round ze)
        "Chỉ thị VỀ VIỆC ĐẨY MẠNH PHONG TRÀO THI ĐUA YÊU NƯỚC CHÀO MỪNG ĐẠI HỘI ĐẢNG CÁC CẤP TIẾN TỚI ĐẠI HỘI ĐẢNG "
        "TOÀN QUỐC LẦN THỨ XII VÀ CÁC NGÀY LỄ LỚN TRONG NĂM 2015\n\nNăm 2015 là năm có ý nghĩa đặc biệt quan trọng.\n",
        {"launch": False},
    ),
    (  # the Youth Month's kick-off activities launch it (blind round yp)
        "Tuổi trẻ Đồng Nai đồng loạt thực hiện các công trình, phần việc ra quân Tháng Thanh niên năm 2025\n\n17:29 "
        "01/03/2025\n\nSáng ngày 01/3/2025, tại 100% các huyện, thành đoàn và đoàn trực thuộc triển khai các hoạt động "
        "khởi động Tháng Thanh niên với chủ đề: “Tuổi trẻ Đồng Nai tự hào, vững tin theo Đảng”\n",
        {"launch": True},
    ),
    (  # a council named with a comma is one name; a list broken off ends a name (blind rounds ze, zd)
        "Sáng qua (14-6), Chủ tịch Hội đồng Thi đua, khen thưởng trung ương, Thủ tướng Nguyễn Tấn Dũng, đã đến dự và "
        "phát động thi đua cả nước hướng tới kỷ niệm 1.000 năm Thăng Long-Hà Nội.\n",
        {"issuer": "Chủ tịch Hội đồng Thi đua, khen thưởng trung ương", "launch": True},
    ),
    (  # the Party's Central Military Commission acts (blind round ys)
        " date 2025-09-24 (VTC News) -\n\nChiều 24/9, Quân ủy Trung ương - Bộ Quốc phòng tổ chức Đại hội Thi đua Quyết "
        "thắng toàn quân lần thứ XI, giai đoạn 2020-2025.\n",
        {"issuer": "Quân ủy Trung ương - Bộ Quốc phòng"},
    ),
]


BLIND_XO_XP += [
    (  # a horizon written at a sentence's start is no year of the plan ("Đến năm 2025 ...") (blind round zk)
        "Gia Lai ban hành kế hoạch thi đua giai đoạn 2021-2025\n\n(GLO)- Ủy ban nhân dân tỉnh Gia Lai vừa ban hành kế "
        "hoạch thực hiện Chỉ thị số 19/CT-TTg ngày 16-7-2021 của Thủ tướng Chính phủ về việc phát động thi đua thực "
        "hiện thắng lợi nhiệm vụ phát triển kinh tế-xã hội hàng năm và Kế hoạch 5 năm (2021-2025).\n\nTheo đó, UBND tỉnh "
        "yêu cầu các ngành phát động mạnh mẽ các phong trào thi đua. Đến năm 2025 có 120 xã trở lên đạt chuẩn nông thôn "
        "mới.\n",
        {"kind": "Kế hoạch", "year": None, "reported": True},
    ),
    (  # the day and time a page glues to its headline in brackets (blind round zk)
        "Phát động phong trào thi đua “Xây dựng người phụ nữ Đắk Lắk thời đại mới” (15/02/2023, 12:38)\n\nSáng 15/2, tại "
        "Trung tâm Văn hóa tỉnh Đắk Lắk, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức Lễ phát động phong trào thi đua “Xây "
        "dựng người phụ nữ Đắk Lắk thời đại mới”.\n",
        {
            "title": "Phát động phong trào thi đua “Xây dựng người phụ nữ Đắk Lắk thời đại mới”",
            "date": "2023-02-15",
            "launch": True,
        },
    ),
    (  # a number typed with spaces before its hyphen in a Word header (blind round zm)
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n\n***\n\nSố:  26  -CTr/TWĐTN-VP\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày   19    tháng "
        "5 năm 2021\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\nCỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\n\nthực hiện Nghị quyết Đại "
        "hội đại biểu toàn quốc lần thứ XIII của Đảng\n\nBan Chấp hành Trung ương Đoàn ban hành Chương trình hành động, "
        "cụ thể như sau:\n",
        {
            "symbol": "26-CTr/TWĐTN-VP",
            "date": "2021-05-19",
            "issuer": "Đoàn TNCS Hồ Chí Minh",  # (the left column goes on after the number)
            "parent": "Ban Chấp hành Trung ương",
        },
    ),
    (  # a lead opening on its purpose reports the document further on (blind round zm)
        "Hướng dẫn công tác tôn vinh, khen thưởng nhân kỷ niệm các ngày lễ lớn của đất nước trong 02 năm 2024-2025\n\n"
        "Để công tác thi đua, khen thưởng tiếp tục phát triển, thực sự là động lực mạnh mẽ, tạo cao trào thi đua yêu "
        "nước sâu rộng, sôi nổi trong cả hệ thống chính trị và các tầng lớp nhân dân tham, tích cực tham gia thực hiện "
        "thắng lợi mục tiêu nhiệm vụ phát triển kinh tế, xã hội năm 2024, 2025 và kế hoạch 5 năm 2021 - 2025, thiết "
        "thực chào mừng các ngày lễ kỷ niệm, sự kiện trọng đại của đất nước, Hội đồng Thi đua - Khen thưởng Trung ương "
        "đã có Hướng dẫn 21/HD-HĐTĐKT ngày 27/8/2024 hướng dẫn tổ chức công tác tôn vinh, khen thưởng như sau:\n",
        {
            "kind": "Hướng dẫn",
            "symbol": "21/HD-HĐTĐKT",
            "date": "2024-08-27",
            "issuer": "Hội đồng Thi đua - Khen thưởng Trung ương",
            "reported": True,
        },
    ),
    (  # the day after the basis, with where it was held; "gồm có" lists the members (blind round zn)
        "Thực hiện Kế hoạch số 04/KH-HKH của BTV HKH Q.Tân Phú, chiều ngày 02/3/2022 tại UBND phường Sơn Kỳ, Cụm thi "
        "đua 1 gồm có Chủ tịch và Phó Chủ tịch Hội Khuyến học 5 phường: Tân Sơn Nhì, Tây Thạnh, Tân Quý, Sơn Kỳ, Tân "
        "Thành đã tổ chức ký kết giao ước thi đua năm 2022.\n",
        {"date": "2022-03-02", "issuer": "Cụm thi đua 1", "launch": True},
    ),
    (  # an uncommon family name ends a body's name (blind round zn)
        "Phát biểu tại hội nghị, Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu đã phát động phong trào thi đua lao động "
        "sáng tạo trong công nhân, viên chức, lao động.\n",
        {"issuer": "Chủ tịch Tổng LĐLĐ Việt Nam", "launch": True},
    ),
    (  # emulation launched by whom it calls on (blind round zn)
        "Tại buổi lễ, Đại tá Nguyễn Trọng Nghĩa, Phó Giám đốc Công an tỉnh Bình Dương đã phát động toàn lực lượng thi "
        "đua hành động với chủ đề “Công an Bình Dương phát huy truyền thống vẻ vang, lập công dâng Bác”. Công an tỉnh "
        "đề nghị Công an các đơn vị có kế hoạch triển khai thực hiện.\n",
        {"launch": True},
    ),
    (  # "vừa có quyết định thành lập ...": a decision just issued, no launch (blind round zp)
        " date 2025-08-12 Chủ tịch UBND TPHCM làm Chủ tịch Hội đồng Thi đua - Khen thưởng\n\nTPO - UBND TPHCM vừa có "
        "quyết định thành lập Hội đồng Thi đua – Khen thưởng TPHCM (gọi tắt là Hội đồng), ông Nguyễn Văn Được - Chủ "
        "tịch UBND TPHCM làm Chủ tịch Hội đồng.\n\nHội đồng còn có các ủy viên là lãnh đạo các sở, ban ngành thành phố.\n",
        {"kind": "Quyết định", "issuer": "UBND TPHCM", "reported": True, "launch": False},
    ),
    (  # pictographs decorating a post's lines are no words (blind round zp)
        "02/10/2025\n☘️🍁🍀 TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN LẦN THỨ I GIAI ĐOẠN 2025 - 2030 ☘️🍁🍀\n☘️🍁🍀 Ngày 02/10/2025, tại "
        "Hội trường phường Thành Nhất tỉnh Đắk Lắk đã diễn ra Hội nghị tuyên dương điển hình tiên tiến lần thứ I, giai "
        "đoạn 2025 – 2030.\n",
        {"date": "2025-10-02", "year": 2025},
    ),
]


BLIND_XO_XP += [
    (  # "phát động một phong trào thi đua" (blind round zs)
        "Petrolimex chính thức khởi động một phong trào thi đua sâu rộng\n\nThực hiện phê duyệt của Hội đồng quản trị "
        "(HĐQT) Tập đoàn Xăng dầu Việt Nam tại văn bản số 1351/PLX-HĐQT ngày 15.10.2014, ngày 17.10.2014 Tổng giám đốc "
        "Petrolimex Trần Văn Thịnh cùng Chủ tịch Công đoàn Xăng dầu Việt Nam Đinh Thái Hương đã chính thức phát động "
        "một phong trào thi đua sâu rộng đến toàn thể cán bộ lãnh đạo, quản lý, công nhân viên chức - lao động.\n",
        {"date": "2014-10-17", "launch": True},
    ),
    (  # what came of a launch told before is no launch (blind round zs)
        "Nông trường cao su Cầu Khởi hoàn thành vượt mức sản lượng năm 2017\n\nCông ty Cổ phần Cao su Tây Ninh có 3 Nông "
        "trường: Gò Dầu, Cầu Khởi và Bến Củi. Sau khi phát động thi đua nước rút 3 tháng cuối năm, Nông trường cao su "
        "Cầu Khởi là đơn vị về thứ 2 sau Bến Củi.\n",
        {"launch": False},
    ),
    (  # a record of movements carried out, how they are run and directed: no launch (blind rounds zt, zq)
        " date 2024-11 Sáng 21-11, Cụm thi đua số 1 Bộ Công an tổ chức Hội nghị Tổng kết phong trào thi đua “Vì An ninh "
        "Tổ quốc” năm 2024.\n\nTrong năm 2024, các đơn vị thuộc Cụm thi đua số 1 đã chủ động triển khai các phong trào "
        "thi đua với nhiều nội dung, giải pháp.\n",
        {"launch": False},
    ),
    (
        "17/03/2023 20:00\nNăm 2022, UBND tỉnh Kiên Giang tập trung chỉ đạo đổi mới tổ chức phong trào thi đua thực "
        "hiện nhiệm vụ phát triển kinh tế - xã hội.\nCác cấp, các ngành tập trung lãnh đạo, chỉ đạo tổ chức các phong "
        "trào thi đua gắn với việc thực hiện nhiệm vụ chính trị.\n",
        {"issuer": "UBND tỉnh Kiên Giang", "launch": False},
    ),
    (  # a caption with its credit in brackets tells what was done at the event (blind round zt)
        "Đại diện các đơn vị ký kết giao ước thi đua. (Ảnh: HT)\n\nTrong thời gian từ ngày 12/11 đến ngày 12/12, Cán bộ, "
        "chiến sỹ Bộ đội biên phòng Nghệ An tập trung thực hiện các nội dung của đợt phát động.\n",
        {"launch": True},
    ),
]


BLIND_XO_XP += [
    (  # the body that honours, in the passive (blind round zu)
        "Ngành Lao động-Thương binh và Xã hội tỉnh: Tuyên dương 3 tập thể và 72 cá nhân\n\n3 tập thể và 72 cá nhân vừa "
        "được Sở Lao động-Thương binh và Xã hội (LĐ-TB&XH) tỉnh tuyên dương tại hội nghị tổng kết phong trào thi "
        "đua-khen thưởng giai đoạn 2010-2020.\n",
        {"issuer": "Sở Lao động-Thương binh và Xã hội tỉnh", "launch": False},
    ),
    (  # a city district's Party committee (blind round zv)
        "Hà Đông: Khen thưởng 51 tập thể, cá nhân có thành tích xuất sắc trong học tập và làm theo Bác\n\n(NSHN) - "
        "Chiều 12-4, Quận ủy Hà Đông tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TƯ ngày 15-5-2016 của "
        "Bộ Chính trị (khóa XII).\n",
        {"issuer": "Quận ủy Hà Đông", "launch": False},
    ),
]


BLIND_XO_XP += [
    (  # what all have done and what was attended to launch none (blind rounds zl, zm)
        "Đại hội Thi đua yêu nước tỉnh Bình Định lần thứ VII\n\nCùng với các phong trào thi đua toàn quốc, tỉnh Bình "
        "Định trong những năm qua các cơ quan, đơn vị, địa phương đều phát động phong trào thi đua với nội dung thiết "
        "thực và phong phú.\n",
        {"launch": False},
    ),
    (
        "Đại hội Thi đua yêu nước ngành Tài chính lần thứ V\n\nCác phong trào thi đua yêu nước đã được đổi mới cả về "
        "nội dung và hình thức. Đã chú trọng tới phát động các phong trào thi đua đột xuất, chuyên đề nhằm giải quyết "
        "những nhiệm vụ trọng tâm, cấp bách.\n",
        {"launch": False},
    ),
]


BLIND_XO_XP += [
    (  # the time before the day in a headline's brackets (blind round zx)
        "Hai Bà Trưng: Tổ chức phong trào thi đua chào mừng các ngày lễ lớn năm 2020 (15:35 30/11/2019)\n\n\nHNP - "
        "Ngày 28-11, Hội đồng Thi đua-Khen thưởng quận Hai Bà Trưng ban hành Kế hoạch số 146/KH-HĐTĐKT về tổ chức "
        "phong trào thi đua chào mừng các ngày lễ lớn năm 2020.\n",
        {"symbol": "146/KH-HĐTĐKT", "date": "2019-11-28", "year": 2019, "reported": True},
    ),
    (  # what is done as a rule launches nothing (blind round zx)
        "5 năm qua, phong trào thi đua yêu nước của quận Kiến An có nhiều đổi mới, sáng tạo. Các ngành, đơn vị, địa "
        "phương thường xuyên tổ chức các phong trào thi đua với nội dung, hình thức phong phú.\n",
        {"launch": False},
    ),
    (  # a text opening on its subject is the document: the directive dated under it is what it rests on (round ua)
        "Về việc phát động đợt thi đua đặc biệt từ nay đến hết năm 2005 nhằm thực hiện thắng lợi kế hoạch phát triển "
        "kinh tế - xã hội 5 năm (2001-2005).\nNgày 21 tháng 5 năm 2004, Bộ chính trị Ban Chấp hành Trung ương Đảng "
        "Cộng sản Việt Nam ra Chỉ thị số 39-CT/TW về việc tiếp tục đổi mới, đẩy mạnh phong trào thi đua yêu nước.\n",
        {"symbol": None, "reported": False},
    ),
    (  # a letter of appeal reported; a portal's block names are no headline (blind round ub)
        "PublishingPortal - Block_BanTin_Toolbar\n\n20/10/2020\nTăng cỡ chữ Giảm cỡ chữ\nThư kêu gọi ủng hộ Quỹ “Vì người "
        "nghèo” năm 2020\nBan Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vừa có Thư kêu gọi các cơ quan, tổ "
        'chức, các doanh nghiệp, nhà hảo tâm ủng hộ Quỹ "Vì người nghèo" năm 2020.\n',
        {"kind": "Thư kêu gọi", "title": "Thư kêu gọi ủng hộ Quỹ “Vì người nghèo” năm 2020", "reported": True},
    ),
    (  # a cluster's name ends at its verb, whatever its case (blind round ua)
        "Đồng chí Nguyển Thắng cụm trưởng cụm thi đua Chủ trì Hội nghị đề ra nội dung thi đua. Các thành viên cụm thi "
        "đua số 1 của huyện Hàm Tân quyết tâm thực hiện thắng lợi, ký kết giao ước thi đua năm 2013.\n",
        {"issuer": "cụm thi đua số 1 của huyện Hàm Tân", "launch": True},
    ),
]


BLIND_XO_XP += [
    (  # a legal database's title names the document its page carries under the menus (blind round ua)
        "Chỉ thị 17/2006/CT-TTg của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát "
        "triển kinh tế - xã hội năm 2006\n\n • Tóm tắt\n • Nội dung\n • VB gốc\n • Tiếng Anh\n • Hiệu lực\n • VB liên quan\n"
        " • Lược đồ\n • Nội dung MIX\n\n • Tải về\nMục lục\nTìm từ trong trang\nTải văn bản\nLưu\nTheo dõi văn bản\n\nĐây là "
        "tiện ích dành cho thành viên đăng ký phần mềm.\n\nBáo lỗi\n • Báo lỗi\n • Gửi liên kết tới Email\n • Chia sẻ:\n • Chế "
        "độ xem: Sáng | Tối\n • Thay đổi cỡ chữ:\n  17\n • Chú thích màu chỉ dẫn\n  Click vào nội dung được bôi màu để xem "
        "chi tiết\n  Sửa đổi, bổ sung, đính chính\n  Thay thế\n  Hướng dẫn\n  Bãi bỏ\n  Bãi bỏ cụm từ\n  Bình luận\nTình "
        "trạng hiệu lực: Đã biết\nGhi chú\nHiệu lực: Đã biết\nTình trạng: Đã biết\n\nCHỈ THỊ\n\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ "
        "17/2006/CT-TTG\nNGÀY 08 THÁNG 5 NĂM 2006 VỀ VIỆC PHÁT ĐỘNG THI ĐUA\n",
        {"kind": "Chỉ thị", "symbol": "17/2006/CT-TTg", "issuer": "Thủ tướng Chính phủ", "reported": False},
    ),
]


BLIND_XO_XP += [
    (  # the old gazette's heading names the issuer, the number and the day under the kind (blind round ua)
        "CHỈ THỊ\n\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 17/2006/CT-TTG\nNGÀY 08 THÁNG 5 NĂM 2006 VỀ VIỆC PHÁT ĐỘNG THI ĐUA\nTHỰC "
        "HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2006\n\nĐại hội đại biểu toàn quốc lần thứ X của Đảng "
        "đã đề ra mục tiêu.\n",
        {
            "kind": "Chỉ thị",
            "symbol": "17/2006/CT-TTG",
            "date": "2006-05-08",
            "issuer": "Thủ tướng Chính phủ",
            "title": "VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2006",
        },
    ),
]


BLIND_XO_XP += [
    (  # after the clause of its purpose, the day then the body that issued (blind round ud)
        "Thi đua lập thành tích chào mừng kỷ niệm 76 năm ngày truyền thống Thi hành án dân sự\n\n15/04/2022\nĐể chào "
        "mừng kỷ niệm 76 năm ngày truyền thống Thi hành án dân sự, ngày 28 tháng 3 năm 2022 Tổng cục thi hành án dân sự "
        "(THADS) đã ban hành Kế hoạch số 895/KH-TCTHADS về việc tổ chức các hoạt động thiết thực hướng tới kỷ niệm 76 "
        "năm ngày truyền thống.\n",
        {
            "kind": "Kế hoạch",
            "symbol": "895/KH-TCTHADS",
            "date": "2022-03-28",
            "issuer": "Tổng cục thi hành án dân sự",
            "reported": True,
        },
    ),
    (  # "Đó là thông tin tại Quyết định số ..." after the portal's name (blind round ud)
        "Có 07 tập thể đạt Danh hiệu Tập thể Lao động xuất sắc trong công tác năm 2019\n(Quang Binh Portal) - Đó là "
        "thông tin tại Quyết định số 1632/QĐ-UBND ngày 22/5/2020 của UBND tỉnh về việc khen thưởng thành tích công tác "
        "năm 2019.\nCụ thể, Chủ tịch UBND tỉnh tặng Danh hiệu Tập thể Lao động xuất sắc cho 07 tập thể.\n",
        {"kind": "Quyết định", "symbol": "1632/QĐ-UBND", "date": "2020-05-22", "issuer": "UBND tỉnh", "reported": True},
    ),
    (  # the letter a page attaches "(Kèm theo: ...)" (blind round uc)
        "Tuyên truyền “Tết trồng cây đời đời nhớ ơn Bác Hồ” năm 2018 trên địa bàn tỉnh\n\nTuyên truyền, giáo dục, động "
        "viên các cấp, các ngành và nhân dân tích cực tham gia “Tết trồng cây đời đời nhớ ơn Bác Hồ” (Kèm theo: Công "
        "văn số 359/UBND-NN ngày 22/01/2018 của UBND tỉnh.pdf).\n",
        {"kind": "Công văn", "symbol": "359/UBND-NN", "date": "2018-01-22", "issuer": "UBND tỉnh", "reported": True},
    ),
    (  # what is done every year is a task set out, no launch (blind round ue)
        "Quyết định về việc kiện toàn 22 Cụm thi đua thuộc thành phố Hà Nội\n\nMỗi Cụm thi đua có Cụm trưởng, Cụm phó để "
        "điều hành hoạt động. Hàng năm thống nhất nội dung, tiêu chí; tổ chức phát động, ký giao ước thi đua; trao đổi "
        "kinh nghiệm.\n",
        {"launch": False},
    ),
    (  # a summer drive's year; a drive named by its own quoted name; a sports meet is no body (blind rounds uc, ue)
        "TPO - Sáng 4/6, tại công viên Biển Đông, Thành đoàn Đà Nẵng tổ chức Lễ ra quân “Chiến dịch Thanh niên tình "
        "nguyện hè 2017” với chủ đề Tuổi trẻ chung tay xây dựng nông thôn mới và đô thị văn minh.\nChiến dịch bắt đầu "
        "từ nay đến 31/8.\n",
        {"date": "2017-06-04", "year": 2017, "issuer": "Thành đoàn Đà Nẵng"},
    ),
    (
        "Trong các ngày 04, 05/4/2024 tại tỉnh Bến Tre, Cụm thi đua số IX Tòa án nhân dân tổ chức Hội nghị sơ kết, Hội "
        "diễn văn nghệ, Hội thao Cụm thi đua số IX Tòa án nhân dân năm 2024.\nTham dự khai mạc hội nghị có ông Trần "
        "Thanh Lâm.\n",
        {"issuer": "Cụm thi đua số IX Tòa án nhân dân"},
    ),
]


BLIND_XO_XP += [
    (  # the reported letter's recipients before its subject (corpus round xb)
        "BHXH Tây Ninh phấn đấu hoàn thành vượt mức các chỉ tiêu, nhiệm vụ chính trị năm 2021\nThứ ba, 12/10/2021 15:39 "
        "(GMT+7)\n(ĐCSVN) - Mục tiêu thi đua được BHXH tỉnh Tây Ninh đưa ra là phấn đấu hoàn thành đạt và vượt chỉ tiêu "
        "về số người tham gia.\nGiám đốc Bảo hiểm xã hội tỉnh Tây Ninh vừa ký ban hành Công văn gửi các Phòng nghiệp vụ "
        "BHXH tỉnh và BHXH các huyện, thị về việc phát động phong trào thi đua nước rút 3 tháng cuối năm 2021.\n",
        {
            "kind": "Công văn",
            "title": "về việc phát động phong trào thi đua nước rút 3 tháng cuối năm 2021",
            "launch": True,
            "reported": True,
        },
    ),
]


BLIND_XO_XP += [
    (  # a short line that opens as a lead does, with its agency and its day (corpus round xh)
        'Theo dõi Báo Hànộimới trên\n\nĐẩy mạnh phong trào thi đua "Dân vận khéo"\n\nHương Ly| 30/08/2017 20:05\n\n(HNMO) - '
        "Ngày 30-8, huyện Sóc Sơn đã tổ chức hội thi\n\n\nCác đơn vị đã dự thi 3 phần: Màn chào hỏi giới thiệu địa phương, "
        "kết quả xây dựng văn hoá, kinh tế chính trị địa phương.\n",
        {"issuer": "huyện Sóc Sơn", "date": "2017-08-30"},
    ),
]


BLIND_XO_XP += [
    (  # the time of day set off by a comma before the day (blind round ul)
        "Chiều, ngày 19.3, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị giao ban công tác Mặt trận quý "
        "I/2020 và phát động, ký kết thi đua năm 2020.\n",
        {"issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "date": "2020-03-19", "launch": True},
    ),
    (  # a body acting "cùng" the bodies it acts with (blind round ul)
        "Ngày đăng: 08.04.2022\nNgày 08/4/2022, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện cùng Ban Thường "
        "trực Ủy ban Mặt trận Tổ quốc Việt Nam 9 xã, thị trấn tổ chức Hội nghị triển khai ký kết giao ước thi đua khen "
        "thưởng năm 2022.\n\nCác đơn vị được chia thành hai cụm, Cụm thi đua số 1 gồm các đơn vị.\n",
        {"issuer": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "date": "2022-04-08"},
    ),
    (  # a verb inside a quoted movement's name is not what the body does (blind round ul)
        "Không ngừng phát huy sức mạnh đại đoàn kết toàn dân tộc\nĐồng chí Chủ tịch Ủy ban MTTQ tỉnh chúc mừng những kết "
        "quả mà huyện Phú Lương đã đạt được.\n\nTrong những năm qua, Ủy ban MTTQ từ cấp huyện đến cơ sở không ngừng đổi "
        "mới nội dung, thực hiện hiệu quả các chương trình, phong trào như: Cuộc vận động “Toàn dân đoàn kết xây dựng "
        "nông thôn mới, đô thị văn minh”.\n",
        {"issuer": "huyện Phú Lương"},
    ),
    (  # a breadcrumb is page furniture, not the headline (blind round ul)
        "Quân khu 7 Online\n\nChính trị > Hậu phương Quân đội\n\nThứ sáu, 06/12/2019, 08:54 (GMT+7)\n3831 lượt xem\n\n"
        "Cựu chiến binh tỉnh Tây Ninh góp sức xây dựng quê hương giàu đẹp\n\n(QK7 Online) - 5 năm qua, Hội Cựu chiến "
        "binh tỉnh Tây Ninh liên tục đẩy mạnh các phong trào thi đua “Cựu chiến binh gương mẫu” gắn với thực hiện phong "
        "trào thi đua yêu nước. Nổi bật là công tác tham gia xây dựng bảo vệ Đảng, chính quyền, giữ vững ổn định chính "
        "trị ở cơ sở, xóa đói giảm nghèo, nhà tạm, nhà dột, giúp hội viên vươn lên làm giàu chính đáng.\n",
        {"title": "Cựu chiến binh tỉnh Tây Ninh góp sức xây dựng quê hương giàu đẹp"},
    ),
    (  # the review of a drive that welcomed an anniversary is held after it (blind round ul)
        "Thứ tư, 4-2-26 10:23:48\n\nTổng kết đợt thi đua cao điểm chào mừng 95 năm thành lập Công đoàn Việt Nam\n\n"
        "Báo Cà Mau Chiều 22/8, Liên đoàn Lao động (LĐLĐ) tỉnh Cà Mau tổ chức hội nghị tổng kết đợt thi đua cao điểm "
        "chào mừng 95 năm thành lập Công đoàn Việt Nam (28/7/1929-28/7/2024) và họp mặt cán bộ Công đoàn.\n",
        {"date": "2024-08-22", "year": 2024},
    ),
    (  # the cluster whose event took place at a seat set off by a comma (blind round ui)
        "Các hội có tính chất đặc thù ký giao ước thi đua năm 2019\n\nSáng 22/2, tại trụ sở Liên minh các hợp tác xã "
        "tỉnh Ninh Bình, đã diễn ra Hội nghị tổng kết công tác thi đua khen thưởng năm 2018 và ký giao ước thi đua năm "
        "2019 của  Khối thi đua các hội có tính chất đặc thù của tỉnh. Theo báo cáo, Ban thi đua khen thưởng tỉnh đã "
        "tổ chức kiểm tra.\n",
        {"issuer": "Khối thi đua các hội có tính chất đặc thù của tỉnh"},
    ),
    (  # a plan to inspect how emulation is run launches none (blind round ui)
        "Khối thi đua các cơ quan, đơn vị thuộc Sở Nông nghiệp và PTNT ban hành Kế hoạch kiểm tra công tác Thi đua, khen "
        "thưởng năm 2020\n\nNhằm đánh giá tình hình triển khai các phong trào thi đua, Khối thi đua các cơ quan, đơn vị "
        "trực thuộc Sở Nông nghiệp và PTNT ban hành Kế hoạch số 16/KH-KTĐ kiểm tra công tác Thi đua, khen thưởng năm "
        "2020.\n\nNội dung kiểm tra chủ yếu tập trung vào công tác chỉ đạo triển khai thực hiện và hưởng ứng, phát động "
        "các phong trào thi đua.\n",
        {"kind": "Kế hoạch", "symbol": "16/KH-KTĐ", "launch": False},
    ),
]


BLIND_XO_XP += [
    (  # the body whose congress of emulation took place, by its name (blind round uk)
        "Đại hội Thi đua yêu nước Tổng công ty Đường sắt Việt Nam lần thứ V\n09/09/2020 - 10:37\n\nTĐKT - Chiều 8/9, tại "
        "Hà Nội, đã diễn ra Đại hội Thi đua yêu nước Tổng công ty (TCT) Đường sắt Việt Nam lần thứ V (2020 - 2025).\n\n"
        "Tới dự có các đồng chí: Phan Văn Anh, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam.\n",
        {"issuer": "Tổng công ty Đường sắt Việt Nam", "date": "2020-09-08"},
    ),
    (  # a force that "đồng loạt ra quân" acts (blind round uk)
        " date 2022-06 Ngày 15.6, Công an tỉnh Thừa Thiên - Huế đã đồng loạt ra quân mở đợt cao điểm tấn công"
        ", trấn áp tội phạm đảm bảo an ninh trật tự các sự kiện, lễ hội lớn của đất nước, Festival Huế 2022 v"
        "à thi đua lập thành tích chào mừng kỷ niệm 60 năm Ngày truyền thống lực lượng Cảnh sát nhân dân 20.7"
        ".1946 - 20.7.2022.\n\nCủng thời điểm, Công an các đơn vị địa phương trong toàn tỉnh đã đồng loạt ra qu"
        "ân, với mục tiêu trọng tâm là quyết tâm bảo vệ an toàn tuyệt đối các sự kiện văn hoá, chính trị. Đặc"
        " biệt là chuỗi Lễ hội Mùa hạ và tuần cao điểm Festival Huế 2022, diễn ra từ ngày 25 - 30.6.2022.\n\n\n\n"
        "\n\nNgay sau lễ ra quâ",
        {"issuer": "Công an tỉnh Thừa Thiên - Huế", "date": "2022-06-15"},
    ),
    (  # members of an association are no body acting (blind round uj)
        "Đưa “Bình dân học vụ số” trở thành phong trào học tập toàn dân\n\nHội viên Hội Nông dân xã Thiệu Hóa tham gia "
        "tập huấn hướng dẫn cài đặt, sử dụng nền tảng số nông dân Thanh Hóa.\n\nNhiều người dân đã biết dùng VNeID.\n",
        {"issuer": None},
    ),
    (  # a site's banner glued to its image's address is no headline (blind round uj)
        "Trang thông tin điện tử xã Thạch Kimhttps://thachkim.locha.hatinh.gov.vn/uploads/banner-xa-thach-kim"
        ".jpg\nThứ hai - 11/11/2024 04:09\nI. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của"
        " Thủ tướng Chính phủ về phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2"
        "030; - Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ vềphê duyệt Chiến lược phát t"
        "riển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đếnnăm 2030; - Quyết đ"
        "ịnh số 146/QĐ-TTg ng",
        {"title": None},
    ),
    (  # the text's own section heading names its kind (blind round uj)
        "Trang thông tin điện tử xã Thạch Kimhttps://thachkim.locha.hatinh.gov.vn/uploads/banner-xa-thach-kim.jpg\n"
        "Thứ hai - 11/11/2024 04:09\nI. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng "
        "Chính phủ về phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030;\n",
        {"kind": "Kế hoạch"},
    ),
]


BLIND_XO_XP += [
    (  # what President Hồ Chí Minh launched is history, and he is no issuer (blind round un)
        "Tiên Phước đẩy mạnh phong trào thi đua yêu nước\n\nTrong quá trình lãnh đạo cách mạng Việt Nam, Chủ tịch Hồ Chí "
        "Minh luôn coi trọng khơi dậy, phát động phong trào thi đua yêu nước trong cán bộ, đảng viên và quần chúng nhân "
        "dân. Người chỉ rõ: “Thi đua không phải là tranh đua”. Từ lời dạy của Bác Hồ, công tác thi đua thể hiện rõ sức "
        "thu hút.\n",
        {"issuer": None, "launch": False},
    ),
]


BLIND_XO_XP += [
    (  # a section's name before the day's stamp is page furniture (blind round um)
        "SỐ LƯỢT TRUY CẬP\n\n4\n5\n2\nKế hoạch - Quy hoạch Thứ Ba, 28/02/2017, 15:35\n\nTổ chức thực hiện Phong trào thi "
        "đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2016 - 2020 trên địa bàn tỉnh Bạc Liêu\n\nThực hiện "
        "Kế hoạch của Ủy ban nhân dân tỉnh về việc tổ chức thực hiện Phong trào thi đua “Cả nước chung sức xây dựng "
        "nông thôn mới”, Văn phòng Ủy ban nhân dân tỉnh đề nghị các phòng thực hiện.\n",
        {
            "title": "Tổ chức thực hiện Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2016 - "
            "2020 trên địa bàn tỉnh Bạc Liêu",
            "kind": "Kế hoạch",  # the headline is the subject of the plan its lead names: the page reports it
            "reported": True,
        },
    ),
]

BLIND_XO_XP += [
    (  # "ra chỉ thị" in lower case reports the directive; "TP.HCM" is the city, its dot inside the subject (blind round uq)
        "Ngày 1-7, UBND TP.HCM ra chỉ thị phát động đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ TP.HCM lần thứ IX, Đại hội thi đua yêu nước toàn quốc lần thứ VIII, tiến tới chào mừng Đại hội Đảng toàn quốc lần thứ XI.\n\nChỉ thị nêu rõ cần đẩy mạnh phong trào thi đua lao động sáng tạo ở tất cả các cấp, các ngành nhằm hoàn thành các chỉ tiêu kinh tế, xã hội, quốc phòng an ninh; chú trọng giải quyết các vấn đề an sinh xã hội, chăm lo cho người nghèo, người có hoàn cảnh khó khăn. Tiếp tục phát huy phong trào thi đua, tạo ra k",
        {
            "kind": "Chỉ thị",
            "issuer": "UBND TP.HCM",
            "reported": True,
            "province": "Hồ Chí Minh",
            "title": "phát động đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ TP.HCM lần thứ IX, Đại hội thi đua yêu nước "
            "toàn quốc lần thứ VIII, tiến tới chào mừng Đại hội Đảng toàn quốc lần thứ XI",
        },
    ),
    (  # the lead launches, by its name, the movement the page names further on (blind round uq)
        "Sáng ngày 19/3, tại Trung tâm Văn hóa -Thể thao phường Hương Vinh, thành phố Huế, UBND tỉnh tổ chức Lễ phát động Ngày Chủ nhật xanh năm 2023 với chủ đề “Hãy hành động để Thừa Thiên Huế thêm xanh - sạch - sáng”. Dự lễ phát động có các đồng chí: Phan Ngọc Thọ, Phó Bí thư Thường trực Tỉnh ủy; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Phương; Phó Chủ tịch UBND tỉnh Hoàng Hải Minh; lãnh đạo các sở, ban, ngành và thành phố Huế.\nLãnh đạo tỉnh trồng cây tại Hương Vinh trong ngày phát động chủ nhật xanh\nPhong trào “Ngày Chủ nhật xanh” được Ủy ban Nhân dân tỉnh Thừa Thiên Huế phát động vào đầu năm 2019 và đã trở thành phong trào nhằm nâng cao ý thức chung của cộng đồng xã hội chung tay bảo vệ môi trường, xây dựng nếp sống văn minh, có sức lan tỏa lớn, vinh dự được Thủ tướng Chính phủ khen ngợi.\nĐề án “Ngày Chủ nhật xanh” không chỉ dừng lại ở phong trào mà đã trở thành một nếp sống đẹp, dần",
        {"launch": True},
    ),
    (  # a portal's heading "Kế hoạch số 12/KH-BTNMT" over its subject line, a summary under it (blind round ur)
        "Thứ 5, 22/04/2021 - 05:48\nA- A A+ | Tăng tương phản Giảm tương phản\n\nKế hoạch số 12/KH-BTNMT\n\nVề việc tổ chức Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp và Đại hội Thi đua yêu nước ngành tài nguyên và môi trường lần IV năm 2020\n\n \n\nTheo đó, Đại hội thi đua yêu nước ngành tài nguyên và môi trường lần thứ IV dự kiến sẽ được tổ chức vào Quý III năm 2020. Đại hội nhằm đánh giá kết quả và tác dụng của phong trào thi đua yêu nước của ngành tài nguyên và môi trường kể từ Đại hội thi đua yêu nước lần thứ III (năm 2015) đến nay đối với việc thực hiện kế hoạch, nhiệm vụ quản lý nhà nước về tài nguyên và môi trường; tổng kết Kế hoạch số 08/KH-BTNMT ngày 08/12/2016 của Bộ Tài nguyên và Môi trường về kế hoạch xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2016-2020; chỉ ra những tồn tại, hạn chế cần khắc phục. Đồng thời, đề ra phương hướng, nhiệm vụ đẩy mạnh các phong trào thi đua và công tác khen thưởng trong thời gian tới.\n\n",
        {
            "kind": "Kế hoạch",
            "symbol": "12/KH-BTNMT",
            "reported": True,
            "year": 2020,
            "title": "tổ chức Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp và Đại hội Thi đua yêu nước ngành tài "
            "nguyên và môi trường lần IV năm 2020",
        },
    ),
    (  # a header whose issuer's cell is empty: the opening names the issuer (blind round ur)
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | |\nSố: 665/KH-UBND | Nghệ An, ngày 29 tháng 9 năm 2022 |\nKẾ HOẠCH\nXÂY DỰNG BỘ CHỈ SỐ VÀ KHẢO SÁT, ĐÁNH GIÁ NĂNG LỰC CẠNH TRANH CỦA SỞ, BAN, NGÀNH CẤP TỈNH VÀ UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ (DDCI) NĂM 2022\nThực hiện tinh thần Nghị Quyết số 02/NQ-CP ngày 10/01/2022 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch Xây dựng bộ chỉ số và khảo sát, đánh giá năng lực cạnh tranh của sở, ban, ngành cấp tỉnh và UBND các huyện, thành phố, thị xã (DDCI) năm 2022, với nội dung cụ thể như sau:\nI. MỤC TIÊU, YÊU CẦU\na) Mục tiêu chung: Nhằm ph",
        {"symbol": "665/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh"},
    ),
]

BLIND_XO_XP += [
    (  # the Youth Month turned out is that yearly campaign launched (blind round ut)
        " date 2017-02 TPO - Sáng ngày 28/2, Tỉnh đoàn Thanh Hóa đã tổ chức Lễ ra quân Tháng Thanh niên năm 2017.\n\nHình ảnh tại lễ ra quân. Ảnh: Hoàng Lam\n\nVới chủ đề “Tuổi trẻ Thanh Hóa chung tay xây dựng Nông thôn mới và văn minh đô thị”, trong tháng Thanh niên 2017, tuổi trẻ Thanh Hóa sẽ đẩy mạnh phong trào tuổi trẻ Thanh Hóa học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Tập trung đăng ký, đảm nhận xây dựng và tu bổ các trục đường giao thông nông thôn, cầu giao thông nông thôn, hệ thống kênh mương nội đồng; hỗ trợ thanh niên khởi nghiệp, phát triển kinh tế; tổ chức các hoạt động tình nguyện xây dựng nếp sống văn minh; ý thức, văn hóa khi tham gia giao thông, giữ gìn trật tự an toà",
        {"launch": True},
    ),
    (  # a header in capitals keeps the tone mark where the text puts it: "TỈNH UỶ" → "Tỉnh uỷ" (blind round ut)
        "TỈNH UỶ NGHỆ AN                                           ĐẢNG CỘNG SẢN VIỆT NAM\n\n                *                                                      Nghệ An, ngày 13 tháng 6 năm 2019\n\n     Số 196-KH/TU\n\n \n\nKẾ HOẠCH\n\ntổ chức đợt hoạt động với chủ đề “Nghệ An làm theo lời Bác dặn”\n\n năm 2019 - 2020\n\n ----\n\n          Kỷ niệm 50 năm thực hiện Bức thư cuối cùng Bác Hồ gửi Ban Chấp hành Đảng bộ tỉnh Nghệ An (21/7/1969 - 21/7/2019), 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 - 2019), hướng tới kỷ niệm 130 năm ngày sinh của Người (19/5/1890 - 19/5/2020), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tổ chức đợt hoạt động với chủ đề “Nghệ An làm theo lời Bác dặn” năm 2019 - 2020 với các nội dung sau:\n\nI- MỤC ĐÍCH, YÊU CẦU\n\n1. Tạo không khí thi đua sôi nổi trong cán bộ, đảng viên và các tầng lớp Nhân dân nhằm thực hiện thắng lợi nhiệm vụ chính trị của tỉnh. Tổ chức đợt sinh hoạt chính trị sâu rộng về những cống hiến vĩ đại của Chủ tịch Hồ Chí Minh đối với dân tộc, đất nước, cách mạng Việt Nam và cách mạng vô sản thế giới. Khẳng định ý nghĩa, giá trị lý luận và thực tiễn sâu sắc của Di chúc, của tư tưởng Hồ Chí Minh trong công cuộc xây dựng và bảo vệ đất nước hiện nay.\n\n2. Nâng cao trách nhiệm của toàn Đảng bộ, lực lượng vũ trang và Nhân dân tỉnh Nghệ An trong việc thực hiện Di chúc của Người. Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, tạo sự chuyển biến mạnh mẽ về nhận thức và h",
        {"issuer": "Tỉnh uỷ Nghệ An", "symbol": "196-KH/TU"},
    ),
]

BLIND_XO_XP += [
    (  # launched at the drill's turnout: "đã phát động và tổ chức ký kết đợt thi đua" (blind round uy)
        "Quang cảnh buổi Lễ\nTại lễ ra quân, Ban CHQS huyện Tam Đường đã quán triệt mệnh lệnh huấn luyện chiến đấu năm 2025 của Bộ CHQS tỉnh Lai Châu. Theo đó, lực lượng vũ trang huyện tiếp tục tổ chức huấn luyện theo phương châm “Cơ bản, thiết thực, vững chắc”, thực hiện tốt 3 quan điểm, 8 nguyên tắc, 6 mối kết hợp trong huấn luyện. Tổ chức huấn luyện cho 100% cán bộ, chiến sĩ lực lượng thường trực, dân quân tự vệ, dự bị động viên.\nTrên cơ sở đó, Ban CHQS huyện quán triệt nhiệm vụ cụ thể cho Ban CHQS các xã, thị trấn, các đơn vị tự vệ, chuẩn bị tốt thao trường, bãi tập, giáo án bài giảng, mô hình học cụ, vật chất huấn luyện. Không ngừng nâng cao chất lượng huấn, đảm bảo an toàn tuyệt đối về người và vũ khí, trang bị trong suốt quá trình huấn luyện.\nKý kết đợt thi đua cao điểm “Thần tốc, Quyết thắng”\nTại Lễ ra quân huấn luyện, Ban CHQS huyện Tam Đường đã phát động và tổ chức ký kết đợt thi đua cao điểm “Thần tốc, Quyết thắng” chào mừng kỷ niệm 50 năm ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025) và 135 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)\nTrọng Hoản _ Ngọc Hà",
        {"launch": True},
    ),
    (  # the conference's other business before its launch: "Hội nghị đã triển khai đăng ký, giao ước, phát động thi
        # đua năm 2023" (blind round uy)
        "Skip Ribbon Commands\nSkip to main content\n\nKhối thi đua Văn hóa – Xã hội tổ chức tổng kết công tác thi đua, khen thưởng năm 2022 và triển khai nhiệm vụ năm 2023\n\nNgày 29 tháng 12 năm 2022, tại Ban Dân tộc, Khối thi đua Văn hóa – Xã hội đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và triển khai nhiệm vụ năm 2023. Khối Thi đua Văn hóa - Xã hội gồm 10 đơn vị là Ban Dân tộc, Sở Giáo dục và Đào tạo, Sở Khoa học và công nghệ, Sở Lao động - Thương binh và Xã hội, Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Sở Y tế, Đài Phát thanh Truyền hình, Bảo hiểm Xã hội tỉnh, Trường Cao đẳng Bắc Kạn. Năm 2022, Ban Dân tộc tỉnh Bắc Kạn được giao là đơn vị Trưởng khối, Sở Giáo dục và Đào tạo là đơn vị Phó khối.\n\nCác đại biểu dự Hội nghị đã thảo luận, đánh giá kết quả hoạt động năm 2022 với sự phối hợp chặt chẽ giữa các sở, ban, ngành, các phong trào thi đua được triển khai và nhận được sự hưởng ứng tích cực của toàn thể cán bộ, công chức, viên chức, người lao động trong Khối thi đua, góp phần tích cực hoàn thành xuất sắc các mục tiêu, nhiệm vụ phát triển kinh tế, xã hội của tỉnh năm 2022. Các đại biểu đã tiến hành bỏ phiếu lựa chọn 01 đơn vị tiêu biểu xuất sắc dẫn đầu phong trào thi đua đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua và 03 đơn vị đề nghị tặng Bằng khen.\n\nHội nghị đã triển khai đăng ký, giao ước, phát động thi đua năm 2023 đến toàn thể cán bộ, công chức, viên chức, người lao động, phấn đấu hoàn thành xuất sắc nhiệm vụ, góp phần phất triển kinh tế - xã hội, đả",
        {"launch": True},
    ),
]

BLIND_XO_XP += [
    (  # "ký giao ước thi đua của Khối năm 2021": the page's cluster named before, not a cluster "Khối năm 2021" (blind
        # round va)
        "Hội nghị ký kết giao ước thi đua\n\nChiều ngày 22/01/2021, Tại Cơ sở Cai nghiện ma túy tỉnh Quảng Ninh đã diễn ra Hội nghị ký kết giao ước thi đua của Khối thi đua các đơn vị trực thuộc Sở, ngành Văn hóa- Xã hội. Tới dự và chỉ đạo hội nghị có đồng chí Lại Thái Hoàn- Phó Trưởng ban Thi đua- Khen thưởng tỉnh. Tham dự Hội nghị còn có lãnh đạo, cán bộ phụ trách công tác thi đua- khen thưởng của 16 đơn vị thuộc Khối thi đua.\n\nTại Hội nghị, 16 đơn vị thành viên của Khối thi đua đã tập trung thảo luận, đóng góp ý kiến xây dựng Quy chế hoạt động, đăng ký giao ước thi đua, Kế hoạch hoạt động của Khối trong năm 2021; Thống nhất nội dung và ký giao ước thi đua của Khối năm 2021.\n\nTrong năm 2021, Khối thi đua đã thống nhất tổ chức các hoạt động định kỳ, gồm: Hội nghị ký kết giao ước thi đua, Hội nghị sơ kết công tác 6 tháng đầu năm, Hội nghị tổng kết đánh giá công tác thi đua năm 2021.\n\nNgoài ra, để tạo phong trào thi đua và tạo sân chơi giao lưu cho cán bộ, công chức, viên chức, lao động trong Khối, tại hội nghị đã thống nhất:\n\n– Tổ chức các hoạt động chào mừng thành công của Đại hội đại biểu Toàn quốc lần thứ XIII của Đảng, các hoạt động tuyên truyền về Bầu cử Quốc hội khóa XV và HĐND các cấp,",
        {"issuer": "Khối thi đua các đơn vị trực thuộc Sở"},
    ),
]


@pytest.mark.parametrize(("text", "want"), BLIND_XO_XP, ids=[f"xo_xp{i}" for i in range(len(BLIND_XO_XP))])
def test_pages_of_blind_rounds_xo_xp(text: str, want: dict) -> None:
    d = extract_document(clean_text(text)).document
    assert {k: getattr(d, k) for k in want} == want


def test_a_movement_launched_by_its_name_is_a_campaign() -> None:
    doc = extract_document(clean_text(BLIND_XO_XP[6][0]))
    assert [c.name for c in doc.campaigns] == ["Đồng Khởi mới"]


def test_a_word_inside_the_quote_before_names_no_campaign() -> None:
    """Regression (blind round xq): "phong trào" inside a plan's quoted title made the requirement quoted after it
    a campaign."""
    doc = extract_document(clean_text(next(t for t, _ in BLIND_XO_XP if t.startswith("Bình dân học vụ số - cách"))))
    assert [c.name for c in doc.campaigns] == ["Bình dân học vụ số"]


def test_a_movement_launched_after_a_theme_is_not_the_theme() -> None:
    doc = extract_document(clean_text(next(t for t, _ in BLIND_XO_XP if "Tỉnh đoàn Kiên Giang tổ chức" in t)))
    assert [c.name for c in doc.campaigns] == ["Đời đời nhớ ơn Bác Hồ"]  # (the tree-planting drive launched, by name,
    # as the document's gold reads it: tests/realworld/gold/xv10_kiengiang_tinhdoan_thangthanhnien_2024.json)
    assert [t.text for t in doc.themes] == ["Thanh niên Kiên Giang xung kích tình nguyện vì cuộc sống cộng đồng"]


def test_the_opening_under_a_title_in_capitals_is_not_part_of_it() -> None:
    """Regression (review): "Ủy ban nhân dân tỉnh ... ban hành Kế hoạch ... như sau:" ran into the plan's title."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 18/KH-UBND\nHòa Bình, ngày 22 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nTHỰC HIỆN "
        "CÔNG TÁC THI ĐUA, KHEN THƯỞNG TỈNH HÒA BÌNH NĂM 2024\n\nỦy ban nhân dân tỉnh Hòa Bình ban hành Kế hoạch thực "
        "hiện công tác thi đua, khen thưởng năm 2024 như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    title = extract_document(clean_text(text)).document.title
    assert title == "THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG TỈNH HÒA BÌNH NĂM 2024"


def test_a_headline_cut_short_is_the_one_given_in_full_below() -> None:
    """Regression (review): the page's shortened headline ("... “Kỷ niệm 80 năm Ngà...") was the title."""
    text = 'Skip Ribbon Commands\nSkip to main content\n\nSở Nội vụ tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai phong trào thi đua chào mừng “Kỷ niệm 80 năm Ngà...\n\nTin tức - Sự kiện  \nSở Nội vụ tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai phong trào thi đua chào mừng “Kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam” (06/01/1946 - 06/01/2026)\nThực hiện Kế hoạch số 789/KH-UBTVQH15 ngày 17 tháng 4 năm 2024 của Ủy ban Thường vụ Quốc hội về việc triển khai phong trào thi đua chào mừng “Kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam” (06/01/1946 - 06/01/2026);\n\nĐể Phong trào thi đua được triển khai rộng khắp, đạt kết quả toàn diện, Sở Nội vụ đã tham mưu Uỷ ban nhân dân tỉnh Hà Nam ban hành Kế hoạch số 1131/KH-UBND ngày 18 tháng 6 năm 2024 triển khai phong trào thi đua chào mừng “Kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam" '
    assert "Ngày Tổng tuyển cử đầu tiên" in str(extract_document(clean_text(text)).document.title)
