// tests for lib/extract/deadlines.cpp
#include "extract/deadlines.hpp"

#include "text/text.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <tuple>
#include <string>
#include <vector>

using vnplan::extract::find_deadlines;
using vnplan::extract::found_deadline;
using vnplan::extract::span;

namespace {

// The one deadline of a text; fails the test when there is not exactly one.
found_deadline only(std::string_view text, const std::vector<span>& skip = {}, bool schedule = false) {
    const auto found = find_deadlines(text, skip, schedule);
    INFO(text);
    REQUIRE(found.size() == 1);
    return found.front();
}

std::vector<std::string> kinds_of(const std::vector<found_deadline>& found) {
    std::vector<std::string> out;
    for (const auto& f : found) out.push_back(f.value.kind);
    return out;
}

// The byte span of `part` inside `text`.
span span_of(std::string_view text, std::string_view part) {
    const auto at = text.find(part);
    REQUIRE(at != std::string_view::npos);
    return {at, at + part.size()};
}

using opt = std::optional<std::string>;

}  // namespace

TEST_CASE("trước ngày gives a before deadline that ends on that day", "[extract][deadlines]") {
    const std::string text = "1. Các cấp ủy cơ sở tổ chức quán triệt; báo cáo về Đảng ủy Khối trước ngày 31/12/2020.";
    const auto f = only(text);
    CHECK(f.value.kind == "before");
    CHECK(f.value.text == "trước ngày 31/12/2020");
    CHECK(f.value.start == std::nullopt);
    CHECK(f.value.end == opt("2020-12-31"));
    CHECK(f.value.source == "text");
    CHECK(f.valid);
    CHECK(text.substr(f.where.begin, f.where.end - f.where.begin) == f.value.text);

    const auto g = only("Báo cáo kết quả thực hiện về Văn phòng Đảng ủy trước ngày 18 tháng 10 năm 2024.");
    CHECK(g.value.kind == "before");
    CHECK(g.value.end == opt("2024-10-18"));

    const auto h = only("Gửi báo cáo chậm nhất ngày 05/01/2025.");
    CHECK(h.value.kind == "before");
    CHECK(h.value.end == opt("2025-01-05"));
}

TEST_CASE("before a month or quarter ends on the day before it starts", "[extract][deadlines]") {
    const auto f = only("Hoàn thành trước Quý II/2025.");
    CHECK(f.value.kind == "before");
    CHECK(f.value.text == "Hoàn thành trước Quý II/2025");
    CHECK(f.value.end == opt("2025-03-31"));
    CHECK(f.value.quarter == 2);
    CHECK(only("trước tháng 3/2024").value.end == opt("2024-02-29"));
}

TEST_CASE("matching ignores case but reports the text as written", "[extract][deadlines]") {
    const std::string text = "BÁO CÁO TRƯỚC NGÀY 18 THÁNG 10 NĂM 2024";
    const auto f = only(text);
    CHECK(f.value.kind == "before");
    CHECK(f.value.text == "TRƯỚC NGÀY 18 THÁNG 10 NĂM 2024");
    CHECK(f.value.end == opt("2024-10-18"));
    CHECK(only("Trước Ngày 1/7/2025").value.end == opt("2025-07-01"));
    CHECK(only("QUÍ IV-2025").value.quarter == 4);
}

TEST_CASE("a day with ngày is an on deadline", "[extract][deadlines]") {
    const auto f = only("Tổ chức hội nghị sơ kết vào ngày 15/3/2024 tại hội trường.");
    CHECK(f.value.kind == "on");
    CHECK(f.value.text == "vào ngày 15/3/2024");
    CHECK(f.value.start == opt("2024-03-15"));
    CHECK(f.value.end == opt("2024-03-15"));
}

