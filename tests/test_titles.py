"""The title of a page or a headerless text, table-driven on real headlines and leads (as provincial portals and
newspapers give them): the event or the action it names, not the day, the place, the actor or the words that run
on past it; a headline keeps its actor as written."""

from __future__ import annotations

import pytest

from graph import clean_text, extract_document
from graph.extract.titles import event_title

# a headline or a lead sentence → the title it gives
LINES = [
    (  # a dated lead: the event, without the day, the actor and "tổ chức"
        "Sáng 24/9, Công đoàn Giáo dục Việt Nam tổ chức hội nghị điển hình tiên tiến trong các phong trào thi đua, "
        "cuộc vận động giai đoạn 2020-2025.",
        "hội nghị điển hình tiên tiến trong các phong trào thi đua, cuộc vận động giai đoạn 2020-2025",
    ),
    (  # who attended runs on past the event's name
        "Sáng 26-10, Bộ Y tế đã tổ chức Đại hội Thi đua yêu nước ngành y tế lần thứ VIII (2025 - 2030), với sự "
        "tham dự của gần 500 đại biểu.",
        "Đại hội Thi đua yêu nước ngành y tế lần thứ VIII (2025 - 2030)",
    ),
    (  # the day and the place before the actor; "long trọng tổ chức"
        "Sáng 27/12, tại Hà Nội, Hội đồng Thi đua - Khen thưởng Trung ương long trọng tổ chức Đại hội Thi đua yêu "
        "nước toàn quốc lần thứ XI, với sự tham dự của 2.223 đại biểu.",
        "Đại hội Thi đua yêu nước toàn quốc lần thứ XI",
    ),
    (  # "Mới đây, tại ..., " and an actor of several words
        "Mới đây, tại Ban Chỉ huy quân sự Văn phòng Tỉnh ủy, đơn vị Cụm trưởng Cụm thi đua số I Ban CHQS các cơ "
        "quan tỉnh đã tổ chức ký kết giao ước thi đua quyết thắng năm 2015.",
        "ký kết giao ước thi đua quyết thắng năm 2015",
    ),
    (  # a verb other than "tổ chức" is kept
        "Ngày 30/1/2023, Chủ tịch UBND tỉnh Yên Bái đã phát động phong trào thi đua yêu nước năm 2023.",
        "phát động phong trào thi đua yêu nước năm 2023",
    ),
    (  # what it lasts runs on past its name
        "Các hoạt động Tháng cao điểm “Vì người nghèo” năm 2019 diễn ra từ ngày 17/10/2019 đến 18/11/2019.",
        "Các hoạt động Tháng cao điểm “Vì người nghèo” năm 2019",
    ),
    (  # a body that issued a document: what the document does
        "UBND tỉnh vừa ban hành kế hoạch triển khai phong trào thi đua đặc biệt dành cho lực lượng tham gia bảo vệ "
        "an ninh, trật tự tại các cơ sở trên địa bàn tỉnh.",
        "triển khai phong trào thi đua đặc biệt dành cho lực lượng tham gia bảo vệ an ninh, trật tự tại các cơ sở "
        "trên địa bàn tỉnh",
    ),
    (  # only the first sentence names it
        "Sáng ngày 6/1, Hội Chữ thập đỏ (CTĐ) tỉnh Sóc Trăng tổ chức Hội nghị Tổng kết công tác Hội và phong trào "
        "CTĐ năm 2021. Đến dự và phát biểu tại Hội nghị có bà Hồ Thị Cẩm Đào.",
        "Hội nghị Tổng kết công tác Hội và phong trào CTĐ năm 2021",
    ),
    (  # a headline keeps its actor, even with a full stop
        "Khối thi đua tổ chức chính trị - xã hội, xã hội nghề nghiệp ký giao ước thi đua năm 2016.",
        "Khối thi đua tổ chức chính trị - xã hội, xã hội nghề nghiệp ký giao ước thi đua năm 2016",
    ),
    (
        "Cụm thi đua số 1 ký kết giao ước thi đua năm 2021",
        "Cụm thi đua số 1 ký kết giao ước thi đua năm 2021",
    ),
    (  # the time a portal posted it
        "Ký kết giao ước thi đua năm học 2022 - 2023 và năm tài chính 2023 (09-03-2023 14:51)",
        "Ký kết giao ước thi đua năm học 2022 - 2023 và năm tài chính 2023",
    ),
    (  # the short name the text defines; "với những nội dung sau"
        "phát động phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ an ninh, trật tự cơ sở (viết tắt là "
        "Kế hoạch số 714).",
        "phát động phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ an ninh, trật tự cơ sở",
    ),
    (
        "về phát động phong trào thi đua thực hiện thắng lợi Kế hoạch phát triển kinh tế - xã hội năm 2020 với "
        "những nội dung sau: ",
        "về phát động phong trào thi đua thực hiện thắng lợi Kế hoạch phát triển kinh tế - xã hội năm 2020",
    ),
    (  # its purpose, after a comma
        "về tổ chức các hoạt động kỷ niệm 72 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc "
        "(11/6/1948 - 11/6/2020), nhằm khơi dậy truyền thống thi đua yêu nước",
        "về tổ chức các hoạt động kỷ niệm 72 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc "
        "(11/6/1948 - 11/6/2020)",
    ),
    (  # the paper's code before the day
        "ĐNO - Chiều 20/8, UBND phường Hương Trà tổ chức hội nghị tuyên dương điển hình tiên tiến giai đoạn 2020 - "
        "2025.",
        "hội nghị tuyên dương điển hình tiên tiến giai đoạn 2020 - 2025",
    ),
    (  # the document the sentence says is new runs on past its subject
        "về “Thi đua thực hiện thắng lợi các nhiệm vụ năm 2026” mới ban hành không đơn thuần là một văn bản điều hành",
        "về “Thi đua thực hiện thắng lợi các nhiệm vụ năm 2026”",
    ),
    (  # who attended names no title
        "Dự Hội nghị có đồng chí Đỗ Thị Minh Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
        None,
    ),
    (  # who signed it is not its subject
        "tổ chức các hoạt động kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11.6.1948 - "
        "11.6.2018) do Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Mai Đức Chính ký",
        "tổ chức các hoạt động kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11.6.1948 - "
        "11.6.2018)",
    ),
    (  # a paper's code with a dash inside its brackets (blind round wd)
        "(BL-TT) Ngày 21/5/2014, UBND TP. Bạc Liêu đã tổ chức hội nghị sơ kết phát động thi đua khen thưởng phong "
        "trào xây dựng phường, khóm, ấp đảm bảo trật tự đô thị.",
        "hội nghị sơ kết phát động thi đua khen thưởng phong trào xây dựng phường, khóm, ấp đảm bảo trật tự đô thị",
    ),
    (  # what it is for runs on past its name, with or without a comma (blind round tf)
        "Phát động phong trào thi đua “Đổi mới, sáng tạo, tận tâm, trách nhiệm thực hiện nhiệm vụ” trong các cơ "
        "quan, đơn vị trực thuộc Sở nhằm chào mừng các ngày lễ lớn năm 2024",
        "Phát động phong trào thi đua “Đổi mới, sáng tạo, tận tâm, trách nhiệm thực hiện nhiệm vụ” trong các cơ "
        "quan, đơn vị trực thuộc Sở",
    ),
    (  # the event that took place where the lead says (blind round ui)
        "Ngày 12/1/2024, tại tỉnh Hà Nam, đã diễn ra Hội nghị tổng kết công tác thi đua khen thưởng năm 2023 và triển "
        "khai nhiệm vụ năm 2024.",
        "Hội nghị tổng kết công tác thi đua khen thưởng năm 2023 và triển khai nhiệm vụ năm 2024",
    ),
]


