// The structure builder: classified lines -> sections, items, metadata.
//
// Levels come from a stack of numbering systems: a system seen first under a
// parent becomes a child level; meeting a system already on the stack closes
// everything above it. `2.1.` nests under the open `2.` whatever else is
// open. A line is never dropped: it ends up in the metadata, a section title,
// an item, a footnote or an `unclassified-line` diagnostic.
#include "parse/classify.hpp"
#include "parse/parse.hpp"
#include "text/text.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <unordered_map>

namespace vnplan::parse {
namespace {

struct entry {
    int line = 0;
    std::string clean;
    classified cls;  // from classify_label: `rest` is empty on a text line
};

// A bold numbered heading glued to the end of the previous paragraph, as Word
// conversion leaves it: `... trở lên. **2.3. VỀ NHIỆM VỤ, GIẢI PHÁP CƠ BẢN**`.
// Split it into the paragraph and the heading, both on the same line.
void split_glued(const text::line& l, std::vector<entry>& out) {
    const std::string& raw = l.raw;
    for (std::size_t at = raw.find("**", 1); at != std::string::npos; at = raw.find("**", at + 2)) {
        // Cheap tests first, so that a line full of `**` stays linear: the
        // mark must follow closing punctuation and open a label.
        std::size_t b = at;
        while (b > 0 && raw[b - 1] == ' ') --b;
        if (b == 0) continue;
        const char prev = raw[b - 1];
        const bool closes = prev == '.' || prev == ';' || prev == ':' || prev == '!' || prev == '?' || prev == '"' ||
                            (b >= 3 && raw.compare(b - 3, 3, "”") == 0);
        if (!closes) continue;
        std::size_t f = at + 2;
        while (f < raw.size() && raw[f] == ' ') ++f;
        if (f >= raw.size()) continue;
        const char next = raw[f];
        if (!((next >= '0' && next <= '9') || next == '(' || (next >= 'A' && next <= 'Z') || raw.compare(f, 2, "Đ") == 0)) continue;
        const std::string before = text::strip_debris(raw.substr(0, at));
        if (before.empty()) continue;
        const char last = before.back();
        const bool closed = last == '.' || last == ';' || last == ':' || last == '!' || last == '?' ||
                            before.ends_with("”") || before.ends_with("\"");
        if (!closed) continue;
        const std::string after = text::strip_debris(raw.substr(at));
        auto c = classify_label(after);
        if (c.kind != line_kind::label || c.style == "letter") continue;
        // The glued part must itself read as a heading: a bold label whose
        // title is short, or written in capitals.
        if (!(text::all_upper(c.rest) || text::code_points(c.rest) <= 120)) continue;
        out.push_back({l.number, before, classify_label(before)});
        out.push_back({l.number, after, std::move(c)});
        return;
    }
    auto clean = text::strip_debris(raw);
    auto c = classify_label(clean);
    out.push_back({l.number, std::move(clean), std::move(c)});
}

// Superscript footnote marks left in running text (`Kết luận số 21-KL/TW²`).
std::string drop_footnote_marks(std::string s) {
    // Most text has none, and memchr says so: `¹²³` start with C2, `⁰⁴⁵⁶⁷⁸⁹`
    // with E2 81.
    auto any_mark = [&] {
        return s.find('\xC2') != std::string::npos || s.find("\xE2\x81") != std::string::npos;
    };
    if (!any_mark()) return s;
    static constexpr std::array<std::string_view, 10> marks{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"};
    for (auto m : marks)
        for (auto at = s.find(m); at != std::string::npos; at = s.find(m, at)) s.erase(at, m.size());
    return s;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ends) {
    for (auto e : ends)
        if (s.ends_with(e)) return true;
    return false;
}

std::string last_word(std::string_view s) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    const auto sp = s.rfind(' ');
    return std::string(sp == std::string_view::npos ? s : s.substr(sp + 1));
}

// Words that cannot end a sentence: a paragraph whose last word is one of
// these was cut by a page break (`... nêu gương theo` / `Quy định số 08-QĐi/TW`).
bool is_connector(std::string_view word) {
    static const std::array<std::string_view, 32> words{
        "của", "và", "với", "về", "theo", "tại", "cho", "các", "những", "được", "là", "đến", "trong", "số", "từ",
        "để", "do", "bởi", "như", "hoặc", "cùng", "giữa", "vào", "sau", "trước", "thuộc", "nhằm", "gồm", "có",
        "ngày", "tháng", "năm"};
    const auto w = text::fold(word);
    return std::find(words.begin(), words.end(), w) != words.end();
}

struct node {
    model::section sec;
    std::string key;
    std::string norm;
    bool own_item = false;
    std::vector<std::unique_ptr<node>> kids;
};

// Where the last line of content went, so that a page-break continuation can
// follow it there.
struct last_content {
    node* owner = nullptr;        // nullptr: the preamble
    int item = -1;                // index into owner's items (or the preamble)
    bool heading = false;         // the last line was a section heading
};

std::optional<std::string> kind_from_number(std::string_view number) {
    const auto up = text::upper(number);
    auto has = [&](std::string_view code) {
        for (auto at = up.find(code); at != std::string::npos; at = up.find(code, at + 1)) {
            const bool left = at == 0 || up[at - 1] == '-' || up[at - 1] == '/' || up[at - 1] == ' ';
            const auto end = at + code.size();
            const bool right = end == up.size() || up[end] == '-' || up[end] == '/' || up[end] == ' ';
            if (left && right) return true;
        }
        return false;
    };
    if (has("CTRHĐ") || has("CTRHD") || has("CTR")) return "chuong-trinh-hanh-dong";
    if (has("KH")) return "ke-hoach";
    if (has("NQ")) return "nghi-quyet";
    if (has("QĐ") || has("QD")) return "quyet-dinh";
    if (has("CT")) return "chi-thi";
    if (has("CV")) return "cong-van";
    return std::nullopt;
}

std::optional<model::term> term_of(std::string_view title) {
    // nhiệm kỳ 2020 - 2025, giai đoạn 2026-2030
    const auto folded = text::fold_accents(title);
    for (std::string_view word : {std::string_view("nhiem ky "), std::string_view("giai doan ")}) {
        const auto at = folded.find(word);
        if (at == std::string::npos) continue;
        std::size_t i = at + word.size();
        auto read_year = [&](int& y) {
            std::size_t j = i;
            while (j < folded.size() && folded[j] >= '0' && folded[j] <= '9') ++j;
            if (j - i != 4) return false;
            y = std::stoi(folded.substr(i, 4));
            i = j;
            return true;
        };
        int from = 0, to = 0;
        if (!read_year(from)) continue;
        while (i < folded.size() && (folded[i] == ' ' || folded[i] == '-' || static_cast<unsigned char>(folded[i]) >= 0x80))
            ++i;
        if (!read_year(to) || to <= from || to - from > 20) continue;
        return model::term{from, to};
    }
    return std::nullopt;
}

std::string iso_date(int y, int m, int d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

bool valid_date(int y, int m, int d) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool looks_like_name(std::string_view s) {
    // Nguyễn Thị Minh Hồng: 2-6 words, each capitalised, not all capitals.
    if (s.empty() || text::all_upper(s) || text::code_points(s) > 40) return false;
    int words = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        if (i >= s.size()) break;
        const auto j = std::min(s.find(' ', i), s.size());
        const auto w = s.substr(i, j - i);
        const auto first = static_cast<unsigned char>(w[0]);
        if (text::starts_lower(w) || (first < 0x80 && !std::isalpha(first))) return false;
        ++words;
        i = j;
    }
    return words >= 2 && words <= 6;
}

// NGUYỄN VĂN AN: a signer's name in capitals, 2-5 short words with no
// word of an organisation or a title in it.
bool looks_like_caps_name(std::string_view s) {
    if (!text::all_upper(s) || text::code_points(s) > 40) return false;
    const auto f = " " + text::fold_accents(s) + " ";
    static constexpr std::array<std::string_view, 16> not_names{
        " ban ", " uy ", " hoi ", " so ", " bo ", " danh ", " muc ", " phu ", " luc ", " chu ", " tich ",
        " truong ", " doc ", " thu ", " ke ", " quyet "};
    for (auto w : not_names)
        if (f.find(w) != std::string::npos) return false;
    const auto words = std::count(s.begin(), s.end(), ' ') + 1;
    return words >= 2 && words <= 5;
}

// `PHÓ TRƯỞNG BAN THƯỜNG TRỰC Hoàng Đăng Quang`: the byte where a title in
// capitals ends and a name begins, or 0.
std::size_t caps_prefix_before_name(const std::string& s) {
    std::size_t cut = 0;
    for (std::size_t at = s.find(' '); at != std::string::npos; at = s.find(' ', at + 1)) {
        if (!text::all_upper(s.substr(0, at))) break;
        if (looks_like_name(s.substr(at + 1))) cut = at;
    }
    return cut;
}

// A title in capitals that opens with a document kind (`CHƯƠNG TRÌNH HÀNH
// ĐỘNG CỦA CHÍNH PHỦ ...`, `KẾ HOẠCH TRIỂN KHAI ...`).
// The kind is in capitals as written; what follows may not be (`CHƯƠNG TRÌNH
// HÀNH ĐỘNG CỦA CHÍNH PHỦ Thực hiện Nghị quyết số 57-NQ/TW ...`).
bool match_kind_prefix(const std::string& s) {
    for (std::string_view k : {"CHƯƠNG TRÌNH", "KẾ HOẠCH", "QUY CHẾ", "QUY ĐỊNH", "ĐỀ ÁN", "HƯỚNG DẪN", "QUY TRÌNH"})
        if (s.rfind(k, 0) == 0 && (s.size() == k.size() || s[k.size()] == ' ')) return true;
    return false;
}

class builder {
public:
    builder(model::document& doc) : doc_(doc) {}