TEST_CASE("a year, quarter, month or half is a within deadline", "[extract][deadlines]") {
    auto f = only("xây dựng quy chế phối hợp (hoàn thành trong năm 2023).");
    CHECK(f.value.kind == "within");
    CHECK(f.value.text == "hoàn thành trong năm 2023");
    CHECK(f.value.start == opt("2023-01-01"));
    CHECK(f.value.end == opt("2023-12-31"));

    f = only("Tổ chức đánh giá giữa nhiệm kỳ việc thực hiện Nghị quyết vào năm 2023 để bổ sung các nội dung.");
    CHECK(f.value.kind == "within");
    CHECK(f.value.text == "vào năm 2023");

    f = only("Tổng kết trong Quý III năm 2023.");
    CHECK(f.value.start == opt("2023-07-01"));
    CHECK(f.value.end == opt("2023-09-30"));
    CHECK(f.value.quarter == 3);

    f = only("Ban hành kế hoạch trong tháng 6/2024.");
    CHECK(f.value.start == opt("2024-06-01"));
    CHECK(f.value.end == opt("2024-06-30"));

    f = only("sơ kết 6 tháng đầu năm 2024");
    CHECK(f.value.kind == "within");
    CHECK(f.value.start == opt("2024-01-01"));
    CHECK(f.value.end == opt("2024-06-30"));

    f = only("báo cáo 6 tháng cuối năm 2025");
    CHECK(f.value.start == opt("2025-07-01"));
    CHECK(f.value.end == opt("2025-12-31"));

    f = only("rà soát, sắp xếp xong trong tháng 12/2025. Định kỳ báo cáo UBND tỉnh.");
    CHECK(f.value.text == "xong trong tháng 12/2025");
    CHECK(f.value.end == opt("2025-12-31"));

    f = only("Cơ quan chủ trì | Quí IV-2025");
    CHECK(f.value.kind == "within");
    CHECK(f.value.start == opt("2025-10-01"));
    CHECK(f.value.quarter == 4);

    f = only("trong quý I, II năm 2026");
    CHECK(f.value.start == opt("2026-01-01"));
    CHECK(f.value.end == opt("2026-06-30"));
    CHECK(f.value.quarter == std::nullopt);  // two quarters

    f = only("triển khai quý 3/2025");
    CHECK(f.value.quarter == 3);
    CHECK(f.value.end == opt("2025-09-30"));

    f = only("thực hiện trong năm học 2025 - 2026");
    CHECK(f.value.start == opt("2025-09-01"));
    CHECK(f.value.end == opt("2026-08-31"));

    CHECK(only("trong tháng 2/2024").value.end == opt("2024-02-29"));
    CHECK(only("trong tháng 2/2023").value.end == opt("2023-02-28"));
}