@pytest.mark.parametrize(("line", "title"), LINES)
def test_event_title(line: str, title: str | None) -> None:
    assert event_title(line) == title


# a page → the title of the document or event it reports
PAGES = [
    (  # a reported document named by its number, then what it does
        "Phó Thủ tướng Thường trực Nguyễn Hòa Bình vừa ký Quyết định số 1008/QĐ-TTg ban hành Kế hoạch triển khai "
        'Đợt thi đua cao điểm "500 ngày đêm thi đua hoàn thành 3.000 km đường bộ cao tốc".\n',
        'ban hành Kế hoạch triển khai Đợt thi đua cao điểm "500 ngày đêm thi đua hoàn thành 3.000 km đường bộ cao tốc"',
    ),
    (
        "Ban Tỉnh ủy Gia Lai vừa ban hành Kế hoạch số 25-KH/TU triển khai thực hiện Chỉ thị số 41-CT/TW của Bộ "
        "Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới.\n",
        "triển khai thực hiện Chỉ thị số 41-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công "
        "tác thi đua, khen thưởng trong tình hình mới",
    ),
    (  # an event page with no headline: the event its lead names
        "Ngày 3-2, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) TPHCM tổ chức Lễ phát động đợt thi đua cao điểm "
        "với chủ đề “Mừng Đảng, mừng Xuân, ra quân Quyết thắng”.\n",
        "Lễ phát động đợt thi đua cao điểm với chủ đề “Mừng Đảng, mừng Xuân, ra quân Quyết thắng”",
    ),
    (  # a name in quotes is whole, a ";" inside it (blind round tg)
        "Kinh tế - Ngày đăng : 13:00, 08/03/2023\nUBND tỉnh vừa ban hành Kế hoạch triển khai phong trào thi đua “Hải "
        "Dương đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”.\n",
        "triển khai phong trào thi đua “Hải Dương đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành "
        "tiết kiệm, chống lãng phí”",
    ),
    (  # no headline kept: what the lead's first sentence reports, its actor a province in small letters (round tk)
        " date 2025-11-02 Ngày 2/11, tỉnh Cà Mau đã tổ chức Đại hội Thi đua yêu nước lần thứ I, giai đoạn 2025-2030. "
        "Đây là Đại hội thi đua yêu nước đầu tiên sau hợp nhất 2 tỉnh.\n",
        "Đại hội Thi đua yêu nước lần thứ I, giai đoạn 2025-2030",
    ),
    (  # ... a site's name before the day; the place "tại TP.Đà Lạt" (blind rounds s, tq)
        "(Thanhuytphcm.vn) - Chiều 25/10, tại TP.Đà Lạt, Hội Nông dân tỉnh Lâm Đồng đã tổ chức Hội nghị tổng kết "
        "Phong trào nông dân thi đua sản xuất, kinh doanh giỏi. Đến dự có lãnh đạo tỉnh.\n",
        "Hội nghị tổng kết Phong trào nông dân thi đua sản xuất, kinh doanh giỏi",
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGES)
def test_page_title(text: str, title: str) -> None:
    assert extract_document(clean_text(text, "page.txt")).document.title == title
