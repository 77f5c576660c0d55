"""Messages shown to people: Vietnamese by default, English on request.

The language comes from ``THIDUA_LANG`` (``vi`` or ``en``) or the CLI's ``--lang``.
"""

from __future__ import annotations

import os
from contextvars import ContextVar

MESSAGES: dict[str, dict[str, str]] = {
    # loading
    "not_found": {"vi": "không tìm thấy tệp", "en": "file not found"},
    "not_regular": {
        "vi": "không phải tệp thường (ống dẫn, thiết bị hay socket): không đọc",
        "en": "not a regular file (a pipe, a device or a socket): not read",
    },
    "bad_name": {
        "vi": "tên tệp có byte không phải UTF-8: đổi tên tệp rồi dựng lại",
        "en": "the file name holds bytes that are not UTF-8: rename the file and build again",
    },
    # store
    "store_unfinished": {
        "vi": "{path}: lần dựng đồ thị trước chưa xong (đang chạy hoặc bị ngắt) nên kho còn văn bản ghi dở — "
        "chờ nó xong, hoặc chạy lại `thidua build`",
        "en": "{path}: the last build has not finished (it is running or was interrupted), so some documents "
        "are half written — wait for it, or run `thidua build` again",
    },
    "build_locked": {
        "vi": "{url}: một lần dựng khác đang ghi vào kho này (hoạt động {ago} giây trước) — chờ nó xong rồi chạy lại",
        "en": "{url}: another build is writing to this store (active {ago} s ago) — wait for it to finish, then "
        "run again",
    },
    "is_directory": {"vi": "là thư mục, không phải tệp", "en": "is a directory, not a file"},
    "empty": {"vi": "tệp rỗng", "en": "the file is empty"},
    "unsupported": {
        "vi": "định dạng {suffix} chưa được hỗ trợ (chỉ nhận .txt, .md, .docx, .doc, .odt, .rtf, .pdf, .html)",
        "en": "format {suffix} is not supported (only .txt, .md, .docx, .doc, .odt, .rtf, .pdf, .html)",
    },
    "binary": {
        "vi": "tệp nhị phân, không phải văn bản",
        "en": "binary file, not text",
    },
    "unknown_encoding": {
        "vi": "không nhận ra bảng mã (không phải UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI)",
        "en": "unrecognised encoding (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)",
    },
    "docx_bomb": {
        "vi": "tệp DOCX bung ra quá lớn ({size} MB, giới hạn {limit} MB, hoặc nén bất thường): không đọc",
        "en": "the DOCX expands too far ({size} MB, limit {limit} MB, or compressed abnormally): not read",
    },
    "bad_docx": {"vi": "tệp DOCX hỏng hoặc bị cắt cụt ({detail})", "en": "damaged or truncated DOCX ({detail})"},
    "bad_pdf": {"vi": "tệp PDF hỏng ({detail})", "en": "damaged PDF ({detail})"},
    "bad_doc": {
        "vi": "tệp Word 97–2003 (.doc) hỏng hoặc không phải .doc ({detail})",
        "en": "damaged Word 97–2003 file, or not a .doc ({detail})",
    },
    "need_antiword": {
        "vi": "đọc tệp .doc cần chương trình antiword: cài bằng 'apt-get install antiword' (scripts/setup.sh cài sẵn)",
        "en": "reading a .doc needs antiword: install it with 'apt-get install antiword' (scripts/setup.sh does)",
    },
    "need_tesseract": {
        "vi": "đọc bản quét cần Tesseract: cài bằng 'apt-get install tesseract-ocr tesseract-ocr-vie' "
        "(scripts/setup.sh cài sẵn)",
        "en": "reading a scan needs Tesseract: install it with 'apt-get install tesseract-ocr tesseract-ocr-vie' "
        "(scripts/setup.sh does)",
    },
    "need_tesseract_vie": {
        "vi": "Tesseract chưa có mô hình tiếng Việt: cài bằng 'apt-get install tesseract-ocr-vie'",
        "en": "Tesseract has no Vietnamese model: install it with 'apt-get install tesseract-ocr-vie'",
    },
    "ocr_too_many_pages": {
        "vi": "bản quét {pages} trang, quá {limit} trang đọc được một lần: tách tệp ra",
        "en": "a scan of {pages} pages, more than the {limit} read at once: split the file",
    },
    "image_too_large": {
        "vi": "ảnh quá lớn (hơn {limit} triệu điểm ảnh một trang): không đọc",
        "en": "image too large (more than {limit} million pixels a page): not read",
    },
    "bad_image": {"vi": "tệp ảnh hỏng ({detail})", "en": "damaged image ({detail})"},
    "bad_odt": {"vi": "tệp ODT hỏng ({detail})", "en": "damaged ODT file ({detail})"},
    "bad_rtf": {"vi": "tệp RTF hỏng ({detail})", "en": "damaged RTF file ({detail})"},
    "pdf_no_text": {
        "vi": "PDF không có chữ: không có lớp văn bản, và nhận dạng ký tự (OCR) trên ảnh trang không ra chữ nào",
        "en": "PDF holds no text: no text layer, and OCR of its page images found none",
    },
    "no_text": {"vi": "không có nội dung văn bản", "en": "no text content"},
    "too_large": {
        "vi": "tệp quá lớn ({size} MB, tối đa {limit} MB)",
        "en": "file too large ({size} MB, limit {limit} MB)",
    },
    "unreadable": {"vi": "không đọc được tệp ({detail})", "en": "cannot read the file ({detail})"},
    "extract_failed": {"vi": "lỗi khi trích xuất ({detail})", "en": "extraction failed ({detail})"},
    # CLI
    "error_prefix": {"vi": "Lỗi", "en": "Error"},
    "bad_lang": {
        "vi": "--lang {value}: chỉ có vi (tiếng Việt) hoặc en (English)",
        "en": "--lang {value}: the languages are vi (Vietnamese) and en (English)",
    },
    "see_help": {"vi": "xem: {command} --help", "en": "see: {command} --help"},
    "warning_prefix": {"vi": "Lưu ý", "en": "Warning"},
    "no_store": {
        "vi": "chưa có kho dữ liệu ở {path} — dựng kho bằng `thidua build THƯ_MỤC_VĂN_BẢN`, hoặc chỉ tới kho "
        "đã có bằng --store THƯ_MỤC (hay biến môi trường THIDUA_STORE)",
        "en": "there is no store at {path} — build one with `thidua build FOLDER`, or point to an existing one "
        "with --store DIR (or the THIDUA_STORE environment variable)",
    },
    "store_open_failed": {
        "vi": "{path}: không mở được kho dữ liệu ({detail})",
        "en": "{path}: the store cannot be opened ({detail})",
    },
    "no_such_symbol": {
        "vi": "không có văn bản số hiệu {symbol}{year} trong kho",
        "en": "no document numbered {symbol}{year} in the store",
    },
    "disk_full": {
        "vi": "đĩa đầy, không ghi tiếp được vào kho ({detail}); kho giữ nguyên những gì đã có — giải phóng chỗ "
        "trống rồi chạy lại `thidua build`",
        "en": "the disk is full, the store cannot be written ({detail}); the store keeps what it held — free some "
        "space and run `thidua build` again",
    },
    "store_write_failed": {
        "vi": "không ghi được vào kho ({detail}); kho giữ nguyên những gì đã có",
        "en": "the store cannot be written ({detail}); the store keeps what it held",
    },
    "bad_iri_param": {
        "vi": "tham số {name}={value}: không phải một IRI tuyệt đối (ví dụ https://w3id.org/thidua/...)",
        "en": "parameter {name}={value}: not an absolute IRI (e.g. https://w3id.org/thidua/...)",
    },
    "unknown_param": {
        "vi": "tham số không có trong truy vấn {query}: {names}",
        "en": "parameters the query {query} does not take: {names}",
    },
    "missing_param": {
        "vi": "thiếu tham số --param {name}=... ({doc})",
        "en": "missing parameter --param {name}=... ({doc})",
    },
    "int_param": {
        "vi": "tham số {name} phải là số nguyên: {value}",
        "en": "parameter {name} must be a whole number: {value}",
    },
    "param_matched_nothing": {
        "vi": "không có dòng nào: tham số {param} không khớp văn bản nào trong kho",
        "en": "no rows: the parameter {param} matches nothing in the store",
    },
    "did_you_mean": {"vi": " — Có phải: {symbols}?", "en": " — Did you mean: {symbols}?"},
    "ambiguous_symbol": {
        "vi": "{symbol} ứng với {n} văn bản ({which}): chọn bằng --year, --province hoặc --issuer",
        "en": "{symbol} matches {n} documents ({which}): choose with --year, --province or --issuer",
    },
    "files_failed": {
        "vi": "{failed}/{total} tệp không xử lý được",
        "en": "{failed} of {total} files could not be processed",
    },
    "role_basis": {"vi": "căn cứ", "en": "basis"},
    "role_implements": {"vi": "thực hiện", "en": "implements"},
    "endpoint_truncated": {
        "vi": "{url}: máy chủ chỉ trả {got} trong {total} dòng kết quả (giới hạn số dòng của máy chủ, ví dụ "
        "ResultSetMaxRows của Virtuoso)",
        "en": "{url}: the server returned {got} of {total} result rows (its row limit, e.g. Virtuoso's "
        "ResultSetMaxRows)",
    },
    "rules_unreadable": {
        "vi": "{path}: không đọc được tệp quy tắc ({detail})",
        "en": "{path}: cannot read the rules file ({detail})",
    },
    "rules_bad_toml": {
        "vi": "{path}: tệp quy tắc sai cú pháp TOML ({detail})",
        "en": "{path}: the rules file is not valid TOML ({detail})",
    },
    "rule_bad_field": {
        "vi": "{path}: quy tắc thứ {n} thiếu hoặc sai trường ({detail})",
        "en": "{path}: rule {n} lacks a field or has a wrong one ({detail})",
    },
    "rules_none": {"vi": "{path}: không có [[rule]] nào", "en": "{path}: no [[rule]] in the file"},
    "audit_engine": {
        "vi": "không có cách kiểm tra {engine!r} (chọn: {choices})",
        "en": "no such audit engine {engine!r} (choose: {choices})",
    },
    "no_query": {
        "vi": "không có truy vấn '{name}' (xem: thidua queries)",
        "en": "no query '{name}' (see: thidua queries)",
    },
    "sparql_param_name": {
        "vi": "SPARQL: tên tham số không hợp lệ: {name!r}",
        "en": "SPARQL: not a valid parameter name: {name!r}",
    },
    "sparql_no_where": {
        "vi": "SPARQL: không tìm thấy mệnh đề WHERE để gắn tham số",
        "en": "SPARQL: no WHERE clause to bind the parameters in",
    },
    "rule_bad_kind": {
        "vi": '{path}: quy tắc {rule}: applies_to.kind = {kind!r} không phải "launch" hay một loại văn bản đã biết',
        "en": '{path}: rule {rule}: applies_to.kind = {kind!r} is neither "launch" nor a known document kind',
    },
    "role_mention": {"vi": "nhắc đến", "en": "mention"},
    "col_cited": {"vi": "Văn bản được trích dẫn", "en": "Cited document"},
    "col_date": {"vi": "Ngày", "en": "Date"},
    "col_issuer": {"vi": "Cơ quan ban hành", "en": "Issuer"},
    "col_role": {"vi": "Vai trò", "en": "Role"},
    "campaign": {"vi": "Phong trào", "en": "Campaign"},
    "theme": {"vi": "Chủ đề", "en": "Theme"},
    "stage_extract": {"vi": "Trích xuất", "en": "Extracting"},
    "stage_ocr": {"vi": "Đọc bản quét (trang)", "en": "Reading scans (pages)"},
    "stage_store": {"vi": "Ghi vào kho", "en": "Storing"},
    "stage_optimize": {"vi": "Sắp xếp lại kho", "en": "Compacting the store"},
    "build_title": {"vi": "Kết quả dựng đồ thị", "en": "Build summary"},
    "sum_files": {"vi": "Tệp đầu vào", "en": "Input files"},
    "sum_launches": {"vi": "Văn bản phát động", "en": "Launches"},
    "export_written": {"vi": "Đã ghi {path} ({fmt}, {size})", "en": "Wrote {path} ({fmt}, {size})"},
    "build_skipped": {
        "vi": "bỏ qua {n} tệp không đọc được trong thư mục ({kinds}); chỉ đọc .txt, .md, .html, .docx, .doc, "
        ".odt, .rtf, .pdf",
        "en": "skipped {n} files the folders hold that thidua does not read ({kinds}); it reads .txt, .md, "
        ".html, .docx, .doc, .odt, .rtf, .pdf",
    },
    "build_nothing": {
        "vi": "không có văn bản nào để dựng: thư mục rỗng hoặc không có tệp đọc được",
        "en": "nothing to build: the folders are empty or hold no file thidua reads",
    },
    "build_no_province": {
        "vi": "{n} văn bản không nêu tỉnh nào (ví dụ {first}): chưa gắn được với tỉnh, nên không được kiểm tra "
        "theo quy tắc của tỉnh — dựng lại với --province TÊN_TỈNH",
        "en": "{n} documents name no province (e.g. {first}): they are not tied to a province, so no "
        "provincial rule checks them — rebuild with --province NAME",
    },
    "sum_extracted": {"vi": "Đã trích xuất", "en": "Extracted"},
    "sum_unchanged": {"vi": "Không đổi (bỏ qua)", "en": "Unchanged (skipped)"},
    "sum_from_cache": {"vi": "Lấy từ bộ nhớ đệm trích xuất", "en": "From the extraction cache"},
    "sum_resolved": {"vi": "Hợp nhất thực thể", "en": "Resolution"},
    "resolved_none": {
        "vi": "không cần (kho như lần dựng trước)",
        "en": "not needed (the store is as the last build left it)",
    },
    "resolved_fresh": {"vi": "toàn bộ kho văn bản", "en": "the whole corpus"},
    "resolved_incremental": {
        "vi": "chỉ phần thay đổi (từ trạng thái lưu cạnh kho)",
        "en": "the change only (from the state kept beside the store)",
    },
    "build_missing": {
        "vi": "{n} tệp đã dựng vào kho không còn trong thư mục (ví dụ {first}): vẫn giữ trong kho; gỡ bằng "
        "thidua remove ĐƯỜNG_DẪN",
        "en": "{n} files in the store are no longer in the folder (e.g. {first}): kept in the store; take them "
        "out with thidua remove PATH",
    },
    "remove_done": {
        "vi": "Đã gỡ {n} tệp khỏi kho; kho còn {documents} văn bản.",
        "en": "Removed {n} files from the store; {documents} documents remain.",
    },
    "remove_not_stored": {
        "vi": "{path}: không có trong kho (chưa từng dựng, hoặc đã gỡ)",
        "en": "{path}: not in the store (never built, or removed already)",
    },
    "build_cache_damaged": {
        "vi": "bộ nhớ đệm trích xuất bị hỏng, đã chuyển sang {path} và trích xuất lại các tệp; kho không mất gì",
        "en": "the extraction cache was damaged: moved to {path}, the files were extracted again; nothing "
        "stored was lost",
    },
    "build_cache_at": {
        "vi": "bộ nhớ đệm trích xuất của kho từ xa nằm ở máy này: {path}",
        "en": "the remote store's extraction cache is on this machine: {path}",
    },
    "sum_graphs_written": {"vi": "Đồ thị đã ghi", "en": "Graphs written"},
    "sum_graphs_kept": {"vi": "Đồ thị giữ nguyên", "en": "Graphs kept"},
    "sum_documents": {"vi": "Văn bản trong kho", "en": "Documents in the corpus"},
    "sum_cited_only": {"vi": "Văn bản chỉ được trích dẫn", "en": "Documents only cited"},
    "sum_bodies": {"vi": "Cơ quan", "en": "Bodies"},
    "sum_campaigns": {"vi": "Phong trào", "en": "Campaigns"},
    "sum_themes": {"vi": "Chủ đề", "en": "Themes"},
    "sum_conflicts": {"vi": "Mâu thuẫn ghi nhận", "en": "Conflicts recorded"},
    "sum_triples": {"vi": "Bộ ba RDF", "en": "RDF triples"},
    "col_label": {"vi": "Tên", "en": "Label"},
    "col_details": {"vi": "Chi tiết", "en": "Details"},
    "col_used_by": {"vi": "Số văn bản nêu", "en": "Used by"},
    "bad_kind": {"vi": "không có loại '{kind}' (chọn: {kinds})", "en": "no kind '{kind}' (choose: {kinds})"},
    "bad_format": {"vi": "không có định dạng '{fmt}' (chọn: {formats})", "en": "no format '{fmt}' (choose: {formats})"},
    "localizes": {"vi": "biến thể địa phương của", "en": "localizes"},
    "col_query": {"vi": "Truy vấn", "en": "Query"},
    "col_purpose": {"vi": "Mục đích", "en": "Purpose"},
    "col_params": {"vi": "Tham số", "en": "Parameters"},
    "bad_param": {"vi": "tham số phải có dạng k=v: {item}", "en": "a parameter must be k=v: {item}"},
    "rows": {"vi": "{n} dòng", "en": "{n} rows"},
    "cascade_reach": {"vi": "Lan tỏa tới {n} văn bản phát động:", "en": "Reaches {n} launches:"},
    "col_province": {"vi": "Tỉnh", "en": "Province"},
    "col_kind": {"vi": "Loại văn bản", "en": "Kind"},
    "col_count": {"vi": "Số lượng", "en": "Count"},
    "other": {"vi": "khác", "en": "other"},
    "list_more": {
        "vi": "… và {n} mục khác (tổng {total}; --all để xem hết, --limit N, --json để lấy đủ)",
        "en": "… and {n} more ({total} in all; --all to see them, --limit N, --json for everything)",
    },
    "viz_focus_year": {
        "vi": "với thidua viz, ghi rõ năm bằng --focus-year",
        "en": "with thidua viz, give the year with --focus-year",
    },
    "central": {"vi": "Trung ương", "en": "Central"},
    "unknown_province": {"vi": "Chưa rõ tỉnh", "en": "Province unknown"},
    "col_level": {"vi": "Cấp", "en": "Level"},
    "col_launches": {"vi": "Số văn bản phát động", "en": "Launches"},
    "cascade_more": {
        "vi": "… và {n} văn bản khác (--all để xem hết, --limit N để xem N văn bản, --json để lấy đủ)",
        "en": "… and {n} more (--all to see them, --limit N to see N, --json for everything)",
    },
    "analyze_head": {
        "vi": "{launches} văn bản phát động, {documents} văn bản, {citations} quan hệ trích dẫn",
        "en": "{launches} launches, {documents} documents, {citations} citations",
    },
    "col_directive": {"vi": "Văn bản Trung ương", "en": "Central directive"},
    "col_reach": {"vi": "Số VB phát động", "en": "Reach"},
    "col_coverage": {"vi": "Độ phủ", "en": "Coverage"},
    "col_depth": {"vi": "Độ sâu", "en": "Depth"},
    "col_lag": {"vi": "Độ trễ (ngày, trung vị)", "en": "Lag (days, median)"},
    "col_flow": {"vi": "Cấp trích dẫn → cấp được trích dẫn", "en": "Citing level → cited level"},
    "col_broker": {"vi": "Văn bản trung chuyển", "en": "Broker document"},
    "col_betweenness": {"vi": "Độ trung gian", "en": "Betweenness"},
    "community": {"vi": "Nhóm đồng trích dẫn", "en": "Co-citation group"},
    "analyze_legend": {
        "vi": "Số VB phát động: số văn bản phát động dựa trên văn bản đó qua mọi chuỗi trích dẫn. Độ phủ: phần "
        "trăm văn bản phát động trong kho dựa trên nó. Độ sâu: số bước trích dẫn dài nhất từ văn bản phát động "
        "tới nó. Độ trễ: số ngày (trung vị) từ ngày văn bản đó ban hành tới ngày văn bản phát động ban hành.",
        "en": "Launches: how many launches rest on the document through any chain of citations. Coverage: the "
        "share of the store's launches that do. Depth: the longest chain of citations from a launch to it. Lag: "
        "the median number of days from its date to the launches' dates.",
    },
    "brokers_legend": {
        "vi": "PageRank: mức được trích dẫn bởi những văn bản cũng được trích dẫn nhiều (càng cao càng là văn bản "
        "gốc). Độ trung gian: mức văn bản đứng giữa các chuỗi căn cứ (văn bản trung chuyển chỉ đạo xuống dưới).",
        "en": "PageRank: how much a document is cited by documents that are themselves much cited (the higher, "
        "the more of a source). Betweenness: how often it stands on the chains between others (a relay of "
        "direction downwards).",
    },
    "unanchored": {
        "vi": "Văn bản phát động không trích dẫn văn bản cấp trên nào:",
        "en": "Launches that cite nothing above them:",
    },
    "col_document": {"vi": "Văn bản", "en": "Document"},
    "col_rule": {"vi": "Quy tắc", "en": "Rule"},
    "col_result": {"vi": "Kết quả", "en": "Result"},
    "col_missing": {"vi": "Thiếu / nghi nhầm", "en": "Missing / suspect"},
    "missing": {"vi": "thiếu", "en": "missing"},
    "suspect": {"vi": "nghi nhầm", "en": "suspect"},
    "suspect_date": {"vi": "nghi nhầm ngày", "en": "suspect date"},
    "pass": {"vi": "Đạt", "en": "Pass"},
    "fail": {"vi": "Chưa đạt", "en": "Fail"},
    "audit_summary": {
        "vi": "Kho có {launches} văn bản phát động; {checked} được kiểm tra theo quy tắc, {failed} chưa đạt; "
        "{uncovered} không có quy tắc nào áp dụng",
        "en": "The store holds {launches} launches; {checked} checked against the rules, {failed} failed; "
        "{uncovered} covered by no rule",
    },
    "audit_nothing_checked": {
        "vi": "Không kiểm tra được văn bản nào: không quy tắc nào áp dụng cho văn bản phát động trong kho "
        "(xem tỉnh và năm của quy tắc, hoặc dựng lại với --province)",
        "en": "Nothing was checked: no rule applies to any launch in the store (check the rules' province "
        "and year, or rebuild with --province)",
    },
    "audit_unused_rule": {
        "vi": "Quy tắc {rule} không khớp văn bản phát động nào trong kho",
        "en": "Rule {rule} matches no launch in the store",
    },
    "no_rule": {"vi": "không có quy tắc", "en": "no rule"},
    "no_rule_for_year": {"vi": "không có quy tắc cho năm này", "en": "no rule for this year"},
    "no_province": {
        "vi": "chưa rõ tỉnh (dựng lại với --province)",
        "en": "province unknown (rebuild with --province)",
    },
    "audit_more": {
        "vi": "… và {n} văn bản khác không có quy tắc (--all để xem hết, --json để lấy đủ)",
        "en": "… and {n} more launches with no rule (--all to see them, --json for everything)",
    },
    "viz_written": {
        "vi": "Đã ghi {path}: {nodes} nút, {edges} cạnh",
        "en": "Wrote {path}: {nodes} nodes, {edges} edges",
    },
    "no_input": {"vi": "chưa chỉ ra tệp hay thư mục nào", "en": "no file or folder given"},
    "engine_choice": {
        "vi": "--engine {engine}: không có cách kiểm tra này (chọn {choices})",
        "en": "--engine {engine}: no such audit engine (choose {choices})",
    },
}