TEST_CASE("a period named without its year has no dates but keeps its quarter", "[extract][deadlines]") {
    const auto found = find_deadlines("rà soát quy hoạch trong Quý II, chậm nhất tháng 6.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].value.kind == "within");
    CHECK(found[0].value.quarter == 2);
    CHECK(found[0].value.start == std::nullopt);
    CHECK(found[0].valid);
    CHECK(found[1].value.kind == "by");
    CHECK(found[1].value.text == "chậm nhất tháng 6");
    CHECK(found[1].value.end == std::nullopt);
}

TEST_CASE("đến năm and chậm nhất năm give a by deadline at the end of the year", "[extract][deadlines]") {
    auto f = only("Phấn đấu đến năm 2025, bảo đảm 80% cấp ủy cơ sở Đảng có cơ cấu Đoàn Thanh niên.");
    CHECK(f.value.kind == "by");
    CHECK(f.value.text == "đến năm 2025");
    CHECK(f.value.start == std::nullopt);
    CHECK(f.value.end == opt("2025-12-31"));
    CHECK(only("đến hết năm 2025").value.end == opt("2025-12-31"));
    CHECK(only("chậm nhất năm 2025").value.kind == "by");
    f = only("thúc đẩy tăng trưởng từ nay đến hết năm 2025;");
    CHECK(f.value.kind == "by");
    CHECK(f.value.text == "từ nay đến hết năm 2025");
}

TEST_CASE("từ gives a from deadline that starts with the period", "[extract][deadlines]") {
    auto f = only("Thực hiện từ năm 2022");
    CHECK(f.value.kind == "from");
    CHECK(f.value.text == "Thực hiện từ năm 2022");
    CHECK(f.value.start == opt("2022-01-01"));
    CHECK(f.value.end == std::nullopt);
    CHECK(only("Thời gian thực hiện: Từ tháng 10/2025.").value.start == opt("2025-10-01"));
    f = only("Thời gian thực hiện: năm 2025 và các năm tiếp theo.");
    CHECK(f.value.kind == "from");
    CHECK(f.value.start == opt("2025-01-01"));
    f = only("Thời gian thực hiện: Từ tháng 11/2013 trở đi.");
    CHECK(f.value.kind == "from");
    CHECK(f.value.text == "Từ tháng 11/2013 trở đi");
}

TEST_CASE("stages, terms and ranges are periods", "[extract][deadlines]") {
    auto f = only("Kế hoạch giai đoạn 2022 - 2026");
    CHECK(f.value.kind == "period");
    CHECK(f.value.start == opt("2022-01-01"));
    CHECK(f.value.end == opt("2026-12-31"));
    CHECK(only("trong nhiệm kỳ 2020 - 2025").value.end == opt("2025-12-31"));

    // The longest phrase wins: one period, not a by plus a range.
    f = only("Đến năm 2025 – 2030: phấn đấu");
    CHECK(f.value.kind == "period");
    CHECK(f.value.text == "Đến năm 2025 – 2030");
    CHECK(f.value.start == opt("2025-01-01"));
    CHECK(f.value.end == opt("2030-12-31"));

    f = only("quan trắc từ tháng 3 đến tháng 10 năm 2026");
    CHECK(f.value.kind == "period");
    CHECK(f.value.start == opt("2026-03-01"));  // the first month takes the year of the last
    CHECK(f.value.end == opt("2026-10-31"));

    f = only("Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025");
    CHECK(f.value.start == opt("2025-11-15"));
    CHECK(f.value.end == opt("2025-12-15"));

    f = only("Đại hội tiến hành từ ngày 24 đến ngày 26 tháng 8 năm 2020 tại Hội trường");
    CHECK(f.value.kind == "period");
    CHECK(f.value.start == opt("2020-08-24"));
    CHECK(f.value.end == opt("2020-08-26"));

    f = only("Tháng 11 - 12/2025");
    CHECK(f.value.kind == "period");
    CHECK(f.value.start == opt("2025-11-01"));
    CHECK(f.value.end == opt("2025-12-31"));

    f = only("Quý IV/2025- Quý II/2026");
    CHECK(f.value.start == opt("2025-10-01"));
    CHECK(f.value.end == opt("2026-06-30"));

    f = only("Các sở, ban, ngành | 2026-2030");
    CHECK(f.value.kind == "period");
    CHECK(f.value.end == opt("2030-12-31"));
}

TEST_CASE("a bare range that runs backwards is no period; a named one is invalid", "[extract][deadlines]") {
    CHECK(find_deadlines("mã số 2030 - 2026").empty());
    const auto f = only("giai đoạn 2026 - 2022");
    CHECK(f.value.kind == "period");
    CHECK_FALSE(f.valid);
    CHECK(f.value.start == std::nullopt);
}

TEST_CASE("hằng năm, hằng quý, hằng tháng recur", "[extract][deadlines]") {
    auto f = only("(1) Hàng năm, 100% tổ chức cơ sở đảng có Nghị quyết lãnh đạo.");
    CHECK(f.value.kind == "recurring");
    CHECK(f.value.recurrence == opt("yearly"));
    CHECK(f.value.quarter == std::nullopt);
    CHECK(f.value.start == std::nullopt);

    f = only("phối hợp tham mưu nội dung gợi ý kiểm điểm (hàng năm).");
    CHECK(f.value.recurrence == opt("yearly"));
    f = only("báo cáo định kỳ hằng năm");
    CHECK(f.value.text == "định kỳ hằng năm");
    CHECK(only("báo cáo hằng quý").value.recurrence == opt("quarterly"));
    CHECK(only("giao ban hằng tháng").value.recurrence == opt("monthly"));

    f = only("sơ kết định kỳ 6 tháng");
    CHECK(f.value.kind == "recurring");
    CHECK(f.value.recurrence == std::nullopt);  // the model has no half-yearly
}

TEST_CASE("a quarter or a day that recurs keeps its anchor", "[extract][deadlines]") {
    auto f = only("Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng (hoàn thành trong Quý IV hằng năm); chỉ đạo kiểm tra.");
    CHECK(f.value.kind == "recurring");
    CHECK(f.value.text == "hoàn thành trong Quý IV hằng năm");
    CHECK(f.value.recurrence == opt("yearly"));
    CHECK(f.value.quarter == 4);

    f = only("Các đơn vị báo cáo kết quả trước ngày 20 hằng tháng.");
    CHECK(f.value.kind == "recurring");
    CHECK(f.value.text == "trước ngày 20 hằng tháng");
    CHECK(f.value.recurrence == opt("monthly"));

    f = only("định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả");
    CHECK(f.value.recurrence == opt("yearly"));
    CHECK(f.value.text == "định kỳ trước ngày 30 tháng 11 hàng năm");
}

TEST_CASE("several deadlines come in order and never overlap", "[extract][deadlines]") {
    const std::string text =
        "nâng cao tỉ lệ bí thư cấp ủy cơ sở có trình độ trung cấp trở lên (thực hiện từ năm 2022, hằng năm có đánh giá).";
    const auto found = find_deadlines(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].value.kind == "from");
    CHECK(found[0].value.start == opt("2022-01-01"));
    CHECK(found[1].value.kind == "recurring");
    CHECK(found[0].where.end <= found[1].where.begin);

    const auto mixed = find_deadlines("Đến năm 2025 – 2030: Hằng năm có trên 90% tổ chức cơ sở đảng.");
    CHECK(kinds_of(mixed) == std::vector<std::string>{"period", "recurring"});
}

