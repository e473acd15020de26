// The rules that scanners try at every word of a text, each with a prefix
// filter generated at build time (tools/prefix_gen reads this list, runs the
// analysis of prefix.hpp and prints the tables; lib/extract/filters.hpp gives
// the scanners `may_start<Rule>`). A rule missing here is still matched, only
// without the filter in front of it.
#pragma once

#include "bodies.hpp"
#include "deadlines.hpp"
#include "references.hpp"
#include "targets.hpp"

// X(name, rule): `name` names the generated table.
#define VNPLAN_FILTERED_RULES(X)                                                   \
    X(targets_frequency, vnplan::grammar::targets::frequency_target)               \
    X(targets_percent, vnplan::grammar::targets::percent_target)                   \
    X(targets_count, vnplan::grammar::targets::count_target)                       \
    X(references_reference, vnplan::grammar::references::reference)                \
    X(references_named_period, vnplan::grammar::references::named_period)          \
    X(deadlines_in_text, vnplan::grammar::deadlines::anything_in_text)             \
    X(deadlines_in_field, vnplan::grammar::deadlines::anything_in_field)           \
    X(deadlines_recurring, vnplan::grammar::deadlines::deadline_recurring)         \
    X(deadlines_period, vnplan::grammar::deadlines::deadline_period)               \
    X(deadlines_open_ended, vnplan::grammar::deadlines::deadline_open_ended)       \
    X(deadlines_before, vnplan::grammar::deadlines::deadline_before)               \
    X(deadlines_by, vnplan::grammar::deadlines::deadline_by)                       \
    X(deadlines_from, vnplan::grammar::deadlines::deadline_from)                   \
    X(deadlines_within, vnplan::grammar::deadlines::deadline_within)               \
    X(deadlines_on, vnplan::grammar::deadlines::deadline_on)                       \
    X(deadlines_conditional, vnplan::grammar::deadlines::deadline_conditional)     \
    X(deadlines_ongoing, vnplan::grammar::deadlines::deadline_ongoing)             \
    X(deadlines_schedule_within, vnplan::grammar::deadlines::schedule_within)      \
    X(deadlines_schedule_on, vnplan::grammar::deadlines::schedule_on)              \
    X(deadlines_scope, vnplan::grammar::deadlines::scope_school_year)              \
    X(bodies_abbreviation, vnplan::grammar::bodies::abbreviation)                  \
    X(bodies_standing_head, vnplan::grammar::bodies::standing_head)                \
    X(bodies_named_head, vnplan::grammar::bodies::named_head)                      \
    X(bodies_generic_head, vnplan::grammar::bodies::generic_head)                  \
    X(bodies_person_head, vnplan::grammar::bodies::person_head)                    \
    X(bodies_determiner, vnplan::grammar::bodies::determiner)                      \
    X(bodies_qualifier, vnplan::grammar::bodies::qualifier)                        \
    X(bodies_lead_marker, vnplan::grammar::bodies::lead_marker)                    \
    X(bodies_support_marker, vnplan::grammar::bodies::support_marker)              \
    X(bodies_report_marker, vnplan::grammar::bodies::report_marker)                \
    X(bodies_report_direction, vnplan::grammar::bodies::report_direction)          \
    X(bodies_advise_marker, vnplan::grammar::bodies::advise_marker)                \
    X(bodies_assign_marker, vnplan::grammar::bodies::assign_marker)                \
    X(bodies_word_marker, vnplan::grammar::bodies::word_marker)                    \
    X(bodies_predicate_word, vnplan::grammar::bodies::predicate_word)              \
    X(bodies_and_word, vnplan::grammar::bodies::and_word)                          \
    X(bodies_list_separator, vnplan::grammar::bodies::list_separator)              \
    X(bodies_name_dash, vnplan::grammar::bodies::name_dash)