# The command-line framework's own words (typer/click), in Vietnamese: panel titles, types, usage errors.
FRAMEWORK_VI: dict[str, str] = {
    "Arguments": "Đối số",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Error": "Lỗi",
    "Aborted.": "Đã dừng.",
    "Aborted!": "Đã dừng.",
    "[required]": "[bắt buộc]",
    "[default: {}]": "[mặc định: {}]",
    "[env var: {}]": "[biến môi trường: {}]",
    "(deprecated) ": "(không còn dùng) ",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Try [blue]'{command_path} {help_option}'[/] for help.": (
        "Xem [blue]'{command_path} {help_option}'[/] để biết cách dùng."
    ),
}
# Usage errors as the framework words them → the same in Vietnamese (regular expressions, first match wins).
FRAMEWORK_ERRORS_VI: tuple[tuple[str, str], ...] = (
    (r"No such command '(.+?)'\.", "không có lệnh '{0}'"),
    (r"No such option: (\S+)", "không có tùy chọn {0}"),
    (r"Missing argument '(.+?)'\.", "thiếu đối số '{0}'"),
    (r"Missing option '(.+?)'\.", "thiếu tùy chọn '{0}'"),
    (r"Missing command\.", "thiếu lệnh"),
    (r"Option '(.+?)' requires an argument\.", "tùy chọn '{0}' cần một giá trị"),
    (r"Got unexpected extra arguments? \((.+)\)", "thừa đối số ({0})"),
    (r"Invalid value for '(.+?)': '(.+?)' is not a valid integer\.", "giá trị '{1}' của '{0}' không phải số nguyên"),
    (r"Invalid value for '(.+?)': (.+)", "giá trị không hợp lệ cho '{0}': {1}"),
)
# How the framework shows the type of a value in help, in words people read.
TYPE_WORDS: dict[str, dict[str, str]] = {
    "str": {"vi": "CHỮ", "en": "TEXT"},
    "int": {"vi": "SỐ", "en": "NUMBER"},
    "Path": {"vi": "ĐƯỜNG_DẪN", "en": "PATH"},
    "path": {"vi": "ĐƯỜNG_DẪN", "en": "PATH"},
    "list[Path]": {"vi": "ĐƯỜNG_DẪN...", "en": "PATH..."},
    "list[str]": {"vi": "CHỮ...", "en": "TEXT..."},
}
# ---- the web workspace (thidua serve) and its accounts ---------------------------------------------------
MESSAGES.update(
    {
        "web_app": {"vi": "Không gian làm việc thi đua", "en": "Emulation workspace"},
        "web_footer": {
            "vi": "thidua — đồ thị tri thức chỉ thị và phong trào thi đua · chạy trên máy này, không cần mạng",
            "en": "thidua — knowledge graph of directives and emulation campaigns · runs on this machine, offline",
        },
        "web_nav_search": {"vi": "Tìm kiếm", "en": "Search"},
        "web_nav_cascade": {"vi": "Lan tỏa chỉ đạo", "en": "Cascade"},
        "web_nav_audit": {"vi": "Kiểm tra trích dẫn", "en": "Audit"},
        "web_nav_add": {"vi": "Thêm văn bản", "en": "Add documents"},
        "web_nav_rules": {"vi": "Quy tắc kiểm tra", "en": "Audit rules"},
        "web_nav_accounts": {"vi": "Tài khoản", "en": "Accounts"},
        "web_accounts_local": {
            "vi": "Chưa có tài khoản nào: chỉ người dùng máy này vào được. Khi có tài khoản, mọi người phải đăng nhập.",
            "en": "No account yet: only this machine's user gets in. Once one exists, everybody logs in.",
        },
        "web_role": {"vi": "Vai trò", "en": "Role"},
        "web_remove": {"vi": "Xóa", "en": "Remove"},
        "web_account_add": {"vi": "Tạo tài khoản", "en": "Add an account"},
        "web_account_self": {
            "vi": "Không tự xóa tài khoản của mình được.",
            "en": "You cannot remove your own account.",
        },
        "web_logout": {"vi": "Đăng xuất", "en": "Log out"},
        "web_login": {"vi": "Đăng nhập", "en": "Log in"},
        "web_user_name": {"vi": "Tên đăng nhập", "en": "User name"},
        "web_password": {"vi": "Mật khẩu", "en": "Password"},
        "web_login_failed": {"vi": "Sai tên đăng nhập hoặc mật khẩu.", "en": "Wrong user name or password."},
        "web_login_needed": {"vi": "Cần đăng nhập.", "en": "Log in first."},
        "web_forbidden": {
            "vi": "Tài khoản của bạn không có quyền này (cần quyền {role}).",
            "en": "Your account may not do this (it needs the {role} role).",
        },
        "web_csrf": {
            "vi": "Biểu mẫu đã hết hạn hoặc không gửi từ trang này: tải lại trang rồi gửi lại.",
            "en": "The form has expired or was not sent from this site: reload the page and send it again.",
        },
        "web_needs_accounts": {
            "vi": "Không mở cho địa chỉ {host} khi chưa có tài khoản nào: tạo tài khoản bằng "
            "`thidua user add TÊN --role admin`, hoặc chỉ mở trên 127.0.0.1",
            "en": "Will not listen on {host} without accounts: create one with `thidua user add NAME --role admin`, "
            "or listen on 127.0.0.1 only",
        },
        "web_error": {"vi": "Không thực hiện được", "en": "Could not do that"},
        "web_back_home": {"vi": "Về trang tìm kiếm", "en": "Back to search"},
        "web_not_found": {"vi": "Không có trang này.", "en": "No such page."},
        "web_method": {"vi": "Trang này không nhận yêu cầu kiểu này.", "en": "This page does not take that request."},
        "web_bad_request": {"vi": "Yêu cầu không hợp lệ.", "en": "The request is not valid."},
        "web_server_error": {
            "vi": "Lỗi trong máy chủ thidua; dữ liệu trong kho không bị ảnh hưởng.",
            "en": "thidua's server failed; nothing stored was changed.",
        },
        "web_search": {"vi": "Tìm", "en": "Search"},
        "web_search_hint": {
            "vi": "Số hiệu (34-CT/TW, 34/CT-TW, ct 34, chỉ thị 34), cơ quan, phong trào hay từ trong văn bản",
            "en": "A number (34-CT/TW, 34/CT-TW, ct 34), a body, a campaign or words of the text",
        },
        "web_results": {"vi": "{n} kết quả", "en": "{n} results"},
        "web_did_you_mean": {"vi": "Không thấy số hiệu này. Có phải:", "en": "No such number. Did you mean:"},
        "web_prev": {"vi": "Trang trước", "en": "Previous"},
        "web_next": {"vi": "Trang sau", "en": "Next"},
        "web_page": {"vi": "Trang {page}/{pages}", "en": "Page {page} of {pages}"},
        "web_launch": {"vi": "phát động", "en": "launch"},
        "web_cited_only": {"vi": "chỉ được trích dẫn", "en": "cited only"},
        "web_kind_unknown": {"vi": "Chưa rõ loại", "en": "Unknown kind"},
        "web_facet_province": {"vi": "Tỉnh", "en": "Province"},
        "web_facet_level": {"vi": "Cấp", "en": "Level"},
        "web_facet_kind": {"vi": "Loại văn bản", "en": "Kind"},
        "web_facet_year": {"vi": "Năm", "en": "Year"},
        "web_facet_body": {"vi": "Cơ quan ban hành", "en": "Issuer"},
        "web_facet_campaign": {"vi": "Phong trào", "en": "Campaign"},
        "web_facet_status": {"vi": "Kết quả kiểm tra", "en": "Audit result"},
        "web_no_rule": {"vi": "Không có quy tắc", "en": "No rule"},
        "web_no_document": {"vi": "Không có văn bản {iri} trong kho.", "en": "No document {iri} in the store."},
        "web_no_statement": {"vi": "Không có câu trích dẫn này trong kho.", "en": "No such statement in the store."},
        "web_source_unreadable": {
            "vi": "Không đọc được tệp nguồn {path}: {detail}",
            "en": "The source file {path} cannot be read: {detail}",
        },
        "web_scan_place": {
            "vi": "Đọc bằng OCR từ bản quét: trang {page}, khung chữ {box} (điểm ảnh: trái, trên, rộng, cao), độ tin "
            "cậy {confidence:.0f}/100.",
            "en": "Read by OCR from the scan: page {page}, words in the box {box} (pixels: left, top, width, height), "
            "confidence {confidence:.0f}/100.",
        },
        "web_first_shown": {"vi": "Hiện {n} văn bản đầu.", "en": "The first {n} are shown."},
        "web_indexing": {
            "vi": "Đang lập chỉ mục nội dung văn bản: kết quả theo số hiệu, tên đã đủ; theo từ trong văn bản "
            "sẽ đủ sau ít phút.",
            "en": "The texts are being indexed: results by number and name are complete, by words of the text soon.",
        },
        "web_facts": {"vi": "Thông tin văn bản", "en": "Document"},
        "col_symbol": {"vi": "Số, ký hiệu", "en": "Number"},
        "col_place": {"vi": "Địa danh", "en": "Place"},
        "col_signer": {"vi": "Người ký", "en": "Signed by"},
        "col_position": {"vi": "Chức vụ người ký", "en": "Signer's position"},
        "col_source": {"vi": "Tệp nguồn", "en": "Source file"},
        "col_year": {"vi": "Năm", "en": "Year"},
        "web_recipients": {"vi": "Nơi nhận", "en": "Recipients"},
        "web_not_in_corpus": {
            "vi": "Văn bản này chỉ được các văn bản khác nhắc tới; kho chưa có bản gốc của nó.",
            "en": "Only other documents name this one; the store does not hold its text.",
        },
        "web_see_cascade": {"vi": "Xem văn bản nào dựa trên văn bản này", "en": "See what rests on this document"},
        "web_rests_on": {"vi": "Căn cứ, thực hiện, nhắc đến", "en": "Rests on"},
        "web_rested_on_by": {"vi": "Được căn cứ, thực hiện, nhắc đến bởi", "en": "Rested on by"},
        "web_relation": {"vi": "Quan hệ", "en": "Relation"},
        "web_sentence": {"vi": "Câu trong văn bản (bấm để xem tại chỗ)", "en": "Sentence (click to see it in place)"},
        "web_open_source": {"vi": "Mở văn bản gốc tại câu này", "en": "Open the source at this sentence"},
        "web_nested": {"vi": "lồng trong trích dẫn khác", "en": "nested"},
        "web_times": {"vi": "nêu {n} lần", "en": "stated {n} times"},
        "web_none": {"vi": "Không có.", "en": "None."},
        "rel_basis": {"vi": "Căn cứ", "en": "Basis"},
        "rel_implements": {"vi": "Thực hiện", "en": "Implements"},
        "rel_mention": {"vi": "Nhắc đến", "en": "Mentions"},
        "rel_basis_of": {"vi": "Được căn cứ bởi", "en": "Basis of"},
        "rel_implemented_by": {"vi": "Được thực hiện bởi", "en": "Implemented by"},
        "rel_mentioned_by": {"vi": "Được nhắc đến bởi", "en": "Mentioned by"},
        "web_campaigns": {"vi": "Phong trào thi đua", "en": "Campaigns"},
        "web_themes": {"vi": "Chủ đề", "en": "Themes"},
        "web_rel_launches": {"vi": "phát động", "en": "launches"},
        "web_rel_promotes": {"vi": "hưởng ứng", "en": "promotes"},
        "web_source_title": {"vi": "Văn bản gốc", "en": "Source text"},
        "web_back_document": {"vi": "về trang văn bản", "en": "back to the document"},
        "web_cascade_title": {"vi": "Chỉ đạo lan tỏa tới đâu", "en": "Where a directive reaches"},
        "web_cascade_hint": {"vi": "Số hiệu chỉ thị, ví dụ 34-CT/TW hay chỉ thị 34", "en": "A directive's number"},
        "web_show": {"vi": "Xem", "en": "Show"},
        "web_audit_title": {"vi": "Kiểm tra trích dẫn văn bản phát động", "en": "Audit of launches"},
        "web_audit_sheet": {"vi": "Kiểm tra", "en": "Audit"},
        "web_audit_counts": {
            "vi": "{fail} chưa đạt · {ok} đạt · {none} không có quy tắc",
            "en": "{fail} failing · {ok} passing · {none} without a rule",
        },
        "web_all": {"vi": "Tất cả", "en": "All"},
        "web_filter": {"vi": "Lọc", "en": "Filter"},
        "web_export": {"vi": "Xuất", "en": "Export"},
        "web_no_rules": {
            "vi": "Chưa có tệp quy tắc kiểm tra: người có quyền biên tập thêm ở trang Quy tắc kiểm tra.",
            "en": "No audit rules yet: an editor adds them on the Audit rules page.",
        },
        "web_col_status": {"vi": "Kết quả", "en": "Result"},
        "web_col_symbol": {"vi": "Số, ký hiệu", "en": "Number"},
        "web_col_label": {"vi": "Văn bản", "en": "Document"},
        "web_col_title": {"vi": "Trích yếu", "en": "Title"},
        "web_col_issuer": {"vi": "Cơ quan ban hành", "en": "Issuer"},
        "web_col_year": {"vi": "Năm", "en": "Year"},
        "web_col_province": {"vi": "Tỉnh", "en": "Province"},
        "web_col_rule": {"vi": "Quy tắc", "en": "Rule"},
        "web_col_missing": {"vi": "Thiếu căn cứ", "en": "Missing"},
        "web_col_suspect": {"vi": "Nghi trích dẫn nhầm (câu trích)", "en": "Suspect references (sentence)"},
        "web_col_source": {"vi": "Tệp nguồn", "en": "Source file"},
        "web_pdf_no_font": {
            "vi": "Thiếu phông chữ {path} để in tiếng Việt: chạy scripts/setup.sh (gói fonts-dejavu-core)",
            "en": "The font {path} for Vietnamese is missing: run scripts/setup.sh (package fonts-dejavu-core)",
        },
        "web_add_title": {"vi": "Thêm văn bản vào kho", "en": "Add documents to the store"},
        "web_add_files": {"vi": "Tệp (chọn nhiều tệp cùng lúc được)", "en": "Files (several at once)"},
        "web_add_province": {
            "vi": "Tỉnh của lô văn bản (khi văn bản không tự nêu)",
            "en": "Province of the batch (when the documents do not say)",
        },
        "web_add_limits": {
            "vi": "Tối đa {n} tệp, mỗi tệp {mb} MB: PDF, DOCX, DOC, ODT, RTF, HTML, TXT hoặc ảnh chụp.",
            "en": "Up to {n} files of {mb} MB each: PDF, DOCX, DOC, ODT, RTF, HTML, TXT or scans.",
        },
        "web_add_send": {"vi": "Đưa vào kho", "en": "Add"},
        "web_upload_too_big": {
            "vi": "Lần gửi quá lớn (tối đa {mb} MB).",
            "en": "The upload is too large (at most {mb} MB).",
        },
        "web_upload_bad": {
            "vi": "Không đọc được nội dung gửi lên: {detail}",
            "en": "The upload cannot be read: {detail}",
        },
        "web_file_too_big": {"vi": "tệp lớn quá {mb} MB", "en": "larger than {mb} MB"},
        "web_no_files": {"vi": "Chưa chọn tệp nào.", "en": "No file was chosen."},
        "web_no_uploads": {"vi": "Không gian này không nhận tệp gửi lên.", "en": "This workspace takes no uploads."},
        "web_job_title": {"vi": "Đưa văn bản vào kho", "en": "Adding documents"},
        "web_job_running": {"vi": "Đang {stage}: {done}/{total}", "en": "{stage}: {done} of {total}"},
        "web_job_done": {"vi": "Xong. Văn bản mới đã tìm được.", "en": "Done. The new documents can be searched."},
        "web_job_failed": {"vi": "Tệp không đưa vào được", "en": "Files not added"},
        "web_rules_title": {"vi": "Quy tắc kiểm tra (TOML)", "en": "Audit rules (TOML)"},
        "web_rules_save": {"vi": "Kiểm tra rồi lưu", "en": "Check and save"},
        "web_rules_saved": {"vi": "Đã lưu quy tắc.", "en": "Rules saved."},
        "web_console_title": {"vi": "Truy vấn SPARQL (chỉ đọc)", "en": "SPARQL queries (read-only)"},
        "web_console_endpoint": {
            "vi": "Điểm truy vấn SPARQL 1.1 cho các công cụ khác:",
            "en": "SPARQL 1.1 Protocol endpoint for other tools:",
        },
        "web_named_queries": {"vi": "Truy vấn có sẵn", "en": "Named queries"},
        "web_run": {"vi": "Chạy", "en": "Run"},
        "web_serving": {
            "vi": "thidua đang phục vụ tại http://{host}:{port}/ (Ctrl+C để dừng)",
            "en": "thidua is serving at http://{host}:{port}/ (Ctrl+C to stop)",
        },
        "sparql_read_only": {
            "vi": "Điểm SPARQL này chỉ đọc: không nhận lệnh cập nhật.",
            "en": "This SPARQL endpoint is read-only: updates are refused.",
        },
        "sparql_protocol_unsupported": {
            "vi": "Kho này không trả lời truy vấn theo giao thức SPARQL.",
            "en": "This store does not answer protocol queries.",
        },
        "role_viewer": {"vi": "xem", "en": "viewer"},
        "role_editor": {"vi": "biên tập", "en": "editor"},
        "role_admin": {"vi": "quản trị", "en": "admin"},
        "accounts_unreadable": {
            "vi": "{path}: không đọc được tệp tài khoản ({detail})",
            "en": "{path}: the accounts file cannot be read ({detail})",
        },
        "account_bad_name": {
            "vi": "tên tài khoản '{name}' không hợp lệ (2–64 chữ, số, . - _ @)",
            "en": "the account name '{name}' is not valid (2–64 letters, digits, . - _ @)",
        },
        "account_bad_role": {
            "vi": "vai trò '{role}' không có (chọn: {roles})",
            "en": "no role '{role}' (choose: {roles})",
        },
        "account_short_password": {
            "vi": "mật khẩu cần ít nhất {n} ký tự",
            "en": "the password needs {n} characters or more",
        },
        "account_unknown": {"vi": "không có tài khoản '{name}'", "en": "no account '{name}'"},
        "account_added": {
            "vi": "Đã tạo tài khoản {name} ({role}) trong {path}",
            "en": "Account {name} ({role}) saved in {path}",
        },
        "account_removed": {"vi": "Đã xóa tài khoản {name}", "en": "Account {name} removed"},
        "account_password_prompt": {"vi": "Mật khẩu", "en": "Password"},
    }
)