TEST_CASE("thường xuyên is ongoing only where it stands as the schedule", "[extract][deadlines]") {
    auto f = only("hướng dẫn thực hiện các quy định về chức năng, nhiệm vụ (thực hiện thường xuyên).");
    CHECK(f.value.kind == "ongoing");
    CHECK(f.value.text == "thực hiện thường xuyên");
    CHECK(f.value.start == std::nullopt);

    // At the end of the item.
    CHECK(only("Cập nhật cơ sở dữ liệu đảng viên; thực hiện thường xuyên.").value.kind == "ongoing");
    // Opening a parenthesis, followed by punctuation.
    CHECK(kinds_of(find_deadlines("(thường xuyên, hằng năm) tổ chức kiểm tra")) ==
          std::vector<std::string>{"ongoing", "recurring"});
    // Closing a parenthesis after other deadlines.
    CHECK(kinds_of(find_deadlines("tìm kiếm, quy tập hài cốt liệt sĩ (Quý IV/2013, Quý I/2014 và thường xuyên).")) ==
          std::vector<std::string>{"within", "within", "ongoing"});

    // An adverb inside a clause is not a schedule.
    CHECK(find_deadlines("Cấp ủy thường xuyên kiểm tra, giám sát việc thực hiện.").empty());
    CHECK(find_deadlines("tổ chức kiểm tra thường xuyên, định kỳ các nội dung, nhiệm vụ liên quan;").empty());
    CHECK(find_deadlines("Thường xuyên bổ sung, kiện toàn đội ngũ cán bộ.").empty());
    CHECK(find_deadlines("hiện Nghị quyết phải tiến hành đồng bộ, thường xuyên. Quá trình tổ chức").empty());
}

TEST_CASE("khi có and sau khi có give a conditional deadline with its clause", "[extract][deadlines]") {
    auto f = only("Tham mưu tổng kết Quy chế chất vấn trong Đảng ban hành kèm theo Quyết định (khi có yêu cầu của Thành ủy).");
    CHECK(f.value.kind == "conditional");
    CHECK(f.value.condition == opt("khi có yêu cầu của Thành ủy"));
    CHECK(f.value.text == "khi có yêu cầu của Thành ủy");

    f = only("nhân rộng các mô hình hiệu quả (sau khi có hướng dẫn của tỉnh).");
    CHECK(f.value.condition == opt("sau khi có hướng dẫn của tỉnh"));

    f = only("cung cấp số liệu khi được yêu cầu để tổng hợp báo cáo Thủ tướng Chính phủ.");
    CHECK(f.value.condition == opt("khi được yêu cầu"));

    CHECK(find_deadlines("Xây dựng Quy chế làm việc mẫu theo hướng dẫn của tỉnh.").empty());
}

TEST_CASE("dates that do not exist are kept invalid without dates", "[extract][deadlines]") {
    auto f = only("báo cáo trước ngày 31/02/2024");
    CHECK(f.value.kind == "before");
    CHECK_FALSE(f.valid);
    CHECK(f.value.start == std::nullopt);
    CHECK(f.value.end == std::nullopt);
    CHECK(f.value.text == "trước ngày 31/02/2024");

    f = only("hoàn thành trong tháng 13/2025");
    CHECK(f.value.kind == "within");
    CHECK_FALSE(f.valid);
    CHECK(f.value.end == std::nullopt);

    CHECK_FALSE(only("vào ngày 29/02/2023").valid);
    CHECK(only("vào ngày 29/02/2024").valid);
    CHECK_FALSE(only("vào ngày 0/5/2024").valid);
}

