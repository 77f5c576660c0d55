"""Campaigns and themes on real-looking snippets."""

from __future__ import annotations

import pytest

from graph import clean_text, extract_document
from graph.extract.quotes import campaigns_and_themes

CAMPAIGNS = [
    (
        "gắn với phong trào thi đua “Đẩy nhanh tiến độ giải phóng mặt bằng” giai đoạn 2022 - 2025; ",
        [("Đẩy nhanh tiến độ giải phóng mặt bằng", None, "giai đoạn 2022 - 2025")],
    ),
    (
        "các phong trào thi đua do Thủ tướng Chính phủ phát động như: “Cả nước chung sức xây dựng nông thôn mới” "
        "giai đoạn 2021 - 2025, “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau”.",
        [
            ("Cả nước chung sức xây dựng nông thôn mới", "Thủ tướng Chính phủ", "giai đoạn 2021 - 2025"),
            ("Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau", "Thủ tướng Chính phủ", None),
        ],
    ),
    (
        'Phong trào "Triển khai thực hiện Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ; “Doanh nghiệp hội nhập '
        "và phát triển”, “Cán bộ, công chức thi đua thực hiện văn hóa công sở”... Đồng thời " + "x " * 300,
        [
            ("Triển khai thực hiện Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ", None, None),
            ("Doanh nghiệp hội nhập và phát triển", None, None),
            ("Cán bộ, công chức thi đua thực hiện văn hóa công sở", None, None),
        ],
    ),
    (
        "hưởng ứng cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” do Bộ Chính trị phát động",
        [("Người Việt Nam ưu tiên dùng hàng Việt Nam", None, None)],
    ),
    ("tích cực tham gia PTTĐ “Vì an ninh Tổ quốc” trong lực lượng vũ trang.", [("Vì an ninh Tổ quốc", None, None)]),
    (
        "Phong trào thi đua “Quyết thắng”; phong trào thi đua “Vì an ninh Tổ quốc” trong lực lượng vũ trang",
        [("Quyết thắng", None, None), ("Vì an ninh Tổ quốc", None, None)],
    ),
    (
        "thực hiện các phong trào do tỉnh phát động: “*Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới*”",
        [("Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới", "tỉnh", None)],
    ),
    (  # a drive (đợt thi đua, thi đua cao điểm) is a campaign
        "UBND tỉnh ban hành Kế hoạch số 545/KH-UBND về việc phát động Đợt thi đua cao điểm “100 ngày đêm lao động "
        "sáng tạo” (01/01/1997 - 01/01/2022).",
        [("100 ngày đêm lao động sáng tạo", None, None)],
    ),
    (
        "Kế hoạch 6677/KH-UBND về Thi đua cao điểm 60 ngày đêm “Quyết tâm tăng tốc, năng suất gấp đôi” phấn đấu",
        [("Quyết tâm tăng tốc, năng suất gấp đôi", None, None)],
    ),
    # the title of a scheme after a campaign word is not a campaign
    (
        "dẫn đầu phong trào thi đua yêu nước; bằng khen của Chủ tịch UBND thành phố trong triển khai thực hiện đề "
        "án “Xây dựng thành phố thông minh tại thành phố Đà Nẵng giai đoạn 2018 - 2025”;",
        [],
    ),
    # a citation's quoted subject is not a campaign
    ("phong trào thi đua yêu nước, Chỉ thị số 30-CT/TU của Tỉnh ủy về “Tiếp tục đổi mới công tác thi đua”", []),
    # a theme after phong trào is a theme
    ("phát động phong trào thi đua yêu nước với chủ đề “Siết chặt kỷ cương, sáng tạo bứt phá”", []),
    (  # an event by its name is no campaign, even with a covenant's word before it (blind round yt)
        "Công đoàn Kí giao ước thi đua Cụm 6 - THCS Vào sáng ngày 30 tháng 01 năm 2024, Ban chấp hành công đoàn "
        "Trường đã tham dự “ Hội nghị sơ kết công đoàn cụm thi đua 6 năm học 2023-2024” Và “Ký giao ước thi đua cụm "
        "thi đua 6 năm học 2023-2024” do Trưởng Cụm thi đua 6- Trường THCS Trần Quốc Toản 1 tổ chức.",
        [],
    ),
    (  # straight quotes typed with spaces inside; one name written twice (blind round yt)
        'Tiếp theo, cô Vũ Thu Hạnh thay mặt tổ giáo vụ lên phát động phong trào " Rèn chữ- Giữ vở ". Đây là phong '
        "trào nhận được sự hưởng ứng nhiệt tình. Phong trào rèn chữ-giữ vở giúp học sinh. Các em hưởng ứng phong "
        'trào "rèn chữ-giữ vở" sôi nổi.\n\nBan biên tập',
        [("Rèn chữ- Giữ vở", None, None)],
    ),
    (  # a campaign in straight single quotes (blind round yt)
        "Triển khai thực hiện Phong trào thi đua 'Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập' ngành giáo "
        "dục, giai đoạn 2020-2025, khối các Sở GD-ĐT gồm 8 cụm thi đua.",
        [("Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập", None, None)],
    ),
    (  # a national movement carried out as a programme; a model named after one is none (blind round za)
        "Ngày 8/4, Công đoàn Khu Kinh tế Công nghiệp tỉnh tổ phát động phong trào thi đua thực hiện chương trình “1 "
        "triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID - 19” do Tổng Liên đoàn Lao "
        "động Việt Nam phát động. Hội viên xây dựng mô hình “Dân vận khéo”.",
        [("1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID - 19", None, None)],
    ),
    (  # one name with commas or dashes between its words (blind round zb); a workshop's title is none (round ze)
        "Lễ ra quân thực hiện phong trào “Sáng, xanh, sạch, đẹp”. Các hộ hưởng ứng phong trào “sáng – xanh – sạch – "
        'đẹp” sôi nổi. Cụm đã phát động thi đua đợt 3-2012 và hội thảo "Nâng cao chất lượng công tác phát hiện, bồi '
        'dưỡng, tổng kết và nhân điển hình tiên tiến" của cụm.',
        [("Sáng, xanh, sạch, đẹp", None, None)],
    ),
    (  # the next of a list of titles is a title too; a campaign after ";" is one (blind round zf)
        "thi đua giành danh hiệu “Xã, phường, thị trấn văn minh”, “Doanh nghiệp giỏi, Doanh nhân tiêu biểu”, “Cơ quan "
        "văn hoá”; phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được duy trì.",
        [("Toàn dân đoàn kết xây dựng đời sống văn hóa", None, None)],
    ),
    (  # a movement that raises funds ("phong trào gây quỹ") names campaigns; a fund is none (review)
        "Hội Phụ nữ huyện thực hiện phong trào gây quỹ “Hũ gạo tiết kiệm”, “Biến rác thải thành thẻ bảo hiểm”; các hội "
        "viên ủng hộ Quỹ “Vì người nghèo”.",
        [("Hũ gạo tiết kiệm", None, None), ("Biến rác thải thành thẻ bảo hiểm", None, None)],
    ),
    (  # an unclosed quote ends with its sentence, not at the paragraph's last ";" (blind round yq)
        "Thị xã duy trì và phát huy các phong trào thi đua gắn với việc học tập và làm theo tấm gương đạo đức, phong "
        "cách Hồ Chí Minh; phong trào “Thi đua chung tay xây dựng nông thôn mới”, “ Chào mừng Đại hội Đảng các cấp "
        "tiến tới Đại hội Đảng toàn quốc lần thứ XIII, “ toàn dân đoàn kết xây dựng đời sống văn hoá, đô thị văn "
        "minh... Đẩy mạnh công tác tuyên truyền, nhân rộng các điển hình tiên tiến. 5 năm qua cơ cấu kinh tế chiếm "
        "55,6%; Thu nhập bình quân đầu người đạt 2,5 triệu đồng/người/tháng.\n\nTHANH TIẾN",
        [
            ("Thi đua chung tay xây dựng nông thôn mới", None, None),
            ("Chào mừng Đại hội Đảng các cấp tiến tới Đại hội Đảng toàn quốc lần thứ XIII", None, None),
            ("toàn dân đoàn kết xây dựng đời sống văn hoá, đô thị văn minh", None, None),
        ],
    ),
    (  # a quoted name that says it is a movement (blind round zm), not a quoted sentence about one
        'Để thực hiện chỉ tiêu này, Trung ương Hội Nông dân Việt Nam và các cấp Hội đã tiếp tục đẩy mạnh "Phong trào '
        'Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững". Lãnh đạo nhấn '
        'mạnh: "Phong trào Bình dân học vụ số phải được triển khai toàn diện, sâu rộng". Đồng chí Lương Quốc Đoàn phát '
        "biểu.",
        [
            (
                "Phong trào Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền "
                "vững",
                None,
                None,
            )
        ],
    ),
    (  # a moral principle quoted names no campaign (blind round ug)
        "Phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Bính Ngọ 2026 là hoạt động chính trị - xã hội ý nghĩa, "
        "thể hiện đạo lý “Uống nước nhớ nguồn” của dân tộc.",
        [("Tết trồng cây đời đời nhớ ơn Bác Hồ", None, None)],
    ),
    (  # straight single quotes after "phong trào" (blind round zw)
        "Năm 2018, phong trào 'Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo "
        "bền vững' được các cấp Hội Nông dân triển khai.",
        [("Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", None, None)],
    ),
    (  # the kind of movement after its word is no title (blind round zr)
        "Hội thi còn là dịp để các em ghi nhớ 5 điều Bác Hồ dạy.\nCác phong trào truyền thống như “Nghìn việc tốt”, "
        "“Uống nước nhớ nguồn”, “Thiếu nhi Việt Nam thi đua làm theo 5 điều Bác Hồ dạy” tiếp tục được phát huy mạnh "
        "mẽ, lan tỏa sâu rộng trong nhà trường.",
        [
            ("Nghìn việc tốt", None, None),
            ("Uống nước nhớ nguồn", None, None),
            ("Thiếu nhi Việt Nam thi đua làm theo 5 điều Bác Hồ dạy", None, None),
        ],
    ),
    (  # a mechanism and a task named in quotes are no campaigns (blind round zk)
        "phong trào toàn dân đoàn kết xây dựng đời sống văn hóa gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông "
        "thôn mới, đô thị văn minh”; công tác cải cách hành chính, thực hiện có hiệu quả cơ chế “một cửa”, “một cửa "
        "liên thông”; củng cố quốc phòng-an ninh.",
        [("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", None, None)],
    ),
    (
        "Theo Chủ tịch UBND tỉnh Lâm Đồng, phong trào này tiếp nối tinh thần “diệt giặc dốt” mà Chủ tịch Hồ Chí Minh "
        "khởi xướng cách đây 80 năm, nhưng mở rộng sang nhiệm vụ mới: “xóa mù công nghệ”, “xóa mù kỹ năng số” và “xóa "
        "mù thông tin”. Phong trào được triển khai rộng khắp.",
        [],
    ),
    (  # a name that says what it is, in a list after a movement named unquoted (blind round ui)
        "Nhiều phong trào thi đua đã được tổ chức như: Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh "
        "tế - xã hội; “Phong trào thi đua trên lĩnh vực văn hóa - xã hội, thực hiện chính sách an sinh xã hội”; phong "
        "trào “Cả nước chung sức xây dựng nông thôn mới”.",
        [
            ("Phong trào thi đua trên lĩnh vực văn hóa - xã hội, thực hiện chính sách an sinh xã hội", None, None),
            ("Cả nước chung sức xây dựng nông thôn mới", None, None),
        ],
    ),
    (  # the goal of the emulation, quoted after the movement: no name (blind round ui)
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 05/KH-UBND về phát động phong trào thi đua yêu nước năm 2021 trên "
        "địa bàn Tỉnh. một gốc thành phố Vị Thanh.jpg Một góc thành phố Vị Thanh Với mục tiêu thi đua: “Đẩy mạnh cải "
        "cách hành chính, cải "
        "thiện môi trường đầu tư kinh doanh. Tập trung đầu tư hạ tầng công nghiệp, công nghệ thông tin, giao thông, "
        "thủy lợi; nâng cao chất lượng nguồn nhân lực; phát triển đồng bộ các lĩnh vực văn hóa - xã hội; du lịch, bảo "
        "vệ môi trường, phòng, chống thiên tai; đẩy mạnh phòng, chống tham nhũng, lãng phí; giữ vững quốc phòng - an "
        "ninh; nâng cao đời sống vật chất, tinh thần của Nhân dân”. Việc tổ chức phát động các phong trào thi đua.",
        [],
    ),
    (  # the education sector's movement by its name alone (blind round um)
        "động viên đội ngũ cán bộ, giáo viên, nhân viên và học sinh nỗ lực thi đua “Dạy tốt - Học tốt”, nâng cao chất "
        "lượng GD&ĐT.",
        [("Dạy tốt - Học tốt", None, None)],
    ),
    (  # an award's flag, named after the movement it was won in, is no campaign (blind round up)
        "Với những thành tích nổi bật trong phong trào thi đua năm 2020, Công ty Thủy điện Tuyên Quang đã vinh dự đón "
        'nhận cờ "Đơn vị dẫn đầu phong trào thi đua năm 2020" của Tập đoàn Điện lực Việt Nam.',
        [],
    ),
    (  # an app named after a movement's word is no campaign (blind round uo)
        "Mở ra nhiệm kỳ mới của phong trào phụ nữ phường Tây Hồ Phường Tây Hồ vận động người dân cài đặt ứng dụng “A80 – "
        "Tự hào Việt Nam” Niềm vui chung của phường Tây Hồ dịp 2/9",
        [],
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), CAMPAIGNS, ids=[f"c{i}" for i in range(len(CAMPAIGNS))])
def test_campaigns(snippet: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    doc = extract_document(clean_text(snippet))
    assert [c.name for c in doc.campaigns] == [n for n, _, _ in expected]
    for c, (_, launcher, period) in zip(doc.campaigns, expected, strict=True):
        if launcher:
            assert c.launched_by == launcher
        assert c.period == period


THEMES = [
    (  # the space lost after a quote's stop still ends the sentence: what follows lists no theme (blind round zz)
        "Bộ Xây dựng phát động phong trào thi đua với chủ đề “Đoàn kết, sáng tạo, đổi mới, kỷ cương và phát triển bền "
        "vững”.Theo đó, Bộ trưởng cho biết, cách đây 69 năm, Chủ tịch Hồ Chí Minh đã ra “Lời kêu gọi thi đua yêu "
        "nước”, trong đó nhấn mạnh “Thi đua là yêu nước, yêu nước thì phải thi đua”. Các đơn vị hưởng ứng.",
        [("Đoàn kết, sáng tạo, đổi mới, kỷ cương và phát triển bền vững", None, "chủ đề")],
    ),
    (  # the theme of the year's movement, "chủ đề" right before "phong trào thi đua" (blind round tr)
        'Tổng LĐLĐ Việt Nam xác định chủ đề phong trào thi đua năm 2026 là: "Đoàn viên, người lao động thi đua đổi '
        'mới sáng tạo - đẩy mạnh chuyển đổi số"',
        [("Đoàn viên, người lao động thi đua đổi mới sáng tạo - đẩy mạnh chuyển đổi số", None, "chủ đề")],
    ),
    (
        "Hưởng ứng phương châm hành động năm 2023 của Bộ Nội vụ “Đoàn kết, kỷ cương, gương mẫu” và của UBND tỉnh "
        "“Siết chặt kỷ cương, tăng cường trách nhiệm”, nhằm động viên",
        [
            ("Đoàn kết, kỷ cương, gương mẫu", "Bộ Nội vụ", "phương châm"),
            ("Siết chặt kỷ cương, tăng cường trách nhiệm", "UBND tỉnh", "phương châm"),
        ],
    ),
    (
        'theo chủ đề hành động năm 2023 của ngành ngoại giao: **"Đoàn kết, kỷ cương, bản lĩnh"** và chủ đề của '
        'năm 2023: **"Siết chặt kỷ cương, sáng tạo bút phá"**, phấn đấu',
        [
            ("Đoàn kết, kỷ cương, bản lĩnh", "ngành ngoại giao", "chủ đề"),
            ("Siết chặt kỷ cương, sáng tạo bút phá", None, "chủ đề"),
        ],
    ),
    (
        "I. CHỦ ĐỀ THI ĐUA\nNgành Nội vụ tỉnh “Siết chặt kỷ cương, hoàn thành xuất sắc nhiệm vụ năm 2023”.",
        [("Siết chặt kỷ cương, hoàn thành xuất sắc nhiệm vụ năm 2023", None, "chủ đề")],
    ),
    ("với khẩu hiệu “Nói đi đôi với làm”", [("Nói đi đôi với làm", None, "khẩu hiệu")]),
    (
        "với chủ đề: “Siết chặt kỷ cương, sa\u0301ng ta\u0323o bư\u0301t pha\u0301”",
        [("Siết chặt kỷ cương, sáng tạo bứt phá", None, "chủ đề")],
    ),
    # the spirit a thing is done in is neither a theme nor a campaign (ANNOTATION.md: chủ đề, phương châm,
    # khẩu hiệu only)
    (
        "Xã quyết tâm triển khai phong trào “Bình dân học vụ số”, hướng tới xây dựng xã chuyển đổi số văn minh, hiện "
        "đại.\n\nVới tinh thần “Thi đua là yêu nước”, xã Quảng Ninh kêu gọi toàn thể cán bộ, đảng viên và Nhân dân.",
        [],
    ),
    ("thực hiện với tinh thần “chống dịch như chống giặc” và đạt “mục tiêu kép”", []),
    # a theme in straight single quotes right after its word (tests/realworld xn07); an apostrophe elsewhere is none
    (
        "lãnh đạo Tổng cục Hải quan đã phát động phong trào thi đua năm 2019 với chủ đề: 'Kỷ cương- hành động- hiệu "
        "quả', trong đó tập trung vào các nội dung.",
        [("Kỷ cương- hành động- hiệu quả", None, "chủ đề")],
    ),
    ("Trường 'Lê Lợi' tổ chức lễ phát động thi đua.", []),
    (  # "chủ điểm" names a theme (blind round yt)
        'Trong thời gian từ 01/11 đến 20/11 với chủ điểm "Ngàn hoa điểm tốt kính dâng thầy, cô giáo" Liên đội đã '
        "phát động phong trào thi đua tuần học tốt.",
        [("Ngàn hoa điểm tốt kính dâng thầy, cô giáo", None, "chủ đề")],
    ),
    (  # an opening mark typed to close, glued to the word before, opens nothing (blind round yv)
        "Ban Thường vụ Tỉnh ủy Hưng Yên tổ chức Cuộc thi tìm hiểu về quê hương Hưng Yên với chủ đề “Hưng Yên truyền "
        "thống và phát triển“, đối tượng là tất cả công dân Việt Nam, không phân biệt lứa tuổi, thành phần, tôn giáo."
        "\n\nBan biên tập",
        [("Hưng Yên truyền thống và phát triển", None, "chủ đề")],
    ),
]


def test_a_saying_quoted_is_no_campaign() -> None:
    text = (
        "Lan tỏa các phong trào thi đua yêu nước ở La Gi\n\n04/02/2021, 10:40\n\n"
        "BT- Thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh “Thi đua là yêu nước, yêu nước thì phải thi đua”, thị xã "
        "La Gi thường xuyên duy trì và đẩy mạnh các phong trào thi đua yêu nước."
    )
    assert [c.name for c in extract_document(clean_text(text)).campaigns] == []


@pytest.mark.parametrize(("snippet", "expected"), THEMES, ids=[f"t{i}" for i in range(len(THEMES))])
def test_themes(snippet: str, expected: list[tuple[str, str | None, str]]) -> None:
    doc = extract_document(clean_text(snippet))
    assert [(t.text, t.owner, t.kind) for t in doc.themes] == expected


@pytest.mark.parametrize(
    ("text", "campaigns"),
    [
        # a name in capitals broken over two lines of a title is one name
        (
            "KẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA “KIÊN GIANG THỰC HIỆN\nCHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ”\n",
            ["KIÊN GIANG THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ"],
        ),
        # or over three (blind round wl)
        (
            "KẾ HOẠCH\nPHÁT ĐỘNG\nPHONG TRÀO THI ĐUA 6 THÁNG CUỐI NĂM 2022 “CHÀO MỪNG KỶ NIỆM 74 NĂM TRUYỀN THỐNG\n"
            "THI ĐUA YÊU NƯỚC 11/6/1948 - 11/6/2022, 77 NĂM QUỐC KHÁNH 02/9/1945 - 02/9/2022\nVÀ TRUYỀN THỐNG TÒA ÁN NHÂN "
            "DÂN 13/9/1945 - 13/9/2022”\n(Kèm theo Quyết định số 141/QĐ-TANDTC)\n",
            [
                "CHÀO MỪNG KỶ NIỆM 74 NĂM TRUYỀN THỐNG THI ĐUA YÊU NƯỚC 11/6/1948 - 11/6/2022, 77 NĂM QUỐC KHÁNH 02/9/1945 - "
                "02/9/2022 VÀ TRUYỀN THỐNG TÒA ÁN NHÂN DÂN 13/9/1945 - 13/9/2022"
            ],
        ),
        # a closing quote lost before the document the campaign follows (blind round wv)
        (
            "Theo Cục Hải quan, việc ban hành kế hoạch này với mục tiêu cụ thể hoá Quyết định 923/QĐ-TTg, ngày 14/5/2025 "
            "và Phong trào “Bình dân học vụ số theo Kế hoạch số 01-KH/BCĐTW, ngày 21/3/2025 của Ban chỉ đạo trung ương về "
            "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.\nNội dung của kế hoạch gồm bốn phần.",
            ["Bình dân học vụ số"],
        ),
        # or before who launched it (blind round xa)
        (
            "hưởng ứng phong trào thi đua “Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc do Thủ tướng Chính "
            "phủ phát động tại Đại hội thi đua yêu nước toàn quốc lần thứ X.\nCác đơn vị trong cụm đã tích cực hưởng ứng.",
            ["Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc"],
        ),
        # words a speaker says at a launch (blind round ws)
        (
            "Tại hội nghị phát động phong trào thi đua năm 2021, ông Nguyễn Văn Vĩnh, chủ tịch UBND tỉnh kêu gọi “Cán "
            "bộ, công chức, viên chức và nhân dân các dân tộc trong toàn tỉnh, cùng đoàn kết, đồng lòng”",
            [],
        ),
        # cut short by the page or by the end of the text: no name
        ("Kế hoạch triển khai phong trào thi đua chào mừng “Kỷ niệm 80 năm Ngà...\n", []),
        ("Hưởng ứng phong trào thi đua “Toàn dân xây dựng Thừa Thiên Huế sáng - xanh -", []),
        # a speech's title after "ra", an award, the generic words: not campaigns
        ("kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra “Lời kêu gọi thi đua ái quốc” (11/6/1948 - 11/6/2023)", []),
        ("đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” cho 12 cá nhân trong phong trào thi đua", []),
        # one name written twice in a document is one campaign
        (
            "phong trào thi đua “Sóc Trăng chung tay vì người nghèo - Không để aỉ bị bỏ lại phía sau”; phong trào "
            "“Sóc Trăng chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”.",
            ["Sóc Trăng chung tay vì người nghèo - Không để aỉ bị bỏ lại phía sau"],
        ),
        # the goal a campaign sets, quoted after it (its own quote closed by a straight one), is no campaign
        (
            'Công đoàn (CĐ) Tổng Công ty Du lịch Sài Gòn vừa phát động phong trào thi đua “Vì người thợ" trong '
            "CNVC-LĐ với mục tiêu “phấn đấu hoàn thành trước thời gian, vượt mức các chỉ tiêu kế hoạch sản xuất”.",
            ["Vì người thợ"],
        ),
        # a national campaign quoted by its name alone, no "phong trào" before it
        (
            "các quận, huyện tiếp tục thực hiện tốt các nội dung thi đua “Học tập và làm theo tư tưởng, đạo đức, "
            "phong cách Hồ Chí Minh”, chăm lo đời sống nhân dân.",
            ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"],
        ),
        # the tree-planting festival launched by its name ("Tết trồng cây" names the kind of drive, the quote the drive,
        # as four gold answers of tests/realworld and a blind one read it)
        ("phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” năm 2026", ["Đời đời nhớ ơn Bác Hồ"]),
        # a straight quote typed with a space inside
        (
            'đã phát động trong toàn ngành Giáo dục và Đào tạo Phong trào thi đua " Đổi mới, sáng tạo trong dạy, học"',
            ["Đổi mới, sáng tạo trong dạy, học"],
        ),
        # a list of movements after one that is a document's subject ("Cuộc vận động ... theo Chỉ thị số ...")
        (
            "các phong trào thi đua trên các lĩnh vực như: Thi đua thực hiện nhiệm vụ năm 2024; “Hiến đất làm đường "
            "giao thông”; thực hiện “Cuộc vận động hỗ trợ xây dựng nhà ở theo Chỉ thị số 22-CT/TU của Ban Thường vụ "
            "Tỉnh ủy”; “Chỉnh trang đô thị, vệ sinh môi trường”; “Lao động giỏi”, “Lao động sáng tạo”...",
            [
                "Hiến đất làm đường giao thông",
                "Cuộc vận động hỗ trợ xây dựng nhà ở theo Chỉ thị số 22-CT/TU của Ban Thường vụ Tỉnh ủy",
                "Chỉnh trang đô thị, vệ sinh môi trường",
                "Lao động giỏi",
                "Lao động sáng tạo",
            ],
        ),
    ],
    ids=[
        "two-lines",
        "three-lines",
        "lost-close",
        "lost-close-by",
        "spoken",
        "page-cut",
        "text-cut",
        "speech",
        "award",
        "twice",
        "goal",
        "national",
        "part",
        "spaced",
        "list",
    ],
)
def test_campaign_names_from_real_pages(text: str, campaigns: list[str]) -> None:
    assert [c.name for c in campaigns_and_themes(text)[0]] == campaigns


@pytest.mark.parametrize(
    ("text", "campaigns"),
    [
        # the theme of a movement is its name when no "là" states it (blind round ya)
        (
            "thành phố tổ chức phát động phong trào thi đua gắn với phong trào thi đua thực hiện chủ đề của cuộc vận "
            "động “Học tập và làm theo tư tưởng, tấm gương đạo đức và phong cách Hồ Chí Minh”.",
            ["Học tập và làm theo tư tưởng, tấm gương đạo đức và phong cách Hồ Chí Minh"],
        ),
        # a headline whose closing quote is lost, joined to its date line (blind round xy)
        (
            "Phát động Phong trào thi đua “Ngành GTVT đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến "
            "thắng đại dịch COVID-19\n\nNgày đăng: 08:04:49 - 24/ 08 /2021\n\nChiều 24/8, Bộ GTVT tổ chức Lễ phát động.",
            ["Ngành GTVT đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch COVID-19"],
        ),
        # a movement launched by its name after "phát động thi đua"; a closing straight quote typed after a space
        # (blind rounds xw, xi)
        ("Châu Thành: Phát động thi đua “Dân vận khéo” của Đảng và xây dựng nông thôn mới", ["Dân vận khéo"]),
        (
            'trường THCS Nguyễn Huệ long trọng tổ chức lễ phát động thi đua "Chào mừng 40 năm ngày nhà giáo Việt Nam '
            '20/11/1982- 20/11/2022 ". Năm học 2022-2023 là năm học tiếp tục thực hiện Nghị quyết số 29/NQ-TW về " Đổi '
            'mới căn bản, toàn diện giáo dục và đào tạo".',
            ["Chào mừng 40 năm ngày nhà giáo Việt Nam 20/11/1982- 20/11/2022"],
        ),
        # a list of campaigns ends with its line; houses built and named are none (blind round xv)
        (
            "Tích cực hưởng ứng các phong trào “Toàn dân đoàn kết xây dựng nông thôn mới” và “Dân vận khéo”.\n\n"
            "- Xây dựng các công trình phúc lợi xã hội: Xây dựng nhà “Đại đoàn kết”, nhà “Nghĩa tình đồng đội”.",
            ["Toàn dân đoàn kết xây dựng nông thôn mới", "Dân vận khéo"],
        ),
        # a drive named as a "chiến dịch" or a "tháng cao điểm", not a battle (blind round wu; tv, v)
        ("Nhà trường tổ chức lễ trưởng thành và phát động chiến dịch “Hoa phượng đỏ” năm 2023.", ["Hoa phượng đỏ"]),
        ("Các hoạt động Tháng cao điểm “Vì người nghèo” năm 2019 diễn ra trên địa bàn huyện.", ["Vì người nghèo"]),
        (
            "Tuyên truyền về chiến công của quân và dân ta trong chiến dịch phòng không 12 ngày đêm “Hà Nội – Điện "
            "Biên Phủ trên không” tháng 12/1972.",
            [],
        ),
        # two apostrophes are a typist's quotation mark; a victory's name is not a campaign
        (
            "Bộ Chỉ huy BĐBP tỉnh tổ chức Lễ phát động thi đua cao điểm ''50 ngày thi đua lập công quyết thắng'' kỷ "
            "niệm 50 năm Chiến thắng ''Hà Nội - Điện Biên Phủ trên không'' (18/12/1972 - 18/12/2022).",
            ["50 ngày thi đua lập công quyết thắng"],
        ),
        # a works or a model named in quotes, a saying of President Hồ Chí Minh: no campaign
        ("Cục Hải quan tham gia khởi công công trình “Dân vận khéo” năm 2023, hưởng ứng phong trào thi đua.", []),
        (
            "Phong trào thi đua: Chủ tịch Hồ Chí Minh đã dạy “Thi đua là yêu nước, yêu nước thì phải thi đua và những "
            "người thi đua là những người yêu nước nhất”.",
            [],
        ),
        # a title conferred ("được UNESCO công nhận “...”") is not a campaign
        (
            "đẩy mạnh phong trào thi đua kỷ niệm 20 năm Hà Nội được UNESCO công nhận “Thành phố Vì hòa bình”.",
            [],
        ),
        # a day kept ("Ngày ... 20/11") is an anniversary, not a movement; a movement named "Ngày ..." stays one
        ("Liên đội phát động phong trào thi đua chào mừng “Ngày Nhà giáo Việt Nam 20/11” năm 2021.", []),
        ("Hưởng ứng phong trào “Ngày Chủ nhật xanh” do UBND tỉnh phát động.", ["Ngày Chủ nhật xanh"]),
        # a fund is not a campaign, though a campaign may share its words (blind round ty)
        (
            "phong trào “Cả nước chung tay vì người nghèo- không để ai bị bỏ lại phía sau”, công tác an sinh xã hội "
            "được đảm bảo, vận động ủng hộ Quỹ “Vì biển đảo Việt Nam” được 1,6 tỷ đồng; Quỹ “Vì người nghèo” được "
            "2 tỷ đồng.",
            ["Cả nước chung tay vì người nghèo- không để ai bị bỏ lại phía sau"],
        ),
        # a fund named by its own name, the foes of 1945, a policy's name: no campaign (blind rounds xd, xe, xf)
        (
            "tích cực hưởng ứng các cuộc vận động do các cơ quan phát động, đóng góp ủng hộ “Quỹ đền ơn đáp nghĩa”; "
            "“Quỹ người nghèo”.",
            [],
        ),
        (
            "Phong trào “Bình dân học vụ” do Chủ tịch Hồ Chí Minh khởi xướng sau Cách mạng Tháng Tám năm 1945 – khi đất "
            "nước đối mặt với “giặc đói”, “giặc dốt” và “giặc ngoại xâm”.",
            ["Bình dân học vụ"],
        ),
        (
            'nâng cao chất lượng phong trào thanh thiếu nhi, đảm bảo thực hiện chủ trương "3 liên kết" trong các hoạt '
            "động an sinh xã hội.",
            [],
        ),
        # titles of culture built to are no campaigns (blind round xg)
        (
            "phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá” gắn với các nội dung xây dựng “Phường Văn minh đô "
            "thị”, “Xã văn hoá nông thôn mới”, “Tuyến phố văn minh đô thị”.",
            ["Toàn dân đoàn kết xây dựng đời sống văn hoá"],
        ),
        # a name whose opening quote was lost ends at its closing quote (blind round ty)
        (
            "nhất là Cuộc vận động: “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, phong trào cả nước "
            "chung tay vì người nghèo, không để ai bị bỏ lại phía sau”, phong trào đoàn kết sáng tạo.",
            [
                "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                "cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
            ],
        ),
        # national campaigns named as the subjects of the movements before them (blind round wi)
        (
            "chủ động tham mưu phát động, triển khai các phong trào thi đua trọng tâm trên phạm vi toàn quốc với những "
            "chủ đề cụ thể: “Cả nước chung sức xây dựng nông thôn mới”, “Doanh nghiệp Việt Nam hội nhập và phát "
            "triển”… Các cơ quan, đơn vị đã hưởng ứng.",
            ["Cả nước chung sức xây dựng nông thôn mới", "Doanh nghiệp Việt Nam hội nhập và phát triển"],
        ),
        # the campaign a covenant is for (blind round wg)
        (
            "Ngày 1-3, tại Công an tỉnh Quảng Bình, Công an 6 tỉnh Cụm thi đua số 5-Bộ Công an tổ chức hội nghị ký "
            'kết giao ước thi đua "Vì an ninh Tổ quốc" năm 2017.',
            ["Vì an ninh Tổ quốc"],
        ),
        # what is launched by its name, written with and without "năm" before its year (blind round tz)
        (
            "Đoàn Trường Đại học Y - Dược phát động “Tháng Thanh niên 2026”\nBí thư Đoàn trường đã triển khai kế hoạch "
            "hoạt động “Tháng Thanh niên năm 2026”, xác định rõ các nhiệm vụ trọng tâm.",
            ["Tháng Thanh niên 2026"],
        ),
        (  # the sector's wording of a campaign, where it runs added inside the quotes, is that campaign (round yg)
            'Kế hoạch năm 2023 về triển khai phong trào thi đua "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện '
            'đại; thực hành tiết kiệm, chống lãng phí" trong ngành Thông tin và Truyền thông\n\nBộ ban '
            "hành Kế hoạch triển khai phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực "
            "hành tiết kiệm, chống lãng phí trong ngành Thông tin và Truyền thông”.",
            ["Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí"],
        ),
        (  # what a campaign is for, quoted after it, is no campaign (tests/realworld tr04, s12; blind round yf)
            "Đẩy mạnh, nâng cao chất lượng Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”, khơi "
            "dậy ý chí tự lực, tự cường, phát huy nội lực vươn lên “Thoát nghèo, xây dựng cuộc sống ấm no” của người "
            "dân và cộng đồng, phấn đấu “Vì một Việt Nam không còn đói nghèo”.",
            ["Vì người nghèo - Không để ai bị bỏ lại phía sau"],
        ),
        (  # the practice named as a task is no campaign (tests/realworld xk03, xk04)
            "Tuyên truyền tư tưởng của Chủ tịch Hồ Chí Minh về thi đua yêu nước gắn với việc “Học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh”; chủ trương của Đảng.",
            [],
        ),
        (  # the national movement named alone (tests/realworld wr12)
            "Qua đó, nhằm phát hiện, tôn vinh các tấm gương, mô hình, điển hình “Dân vận khéo”, góp phần tạo sức lan "
            "tỏa.",
            ["Dân vận khéo"],
        ),
        (  # what a movement brought is no name (blind round ye)
            "Các phong trào thi đua đó đã mang lại “trái ngọt” trên các lĩnh vực kinh tế - xã hội.",
            [],
        ),
        (  # a campaign's initials quoted as its name, on a page naming it in full, are that campaign (round yn)
            "Hội nghị tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2019. Dự có ông Nguyễn Ngọc "
            "Cường, Trưởng Ban chỉ đạo phong trào “TDĐKXDĐSVH” quận.",
            ["Toàn dân đoàn kết xây dựng đời sống văn hóa"],
        ),
        (  # two campaigns in one quote (blind round yk)
            "Sáng 22/8, UBND phường Định Công tổ chức Lễ phát động phong trào “Bình dân học vụ số và phong trào thi đua "
            "cả nước thi đua đổi mới sáng tạo và chuyển đổi số” giai đoạn 2025-2030.",
            ["Bình dân học vụ số", "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số"],
        ),
    ],
    ids=[
        "theme-of-a-movement",
        "lost-closing-before-date-line",
        "launched-by-name-thi-dua",
        "space-before-closing",
        "list-ends-with-its-line",
        "chien-dich",
        "thang-cao-diem",
        "battle",
        "apostrophes",
        "works",
        "saying",
        "conferred",
        "day-kept",
        "day-movement",
        "fund",
        "fund-named",
        "foes-of-1945",
        "policy",
        "culture-titles",
        "lost-opening",
        "national-subjects",
        "covenant-for",
        "launched-by-name",
        "sector-tail",
        "goals-after",
        "the-practice",
        "dan-van-kheo",
        "what-came-of-it",
        "initials",
        "two-in-one-quote",
    ],
)
def test_campaign_names_blind_round(text: str, campaigns: list[str]) -> None:
    """Regressions from real pages of central and sectoral bodies (blind round k)."""
    assert [c.name for c in extract_document(clean_text(text)).campaigns] == campaigns


def test_a_theme_in_single_curly_quotes() -> None:
    """Some papers quote a theme with ‘ ’; its first word ("Đoàn kết") is not a body acting."""
    doc = extract_document(
        clean_text("Với chủ đề ‘Đoàn kết – Đổi mới – Sáng tạo - Phát triển’, ngày 10/9, tỉnh Lai Châu tổ chức Đại hội.")
    )
    assert [t.text for t in doc.themes] == ["Đoàn kết - Đổi mới - Sáng tạo - Phát triển"]
    assert doc.document.issuer is None or "Đoàn kết" not in doc.document.issuer


def test_the_spirit_after_a_campaign_is_no_campaign() -> None:
    """Regression (hd09): the quote after "Với tinh thần" was chained to the campaign quoted just before."""
    text = (
        "Xã quyết tâm triển khai phong trào “Bình dân học vụ số”, hướng tới xây dựng xã chuyển đổi số văn minh, hiện "
        "đại.\n\nVới tinh thần “Thi đua là yêu nước”, xã Quảng Ninh kêu gọi toàn thể cán bộ, đảng viên và Nhân dân."
    )
    doc = extract_document(clean_text(text))
    assert [c.name for c in doc.campaigns] == ["Bình dân học vụ số"] and not doc.themes


@pytest.mark.parametrize(
    ("text", "campaigns", "themes"),
    [
        (  # the drive owns the theme: "Chủ đề của đợt thi đua ... là “...”" (kontumtv.vn)
            "Chủ đề của đợt thi đua đặc biệt bắt đầu từ đầu tháng 5 đến 22/12 năm nay là “Nhân dân tỉnh Kon Tum "
            "phát huy ý chí quyết chiến quyết thắng, năng động, sáng tạo”.",
            [],
            ["Nhân dân tỉnh Kon Tum phát huy ý chí quyết chiến quyết thắng, năng động, sáng tạo"],
        ),
        (  # a drive "theo chuyên đề" states its theme
            "Cụ thể, Sở tổ chức phát động phong trào thi đua theo chuyên đề “Kỷ cương, trách nhiệm, đoàn kết, sáng "
            "tạo”, đồng thời tổ chức đăng ký thi đua cho 100% các tập thể và cá nhân.",
            [],
            ["Kỷ cương, trách nhiệm, đoàn kết, sáng tạo"],
        ),
        (  # the campaign named again after a slogan is no theme
            "Hội nghị ký kết giao ước thi đua năm 2023. Với khẩu hiệu hành động năm 2023 “Xây dựng Công an nhân dân "
            "thật sự trong sạch, vững mạnh”, 9 đơn vị trong khối đã thống nhất nội dung ký giao ước thi đua “Vì an "
            "ninh Tổ quốc”. Đẩy mạnh phong trào thi đua “Vì an ninh Tổ quốc” gắn với các đợt thi đua ngắn ngày.",
            ["Vì an ninh Tổ quốc"],
            ["Xây dựng Công an nhân dân thật sự trong sạch, vững mạnh"],
        ),
        (  # a title conferred ("danh hiệu “...”") is no campaign
            "tổ chức phát động và tổng kết phong trào thi đua đặc biệt chào mừng kỷ niệm 190 năm Ngày thành lập tỉnh "
            "gắn với Lễ vinh danh danh hiệu “Công dân Lạng Sơn ưu tú” lần thứ nhất.",
            [],
            [],
        ),
        (  # a model and a tradition are no campaigns
            "Thúc đẩy phong trào thi đua dạy tốt, xây dựng mô hình trường học “Sạch - Xanh - Đẹp - Văn minh” để nâng "
            "cao chất lượng. Giáo dục truyền thống “Uống nước nhớ nguồn”, “Tôn sư trọng đạo” của dân tộc.",
            [],
            [],
        ),
        (  # but one a theme word names stays a theme too
            "tổ chức thực hiện hiệu quả phong trào thi đua với chủ đề “Đổi mới, sáng tạo trong dạy và học” gắn với "
            "nhiệm vụ. Bộ đã ban hành hướng dẫn phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”.",
            ["Đổi mới, sáng tạo trong dạy và học"],
            ["Đổi mới, sáng tạo trong dạy và học"],
        ),
        (  # the words after the quote say it is the theme (blind round uw)
            "“70 ngày đêm xung kích, sáng tạo, quyết thắng” là chủ đề đợt thi đua cao điểm diễn ra từ 1/12/2021 đến 8/2/2022 chào mừng kỷ niệm 70 năm ngày truyền thống Thanh niên Quân đội (8/2/1952-8/2/2022). Sáng ngày 18/11, Lễ phát động thi đua đã được tổ chức làm trước ",
            [],
            ["70 ngày đêm xung kích, sáng tạo, quyết thắng"],
        ),
        (  # a theme closed by two single marks (blind round uw)
            "Với chủ đề “Phát huy tinh thần toàn quốc kháng chiến, quyết tâm hoàn thành xuất sắc nhiệm vụ cuối năm 2021’’, từ nay cho đến hết ngày 19/12/2021, BĐBP tỉnh sẽ tổ chức giáo dục, tuyên truyền nâng cao nhận thức cho 100% cán bộ, chiến sỹ về sự ",
            [],
            ["Phát huy tinh thần toàn quốc kháng chiến, quyết tâm hoàn thành xuất sắc nhiệm vụ cuối năm 2021"],
        ),
        (  # a clause about the campaign before ("... tuy không có tiếng súng nhưng đã “...”") lists nothing (blind round uz)
            ' date 2026-01-22 “Chiến dịch Quang Trung" tuy không có tiếng súng nhưng đã “tốc chiến, tốc thắng”, vượt tiến độ 2 tuần, 34.759 nhà bị hư hỏng đã hoàn thành sửa chữa để người dân trở về ở trước 31/12/2025, toàn bộ 1.597 nhà bị sập, đổ, lũ cuốn trôi đã được xây dựng lại và hoàn thành trước 15/01/2026 để người dân có mái nhà kiên c',
            ["Chiến dịch Quang Trung"],
            [],
        ),
        (  # the campaign's name of 2006-2011, spaces doubled by the page (blind round uy)
            "Trong  thời  gian tới,  Hội  Nông  dân tỉnh  Lạng  Sơn  sẽ  tiếp  tục  đẩy  mạnh thực  hiện  “Học  tập và  làm  theo  tấm gương  đạo  đức  Hồ Chí  Minh”,  vận động  cán  bộ,  hộiviên nông dân trong tỉnh  tích  cực  tham gia  xây  dựng  cơ  sở hạ  tầng  nông  t",
            ["Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"],
            [],
        ),
        (  # what the youth turn out for, by its name: "đồng loạt ra quân “Ngày Chủ nhật xanh”" (blind round vb)
            "Quảng Trị: ĐVTN đồng loạt ra quân “Ngày Chủ nhật xanh”\n\nWeb.ĐTN: Ngày 01/3, Ban Thường vụ Tỉnh Đoàn Quảng Trị đã chỉ đạo 100% các cấp bộ Đoàn trong toàn tỉnh đồng loạt ra quân “Ngày Chủ nhật xanh” lần thứ  nhất, năm 2020 và tổ chức các hoạt động phòng chống dịch Covid - 19.\n02/03/2020 15:30 946\n\nTheo đó, Ban Thường vụ Tỉnh Đoàn ",
            ["Ngày Chủ nhật xanh"],
            [],
        ),
    ],
)
def test_a_theme_or_a_campaign_by_what_names_it(text: str, campaigns: list[str], themes: list[str]) -> None:
    """Regression (blind rounds q, r): "Chủ đề của đợt thi đua ... là" made a theme a campaign; "theo chuyên đề"
    was no theme word; a campaign named just after a slogan was taken for a second slogan."""
    found_campaigns, found_themes = campaigns_and_themes(text)
    assert [c.name for c in found_campaigns] == campaigns
    assert [t.text for t in found_themes] == themes


def test_slogans_listed_by_number_after_the_word_that_names_them() -> None:
    """Regression (blind round th): "Nội dung khẩu hiệu như sau: (1) ...!; (2) ...!" gave no theme; an item cut
    short by the page states none."""
    from graph.extract.quotes import campaigns_and_themes

    text = (
        "Nội dung khẩu hiệu như sau: (1) Nhiệt liệt chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ X!; (2) Thi "
        "đua là yêu nước, yêu nước thì phải thi đua!; (3) Tất cả vì mục tiêu dân gi"
    )
    _campaigns, themes = campaigns_and_themes(text)
    assert [(t.text, t.kind) for t in themes] == [
        ("Nhiệt liệt chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ X", "khẩu hiệu"),
        ("Thi đua là yêu nước, yêu nước thì phải thi đua", "khẩu hiệu"),
    ]


def test_an_unclosed_theme_ends_before_the_period_it_runs_for() -> None:
    """Regression (blind round tg): "Với chủ đề “Đoàn kết, ... bền vững (từ 02/9/2017 đến 31/3/2018), đợt thi đua
    ..." — the quote never closes — took the whole paragraph and the next as the theme."""
    from graph import clean_text
    from graph.extract.quotes import campaigns_and_themes

    text = clean_text(
        "Với chủ đề “Đoàn kết, sáng tạo, đổi mới, kỷ cương và phát triển bền vững (từ 02/9/2017 đến 31/3/2018), đợt "
        "thi đua lập thành tích bao gồm những nội dung chính như sau:\n\nPhát động các phong trào thi đua với nhiều "
        "hình thức phong phú.\n"
    ).text
    _campaigns, themes = campaigns_and_themes(text)
    assert [t.text for t in themes] == ["Đoàn kết, sáng tạo, đổi mới, kỷ cương và phát triển bền vững"]


def test_a_name_quoted_inside_a_quoted_name() -> None:
    """A theme that quotes a name inside it (“... quê hương “Hai giỏi”, đẩy mạnh ...”) is one quote, to its own
    close; a quote that never closes still stops before the next one opens."""
    from graph.extract.quotes import find_quotes

    text = "với chủ đề “Phát huy truyền thống quê hương “Hai giỏi”, đẩy mạnh phong trào thi đua”."
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "Phát huy truyền thống quê hương “Hai giỏi”, đẩy mạnh phong trào thi đua"
    ]
    unclosed = "phong trào “Ngày Chủ nhật xanh và phong trào “Sáng - Xanh - Sạch - Đẹp”"
    assert [unclosed[q.start : q.end] for q in find_quotes(unclosed)][-1] == "Sáng - Xanh - Sạch - Đẹp"