LANGUAGES = ("vi", "en")


def framework_error(message: str) -> str:
    """A usage error of the framework in the chosen language."""
    import re

    if lang() == "en":
        return message
    message = " ".join(message.split())
    suggestion = re.search(r"Did you mean (.+?)\?", message)
    for pattern, template in FRAMEWORK_ERRORS_VI:
        m = re.match(pattern, message)
        if m:
            said = template.format(*(g or "" for g in m.groups()))
            return said + (f" — có phải: {suggestion.group(1)}?" if suggestion else "")
    return message


_CONTROL = {c: f"\\x{c:02x}" for c in range(32)} | {10: "\\n", 13: "\\r", 9: "\\t", 127: "\\x7f"}


def shown(text: str) -> str:
    """A file name or a value as it may be printed on one line: control characters and bytes that are not
    UTF-8 written as escapes, so that a name can never split a message or forge another line."""
    text = text.translate(_CONTROL)
    if not _has_surrogates(text):
        return text
    import os

    return os.fsencode(text).decode("utf-8", "backslashreplace")  # the name's own bytes: "bad\xffname.txt"


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# Column names of the named queries (queries/*.rq, "# columns:") as officers read them.
COLUMNS: dict[str, dict[str, str]] = {
    "basis": {"vi": "Căn cứ", "en": "Basis"},
    "body": {"vi": "Cơ quan", "en": "Body"},
    "campaign": {"vi": "Phong trào", "en": "Campaign"},
    "cited": {"vi": "Văn bản được trích dẫn", "en": "Cited"},
    "citedOnly": {"vi": "Chỉ được trích dẫn", "en": "Cited only"},
    "citing": {"vi": "Văn bản trích dẫn", "en": "Citing"},
    "cluster": {"vi": "Cụm/Khối thi đua", "en": "Cluster"},
    "clusters": {"vi": "Số cụm/khối", "en": "Clusters"},
    "date": {"vi": "Ngày", "en": "Date"},
    "depth": {"vi": "Số bước", "en": "Steps"},
    "direct": {"vi": "Trực tiếp", "en": "Direct"},
    "document": {"vi": "Văn bản", "en": "Document"},
    "documents": {"vi": "Số văn bản", "en": "Documents"},
    "end": {"vi": "Đến ký tự", "en": "End"},
    "field": {"vi": "Trường", "en": "Field"},
    "inCorpus": {"vi": "Có trong kho", "en": "In the store"},
    "issuer": {"vi": "Cơ quan ban hành", "en": "Issuer"},
    "label": {"vi": "Tên", "en": "Label"},
    "launches": {"vi": "Số văn bản phát động", "en": "Launches"},
    "level": {"vi": "Cấp", "en": "Level"},
    "levelLabel": {"vi": "Cấp", "en": "Level"},
    "member": {"vi": "Thành viên", "en": "Member"},
    "movement": {"vi": "Phong trào", "en": "Movement"},
    "owner": {"vi": "Chủ thể", "en": "Owner"},
    "quote": {"vi": "Câu trích", "en": "Quote"},
    "reach": {"vi": "Độ lan tỏa", "en": "Reach"},
    "recipient": {"vi": "Nơi nhận", "en": "Recipient"},
    "role": {"vi": "Vai trò", "en": "Role"},
    "scope": {"vi": "Phạm vi", "en": "Scope"},
    "sender": {"vi": "Nơi gửi", "en": "Sender"},
    "sha256": {"vi": "Mã băm SHA-256", "en": "SHA-256"},
    "source": {"vi": "Tệp nguồn", "en": "Source file"},
    "start": {"vi": "Từ ký tự", "en": "Start"},
    "subject": {"vi": "Trích yếu", "en": "Subject"},
    "theme": {"vi": "Chủ đề", "en": "Theme"},
    "value": {"vi": "Giá trị", "en": "Value"},
    "variant": {"vi": "Cách viết", "en": "Variant"},
    "wording": {"vi": "Cách diễn đạt", "en": "Wording"},
    "year": {"vi": "Năm", "en": "Year"},
}