TEST_CASE("text inside skip spans is not read", "[extract][deadlines]") {
    const std::string text =
        "Thực hiện Nghị quyết số 28-NQ/TW ngày 17 tháng 11 năm 2022 của Ban Chấp hành Trung ương; hoàn thành trong năm 2023.";
    // Without the reference masked, its date reads as a deadline.
    CHECK(kinds_of(find_deadlines(text)) == std::vector<std::string>{"on", "within"});
    const auto f = only(text, {span_of(text, "Nghị quyết số 28-NQ/TW ngày 17 tháng 11 năm 2022")});
    CHECK(f.value.kind == "within");
    CHECK(f.value.start == opt("2023-01-01"));

    const std::string strategy = "Triển khai Chiến lược phát triển giáo dục đến năm 2030 của tỉnh.";
    CHECK(find_deadlines(strategy, {span_of(strategy, "Chiến lược phát triển giáo dục đến năm 2030")}).empty());

    const std::string congress =
        "Các cấp ủy cơ sở quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VI, nhiệm kỳ 2020 - 2025 gắn "
        "với thực hiện nghị quyết đại hội của cấp mình; báo cáo về Đảng ủy Khối trước ngày 31/12/2020.";
    CHECK(find_deadlines(congress).size() == 2);
    const auto g = only(congress, {span_of(congress, "Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VI, nhiệm kỳ 2020 - 2025")});
    CHECK(g.value.kind == "before");
    CHECK(g.value.end == opt("2020-12-31"));
}

TEST_CASE("a schedule field reads a bare period, day or Thường xuyên", "[extract][deadlines]") {
    auto f = only("Quý II/2025.", {}, true);
    CHECK(f.value.kind == "within");
    CHECK(f.value.quarter == 2);
    CHECK(f.value.start == opt("2025-04-01"));
    CHECK(f.value.end == opt("2025-06-30"));

    f = only("Năm 2025", {}, true);
    CHECK(f.value.kind == "within");
    CHECK(f.value.end == opt("2025-12-31"));
    CHECK(find_deadlines("Năm 2025").empty());  // not in running text

    f = only("31/12/2025", {}, true);
    CHECK(f.value.kind == "on");
    CHECK(f.value.start == opt("2025-12-31"));
    CHECK(find_deadlines("31/12/2025").empty());

    CHECK(only("Thường xuyên.", {}, true).value.kind == "ongoing");
    CHECK(only("Thường xuyên, theo yêu cầu nhiệm vụ", {}, true).value.kind == "ongoing");
    CHECK(only("Hằng năm", {}, true).value.recurrence == opt("yearly"));
    CHECK(only("Trước ngày 15/11/2025", {}, true).value.end == opt("2025-11-15"));
}

TEST_CASE("plain years, school years and durations are not deadlines", "[extract][deadlines]") {
    CHECK(find_deadlines("Báo cáo kết quả thực hiện chủ đề năm 2024 về Văn phòng.").empty());
    CHECK(find_deadlines("Kế hoạch tổ chức hoạt động năm học 2024 - 2025.").empty());
    CHECK(find_deadlines("giảm thời gian giải quyết TTHC: từ 05 ngày làm việc thành 03 ngày làm việc").empty());
    CHECK(find_deadlines("05 ngày kể từ ngày Sở Nội vụ tiếp nhận đủ giấy tờ").empty());
    CHECK(find_deadlines("việc cập nhật thông tin phải hoàn thành trước 10 giờ sáng").empty());
    CHECK(find_deadlines("kết nạp 2.000 đảng viên, đạt 3-4%").empty());
    CHECK(find_deadlines("").empty());
}

TEST_CASE("the spelling pairs officials mix are all read", "[extract][deadlines]") {
    CHECK(only("hàng quý").value.recurrence == opt("quarterly"));
    CHECK(only("Quí III/2025").value.quarter == 3);
    CHECK(only("nhiệm kì 2020 - 2025").value.kind == "period");
    CHECK(only("định kì hằng năm").value.recurrence == opt("yearly"));
    CHECK(only("đến năm 2025 - 2030").value.kind == "period");
    CHECK(only("đến năm 2025—2030").value.kind == "period");
    // `Ð` (U+00D0) written for `Đ` by legacy fonts.
    CHECK(only("\xC3\x90\xE1\xBA\xBEN NĂM 2030").value.end == opt("2030-12-31"));
}