    void run(const std::vector<entry>& entries);

private:
    enum class zone { header, body, footer };

    model::document& doc_;
    node root_;
    std::vector<node*> stack_;
    zone zone_ = zone::header;
    bool title_open_ = false;
    int title_lines_ = 0;
    bool kind_seen_ = false;
    bool attached_ = false;  // reading a document attached after the first one's signature
    bool number_pending_ = false;  // `Số:` was alone on its line
    bool depth_reported_ = false;
    int appendices_ = 0;
    bool recipients_open_ = false;
    bool addressees_open_ = false;
    bool signer_title_open_ = false;
    std::vector<std::string> issuer_parts_;
    std::vector<std::string> title_parts_;
    last_content last_{};
    bool have_last_ = false;

    void header_line(const entry& e);
    bool footer_line(const entry& e);
    bool footer_rest(const entry& e);
    void heading(const entry& e);
    void start_appendix(const entry& e, std::string label, std::string title);
    void content(const entry& e);
    bool continues(const entry& e);
    void unclassified(const entry& e, std::string why);
    model::item& new_item(const entry& e, std::string text);
    std::vector<model::item>& items_of(node* owner) { return owner ? owner->sec.items : doc_.preamble; }
    model::item* last_item() {
        if (!have_last_ || last_.item < 0) return nullptr;
        auto& v = items_of(last_.owner);
        return last_.item < static_cast<int>(v.size()) ? &v[static_cast<std::size_t>(last_.item)] : nullptr;
    }
    void extend(node* n, int line);
    void finish();
    void finish_node(node& n, const std::string& parent_id, int level, std::optional<std::string> role,
                     std::unordered_map<std::string, int>& seen_ids);
    static model::section to_model(node& n);
};

void builder::unclassified(const entry& e, std::string why) {
    doc_.diagnostics.push_back(
        {model::severity::info, "unclassified-line", std::move(why) + ": " + e.clean, e.line, 1});
}

model::item& builder::new_item(const entry& e, std::string text) {
    node* owner = stack_.empty() ? nullptr : stack_.back();
    auto& v = items_of(owner);
    model::item it;
    it.line = it.end_line = e.line;
    it.text = drop_footnote_marks(std::move(text));
    it.lines.push_back(e.line);
    v.push_back(std::move(it));
    last_ = {owner, static_cast<int>(v.size()) - 1, false};
    have_last_ = true;
    extend(owner, e.line);
    return v.back();
}

void builder::extend(node* n, int line) {
    (void)n;
    for (auto* s : stack_) s->sec.end_line = std::max(s->sec.end_line, line);
}

void builder::header_line(const entry& e) {
    const auto h = classify_header(e.clean);
    auto& m = doc_.meta;
    if (h.kind != header_kind::none) doc_.meta_lines.push_back(e.line);
    if (number_pending_) {
        number_pending_ = false;
        if ((h.kind == header_kind::bare_number || h.kind == header_kind::number) && !m.number) {
            std::string n;
            for (char c : e.clean.substr(e.clean.find_first_of("0123456789")))
                if (c != ' ') n += c;
            while (!n.empty() && (n.back() == '.' || n.back() == ',')) n.pop_back();
            m.number = n;
            return;
        }
    }
    switch (h.kind) {
        case header_kind::number_head: number_pending_ = true; title_open_ = false; return;
        case header_kind::motto: title_open_ = false; return;
        case header_kind::number:
            if (!m.number) {
                auto s = e.clean.substr(e.clean.find_first_of("0123456789"));
                std::string n;
                for (char c : s)
                    if (c != ' ') n += c;
                while (!n.empty() && (n.back() == '.' || n.back() == ',')) n.pop_back();
                m.number = n;
            }
            title_open_ = false;
            return;
        case header_kind::place_date:
            if (!m.date && h.year && h.month && h.day && valid_date(*h.year, *h.month, *h.day))
                m.date = iso_date(*h.year, *h.month, *h.day);
            if (!m.place) m.place = e.clean.substr(0, e.clean.find(','));
            title_open_ = false;
            return;
        case header_kind::kind_line:
            // `QUYẾT ĐỊNH:` / `QUYẾT NGHỊ:` with a colon is the enacting
            // formula before the articles, not a document's kind.
            if (kind_seen_ && e.clean.ends_with(":")) {
                title_open_ = false;
                return;
            }
            if (!kind_seen_) {
                m.kind = h.doc_kind;
                kind_seen_ = true;
                title_open_ = true;
                title_lines_ = 0;
            } else {
                // A second kind line in the header (`QUYẾT ĐỊNH` then `KẾ HOẠCH`)
                // starts the attached document's title.
                title_open_ = true;
                title_lines_ = 0;
                title_parts_.push_back(e.clean);
            }
            return;
        case header_kind::subject: {
            auto t = e.clean;
            const auto up = text::upper(t);
            // Upper-casing keeps the byte length of Vietnamese letters, so the
            // offset found in `up` is valid in `t`.
            t = up.rfind("V/V", 0) == 0 ? t.substr(3) : t.substr(up.find("VIỆC") + std::string_view("VIỆC").size());
            while (!t.empty() && (t.front() == ' ' || t.front() == ':')) t.erase(t.begin());
            title_parts_.push_back(t);
            if (!kind_seen_ && m.kind == "other") m.kind = "cong-van";
            title_open_ = false;
            return;
        }
        case header_kind::addressee: {
            auto colon = e.clean.find(':');
            auto rest = colon == std::string::npos ? std::string() : e.clean.substr(colon + 1);
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-')) rest.erase(rest.begin());
            if (!rest.empty()) m.addressees.push_back(rest);
            addressees_open_ = true;
            title_open_ = false;
            return;
        }
        default: break;
    }
    if (addressees_open_ && e.cls.kind == line_kind::bullet) {
        m.addressees.push_back(e.cls.rest);
        doc_.meta_lines.push_back(e.line);
        return;
    }
    addressees_open_ = false;
    const bool caps = text::all_upper(e.clean);
    const auto len = text::code_points(e.clean);
    if (title_open_) {
        const auto folded = text::fold_accents(e.clean);
        bool starter = folded.rfind("can cu", 0) == 0;
        // The authority that enacts a decision follows its title in capitals:
        // `ỦY BAN NHÂN DÂN THÀNH PHỐ ...` (the issuer again) or `CHỦ TỊCH ...`.
        if (caps && !title_parts_.empty()) {
            std::string issuer;
            for (const auto& p : issuer_parts_) issuer += (issuer.empty() ? "" : " ") + p;
            static constexpr std::array<std::string_view, 6> authorities{"chu tich ", "bo truong ", "thu tuong ",
                                                                         "giam doc ", "truong ban ", "chanh "};
            bool authority = !issuer.empty() && text::fold_accents(issuer) == folded;
            for (auto a : authorities) authority = authority || folded.rfind(a, 0) == 0;
            if (authority) {
                title_open_ = false;
                doc_.meta_lines.push_back(e.line);
                return;
            }
        }
        if (!starter && title_lines_ < 8 && (caps || len <= 200) && !e.clean.ends_with(":")) {
            if (!attached_) title_parts_.push_back(e.clean);
            ++title_lines_;
            doc_.meta_lines.push_back(e.line);
            return;
        }
        title_open_ = false;
    }
    if (!kind_seen_ && !attached_ && caps && len <= 120 && title_parts_.empty()) {
        issuer_parts_.push_back(e.clean);
        doc_.meta_lines.push_back(e.line);
        return;
    }
    content(e);
}

bool builder::footer_line(const entry& e) {
    const auto h = classify_header(e.clean);
    auto& m = doc_.meta;
    const bool in_footer = zone_ == zone::footer;
    if (h.kind == header_kind::recipients) {
        zone_ = zone::footer;
        recipients_open_ = true;
        signer_title_open_ = false;
        doc_.meta_lines.push_back(e.line);
        auto colon = e.clean.find(':');
        if (colon != std::string::npos) {
            auto rest = e.clean.substr(colon + 1);
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-')) rest.erase(rest.begin());
            if (!rest.empty()) m.recipients.push_back(rest);
        }
        return true;
    }
    if (h.kind == header_kind::signature) {
        zone_ = zone::footer;
        recipients_open_ = false;
        if (!m.signer) m.signer = model::signer{};
        auto& sg = *m.signer;
        if (!sg.name.empty()) {
            unclassified(e, "a second signature");
            return true;
        }
        sg.on_behalf += (sg.on_behalf.empty() ? "" : " ") + e.clean;
        signer_title_open_ = true;
        doc_.meta_lines.push_back(e.line);
        return true;
    }
    if (!in_footer) return false;
    // Endnotes exported after the signature (`[1] Chương trình số ...`).
    if (e.cls.kind == line_kind::footnote) {
        content(e);
        return true;
    }

    const bool caps = text::all_upper(e.clean);
    const bool signed_off = m.signer && !m.signer->name.empty();
    // A document attached after the signature: its kind alone on a line
    // (`KẾ HOẠCH`), or its kind opening a title in capitals (`CHƯƠNG TRÌNH
    // HÀNH ĐỘNG CỦA CHÍNH PHỦ ...`), or straight its first Roman section. Its
    // numbering starts afresh.
    const bool past_signer = m.signer && (!m.signer->name.empty() || !m.signer->title.empty());
    const bool kind_led = past_signer && match_kind_prefix(e.clean);
    if (h.kind == header_kind::kind_line || kind_led ||
        (e.cls.kind == line_kind::label &&
         (e.cls.style == "roman" || e.cls.style == "part" || e.cls.style == "chapter"))) {
        const bool header = h.kind == header_kind::kind_line || kind_led;
        zone_ = header ? zone::header : zone::body;
        attached_ = true;
        stack_.clear();
        have_last_ = false;
        recipients_open_ = signer_title_open_ = false;
        title_open_ = header;
        title_lines_ = 0;
        if (header) doc_.meta_lines.push_back(e.line);
        return header;
    }
    // An appendix: `PHỤ LỤC I`, or a title in capitals once the signature is
    // complete (`DANH MỤC THỦ TỤC HÀNH CHÍNH ...`).
    if (h.kind == header_kind::appendix || (signed_off && caps)) {
        std::string label, title = e.clean;
        if (h.kind == header_kind::appendix) {
            // `PHỤ LỤC I`, `PHỤ LỤC SỐ 02`, `PHỤ LỤC: DANH MỤC ...`
            std::size_t end = std::string_view("PHỤ LỤC").size();
            if (end < e.clean.size() && e.clean[end] == ' ') {
                const auto next = e.clean.find_first_of(" .:", end + 1);
                const auto word = text::upper(e.clean.substr(end + 1, next == std::string::npos ? std::string::npos
                                                                                               : next - end - 1));
                if (word == "SỐ") end = e.clean.find_first_of(" .:", next + 1);
                else end = next;
                if (end == std::string::npos) end = e.clean.size();
            }
            label = e.clean.substr(0, end);
            title = end < e.clean.size() ? e.clean.substr(end + 1) : std::string();
            while (!title.empty() && (title.front() == ' ' || title.front() == ':' || title.front() == '.'))
                title.erase(title.begin());
        }
        start_appendix(e, label, title);
        return true;
    }
    if (recipients_open_ && (e.cls.kind == line_kind::bullet || e.clean.starts_with("-"))) {
        auto r = e.cls.kind == line_kind::bullet ? e.cls.rest : e.clean.substr(1);
        for (auto at = r.find(" | "); at != std::string::npos; at = r.find(" | ")) r.replace(at, 3, " ");
        if (r.ends_with(" |")) r.resize(r.size() - 2);
        while (!r.empty() && (r.back() == ',' || r.back() == ';' || r.back() == '.' || r.back() == ' ')) r.pop_back();
        while (!r.empty() && r.front() == ' ') r.erase(r.begin());
        m.recipients.push_back(r);
        doc_.meta_lines.push_back(e.line);
        return true;
    }
    // The signer: a title in capitals (with or without a `T/M` line before
    // it: `THỦ TƯỚNG`, `CHỦ TỊCH`, `GIÁM ĐỐC`), then the name, in capitals or
    // not, on its own line or after the title (`PHÓ CHỦ TỊCH Bùi Minh Thạnh`).
    if (!signed_off) {
        auto& sg = m.signer ? *m.signer : m.signer.emplace();
        if (caps && !sg.title.empty() && looks_like_caps_name(e.clean)) {
            sg.name = e.clean;
        } else if (caps && text::code_points(e.clean) <= 80) {
            sg.title += (sg.title.empty() ? "" : " ") + e.clean;
        } else if (looks_like_name(e.clean)) {
            sg.name = e.clean;
        } else if (auto cut = caps_prefix_before_name(e.clean); cut > 0) {
            sg.title += (sg.title.empty() ? "" : " ") + e.clean.substr(0, cut);
            sg.name = e.clean.substr(cut + 1);
        } else {
            if (sg.on_behalf.empty() && sg.title.empty()) m.signer.reset();
            return footer_rest(e);
        }
        recipients_open_ = false;
        signer_title_open_ = sg.name.empty();
        doc_.meta_lines.push_back(e.line);
        return true;
    }
    return footer_rest(e);
}

// What is left in a footer: a recipient written without a dash under
// `Nơi nhận:` (`VT, Vụ TCCB.`), or a line we cannot place.
bool builder::footer_rest(const entry& e) {
    if (recipients_open_ && !text::all_upper(e.clean) && text::code_points(e.clean) <= 60) {
        auto r = e.clean;
        while (!r.empty() && (r.back() == ',' || r.back() == ';' || r.back() == '.')) r.pop_back();
        doc_.meta.recipients.push_back(r);
        doc_.meta_lines.push_back(e.line);
        return true;
    }
    unclassified(e, "text after the signature block");
    return true;
}

void builder::start_appendix(const entry& e, std::string label, std::string title) {
    zone_ = zone::body;
    attached_ = true;
    stack_.clear();
    recipients_open_ = signer_title_open_ = false;
    auto n = std::make_unique<node>();
    n->key = "appendix";
    n->norm = "PL" + std::to_string(++appendices_);
    n->sec.label = std::move(label);
    n->sec.style = "appendix";
    n->sec.line = n->sec.end_line = e.line;
    n->sec.title = std::move(title);
    node* raw = n.get();
    root_.kids.push_back(std::move(n));
    stack_.push_back(raw);
    last_ = {raw, -1, true};
    have_last_ = true;
}

void builder::heading(const entry& e) {
    const auto& c = e.cls;
    node* parent = nullptr;
    // `2.1.` goes under the open `2.`; `2.1.3` under the open `2.1.`.
    if (c.style == "dotted") {
        const auto prefix = c.norm.substr(0, c.norm.rfind('.'));
        for (std::size_t i = stack_.size(); i-- > 0;) {
            if (stack_[i]->norm == prefix && (stack_[i]->key == "arabic" || stack_[i]->key.starts_with("dotted"))) {
                stack_.resize(i + 1);
                parent = stack_.back();
                break;
            }
        }
    }
    if (!parent) {
        for (std::size_t i = stack_.size(); i-- > 0;) {
            if (stack_[i]->key == c.key) {
                stack_.resize(i);
                break;
            }
        }
        parent = stack_.empty() ? &root_ : stack_.back();
    }
    // Every later stage walks the tree recursively: past this depth a label
    // is read as an item of the deepest section, and said once.
    static constexpr std::size_t max_depth = 48;
    if (parent != &root_ && stack_.size() >= max_depth) {
        if (!depth_reported_) {
            depth_reported_ = true;
            doc_.diagnostics.push_back({model::severity::warning, "nesting-too-deep",
                                        "numbering nested deeper than 48 levels: deeper labels are read as items",
                                        e.line, 1});
        }
        new_item(e, e.clean);
        return;
    }
    auto n = std::make_unique<node>();
    n->key = c.key;
    n->norm = c.norm;
    n->sec.label = c.label;
    n->sec.style = c.style;
    n->sec.line = n->sec.end_line = e.line;
    n->sec.title = drop_footnote_marks(c.rest);
    node* raw = n.get();
    parent->kids.push_back(std::move(n));
    stack_.push_back(raw);
    extend(raw, e.line);
    if (is_statement(c.rest)) {
        raw->own_item = true;
        new_item(e, c.rest);
    } else {
        last_ = {raw, -1, true};
        have_last_ = true;
    }
}

// A line that continues the previous paragraph across a page break: it starts
// in lower case, or the previous text stopped on a dangling `18-` or a word
// that cannot end a sentence. Footnote text dropped between the two halves is
// stepped over (footnote lines never update the last content).
bool builder::continues(const entry& e) {
    if (!have_last_) return false;
    if (e.cls.kind != line_kind::text) return false;
    model::item* it = last_item();
    std::string_view prev;
    if (it) prev = it->text;
    else if (last_.heading && last_.owner) prev = last_.owner->sec.title;
    if (prev.empty()) return false;
    const bool lower = text::starts_lower(e.clean);
    const bool split_number = prev.ends_with("-") && !prev.ends_with(" -");
    const bool dangling = prev.ends_with(",") || is_connector(last_word(prev));
    if (!lower && !split_number && !dangling) return false;
    if (!it) {
        // The heading itself ran on: it is a statement, so it becomes an item.
        node* owner = last_.owner;
        owner->own_item = true;
        model::item head;
        head.line = head.end_line = owner->sec.line;
        head.text = owner->sec.title;
        head.lines.push_back(owner->sec.line);
        owner->sec.items.insert(owner->sec.items.begin(), std::move(head));
        last_ = {owner, 0, false};
        it = &owner->sec.items.front();
        owner->sec.title += (split_number ? "" : " ") + e.clean;
    }
    it->text += (split_number ? "" : " ") + drop_footnote_marks(e.clean);
    it->end_line = e.line;
    it->lines.push_back(e.line);
    extend(last_.owner, e.line);
    return true;
}

void builder::content(const entry& e) {
    const auto& c = e.cls;
    if (c.kind == line_kind::footnote) {
        auto mark = c.label;
        static constexpr std::array<std::pair<std::string_view, char>, 10> digits{
            {{"¹", '1'}, {"²", '2'}, {"³", '3'}, {"⁴", '4'}, {"⁵", '5'}, {"⁶", '6'}, {"⁷", '7'}, {"⁸", '8'}, {"⁹", '9'}, {"⁰", '0'}}};
        std::string m;
        const bool bracket = mark.starts_with("[");
        if (bracket) m = mark.substr(1, mark.size() - 2);
        for (std::size_t i = 0; i < mark.size() && !bracket;) {
            bool hit = false;
            for (auto [sup, d] : digits) {
                if (std::string_view(mark).substr(i, sup.size()) == sup) {
                    m += d;
                    i += sup.size();
                    hit = true;
                    break;
                }
            }
            if (!hit) ++i;
        }
        doc_.footnotes.push_back({m, c.rest, e.line});
        return;
    }
    if (continues(e)) return;
    // Field lines (`- Cơ quan chủ trì: Sở Tư pháp.`) belong to the item above.
    const std::string& body = c.kind == line_kind::bullet ? c.rest : e.clean;
    if (!field_name(body).empty()) {
        model::item* it = last_item();
        if (!it && have_last_ && last_.heading && last_.owner && !stack_.empty() && last_.owner == stack_.back()) {
            node* owner = last_.owner;
            owner->own_item = true;
            model::item head;
            head.line = head.end_line = owner->sec.line;
            head.text = owner->sec.title;
            head.lines.push_back(owner->sec.line);
            owner->sec.items.insert(owner->sec.items.begin(), std::move(head));
            last_ = {owner, 0, false};
            it = &owner->sec.items.front();
        }
        if (it) {
            it->fields.push_back(body);
            it->end_line = e.line;
            it->lines.push_back(e.line);
            extend(last_.owner, e.line);
            return;
        }
    }
    new_item(e, body);
}

void builder::run(const std::vector<entry>& entries) {
    for (const auto& e : entries) {
        if (e.cls.kind == line_kind::blank) continue;
        if (zone_ != zone::header || kind_seen_ || !doc_.preamble.empty()) {
            if (footer_line(e)) continue;
        }
        if (zone_ == zone::footer) continue;
        if (zone_ == zone::body && text::all_upper(e.clean) &&
            classify_header(e.clean).kind == header_kind::appendix) {
            const auto sp = e.clean.find(' ', std::string_view("PHỤ LỤC").size() + 1);
            start_appendix(e, e.clean.substr(0, sp), sp == std::string::npos ? "" : e.clean.substr(sp + 1));
            continue;
        }
        if (e.cls.kind == line_kind::label) {
            if (zone_ == zone::header) {
                zone_ = zone::body;
                title_open_ = false;
            }
            heading(e);
            continue;
        }
        if (zone_ == zone::header) {
            header_line(e);
            continue;
        }
        content(e);
    }
    finish();
}

}  // namespace

std::optional<std::string> role_of_title(std::string_view title) {
    if (title.empty() || is_statement(title)) return std::nullopt;
    // The fillers and the longest phrase fit in 64 code points.
    auto f = text::fold_accents(text::head(title, 64));
    // A role heading opens with its phrase (`NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM`,
    // `VỀ MỤC TIÊU TỔNG QUÁT, CHỈ TIÊU...`, `CÁC CHỈ TIÊU CHỦ YẾU`); a task
    // title that merely mentions one (`Hoàn thiện ... hướng dẫn tổ chức thực
    // hiện ...`) is not a role heading.
    for (std::string_view filler : {"ve ", "cac ", "nhung ", "mot so ", "doi voi "})
        if (f.rfind(filler, 0) == 0) f.erase(0, filler.size());
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 13> phrases{{
        {"to chuc thuc hien", "implementation"},
        {"trach nhiem thuc hien", "implementation"},
        {"phan cong thuc hien", "implementation"},
        {"chi tieu", "targets"},
        {"muc dich", "purpose"},
        {"yeu cau", "purpose"},
        {"quan diem", "viewpoint"},
        {"muc tieu", "goal"},
        {"nhiem vu", "tasks"},
        {"giai phap", "tasks"},
        {"noi dung", "tasks"},
        {"phuong huong", "tasks"},
        {"cac nhiem vu", "tasks"},
    }};
    for (const auto& [phrase, role] : phrases)
        if (f.rfind(phrase, 0) == 0) return std::string(role);
    return std::nullopt;
}

bool is_review_title(std::string_view title) {
    auto f = text::fold_accents(text::head(title, 64));
    if (f.rfind("ve ", 0) == 0) f.erase(0, 3);
    for (std::string_view w : {"danh gia", "ket qua thuc hien", "tinh hinh", "nguyen nhan", "bai hoc", "han che"})
        if (f.rfind(w, 0) == 0) return true;
    return false;
}

bool is_statement(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return false;
    if (ends_with_any(text, {".", ";", "!", "?", "./.", "…"})) return true;
    return text.size() > 200 && text::code_points(text) > 200;
}

std::string field_name(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 80) return {};
    const auto name = text::fold_accents(text.substr(0, colon));
    static const std::array<std::string_view, 16> heads{
        "co quan chu tri", "don vi chu tri", "co quan phoi hop", "don vi phoi hop", "chu tri", "phoi hop",
        "thoi gian", "thoi han", "san pham", "ket qua", "co quan thuc hien", "don vi thuc hien",
        "trach nhiem thuc hien", "tien do", "kinh phi", "co quan, don vi chu tri"};
    for (auto h : heads)
        if (name.rfind(h, 0) == 0) return name;
    return {};
}