def column(name: str) -> str:
    """A query column as people read it ("step2" → "Bước 2")."""
    import re

    step = re.fullmatch(r"step(\d+)", name)
    if step:
        return ("Bước " if lang() == "vi" else "Step ") + step.group(1)
    entry = COLUMNS.get(name)
    return entry.get(lang(), entry["vi"]) if entry else name


def cell(value: object) -> str:
    """A value in a table cell: yes/no for booleans, dates as people write them in Vietnamese."""
    if value is True or value in ("true", "True"):
        return "có" if lang() == "vi" else "yes"
    if value is False or value in ("false", "False"):
        return "không" if lang() == "vi" else "no"
    return human_dates(str(value))


def human_dates(text: str) -> str:
    """ISO dates inside text written as Vietnamese write them ("2023-01-09" → "09/01/2023"); English keeps ISO."""
    import re

    if lang() != "vi":
        return text
    return re.sub(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", r"\3/\2/\1", text)


# A web request's own language (the workspace serves Vietnamese and English at once); else THIDUA_LANG.
_REQUEST_LANG: ContextVar[str | None] = ContextVar("thidua_lang", default=None)


def lang() -> str:
    value = _REQUEST_LANG.get() or os.environ.get("THIDUA_LANG", "vi").lower()
    return "en" if value.startswith("en") else "vi"


def set_lang(value: str) -> None:
    """The language of what follows in this context (one web request): ``vi`` or ``en``."""
    _REQUEST_LANG.set("en" if value.lower().startswith("en") else "vi")


def t(key: str, **params: object) -> str:
    entry = MESSAGES[key]
    return entry.get(lang(), entry["vi"]).format(**params)
