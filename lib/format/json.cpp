#include "format/json.hpp"

#include <ostream>
#include <sstream>

namespace vnplan::format {

using json = nlohmann::ordered_json;

namespace {

template <typename T>
json opt(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

template <typename T>
json list(const std::vector<T>& v) {
    json a = json::array();
    auto& elements = a.get_ref<json::array_t&>();
    elements.reserve(v.size());
    for (const auto& x : v) elements.push_back(to_json(x));
    return a;
}

// An object built member by member in its final order: the members are
// moved into nlohmann's ordered map as they come, where an initializer list
// is checked element by element and then copied, and `operator[]` looks each
// key up first. Every key is new by construction.
class object {
public:
    object() : j_(json::object()) {}
    object& add(const char* key, json value) {
        j_.get_ref<json::object_t&>().emplace_back(key, std::move(value));
        return *this;
    }
    json take() { return std::move(j_); }
    json::object_t& members() { return j_.get_ref<json::object_t&>(); }

private:
    json j_;
};

std::string dump(const json& v, bool pretty) {
    return v.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

template <typename Out>
void member(Out& out, std::string_view name, json v) {
    out.key(name);
    out.value(std::move(v));
}

// An array member whose elements are written one at a time: a section may
// hold 100 000 items.
template <typename Out, typename T>
void each(Out& out, std::string_view name, const std::vector<T>& v) {
    out.key(name);
    out.begin_array();
    for (const auto& x : v) out.value(to_json(x));
    out.end_array();
}

// An item whose facts are more than this is written member by member, its
// lists a fact at a time; a smaller one is built whole and dumped at once,
// which is faster. One paragraph of thousands of citations and deadlines
// built whole held 35 times the paragraph.
constexpr std::size_t small_item_facts = 64;

// The members of an item in their order: each through `put(name, value)`,
// and each list of facts through `put_list(name, list)`.
template <typename Put, typename PutList>
void item_members(const model::item& it, Put&& put, PutList&& put_list) {
    put("id", it.id);
    put("kind", it.kind);
    put("line", it.line);
    put("end_line", it.end_line);
    put("text", it.text);
    put_list("bodies", it.bodies);
    put_list("deadlines", it.deadlines);
    put_list("targets", it.targets);
    put_list("references", it.references);
    if (it.product) put("product", *it.product);
    if (!it.fields.empty()) put("fields", it.fields);
}

// The members of to_json(item), appended in order to an object.
void add_item_members(json::object_t& o, const model::item& it) {
    o.reserve(o.size() + 11);
    item_members(
        it, [&](const char* name, json v) { o.emplace_back(name, std::move(v)); },
        [&](const char* name, const auto& facts) { o.emplace_back(name, list(facts)); });
}

template <typename Out>
void emit(Out& out, const model::item& it, const item_context& context) {
    const std::size_t facts = it.bodies.size() + it.deadlines.size() + it.targets.size() + it.references.size();
    if (facts <= small_item_facts) {
        json o = json::object();
        auto& members = o.get_ref<json::object_t&>();
        members.reserve(context.size());
        for (const auto& [name, value] : context) members.emplace_back(std::string(name), value);
        add_item_members(members, it);
        out.value(std::move(o));
        return;
    }
    out.begin_object();
    for (const auto& [name, value] : context) member(out, name, value);
    item_members(
        it, [&](const char* name, json v) { member(out, name, std::move(v)); },
        [&](const char* name, const auto& list_of) { each(out, name, list_of); });
    out.end_object();
}

template <typename Out, typename T>
void each_item(Out& out, std::string_view name, const std::vector<T>& items) {
    out.key(name);
    out.begin_array();
    for (const auto& x : items) emit(out, x, {});
    out.end_array();
}

template <typename Out>
void emit(Out& out, const model::section& s) {
    out.begin_object();
    member(out, "id", s.id);
    member(out, "label", s.label);
    member(out, "style", s.style);
    member(out, "level", s.level);
    member(out, "line", s.line);
    member(out, "end_line", s.end_line);
    member(out, "title", s.title);
    member(out, "role", opt(s.role));
    member(out, "bodies", list(s.bodies));
    if (!s.deadlines.empty()) member(out, "deadlines", list(s.deadlines));
    each_item(out, "items", s.items);
    out.key("children");
    out.begin_array();
    for (const auto& c : s.children) emit(out, c);
    out.end_array();
    out.end_object();
}

template <typename Out>
void emit(Out& out, const model::document& doc) {
    out.begin_object();
    member(out, "schema", schema);
    member(out, "source",
           {{"path", doc.source.path},
            {"encoding", doc.source.encoding},
            {"lines", doc.source.lines},
            {"sha256", doc.source.sha256}});
    member(out, "meta", to_json(doc.meta));
    out.key("sections");
    out.begin_array();
    for (const auto& s : doc.sections) emit(out, s);
    out.end_array();
    each_item(out, "preamble", doc.preamble);
    each(out, "footnotes", doc.footnotes);
    each(out, "diagnostics", doc.diagnostics);
    out.end_object();
}

}  // namespace

const char* severity_name(model::severity s) {
    switch (s) {
        case model::severity::error: return "error";
        case model::severity::warning: return "warning";
        case model::severity::info: return "info";
    }
    return "info";
}

json to_json(const model::body& b) {
    return object().add("name", b.name).add("canonical", b.canonical).add("role", b.role).add("source", b.source).take();
}

json to_json(const model::deadline& d) {
    return object()
        .add("text", d.text)
        .add("kind", d.kind)
        .add("start", opt(d.start))
        .add("end", opt(d.end))
        .add("recurrence", opt(d.recurrence))
        .add("quarter", opt(d.quarter))
        .add("condition", opt(d.condition))
        .add("source", d.source)
        .take();
}

json to_json(const model::target& t) {
    return object().add("text", t.text).add("value", t.value).add("max", opt(t.max)).add("unit", t.unit).add("op", t.op).take();
}

json to_json(const model::reference& r) {
    return object().add("text", r.text).add("type", r.type).add("number", opt(r.number)).add("date", opt(r.date)).take();
}

json to_json(const model::item& it) {
    object o;
    add_item_members(o.members(), it);
    return o.take();
}

json to_json(const model::section& s) {
    json_tree t;
    emit(t, s);
    return t.take();
}

json to_json(const model::meta& m) {
    json term = nullptr;
    if (m.term) term = {{"from", m.term->from}, {"to", m.term->to}};
    json signer = nullptr;
    if (m.signer) signer = {{"on_behalf", m.signer->on_behalf}, {"title", m.signer->title}, {"name", m.signer->name}};
    return {{"kind", m.kind},         {"number", opt(m.number)}, {"date", opt(m.date)},
            {"place", opt(m.place)},  {"issuer", opt(m.issuer)}, {"title", opt(m.title)},
            {"implements", list(m.implements)}, {"term", term},  {"signer", signer},
            {"recipients", m.recipients}, {"addressees", m.addressees}};
}

json to_json(const model::footnote& f) { return {{"mark", f.mark}, {"text", f.text}, {"line", f.line}}; }

json to_json(const model::diagnostic& d) {
    return {{"line", d.line}, {"column", d.column}, {"severity", severity_name(d.level)}, {"rule", d.rule},
            {"message", d.message}};
}

json to_json(const model::document& doc) {
    json_tree t;
    emit(t, doc);
    return t.take();
}

void json_tree::begin_object() { open(json::object()); }
void json_tree::end_object() { open_.pop_back(); }
void json_tree::begin_array() { open(json::array()); }
void json_tree::end_array() { open_.pop_back(); }
void json_tree::key(std::string_view name) { key_ = name; }
void json_tree::value(json v) { add(std::move(v)); }
json json_tree::take() { return std::move(root_); }

// Only the innermost open container grows, so the pointers to the ones
// around it stay valid.
json& json_tree::add(json v) {
    if (open_.empty()) return root_ = std::move(v);
    json& top = *open_.back();
    if (top.is_array()) {
        top.push_back(std::move(v));
        return top.back();
    }
    return top[key_] = std::move(v);
}

void json_tree::open(json empty) { open_.push_back(&add(std::move(empty))); }

json_stream::json_stream(std::ostream& out, bool pretty) : out_(out), pretty_(pretty) {}

json_stream json_stream::part(std::ostream& out, bool pretty, std::size_t depth) {
    json_stream s(out, pretty);
    if (depth == 0) return s;
    // As if a value had been written already (the next one is separated
    // from it) and a key had just been (so this first one is not).
    s.counts_.assign(depth, 0);
    s.counts_.back() = 1;
    s.after_key_ = true;
    return s;
}

void json_stream::begin_object() { open('{'); }
void json_stream::end_object() { close('}'); }
void json_stream::begin_array() { open('['); }
void json_stream::end_array() { close(']'); }

void json_stream::key(std::string_view name) {
    separate();
    out_ << dump(json(name), false) << (pretty_ ? ": " : ":");
    after_key_ = true;
}

void json_stream::value(const json& v) {
    separate();
    const std::string text = dump(v, pretty_);
    const std::size_t depth = counts_.size();
    if (!pretty_ || depth == 0) {
        out_ << text;
        return;
    }
    // The dump is indented for depth 0; every line after its first moves in
    // to the depth where it stands. Strings hold no raw newline (JSON
    // escapes it), so every newline is one of the layout's.
    buffer_.clear();
    std::size_t from = 0;
    for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
        buffer_.append(text, from, nl + 1 - from);
        buffer_.append(2 * depth, ' ');
    }
    buffer_.append(text, from);
    out_ << buffer_;
}

void json_stream::values(std::string_view part, std::size_t count) {
    if (count == 0) return;
    separate();
    out_ << part;
    if (!counts_.empty()) counts_.back() += count - 1;
}

void json_stream::open(char bracket) {
    separate();
    out_.put(bracket);
    counts_.push_back(0);
}

void json_stream::close(char bracket) {
    const std::size_t n = counts_.back();
    counts_.pop_back();
    // An empty container stays `{}` / `[]`, as nlohmann prints it.
    if (n > 0) indent(counts_.size());
    out_.put(bracket);
}

// Before a key, or a value that has no key: the comma after the previous
// one, and in pretty form a new line at the container's depth.
void json_stream::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (counts_.empty()) return;
    if (counts_.back()++ > 0) out_.put(',');
    indent(counts_.size());
}

void json_stream::indent(std::size_t depth) {
    if (!pretty_) return;
    out_.put('\n');
    for (std::size_t i = 0; i < 2 * depth; ++i) out_.put(' ');
}

void write_array_of_parts(std::ostream& out, const std::vector<std::string>& parts,
                          const std::vector<std::size_t>& counts) {
    json_stream s(out, true);
    s.begin_array();
    for (std::size_t i = 0; i < parts.size() && i < counts.size(); ++i) s.values(parts[i], counts[i]);
    s.end_array();
    out.put('\n');
}

void write_json(json_stream& out, const model::document& doc) { emit(out, doc); }

void write_json(json_stream& out, const model::item& it, const item_context& context) { emit(out, it, context); }

void write_documents_json(std::ostream& out, const std::vector<model::document>& docs, bool lines) {
    if (lines) {
        for (const auto& d : docs) {
            json_stream s(out, false);
            write_json(s, d);
            out.put('\n');
        }
        return;
    }
    json_stream s(out, true);
    if (docs.size() == 1) {
        write_json(s, docs.front());
    } else {
        s.begin_array();
        for (const auto& d : docs) write_json(s, d);
        s.end_array();
    }
    out.put('\n');
}

std::string document_json(const model::document& doc, bool pretty) {
    std::ostringstream out;
    json_stream s(out, pretty);
    write_json(s, doc);
    out.put('\n');
    return std::move(out).str();
}

std::string document_json_part(const model::document& doc) {
    std::ostringstream out;
    auto s = json_stream::part(out, true, 1);
    write_json(s, doc);
    return std::move(out).str();
}

}  // namespace vnplan::format