// The seeds are real documents with gold facts; each gold deadline must be
// among those found in its item's text. Skipped when ../shared is absent.
TEST_CASE("the deadlines of the seeds' gold items are found", "[extract][deadlines][seeds]") {
    namespace fs = std::filesystem;
    const fs::path seeds = fs::path(__FILE__).parent_path() / ".." / ".." / ".." / "shared" / "seeds";
    if (!fs::is_directory(seeds)) {
        WARN("no seeds at " << seeds.string() << ": skipped");
        return;
    }
    struct gold_item {
        const char* file;
        int line;
        int end_line;
        std::vector<std::tuple<std::string, opt, opt, opt, std::optional<int>>> deadlines;  // kind start end recurrence quarter
    };
    const std::vector<gold_item> gold = {
        {"000_ee0e1b8aaf8b654d.txt", 100, 100, {{"by", std::nullopt, "2025-12-31", std::nullopt, std::nullopt}}},
        {"000_ee0e1b8aaf8b654d.txt", 121, 121, {{"before", std::nullopt, "2020-12-31", std::nullopt, std::nullopt}}},
        {"000_ee0e1b8aaf8b654d.txt", 124, 124, {{"within", "2023-01-01", "2023-12-31", std::nullopt, std::nullopt}}},
        {"001_1169fd0f5005e0d2.txt", 77, 77, {{"recurring", std::nullopt, std::nullopt, "yearly", std::nullopt}}},
        {"001_1169fd0f5005e0d2.txt", 85, 85, {{"recurring", std::nullopt, std::nullopt, "yearly", std::nullopt}}},
        {"002_572fd5b16cc955dd.txt", 181, 181, {{"conditional", std::nullopt, std::nullopt, std::nullopt, std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 35, 35, {{"recurring", std::nullopt, std::nullopt, "yearly", std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 63, 63, {{"recurring", std::nullopt, std::nullopt, "yearly", 4}}},
        {"003_dd3671c873994fa0.txt", 67, 67, {{"ongoing", std::nullopt, std::nullopt, std::nullopt, std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 69, 69, {{"conditional", std::nullopt, std::nullopt, std::nullopt, std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 73, 73, {{"within", "2023-01-01", "2023-12-31", std::nullopt, std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 75, 75,
         {{"from", "2022-01-01", std::nullopt, std::nullopt, std::nullopt},
          {"recurring", std::nullopt, std::nullopt, "yearly", std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 89, 89, {{"ongoing", std::nullopt, std::nullopt, std::nullopt, std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 93, 95, {{"ongoing", std::nullopt, std::nullopt, std::nullopt, std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 111, 111, {{"recurring", std::nullopt, std::nullopt, "yearly", std::nullopt}}},
        {"003_dd3671c873994fa0.txt", 113, 113, {{"conditional", std::nullopt, std::nullopt, std::nullopt, std::nullopt}}},
        {"004_170d40098d707004.txt", 41, 41, {{"within", "2024-01-01", "2024-12-31", std::nullopt, std::nullopt}}},
        {"004_170d40098d707004.txt", 85, 85, {{"within", "2024-01-01", "2024-12-31", std::nullopt, std::nullopt}}},
        {"004_170d40098d707004.txt", 111, 111, {{"before", std::nullopt, "2024-10-18", std::nullopt, std::nullopt}}},
    };
    for (const auto& item : gold) {
        std::ifstream in(seeds / item.file, std::ios::binary);
        REQUIRE(in);
        std::vector<std::string> lines;
        for (std::string l; std::getline(in, l);) lines.push_back(l);
        std::string text;
        for (int n = item.line; n <= item.end_line && n <= static_cast<int>(lines.size()); ++n) {
            const auto part = vnplan::text::strip_debris(vnplan::text::nfc(lines[static_cast<std::size_t>(n - 1)]));
            if (part.empty()) continue;
            if (!text.empty()) text += ' ';
            text += part;
        }
        const auto found = find_deadlines(text);
        for (const auto& [kind, start, end, recurrence, quarter] : item.deadlines) {
            INFO(item.file << ":" << item.line << " " << kind << " in: " << text);
            bool seen = false;
            for (const auto& f : found) {
                const auto& d = f.value;
                if (d.kind == kind && (!start || d.start == start) && (!end || d.end == end) &&
                    (!recurrence || d.recurrence == recurrence) && (!quarter || d.quarter == quarter))
                    seen = true;
            }
            CHECK(seen);
        }
    }
}