void builder::finish() {
    auto& m = doc_.meta;
    if (!issuer_parts_.empty()) {
        std::string s;
        for (const auto& p : issuer_parts_) s += (s.empty() ? "" : " ") + p;
        m.issuer = s;
    }
    if (!title_parts_.empty()) {
        std::string s;
        for (const auto& p : title_parts_) s += (s.empty() ? "" : " ") + p;
        m.title = s;
        m.term = term_of(s);
    }
    if (m.number && (m.kind == "other" || !kind_seen_))
        if (auto k = kind_from_number(*m.number)) m.kind = *k;
    std::unordered_map<std::string, int> seen;
    for (auto& k : root_.kids) finish_node(*k, "", 1, std::nullopt, seen);
    for (auto& k : root_.kids) doc_.sections.push_back(to_model(*k));
    for (std::size_t i = 0; i < doc_.preamble.size(); ++i) doc_.preamble[i].id = "preamble/" + std::to_string(i + 1);
    if (doc_.sections.empty())
        doc_.diagnostics.push_back({model::severity::warning, "no-structure",
                                    "no numbered section found: every paragraph is in the preamble", 1, 1});
}

std::string kind_of_role(const std::optional<std::string>& role) {
    if (!role) return "text";
    if (*role == "targets") return "target";
    if (*role == "tasks" || *role == "implementation") return "task";
    return *role;
}

void builder::finish_node(node& n, const std::string& parent_id, int level, std::optional<std::string> role,
                          std::unordered_map<std::string, int>& seen_ids) {
    auto& s = n.sec;
    s.level = level;
    std::string own = n.norm;
    // `1.2` under `1`: the id keeps one copy of the shared prefix (III.1.2).
    if (s.style == "dotted" && !parent_id.empty()) {
        const auto prefix = own.substr(0, own.rfind('.'));
        if (parent_id == prefix || parent_id.ends_with("." + prefix)) own = own.substr(own.rfind('.') + 1);
    }
    s.id = parent_id.empty() ? own : parent_id + "." + own;
    // A repeated id (`II/` pasted twice) gets `~2`, `~3`...: the count per id
    // keeps this linear on a file of a million identical labels.
    const auto base = s.id;
    for (int& count = seen_ids[base]; count > 0;) {
        s.id = base + "~" + std::to_string(++count);
        if (!seen_ids.count(s.id)) break;
    }
    if (s.id == base) seen_ids[base] = 1;
    else seen_ids.emplace(s.id, 1);
    if (!n.own_item && !is_statement(s.title)) s.role = role_of_title(s.title);
    const auto effective = s.role ? s.role : role;
    if (n.kids.empty() && s.items.empty()) {
        model::item it;
        it.line = it.end_line = s.line;
        it.text = s.title;
        it.lines.push_back(s.line);
        s.items.push_back(std::move(it));
        n.own_item = true;
    }
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        s.items[i].id = s.id + "/" + std::to_string(i + 1);
        s.items[i].kind = kind_of_role(effective);
    }
    for (auto& k : n.kids) {
        finish_node(*k, s.id, level + 1, effective, seen_ids);
        s.end_line = std::max(s.end_line, k->sec.end_line);
    }
}

model::section builder::to_model(node& n) {
    model::section s = std::move(n.sec);
    for (auto& k : n.kids) s.children.push_back(to_model(*k));
    return s;
}

model::document parse_structure(const text::source_text& src, const std::string& path) {
    model::document doc;
    doc.source.path = path;
    doc.source.encoding = src.encoding;
    doc.source.sha256 = src.sha256;
    doc.source.lines = src.lines.empty() ? 0 : src.lines.back().number;
    std::vector<entry> entries;
    entries.reserve(src.lines.size());
    for (const auto& l : src.lines) split_glued(l, entries);
    builder b(doc);
    b.run(entries);
    return doc;
}

}  // namespace vnplan::parse
